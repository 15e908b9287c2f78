//! The report's first page: what a nämnd needs to decide, standing alone. What it shows is
//! the questionnaire's `report` layout; a questionnaire without one gets the status, the
//! risk matrix and the High findings.

use crate::assessment::Value;
use crate::commands::progress;
use crate::i18n::Message;
use crate::questionnaire::Severity;
use crate::rules::{Condition, Truth, fired_findings};

use super::Report;
use super::actions_list::label;
use super::markdown::{cell, escape};

impl Report<'_> {
    pub(super) fn first_page(&mut self) {
        let heading = self.t("report-summary");
        self.heading(2, &heading);
        self.status();
        let layout = self.questionnaire.report.clone().unwrap_or_default();
        self.facts(&layout.service);
        if self.facts_shown(&layout.decision) {
            let heading = self.t("report-decision-heading");
            self.heading(3, &heading);
            self.facts(&layout.decision);
        }
        if self.facts_shown(&layout.dpia) {
            let heading = self.t("report-dpia-heading");
            self.heading(3, &heading);
            self.facts(&layout.dpia);
        }
        self.classification(&layout.classification);
        self.risk_matrix();
        self.high_findings();
        self.quotes(&layout.quotes);
    }

    /// How far the assessment has come and what it found, in one paragraph.
    fn status(&mut self) {
        let progress = progress(self.questionnaire, self.assessment);
        let fired = fired_findings(self.questionnaire, &self.assessment.answers);
        let count = |severity| {
            fired
                .iter()
                .filter(|f| f.finding.severity == severity)
                .count()
        };
        let text = [
            self.m(Message::new("report-progress")
                .with("answered", progress.answered)
                .with("visible", progress.visible)),
            self.m(Message::new("report-finding-counts")
                .with("high", count(Severity::High))
                .with("warning", count(Severity::Warning))
                .with("info", count(Severity::Info))),
        ]
        .join(" ");
        self.line(&text);
        self.line("");
    }

    /// Whether any of the ids is asked now (a fact of a hidden section is left out).
    fn facts_shown(&self, ids: &[String]) -> bool {
        ids.iter().any(|id| self.fact(id).is_some())
    }

    /// One fact as (label, value): a question asked now, or a named condition.
    fn fact(&self, id: &str) -> Option<(String, String)> {
        if let Some(question) = self.questionnaire.question(id) {
            if !self.active.is_visible(id) {
                return None;
            }
            let value = match self.assessment.answer(id).and_then(|a| a.value.as_ref()) {
                Some(value) => escape(&self.localizer.value_text(question, value)),
                None if question.required => self.t("report-unanswered"),
                None => self.t("report-not-yet"),
            };
            return Some((label(self.localizer, question), value));
        }
        self.questionnaire.conditions.get(id)?;
        let verdict = self.active.evaluate(&Condition::Named(id.to_owned()));
        let value = match verdict.truth {
            Truth::True => {
                let reasons: Vec<String> = verdict
                    .keys
                    .iter()
                    .filter_map(|key| self.questionnaire.question_for_key(key))
                    .map(|q| label(self.localizer, q))
                    .collect();
                self.m(Message::new("report-condition-holds")
                    .with("count", reasons.len())
                    .with("reasons", reasons.join(", ")))
            }
            Truth::False => self.t("answer-no"),
            Truth::Undetermined => self.t("report-undetermined"),
        };
        Some((self.t(&format!("condition-{id}")), value))
    }

    fn facts(&mut self, ids: &[String]) {
        let facts: Vec<(String, String)> = ids.iter().filter_map(|id| self.fact(id)).collect();
        for (label, value) in &facts {
            self.line(&format!("- **{label}:** {value}"));
        }
        if !facts.is_empty() {
            self.line("");
        }
    }

    /// The service's level per aspect, with the items that give it.
    fn classification(&mut self, ids: &[String]) {
        let rows: Vec<String> = ids
            .iter()
            .filter_map(|id| self.questionnaire.derived_value(id))
            .filter(|d| self.active.is_visible(d.value.group()))
            .map(|derived| {
                let value = self.active.derived(derived);
                let message = format!("derived-{}", derived.id);
                let label = self
                    .localizer
                    .attribute(&message, "label")
                    .unwrap_or_else(|| self.t(&message));
                let level = match value.value {
                    Some(level) => self.level_text(derived, level),
                    None => self.t("report-unanswered"),
                };
                let items: Vec<String> = value
                    .keys
                    .iter()
                    .filter_map(|key| crate::items::AnswerKey::parse(key)?.item())
                    .map(|(g, item)| {
                        self.assessment
                            .item_name(g, item)
                            .unwrap_or(item)
                            .to_owned()
                    })
                    .collect();
                format!("| {label} | {level} | {} |", cell(&items.join(", ")))
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        let heading = self.t("report-classification-heading");
        self.heading(3, &heading);
        let header = format!(
            "| {} | {} | {} |",
            self.t("report-col-aspect"),
            self.t("report-col-level"),
            self.t("report-col-given-by")
        );
        self.line(&header);
        self.line("| --- | --- | --- |");
        for row in rows {
            self.line(&row);
        }
    }

    /// A derived maximum's level as its question's labels read it ("3 allvarlig").
    fn level_text(&self, derived: &crate::questionnaire::Derived, level: i64) -> String {
        let question = match &derived.value {
            crate::questionnaire::Aggregate::Max(_, question) => {
                self.questionnaire.question(question)
            }
            crate::questionnaire::Aggregate::Count(_) => None,
        };
        match (question, u8::try_from(level)) {
            (Some(question), Ok(level)) => {
                escape(&self.localizer.value_text(question, &Value::Level(level)))
            }
            _ => level.to_string(),
        }
    }

    /// The High findings by title: the reasons follow in the findings section.
    fn high_findings(&mut self) {
        let fired = fired_findings(self.questionnaire, &self.assessment.answers);
        let titles: Vec<String> = fired
            .iter()
            .filter(|f| f.finding.severity == Severity::High)
            .map(|f| self.localizer.finding_title(f.finding))
            .collect();
        let heading = self.t("report-high-findings");
        self.heading(3, &heading);
        if titles.is_empty() {
            let none = self.t("report-no-high-findings");
            self.line(&none);
            return;
        }
        for title in titles {
            self.line(&format!("- {title}"));
        }
    }

    /// Text answers in the group's own words, each under its label, as a quotation.
    fn quotes(&mut self, ids: &[String]) {
        for id in ids {
            let Some(question) = self.questionnaire.question(id) else {
                continue;
            };
            if !self.active.is_visible(id) {
                continue;
            }
            let heading = label(self.localizer, question);
            self.heading(3, &heading);
            match self.assessment.answer(id).and_then(|a| a.value.as_ref()) {
                Some(Value::Text(text)) => {
                    for (i, paragraph) in text.split("\n\n").enumerate() {
                        if i > 0 {
                            self.line(">");
                        }
                        self.line(&format!("> {}", escape(paragraph.trim())));
                    }
                }
                Some(value) => {
                    let text = escape(&self.localizer.value_text(question, value));
                    self.line(&text);
                }
                None => {
                    let none = self.t("report-not-documented");
                    self.line(&none);
                }
            }
        }
    }
}
