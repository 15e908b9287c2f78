//! Conditions (`show_if`, findings, contradictions) and their evaluation. One evaluator
//! decides visibility, findings, group quantifiers and derived values, and explains each
//! outcome by the answers behind it.

mod condition;
mod depends;
mod derived;
mod eval;
mod findings;
mod item_memo;
mod kleene;
mod matrix;

pub use condition::{Condition, Expect};
pub use depends::{Dependencies, Position};
pub use derived::DerivedValue;
pub use eval::{ActiveAnswers, GroupItems, Truth, Verdict};
pub use findings::{FiredFinding, PendingFinding, fired_findings, pending_findings};
pub use item_memo::ItemMemo;
pub use matrix::{Grid, RiskMatrices, Zone};

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
