//! Projector mode: the section in large letters, the question, the answer and progress;
//! nothing else competes for the room's attention.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::i18n::Message as Text;
use crate::interview::Mode;
use crate::tui::App;

use super::answer::answer_lines;
use super::question::{height_of, render_editor};
use super::{notice_text, progress_line, save_span};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let interview = &app.interview;
    let localizer = &app.localizer;
    let theme = &app.theme;
    let Some(question) = interview.current_question() else {
        return;
    };
    let area = area.inner(Margin::new(4, 1));
    let title = interview
        .current_section()
        .map(|s| localizer.section_title(s))
        .unwrap_or_default();
    // Quadrant glyphs are 4 cells wide and 4 high; fall back to plain text when too long.
    let big = title.chars().count() * 4 <= usize::from(area.width) && area.height >= 20;
    let heading_height = if big { 4 } else { 1 };
    let question_text = Paragraph::new(localizer.question_text(question))
        .style(theme.question())
        .wrap(Wrap { trim: true });
    let question_height = height_of(&question_text, area.width);
    let answers = answer_lines(app, question, true);
    let editing = interview.mode() == Mode::EditAnswer;
    let answer_height = if editing { 3 } else { answers.len() as u16 };
    // Centre the block vertically: a projector screen reads best with calm space around it.
    let content = heading_height + 3 + question_height + 2 + answer_height + 2;
    let top = area.height.saturating_sub(content + 2) / 3;
    let area = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    let [
        heading,
        _,
        number,
        _,
        q_area,
        _,
        a_area,
        _,
        progress,
        status,
    ] = Layout::vertical([
        Constraint::Length(heading_height),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(question_height),
        Constraint::Length(2),
        Constraint::Length(answer_height),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    if big {
        let big_text = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.header())
            .lines(vec![Line::from(title)])
            .build();
        frame.render_widget(big_text, heading);
    } else {
        frame.render_widget(Paragraph::new(title).style(theme.header()), heading);
    }
    let (n, count) = interview.position_in_section();
    let position = localizer.message(
        &Text::new("ui-question-of")
            .with("number", n)
            .with("count", count),
    );
    frame.render_widget(Paragraph::new(position).style(theme.label()), number);
    frame.render_widget(question_text, q_area);
    match (&app.editor, editing) {
        (Some(editor), true) => render_editor(app, frame, a_area, editor, "ui-editing-answer"),
        _ => frame.render_widget(Paragraph::new(answers), a_area),
    }
    let (answered, visible) = interview.progress();
    let bar = usize::from(area.width / 2).max(5);
    frame.render_widget(
        Paragraph::new(progress_line(theme, answered, visible, bar)),
        progress,
    );
    // A failed save is never hidden, not even here.
    let mut line = Line::from(save_span(localizer, theme, interview.save_status()));
    if let Some(notice) = notice_text(app) {
        line.spans.push(ratatui::text::Span::styled(
            format!("  {notice}"),
            theme.error(),
        ));
    }
    frame.render_widget(Paragraph::new(line).alignment(Alignment::Right), status);
}
