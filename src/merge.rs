//! Three-way merge of assessments, usable as a git merge driver. Answers merge field by
//! field: different questions, or different fields of one answer, merge cleanly; the same
//! field changed differently on both sides becomes a conflict written into the answer, so
//! the file still loads and the interview shows it for the group to settle.

use std::collections::BTreeSet;

use crate::assessment::{Answer, AnswerState, Assessment, Conflict};
use crate::error::UserError;
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub assessment: Assessment,
    /// Question ids (and `title`, `action:ID`) changed differently on both sides.
    pub conflicts: Vec<String>,
}

/// The three-way result of one value: `None` when both sides changed it differently.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Option<T> {
    if ours == theirs || theirs == base {
        Some(ours.clone())
    } else if ours == base {
        Some(theirs.clone())
    } else {
        None
    }
}

pub fn merge(
    base: &Assessment,
    ours: &Assessment,
    theirs: &Assessment,
) -> Result<Merged, UserError> {
    if ours.questionnaire != theirs.questionnaire {
        return Err(UserError::new(
            Message::new("error-merge-questionnaires")
                .with("ours", ours.questionnaire.clone())
                .with("theirs", theirs.questionnaire.clone()),
        ));
    }
    let mut conflicts = Vec::new();
    let title = pick(&base.title, &ours.title, &theirs.title).unwrap_or_else(|| {
        conflicts.push("title".to_owned());
        ours.title.clone()
    });
    let mut merged = Assessment {
        format: ours.format.max(theirs.format),
        questionnaire: ours.questionnaire.clone(),
        questionnaire_version: ours.questionnaire_version.max(theirs.questionnaire_version),
        title,
        answers: Default::default(),
        actions: Default::default(),
    };
    let ids: BTreeSet<&String> = base
        .answers
        .keys()
        .chain(ours.answers.keys())
        .chain(theirs.answers.keys())
        .collect();
    for id in ids {
        let empty = Answer::default();
        let (b, o, t) = (
            base.answers.get(id),
            ours.answers.get(id),
            theirs.answers.get(id),
        );
        // Removing a whole answer on one side while the other changed it is a decision
        // for the group, not a field-by-field merge.
        let removed_against_change = match (o, t) {
            (None, Some(changed)) | (Some(changed), None) => b.is_some_and(|b| b != changed),
            _ => false,
        };
        let (b, o, t) = (
            b.unwrap_or(&empty),
            o.unwrap_or(&empty),
            t.unwrap_or(&empty),
        );
        let merged_answer = if removed_against_change {
            None
        } else {
            merge_answer(b, o, t)
        };
        let answer = match merged_answer {
            Some(answer) => answer,
            None => {
                conflicts.push(id.clone());
                conflicted(o, t)
            }
        };
        if !answer.is_empty() {
            merged.answers.insert(id.clone(), answer);
        }
    }
    conflicts.extend(crate::items::restore_removed_items(
        &mut merged.answers,
        [&ours.answers, &theirs.answers, &base.answers],
    ));
    let action_ids: BTreeSet<&String> = base
        .actions
        .keys()
        .chain(ours.actions.keys())
        .chain(theirs.actions.keys())
        .collect();
    for id in action_ids {
        let get = |a: &Assessment| a.actions.get(id).cloned();
        let action = pick(&get(base), &get(ours), &get(theirs)).unwrap_or_else(|| {
            conflicts.push(format!("action:{id}"));
            get(ours)
        });
        if let Some(action) = action {
            merged.actions.insert(id.clone(), action);
        }
    }
    Ok(Merged {
        assessment: merged,
        conflicts,
    })
}

/// Field by field; the definition travels with the value it belongs to.
fn merge_answer(base: &Answer, ours: &Answer, theirs: &Answer) -> Option<Answer> {
    let value_side = pick(
        &(&base.value, &base.definition),
        &(&ours.value, &ours.definition),
        &(&theirs.value, &theirs.definition),
    )?;
    Some(Answer {
        value: value_side.0.clone(),
        definition: value_side.1.clone(),
        note: pick(&base.note, &ours.note, &theirs.note)?,
        state: pick(&base.state, &ours.state, &theirs.state)?,
        conflict: pick(&base.conflict, &ours.conflict, &theirs.conflict)?,
    })
}

/// Our answer, marked disputed, with both sides kept whole.
fn conflicted(ours: &Answer, theirs: &Answer) -> Answer {
    let strip = |a: &Answer| Answer {
        conflict: None,
        ..a.clone()
    };
    Answer {
        state: AnswerState::Disputed,
        conflict: Some(Box::new(Conflict {
            ours: strip(ours),
            theirs: strip(theirs),
        })),
        ..strip(ours)
    }
}
