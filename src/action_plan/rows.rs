//! Which actions are open, read from the answers. The report lists the same actions; until
//! the report offers one function for both, this is the action plan's own.

use crate::assessment::{Assessment, Value};
use crate::i18n::{Localizer, Message};
use crate::items::{item_key, member_key};
use crate::questionnaire::{Questionnaire, Severity};
use crate::rules::{ActiveAnswers, Zone, fired_findings};

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

    fn of_severity(severity: Severity) -> Self {
        match severity {
            Severity::High => Priority::High,
            Severity::Warning => Priority::Medium,
            Severity::Info => Priority::Low,
        }
    }

    fn of_zone(zone: Zone) -> Self {
        match zone {
            Zone::High => Priority::High,
            Zone::Medium => Priority::Medium,
            Zone::Low => Priority::Low,
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

/// The self-assessment options of a measure that leave work to do, and the priority each
/// gives: a measure not in place weighs more than one partly in place.
const OPEN_MEASURE: [(&str, Priority); 2] = [
    ("not-fulfilled", Priority::Medium),
    ("partly", Priority::Low),
];

/// The risk register's questions that hold a risk's measures and its owner. The content
/// names them so; a questionnaire without them has no risk measures to list.
const RISK_MEASURES: &str = "risk-measures";
const RISK_OWNER: &str = "risk-owner";

/// Every open action, most urgent first; within one priority, findings, then measures,
/// then risks, each in questionnaire order.
pub fn open_actions(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
) -> Vec<ActionRow> {
    let active = ActiveAnswers::new(questionnaire, &assessment.answers);
    let mut rows = findings(questionnaire, assessment, localizer);
    rows.extend(measures(questionnaire, assessment, localizer, &active));
    rows.extend(risks(questionnaire, assessment, localizer, &active));
    rows.sort_by_key(|row| std::cmp::Reverse(row.priority));
    rows
}

fn findings(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
) -> Vec<ActionRow> {
    fired_findings(questionnaire, &assessment.answers)
        .into_iter()
        .map(|fired| {
            let finding = fired.finding;
            let title = localizer.finding_title(finding);
            let plan = assessment.actions.get(&finding.id);
            ActionRow {
                priority: Priority::of_severity(finding.severity),
                kind: SourceKind::Finding,
                action: localizer
                    .finding_action(finding)
                    .unwrap_or_else(|| title.clone()),
                owner: plan.map(|p| p.owner.clone()).unwrap_or_default(),
                due: plan.map(|p| p.due.clone()).unwrap_or_default(),
                source: localizer
                    .message(&Message::new("plan-source-finding").with("title", title)),
                note: String::new(),
                id: finding.id.clone(),
            }
        })
        .collect()
}

fn measures(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    active: &ActiveAnswers<'_>,
) -> Vec<ActionRow> {
    questionnaire
        .questions()
        .filter_map(|question| {
            let requirement = localizer.question_requirement(question)?;
            let Some(Value::Choice(option)) = active.value(&question.id) else {
                return None;
            };
            let (_, priority) = OPEN_MEASURE.iter().find(|(open, _)| open == option)?;
            let source = Message::new("plan-source-measure")
                .with("measure", localizer.question_text(question))
                .with("fulfilment", localizer.option_label(question, option));
            Some(ActionRow {
                priority: *priority,
                kind: SourceKind::Measure,
                action: requirement,
                owner: String::new(),
                due: String::new(),
                source: localizer.message(&source),
                note: assessment
                    .answer(&question.id)
                    .map(|a| a.note.clone())
                    .unwrap_or_default(),
                id: question.id.clone(),
            })
        })
        .collect()
}

fn risks(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    active: &ActiveAnswers<'_>,
) -> Vec<ActionRow> {
    let Some(spec) = &questionnaire.risk_matrix else {
        return Vec::new();
    };
    let group = spec.group.as_str();
    let (Some(measures_question), owner_question) = (
        questionnaire.question(RISK_MEASURES),
        questionnaire.question(RISK_OWNER),
    ) else {
        return Vec::new();
    };
    let matrices = active.risk_matrices();
    active
        .items(group)
        .iter()
        .filter_map(|&item| {
            let key = member_key(group, item, &measures_question.id);
            let Some(Value::Text(measures)) = active.value(&key) else {
                return None;
            };
            if measures.trim().is_empty() {
                return None;
            }
            // The residual risk decides how urgent its measures are; a risk not yet
            // weighed after measures is judged as it stands before them.
            let level = |q: &str| match active.value(&member_key(group, item, q)) {
                Some(Value::Level(level)) => Some(*level),
                _ => None,
            };
            let zone = matrices.as_ref().and_then(|m| {
                [(&m.after, &spec.after), (&m.before, &spec.before)]
                    .into_iter()
                    .find_map(|(grid, axes)| Some(grid.zone(level(&axes.0)?, level(&axes.1)?)))
            });
            let owner = owner_question
                .and_then(|q| {
                    let value = active.value(&member_key(group, item, &q.id))?;
                    match value {
                        Value::Choice(_) => Some(localizer.value_text(q, value)),
                        _ => None,
                    }
                })
                .unwrap_or_default();
            let name = assessment
                .item_name(group, item)
                .filter(|name| !name.trim().is_empty())
                .unwrap_or(item);
            Some(ActionRow {
                priority: zone.map_or(Priority::Medium, Priority::of_zone),
                kind: SourceKind::Risk,
                action: measures.clone(),
                owner,
                due: String::new(),
                source: localizer
                    .message(&Message::new("plan-source-risk").with("risk", name.to_owned())),
                note: assessment
                    .answer(&key)
                    .map(|a| a.note.clone())
                    .unwrap_or_default(),
                id: item_key(group, item),
            })
        })
        .collect()
}
