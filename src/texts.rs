//! The questionnaire's texts as people read them: labels of options, levels and answers,
//! looked up in Fluent by the naming rules in docs/questionnaire-format.md.

use std::collections::BTreeMap;

use crate::assessment::{Answer, AnswerState, Value};
use crate::i18n::{Localizer, Message};
use crate::items::{AnswerKey, item_key};
use crate::questionnaire::{Finding, Question, Questionnaire, Section};

impl Localizer {
    pub fn section_title(&self, section: &Section) -> String {
        self.text(&format!("section-{}", section.id))
    }

    pub fn question_text(&self, question: &Question) -> String {
        self.text(&question.id)
    }

    pub fn question_help(&self, question: &Question) -> Option<String> {
        self.attribute(&question.id, "help")
    }

    pub fn question_ref(&self, question: &Question) -> Option<String> {
        self.attribute(&question.id, "ref")
    }

    /// A security measure's wording as a requirement on the supplier; a question with one
    /// is a measure.
    pub fn question_requirement(&self, question: &Question) -> Option<String> {
        self.attribute(&question.id, "requirement")
    }

    /// A question-specific label wins over the shared `option-*` one.
    pub fn option_label(&self, question: &Question, option: &str) -> String {
        let specific = format!("{}--{option}", question.id);
        if self.has(&specific) {
            self.text(&specific)
        } else {
            self.text(&format!("option-{option}"))
        }
    }

    pub fn level_label(&self, question: &Question, level: u8) -> String {
        let specific = format!("{}--level-{level}", question.id);
        if self.has(&specific) {
            self.text(&specific)
        } else {
            self.text(&format!("level-{level}"))
        }
    }

    pub fn finding_title(&self, finding: &Finding) -> String {
        self.text(&format!("finding-{}", finding.id))
    }

    pub fn finding_action(&self, finding: &Finding) -> Option<String> {
        self.attribute(&format!("finding-{}", finding.id), "action")
    }

    pub fn state_label(&self, state: AnswerState) -> String {
        self.text(state.message_id())
    }

    /// An answer as a person reads it, in the current language.
    pub fn value_text(&self, question: &Question, value: &Value) -> String {
        match value {
            Value::Yes => self.text("answer-yes"),
            Value::No => self.text("answer-no"),
            Value::Unknown => self.text("answer-unknown"),
            Value::Choice(option) => self.option_label(question, option),
            Value::Multi(options) => options
                .iter()
                .map(|option| self.option_label(question, option))
                .collect::<Vec<_>>()
                .join(", "),
            Value::Level(level) => format!("{level} {}", self.level_label(question, *level)),
            Value::Text(text) => text.clone(),
            Value::Number(number) => number.to_string(),
            Value::Date(date) => date.clone(),
            Value::NotApplicable => self.text("answer-not-applicable"),
        }
    }

    /// What an answer key is about, as a person reads it: the question, and for an item's
    /// answer the item's name first ("Hälsouppgifter: Konfidentialitet ..."). An unknown key
    /// is shown as it is.
    pub fn key_label(
        &self,
        questionnaire: &Questionnaire,
        answers: &BTreeMap<String, Answer>,
        key: &str,
    ) -> String {
        self.key_label_with(questionnaire, answers, key, str::to_owned)
    }

    /// `key_label` with the group's own words (an item's name, an unknown key) passed
    /// through `user_text`: the report escapes them, the questionnaire's texts it keeps.
    pub fn key_label_with(
        &self,
        questionnaire: &Questionnaire,
        answers: &BTreeMap<String, Answer>,
        key: &str,
        user_text: impl Fn(&str) -> String,
    ) -> String {
        let Some(question) = questionnaire.question_for_key(key) else {
            return user_text(key);
        };
        let item_name = |group: &str, item: &str| match answers
            .get(&item_key(group, item))
            .and_then(|a| a.value.as_ref())
        {
            Some(Value::Text(name)) if !name.trim().is_empty() => user_text(name),
            _ => item.to_owned(),
        };
        match AnswerKey::parse(key) {
            Some(AnswerKey::Member { group, item, .. }) => self.message(
                &Message::new("item-answer-label")
                    .with("item", item_name(group, item))
                    .with("question", self.question_text(question)),
            ),
            Some(AnswerKey::Item { group, item }) => self.message(
                &Message::new("item-label")
                    .with("kind", self.group_item_kind(question))
                    .with("item", item_name(group, item)),
            ),
            _ => self.question_text(question),
        }
    }

    /// An answer that a finding rests on, as a reason: "Hälsouppgifter: Konfidentialitet: 3
    /// allvarlig". An open question (a finding that would fire) has no value to show.
    pub fn reason_text(
        &self,
        questionnaire: &Questionnaire,
        answers: &BTreeMap<String, Answer>,
        key: &str,
    ) -> String {
        let label = self.key_label(questionnaire, answers, key);
        let value = questionnaire.question_for_key(key).and_then(|question| {
            let value = answers.get(key)?.value.as_ref()?;
            match AnswerKey::parse(key) {
                Some(AnswerKey::Item { .. }) => None,
                _ => Some(self.value_text(question, value)),
            }
        });
        match value {
            Some(value) => format!("{label}: {value}"),
            None => label,
        }
    }

    /// What one item of a repeat group is called ("informationsmängd").
    pub fn group_item_kind(&self, group: &Question) -> String {
        self.attribute(&group.id, "item")
            .unwrap_or_else(|| self.text(&group.id))
    }
}
