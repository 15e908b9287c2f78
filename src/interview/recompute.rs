//! What follows from the answers, recomputed after every change: the places answers go,
//! which are asked, the counts per section, the findings that fire or wait, and the
//! derived values.
//!
//! A change re-decides only what the changed answers can reach: the `show_if` of questions
//! that read them (and, in turn, of questions that read a question whose visibility
//! changed), the findings and derived values that read any of those, and the counts of the
//! places involved. An item's questions are asked again, and an item read again under a
//! group quantifier or derived maximum, only where the change is in that item or in what
//! the condition reads outside it; the other items' outcomes are kept (`ItemMemo`).
//! Which answers changed is not told by the code making the change: it is
//! the difference the undo history finds between the assessment before and after, so no
//! change can be missed. Whatever moves the places themselves (an item added, renamed or
//! removed; a repeat group or a section shown or hidden) recomputes everything, as does
//! opening the interview.

use std::collections::BTreeSet;

use crate::fast_hash::{HashMap, HashSet};
use crate::items::{AnswerKey, member_key};
use crate::rules::{ActiveAnswers, Dependencies, GroupItems, ItemMemo, Truth};

use super::dirty::Dirty;
use super::{Fired, Interview, Progress};

/// What the last recompute leaves for the next one to start from.
#[derive(Debug, Default)]
pub(super) struct RulesState {
    /// Built once, after opening (`prepare_for_changes`): the questionnaire does not change
    /// under an interview.
    deps: Option<Dependencies>,
    /// The keys asked, as `ActiveAnswers::into_visible` gives them.
    visible_keys: HashSet<String>,
    /// The items of each group asked. Only a change under an item's own key (its name)
    /// adds, renames or removes one, and that recomputes everything, so they hold until
    /// then.
    group_items: GroupItems,
    section_shown: Vec<bool>,
    /// Each place's position in `order`, by its answer key.
    slot_of: HashMap<String, usize>,
    /// What each place adds to its section's counts.
    contributions: Vec<Progress>,
    /// Each item's outcome under the quantifiers and maxima read, as of `visible_keys`.
    memo: ItemMemo,
}

impl Interview {
    /// Everything anew: on opening, and when the places change.
    pub(super) fn recompute(&mut self) {
        self.rebuild_order();
        let mut active = ActiveAnswers::new(&self.questionnaire, &self.assessment.answers);
        active.remember(ItemMemo::default());
        self.visible = self
            .order
            .iter()
            .map(|slot| active.is_visible(&slot.key))
            .collect();
        let mut counts = vec![Progress::default(); self.questionnaire.sections.len()];
        let mut contributions = Vec::with_capacity(self.order.len());
        for index in 0..self.order.len() {
            let contribution = self.contribution(index, &active);
            let section = self.order[index].section;
            counts[section] = counts[section].add(contribution);
            contributions.push(contribution);
        }
        self.section_counts = counts;
        let mut fired = Vec::new();
        let mut pending = Vec::new();
        for (index, finding) in self.questionnaire.findings.iter().enumerate() {
            let verdict = active.evaluate(&finding.when);
            let found = Fired {
                finding: index,
                reasons: verdict.keys,
            };
            match verdict.truth {
                Truth::True => fired.push(found),
                Truth::Undetermined if !found.reasons.is_empty() => pending.push(found),
                _ => {}
            }
        }
        let severity =
            |f: &Fired| std::cmp::Reverse(self.questionnaire.findings[f.finding].severity);
        fired.sort_by_key(severity);
        pending.sort_by_key(severity);
        self.fired = fired;
        self.pending = pending;
        self.derived = self
            .questionnaire
            .derived
            .iter()
            .map(|derived| active.derived(derived))
            .collect();
        self.risk_matrices = active.risk_matrices();
        let section_shown = self
            .questionnaire
            .sections
            .iter()
            .map(|section| active.shown(section.show_if.as_ref(), None))
            .collect();
        let group_items = active.group_items();
        let (visible_keys, memo) = active.into_parts();
        self.rules.visible_keys = visible_keys;
        self.rules.group_items = group_items;
        self.rules.section_shown = section_shown;
        self.rules.slot_of = self
            .order
            .iter()
            .enumerate()
            .map(|(index, slot)| (slot.key.clone(), index))
            .collect();
        self.rules.contributions = contributions;
        self.rules.memo = memo;
        self.renumber();
    }

    /// Builds what a change needs to re-decide only what it reaches: the dependency graph of
    /// the questionnaire's conditions. Opening does not need it, so the first frame does not
    /// wait for it; the full screen builds it right after that frame, while the room reads
    /// the question, and the first change builds it if nothing did before.
    pub fn prepare_for_changes(&mut self) {
        if self.rules.deps.is_none() {
            self.rules.deps = Some(Dependencies::new(&self.questionnaire));
        }
    }

    /// After a change of the answers under `keys` (in any order): re-decides what they reach.
    pub(super) fn recompute_after(&mut self, keys: &[String]) {
        self.prepare_for_changes();
        let Some(deps) = self.rules.deps.as_ref() else {
            return self.recompute();
        };
        let mut dirty = Dirty::new(deps);
        for key in keys {
            let id = match AnswerKey::parse(key) {
                Some(AnswerKey::Question(id)) => id,
                Some(AnswerKey::Member { question, .. }) => question,
                // An item's name: the places change.
                Some(AnswerKey::Item { .. }) | None => return self.recompute(),
            };
            if let Some(n) = deps.id(id) {
                dirty.mark(n, None);
            }
        }
        let reaches = |reads: &[usize], dirty: &Dirty| reads.iter().any(|&n| dirty.is(n));
        let visible_keys = std::mem::take(&mut self.rules.visible_keys);
        let mut active = ActiveAnswers::resume(
            &self.questionnaire,
            &self.assessment.answers,
            visible_keys,
            &self.rules.group_items,
        );
        // Keys asked or no longer asked: their places are counted again.
        let mut flipped: Vec<String> = Vec::new();
        let mut everything = false;
        // Only the show_ifs that read a changed id, in questionnaire order: one whose
        // outcome flips marks its question changed for the show_ifs after it.
        while let Some(position) = dirty.next_reader() {
            let (s, at) = position;
            let section = &self.questionnaire.sections[s];
            let section_shown = self.rules.section_shown.get(s).copied().unwrap_or(false);
            let Some(q) = at.checked_sub(1) else {
                if reaches(&deps.sections[s], &dirty)
                    && active.shown(section.show_if.as_ref(), None) != section_shown
                {
                    everything = true;
                    break;
                }
                continue;
            };
            let question = &section.questions[q];
            let reads = &deps.questions[s][q];
            if reaches(&reads[0], &dirty) {
                let shown = section_shown && active.shown(question.show_if.as_ref(), None);
                if question.is_group() {
                    if shown != active.is_visible(&question.id) {
                        everything = true;
                        break;
                    }
                } else if active.set_visible(&question.id, shown) {
                    flipped.push(question.id.clone());
                    if let Some(n) = deps.id(&question.id) {
                        dirty.mark(n, Some(position));
                    }
                }
            }
            if !question.is_group() || !active.is_visible(&question.id) {
                continue;
            }
            let items: Vec<&str> = active.items(&question.id).to_vec();
            // The items whose answers changed, or whose questions are asked anew.
            let mut touched: BTreeSet<&str> = keys
                .iter()
                .filter_map(|key| match AnswerKey::parse(key) {
                    Some(AnswerKey::Member { group, item, .. }) if group == question.id => {
                        Some(item)
                    }
                    _ => None,
                })
                .collect();
            for (m, member) in question.kind.members().iter().enumerate() {
                if !reaches(&reads[m + 1], &dirty) {
                    continue;
                }
                let every_item = reaches(&deps.outside_item[s][q][m + 1], &dirty);
                let candidates: Vec<&str> = items
                    .iter()
                    .copied()
                    .filter(|item| every_item || touched.contains(item))
                    .collect();
                for item in candidates {
                    let shown = active.shown(member.show_if.as_ref(), Some((&question.id, item)));
                    let key = member_key(&question.id, item, &member.id);
                    if active.set_visible(&key, shown) {
                        flipped.push(key);
                        touched.insert(item);
                        if let Some(n) = deps.id(&member.id) {
                            dirty.mark(n, Some(position));
                        }
                    }
                }
            }
        }
        if everything {
            drop(active);
            return self.recompute();
        }
        // Visibility is decided: what the items' outcomes kept depend on is known.
        let mut memo = std::mem::take(&mut self.rules.memo);
        memo.forget(
            // An id no condition reads cannot be told apart: taken as changed.
            |id| deps.id(id).is_none_or(|n| dirty.is(n)),
            keys.iter().chain(&flipped).map(String::as_str),
        );
        active.remember(memo);
        for index in dirty.findings() {
            let finding = &self.questionnaire.findings[index];
            let verdict = active.evaluate(&finding.when);
            let order = (std::cmp::Reverse(finding.severity), index);
            let questionnaire = &self.questionnaire;
            let place = |list: &[Fired]| {
                list.binary_search_by_key(&order, |f| {
                    let severity = questionnaire.findings[f.finding].severity;
                    (std::cmp::Reverse(severity), f.finding)
                })
            };
            for list in [&mut self.fired, &mut self.pending] {
                if let Ok(at) = place(list) {
                    list.remove(at);
                }
            }
            let found = Fired {
                finding: index,
                reasons: verdict.keys,
            };
            let list = match verdict.truth {
                Truth::True => &mut self.fired,
                Truth::Undetermined if !found.reasons.is_empty() => &mut self.pending,
                _ => continue,
            };
            if let Err(at) = place(list) {
                list.insert(at, found);
            }
        }
        for index in dirty.derived() {
            self.derived[index] = active.derived(&self.questionnaire.derived[index]);
        }
        if let Some(matrix) = &self.questionnaire.risk_matrix
            && matrix
                .questions()
                .iter()
                .any(|id| deps.id(id).is_some_and(|n| dirty.is(n)))
        {
            self.risk_matrices = active.risk_matrices();
        }
        let mut places: Vec<usize> = keys
            .iter()
            .chain(&flipped)
            .filter_map(|key| self.rules.slot_of.get(key).copied())
            .collect();
        places.sort_unstable();
        places.dedup();
        for index in places {
            self.visible[index] = active.is_visible(&self.order[index].key);
            let contribution = self.contribution(index, &active);
            let section = self.order[index].section;
            let before = std::mem::replace(&mut self.rules.contributions[index], contribution);
            self.section_counts[section] =
                self.section_counts[section].sub(before).add(contribution);
        }
        (self.rules.visible_keys, self.rules.memo) = active.into_parts();
        self.renumber();
    }

    /// What the place at `index` adds to its section's counts, as the rules see it now.
    fn contribution(&self, index: usize, active: &ActiveAnswers) -> Progress {
        let mut counts = Progress::default();
        let slot = &self.order[index];
        if !active.is_visible(&slot.key) {
            return counts;
        }
        let Some((_, question)) = self.question_at(index) else {
            return counts;
        };
        let follow_up = question.show_if.is_some();
        counts.visible = 1;
        counts.follow_ups = usize::from(follow_up || slot.item.is_some());
        match self.assessment.value(&slot.key) {
            // A value that does not fit the question is no answer: it is asked again.
            Some(value) if !crate::strict::fits(question, value) => {}
            Some(crate::assessment::Value::Unknown) => counts.unknown = 1,
            Some(crate::assessment::Value::NotApplicable) => counts.not_applicable = 1,
            Some(_) => counts.answered = 1,
            None if active.is_given(&slot.key) => counts.answered = 1,
            None => {}
        }
        counts
    }

    /// Numbers the visible places, and marks the answers changed for what the shell keeps.
    fn renumber(&mut self) {
        self.revision = self.revision.wrapping_add(1);
        let mut shown = 0;
        self.numbers = self
            .visible
            .iter()
            .map(|&visible| {
                shown += usize::from(visible);
                shown
            })
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use crate::assessment::Assessment;
    use crate::interview::{Interview, Message};

    #[test]
    fn the_dependency_graph_is_built_after_opening_once() {
        let questionnaire = crate::questionnaire::embedded().expect("embedded");
        let assessment = Assessment::new(&questionnaire, "Molntjänst X");
        let mut interview = Interview::new(questionnaire, assessment);
        assert!(interview.rules.deps.is_none(), "opening waits for no graph");
        // The first change builds it if the shell did not.
        assert!(interview.update(Message::Unknown).is_some(), "a change");
        assert!(interview.rules.deps.is_some());

        let questionnaire = crate::questionnaire::embedded().expect("embedded");
        let assessment = Assessment::new(&questionnaire, "Molntjänst X");
        let mut interview = Interview::new(questionnaire, assessment);
        interview.prepare_for_changes();
        let built = interview.rules.deps.as_ref().map(|deps| deps.len());
        interview.prepare_for_changes();
        assert_eq!(interview.rules.deps.as_ref().map(|deps| deps.len()), built);
        assert!(built.is_some_and(|ids| ids > 0));
    }
}
