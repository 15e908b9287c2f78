//! A repeat group on screen: the list of its items on the group's own question, and the
//! item's name above each of its questions.

use ratatui::text::{Line, Span};

use crate::i18n::Message as Text;
use crate::interview::Mode;
use crate::questionnaire::Question;
use crate::tui::App;

/// The question as the group reads it: on an item's question, the item's name first.
pub(super) fn question_line(app: &App, question: &Question) -> String {
    let localizer = &app.localizer;
    let interview = &app.interview;
    match interview.item_at(interview.current_index()) {
        Some(item) => localizer.message(
            &Text::new("item-answer-label")
                .with("item", item.name)
                .with("question", localizer.question_text(question)),
        ),
        None => localizer.question_text(question),
    }
}

pub(super) use crate::jump::label_at;

/// The items, one per line with the highlight, then what the keys do; the question to
/// confirm a removal when one is asked.
pub(super) fn item_lines(app: &App, group: &Question) -> Vec<Line<'static>> {
    let localizer = &app.localizer;
    let theme = &app.theme;
    let interview = &app.interview;
    let items = interview.current_items();
    let kind = localizer.group_item_kind(group);
    let mut lines: Vec<Line<'static>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let here = i == interview.cursor();
            let label_style = if here { theme.cursor() } else { theme.chosen() };
            Line::from(vec![
                Span::styled(if here { " ▸" } else { "  " }, theme.key()),
                Span::styled(format!("{:>2} ", i + 1), theme.key()),
                Span::styled(item.name.to_owned(), label_style),
            ])
        })
        .collect();
    if items.is_empty() {
        lines.push(Line::styled(
            localizer.message(&Text::new("ui-group-empty").with("kind", kind.as_str())),
            theme.dim(),
        ));
    }
    for (derived, value) in interview.derived_for(&group.id) {
        let label = localizer.text(&format!("derived-{}", derived.id));
        let shown = value
            .value
            .map_or_else(|| localizer.text("ui-no-value"), |v| v.to_string());
        let at: Vec<&str> = value
            .keys
            .iter()
            .filter_map(|key| crate::items::AnswerKey::parse(key)?.item())
            .map(|(g, item)| interview.assessment().item_name(g, item).unwrap_or(item))
            .collect();
        let line = match at.is_empty() {
            true => format!("  {label}: {shown}"),
            false => format!("  {label}: {shown} ({})", at.join(", ")),
        };
        lines.push(Line::styled(line, theme.label()));
    }
    if let Some(matrices) = interview.risk_matrices_for(&group.id) {
        lines.extend(super::matrix::matrix_lines(matrices, localizer, theme));
    }
    if interview.mode() == Mode::ConfirmRemoveItem
        && let Some(item) = interview.highlighted_item()
    {
        lines.push(Line::styled(
            localizer.message(&Text::new("ui-confirm-remove-item").with("item", item.name)),
            theme.error(),
        ));
    } else {
        lines.push(Line::styled(
            localizer.message(&Text::new("ui-group-keys").with("kind", kind.as_str())),
            theme.dim(),
        ));
    }
    lines
}
