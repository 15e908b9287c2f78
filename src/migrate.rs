//! An assessment read for a questionnaire: the right questionnaire, and answers that follow
//! the questionnaire's renames.

use std::path::Path;

use crate::assessment::{Assessment, Value};
use crate::error::UserError;
use crate::i18n::Message;
use crate::questionnaire::{Questionnaire, Rename};
use crate::store;

/// Loads an assessment to be judged against `questionnaire`: refused, with the file left as
/// it is, when it belongs to another questionnaire, since every answer would then look
/// missing or orphaned.
pub fn load_for(path: &Path, questionnaire: &Questionnaire) -> Result<Assessment, UserError> {
    let mut assessment = store::load(path)?;
    ensure_questionnaire(path, &assessment, questionnaire)?;
    follow_renames(&mut assessment, questionnaire);
    Ok(assessment)
}

pub fn ensure_questionnaire(
    path: &Path,
    assessment: &Assessment,
    questionnaire: &Questionnaire,
) -> Result<(), UserError> {
    if assessment.questionnaire == questionnaire.id {
        return Ok(());
    }
    Err(UserError::new(
        Message::new("error-wrong-questionnaire")
            .with("path", path.display().to_string())
            .with("found", assessment.questionnaire.clone())
            .with("expected", questionnaire.id.clone()),
    ))
}

/// Moves answers given under ids the questionnaire has renamed to the new ids, the
/// answers of repeat-group items included. An answer already under the new id wins; the
/// old one then stays where it is, as an orphan, so nothing is lost. Returns how many
/// answers moved.
pub fn follow_renames(assessment: &mut Assessment, questionnaire: &Questionnaire) -> usize {
    let mut moved = 0;
    for rename in &questionnaire.renames {
        match rename {
            Rename::Question(from, to) => {
                let keys: Vec<String> = assessment
                    .answers
                    .keys()
                    .filter(|key| renamed_key(key, from, to).is_some())
                    .cloned()
                    .collect();
                for key in keys {
                    let Some(new_key) = renamed_key(&key, from, to) else {
                        continue;
                    };
                    if assessment.answers.contains_key(&new_key) {
                        continue;
                    }
                    if let Some(answer) = assessment.answers.remove(&key) {
                        assessment.answers.insert(new_key, answer);
                        moved += 1;
                    }
                }
            }
            Rename::Option(question, from, to) => {
                for (key, answer) in assessment.answers.iter_mut() {
                    if questionnaire
                        .question_for_key(key)
                        .is_none_or(|q| q.id != *question)
                        || crate::items::AnswerKey::parse(key)
                            .is_some_and(|k| matches!(k, crate::items::AnswerKey::Item { .. }))
                    {
                        continue;
                    }
                    let values = std::iter::once(&mut answer.value).chain(
                        answer
                            .conflict
                            .as_mut()
                            .into_iter()
                            .flat_map(|c| [&mut c.ours.value, &mut c.theirs.value]),
                    );
                    for value in values {
                        moved += usize::from(rename_option(value, from, to));
                    }
                }
            }
        }
    }
    moved
}

/// The key with the question id `from` replaced by `to`, where `from` is the question the
/// key answers (plain, a group for its items, or a question of a group).
fn renamed_key(key: &str, from: &str, to: &str) -> Option<String> {
    use crate::items::{AnswerKey, item_key, member_key};
    match AnswerKey::parse(key)? {
        AnswerKey::Question(id) if id == from => Some(to.to_owned()),
        AnswerKey::Item { group, item } if group == from => Some(item_key(to, item)),
        AnswerKey::Member {
            group,
            item,
            question,
        } if group == from || question == from => {
            let group = if group == from { to } else { group };
            let question = if question == from { to } else { question };
            Some(member_key(group, item, question))
        }
        _ => None,
    }
}

fn rename_option(value: &mut Option<Value>, from: &str, to: &str) -> bool {
    match value {
        Some(Value::Choice(chosen)) if chosen == from => {
            *chosen = to.to_owned();
            true
        }
        Some(Value::Multi(chosen)) if chosen.contains(from) => {
            chosen.remove(from);
            chosen.insert(to.to_owned());
            true
        }
        _ => false,
    }
}
