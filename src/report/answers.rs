//! The report's answers section by section, open items, orphans and references.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::assessment::{Answer, AnswerState};
use crate::questionnaire::Question;

use super::{Report, escape};

impl Report<'_> {
    pub(super) fn sections(&mut self) {
        let heading = self.t("report-answers");
        self.heading(2, &heading);
        for (s, section) in self.questionnaire.sections.iter().enumerate() {
            let title = format!("{} {}", s + 1, self.localizer.section_title(section));
            self.heading(3, &title);
            let mut number = 0;
            for question in &section.questions {
                if !self.active.is_visible(&question.id) {
                    continue;
                }
                number += 1;
                let answer = self.assessment.answer(&question.id);
                self.question_block(&format!("{}.{number}", s + 1), question, answer);
            }
        }
    }

    pub(super) fn question_block(
        &mut self,
        number: &str,
        question: &Question,
        answer: Option<&Answer>,
    ) {
        let text = self.localizer.question_text(question);
        self.line(&format!("**{number} {text}**"));
        self.line("");
        let mut items = vec![(self.t("report-answer"), self.answer_text(question, answer))];
        if let Some(answer) = answer {
            if !answer.state.is_settled() {
                items.push((
                    self.t("report-state"),
                    self.localizer.state_label(answer.state),
                ));
            }
            if !answer.note.is_empty() {
                items.push((self.t("report-note"), escape(&answer.note)));
            }
        }
        if let Some(reference) = self.localizer.question_ref(question) {
            items.push((self.t("report-reference"), reference));
        }
        for (label, value) in items {
            self.line(&format!("- *{label}:* {value}"));
        }
        self.line("");
    }

    pub(super) fn open_items(&mut self) {
        let unanswered: Vec<String> = self
            .questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id) && q.required)
            .filter(|q| self.assessment.value(&q.id).is_none())
            .map(|q| format!("- {}", self.localizer.question_text(q)))
            .collect();
        let heading = self.t("report-unanswered-heading");
        self.heading(2, &heading);
        if unanswered.is_empty() {
            let none = self.t("report-none");
            self.line(&none);
        }
        for line in unanswered {
            self.line(&line);
        }
        let flagged: Vec<String> = self
            .questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id))
            .filter_map(|q| {
                let answer = self.assessment.answer(&q.id)?;
                matches!(answer.state, AnswerState::Disputed | AnswerState::FollowUp).then(|| {
                    format!(
                        "- {} ({})",
                        self.localizer.question_text(q),
                        self.localizer.state_label(answer.state)
                    )
                })
            })
            .collect();
        let heading = self.t("report-flagged-heading");
        self.heading(2, &heading);
        if flagged.is_empty() {
            let none = self.t("report-none");
            self.line(&none);
        }
        for line in flagged {
            self.line(&line);
        }
    }

    pub(super) fn orphans(&mut self) {
        let orphans: Vec<String> = self
            .assessment
            .orphans(self.questionnaire)
            .map(|(id, answer)| {
                let value = answer
                    .value
                    .as_ref()
                    .map(crate::commands::value_keyword)
                    .unwrap_or_default();
                let mut line = format!("- `{id}`: {}", escape(&value));
                if !answer.note.is_empty() {
                    let _ = write!(line, " ({})", escape(&answer.note));
                }
                line
            })
            .collect();
        if orphans.is_empty() {
            return;
        }
        let heading = self.t("report-orphans-heading");
        self.heading(2, &heading);
        let explanation = self.t("report-orphans-explanation");
        self.line(&explanation);
        self.line("");
        for line in orphans {
            self.line(&line);
        }
    }

    pub(super) fn references(&mut self) {
        let references: BTreeSet<String> = self
            .questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id))
            .filter_map(|q| self.localizer.question_ref(q))
            .flat_map(|r| {
                r.split(" · ")
                    .map(str::trim)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|r| !r.is_empty())
            .collect();
        let heading = self.t("report-references");
        self.heading(2, &heading);
        for reference in references {
            self.line(&format!("- {reference}"));
        }
    }
}
