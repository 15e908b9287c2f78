//! Conditions (`show_if`) and findings. A finding explains itself: evaluation returns the
//! questions whose answers made it fire.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::assessment::{Answer, Value};
use crate::questionnaire::{Finding, Questionnaire};

/// What an `Is` condition expects of an answer. `Choice` means "is this option" for a single
/// choice and "includes this option" for a multiple choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expect {
    Yes,
    No,
    Unknown,
    Choice(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    Is(String, Expect),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    /// At least n of the conditions hold.
    AtLeast(usize, Vec<Condition>),
    /// The question has a value (any value, "unknown yet" included).
    Answered(String),
    /// A level or number answer is at least the bound.
    LevelAtLeast(String, i64),
    /// A level or number answer is at most the bound.
    LevelAtMost(String, i64),
}

impl Condition {
    /// Every question id the condition names, in order of appearance.
    pub fn question_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        self.collect_ids(&mut ids);
        ids
    }

    fn collect_ids<'a>(&'a self, ids: &mut Vec<&'a str>) {
        match self {
            Condition::Is(id, _)
            | Condition::Answered(id)
            | Condition::LevelAtLeast(id, _)
            | Condition::LevelAtMost(id, _) => ids.push(id),
            Condition::Not(inner) => inner.collect_ids(ids),
            Condition::All(all) | Condition::Any(all) | Condition::AtLeast(_, all) => {
                all.iter().for_each(|c| c.collect_ids(ids))
            }
        }
    }
}

/// Answers as the rules see them: only those to questions that are currently shown. An
/// answer to a hidden question is kept in the file but counts for nothing.
pub struct ActiveAnswers<'a> {
    answers: &'a BTreeMap<String, Answer>,
    visible: HashSet<&'a str>,
}

impl<'a> ActiveAnswers<'a> {
    /// Decides visibility in questionnaire order; validation guarantees that `show_if` only
    /// names earlier questions, so one pass is enough.
    pub fn new(questionnaire: &'a Questionnaire, answers: &'a BTreeMap<String, Answer>) -> Self {
        let mut active = ActiveAnswers {
            answers,
            visible: HashSet::new(),
        };
        for question in questionnaire.questions() {
            let shown = question
                .show_if
                .as_ref()
                .is_none_or(|condition| active.holds(condition));
            if shown {
                active.visible.insert(question.id.as_str());
            }
        }
        active
    }

    pub fn is_visible(&self, question_id: &str) -> bool {
        self.visible.contains(question_id)
    }

    pub fn value(&self, question_id: &str) -> Option<&'a Value> {
        if !self.is_visible(question_id) {
            return None;
        }
        self.answers.get(question_id)?.value.as_ref()
    }

    pub fn holds(&self, condition: &Condition) -> bool {
        self.explain(condition).is_some()
    }

    /// `Some(reasons)` when the condition holds: the ids of the questions whose answers
    /// make it hold (possibly empty, e.g. for `Not(Answered(..))`).
    pub fn explain(&self, condition: &Condition) -> Option<Vec<String>> {
        match condition {
            Condition::Is(id, expect) => self
                .value(id)
                .filter(|value| matches_expect(value, expect))
                .map(|_| vec![id.clone()]),
            Condition::Answered(id) => self.value(id).map(|_| vec![id.clone()]),
            Condition::LevelAtLeast(id, bound) => self
                .value(id)
                .and_then(Value::as_number)
                .filter(|n| n >= bound)
                .map(|_| vec![id.clone()]),
            Condition::LevelAtMost(id, bound) => self
                .value(id)
                .and_then(Value::as_number)
                .filter(|n| n <= bound)
                .map(|_| vec![id.clone()]),
            Condition::Not(inner) => match self.explain(inner) {
                Some(_) => None,
                // The answers that keep the inner condition false are the reason.
                None => Some(
                    inner
                        .question_ids()
                        .into_iter()
                        .filter(|id| self.value(id).is_some())
                        .map(str::to_owned)
                        .collect(),
                ),
            },
            Condition::All(all) => {
                let mut reasons = Vec::new();
                for c in all {
                    reasons.extend(self.explain(c)?);
                }
                Some(dedup(reasons))
            }
            Condition::Any(any) => self.at_least(1, any),
            Condition::AtLeast(n, conditions) => self.at_least(*n, conditions),
        }
    }

    fn at_least(&self, n: usize, conditions: &[Condition]) -> Option<Vec<String>> {
        let mut held = 0;
        let mut reasons = Vec::new();
        for c in conditions {
            if let Some(r) = self.explain(c) {
                held += 1;
                reasons.extend(r);
            }
        }
        (held >= n).then(|| dedup(reasons))
    }
}

fn matches_expect(value: &Value, expect: &Expect) -> bool {
    match (value, expect) {
        (Value::Yes, Expect::Yes) | (Value::No, Expect::No) | (Value::Unknown, Expect::Unknown) => {
            true
        }
        (Value::Choice(chosen), Expect::Choice(wanted)) => chosen == wanted,
        (Value::Multi(chosen), Expect::Choice(wanted)) => chosen.contains(wanted),
        _ => false,
    }
}

fn dedup(ids: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

/// A finding that fires, with the questions whose answers made it fire.
#[derive(Debug, Clone, PartialEq)]
pub struct FiredFinding<'q> {
    pub finding: &'q Finding,
    pub reasons: Vec<String>,
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
