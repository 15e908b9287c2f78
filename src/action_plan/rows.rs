//! The action plan's rows: the open actions the report's plan lists (one function decides
//! which, `report::open_actions`), with their texts in the reader's language and the columns a
//! spreadsheet needs.

use crate::assessment::Assessment;
use crate::i18n::{Localizer, Message};
use crate::items::{item_key, member_key};
use crate::questionnaire::Questionnaire;
use crate::report::{self, ActionSource};

/// How urgent an action is, for sorting and filtering in the spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Low,
    Medium,
    High,
}

impl Priority {
    pub fn message_id(self) -> &'static str {
        match self {
            Priority::High => "plan-priority-high",
            Priority::Medium => "plan-priority-medium",
            Priority::Low => "plan-priority-low",
        }
    }
}

/// Where an action comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Finding,
    Measure,
    Risk,
}

/// One open action, its texts in the localizer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRow {
    pub priority: Priority,
    pub kind: SourceKind,
    pub action: String,
    pub owner: String,
    /// YYYY-MM-DD, or empty.
    pub due: String,
    /// What the action comes from, as a reader names it.
    pub source: String,
    /// The group's note on the answer the action comes from.
    pub note: String,
    /// The finding id or answer key: stable, to match rows of two exports.
    pub id: String,
}

/// Every open action of the report's plan, in its order: most urgent first; within one
/// priority, findings, then measures, then risks, each in questionnaire order.
pub fn open_actions(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
) -> Vec<ActionRow> {
    report::open_actions(questionnaire, assessment)
        .into_iter()
        .map(|open| row(questionnaire, assessment, localizer, open))
        .collect()
}

/// One action as a row: the texts are the report's (`OpenAction::text` and the like), so the
/// spreadsheet and the report's plan say the same.
fn row(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    open: report::OpenAction,
) -> ActionRow {
    let priority = match open.priority {
        report::Priority::High => Priority::High,
        report::Priority::Medium => Priority::Medium,
        report::Priority::Low => Priority::Low,
    };
    let action = open.text(questionnaire, assessment, localizer);
    let owner = open.owner_text(questionnaire, assessment, localizer);
    let source = open.source_text(questionnaire, assessment, localizer);
    let note = |key: &str| {
        assessment
            .answer(key)
            .map(|a| a.note.trim().to_owned())
            .unwrap_or_default()
    };
    let (kind, source, note, id) = match open.source {
        // A measure the finding covers has no row of its own: the finding's row carries
        // the notes of the answers it rests on, so none is lost.
        ActionSource::Finding { id, reasons, .. } => (
            SourceKind::Finding,
            localizer.message(&Message::new("plan-source-finding").with("title", source)),
            reasons
                .iter()
                .map(|key| note(key))
                .filter(|note| !note.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            id,
        ),
        ActionSource::Measure { question, .. } => {
            (SourceKind::Measure, source, note(&question), question)
        }
        ActionSource::Risk { group, item } => {
            let measures = questionnaire
                .risk_matrix
                .as_ref()
                .and_then(|spec| spec.measures.as_deref())
                .map(|m| note(&member_key(&group, &item, m)))
                .unwrap_or_default();
            (SourceKind::Risk, source, measures, item_key(&group, &item))
        }
    };
    ActionRow {
        priority,
        kind,
        action,
        owner,
        due: open.due,
        source,
        note,
        id,
    }
}
