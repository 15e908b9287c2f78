//! What follows from the answers, recomputed after every change: the places answers go,
//! which are asked, the counts per section, the findings that fire or wait, and the
//! derived values.

use crate::rules::{ActiveAnswers, Truth};

use super::{Fired, Interview, Progress};

impl Interview {
    /// Visibility and findings follow from the answers; recomputed after every change.
    pub(super) fn recompute(&mut self) {
        self.rebuild_order();
        let active = ActiveAnswers::new(&self.questionnaire, &self.assessment.answers);
        self.visible = self
            .order
            .iter()
            .map(|slot| active.is_visible(&slot.key))
            .collect();
        self.revision = self.revision.wrapping_add(1);
        let mut shown = 0;
        self.numbers = self
            .visible
            .iter()
            .map(|&visible| {
                shown += usize::from(visible);
                shown
            })
            .collect();
        let mut counts = vec![Progress::default(); self.questionnaire.sections.len()];
        for index in 0..self.order.len() {
            if !self.visible[index] {
                continue;
            }
            let Some((_, question)) = self.question_at(index) else {
                continue;
            };
            let follow_up = question.show_if.is_some();
            let slot = &self.order[index];
            let counts = &mut counts[slot.section];
            counts.visible += 1;
            counts.follow_ups += usize::from(follow_up || slot.item.is_some());
            match self.assessment.value(&slot.key) {
                // A value that does not fit the question is no answer: it is asked again.
                Some(value) if !crate::strict::fits(question, value) => {}
                Some(crate::assessment::Value::Unknown) => counts.unknown += 1,
                Some(crate::assessment::Value::NotApplicable) => counts.not_applicable += 1,
                Some(_) => counts.answered += 1,
                None if active.is_given(&slot.key) => counts.answered += 1,
                None => {}
            }
        }
        self.section_counts = counts;
        let mut fired = Vec::new();
        let mut pending = Vec::new();
        for (index, finding) in self.questionnaire.findings.iter().enumerate() {
            let verdict = active.evaluate(&finding.when);
            let found = Fired {
                finding: index,
                reasons: verdict.keys,
            };
            match verdict.truth {
                Truth::True => fired.push(found),
                Truth::Undetermined if !found.reasons.is_empty() => pending.push(found),
                _ => {}
            }
        }
        let severity =
            |f: &Fired| std::cmp::Reverse(self.questionnaire.findings[f.finding].severity);
        fired.sort_by_key(severity);
        pending.sort_by_key(severity);
        self.fired = fired;
        self.pending = pending;
        self.derived = self
            .questionnaire
            .derived
            .iter()
            .map(|derived| active.derived(derived))
            .collect();
    }
}
