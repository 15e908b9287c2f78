//! The questionnaire's data types, as its RON file spells them: structure only, every text
//! lives in Fluent, keyed by these ids.
//!
//! Data only (std and serde, and the condition and report-layout types by their crate
//! paths): build.rs includes this file to compile the embedded questionnaire to JSON with
//! these very types. Their behaviour is in `model.rs`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::fast_hash::HashMap;
use crate::questionnaire::ReportLayout;
use crate::rules::Condition;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// 1 (the default) keeps the two-valued logic of the first format: a test on an
    /// unanswered question is false. 2 evaluates conditions in three-valued logic and allows
    /// the constructs of format 2 (repeat groups, named conditions, not-applicable, ...).
    #[serde(default = "format_one")]
    pub format: u32,
    pub id: String,
    pub version: u32,
    /// The day the legal content was last checked (YYYY-MM-DD); the app warns when it is old.
    pub content_as_of: String,
    /// Conditions written once and used by name (`Named("outside-eea")`) anywhere a
    /// condition is.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub conditions: BTreeMap<String, Condition>,
    pub sections: Vec<Section>,
    /// Values computed from the answers, usable in comparisons like a level question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<Derived>,
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// Answers that cannot all be true; `check` reports them.
    #[serde(default)]
    pub contradictions: Vec<Contradiction>,
    /// Ids that earlier versions used, so that old answers follow their question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renames: Vec<Rename>,
    /// The risk register whose risks the interview and the report draw as a likelihood by
    /// consequence matrix, before and after measures (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_matrix: Option<RiskMatrix>,
    /// What the report's first page shows, and which groups it prints as tables (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<ReportLayout>,
    /// The sources the questions cite, each once, in the order the report lists them
    /// (format 2). A questionnaire without a catalogue cites by its `.ref` texts alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// Question id -> where it stands, so lookups do not scan.
    #[serde(skip)]
    pub(super) index: HashMap<String, Place>,
}

/// Where a question stands: its section, its index there, and for a question of a repeat
/// group its index among the group's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub section: usize,
    pub question: usize,
    pub member: Option<usize>,
}

fn format_one() -> u32 {
    1
}

/// A value computed from the answers of a repeat group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derived {
    pub id: String,
    pub value: Aggregate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Aggregate {
    /// The highest level (or number) a question of the group has over its items: KLASSA's
    /// classification of a service is the highest over its information sets.
    Max(String, String),
    /// How many items the group has.
    Count(String),
}

/// Which questions of a repeat group place each of its items in the risk matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskMatrix {
    pub group: String,
    /// The likelihood and consequence questions before measures.
    pub before: (String, String),
    /// The likelihood and consequence questions after measures (the residual risk).
    pub after: (String, String),
    /// The text question of the group holding the measures planned for a risk: each risk
    /// with measures is an action in the report's action plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<String>,
    /// The choice question of the group naming who owns the risk and its measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// An id that an earlier version of the questionnaire used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rename {
    /// `Question(from, to)`: the question `from` is now `to`.
    Question(String, String),
    /// `Option(question, from, to)`: the option `from` of `question` (its current id) is
    /// now `to`.
    Option(String, String, String),
}

/// Who can give an answer: the group itself, or only the supplier (the question then goes
/// into the questions for the supplier while it is open).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Respondent {
    #[default]
    Group,
    Supplier,
}

impl Respondent {
    fn is_group(&self) -> bool {
        *self == Respondent::Group
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    /// The whole section is asked only while this holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
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
    /// "Not applicable" is an answer here, distinct from "unknown yet".
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_applicable: bool,
    #[serde(default, skip_serializing_if = "Respondent::is_group")]
    pub answered_by: Respondent,
    /// The sources of the reference catalogue the question rests on (format 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refs: Vec<String>,
    /// Sources cited only when an option is chosen: a statute the assessment selects (the
    /// Social Services Act when the service supports it), so the report never lists one it
    /// did not select.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub option_refs: BTreeMap<String, Vec<String>>,
}

/// One source of the reference catalogue. Its full title and short name are texts
/// (`source-ID`, `source-ID.short`); the rest is the same in every language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: String,
    /// The number it is cited by: SFS, CELEX, case or document number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Its date, YYYY-MM-DD: adopted, issued or published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where to read it (http or https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

fn default_true() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

fn is_false(value: &bool) -> bool {
    !*value
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
    /// A repeat group: its questions are asked once per item of a list the group builds in
    /// the interview (information sets, recipients, risks).
    Group(Vec<Question>),
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
