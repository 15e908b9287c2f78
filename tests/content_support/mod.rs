//! Helpers for the content tests of the default questionnaire: assessments built answer by
//! answer (items of repeat groups included), the findings and contradictions they fire with
//! their exact reasons, and what the interview asks. The tables of cases live beside this
//! file so that `content.rs` can check that every finding, contradiction and measure has one.
#![allow(dead_code)]

pub mod contradictions;
pub mod findings_assessment;
pub mod findings_contracts;
pub mod findings_law;
pub mod findings_measures;
pub mod findings_security;
pub mod findings_transfer;
pub mod flows;

use std::collections::BTreeSet;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::items::{AnswerKey, item_key, member_key, slug};
use molnkoll::questionnaire::{Questionnaire, embedded};
use molnkoll::rules::{ActiveAnswers, fired_findings};

pub fn questionnaire() -> Questionnaire {
    embedded().expect("the embedded questionnaire parses")
}

pub fn yes() -> Value {
    Value::Yes
}

pub fn no() -> Value {
    Value::No
}

pub fn unknown() -> Value {
    Value::Unknown
}

pub fn not_applicable() -> Value {
    Value::NotApplicable
}

pub fn choice(option: &str) -> Value {
    Value::Choice(option.to_owned())
}

pub fn multi(options: &[&str]) -> Value {
    Value::Multi(options.iter().map(|o| (*o).to_owned()).collect())
}

pub fn level(n: u8) -> Value {
    Value::Level(n)
}

pub fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

/// Answers by key, in the order given; a later answer to the same key replaces the earlier.
#[derive(Debug, Clone, Default)]
pub struct Answers(pub Vec<(String, Value)>);

/// Answers to plain questions.
pub fn a(pairs: &[(&str, Value)]) -> Answers {
    pairs
        .iter()
        .fold(Answers::default(), |answers, (key, value)| {
            answers.set(key, value.clone())
        })
}

impl Answers {
    pub fn set(mut self, key: &str, value: Value) -> Self {
        self.0.retain(|(existing, _)| existing != key);
        self.0.push((key.to_owned(), value));
        self
    }

    /// Answers to several plain questions at once.
    pub fn with(self, pairs: &[(&str, Value)]) -> Self {
        pairs.iter().fold(self, |answers, (key, value)| {
            answers.set(key, value.clone())
        })
    }

    /// An item of a repeat group, its id made from its name as the interview makes it, with
    /// its answers.
    pub fn item(self, group: &str, name: &str, members: &[(&str, Value)]) -> Self {
        let id = slug(name);
        let named = self.set(&item_key(group, &id), Value::Text(name.to_owned()));
        members.iter().fold(named, |answers, (question, value)| {
            answers.set(&member_key(group, &id, question), value.clone())
        })
    }

    pub fn infoset(self, name: &str, members: &[(&str, Value)]) -> Self {
        self.item("infosets", name, members)
    }

    pub fn recipient(self, name: &str, members: &[(&str, Value)]) -> Self {
        self.item("recipients", name, members)
    }

    pub fn risk(self, name: &str, members: &[(&str, Value)]) -> Self {
        self.item("risks", name, members)
    }
}

/// An assessment with exactly these answers. Fails on a key the questionnaire has no place
/// for or a value its question cannot take, so that a typo cannot make a test pass.
pub fn assess(q: &Questionnaire, answers: &Answers) -> Assessment {
    let mut assessment = Assessment::new(q, "test");
    for (key, value) in &answers.0 {
        let question = q
            .question_for_key(key)
            .unwrap_or_else(|| panic!("no place for the answer {key:?} in the questionnaire"));
        let is_item = matches!(AnswerKey::parse(key), Some(AnswerKey::Item { .. }));
        assert!(
            is_item || question.accepts(value),
            "{key:?} cannot take the answer {value:?}"
        );
        assessment.set_value(key, Some(value.clone()));
    }
    assessment
}

fn sorted(mut keys: Vec<String>) -> Vec<String> {
    keys.sort();
    keys
}

/// The sorted reasons of `finding` if it fires on these answers.
pub fn fired(q: &Questionnaire, answers: &Answers, finding: &str) -> Option<Vec<String>> {
    let assessment = assess(q, answers);
    fired_findings(q, &assessment.answers)
        .into_iter()
        .find(|f| f.finding.id == finding)
        .map(|f| sorted(f.reasons))
}

/// Every finding that fires, with its sorted reasons, in id order.
pub fn all_fired(q: &Questionnaire, answers: &Answers) -> Vec<(String, Vec<String>)> {
    let assessment = assess(q, answers);
    let mut all: Vec<(String, Vec<String>)> = fired_findings(q, &assessment.answers)
        .into_iter()
        .map(|f| (f.finding.id.clone(), sorted(f.reasons)))
        .collect();
    all.sort();
    all
}

/// The sorted reasons of `contradiction` if it holds on these answers.
pub fn contradicted(
    q: &Questionnaire,
    answers: &Answers,
    contradiction: &str,
) -> Option<Vec<String>> {
    let assessment = assess(q, answers);
    let condition = &q
        .contradictions
        .iter()
        .find(|c| c.id == contradiction)
        .unwrap_or_else(|| panic!("no contradiction {contradiction:?}"))
        .when;
    ActiveAnswers::new(q, &assessment.answers)
        .explain(condition)
        .map(sorted)
}

/// The keys of every answer the interview asks for: questions, groups and items' questions.
pub fn asked(q: &Questionnaire, answers: &Answers) -> BTreeSet<String> {
    let assessment = assess(q, answers);
    ActiveAnswers::new(q, &assessment.answers)
        .asked()
        .iter()
        .cloned()
        .collect()
}

pub fn assert_hidden(shown: &BTreeSet<String>, keys: &[&str], context: &str) {
    let wrongly: Vec<&&str> = keys.iter().filter(|key| shown.contains(**key)).collect();
    assert!(wrongly.is_empty(), "{context}: asked {wrongly:?}");
}

pub fn assert_shown(shown: &BTreeSet<String>, keys: &[&str], context: &str) {
    let missing: Vec<&&str> = keys.iter().filter(|key| !shown.contains(**key)).collect();
    assert!(missing.is_empty(), "{context}: not asked {missing:?}");
}

/// The ids of a section's questions.
pub fn section_questions(q: &Questionnaire, section: &str) -> Vec<String> {
    q.sections
        .iter()
        .find(|s| s.id == section)
        .unwrap_or_else(|| panic!("no section {section:?}"))
        .questions
        .iter()
        .map(|question| question.id.clone())
        .collect()
}

/// One finding or contradiction: assessments that make it hold, each with its expected
/// reasons, and close assessments that must not.
pub struct Case {
    pub id: &'static str,
    pub fires: Vec<(Answers, Vec<String>)>,
    pub quiet: Vec<Answers>,
}

pub fn case(id: &'static str) -> Case {
    Case {
        id,
        fires: Vec::new(),
        quiet: Vec::new(),
    }
}

impl Case {
    pub fn fires(mut self, answers: Answers, reasons: &[&str]) -> Self {
        let reasons = sorted(reasons.iter().map(|r| (*r).to_owned()).collect());
        self.fires.push((answers, reasons));
        self
    }

    pub fn quiet(mut self, answers: Answers) -> Self {
        self.quiet.push(answers);
        self
    }
}

/// A yes/no question whose "no" or "unknown yet" is the finding, and "yes" is not.
pub fn no_or_unknown(finding: &'static str, question: &'static str) -> Case {
    no_or_unknown_after(finding, question, Answers::default())
}

/// `no_or_unknown` for a question asked only after `setup`; without it, a "no" is hidden
/// and counts for nothing.
pub fn no_or_unknown_after(finding: &'static str, question: &str, setup: Answers) -> Case {
    let case = case(finding)
        .fires(setup.clone().set(question, no()), &[question])
        .fires(setup.clone().set(question, unknown()), &[question])
        .quiet(setup.clone().set(question, yes()));
    if setup.0.is_empty() {
        case
    } else {
        case.quiet(a(&[(question, no())]))
    }
}

/// Runs a table of finding cases and reports every mismatch at once.
pub fn check_findings(cases: Vec<Case>) {
    let q = questionnaire();
    check(&cases, |answers, id| {
        assert!(
            q.findings.iter().any(|f| f.id == id),
            "no finding {id:?} in the questionnaire"
        );
        fired(&q, answers, id)
    });
}

/// Runs a table of contradiction cases and reports every mismatch at once.
pub fn check_contradictions(cases: Vec<Case>) {
    let q = questionnaire();
    check(&cases, |answers, id| contradicted(&q, answers, id));
}

fn check(cases: &[Case], holds: impl Fn(&Answers, &str) -> Option<Vec<String>>) {
    let mut problems = Vec::new();
    for case in cases {
        assert!(
            !case.fires.is_empty() && !case.quiet.is_empty(),
            "{}: a case needs assessments that fire and that stay quiet",
            case.id
        );
        for (answers, expected) in &case.fires {
            match holds(answers, case.id) {
                Some(reasons) if &reasons == expected => {}
                Some(reasons) => problems.push(format!(
                    "{}: reasons {reasons:?}, expected {expected:?}, on {:?}",
                    case.id, answers.0
                )),
                None => problems.push(format!("{}: does not fire on {:?}", case.id, answers.0)),
            }
        }
        for answers in &case.quiet {
            if let Some(reasons) = holds(answers, case.id) {
                problems.push(format!(
                    "{}: fires (reasons {reasons:?}) but should not, on {:?}",
                    case.id, answers.0
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// Every table of finding cases, for the check that each finding has one.
pub fn all_finding_cases() -> Vec<Case> {
    [
        findings_assessment::cases(),
        findings_law::cases(),
        findings_transfer::cases(),
        findings_measures::cases(),
        findings_security::cases(),
        findings_contracts::cases(),
    ]
    .into_iter()
    .flatten()
    .collect()
}
