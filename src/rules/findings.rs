//! Findings that fire, and findings that would fire if open questions were answered.

use std::collections::BTreeMap;

use crate::assessment::Answer;
use crate::questionnaire::{Finding, Questionnaire};

use super::{ActiveAnswers, Truth};

/// A finding that fires, with the answer keys whose answers made it fire.
#[derive(Debug, Clone, PartialEq)]
pub struct FiredFinding<'q> {
    pub finding: &'q Finding,
    pub reasons: Vec<String>,
}

/// A finding that is not decided yet, with the open questions that could make it fire.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingFinding<'q> {
    pub finding: &'q Finding,
    pub open: Vec<String>,
}

/// The findings that fire, most severe first, then in questionnaire order.
pub fn fired_findings<'q>(
    questionnaire: &'q Questionnaire,
    answers: &BTreeMap<String, Answer>,
) -> Vec<FiredFinding<'q>> {
    let active = ActiveAnswers::new(questionnaire, answers);
    let mut fired: Vec<FiredFinding<'q>> = questionnaire
        .findings
        .iter()
        .filter_map(|finding| {
            active
                .explain(&finding.when)
                .map(|reasons| FiredFinding { finding, reasons })
        })
        .collect();
    // Stable sort keeps questionnaire order within one severity.
    fired.sort_by_key(|fired| std::cmp::Reverse(fired.finding.severity));
    fired
}

/// The findings that are undetermined and hinge on questions that can still be answered,
/// most severe first.
pub fn pending_findings<'q>(
    questionnaire: &'q Questionnaire,
    answers: &BTreeMap<String, Answer>,
) -> Vec<PendingFinding<'q>> {
    let active = ActiveAnswers::new(questionnaire, answers);
    let mut pending: Vec<PendingFinding<'q>> = questionnaire
        .findings
        .iter()
        .filter_map(|finding| {
            let verdict = active.evaluate(&finding.when);
            (verdict.truth == Truth::Undetermined && !verdict.keys.is_empty()).then_some(
                PendingFinding {
                    finding,
                    open: verdict.keys,
                },
            )
        })
        .collect();
    pending.sort_by_key(|p| std::cmp::Reverse(p.finding.severity));
    pending
}
