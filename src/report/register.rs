//! The report's risk matrix and the measures the classification calls for, with their
//! fulfilment and the requirement to put to the supplier.

use crate::rules::{Grid, Zone};

use super::Report;
use super::markdown::cell;

impl Report<'_> {
    /// Both matrices as tables: consequence from the highest down, likelihood across, each
    /// cell the number of risks and the zone in words (a table says nothing by colour).
    pub(super) fn risk_matrix(&mut self) {
        let questionnaire = self.questionnaire;
        let Some(spec) = &questionnaire.risk_matrix else {
            return;
        };
        if !self.active.is_visible(&spec.group) {
            return;
        }
        let Some(matrices) = self.active.risk_matrices() else {
            return;
        };
        let heading = self.t("report-risk-matrix");
        self.heading(2, &heading);
        if matrices.before.placed() == 0 && matrices.after.placed() == 0 {
            let none = self.t("report-risk-matrix-empty");
            self.line(&none);
            return;
        }
        for (title, grid) in [
            ("report-risk-matrix-before", &matrices.before),
            ("report-risk-matrix-after", &matrices.after),
        ] {
            let title = self.t(title);
            self.heading(3, &title);
            self.grid(grid);
        }
        let unplaced = matrices
            .before
            .unplaced
            .len()
            .max(matrices.after.unplaced.len());
        if unplaced > 0 {
            let text = self
                .m(crate::i18n::Message::new("report-risk-matrix-unplaced")
                    .with("count", unplaced));
            self.line("");
            self.line(&text);
        }
    }

    fn grid(&mut self, grid: &Grid) {
        let corner = self.t("report-risk-matrix-corner");
        let mut header = format!("| {corner} |");
        let mut rule = String::from("| --- |");
        for likelihood in grid.likelihoods.0..=grid.likelihoods.1 {
            header.push_str(&format!(" {likelihood} |"));
            rule.push_str(" --- |");
        }
        self.line(&header);
        self.line(&rule);
        for consequence in (grid.consequences.0..=grid.consequences.1).rev() {
            let mut row = format!("| {consequence} |");
            for likelihood in grid.likelihoods.0..=grid.likelihoods.1 {
                let count = grid.count(likelihood, consequence);
                let zone = self.t(match grid.zone(likelihood, consequence) {
                    Zone::High => "report-zone-high",
                    Zone::Medium => "report-zone-medium",
                    Zone::Low => "report-zone-low",
                });
                row.push_str(&match count {
                    0 => format!(" – ({zone}) |"),
                    n => format!(" **{n}** ({zone}) |"),
                });
            }
            self.line(&row);
        }
    }

    /// The measures asked (a question with a `.requirement` text is one), each with the
    /// group's self-assessment and the requirement as the supplier would read it.
    pub(super) fn requirements(&mut self) {
        let measures: Vec<_> = self
            .questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id))
            .filter_map(|q| Some((q, self.localizer.question_requirement(q)?)))
            .collect();
        if measures.is_empty() {
            return;
        }
        let heading = self.t("report-requirements");
        self.heading(2, &heading);
        let intro = self.t("report-requirements-intro");
        self.line(&intro);
        self.line("");
        let header = format!(
            "| {} | {} | {} |",
            self.t("report-col-measure"),
            self.t("report-col-fulfilment"),
            self.t("report-col-requirement"),
        );
        self.line(&header);
        self.line("| --- | --- | --- |");
        for (question, requirement) in measures {
            let fulfilment = self.answer_text(question, self.assessment.answer(&question.id));
            let row = format!(
                "| {} | {} | {} |",
                cell(&self.localizer.question_text(question)),
                fulfilment.replace('\n', " "),
                cell(&requirement),
            );
            self.line(&row);
        }
    }
}
