//! The sources of a questionnaire with a reference catalogue: each listed once, in the
//! catalogue's order, with its full title, number, date and link; an answer cites them by
//! their short names. Only the sources of questions asked, and of options chosen, are
//! listed, so the report names no statute the assessment did not select.

use std::collections::BTreeSet;

use crate::assessment::Value;
use crate::questionnaire::Question;

use super::Report;

impl Report<'_> {
    /// Whether the questionnaire cites through a catalogue rather than `.ref` texts.
    pub(super) fn has_catalogue(&self) -> bool {
        !self.questionnaire.references.is_empty()
    }

    /// The catalogue ids an answer cites: its question's, and those of the options chosen.
    pub(super) fn cited_by<'q>(&'q self, question: &'q Question, key: &str) -> Vec<&'q str> {
        let mut ids: Vec<&str> = question.refs.iter().map(String::as_str).collect();
        let chosen: Vec<&str> = match self.active.value(key) {
            Some(Value::Choice(option)) => vec![option.as_str()],
            Some(Value::Multi(options)) => options.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        for option in chosen {
            ids.extend(
                question
                    .option_refs
                    .get(option)
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            );
        }
        ids
    }

    /// "GDPR, OSL": the short names of the sources an answer cites, in catalogue order.
    pub(super) fn citation(&self, question: &Question, key: &str) -> Option<String> {
        let cited: BTreeSet<&str> = self.cited_by(question, key).into_iter().collect();
        let names: Vec<String> = self
            .questionnaire
            .references
            .iter()
            .filter(|r| cited.contains(r.id.as_str()))
            .map(|r| self.short_name(&r.id))
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    }

    fn short_name(&self, id: &str) -> String {
        let message = format!("source-{id}");
        self.localizer
            .attribute(&message, "short")
            .unwrap_or_else(|| self.t(&message))
    }

    /// Every source cited by an answer asked for, once, in the catalogue's order.
    pub(super) fn catalogue(&mut self) {
        let mut cited: BTreeSet<String> = BTreeSet::new();
        for key in self.active.asked() {
            if let Some(question) = self.questionnaire.question_for_key(key) {
                cited.extend(self.cited_by(question, key).into_iter().map(str::to_owned));
            }
        }
        let heading = self.t("report-sources");
        self.heading(2, &heading);
        let lines: Vec<String> = self
            .questionnaire
            .references
            .iter()
            .filter(|r| cited.contains(&r.id))
            .map(|reference| {
                let title = self.t(&format!("source-{}", reference.id));
                let mut line = format!("- **{}:** {title}", self.short_name(&reference.id));
                // A number the title already holds ("prop. 2022/23:97") is not repeated.
                let details: Vec<&str> = [&reference.number, &reference.date]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .filter(|detail| !title.to_lowercase().contains(&detail.to_lowercase()))
                    .collect();
                if !details.is_empty() {
                    line.push_str(&format!(", {}", details.join(", ")));
                }
                line.push('.');
                if let Some(link) = &reference.link {
                    line.push_str(&format!(" <{link}>"));
                }
                line
            })
            .collect();
        for line in lines {
            self.line(&line);
        }
    }
}
