//! The answer widget of each kind of question, shared by the normal and projector screens.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::assessment::Value;
use crate::i18n::Message as Text;
use crate::questionnaire::{Kind, Question};
use crate::tui::App;

/// The answer widget of the question's kind. `wide` spreads yes/no over one line with room
/// between (projector); otherwise every option stands on its own line with its key.
pub(super) fn answer_lines(app: &App, question: &Question, wide: bool) -> Vec<Line<'static>> {
    let localizer = &app.localizer;
    let theme = &app.theme;
    let value = app
        .interview
        .current_answer()
        .and_then(|a| a.value.as_ref());
    let cursor = app.interview.cursor();
    // The highlight is a pointer and an underline, never a fill: on a projector a filled
    // row reads as chosen. Chosen is the filled marker in its own colour.
    let row = |index: usize, key: String, marker: &str, label: String, chosen: bool| {
        let style = if chosen { theme.chosen() } else { Style::new() };
        let here = index == cursor;
        let label_style = if here {
            style.patch(theme.cursor())
        } else {
            style
        };
        vec![
            Span::styled(if here { " ▸" } else { "  " }, theme.key()),
            Span::styled(format!("{key:>2} "), theme.key()),
            Span::styled(format!("{marker} "), style),
            Span::styled(label, label_style),
        ]
    };
    let radio = |chosen: bool| if chosen { "●" } else { "○" };
    let unknown_chosen = value == Some(&Value::Unknown);
    let unknown_key = localizer.text("ui-key-unknown");
    let unknown_row = |index: usize| {
        Line::from(row(
            index,
            unknown_key.clone(),
            radio(unknown_chosen),
            localizer.text("answer-unknown"),
            unknown_chosen,
        ))
    };
    let mut lines = match &question.kind {
        Kind::YesNo => {
            let options = [
                ("ui-key-yes", Value::Yes, "answer-yes"),
                ("ui-key-no", Value::No, "answer-no"),
                ("ui-key-unknown", Value::Unknown, "answer-unknown"),
            ];
            let spans: Vec<Vec<Span>> = options
                .iter()
                .enumerate()
                .map(|(i, (key, option, label))| {
                    let chosen = value == Some(option);
                    row(
                        i,
                        localizer.text(key),
                        radio(chosen),
                        localizer.text(label),
                        chosen,
                    )
                })
                .collect();
            if wide {
                let gap = Span::raw("    ");
                let joined: Vec<Span> = spans
                    .into_iter()
                    .flat_map(|s| s.into_iter().chain(std::iter::once(gap.clone())))
                    .collect();
                vec![Line::from(joined)]
            } else {
                spans.into_iter().map(Line::from).collect()
            }
        }
        Kind::Choice(options) => {
            let mut lines: Vec<Line> = options
                .iter()
                .enumerate()
                .map(|(i, option)| {
                    let chosen = matches!(value, Some(Value::Choice(c)) if c == option);
                    Line::from(row(
                        i,
                        (i + 1).to_string(),
                        radio(chosen),
                        localizer.option_label(question, option),
                        chosen,
                    ))
                })
                .collect();
            lines.push(unknown_row(options.len()));
            lines
        }
        Kind::Multi { options, .. } => {
            let mut lines: Vec<Line> = options
                .iter()
                .enumerate()
                .map(|(i, option)| {
                    let chosen = matches!(value, Some(Value::Multi(c)) if c.contains(option));
                    let marker = if chosen { "[x]" } else { "[ ]" };
                    Line::from(row(
                        i,
                        (i + 1).to_string(),
                        marker,
                        localizer.option_label(question, option),
                        chosen,
                    ))
                })
                .collect();
            lines.push(unknown_row(options.len()));
            lines
        }
        Kind::Level(min, max) => {
            let mut lines: Vec<Line> = (*min..=*max)
                .enumerate()
                .map(|(i, level)| {
                    let chosen = value == Some(&Value::Level(level));
                    Line::from(row(
                        i,
                        level.to_string(),
                        radio(chosen),
                        localizer.level_label(question, level),
                        chosen,
                    ))
                })
                .collect();
            lines.push(unknown_row(usize::from(max.saturating_sub(*min)) + 1));
            lines
        }
        Kind::Group(_) => super::group::item_lines(app, question),
        Kind::Text { .. } | Kind::Number { .. } | Kind::Date => {
            let line = match value {
                Some(value) => Line::from(vec![
                    Span::raw("  "),
                    Span::styled(localizer.value_text(question, value), theme.chosen()),
                ]),
                None => Line::from(vec![
                    Span::raw("  "),
                    Span::styled(localizer.text("ui-no-answer-typed-13"), theme.dim()),
                ]),
            };
            let mut lines = vec![line];
            if let Kind::Text { max_chars } = question.kind {
                lines.push(Line::styled(
                    localizer.message(&Text::new("ui-text-limit").with("max", max_chars)),
                    theme.dim(),
                ));
            }
            lines
        }
    };
    if question.not_applicable {
        // "Not applicable" has its own key and row, so it can be seen chosen.
        let chosen = value == Some(&Value::NotApplicable);
        let style = if chosen { theme.chosen() } else { theme.dim() };
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(format!("{:>2} ", "-"), theme.key()),
            Span::styled(format!("{} ", radio(chosen)), style),
            Span::styled(localizer.text("answer-not-applicable"), style),
        ]));
    }
    // The question's hint sits under the widget, as docs/questionnaire-format.md says; the
    // projector keeps to the answer.
    if !wide && let Some(hint) = localizer.attribute(&question.id, "hint") {
        lines.push(Line::styled(format!("  {hint}"), theme.dim()));
    }
    lines
}
