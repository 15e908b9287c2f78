//! The items of repeat groups, and the keys answers are stored under.
//!
//! An item lives in the assessment's `answers` like any answer, so that `show`, `diff` and
//! `merge` treat it as one: its name is the text value under `GROUP/ITEM`, and its answers
//! are under `GROUP/ITEM/QUESTION`. The item id is made once from the name and never changes,
//! so renaming an item changes one line of the file, and two branches that add different
//! items merge cleanly.

use std::collections::BTreeMap;

use crate::assessment::{Answer, Assessment, Value};

/// Separates the parts of an answer key. Ids never contain it.
pub const SEPARATOR: char = '/';

/// What an answer key stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKey<'a> {
    /// A question outside any repeat group (or a group's own note and state).
    Question(&'a str),
    /// An item of a group: its name.
    Item { group: &'a str, item: &'a str },
    /// The answer of an item to one question of its group.
    Member {
        group: &'a str,
        item: &'a str,
        question: &'a str,
    },
}

impl<'a> AnswerKey<'a> {
    pub fn parse(key: &'a str) -> Option<Self> {
        let mut parts = key.split(SEPARATOR);
        let first = parts.next().filter(|p| !p.is_empty())?;
        let Some(item) = parts.next() else {
            return Some(AnswerKey::Question(first));
        };
        if item.is_empty() {
            return None;
        }
        let Some(question) = parts.next() else {
            return Some(AnswerKey::Item { group: first, item });
        };
        if question.is_empty() || parts.next().is_some() {
            return None;
        }
        Some(AnswerKey::Member {
            group: first,
            item,
            question,
        })
    }

    /// The question whose definition the answer follows: for an item's name, its group.
    pub fn question(&self) -> &'a str {
        match *self {
            AnswerKey::Question(id) => id,
            AnswerKey::Item { group, .. } => group,
            AnswerKey::Member { question, .. } => question,
        }
    }

    /// The group and item the key belongs to, if any.
    pub fn item(&self) -> Option<(&'a str, &'a str)> {
        match *self {
            AnswerKey::Question(_) => None,
            AnswerKey::Item { group, item } | AnswerKey::Member { group, item, .. } => {
                Some((group, item))
            }
        }
    }
}

pub fn item_key(group: &str, item: &str) -> String {
    format!("{group}{SEPARATOR}{item}")
}

pub fn member_key(group: &str, item: &str, question: &str) -> String {
    format!("{group}{SEPARATOR}{item}{SEPARATOR}{question}")
}

/// One item of a repeat group, as the assessment holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item<'a> {
    pub id: &'a str,
    pub name: &'a str,
}

/// The items of `group` among `answers`, in id order. Costs the group's own answers, not
/// the whole map.
pub fn items<'a>(answers: &'a BTreeMap<String, Answer>, group: &str) -> Vec<Item<'a>> {
    let prefix = format!("{group}{SEPARATOR}");
    entries_with_prefix(answers, &prefix)
        .filter_map(|(key, answer)| {
            let id = &key[prefix.len()..];
            if id.contains(SEPARATOR) {
                return None;
            }
            let name = match &answer.value {
                Some(Value::Text(name)) => name.as_str(),
                _ => "",
            };
            Some(Item { id, name })
        })
        .collect()
}

/// The answers whose keys start with `prefix`, found by a range, not a scan.
pub fn entries_with_prefix<'a, 'p>(
    answers: &'a BTreeMap<String, Answer>,
    prefix: &'p str,
) -> impl Iterator<Item = (&'a String, &'a Answer)> + use<'a, 'p> {
    answers
        .range::<str, _>((
            std::ops::Bound::Included(prefix),
            std::ops::Bound::Unbounded,
        ))
        .take_while(move |(key, _)| key.starts_with(prefix))
}

fn keys_with_prefix<'a, 'p>(
    answers: &'a BTreeMap<String, Answer>,
    prefix: &'p str,
) -> impl Iterator<Item = &'a str> + use<'a, 'p> {
    entries_with_prefix(answers, prefix).map(|(key, _)| key.as_str())
}

/// A name with a run of digits longer than this keeps no digit in its id: a year stays, no
/// part of a personal identity number typed into a name reaches the file's keys.
const MAX_DIGIT_RUN: usize = 4;
const MAX_ID_CHARS: usize = 40;

/// An id made from a name: lower-case ASCII letters, digits and single dashes.
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    let mut digits = String::new();
    let long_number = name
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() > MAX_DIGIT_RUN);
    let flush_digits = |slug: &mut String, digits: &mut String| {
        if !long_number {
            slug.push_str(digits);
        }
        digits.clear();
    };
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        flush_digits(&mut slug, &mut digits);
        if c.is_ascii_lowercase() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    flush_digits(&mut slug, &mut digits);
    let mut slug: String = slug.trim_matches('-').chars().take(MAX_ID_CHARS).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    // Ids start with a letter, as every id of the format does.
    if !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        slug.insert_str(0, "item-");
        slug = slug.trim_end_matches('-').to_owned();
    }
    slug
}

impl Assessment {
    pub fn items(&self, group: &str) -> Vec<Item<'_>> {
        items(&self.answers, group)
    }

    pub fn item_name(&self, group: &str, item: &str) -> Option<&str> {
        match &self.answers.get(&item_key(group, item))?.value {
            Some(Value::Text(name)) => Some(name),
            _ => None,
        }
    }

    /// Adds an item named `name` to `group` and returns its id: made from the name, with a
    /// number added when another item (or what is left of one) has it already.
    pub fn add_item(&mut self, group: &str, name: &str) -> String {
        let base = slug(name);
        let taken = |id: &str| {
            let key = item_key(group, id);
            let prefix = format!("{key}{SEPARATOR}");
            self.answers.contains_key(&key)
                || keys_with_prefix(&self.answers, &prefix).next().is_some()
        };
        let id = (1..)
            .map(|n| match n {
                1 => base.clone(),
                n => format!("{base}-{n}"),
            })
            .find(|id| !taken(id))
            .unwrap_or(base);
        self.set_value(&item_key(group, &id), Some(Value::Text(name.to_owned())));
        id
    }

    /// Gives an item a new name; its id, and so every key of its answers, stays.
    pub fn rename_item(&mut self, group: &str, item: &str, name: &str) {
        self.set_value(&item_key(group, item), Some(Value::Text(name.to_owned())));
    }

    /// Removes an item with all its answers at once, and returns what was removed so that
    /// it can be put back whole.
    pub fn remove_item(&mut self, group: &str, item: &str) -> Vec<(String, Answer)> {
        let key = item_key(group, item);
        let prefix = format!("{key}{SEPARATOR}");
        let members: Vec<String> = keys_with_prefix(&self.answers, &prefix)
            .map(str::to_owned)
            .collect();
        std::iter::once(key)
            .chain(members)
            .filter_map(|k| self.answers.remove_entry(&k))
            .collect()
    }
}

impl crate::questionnaire::Questionnaire {
    /// The question an answer key answers: a plain question, a group for an item's name,
    /// or a question of that group for an item's answer. None for a key this questionnaire
    /// has no place for (an orphan).
    pub fn question_for_key(&self, key: &str) -> Option<&crate::questionnaire::Question> {
        match AnswerKey::parse(key)? {
            AnswerKey::Question(id) => self.question(id).filter(|_| self.group_of(id).is_none()),
            AnswerKey::Item { group, .. } => self.question(group).filter(|q| q.is_group()),
            AnswerKey::Member {
                group, question, ..
            } => self
                .question(question)
                .filter(|_| self.group_of(question).is_some_and(|g| g.id == group)),
        }
    }
}

/// After a three-way merge: an item removed on one side while the other changed one of its
/// answers would leave that answer without its item. Its name is put back (from whichever
/// side still has it), so the disputed answer stays with the item the group knows. Returns
/// the item keys put back.
pub fn restore_removed_items(
    merged: &mut BTreeMap<String, Answer>,
    sides: [&BTreeMap<String, Answer>; 3],
) -> Vec<String> {
    let missing: std::collections::BTreeSet<String> = merged
        .keys()
        .filter_map(|key| match AnswerKey::parse(key)? {
            AnswerKey::Member { group, item, .. } => Some(item_key(group, item)),
            _ => None,
        })
        .filter(|key| !merged.contains_key(key))
        .collect();
    let mut restored = Vec::new();
    let [ours, theirs, _] = sides;
    for key in missing {
        if let Some(name) = sides.iter().find_map(|side| side.get(&key)) {
            // One side removed the item: a decision for the group, kept with both sides.
            let side =
                |answers: &BTreeMap<String, Answer>| answers.get(&key).cloned().unwrap_or_default();
            let disputed = Answer {
                state: crate::assessment::AnswerState::Disputed,
                conflict: Some(Box::new(crate::assessment::Conflict {
                    ours: side(ours),
                    theirs: side(theirs),
                })),
                ..name.clone()
            };
            merged.insert(key.clone(), disputed);
            restored.push(key);
        }
    }
    restored
}
