//! The bottom of the interview screen: progress, findings in brief, save state and keys;
//! and the findings panel of wide screens.

use ratatui::text::{Line, Span, Text as RText};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::i18n::Message as Text;
use crate::interview::{Mode, Progress};
use crate::questionnaire::Kind;
use crate::tui::{App, Theme};

use super::{progress_bar, save_span};

pub(super) fn status_line(app: &App, width: u16) -> Paragraph<'static> {
    let theme = &app.theme;
    let localizer = &app.localizer;
    let counts = app.interview.counts();
    let bar_width = usize::from(width / 10).clamp(4, 30);
    let mut spans = vec![Span::raw(" ")];
    spans.extend(progress_bar(theme, counts.done(), counts.visible, bar_width).spans);
    spans.push(Span::raw(format!(" {}", progress_text(localizer, &counts))));
    spans.push(Span::raw("   "));
    spans.extend(findings_summary(app));
    let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    let save = save_span(localizer, theme, app.interview.save_status());
    let gap = usize::from(width).saturating_sub(used + save.content.chars().count() + 1);
    spans.push(Span::raw(" ".repeat(gap)));
    spans.push(save);
    Paragraph::new(Line::from(spans))
}

fn findings_summary(app: &App) -> Vec<Span<'static>> {
    let theme = &app.theme;
    let (high, warning, info) = app.interview.finding_counts();
    let mut spans = vec![Span::styled(
        app.localizer.text("ui-findings"),
        theme.label(),
    )];
    use crate::questionnaire::Severity;
    for (severity, count) in [
        (Severity::High, high),
        (Severity::Warning, warning),
        (Severity::Info, info),
    ] {
        spans.push(Span::styled(
            format!(" {} {count}", Theme::severity_icon(severity)),
            if count > 0 {
                theme.severity(severity)
            } else {
                theme.dim()
            },
        ));
    }
    spans
}

/// The panel shows the first findings, as many as `height` rows can hold.
pub(super) fn findings_panel(app: &App, height: u16) -> Paragraph<'static> {
    let block = Block::default()
        .borders(Borders::LEFT)
        .border_style(app.theme.rule())
        .title(Span::styled(
            app.localizer.text("ui-findings-title"),
            app.theme.header(),
        ));
    Paragraph::new(RText::from(super::overlays::finding_lines(
        app,
        None,
        usize::from(height),
    )))
    .wrap(Wrap { trim: false })
    .block(block)
}

/// "62 answered · 7 unknown yet of 83": looked-at questions apart from answered ones.
pub(super) fn progress_text(localizer: &crate::i18n::Localizer, counts: &Progress) -> String {
    localizer.message(
        &Text::new("ui-progress")
            .with("answered", counts.answered)
            .with("unknown", counts.unknown)
            .with("na", counts.not_applicable)
            .with("total", counts.visible),
    )
}

pub(super) fn key_bar(app: &App, width: u16) -> Paragraph<'static> {
    let interview = &app.interview;
    let id = match (
        interview.mode(),
        interview.current_question().map(|q| &q.kind),
    ) {
        (Mode::EditNote, _) => "ui-keys-note-13",
        (Mode::EditAnswer, _) => "ui-keys-typed-editing-13",
        (Mode::EditItemName { .. }, _) => "ui-keys-item-name",
        (_, Some(Kind::Group(_))) => "ui-keys-group",
        (_, Some(Kind::YesNo)) => "ui-keys-yes-no-13",
        (_, Some(Kind::Choice(_))) => "ui-keys-choice-13",
        (_, Some(Kind::Multi { .. })) => "ui-keys-multi-13",
        (_, Some(Kind::Level(..))) => "ui-keys-level-13",
        _ => "ui-keys-typed-13",
    };
    let own = app.localizer.text(id);
    // While typing, only the editor's keys work; on a typed question, letters type, so its
    // commands are the ones that cannot be typed.
    let common = match interview.mode() {
        Mode::EditNote | Mode::EditAnswer | Mode::EditItemName { .. } => String::new(),
        _ if interview.current_is_typed() => app.localizer.text("ui-keys-common-typed-13"),
        _ => app.localizer.text("ui-keys-common-13"),
    };
    Paragraph::new(Line::styled(
        fit_keys(&own, &common, usize::from(width)),
        app.theme.dim(),
    ))
}

/// The "more" marker of a view that does not show all its lines.
pub(super) fn more_marker(app: &App) -> Span<'static> {
    Span::styled(app.localizer.text("ui-more"), app.theme.key())
}

/// The keys of the question first, help and quit always last, and as many of the other
/// common keys between them as the width allows. Items are separated by two spaces.
fn fit_keys(own: &str, common: &str, width: usize) -> String {
    let items: Vec<&str> = common.split("  ").filter(|i| !i.is_empty()).collect();
    let (middle, end) = items.split_at(items.len().saturating_sub(2));
    let len = |parts: &[&str]| parts.iter().map(|p| p.chars().count() + 2).sum::<usize>();
    let mut chosen: Vec<&str> = own.split("  ").filter(|i| !i.is_empty()).collect();
    let mut room = width.saturating_sub(1 + len(&chosen) + len(end));
    for item in middle {
        let cost = item.chars().count() + 2;
        if cost <= room {
            chosen.push(item);
            room -= cost;
        }
    }
    chosen.extend(end);
    format!(" {}", chosen.join("  "))
}
