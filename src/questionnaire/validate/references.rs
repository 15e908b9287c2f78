//! The reference catalogue: well-formed, unique sources, and questions that cite only
//! sources it has.

use std::collections::HashSet;

use crate::i18n::Message;

use super::{Checker, is_valid_id};

impl Checker<'_> {
    pub(super) fn check_references(&mut self, start: usize) {
        let questionnaire = self.questionnaire;
        if questionnaire.references.is_empty()
            && questionnaire
                .all_questions()
                .all(|q| q.refs.is_empty() && q.option_refs.is_empty())
        {
            return;
        }
        let catalogue = self
            .locator
            .reference_after_key("references", "")
            .unwrap_or(start);
        self.needs_format_two(catalogue, "references");
        let mut known = HashSet::new();
        let mut problems = Vec::new();
        for reference in &questionnaire.references {
            let at = self
                .locator
                .reference(&reference.id, catalogue)
                .unwrap_or(catalogue);
            if !is_valid_id(&reference.id) {
                problems.push((
                    at,
                    Message::new("validate-bad-id").with("id", &reference.id),
                ));
            }
            if !known.insert(reference.id.as_str()) {
                problems.push((
                    at,
                    Message::new("validate-duplicate-reference").with("id", &reference.id),
                ));
            }
            if let Some(date) = &reference.date
                && date.parse::<jiff::civil::Date>().is_err()
            {
                let at = self.locator.reference(date, at).unwrap_or(at);
                problems.push((at, Message::new("validate-bad-date").with("value", date)));
            }
            if let Some(link) = &reference.link
                && !(link.starts_with("https://") || link.starts_with("http://"))
            {
                let at = self.locator.reference(link, at).unwrap_or(at);
                problems.push((at, Message::new("validate-bad-link").with("link", link)));
            }
        }
        for question in questionnaire.all_questions() {
            let from = self
                .declared
                .get(question.id.as_str())
                .copied()
                .unwrap_or(start);
            let cited = question
                .refs
                .iter()
                .chain(question.option_refs.values().flatten());
            for id in cited {
                if !known.contains(id.as_str()) {
                    let at = self.locator.reference(id, from).unwrap_or(from);
                    problems.push((
                        at,
                        Message::new("validate-unknown-reference")
                            .with("question", &question.id)
                            .with("id", id),
                    ));
                }
            }
            for option in question.option_refs.keys() {
                if !question.kind.options().contains(option) {
                    let at = self.locator.reference(option, from).unwrap_or(from);
                    problems.push((
                        at,
                        Message::new("validate-unknown-option")
                            .with("question", &question.id)
                            .with("option", option),
                    ));
                }
            }
        }
        for (at, message) in problems {
            self.problem(at, message);
        }
    }
}
