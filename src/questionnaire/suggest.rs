//! "Did you mean": the nearest known id to a misspelt one, and the form of condition that
//! fits a question's kind. An author who mistypes an id or writes `Is("q", Yes)` for a
//! choice question learns the fix from the message, not from the documentation.

use crate::i18n::Message;

use super::{Kind, Question};

/// The known id closest to `unknown`, if one is close enough to be a slip of the keyboard:
/// at most one edit in three characters. Short ids get no suggestion, since any other short
/// id is as near.
pub(super) fn nearest<'k>(
    unknown: &str,
    known: impl IntoIterator<Item = &'k str>,
) -> Option<&'k str> {
    let limit = (unknown.chars().count() / 3).min(3);
    known
        .into_iter()
        .filter(|&candidate| candidate != unknown)
        .map(|candidate| (strsim::damerau_levenshtein(unknown, candidate), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .min()
        .map(|(_, candidate)| candidate)
}

/// `validate-unknown-question`, with the nearest question when there is one.
pub(super) fn unknown_question<'k>(id: &str, known: impl IntoIterator<Item = &'k str>) -> Message {
    match nearest(id, known) {
        Some(near) => Message::new("validate-unknown-question-near")
            .with("id", id)
            .with("suggestion", near),
        None => Message::new("validate-unknown-question").with("id", id),
    }
}

/// `validate-unknown-option`, with the nearest option of the question when there is one.
pub(super) fn unknown_option(question: &Question, option: &str) -> Message {
    let message = match nearest(option, question.kind.options().iter().map(String::as_str)) {
        Some(near) => Message::new("validate-unknown-option-near").with("suggestion", near),
        None => Message::new("validate-unknown-option"),
    };
    message
        .with("question", &question.id)
        .with("option", option)
}

/// A condition that fits the question, written as in the RON file, for the message about a
/// condition of the wrong kind.
pub(super) fn condition_form(question: &Question) -> String {
    let id = &question.id;
    match &question.kind {
        Kind::YesNo => format!("Is(\"{id}\", Yes)"),
        Kind::Choice(options) | Kind::Multi { options, .. } => {
            let option = options.first().map_or("OPTION", String::as_str);
            format!("Is(\"{id}\", Choice(\"{option}\"))")
        }
        Kind::Level(min, max) => {
            format!(
                "LevelAtLeast(\"{id}\", {})",
                max.saturating_sub(1).max(*min)
            )
        }
        Kind::Number { min, .. } => format!("LevelAtLeast(\"{id}\", {})", min.unwrap_or(0)),
        // Text, date, and whatever kinds come: whether the question is answered.
        _ => format!("Answered(\"{id}\")"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_of_the_keyboard_finds_the_intended_id() {
        let known = ["dpia-sensitive", "dpia-profiling", "vendor-seat"];
        assert_eq!(nearest("dpia-sensitve", known), Some("dpia-sensitive"));
        assert_eq!(nearest("vendor-saet", known), Some("vendor-seat"));
        assert_eq!(nearest("something-else", known), None);
        // Short ids are all near each other: no guess.
        assert_eq!(nearest("z", ["x", "y"]), None);
        assert_eq!(nearest("ghost", ["a", "b"]), None);
    }
}
