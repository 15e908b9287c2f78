//! Derived values as the interview and the report show them.

use crate::items::member_key;
use crate::questionnaire::{Aggregate, Derived};

use super::ActiveAnswers;

/// A derived value now: the number, and the answer keys that give it (for a maximum, the
/// items at the maximum). `assessed` of `items` items have an answer that counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedValue {
    pub value: Option<i64>,
    pub keys: Vec<String>,
    pub assessed: usize,
    pub items: usize,
}

impl ActiveAnswers<'_> {
    pub fn derived(&self, derived: &Derived) -> DerivedValue {
        let ids = self.items(derived.value.group());
        match &derived.value {
            Aggregate::Count(_) => DerivedValue {
                value: Some(i64::try_from(ids.len()).unwrap_or(i64::MAX)),
                keys: Vec::new(),
                assessed: ids.len(),
                items: ids.len(),
            },
            Aggregate::Max(group, question) => {
                let numbers = self.numbers(derived, group, question);
                let value = numbers.iter().flatten().max().copied();
                let keys = ids
                    .iter()
                    .zip(&numbers)
                    .filter(|(_, n)| n.is_some() && **n == value)
                    .map(|(item, _)| member_key(group, item, question))
                    .collect();
                DerivedValue {
                    value,
                    keys,
                    assessed: numbers.iter().flatten().count(),
                    items: ids.len(),
                }
            }
        }
    }
}
