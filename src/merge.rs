//! Three-way merge of assessments, usable as a git merge driver. Answers merge field by
//! field: different questions, or different fields of one answer, merge cleanly; the same
//! field changed differently on both sides becomes a conflict written into the answer, so
//! the file still loads and the interview shows it for the group to settle.

use std::collections::BTreeSet;

use crate::assessment::{
    ActionConflict, Answer, AnswerState, Assessment, Conflict, Conflicts, TitleConflict,
};
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
    let mut recorded = pick(&base.conflicts, &ours.conflicts, &theirs.conflicts)
        .unwrap_or_else(|| union(&ours.conflicts, &theirs.conflicts));
    let title = pick(&base.title, &ours.title, &theirs.title).unwrap_or_else(|| {
        conflicts.push("title".to_owned());
        recorded.title = Some(TitleConflict {
            ours: ours.title.clone(),
            theirs: theirs.title.clone(),
        });
        ours.title.clone()
    });
    let mut merged = Assessment {
        format: ours.format.max(theirs.format),
        questionnaire: ours.questionnaire.clone(),
        questionnaire_version: ours.questionnaire_version.max(theirs.questionnaire_version),
        title,
        answers: Default::default(),
        actions: Default::default(),
        conflicts: Conflicts::default(),
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
            recorded.actions.insert(
                id.clone(),
                ActionConflict {
                    ours: get(ours),
                    theirs: get(theirs),
                },
            );
            get(ours)
        });
        if let Some(action) = action {
            merged.actions.insert(id.clone(), action);
        }
    }
    merged.conflicts = recorded;
    Ok(Merged {
        assessment: merged,
        conflicts,
    })
}

/// Both sides' unsettled conflicts, ours first where both name the same field.
fn union(ours: &Conflicts, theirs: &Conflicts) -> Conflicts {
    let mut all = theirs.clone();
    if ours.title.is_some() {
        all.title.clone_from(&ours.title);
    }
    all.actions
        .extend(ours.actions.iter().map(|(k, v)| (k.clone(), v.clone())));
    all
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

/// Which of the three versions git hands the merge driver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Base,
    Ours,
    Theirs,
}

impl Side {
    /// The Fluent message naming the side as a person knows it (git's temporary file names
    /// mean nothing to anyone).
    fn message_id(self) -> &'static str {
        match self {
            Side::Base => "merge-side-base",
            Side::Ours => "merge-side-ours",
            Side::Theirs => "merge-side-theirs",
        }
    }
}

/// Loads the three versions git hands the merge driver. An empty common ancestor (the file
/// was added on both branches) is an empty assessment to `ours`' questionnaire, so add/add
/// merges like any other. A version that cannot be read is one sentence naming the side,
/// with its line and column.
pub fn load_sides(
    base: &std::path::Path,
    ours: &std::path::Path,
    theirs: &std::path::Path,
    localizer: &crate::i18n::Localizer,
) -> Result<(Assessment, Assessment, Assessment), UserError> {
    let text = |path, side| read_side(path, side, localizer);
    let ours = parse_side(ours, text(ours, Side::Ours)?, Side::Ours, localizer)?;
    let theirs = parse_side(theirs, text(theirs, Side::Theirs)?, Side::Theirs, localizer)?;
    let base_text = text(base, Side::Base)?;
    let base = if base_text.trim().is_empty() {
        empty_base(&ours)
    } else {
        parse_side(base, base_text, Side::Base, localizer)?
    };
    Ok((base, ours, theirs))
}

/// A version's error as one sentence that names the side, not git's temporary file.
fn relabel(error: UserError, side: Side, localizer: &crate::i18n::Localizer) -> UserError {
    let name = localizer.text(side.message_id());
    let mut inner = error.message;
    for (arg, value) in &mut inner.args {
        if *arg == "path" {
            *value = crate::i18n::Arg::Text(name.clone());
        }
    }
    let reason = localizer.message(&inner);
    let message = match &error.location {
        Some(at) => Message::new("error-merge-side-at")
            .with("line", at.line)
            .with("column", at.column),
        None => Message::new("error-merge-side"),
    };
    UserError::new(message.with("side", name).with("reason", reason))
}

fn read_side(
    path: &std::path::Path,
    side: Side,
    localizer: &crate::i18n::Localizer,
) -> Result<String, UserError> {
    crate::file_guard::read_text(path).map_err(|error| relabel(error, side, localizer))
}

fn parse_side(
    path: &std::path::Path,
    text: String,
    side: Side,
    localizer: &crate::i18n::Localizer,
) -> Result<Assessment, UserError> {
    crate::store::parse(path, text).map_err(|error| relabel(error, side, localizer))
}

/// The common ancestor of a file added on both branches.
pub fn empty_base(ours: &Assessment) -> Assessment {
    Assessment {
        title: String::new(),
        answers: Default::default(),
        actions: Default::default(),
        conflicts: Conflicts::default(),
        ..ours.clone()
    }
}
