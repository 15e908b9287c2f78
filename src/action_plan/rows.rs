//! The action plan's rows: the open actions the report's plan lists (one function decides
//! which, `report::open_actions`), with their texts in the reader's language and the columns a
//! spreadsheet needs.

use crate::assessment::{Assessment, Value};
use crate::i18n::{Localizer, Message};
use crate::items::{item_key, member_key};
use crate::questionnaire::Questionnaire;
use crate::report::{self, ActionSource};
use crate::rules::{ActiveAnswers, fired_findings};

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
    let active = ActiveAnswers::new(questionnaire, &assessment.answers);
    let fired = fired_findings(questionnaire, &assessment.answers);
    // A finding's row carries the notes of the answers it rests on: a measure the finding
    // covers has no row of its own, and its note must not be lost.
    let notes = |id: &str| -> String {
        fired
            .iter()
            .find(|f| f.finding.id == id)
            .map(|f| {
                f.reasons
                    .iter()
                    .filter_map(|key| assessment.answer(key))
                    .map(|a| a.note.trim())
                    .filter(|note| !note.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .unwrap_or_default()
    };
    report::open_actions(questionnaire, assessment)
        .into_iter()
        .filter_map(|open| row(questionnaire, assessment, localizer, &active, open, &notes))
        .collect()
}

fn row(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    active: &ActiveAnswers<'_>,
    open: report::OpenAction,
    finding_notes: &dyn Fn(&str) -> String,
) -> Option<ActionRow> {
    let priority = match open.priority {
        report::Priority::High => Priority::High,
        report::Priority::Medium => Priority::Medium,
        report::Priority::Low => Priority::Low,
    };
    let note = |key: &str| {
        assessment
            .answer(key)
            .map(|a| a.note.clone())
            .unwrap_or_default()
    };
    Some(match open.source {
        ActionSource::Finding { id, .. } => {
            let finding = questionnaire.findings.iter().find(|f| f.id == id)?;
            let title = localizer.finding_title(finding);
            ActionRow {
                priority,
                kind: SourceKind::Finding,
                action: localizer
                    .finding_action(finding)
                    .unwrap_or_else(|| title.clone()),
                owner: open.owner,
                due: open.due,
                source: localizer
                    .message(&Message::new("plan-source-finding").with("title", title)),
                note: finding_notes(&id),
                id,
            }
        }
        ActionSource::Measure { question, value } => {
            let measure = questionnaire.question(&question)?;
            let source = Message::new("plan-source-measure")
                .with("measure", localizer.question_text(measure))
                .with("fulfilment", localizer.value_text(measure, &value));
            ActionRow {
                priority,
                kind: SourceKind::Measure,
                action: localizer
                    .question_requirement(measure)
                    .unwrap_or_else(|| localizer.question_text(measure)),
                owner: open.owner,
                due: open.due,
                source: localizer.message(&source),
                note: note(&question),
                id: question,
            }
        }
        ActionSource::Risk { group, item } => {
            let spec = questionnaire.risk_matrix.as_ref()?;
            let measures_key = member_key(&group, &item, spec.measures.as_deref()?);
            let Some(Value::Text(measures)) = active.value(&measures_key) else {
                return None;
            };
            let owner = spec
                .owner
                .as_deref()
                .and_then(|id| {
                    let question = questionnaire.question(id)?;
                    let value = active.value(&member_key(&group, &item, id))?;
                    Some(localizer.value_text(question, value))
                })
                .unwrap_or_default();
            let name = assessment
                .item_name(&group, &item)
                .filter(|name| !name.trim().is_empty())
                .unwrap_or(&item)
                .to_owned();
            ActionRow {
                priority,
                kind: SourceKind::Risk,
                action: measures.clone(),
                owner,
                due: open.due,
                source: localizer.message(&Message::new("plan-source-risk").with("risk", name)),
                note: note(&measures_key),
                id: item_key(&group, &item),
            }
        }
    })
}
