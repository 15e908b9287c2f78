//! Each item's outcome under the group quantifiers and derived maxima that findings and
//! derived values read, kept from one change to the next (issue 17). A change of one
//! item's answers can only change that item's outcome, so the interview re-decides that
//! one and folds the quantifier again from the others it kept, instead of reading every
//! item anew.
//!
//! What is kept is forgotten by what it depends on, not by who calls: an item's outcome
//! when an answer or the visibility of one of the item's questions changes; every item's
//! outcome of a site when something the site reads outside the item changes (the ids of
//! `outside_item`); and a whole site when the group's items are no longer those it kept.

use crate::fast_hash::HashMap;
use crate::items::AnswerKey;
use crate::questionnaire::Questionnaire;

use super::depends::outside_item;
use super::{Condition, Verdict};

/// A place in the questionnaire where items are read one by one: a quantifier (or a
/// comparison with a derived maximum) by the address of its condition and the depth of
/// named conditions it is read at, or a derived maximum by the address of its definition.
/// The address is only a quick way in: a site also keeps what it stands for and is built
/// anew if that differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum SiteKey {
    Quantifier(usize, usize),
    Maximum(usize),
}

/// The outcomes of one site, one per item in the group's id order; `None` where the item
/// must be read again.
#[derive(Debug)]
pub(super) struct Site<T> {
    /// The condition read in each item (for a maximum, the test of its question).
    what: Condition,
    group: String,
    /// The ids the per-item outcome reads outside its item.
    outside: Vec<String>,
    items: Vec<String>,
    pub(super) outcomes: Vec<Option<T>>,
}

impl<T> Site<T> {
    fn new(questionnaire: &Questionnaire, what: &Condition, group: &str, items: &[&str]) -> Self {
        Site {
            what: what.clone(),
            group: group.to_owned(),
            outside: outside_item(questionnaire, group, what),
            items: items.iter().map(|&item| item.to_owned()).collect(),
            outcomes: items.iter().map(|_| None).collect(),
        }
    }

    fn fits(&self, what: &Condition, group: &str, items: &[&str]) -> bool {
        self.group == group
            && self.what == *what
            && self.items.len() == items.len()
            && self
                .items
                .iter()
                .zip(items)
                .all(|(kept, item)| kept == item)
    }

    fn forget(&mut self, is_changed: &impl Fn(&str) -> bool, changed_items: &[(&str, &str)]) {
        if self.outside.iter().any(|id| is_changed(id)) {
            self.outcomes.iter_mut().for_each(|outcome| *outcome = None);
            return;
        }
        for &(group, item) in changed_items {
            if group != self.group {
                continue;
            }
            match self.items.binary_search_by(|kept| kept.as_str().cmp(item)) {
                Ok(at) => self.outcomes[at] = None,
                // Not an item kept: the items changed, so nothing kept holds.
                Err(_) => self.outcomes.iter_mut().for_each(|outcome| *outcome = None),
            }
        }
    }
}

/// What is kept, for every site read so far.
#[derive(Debug, Default)]
pub struct ItemMemo {
    verdicts: HashMap<SiteKey, Site<Verdict>>,
    numbers: HashMap<SiteKey, Site<Option<i64>>>,
}

impl ItemMemo {
    /// Forgets what a change can have changed. `is_changed` tells whether the answers or
    /// the visibility under an id (a question, group or derived value) may have changed;
    /// `keys` are the answer keys whose answers or visibility changed.
    pub fn forget<'k>(
        &mut self,
        is_changed: impl Fn(&str) -> bool,
        keys: impl IntoIterator<Item = &'k str>,
    ) {
        let changed_items: Vec<(&str, &str)> = keys
            .into_iter()
            .filter_map(|key| AnswerKey::parse(key)?.item())
            .collect();
        for site in self.verdicts.values_mut() {
            site.forget(&is_changed, &changed_items);
        }
        for site in self.numbers.values_mut() {
            site.forget(&is_changed, &changed_items);
        }
    }

    pub(super) fn verdicts(
        &mut self,
        key: SiteKey,
        questionnaire: &Questionnaire,
        what: &Condition,
        group: &str,
        items: &[&str],
    ) -> &mut Site<Verdict> {
        site(&mut self.verdicts, key, questionnaire, what, group, items)
    }

    pub(super) fn numbers(
        &mut self,
        key: SiteKey,
        questionnaire: &Questionnaire,
        what: &Condition,
        group: &str,
        items: &[&str],
    ) -> &mut Site<Option<i64>> {
        site(&mut self.numbers, key, questionnaire, what, group, items)
    }
}

fn site<'m, T>(
    sites: &'m mut HashMap<SiteKey, Site<T>>,
    key: SiteKey,
    questionnaire: &Questionnaire,
    what: &Condition,
    group: &str,
    items: &[&str],
) -> &'m mut Site<T> {
    let site = sites
        .entry(key)
        .or_insert_with(|| Site::new(questionnaire, what, group, items));
    if !site.fits(what, group, items) {
        *site = Site::new(questionnaire, what, group, items);
    }
    site
}
