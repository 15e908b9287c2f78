//! The questionnaire's texts as people read them: labels of options, levels and answers,
//! looked up in Fluent by the naming rules in docs/questionnaire-format.md.

use crate::assessment::{AnswerState, Value};
use crate::i18n::Localizer;
use crate::questionnaire::{Finding, Question, Section};

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
}
