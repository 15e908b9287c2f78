//! Undo and redo: a stack of changes, each the difference between the assessment before and
//! after it. The difference is found by comparing the whole assessment with a copy of how it
//! stood (`baseline`), so every kind of change (answers, notes, states, owners, titles,
//! items of a repeat group, and any kind added later) is covered without a line of code per
//! kind. Only what differs is copied: at thousands of answers a whole copy per keypress cost
//! more than the rest of the keypress.
//!
//! The answers compared are those a change where the group stands can reach (`Scope`): the
//! current answer, and on a repeat group's list its items. Comparing all of them cost a
//! millisecond at 10,000 answers. Debug builds (every test) compare all of them as well and
//! fail on any change outside the scope, so a new kind of change cannot slip past undo.

use std::collections::BTreeMap;

use crate::assessment::{Action, Answer, Assessment, Conflicts};

/// An entry of a map before and after a change (`None`: not there).
type Entry<V> = (String, Option<V>, Option<V>);

/// Whatever is not an answer or an action: small, kept whole when it changed.
#[derive(Debug, Clone, PartialEq)]
struct Header {
    format: u32,
    questionnaire: String,
    questionnaire_version: u32,
    title: String,
    conflicts: Conflicts,
}

impl Header {
    fn of(assessment: &Assessment) -> Self {
        Header {
            format: assessment.format,
            questionnaire: assessment.questionnaire.clone(),
            questionnaire_version: assessment.questionnaire_version,
            title: assessment.title.clone(),
            conflicts: assessment.conflicts.clone(),
        }
    }

    fn same_as(&self, assessment: &Assessment) -> bool {
        self.format == assessment.format
            && self.questionnaire == assessment.questionnaire
            && self.questionnaire_version == assessment.questionnaire_version
            && self.title == assessment.title
            && self.conflicts == assessment.conflicts
    }

    fn put(&self, assessment: &mut Assessment) {
        assessment.format = self.format;
        assessment.questionnaire.clone_from(&self.questionnaire);
        assessment.questionnaire_version = self.questionnaire_version;
        assessment.title.clone_from(&self.title);
        assessment.conflicts = self.conflicts.clone();
    }
}

/// Which answers a change can have touched: keys equal to one of `keys` or starting with
/// one of `prefixes`.
#[derive(Debug, Clone, Default)]
pub(super) struct Scope {
    pub(super) keys: Vec<String>,
    pub(super) prefixes: Vec<String>,
}

/// One recorded change, both ways.
#[derive(Debug, Clone, PartialEq)]
struct Change {
    answers: Vec<Entry<Answer>>,
    actions: Vec<Entry<Action>>,
    header: Option<(Header, Header)>,
}

impl Change {
    /// What differs from `before` to `after`; `None` when nothing does. `scope` limits the
    /// answers compared; `None` compares them all.
    fn between(before: &Assessment, after: &Assessment, scope: Option<&Scope>) -> Option<Self> {
        let header =
            (!Header::of(before).same_as(after)).then(|| (Header::of(before), Header::of(after)));
        let answers = match scope {
            None => differences(before.answers.iter(), after.answers.iter()),
            Some(scope) => {
                let mut found = Vec::new();
                for key in &scope.keys {
                    found.extend(differences(
                        before.answers.get_key_value(key.as_str()).into_iter(),
                        after.answers.get_key_value(key.as_str()).into_iter(),
                    ));
                }
                for prefix in &scope.prefixes {
                    found.extend(differences(
                        crate::items::entries_with_prefix(&before.answers, prefix),
                        crate::items::entries_with_prefix(&after.answers, prefix),
                    ));
                }
                found.sort_by(|a, b| a.0.cmp(&b.0));
                found.dedup_by(|a, b| a.0 == b.0);
                found
            }
        };
        let change = Change {
            answers,
            actions: differences(before.actions.iter(), after.actions.iter()),
            header,
        };
        let empty =
            change.answers.is_empty() && change.actions.is_empty() && change.header.is_none();
        (!empty).then_some(change)
    }

    /// Puts the assessment as it stood before the change (`back`) or after it.
    fn apply(&self, assessment: &mut Assessment, back: bool) {
        fn put<V: Clone>(map: &mut BTreeMap<String, V>, entries: &[Entry<V>], back: bool) {
            for (key, before, after) in entries {
                match if back { before } else { after } {
                    Some(value) => {
                        map.insert(key.clone(), value.clone());
                    }
                    None => {
                        map.remove(key);
                    }
                }
            }
        }
        put(&mut assessment.answers, &self.answers, back);
        put(&mut assessment.actions, &self.actions, back);
        if let Some((before, after)) = &self.header {
            if back { before } else { after }.put(assessment);
        }
    }

    /// The answer keys it changed, in key order.
    fn answer_keys(&self) -> impl Iterator<Item = &str> {
        self.answers.iter().map(|(key, _, _)| key.as_str())
    }
}

/// The entries that differ between two runs of sorted map entries, in one walk over both.
fn differences<'m, V: Clone + PartialEq + 'm>(
    before: impl Iterator<Item = (&'m String, &'m V)>,
    after: impl Iterator<Item = (&'m String, &'m V)>,
) -> Vec<Entry<V>> {
    let mut found = Vec::new();
    let mut old = before.peekable();
    let mut new = after.peekable();
    loop {
        match (old.peek(), new.peek()) {
            (None, None) => break,
            (Some((key, value)), None) => {
                found.push(((*key).clone(), Some((*value).clone()), None));
                old.next();
            }
            (None, Some((key, value))) => {
                found.push(((*key).clone(), None, Some((*value).clone())));
                new.next();
            }
            (Some((old_key, old_value)), Some((new_key, new_value))) => {
                match old_key.cmp(new_key) {
                    std::cmp::Ordering::Less => {
                        found.push(((*old_key).clone(), Some((*old_value).clone()), None));
                        old.next();
                    }
                    std::cmp::Ordering::Greater => {
                        found.push(((*new_key).clone(), None, Some((*new_value).clone())));
                        new.next();
                    }
                    std::cmp::Ordering::Equal => {
                        if old_value != new_value {
                            found.push((
                                (*old_key).clone(),
                                Some((*old_value).clone()),
                                Some((*new_value).clone()),
                            ));
                        }
                        old.next();
                        new.next();
                    }
                }
            }
        }
    }
    found
}

#[derive(Debug, Clone)]
pub(super) struct History {
    /// The assessment as it stood after the last recorded change.
    baseline: Assessment,
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl History {
    pub(super) fn new(start: &Assessment) -> Self {
        History {
            baseline: start.clone(),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Records `now` as the result of a change; a new change forgets what was undone.
    /// Returns the answer keys the change changed.
    pub(super) fn record(&mut self, now: &Assessment, scope: &Scope) -> Vec<String> {
        let change = Change::between(&self.baseline, now, Some(scope));
        debug_assert_eq!(
            change,
            Change::between(&self.baseline, now, None),
            "a change outside {scope:?}: widen Interview::change_scope"
        );
        let Some(change) = change else {
            return Vec::new();
        };
        change.apply(&mut self.baseline, false);
        let keys = change.answer_keys().map(str::to_owned).collect();
        self.undo.push(change);
        self.redo.clear();
        keys
    }

    /// Takes back the last change on `now`; the answer keys it changed.
    pub(super) fn undo(&mut self, now: &mut Assessment) -> Option<Vec<String>> {
        let change = self.undo.pop()?;
        change.apply(now, true);
        change.apply(&mut self.baseline, true);
        let keys = change.answer_keys().map(str::to_owned).collect();
        self.redo.push(change);
        Some(keys)
    }

    pub(super) fn redo(&mut self, now: &mut Assessment) -> Option<Vec<String>> {
        let change = self.redo.pop()?;
        change.apply(now, false);
        change.apply(&mut self.baseline, false);
        let keys = change.answer_keys().map(str::to_owned).collect();
        self.undo.push(change);
        Some(keys)
    }

    pub(super) fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub(super) fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

impl super::Interview {
    pub(super) fn undo(&mut self) -> Option<super::Effect> {
        let keys = self.history.undo(&mut self.assessment)?;
        self.restored(&keys, "info-undone")
    }

    pub(super) fn redo(&mut self) -> Option<super::Effect> {
        let keys = self.history.redo(&mut self.assessment)?;
        self.restored(&keys, "info-redone")
    }

    /// After an earlier assessment is put back: shows the question it changed, and saves it
    /// like any change: an undo the room sees is an undo on disk.
    fn restored(&mut self, keys: &[String], message: &'static str) -> Option<super::Effect> {
        self.recompute_after(keys);
        let changed = self
            .order
            .iter()
            .position(|slot| keys.binary_search(&slot.key).is_ok());
        if let Some(index) = changed.filter(|&i| self.is_visible(i)) {
            self.current = index;
            self.reset_cursor();
        }
        let what = match changed.and_then(|i| self.number_of(i)) {
            Some(number) => crate::i18n::Message::new(message).with("number", number),
            None => crate::i18n::Message::new(message).with("number", "-"),
        };
        self.info = Some(what);
        self.save = super::SaveStatus::Pending;
        Some(super::Effect::Save)
    }
}
