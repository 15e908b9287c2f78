//! The report's answers section by section, open items, orphans and references.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::assessment::Answer;
use crate::i18n::Message;
use crate::questionnaire::Question;

use super::{Report, escape};

impl Report<'_> {
    /// Every answer and note, section by section; a section not asked is left out, and the
    /// sections keep their numbers so that they read the same in every report.
    pub(super) fn sections(&mut self) {
        let heading = self.t("report-appendix-answers");
        self.heading(2, &heading);
        for (s, section) in self.questionnaire.sections.iter().enumerate() {
            if !section
                .questions
                .iter()
                .any(|q| self.active.is_visible(&q.id))
            {
                continue;
            }
            let title = format!("{} {}", s + 1, self.localizer.section_title(section));
            self.heading(3, &title);
            let mut number = 0;
            for question in &section.questions {
                if !self.active.is_visible(&question.id) {
                    continue;
                }
                number += 1;
                let answer = self.assessment.answer(&question.id);
                let number = format!("{}.{number}", s + 1);
                self.question_block(&number, question, &question.id, answer);
                if question.is_group() {
                    self.group_items(&number, question);
                }
            }
        }
    }

    fn items_text(&self, group: &Question) -> String {
        let names: Vec<String> = self
            .active
            .items(&group.id)
            .iter()
            .map(|item| escape(self.assessment.item_name(&group.id, item).unwrap_or(item)))
            .collect();
        self.m(Message::new("report-items")
            .with("count", names.len())
            .with("names", names.join(", ")))
    }

    /// Each item of a repeat group under its name, with its answers; then the values
    /// derived from the group.
    fn group_items(&mut self, number: &str, group: &Question) {
        let items: Vec<(String, String)> = self
            .active
            .items(&group.id)
            .iter()
            .map(|item| {
                let name = self
                    .assessment
                    .item_name(&group.id, item)
                    .unwrap_or(item)
                    .to_owned();
                (item.to_string(), name)
            })
            .collect();
        for (i, (item, name)) in items.iter().enumerate() {
            let item_number = format!("{number}.{}", i + 1);
            self.heading(4, &format!("{item_number} {}", escape(name)));
            let mut m = 0;
            for member in group.kind.members() {
                let key = crate::items::member_key(&group.id, item, &member.id);
                if !self.active.is_visible(&key) {
                    continue;
                }
                m += 1;
                let answer = self.assessment.answer(&key);
                self.question_block(&format!("{item_number}.{m}"), member, &key, answer);
            }
        }
        let derived: Vec<String> = self
            .questionnaire
            .derived
            .iter()
            .filter(|d| d.value.group() == group.id)
            .map(|d| {
                let value = self.active.derived(d);
                let label = self.t(&format!("derived-{}", d.id));
                let shown = value
                    .value
                    .map_or_else(|| self.t("report-unanswered"), |v| v.to_string());
                let at: Vec<String> = value
                    .keys
                    .iter()
                    .filter_map(|key| crate::items::AnswerKey::parse(key)?.item())
                    .map(|(g, item)| escape(self.assessment.item_name(g, item).unwrap_or(item)))
                    .collect();
                match at.is_empty() {
                    true => format!("- *{label}:* {shown}"),
                    false => format!("- *{label}:* {shown} ({})", at.join(", ")),
                }
            })
            .collect();
        for line in &derived {
            self.line(line);
        }
        if !derived.is_empty() {
            self.line("");
        }
    }

    pub(super) fn question_block(
        &mut self,
        number: &str,
        question: &Question,
        key: &str,
        answer: Option<&Answer>,
    ) {
        let text = self.localizer.question_text(question);
        self.line(&format!("**{number} {text}**"));
        self.line("");
        let shown = match question.is_group() && answer.and_then(|a| a.value.as_ref()).is_none() {
            // A repeat group is answered by its items.
            true => self.items_text(question),
            false => self.answer_text(question, answer),
        };
        let mut items = vec![(self.t("report-answer"), shown)];
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
        match self.has_catalogue() {
            true => {
                if let Some(citation) = self.citation(question, key) {
                    items.push((self.t("report-cites"), citation));
                }
            }
            false => {
                if let Some(reference) = self.localizer.question_ref(question) {
                    items.push((self.t("report-reference"), reference));
                }
            }
        }
        for (label, value) in items {
            self.line(&format!("- *{label}:* {value}"));
        }
        self.line("");
    }

    /// What an answer key is about, for the report: the group's words escaped, the
    /// questionnaire's kept as written.
    pub(super) fn label(&self, key: &str) -> String {
        self.localizer
            .key_label_with(self.questionnaire, &self.assessment.answers, key, escape)
    }

    /// Answers "not applicable": listed on their own, so a reader sees what was left out
    /// on purpose.
    pub(super) fn not_applicable(&mut self) {
        let lines: Vec<String> = self
            .active
            .asked()
            .iter()
            .filter(|key| self.active.value(key) == Some(&crate::assessment::Value::NotApplicable))
            .map(|key| format!("- {}", self.label(key)))
            .collect();
        if lines.is_empty() {
            return;
        }
        let heading = self.t("report-appendix-not-applicable");
        self.heading(2, &heading);
        for line in lines {
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
                // The id is typed text too: escaped, not a code span a backtick could end.
                let mut line = format!("- {}: {}", escape(id), escape(&value));
                if !answer.note.is_empty() {
                    let _ = write!(line, " ({})", escape(&answer.note));
                }
                line
            })
            .collect();
        if orphans.is_empty() {
            return;
        }
        let heading = self.t("report-appendix-orphans");
        self.heading(2, &heading);
        let explanation = self.t("report-orphans-explanation");
        self.line(&explanation);
        self.line("");
        for line in orphans {
            self.line(&line);
        }
    }

    pub(super) fn references(&mut self) {
        if self.has_catalogue() {
            self.catalogue();
            return;
        }
        let references: BTreeSet<String> = self
            .questionnaire
            .all_questions()
            .filter(|q| {
                self.active.is_visible(&q.id)
                    || self
                        .questionnaire
                        .group_of(&q.id)
                        .is_some_and(|g| !self.active.items(&g.id).is_empty())
            })
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
