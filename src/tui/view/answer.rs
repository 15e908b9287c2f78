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
    let value = app.interview.assessment().value(&question.id);
    let cursor = app.interview.cursor();
    let row = |index: usize, key: String, marker: &str, label: String, chosen: bool| {
        let style = if chosen { theme.chosen() } else { Style::new() };
        let label_style = if index == cursor {
            style.patch(theme.cursor())
        } else {
            style
        };
        vec![
            Span::styled(format!("  {key:>2} "), theme.key()),
            Span::styled(format!("{marker} "), style),
            Span::styled(label, label_style),
        ]
    };
    let radio = |chosen: bool| if chosen { "●" } else { "○" };
    match &question.kind {
        Kind::YesNo => {
            let options = [
                ("y", Value::Yes, "answer-yes"),
                ("n", Value::No, "answer-no"),
                ("u", Value::Unknown, "answer-unknown"),
            ];
            let spans: Vec<Vec<Span>> = options
                .iter()
                .enumerate()
                .map(|(i, (key, option, label))| {
                    let chosen = value == Some(option);
                    row(
                        i,
                        (*key).to_owned(),
                        radio(chosen),
                        localizer.text(label),
                        chosen,
                    )
                })
                .collect();
            if wide {
                let gap = Span::raw("      ");
                let joined: Vec<Span> = spans
                    .into_iter()
                    .flat_map(|s| s.into_iter().chain(std::iter::once(gap.clone())))
                    .collect();
                vec![Line::from(joined)]
            } else {
                spans.into_iter().map(Line::from).collect()
            }
        }
        Kind::Choice(options) => options
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
            .collect(),
        Kind::Multi { options, .. } => options
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
            .collect(),
        Kind::Level(min, max) => (*min..=*max)
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
            .collect(),
        Kind::Text { .. } | Kind::Number { .. } | Kind::Date | Kind::Group(_) => {
            let line = match value {
                Some(value) => Line::from(vec![
                    Span::raw("  "),
                    Span::styled(localizer.value_text(question, value), theme.chosen()),
                ]),
                None => Line::from(vec![
                    Span::raw("  "),
                    Span::styled(localizer.text("ui-no-answer-typed"), theme.dim()),
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
    }
}
