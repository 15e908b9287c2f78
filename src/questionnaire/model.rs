//! The questionnaire as data. Structure only: every text lives in Fluent, keyed by these ids.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::rules::Condition;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub version: u32,
    /// The day the legal content was last checked (YYYY-MM-DD); the app warns when it is old.
    pub content_as_of: String,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// Answers that cannot all be true; `check` reports them.
    #[serde(default)]
    pub contradictions: Vec<Contradiction>,
    /// Question id -> (section index, question index), so lookups do not scan.
    #[serde(skip)]
    index: HashMap<String, (usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    /// Shown only while this holds. It may name only questions that come earlier, so
    /// visibility is decided in one pass and can never form a cycle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// A required question left open is reported by `check` and in the report.
    #[serde(default = "default_true", skip_serializing_if = "is_true")]
    pub required: bool,
}

impl Question {
    /// A short, stable hash of what the question is (its id and kind with its options),
    /// stored with each answer. Conditions and texts are left out: they do not change what
    /// an answer means.
    pub fn definition_hash(&self) -> String {
        let definition = ron::to_string(&(&self.id, &self.kind)).unwrap_or_default();
        let mut hash: u32 = 0x811c_9dc5;
        for byte in definition.bytes() {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        format!("{hash:08x}")
    }
}

fn default_true() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Kind {
    /// Yes, no, or "unknown yet".
    YesNo,
    /// Exactly one of the options.
    Choice(Vec<String>),
    /// Any set of the options; an option in `exclusive` (such as "none" or "don't know")
    /// must stand alone.
    Multi {
        options: Vec<String>,
        #[serde(default)]
        exclusive: Vec<String>,
    },
    /// A consequence level, e.g. KLASSA's 0..=4.
    Level(u8, u8),
    /// Short free text; the guidance advises keeping these few and short.
    Text { max_chars: usize },
    Number {
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
    },
    /// A calendar date, YYYY-MM-DD.
    Date,
}

impl Kind {
    /// Option ids of a choice or multiple-choice question, in display order.
    pub fn options(&self) -> &[String] {
        match self {
            Kind::Choice(options) | Kind::Multi { options, .. } => options,
            _ => &[],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    Info,
    Warning,
    High,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: String,
    pub severity: Severity,
    pub when: Condition,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contradiction {
    pub id: String,
    pub when: Condition,
}

impl Questionnaire {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections
            .iter()
            .flat_map(|section| section.questions.iter())
    }

    /// Rebuilds the id index; call after changing `sections`. On duplicate ids the first
    /// question wins (validation reports the duplicate).
    pub fn reindex(&mut self) {
        self.index.clear();
        for (s, section) in self.sections.iter().enumerate() {
            for (q, question) in section.questions.iter().enumerate() {
                self.index.entry(question.id.clone()).or_insert((s, q));
            }
        }
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        let &(s, q) = self.index.get(id)?;
        self.sections.get(s)?.questions.get(q)
    }

    /// The section a question belongs to.
    pub fn section_of(&self, id: &str) -> Option<&Section> {
        let &(s, _) = self.index.get(id)?;
        self.sections.get(s)
    }
}
