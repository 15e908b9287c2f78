//! The open actions of an assessment, as data: what the report's action plan prints and a
//! spreadsheet of the plan can write. Pure, and in the questionnaire's order within each
//! source, so the same assessment always gives the same list.

use crate::assessment::{Assessment, Value};
use crate::i18n::Localizer;
use crate::items::member_key;
use crate::questionnaire::{Questionnaire, Severity};
use crate::rules::{ActiveAnswers, Zone, fired_findings};

/// How soon an action matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Low,
    Medium,
    High,
}

impl Priority {
    /// The Fluent message id of its label.
    pub fn message_id(self) -> &'static str {
        match self {
            Priority::High => "report-priority-high",
            Priority::Medium => "report-priority-medium",
            Priority::Low => "report-priority-low",
        }
    }
}

/// Where an action comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionSource {
    /// A finding that fires; `id` is the finding's, `reasons` the answer keys it rests on.
    Finding {
        id: String,
        severity: Severity,
        reasons: Vec<String>,
    },
    /// A security measure (a question with a `.requirement` text) answered partly, not
    /// fulfilled or "unknown yet", that no firing finding already rests on.
    Measure { question: String, value: Value },
    /// A risk of the register (the risk matrix's group) with the measures the group plans;
    /// `item` is the risk's item id.
    Risk { group: String, item: String },
}

/// One open action: where it comes from, how soon, and who does it by when as the group
/// wrote it (empty when nobody is named yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenAction {
    pub source: ActionSource,
    pub priority: Priority,
    pub owner: String,
    pub due: String,
}

/// Every open action, most urgent first; within one priority findings, then measures, then
/// risks, each in questionnaire order.
pub fn open_actions(questionnaire: &Questionnaire, assessment: &Assessment) -> Vec<OpenAction> {
    let active = ActiveAnswers::new(questionnaire, &assessment.answers);
    let fired = fired_findings(questionnaire, &assessment.answers);
    let mut actions: Vec<OpenAction> = fired
        .iter()
        .map(|fired| {
            let finding = fired.finding;
            let plan = assessment.actions.get(&finding.id);
            OpenAction {
                source: ActionSource::Finding {
                    id: finding.id.clone(),
                    severity: finding.severity,
                    reasons: fired.reasons.clone(),
                },
                priority: match finding.severity {
                    Severity::High => Priority::High,
                    Severity::Warning => Priority::Medium,
                    Severity::Info => Priority::Low,
                },
                owner: plan.map(|p| p.owner.clone()).unwrap_or_default(),
                due: plan.map(|p| p.due.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let covered = |key: &str| fired.iter().any(|f| f.reasons.iter().any(|r| r == key));
    for question in questionnaire.questions() {
        let is_measure = question.kind.options().iter().any(|o| o == "fulfilled");
        let Some(value) = active.value(&question.id) else {
            continue;
        };
        let open = match value {
            Value::Choice(option) => option != "fulfilled",
            Value::Unknown => true,
            _ => false,
        };
        if is_measure && open && !covered(&question.id) {
            actions.push(OpenAction {
                source: ActionSource::Measure {
                    question: question.id.clone(),
                    value: value.clone(),
                },
                priority: match value {
                    Value::Choice(option) if option == "partly" => Priority::Low,
                    _ => Priority::Medium,
                },
                owner: String::new(),
                due: String::new(),
            });
        }
    }
    if let (Some(spec), Some(matrices)) = (&questionnaire.risk_matrix, active.risk_matrices()) {
        for &item in active.items(&spec.group) {
            let planned = spec
                .measures
                .as_deref()
                .and_then(|m| active.value(&member_key(&spec.group, item, m)))
                .is_some_and(|v| matches!(v, Value::Text(t) if !t.trim().is_empty()));
            if !planned {
                continue;
            }
            let zone = matrices.before.zone_of(item);
            actions.push(OpenAction {
                source: ActionSource::Risk {
                    group: spec.group.clone(),
                    item: item.to_owned(),
                },
                priority: match zone {
                    Some(Zone::High) => Priority::High,
                    Some(Zone::Low) => Priority::Low,
                    _ => Priority::Medium,
                },
                owner: String::new(),
                due: String::new(),
            });
        }
    }
    // Stable: the order above stays within one priority.
    actions.sort_by_key(|a| std::cmp::Reverse(a.priority));
    actions
}

impl OpenAction {
    /// What to do, in the reader's language: a finding's action, a measure's requirement
    /// (else its question), a risk's planned measures.
    pub fn text(
        &self,
        questionnaire: &Questionnaire,
        assessment: &Assessment,
        localizer: &Localizer,
    ) -> String {
        match &self.source {
            ActionSource::Finding { id, .. } => questionnaire
                .findings
                .iter()
                .find(|f| &f.id == id)
                .and_then(|f| localizer.finding_action(f))
                .unwrap_or_default(),
            ActionSource::Measure { question, .. } => questionnaire
                .question(question)
                .map(|q| {
                    localizer
                        .question_requirement(q)
                        .unwrap_or_else(|| localizer.question_text(q))
                })
                .unwrap_or_default(),
            ActionSource::Risk { group, item } => questionnaire
                .risk_matrix
                .as_ref()
                .and_then(|spec| spec.measures.as_deref())
                .and_then(|m| assessment.answer(&member_key(group, item, m)))
                .and_then(|a| match &a.value {
                    Some(Value::Text(text)) => Some(text.clone()),
                    _ => None,
                })
                .unwrap_or_default(),
        }
    }

    /// Where it comes from, in the reader's language: the finding's title, the measure's
    /// label and how it was assessed, the risk's name.
    pub fn source_text(
        &self,
        questionnaire: &Questionnaire,
        assessment: &Assessment,
        localizer: &Localizer,
    ) -> String {
        use crate::i18n::Message;
        match &self.source {
            ActionSource::Finding { id, .. } => questionnaire
                .findings
                .iter()
                .find(|f| &f.id == id)
                .map_or_else(|| id.clone(), |f| localizer.finding_title(f)),
            ActionSource::Measure { question, value } => {
                let Some(q) = questionnaire.question(question) else {
                    return question.clone();
                };
                localizer.message(
                    &Message::new("report-source-measure")
                        .with("measure", label(localizer, q))
                        .with("value", localizer.value_text(q, value)),
                )
            }
            ActionSource::Risk { group, item } => localizer.message(
                &Message::new("report-source-risk")
                    .with("risk", assessment.item_name(group, item).unwrap_or(item)),
            ),
        }
    }

    /// Who does it: the owner the group wrote for a finding; for a risk, the owner the
    /// register names (the risk matrix's `owner` question).
    pub fn owner_text(
        &self,
        questionnaire: &Questionnaire,
        assessment: &Assessment,
        localizer: &Localizer,
    ) -> String {
        match &self.source {
            ActionSource::Risk { group, item } => questionnaire
                .risk_matrix
                .as_ref()
                .and_then(|spec| spec.owner.as_deref())
                .and_then(|owner| {
                    let question = questionnaire.question(owner)?;
                    let value = assessment.answer(&member_key(group, item, owner))?;
                    Some(localizer.value_text(question, value.value.as_ref()?))
                })
                .unwrap_or_default(),
            _ => self.owner.clone(),
        }
    }
}

/// A question's short label (`.label`), else the question itself.
pub fn label(localizer: &Localizer, question: &crate::questionnaire::Question) -> String {
    localizer
        .attribute(&question.id, "label")
        .unwrap_or_else(|| localizer.question_text(question))
}
