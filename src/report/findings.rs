//! The report's findings, action plan and questions for the supplier.

use crate::assessment::{AnswerState, Value};
use crate::questionnaire::{Question, Respondent};
use crate::rules::fired_findings;

use super::Report;
use super::actions_list::open_actions;
use super::markdown::{cell, rule};

impl Report<'_> {
    /// Each finding that fires: why it matters, what to do, and the answers it rests on,
    /// each with its item's name.
    pub(super) fn findings(&mut self) {
        let fired = fired_findings(self.questionnaire, &self.assessment.answers);
        let heading = self.t("report-findings");
        self.heading(2, &heading);
        if fired.is_empty() {
            let none = self.t("report-no-findings");
            self.line(&none);
            return;
        }
        for fired in fired {
            let finding = fired.finding;
            let title = format!(
                "{}: {}",
                self.severity_label(finding.severity),
                self.localizer.finding_title(finding)
            );
            self.heading(3, &title);
            let reasons: Vec<String> = fired
                .reasons
                .iter()
                .filter(|reason| self.questionnaire.question_for_key(reason).is_some())
                .map(|reason| {
                    let question = self.questionnaire.question_for_key(reason);
                    let answer = question
                        .map(|q| self.answer_text(q, self.assessment.answer(reason)))
                        .unwrap_or_default();
                    format!("{} *{answer}*", self.label(reason))
                })
                .collect();
            if !reasons.is_empty() {
                let label = self.t("report-reasons");
                self.line(&format!("**{label}** {}", reasons.join("; ")));
                self.line("");
            }
            if let Some(action) = self.localizer.finding_action(finding) {
                let label = self.t("report-action");
                self.line(&format!("**{label}** {action}"));
                self.line("");
            }
        }
    }

    /// Every open action in one table: findings, unfulfilled measures and the risks'
    /// measures, with who does it by when.
    pub(super) fn action_plan(&mut self) {
        let actions = open_actions(self.questionnaire, self.assessment);
        let heading = self.t("report-action-plan");
        self.heading(2, &heading);
        if actions.is_empty() {
            let none = self.t("report-no-actions");
            self.line(&none);
            return;
        }
        let header = format!(
            "| # | {} | {} | {} | {} | {} |",
            self.t("report-col-action"),
            self.t("report-col-source"),
            self.t("report-col-priority"),
            self.t("report-col-owner"),
            self.t("report-col-due")
        );
        self.line(&header);
        // Pandoc sizes the columns of a wide table by the dashes under its header.
        self.line(&rule(&[2, 36, 22, 8, 14, 10]));
        let (q, a, l) = (self.questionnaire, self.assessment, self.localizer);
        for (n, action) in actions.iter().enumerate() {
            let row = format!(
                "| {} | {} | {} | {} | {} | {} |",
                n + 1,
                cell(&action.text(q, a, l)),
                cell(&action.source_text(q, a, l)),
                self.t(action.priority.message_id()),
                cell(&action.owner_text(q, a, l)),
                cell(&action.due),
            );
            self.line(&row);
        }
    }

    /// Asked questions open for the supplier: where the questionnaire says who answers,
    /// only the supplier's questions that are not settled; otherwise (a questionnaire of
    /// format 1) those marked "ask the supplier" or answered "unknown yet". Keys, in order.
    pub(super) fn supplier_items(&self) -> Vec<(String, &Question)> {
        let marks_supplier = self
            .questionnaire
            .all_questions()
            .any(|q| q.answered_by == Respondent::Supplier);
        self.active
            .asked()
            .iter()
            .filter_map(|key| Some((key, self.questionnaire.question_for_key(key)?)))
            .filter(|(key, question)| {
                let answer = self.assessment.answer(key);
                let open = answer
                    .and_then(|a| a.value.as_ref())
                    .is_none_or(|v| *v == Value::Unknown);
                let asked = answer.is_some_and(|a| a.state == AnswerState::AskSupplier);
                match marks_supplier {
                    true => question.answered_by == Respondent::Supplier && (open || asked),
                    false => asked || answer.is_some_and(|a| a.value == Some(Value::Unknown)),
                }
            })
            .map(|(key, question)| (key.clone(), question))
            .collect()
    }
}
