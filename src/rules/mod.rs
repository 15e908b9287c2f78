//! Conditions (`show_if`, findings, contradictions) and their evaluation. One evaluator
//! decides visibility, findings, group quantifiers and derived values, and explains each
//! outcome by the answers behind it.

mod depends;
mod derived;
mod eval;
mod findings;
mod item_memo;
mod kleene;
mod matrix;

use serde::{Deserialize, Serialize};

pub use depends::{Dependencies, Position};
pub use derived::DerivedValue;
pub use eval::{ActiveAnswers, GroupItems, Truth, Verdict};
pub use findings::{FiredFinding, PendingFinding, fired_findings, pending_findings};
pub use item_memo::ItemMemo;
pub use matrix::{Grid, RiskMatrices, Zone};

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

impl Condition {
    /// Every question (or derived value) id the condition names itself, in order of
    /// appearance; named conditions are not followed.
    pub fn question_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        self.visit(&mut |condition| match condition {
            Condition::Is(id, _)
            | Condition::Answered(id)
            | Condition::Unanswered(id)
            | Condition::LevelAtLeast(id, _)
            | Condition::LevelAtMost(id, _) => ids.push(id.as_str()),
            _ => {}
        });
        ids
    }

    /// The names of the named conditions it uses, in order of appearance.
    pub fn names(&self) -> Vec<&str> {
        let mut names = Vec::new();
        self.visit(&mut |condition| {
            if let Condition::Named(name) = condition {
                names.push(name.as_str());
            }
        });
        names
    }

    /// Calls `f` on this condition and every condition inside it, depth first.
    pub fn visit<'a>(&'a self, f: &mut impl FnMut(&'a Condition)) {
        f(self);
        match self {
            Condition::Not(inner)
            | Condition::AnyItem(_, inner)
            | Condition::EveryItem(_, inner) => inner.visit(f),
            Condition::All(all) | Condition::Any(all) | Condition::AtLeast(_, all) => {
                all.iter().for_each(|c| c.visit(f))
            }
            _ => {}
        }
    }
}
