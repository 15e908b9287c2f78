//! The report's findings, action plan and questions for the supplier.

use crate::assessment::{AnswerState, Value};
use crate::questionnaire::{Question, Respondent};
use crate::rules::fired_findings;
use std::fmt::Write;

use super::{Report, escape};

impl Report<'_> {
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
            let id = format!("finding-{}", finding.id);
            if let Some(help) = self.localizer.attribute(&id, "help") {
                self.line(&help);
                self.line("");
            }
            if let Some(action) = self.localizer.finding_action(finding) {
                let label = self.t("report-action");
                self.line(&format!("**{label}** {action}"));
                self.line("");
            }
            if !fired.reasons.is_empty() {
                let label = self.t("report-reasons");
                self.line(&format!("**{label}**"));
                self.line("");
                for reason in &fired.reasons {
                    if let Some(question) = self.questionnaire.question_for_key(reason) {
                        let answer = self.answer_text(question, self.assessment.answer(reason));
                        let text = self.label(reason);
                        self.line(&format!("- {text} *{answer}*"));
                    }
                }
            }
        }
    }

    pub(super) fn action_plan(&mut self) {
        let fired = fired_findings(self.questionnaire, &self.assessment.answers);
        let heading = self.t("report-action-plan");
        self.heading(2, &heading);
        if fired.is_empty() {
            let none = self.t("report-no-actions");
            self.line(&none);
            return;
        }
        let header = format!(
            "| # | {} | {} | {} | {} |",
            self.t("report-col-action"),
            self.t("report-col-finding"),
            self.t("report-col-owner"),
            self.t("report-col-due")
        );
        self.line(&header);
        self.line("|---|---|---|---|---|");
        for (n, fired) in fired.iter().enumerate() {
            let finding = fired.finding;
            let plan = self.assessment.actions.get(&finding.id);
            let row = format!(
                "| {} | {} | {} | {} | {} |",
                n + 1,
                self.localizer.finding_action(finding).unwrap_or_default(),
                self.localizer.finding_title(finding),
                plan.map(|p| escape(&p.owner)).unwrap_or_default(),
                plan.map(|p| escape(&p.due)).unwrap_or_default(),
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

    pub(super) fn supplier_questions(&mut self) {
        let heading = self.t("report-supplier");
        self.heading(2, &heading);
        let items = self.supplier_items();
        if items.is_empty() {
            let none = self.t("report-none");
            self.line(&none);
            return;
        }
        let lines: Vec<String> = items
            .iter()
            .map(|(key, _)| {
                let note = self
                    .assessment
                    .answer(key)
                    .map(|a| a.note.as_str())
                    .unwrap_or("");
                let mut line = format!("- {}", self.label(key));
                if !note.is_empty() {
                    let _ = write!(line, " ({})", escape(note));
                }
                line
            })
            .collect();
        for line in lines {
            self.line(&line);
        }
    }
}
