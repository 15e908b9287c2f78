//! The conditions of a questionnaire (`show_if`, findings, contradictions), as its RON file
//! spells them.
//!
//! Data only (std and serde): build.rs includes this file to compile the embedded
//! questionnaire to JSON. What a condition does is in `mod.rs` and `eval.rs`.

use serde::{Deserialize, Serialize};

/// What an `Is` condition expects of an answer. `Choice` means "is this option" for a single
/// choice and "includes this option" for a multiple choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expect {
    Yes,
    No,
    Unknown,
    Choice(String),
    /// The group answered "not applicable" (format 2).
    NotApplicable,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    Is(String, Expect),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    /// At least n of the conditions hold.
    AtLeast(usize, Vec<Condition>),
    /// The question has a value (any value, "unknown yet" included).
    Answered(String),
    /// The question is asked and has no value yet: for findings about a gap (format 2).
    Unanswered(String),
    /// A level or number answer (or a derived value) is at least the bound.
    LevelAtLeast(String, i64),
    /// A level or number answer (or a derived value) is at most the bound.
    LevelAtMost(String, i64),
    /// A condition of the questionnaire's `conditions`, by name (format 2).
    Named(String),
    /// The condition holds for at least one item of the repeat group; inside it, the
    /// group's questions are those of that item (format 2).
    AnyItem(String, Box<Condition>),
    /// The condition holds for every item of the repeat group, and the group has one
    /// (format 2).
    EveryItem(String, Box<Condition>),
}
