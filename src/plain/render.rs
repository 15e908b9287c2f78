//! A question as plain sentences, for the ear and the braille line: where it stands, the
//! question, how to answer with its options numbered, the answer and note as they are.
//! Built from the same model and texts as the full screen; no symbol stands for a word.

use crate::assessment::Value;
use crate::i18n::{Localizer, Message as Text};
use crate::interview::Interview;
use crate::jump::label_at;
use crate::questionnaire::{Kind, Question};

/// How much of a question to say besides the question itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The section changed since the last question: say it first.
    pub new_section: bool,
    /// The question before was answered the same way (yes/no, or typed): the sentence on
    /// the answer keys or on commands while typing is not said again, which after fifty
    /// questions is what an ear skips anyway.
    pub after_same_kind: bool,
}

/// Whether two kinds share the sentence that `Context::after_same_kind` leaves out.
pub fn same_instructions(before: &Kind, now: &Kind) -> bool {
    let typed = |kind: &Kind| matches!(kind, Kind::Text { .. } | Kind::Number { .. } | Kind::Date);
    matches!((before, now), (Kind::YesNo, Kind::YesNo)) || (typed(before) && typed(now))
}

/// The current question, whole.
pub fn question(interview: &Interview, localizer: &Localizer, context: Context) -> Vec<String> {
    let index = interview.current_index();
    let (Some(section), Some(question)) =
        (interview.current_section(), interview.current_question())
    else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if context.new_section {
        lines.push(
            localizer.message(
                &Text::new("plain-section")
                    .with("number", interview.section_index_at(index) + 1)
                    .with("count", interview.questionnaire().sections.len())
                    .with("title", sentence(localizer.section_title(section))),
            ),
        );
    }
    lines.push(
        localizer.message(
            &Text::new("plain-position")
                .with("number", interview.number_of(index).unwrap_or_default())
                .with("count", interview.counts().visible),
        ),
    );
    lines.push(label_at(interview, localizer, index));
    lines.extend(flags(interview, localizer, question));
    if interview.slot_at(index).is_some_and(|slot| slot.is_group()) {
        lines.extend(group(interview, localizer, question));
    } else {
        let mut how = how_to_answer(localizer, question);
        if context.after_same_kind {
            let said = [
                localizer.text("plain-how-yes-no"),
                localizer.text("plain-how-typed"),
            ];
            how.retain(|line| !said.contains(line));
        }
        lines.extend(how);
        lines.push(current_answer(interview, localizer, question));
    }
    lines.extend(note_and_state(interview, localizer));
    lines
}

/// `text` ending as a sentence, once: a title that ends in a question mark gets no period
/// after it, which a screen reader would read or pause on twice.
pub fn sentence(mut text: String) -> String {
    if !text.ends_with(['.', '?', '!', ':']) {
        text.push('.');
    }
    text
}

/// The options, numbered as they are answered, and one sentence on how to answer.
pub fn how_to_answer(localizer: &Localizer, question: &Question) -> Vec<String> {
    let option = |key: String, label: String| {
        // A label that starts with its own number ("0 – försumbar") is said once, not
        // "0: 0 – försumbar".
        let numbered = label
            .strip_prefix(key.as_str())
            .is_some_and(|rest| rest.starts_with(|c: char| !c.is_ascii_digit()));
        if numbered {
            return label;
        }
        localizer.message(
            &Text::new("plain-option")
                .with("key", key)
                .with("label", label),
        )
    };
    let mut lines = Vec::new();
    match &question.kind {
        Kind::Choice(options) | Kind::Multi { options, .. } => {
            for (i, id) in options.iter().enumerate() {
                lines.push(option(
                    (i + 1).to_string(),
                    localizer.option_label(question, id),
                ));
            }
        }
        Kind::Level(min, max) => {
            for level in *min..=*max {
                lines.push(option(
                    level.to_string(),
                    localizer.level_label(question, level),
                ));
            }
        }
        _ => {}
    }
    lines.extend(instruction(localizer, question));
    if let Some(hint) = localizer.attribute(&question.id, "hint") {
        lines.push(hint);
    }
    lines
}

/// How a question is answered, without its options: what a refusal repeats.
pub fn instruction(localizer: &Localizer, question: &Question) -> Vec<String> {
    let typed = localizer.text("plain-how-typed");
    let mut lines = match &question.kind {
        Kind::YesNo => vec![localizer.text("plain-how-yes-no")],
        Kind::Choice(options) => {
            vec![localizer.message(&Text::new("plain-how-choice").with("count", options.len()))]
        }
        Kind::Multi { options, .. } => {
            vec![localizer.message(&Text::new("plain-how-multi").with("count", options.len()))]
        }
        Kind::Level(min, max) => vec![
            localizer.message(
                &Text::new("plain-how-level")
                    .with("min", usize::from(*min))
                    .with("max", usize::from(*max)),
            ),
        ],
        Kind::Text { max_chars } => vec![
            localizer.message(&Text::new("plain-how-text").with("max", *max_chars)),
            typed,
        ],
        Kind::Number { .. } => vec![localizer.text("plain-how-number"), typed],
        Kind::Date => vec![localizer.text("plain-how-date"), typed],
        Kind::Group(_) => Vec::new(),
    };
    if question.not_applicable {
        lines.push(localizer.text("plain-how-not-applicable"));
    }
    lines
}

fn current_answer(interview: &Interview, localizer: &Localizer, question: &Question) -> String {
    match interview.current_answer().and_then(|a| a.value.as_ref()) {
        Some(value) => localizer.message(
            &Text::new("plain-current").with("value", localizer.value_text(question, value)),
        ),
        None => localizer.text("plain-no-answer"),
    }
}

fn note_and_state(interview: &Interview, localizer: &Localizer) -> Vec<String> {
    let Some(answer) = interview.current_answer() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if !answer.note.is_empty() {
        let note = answer.note.replace('\n', " ");
        lines.push(localizer.message(&Text::new("plain-note").with("note", note)));
    }
    if !answer.state.is_settled() {
        lines.push(
            localizer.message(
                &Text::new("plain-state").with("state", localizer.state_label(answer.state)),
            ),
        );
    }
    lines
}

/// What the group must settle: a merge conflict, a value that does not fit, a question that
/// changed since it was answered. The full screen's sentences.
fn flags(interview: &Interview, localizer: &Localizer, question: &Question) -> Vec<String> {
    let Some(answer) = interview.current_answer() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if let Some(conflict) = &answer.conflict {
        let side = |a: &crate::assessment::Answer| {
            a.value
                .as_ref()
                .map(|v| localizer.value_text(question, v))
                .unwrap_or_else(|| localizer.text("ui-no-value"))
        };
        lines.push(
            localizer.message(
                &Text::new("ui-conflict")
                    .with("ours", side(&conflict.ours))
                    .with("theirs", side(&conflict.theirs)),
            ),
        );
    }
    if interview.current_misfits() {
        let value = answer
            .value
            .as_ref()
            .map(crate::commands::value_keyword)
            .unwrap_or_default();
        lines.push(localizer.message(&Text::new("ui-misfit").with("value", value)));
    }
    if interview.needs_reconfirmation() {
        lines.push(localizer.text("ui-reconfirm"));
    }
    lines
}

/// A repeat group's list: its items numbered, its derived values, and how to change it.
fn group(interview: &Interview, localizer: &Localizer, group: &Question) -> Vec<String> {
    let kind = localizer.group_item_kind(group);
    let items = interview.current_items();
    let mut lines = Vec::new();
    if items.is_empty() {
        lines.push(localizer.message(&Text::new("ui-group-empty").with("kind", kind.as_str())));
    } else {
        let listed: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                localizer.message(
                    &Text::new("plain-option")
                        .with("key", (i + 1).to_string())
                        .with("label", item.name),
                )
            })
            .collect();
        lines.push(localizer.message(&Text::new("plain-items").with("items", listed.join("; "))));
    }
    for (derived, value) in interview.derived_for(&group.id) {
        let shown = value
            .value
            .map_or_else(|| localizer.text("ui-no-value"), |v| v.to_string());
        lines.push(
            localizer.message(
                &Text::new("plain-derived")
                    .with("label", localizer.text(&format!("derived-{}", derived.id)))
                    .with("value", shown),
            ),
        );
    }
    lines.push(localizer.message(&Text::new("plain-how-group").with("kind", kind.as_str())));
    lines
}

/// The question's help text and legal reference, read on request.
pub fn help_text(interview: &Interview, localizer: &Localizer) -> Vec<String> {
    let Some(question) = interview.current_question() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if let Some(help) = localizer.question_help(question) {
        lines.push(help);
    }
    if let Some(reference) = localizer.question_ref(question) {
        lines.push(localizer.message(&Text::new("plain-reference").with("reference", reference)));
    }
    if lines.is_empty() {
        lines.push(localizer.text("plain-no-help"));
    }
    lines
}

/// The value a line of numbers gives the current question, if it fits: for yes/no 1, 2, 3
/// (as the full screen's digits), an option's number, a level, several options' numbers.
pub fn value_of_numbers(question: &Question, numbers: &[u32]) -> Option<Value> {
    let index = |n: u32| usize::try_from(n).ok()?.checked_sub(1);
    let value = match (&question.kind, numbers) {
        (Kind::YesNo, [n]) => [Value::Yes, Value::No, Value::Unknown]
            .get(index(*n)?)?
            .clone(),
        (Kind::Choice(options), [n]) => Value::Choice(options.get(index(*n)?)?.clone()),
        (Kind::Level(..), [n]) => Value::Level(u8::try_from(*n).ok()?),
        (Kind::Multi { options, .. }, numbers) if !numbers.is_empty() => Value::Multi(
            numbers
                .iter()
                .map(|&n| options.get(index(n)?).cloned())
                .collect::<Option<_>>()?,
        ),
        _ => return None,
    };
    question.accepts(&value).then_some(value)
}
