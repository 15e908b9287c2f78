//! The report's risk matrix and the measures the classification calls for, with their
//! fulfilment and the requirement to put to the supplier.

use crate::questionnaire::Question;
use crate::rules::{Grid, Zone};

use super::Report;
use super::actions_list::label;
use super::markdown::{cell, rule};

impl<'a> Report<'a> {
    /// The matrices as a table: consequence from the highest down, likelihood across, each
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
        self.heading(3, &heading);
        if matrices.before.placed() == 0 && matrices.after.placed() == 0 {
            let none = self.t("report-risk-matrix-empty");
            self.line(&none);
            return;
        }
        let intro = self.t("report-risk-matrix-intro");
        self.line(&intro);
        self.line("");
        self.grid(&matrices.before, &matrices.after);
        self.line("");
        // A risk without levels before measures is in neither matrix; one assessed before
        // but not yet after is only in the first.
        let before = matrices.before.unplaced.len();
        let after_only = matrices.after.unplaced.len().saturating_sub(before);
        for (id, count) in [
            ("report-risk-matrix-unplaced", before),
            ("report-risk-matrix-after-missing", after_only),
        ] {
            if count > 0 {
                let text = self.m(crate::i18n::Message::new(id).with("count", count));
                self.line(&text);
                self.line("");
            }
        }
    }

    /// One table for both matrices, which share their scales: each cell the number of
    /// risks before and after measures ("2 → 1"), so the first page holds it.
    fn grid(&mut self, before: &Grid, after: &Grid) {
        let corner = self.t("report-risk-matrix-corner");
        let mut header = format!("| {corner} |");
        let mut rule = String::from("| --- |");
        for likelihood in before.likelihoods.0..=before.likelihoods.1 {
            header.push_str(&format!(" {likelihood} |"));
            rule.push_str(" --- |");
        }
        self.line(&header);
        self.line(&rule);
        for consequence in (before.consequences.0..=before.consequences.1).rev() {
            let mut row = format!("| {consequence} |");
            for likelihood in before.likelihoods.0..=before.likelihoods.1 {
                let zone = self.t(match before.zone(likelihood, consequence) {
                    Zone::High => "report-zone-high",
                    Zone::Medium => "report-zone-medium",
                    Zone::Low => "report-zone-low",
                });
                let count = |grid: &Grid| match grid.count(likelihood, consequence) {
                    0 => "–".to_owned(),
                    n => format!("**{n}**"),
                };
                row.push_str(&match (
                    before.count(likelihood, consequence),
                    after.count(likelihood, consequence),
                ) {
                    (0, 0) => format!(" ({zone}) |"),
                    _ => format!(" {} → {} ({zone}) |", count(before), count(after)),
                });
            }
            self.line(&row);
        }
    }

    /// The measures asked (a question with a `.requirement` text is one).
    fn measures(&self) -> Vec<(&'a Question, String)> {
        let questionnaire: &'a crate::questionnaire::Questionnaire = self.questionnaire;
        questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id))
            .filter_map(|q| Some((q, self.localizer.question_requirement(q)?)))
            .collect()
    }

    /// Each measure with the group's self-assessment and its note: short, for the main part.
    pub(super) fn requirements(&mut self) {
        let measures = self.measures();
        if measures.is_empty() {
            return;
        }
        let heading = self.t("report-requirements");
        self.heading(2, &heading);
        let intro = self.t("report-requirements-short-intro");
        self.line(&intro);
        self.line("");
        let header = format!(
            "| {} | {} | {} |",
            self.t("report-col-measure"),
            self.t("report-col-fulfilment"),
            self.t("report-col-note"),
        );
        self.line(&header);
        self.line(&rule(&[26, 16, 58]));
        for (question, _) in measures {
            let answer = self.assessment.answer(&question.id);
            let fulfilment = self.answer_text(question, answer);
            let row = format!(
                "| {} | {} | {} |",
                cell(&label(self.localizer, question)),
                fulfilment.replace('\n', " "),
                cell(answer.map_or("", |a| a.note.as_str())),
            );
            self.line(&row);
        }
    }

    /// Every measure worded as a requirement on the supplier, for a procurement.
    pub(super) fn requirement_texts(&mut self) {
        let measures = self.measures();
        if measures.is_empty() {
            return;
        }
        let heading = self.t("report-appendix-requirements");
        self.heading(2, &heading);
        for (question, requirement) in measures {
            let line = format!("- **{}:** {requirement}", label(self.localizer, question));
            self.line(&line);
        }
    }
}
