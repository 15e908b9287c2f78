//! Loading is strict about meaning, not only about syntax: a value that does not fit its
//! question's kind, a level or number out of range, a duplicate answer key, a questionnaire
//! version newer than the questionnaire. A file written by hand or by another tool can hold
//! any of these; none is ever counted as an answer.

use std::fmt;

use serde::Deserialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::assessment::{Assessment, Value};
use crate::error::{Location, UserError};
use crate::i18n::Message;
use crate::questionnaire::{Kind, Question, Questionnaire, SourceText};

/// The longest note, owner or title molnkoll accepts, in characters. A note is a decision
/// and its reasons, not a document; a 100 MB note made every keystroke take seconds.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// Whether `value` is a possible answer to `question`: the right kind, a known option, a
/// level or number in range, a real calendar date.
pub fn fits(question: &Question, value: &Value) -> bool {
    match (&question.kind, value) {
        // Too long is reported on its own (`TextTooLong`), with the limit.
        (Kind::Text { .. }, Value::Text(_)) => true,
        _ => question.accepts(value),
    }
}

/// Ids of the answers whose value does not fit their question, in questionnaire order.
/// Orphans (no question) are not judged here: they are shown as orphans.
pub fn misfits(questionnaire: &Questionnaire, assessment: &Assessment) -> Vec<String> {
    assessment
        .answers
        .iter()
        .filter(|(key, answer)| {
            let item_name = matches!(
                crate::items::AnswerKey::parse(key),
                Some(crate::items::AnswerKey::Item { .. })
            );
            match (questionnaire.question_for_key(key), &answer.value) {
                // An item's name is the text of its key, not an answer to the group.
                _ if item_name => !matches!(answer.value, None | Some(Value::Text(_))),
                (Some(question), Some(value)) => !fits(question, value),
                _ => false,
            }
        })
        .map(|(key, _)| key.clone())
        .collect()
}

/// Whether the assessment was written against a newer questionnaire than this one: its
/// answers may mean something this questionnaire does not know yet.
pub fn newer_questionnaire(questionnaire: &Questionnaire, assessment: &Assessment) -> bool {
    assessment.questionnaire_version > questionnaire.version
}

/// The keys of a map in file order, duplicates kept; the values are skipped.
#[derive(Default)]
struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    keys.push(key);
                }
                Ok(Keys(keys))
            }
        }
        deserializer.deserialize_map(KeysVisitor)
    }
}

#[derive(Deserialize)]
#[serde(rename = "Assessment")]
struct MapKeys {
    #[serde(default)]
    answers: Keys,
    #[serde(default)]
    actions: Keys,
}

/// A key given twice in `answers` or `actions`. RON maps silently keep the last value, so
/// a hand edit or a bad merge that doubled a key would lose the first answer unseen.
pub fn check_duplicate_keys(source: &SourceText) -> Result<(), UserError> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    // The text already parsed as an assessment; this pass only looks at keys.
    let Ok(keys) = options.from_str::<MapKeys>(&source.text) else {
        return Ok(());
    };
    for list in [keys.answers.0, keys.actions.0] {
        let mut seen = std::collections::BTreeSet::new();
        for key in list {
            if !seen.insert(key.clone()) {
                return Err(duplicate(source, &key));
            }
        }
    }
    Ok(())
}

/// Located at the second occurrence of the key in the text.
fn duplicate(source: &SourceText, key: &str) -> UserError {
    let quoted = format!("{key:?}");
    let message = Message::new("error-duplicate-key")
        .with("path", source.path.display().to_string())
        .with("key", key);
    match source.text.match_indices(&quoted).nth(1) {
        Some((offset, _)) => UserError::at(
            Location::of_offset(&source.path, &source.text, offset),
            message,
        ),
        None => UserError::new(message),
    }
}
