//! What still stands between the assessment and a decision: contradictions that hold, and
//! the open questions, each kind in its own list where a reader looks for it.

use crate::assessment::{AnswerState, Value};
use crate::i18n::Message;

use super::{Report, escape};

/// Longer than this, the unanswered questions are counted per section in the main part and
/// listed in the appendix.
const LONG_LIST: usize = 10;

impl Report<'_> {
    /// Answers the questionnaire says cannot all be true, each with the answers involved.
    pub(super) fn contradictions(&mut self) {
        let lines: Vec<String> = self
            .questionnaire
            .contradictions
            .iter()
            .filter_map(|contradiction| {
                let reasons = self.active.explain(&contradiction.when)?;
                let reasons: Vec<String> = reasons
                    .iter()
                    .filter_map(|key| {
                        let question = self.questionnaire.question_for_key(key)?;
                        let answer = self.answer_text(question, self.assessment.answer(key));
                        Some(format!("{} *{answer}*", self.label(key)))
                    })
                    .collect();
                let text = self.t(&format!("contradiction-{}", contradiction.id));
                Some(match reasons.is_empty() {
                    true => format!("- {text}"),
                    false => format!("- {text} ({})", reasons.join("; ")),
                })
            })
            .collect();
        if lines.is_empty() {
            return;
        }
        let heading = self.t("report-contradictions");
        self.heading(2, &heading);
        let intro = self.t("report-contradictions-intro");
        self.line(&intro);
        self.line("");
        for line in lines {
            self.line(&line);
        }
    }

    /// The open questions: disputed, to follow up, unknown yet, to confirm again after the
    /// questionnaire changed them, for the supplier, and unanswered.
    pub(super) fn open_questions(&mut self) {
        let heading = self.t("report-open-heading");
        self.heading(2, &heading);
        let supplier: Vec<String> = self
            .supplier_items()
            .into_iter()
            .map(|(key, _)| key)
            .collect();
        let mut lists: Vec<(&'static str, Vec<String>)> = Vec::new();
        let asked: Vec<String> = self.active.asked().to_vec();
        let with_state = |state: AnswerState| -> Vec<String> {
            asked
                .iter()
                .filter(|key| {
                    self.assessment.answer(key).is_some_and(|a| {
                        a.state == state || (state == AnswerState::Disputed && a.conflict.is_some())
                    })
                })
                .cloned()
                .collect()
        };
        lists.push(("report-disputed-heading", with_state(AnswerState::Disputed)));
        lists.push((
            "report-follow-up-heading",
            with_state(AnswerState::FollowUp),
        ));
        let unknown: Vec<String> = asked
            .iter()
            .filter(|key| self.active.value(key) == Some(&Value::Unknown))
            .filter(|key| !supplier.contains(key))
            .cloned()
            .collect();
        lists.push(("report-unknown-heading", unknown));
        let reconfirm: Vec<String> = asked
            .iter()
            .filter(|key| {
                let question = self.questionnaire.question_for_key(key);
                let answer = self.assessment.answer(key);
                matches!((question, answer), (Some(q), Some(a)) if a.needs_reconfirmation(q))
            })
            .cloned()
            .collect();
        lists.push(("report-reconfirm-heading", reconfirm));
        lists.push(("report-open-supplier", supplier.clone()));
        let unanswered = self.unanswered_keys(&supplier);
        lists.push(("report-open-unanswered", unanswered));
        if lists.iter().all(|(_, keys)| keys.is_empty()) {
            let none = self.t("report-no-open-questions");
            self.line(&none);
            return;
        }
        for (heading, keys) in lists {
            if keys.is_empty() {
                continue;
            }
            let long = heading == "report-open-unanswered" && keys.len() > LONG_LIST;
            let heading = self.m(Message::new(heading).with("count", keys.len()));
            self.heading(3, &heading);
            let lines: Vec<String> = match long {
                true => self.per_section(&keys),
                false => keys.iter().map(|key| self.open_line(key)).collect(),
            };
            for line in lines {
                self.line(&line);
            }
        }
    }

    /// Required questions asked and not answered, the supplier's left out (they have their
    /// own list).
    fn unanswered_keys(&self, supplier: &[String]) -> Vec<String> {
        self.active
            .asked()
            .iter()
            .filter(|key| {
                self.questionnaire
                    .question_for_key(key)
                    .is_some_and(|q| q.required)
                    && !self.active.is_given(key)
            })
            .filter(|key| !supplier.contains(key))
            .cloned()
            .collect()
    }

    /// A long list of unanswered questions counted per section, the list itself in the
    /// appendix: an assessment half-way should not bury its first pages.
    fn per_section(&self, keys: &[String]) -> Vec<String> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for key in keys {
            let id = crate::items::AnswerKey::parse(key).map_or(key.as_str(), |k| k.question());
            let Some(section) = self.questionnaire.section_of(id) else {
                continue;
            };
            let title = self.localizer.section_title(section);
            match counts.last_mut() {
                Some((last, n)) if *last == title => *n += 1,
                _ => counts.push((title, 1)),
            }
        }
        let mut lines: Vec<String> = counts
            .into_iter()
            .map(|(title, count)| format!("- {title}: {count}"))
            .collect();
        lines.push(String::new());
        lines.push(self.t("report-unanswered-in-appendix"));
        lines
    }

    /// The full list of unanswered questions, when the main part only counts them.
    pub(super) fn unanswered_list(&mut self) {
        let supplier: Vec<String> = self
            .supplier_items()
            .into_iter()
            .map(|(key, _)| key)
            .collect();
        let keys = self.unanswered_keys(&supplier);
        if keys.len() <= LONG_LIST {
            return;
        }
        let heading = self.t("report-appendix-unanswered");
        self.heading(2, &heading);
        let lines: Vec<String> = keys.iter().map(|key| self.open_line(key)).collect();
        for line in lines {
            self.line(&line);
        }
    }

    /// "- question (note)": the note says what is open about it.
    fn open_line(&self, key: &str) -> String {
        let note = self
            .assessment
            .answer(key)
            .map(|a| a.note.as_str())
            .unwrap_or("");
        match note.trim().is_empty() {
            true => format!("- {}", self.label(key)),
            false => format!("- {} ({})", self.label(key), escape(note.trim())),
        }
    }
}
