//! Semantic diff of two assessments: what changed, question by question, and which findings
//! appeared or went away. Meant for the yearly re-assessment.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::assessment::{Answer, Assessment};
use crate::i18n::{Localizer, Message};
use crate::questionnaire::Questionnaire;
use crate::rules::fired_findings;

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Added(Answer),
    Removed(Answer),
    Changed { old: Answer, new: Answer },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Diff {
    pub title: Option<(String, String)>,
    /// By question id, in questionnaire order, then answers the questionnaire lacks.
    pub answers: Vec<(String, Change)>,
    pub findings_appeared: Vec<String>,
    pub findings_gone: Vec<String>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.answers.is_empty()
            && self.findings_appeared.is_empty()
            && self.findings_gone.is_empty()
    }
}

pub fn diff(questionnaire: &Questionnaire, old: &Assessment, new: &Assessment) -> Diff {
    let mut ids: Vec<&String> = questionnaire.questions().map(|q| &q.id).collect();
    let known: BTreeSet<&String> = ids.iter().copied().collect();
    let extra: BTreeSet<&String> = old
        .answers
        .keys()
        .chain(new.answers.keys())
        .filter(|id| !known.contains(id))
        .collect();
    ids.extend(extra);
    let answers = ids
        .into_iter()
        .filter_map(|id| {
            let change = match (old.answers.get(id), new.answers.get(id)) {
                (None, Some(new)) => Change::Added(new.clone()),
                (Some(old), None) => Change::Removed(old.clone()),
                (Some(old), Some(new)) if old != new => Change::Changed {
                    old: old.clone(),
                    new: new.clone(),
                },
                _ => return None,
            };
            Some((id.clone(), change))
        })
        .collect();
    let fired = |a: &Assessment| -> BTreeSet<String> {
        fired_findings(questionnaire, &a.answers)
            .into_iter()
            .map(|f| f.finding.id.clone())
            .collect()
    };
    let (before, after) = (fired(old), fired(new));
    let in_order = |set: &BTreeSet<String>| -> Vec<String> {
        questionnaire
            .findings
            .iter()
            .filter(|f| set.contains(&f.id))
            .map(|f| f.id.clone())
            .collect()
    };
    Diff {
        title: (old.title != new.title).then(|| (old.title.clone(), new.title.clone())),
        answers,
        findings_appeared: in_order(&after.difference(&before).cloned().collect()),
        findings_gone: in_order(&before.difference(&after).cloned().collect()),
    }
}

/// The diff as text for a person, in the localizer's language.
pub fn render(diff: &Diff, questionnaire: &Questionnaire, localizer: &Localizer) -> String {
    let mut out = String::new();
    if diff.is_empty() {
        out.push_str(&localizer.text("diff-none"));
        out.push('\n');
        return out;
    }
    if let Some((old, new)) = &diff.title {
        let _ = writeln!(out, "{}: {old:?} → {new:?}", localizer.text("diff-title"));
    }
    for (id, change) in &diff.answers {
        let question = questionnaire.question_for_key(id);
        let label = question.map_or_else(|| id.clone(), |q| localizer.question_text(q));
        let value = |answer: &Answer| match (&answer.value, question) {
            (Some(value), Some(q)) => localizer.value_text(q, value),
            (Some(value), None) => crate::commands::value_keyword(value),
            (None, _) => localizer.text("diff-no-value"),
        };
        let (mark, old, new) = match change {
            Change::Added(new) => ('+', None, Some(new)),
            Change::Removed(old) => ('-', Some(old), None),
            Change::Changed { old, new } => ('~', Some(old), Some(new)),
        };
        let _ = writeln!(out, "{mark} {label} [{id}]");
        let empty = Answer::default();
        let (o, n) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
        let mut field = |name: &str, before: String, after: String, changed: bool| {
            if changed {
                let text = match (old.is_some(), new.is_some()) {
                    (true, true) => format!("{before} → {after}"),
                    (false, _) => after,
                    (_, false) => before,
                };
                let _ = writeln!(out, "    {}: {text}", localizer.text(name));
            }
        };
        field("diff-answer", value(o), value(n), o.value != n.value);
        field(
            "diff-state",
            localizer.state_label(o.state),
            localizer.state_label(n.state),
            o.state != n.state,
        );
        field(
            "diff-note",
            format!("{:?}", o.note),
            format!("{:?}", n.note),
            o.note != n.note,
        );
    }
    let mut findings = |id: &'static str, list: &[String], mark: char| {
        if list.is_empty() {
            return;
        }
        let _ = writeln!(out, "{}", localizer.message(&Message::new(id)));
        for finding_id in list {
            if let Some(finding) = questionnaire.findings.iter().find(|f| &f.id == finding_id) {
                let _ = writeln!(out, "  {mark} {}", localizer.finding_title(finding));
            }
        }
    };
    findings("diff-findings-appeared", &diff.findings_appeared, '+');
    findings("diff-findings-gone", &diff.findings_gone, '-');
    out
}
