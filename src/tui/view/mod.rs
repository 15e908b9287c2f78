//! Rendering: a pure function of the app's state into a frame. Never panics at any size.

mod answer;
mod footer;
mod group;
mod kept;
mod matrix;
mod overlays;
mod overview;
mod projector;
mod question;
mod split;
mod summary;
mod wrapped;

pub use crate::jump::SearchIndex;
pub use kept::Kept;
pub use overview::Overview;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::i18n::{Localizer, Message as Text};
use crate::interview::{Mode, SaveStatus};

use super::{App, Theme};

/// Below this the interview cannot be read; the screen says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, frame, area);
        return;
    }
    if matches!(app.interview.mode(), Mode::AskTitle | Mode::EditTitle) {
        overlays::ask_title(app, frame, area);
        return;
    }
    if app.interview.projector() {
        if !box_covers_screen(app) {
            projector::render(app, frame, area);
        }
    } else {
        question::render(app, frame, area);
    }
    if !matches!(app.interview.mode(), Mode::Overview { .. }) {
        app.overview.borrow_mut().forget_offset();
    }
    match app.interview.mode() {
        Mode::EditOwner { selected } | Mode::EditDue { selected }
            if app.interview.action_opened_from_summary() =>
        {
            let position = app
                .interview
                .summary()
                .high
                .iter()
                .position(|&f| f == selected)
                .unwrap_or(0);
            summary::render(app, frame, area, position)
        }
        Mode::Overview { selected } => overview::render(app, frame, area, selected),
        Mode::Findings { selected } | Mode::EditOwner { selected } | Mode::EditDue { selected } => {
            overlays::findings(app, frame, area, selected)
        }
        Mode::Help => overlays::help(app, frame, area),
        Mode::Summary { selected } => summary::render(app, frame, area, selected),
        Mode::Jump => overlays::jump(app, frame, area),
        Mode::ConfirmQuit => overlays::confirm_quit(app, frame, area),
        _ => {}
    }
}

/// Whether a box covers all but the first and last rows (the overview, the findings and
/// the jump box): what would be drawn under it is work nobody sees, and its edges showed
/// beside the box as stray fragments. Only the header and the key bar are drawn then, and
/// the box needs no clearing.
fn box_covers_screen(app: &App) -> bool {
    match app.interview.mode() {
        Mode::Overview { .. } | Mode::Findings { .. } | Mode::Jump => true,
        Mode::EditOwner { .. } | Mode::EditDue { .. } => {
            !app.interview.action_opened_from_summary()
        }
        _ => false,
    }
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    let text = app.localizer.message(
        &Text::new("ui-too-small")
            .with("width", usize::from(MIN_WIDTH))
            .with("height", usize::from(MIN_HEIGHT)),
    );
    let paragraph = Paragraph::new(text)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .style(app.theme.error());
    frame.render_widget(paragraph, area);
}

/// A progress bar of `width` cells with the count after it.
fn progress_line<'a>(theme: &Theme, answered: usize, visible: usize, width: usize) -> Line<'a> {
    let mut line = progress_bar(theme, answered, visible, width);
    line.spans.push(Span::raw(format!(" {answered}/{visible}")));
    line
}

fn progress_bar<'a>(theme: &Theme, answered: usize, visible: usize, width: usize) -> Line<'a> {
    let filled = (answered * width).checked_div(visible).unwrap_or(0);
    Line::from(vec![
        Span::styled("█".repeat(filled), theme.progress_filled()),
        Span::styled("░".repeat(width.saturating_sub(filled)), theme.rule()),
    ])
}

/// "83 questions, 7 of them follow-ups": why the total moves as answers bring questions in.
fn total_text(app: &App) -> String {
    let counts = app.interview.counts();
    app.localizer.message(
        &Text::new("ui-total")
            .with("total", counts.visible)
            .with("follow", counts.follow_ups),
    )
}

/// The save state, always visible: a workshop must see that nothing is lost.
fn save_span<'a>(localizer: &Localizer, theme: &Theme, status: &SaveStatus) -> Span<'a> {
    match status {
        SaveStatus::Saved => Span::styled(localizer.text("ui-saved"), theme.ok()),
        SaveStatus::Pending => Span::styled(localizer.text("ui-saving"), theme.dim()),
        SaveStatus::Failed(_) => Span::styled(localizer.text("ui-save-failed"), theme.error()),
    }
}

/// The reason a save failed, or a notice from the model, or the start-up warning.
fn notice_text(app: &App) -> Option<String> {
    if let Some(notice) = app.interview.notice() {
        return Some(app.localizer.message(notice));
    }
    if let SaveStatus::Failed(error) = app.interview.save_status() {
        return Some(app.localizer.message(&error.message));
    }
    app.warning.as_ref().map(|w| app.localizer.message(w))
}

/// Good news for the status area (where the report went).
fn info_text(app: &App) -> Option<String> {
    app.interview.info().map(|info| app.localizer.message(info))
}

pub use crate::jump::jump_matches;

/// The part of `area` centred with the given size, clipped to the area.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Words into lines of at most `width` characters (a longer word stands alone).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
