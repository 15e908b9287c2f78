//! The ending screen: what is still open before the assessment is complete, the serious
//! findings and who owns them, and the report. Shown after the last question and from the
//! overview.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::interview::Mode;
use crate::tui::{App, Theme};

use super::question::render_editor;
use super::{notice_text, total_text};

pub fn render(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let interview = &app.interview;
    let localizer = &app.localizer;
    let theme = &app.theme;
    let summary = interview.summary();
    let area = area.inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.header())
        .title(Span::styled(
            format!(
                " {} · {} ",
                localizer.text("ui-summary-title"),
                total_text(app)
            ),
            theme.header(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let editing = match interview.mode() {
        Mode::EditOwner { .. } => Some("ui-owner-prompt-13"),
        Mode::EditDue { .. } => Some("ui-due-prompt-13"),
        _ => None,
    };
    let [lead, list_area, input_area, hint_area] = super::split::rows(
        inner,
        [
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(if editing.is_some() { 3 } else { 0 }),
            Constraint::Length(1),
        ],
    );
    let counts = interview.counts();
    frame.render_widget(
        Paragraph::new(vec![
            Line::raw(localizer.text("ui-summary-lead")),
            Line::styled(
                super::footer::progress_text(localizer, &counts),
                theme.label(),
            ),
        ])
        .wrap(Wrap { trim: true }),
        lead,
    );
    let mut items: Vec<ListItem> = Vec::new();
    let numbers = |indexes: &[usize]| -> String {
        let listed: Vec<String> = indexes
            .iter()
            .filter_map(|&i| interview.number_of(i))
            .map(|n| n.to_string())
            .collect();
        if listed.is_empty() {
            localizer.text("ui-summary-none")
        } else {
            listed.join(", ")
        }
    };
    for (id, indexes) in [
        ("ui-summary-unanswered", &summary.unanswered),
        ("ui-summary-unknown", &summary.unknown),
        ("ui-summary-disputed", &summary.disputed),
        ("ui-summary-open", &summary.open),
        ("ui-summary-changed", &summary.changed),
    ] {
        let style = if indexes.is_empty() {
            theme.dim()
        } else {
            theme.severity(crate::questionnaire::Severity::Warning)
        };
        items.push(ListItem::new(Line::from(vec![
            Span::styled(format!("{:<4}", indexes.len()), style),
            Span::styled(format!("{}: ", localizer.text(id)), theme.label()),
            Span::raw(numbers(indexes)),
        ])));
    }
    items.push(ListItem::new(Line::raw("")));
    items.push(ListItem::new(Line::styled(
        format!(
            "{} ({})",
            localizer.text("ui-summary-high"),
            summary.high.len()
        ),
        theme.header(),
    )));
    let first_finding = items.len();
    let questionnaire = interview.questionnaire();
    for &fired in &summary.high {
        let Some(finding) = interview
            .fired()
            .get(fired)
            .and_then(|f| questionnaire.findings.get(f.finding))
        else {
            continue;
        };
        let owner = interview
            .action_of(&finding.id)
            .map(|a| a.owner.trim().to_owned())
            .filter(|o| !o.is_empty());
        let due = interview
            .action_of(&finding.id)
            .map(|a| a.due.clone())
            .filter(|d| !d.is_empty());
        // Who owns it first: at 80 columns a long title would push it out of sight.
        let mut spans = vec![Span::styled(
            format!("{} ", Theme::severity_icon(finding.severity)),
            theme.severity(finding.severity),
        )];
        match owner {
            Some(owner) => spans.push(Span::styled(
                format!("{} {owner}", localizer.text("ui-owner")),
                theme.ok(),
            )),
            None => spans.push(Span::styled(
                localizer.text("ui-summary-no-owner"),
                theme.error(),
            )),
        }
        if let Some(due) = due {
            spans.push(Span::raw(format!(" {} {due}", localizer.text("ui-due"))));
        }
        spans.push(Span::raw(" · "));
        spans.push(Span::raw(localizer.finding_title(finding)));
        items.push(ListItem::new(Line::from(spans)));
    }
    if summary.high.is_empty() {
        items.push(ListItem::new(Line::styled(
            localizer.text("ui-summary-none"),
            theme.dim(),
        )));
    }
    items.push(ListItem::new(Line::raw("")));
    items.push(ListItem::new(Line::raw(
        localizer.text("ui-summary-export"),
    )));
    let chosen = (!summary.high.is_empty()).then_some(first_finding + selected);
    let heights: Vec<usize> = items.iter().map(ListItem::height).collect();
    let list = List::new(items)
        .highlight_style(theme.selected())
        .highlight_symbol("▶ ");
    // A list keeps its selected row in view by itself.
    let mut state = ListState::default().with_selected(chosen);
    frame.render_stateful_widget(list, list_area, &mut state);
    // The terminal cursor on the chosen finding's marker; an open editor takes it.
    if let Some(chosen) = chosen {
        let row: usize = heights
            .get(state.offset().min(chosen)..chosen)
            .map_or(0, |rows| rows.iter().sum());
        if let Ok(row) = u16::try_from(row)
            && row < list_area.height
        {
            frame.set_cursor_position((list_area.x, list_area.y + row));
        }
    }
    if let (Some(title), Some(editor)) = (editing, &app.editor) {
        render_editor(app, frame, input_area, editor, title);
    }
    let hint = notice_text(app)
        .or_else(|| super::info_text(app))
        .unwrap_or_else(|| localizer.text("ui-keys-summary-13"));
    frame.render_widget(Paragraph::new(Line::styled(hint, theme.dim())), hint_area);
}
