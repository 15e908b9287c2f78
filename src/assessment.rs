//! An assessment: the answers a group gave to one questionnaire.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::questionnaire::{Question, Questionnaire};

/// The newest assessment file format this build reads; newer ones are refused. A file is
/// written as format 1 while nothing in it needs format 2 (items of repeat groups, "not
/// applicable"), so that earlier versions of molnkoll keep reading it.
pub const FORMAT: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    Yes,
    No,
    /// "Unknown yet": the group has looked at the question but cannot answer it today.
    Unknown,
    Choice(String),
    Multi(BTreeSet<String>),
    Level(u8),
    Text(String),
    Number(i64),
    Date(String),
    /// "Not applicable": the question does not concern this service (format 2).
    NotApplicable,
}

impl Value {
    /// Levels and numbers compare as numbers in conditions.
    pub fn as_number(&self) -> Option<i64> {
        match self {
            Value::Level(level) => Some(i64::from(*level)),
            Value::Number(number) => Some(*number),
            _ => None,
        }
    }
}

/// Where the group left a question, beyond its value.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum AnswerState {
    #[default]
    Settled,
    FollowUp,
    AskSupplier,
    Disputed,
}

impl AnswerState {
    pub const ALL: [AnswerState; 4] = [
        AnswerState::Settled,
        AnswerState::FollowUp,
        AnswerState::AskSupplier,
        AnswerState::Disputed,
    ];

    pub fn is_settled(&self) -> bool {
        *self == AnswerState::Settled
    }

    /// The Fluent message id of the state's label.
    pub fn message_id(&self) -> &'static str {
        match self {
            AnswerState::Settled => "state-settled",
            AnswerState::FollowUp => "state-follow-up",
            AnswerState::AskSupplier => "state-ask-supplier",
            AnswerState::Disputed => "state-disputed",
        }
    }

    /// The word `show` prints: stable, not translated, for scripts and diffs.
    pub fn keyword(&self) -> &'static str {
        match self {
            AnswerState::Settled => "settled",
            AnswerState::FollowUp => "follow-up",
            AnswerState::AskSupplier => "ask-supplier",
            AnswerState::Disputed => "disputed",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "AnswerState::is_settled")]
    pub state: AnswerState,
    /// A short hash of the question's definition when the value was given: if the
    /// questionnaire changes the question, the answer is flagged for re-confirmation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definition: String,
    /// Two branches answered differently; set by `merge` for the group to settle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<Box<Conflict>>,
}

/// Both sides of a merge conflict on one answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub ours: Answer,
    pub theirs: Answer,
}

impl Answer {
    pub fn new(value: Value) -> Self {
        Answer {
            value: Some(value),
            ..Answer::default()
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = note.into();
        self
    }

    pub fn with_state(mut self, state: AnswerState) -> Self {
        self.state = state;
        self
    }

    /// An answer with nothing in it is not worth a block in the file.
    pub fn is_empty(&self) -> bool {
        self.value.is_none()
            && self.note.is_empty()
            && self.state.is_settled()
            && self.conflict.is_none()
    }

    /// Answered under an earlier definition of the question: to be confirmed again.
    pub fn needs_reconfirmation(&self, question: &Question) -> bool {
        self.value.is_some()
            && !self.definition.is_empty()
            && self.definition != question.definition_hash()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub format: u32,
    pub questionnaire: String,
    pub questionnaire_version: u32,
    pub title: String,
    /// Keyed by question id. Answers to questions the questionnaire no longer has stay here
    /// (orphans) and are written back unchanged.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Who acts on a finding and by when, keyed by finding id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub actions: BTreeMap<String, Action>,
    /// Merge conflicts outside the answers (an answer keeps its own conflict).
    #[serde(default, skip_serializing_if = "Conflicts::is_empty")]
    pub conflicts: Conflicts,
}

/// Both sides of what two branches changed differently, besides answers: the title, and
/// the owner or due date of an action. Written into the file by `merge`, so that nothing of
/// either branch is lost, listed by `check`, settled in the interview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflicts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<TitleConflict>,
    /// Keyed by finding id; a side that removed the action holds `None`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub actions: BTreeMap<String, ActionConflict>,
}

impl Conflicts {
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.actions.is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleConflict {
    pub ours: String,
    pub theirs: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionConflict {
    #[serde(default)]
    pub ours: Option<Action>,
    #[serde(default)]
    pub theirs: Option<Action>,
}

/// The owner and due date of the action a finding calls for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// YYYY-MM-DD, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
}

impl Assessment {
    pub fn new(questionnaire: &Questionnaire, title: impl Into<String>) -> Self {
        Assessment {
            format: 1,
            questionnaire: questionnaire.id.clone(),
            questionnaire_version: questionnaire.version,
            title: title.into(),
            answers: BTreeMap::new(),
            actions: BTreeMap::new(),
            conflicts: Conflicts::default(),
        }
    }

    /// Settles a title conflict with the title the group chose.
    pub fn settle_title(&mut self, title: impl Into<String>) {
        self.title = title.into();
        self.conflicts.title = None;
    }

    /// Settles an action conflict with the action the group chose (`None`: no action).
    pub fn settle_action(&mut self, finding_id: &str, action: Option<Action>) {
        match action {
            Some(action) => self.actions.insert(finding_id.to_owned(), action),
            None => self.actions.remove(finding_id),
        };
        self.conflicts.actions.remove(finding_id);
    }

    pub fn answer(&self, question_id: &str) -> Option<&Answer> {
        self.answers.get(question_id)
    }

    pub fn value(&self, question_id: &str) -> Option<&Value> {
        self.answer(question_id)?.value.as_ref()
    }

    /// Sets the value, keeping the note and state.
    pub fn set_value(&mut self, question_id: &str, value: Option<Value>) {
        self.update(question_id, |answer| answer.value = value);
    }

    /// Sets the value and records the definition of the question it answers.
    pub fn answer_question(&mut self, question: &Question, value: Option<Value>) {
        self.answer_at(&question.id, question, value);
    }

    /// `answer_question` for the answer under `key`: a question of a repeat group has one
    /// per item.
    pub fn answer_at(&mut self, key: &str, question: &Question, value: Option<Value>) {
        let definition = if value.is_some() {
            question.definition_hash()
        } else {
            String::new()
        };
        self.update(key, |answer| {
            answer.value = value;
            answer.definition = definition;
            // Answering settles a merge conflict, and with it the dispute the merge marked.
            if let Some(conflict) = answer.conflict.take()
                && answer.state == AnswerState::Disputed
            {
                answer.state = conflict.ours.state;
            }
        });
    }

    /// Confirms an answer given under an earlier definition of the question. An answer that
    /// no longer fits (an option the question lost) cannot be confirmed: the group must
    /// answer again. Returns whether the answer was confirmed.
    pub fn reconfirm(&mut self, question: &Question) -> bool {
        self.reconfirm_at(&question.id, question)
    }

    /// `reconfirm` for the answer under `key` (a question of a repeat group has one per item).
    pub fn reconfirm_at(&mut self, key: &str, question: &Question) -> bool {
        let fits = self
            .answers
            .get(key)
            .and_then(|answer| answer.value.as_ref())
            .is_some_and(|value| question.accepts(value));
        if fits {
            let definition = question.definition_hash();
            self.update(key, |answer| answer.definition = definition);
        }
        fits
    }

    pub fn set_note(&mut self, question_id: &str, note: impl Into<String>) {
        let note = note.into();
        self.update(question_id, |answer| answer.note = note);
    }

    pub fn set_state(&mut self, question_id: &str, state: AnswerState) {
        self.update(question_id, |answer| answer.state = state);
    }

    fn update(&mut self, question_id: &str, change: impl FnOnce(&mut Answer)) {
        let answer = self.answers.entry(question_id.to_owned()).or_default();
        change(answer);
        let needs_format_two = answer.value == Some(Value::NotApplicable);
        if answer.is_empty() {
            self.answers.remove(question_id);
        }
        if needs_format_two || question_id.contains(crate::items::SEPARATOR) {
            self.format = self.format.max(2);
        }
    }

    /// Answers to questions the questionnaire does not (or no longer) have.
    pub fn orphans<'a>(
        &'a self,
        questionnaire: &'a Questionnaire,
    ) -> impl Iterator<Item = (&'a String, &'a Answer)> + 'a {
        self.answers
            .iter()
            .filter(move |(key, _)| questionnaire.question_for_key(key).is_none())
    }
}
