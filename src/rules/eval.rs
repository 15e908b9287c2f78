//! The evaluator: which questions are asked, and whether a condition holds, with the answers
//! that decide it.
//!
//! Format 2 reads conditions in Kleene's three-valued logic: a test on a question that is
//! not answered (or not asked) is undetermined, `Not` of undetermined stays undetermined,
//! and `All`/`Any`/`AtLeast` are decided as soon as the known parts decide them. A finding
//! fires only when its condition is true, so nothing fires on answers nobody gave. Format 1
//! keeps its two-valued reading (a test on a missing answer is false) so that its
//! questionnaires mean what they always meant.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::assessment::{Answer, Value};
use crate::fast_hash::{HashMap, HashSet};
use crate::items::{self, item_key, member_key};
use crate::questionnaire::{Aggregate, Derived, Questionnaire};

use super::item_memo::{ItemMemo, SiteKey};
use super::kleene::{all_of, all_of_kept, at_least, at_least_kept, matches_expect, truth};
use super::{Condition, Expect};

/// Named conditions nest at most this deep; deeper means a cycle that validation reports.
const MAX_NAMED_DEPTH: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    Undetermined,
}

/// The outcome of a condition with the answer keys behind it: for `True` and `False` the
/// answers that decide it, for `Undetermined` the open questions that could.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub truth: Truth,
    pub keys: Vec<String>,
}

impl Verdict {
    pub(super) fn new(truth: Truth, keys: Vec<String>) -> Self {
        Verdict { truth, keys }
    }

    fn of(truth: Truth, key: &str) -> Self {
        Verdict::new(truth, vec![key.to_owned()])
    }

    fn bare(truth: Truth) -> Self {
        Verdict::new(truth, Vec::new())
    }

    pub fn holds(&self) -> bool {
        self.truth == Truth::True
    }
}

/// The group and item a condition is read in: inside it, the group's questions are the
/// item's.
pub type Scope<'s> = Option<(&'s str, &'s str)>;

/// What an answer slot holds as the rules see it.
enum Slot<'a> {
    /// Not asked: its answer, if any, counts for nothing.
    Hidden,
    Open,
    Given(&'a Value),
}

/// What an id in a condition stands for, in a scope.
enum Target<'q> {
    Key(String),
    Derived(&'q Derived),
    Unknown,
}

/// The item ids of each repeat group asked, as `ActiveAnswers::group_items` keeps them.
#[derive(Debug, Clone, Default)]
pub struct GroupItems(HashMap<String, Vec<String>>);

/// Answers as the rules see them: only those to questions that are currently asked.
pub struct ActiveAnswers<'a> {
    questionnaire: &'a Questionnaire,
    answers: &'a BTreeMap<String, Answer>,
    /// Answer keys of the questions asked now: plain ids, items and their questions.
    visible: HashSet<String>,
    /// The item ids of each repeat group that is asked.
    items: HashMap<&'a str, Vec<&'a str>>,
    /// The keys of the answers asked for now, in questionnaire order: each question, each
    /// repeat group (its list), and each item's questions. Items' names are not among them.
    asked: Vec<String>,
    /// Each item's outcome under the quantifiers read at the top level, kept for the next
    /// change (see `remember`).
    memo: Option<RefCell<ItemMemo>>,
}

impl<'a> ActiveAnswers<'a> {
    /// Decides visibility in questionnaire order; validation guarantees that a `show_if`
    /// only names earlier questions, so one pass is enough.
    pub fn new(questionnaire: &'a Questionnaire, answers: &'a BTreeMap<String, Answer>) -> Self {
        let mut active = ActiveAnswers {
            questionnaire,
            answers,
            visible: HashSet::default(),
            items: HashMap::default(),
            asked: Vec::new(),
            memo: None,
        };
        for section in &questionnaire.sections {
            let section_shown = active.shown(section.show_if.as_ref(), None);
            for question in &section.questions {
                if !(section_shown && active.shown(question.show_if.as_ref(), None)) {
                    continue;
                }
                active.visible.insert(question.id.clone());
                active.asked.push(question.id.clone());
                if !question.is_group() {
                    continue;
                }
                let group = question.id.as_str();
                let ids: Vec<&'a str> = items::items(answers, group)
                    .into_iter()
                    .map(|item| item.id)
                    .collect();
                for &item in &ids {
                    active.visible.insert(item_key(group, item));
                    for member in question.kind.members() {
                        if active.shown(member.show_if.as_ref(), Some((group, item))) {
                            let key = member_key(group, item, &member.id);
                            active.visible.insert(key.clone());
                            active.asked.push(key);
                        }
                    }
                }
                active.items.insert(group, ids);
            }
        }
        active
    }

    /// The answers as the rules saw them before a change, from the visibility decided then
    /// (`into_visible`) and the items of each group asked then (`group_items`): the
    /// interview re-decides only what a change can reach with `shown` and `set_visible`.
    /// The items must be those of `answers`: a change that adds, renames or removes one
    /// calls for `new`. `asked` is left empty: use `new` for it.
    pub fn resume(
        questionnaire: &'a Questionnaire,
        answers: &'a BTreeMap<String, Answer>,
        visible: HashSet<String>,
        group_items: &'a GroupItems,
    ) -> Self {
        let items = group_items
            .0
            .iter()
            .map(|(group, ids)| (group.as_str(), ids.iter().map(String::as_str).collect()))
            .collect();
        ActiveAnswers {
            questionnaire,
            answers,
            visible,
            items,
            asked: Vec::new(),
            memo: None,
        }
    }

    /// Reads and keeps each item's outcome under the group quantifiers and derived maxima
    /// in `memo` from now on, reading again only the items `ItemMemo::forget` left open.
    /// Call it once visibility is decided: asking or no longer asking anything afterwards
    /// (`set_visible`) lets the memo go, as it could no longer be trusted.
    pub fn remember(&mut self, memo: ItemMemo) {
        self.memo = Some(RefCell::new(memo));
    }

    /// The keys of everything asked, for `resume`, and what `remember` kept (empty if
    /// nothing was kept).
    pub fn into_parts(self) -> (HashSet<String>, ItemMemo) {
        let memo = self.memo.map(RefCell::into_inner).unwrap_or_default();
        (self.visible, memo)
    }

    /// The items of each group asked, for `resume` after the next change.
    pub fn group_items(&self) -> GroupItems {
        GroupItems(
            self.items
                .iter()
                .map(|(&group, ids)| {
                    let ids = ids.iter().map(|&id| id.to_owned()).collect();
                    (group.to_owned(), ids)
                })
                .collect(),
        )
    }

    /// The keys of everything asked, for `resume` after the next change.
    pub fn into_visible(self) -> HashSet<String> {
        self.visible
    }

    /// Asks or stops asking under a key; true if that changed.
    pub fn set_visible(&mut self, key: &str, visible: bool) -> bool {
        if self.memo.is_some() && self.is_visible(key) != visible {
            self.memo = None;
        }
        if visible {
            !self.visible.contains(key) && self.visible.insert(key.to_owned())
        } else {
            self.visible.remove(key)
        }
    }

    /// Whether a `show_if` holds, read in an item of a group (`scope`) or outside any.
    pub fn shown(&self, condition: Option<&Condition>, scope: Scope<'_>) -> bool {
        condition.is_none_or(|c| self.evaluate_in(c, scope, 0).holds())
    }

    /// Whether the question (or item, or item's question) under this answer key is asked.
    pub fn is_visible(&self, key: &str) -> bool {
        self.visible.contains(key)
    }

    /// The value under an answer key, if its question is asked.
    pub fn value(&self, key: &str) -> Option<&'a Value> {
        if !self.is_visible(key) {
            return None;
        }
        self.answers.get(key)?.value.as_ref()
    }

    /// The keys of the answers asked for now, in questionnaire order.
    pub fn asked(&self) -> &[String] {
        &self.asked
    }

    /// Whether the answer under an asked key is given: for a repeat group, that it has an
    /// item or was answered as a whole ("unknown yet", "not applicable").
    pub fn is_given(&self, key: &str) -> bool {
        self.value(key).is_some() || self.items.get(key).is_some_and(|items| !items.is_empty())
    }

    /// The item ids of a group that is asked, in id order; none when it is not asked.
    pub fn items(&self, group: &str) -> &[&'a str] {
        self.items.get(group).map_or(&[], Vec::as_slice)
    }

    pub fn questionnaire(&self) -> &'a Questionnaire {
        self.questionnaire
    }

    pub fn holds(&self, condition: &Condition) -> bool {
        self.evaluate(condition).holds()
    }

    /// `Some(keys)` when the condition holds: the answer keys that make it hold.
    pub fn explain(&self, condition: &Condition) -> Option<Vec<String>> {
        let verdict = self.evaluate(condition);
        verdict.holds().then_some(verdict.keys)
    }

    pub fn evaluate(&self, condition: &Condition) -> Verdict {
        self.evaluate_in(condition, None, 0)
    }

    fn missing(&self, key: Option<&str>) -> Verdict {
        match key {
            Some(key) if self.questionnaire.three_valued() => Verdict::of(Truth::Undetermined, key),
            None if self.questionnaire.three_valued() => Verdict::bare(Truth::Undetermined),
            _ => Verdict::bare(Truth::False),
        }
    }

    fn slot(&self, key: &str) -> Slot<'a> {
        if !self.is_visible(key) {
            return Slot::Hidden;
        }
        match self.answers.get(key).and_then(|a| a.value.as_ref()) {
            Some(value) => Slot::Given(value),
            None => Slot::Open,
        }
    }

    fn target(&self, id: &str, scope: Scope<'_>) -> Target<'a> {
        // One lookup: every atom of every condition comes through here.
        let Some(place) = self.questionnaire.place(id) else {
            return match self.questionnaire.derived_value(id) {
                Some(derived) => Target::Derived(derived),
                None => Target::Unknown,
            };
        };
        match (self.questionnaire.group_at(place), scope) {
            (None, _) => Target::Key(id.to_owned()),
            (Some(group), Some((g, item))) if g == group.id => Target::Key(member_key(g, item, id)),
            (Some(_), _) => Target::Unknown,
        }
    }

    /// A test of one answer: `test` decides a given value other than "not applicable".
    fn atom(&self, id: &str, scope: Scope<'_>, test: impl Fn(&Value) -> bool) -> Verdict {
        let Target::Key(key) = self.target(id, scope) else {
            return self.missing(None);
        };
        match self.slot(&key) {
            Slot::Hidden => self.missing(None),
            Slot::Open => self.missing(Some(&key)),
            // "Not applicable" answers no test but its own: the question does not concern
            // this service, so no finding about it can be decided by it.
            Slot::Given(Value::NotApplicable) => self.missing(None),
            Slot::Given(value) if test(value) => Verdict::new(Truth::True, vec![key]),
            Slot::Given(_) => Verdict::new(Truth::False, vec![key]),
        }
    }

    fn evaluate_in(&self, condition: &Condition, scope: Scope<'_>, depth: usize) -> Verdict {
        match condition {
            Condition::Is(id, Expect::NotApplicable) => self.is_not_applicable(id, scope),
            Condition::Is(id, expect) => {
                self.atom(id, scope, |value| matches_expect(value, expect))
            }
            Condition::Answered(id) | Condition::Unanswered(id) => {
                let answered = matches!(condition, Condition::Answered(_));
                let Target::Key(key) = self.target(id, scope) else {
                    return Verdict::bare(Truth::False);
                };
                match self.slot(&key) {
                    Slot::Hidden => Verdict::bare(Truth::False),
                    // A repeat group is answered by its items.
                    Slot::Open if self.items(&key).is_empty() => {
                        Verdict::of(truth(!answered), &key)
                    }
                    Slot::Open | Slot::Given(_) => Verdict::of(truth(answered), &key),
                }
            }
            Condition::LevelAtLeast(id, bound) | Condition::LevelAtMost(id, bound) => {
                let at_least = matches!(condition, Condition::LevelAtLeast(..));
                let compare = move |n: i64| if at_least { n >= *bound } else { n <= *bound };
                match self.target(id, scope) {
                    Target::Derived(derived) => {
                        let site = self.site(condition, scope, depth);
                        self.compare_derived(derived, at_least, *bound, depth, site)
                    }
                    _ => self.atom(id, scope, |value| value.as_number().is_some_and(compare)),
                }
            }
            Condition::Not(inner) => {
                let verdict = self.evaluate_in(inner, scope, depth);
                let truth = match verdict.truth {
                    Truth::True => Truth::False,
                    Truth::False => Truth::True,
                    Truth::Undetermined => Truth::Undetermined,
                };
                Verdict::new(truth, verdict.keys)
            }
            Condition::All(all) => {
                let verdicts = all.iter().map(|c| self.evaluate_in(c, scope, depth));
                all_of(verdicts)
            }
            Condition::Any(any) => {
                let verdicts = any.iter().map(|c| self.evaluate_in(c, scope, depth));
                at_least(1, verdicts)
            }
            Condition::AtLeast(n, conditions) => {
                let verdicts = conditions.iter().map(|c| self.evaluate_in(c, scope, depth));
                at_least(*n, verdicts)
            }
            Condition::Named(name) => match self.questionnaire.conditions.get(name) {
                Some(named) if depth < MAX_NAMED_DEPTH => self.evaluate_in(named, scope, depth + 1),
                _ => self.missing(None),
            },
            Condition::AnyItem(group, inner) | Condition::EveryItem(group, inner) => {
                let every = matches!(condition, Condition::EveryItem(..));
                let site = self.site(condition, scope, depth);
                self.quantify(group, every, site.map(|key| (key, &**inner)), |scope| {
                    self.evaluate_in(inner, scope, depth)
                })
            }
        }
    }

    fn is_not_applicable(&self, id: &str, scope: Scope<'_>) -> Verdict {
        let Target::Key(key) = self.target(id, scope) else {
            return self.missing(None);
        };
        match self.slot(&key) {
            Slot::Hidden => self.missing(None),
            Slot::Open => self.missing(Some(&key)),
            Slot::Given(value) => Verdict::of(truth(*value == Value::NotApplicable), &key),
        }
    }

    /// Where a quantifier read here keeps its items' outcomes, if it does: only outside
    /// any item, as inside one the outcomes would also depend on that item.
    fn site(&self, condition: &Condition, scope: Scope<'_>, depth: usize) -> Option<SiteKey> {
        (scope.is_none() && self.memo.is_some())
            .then(|| SiteKey::Quantifier(std::ptr::from_ref(condition).addr(), depth))
    }

    /// `AnyItem` (`every` false) or `EveryItem` over the items of a group that is asked;
    /// `site` where it keeps each item's verdict of `per_item`, which reads that condition.
    fn quantify(
        &self,
        group: &str,
        every: bool,
        site: Option<(SiteKey, &Condition)>,
        per_item: impl Fn(Scope<'_>) -> Verdict,
    ) -> Verdict {
        let Some(ids) = self.items.get(group) else {
            return self.missing(None);
        };
        if ids.is_empty() {
            // No item says nothing about every item: the list itself is the open question.
            return match every {
                true => self.missing(Some(group)),
                false => Verdict::bare(Truth::False),
            };
        }
        if let (Some((key, what)), Some(memo)) = (site, &self.memo)
            && let Ok(mut memo) = memo.try_borrow_mut()
        {
            let site = memo.verdicts(key, self.questionnaire, what, group, ids);
            for (outcome, item) in site.outcomes.iter_mut().zip(ids) {
                if outcome.is_none() {
                    *outcome = Some(per_item(Some((group, item))));
                }
            }
            let verdicts = site.outcomes.iter().flatten();
            return match every {
                true => all_of_kept(verdicts),
                false => at_least_kept(1, verdicts),
            };
        }
        let verdicts = ids.iter().map(|item| per_item(Some((group, item))));
        match every {
            true => all_of(verdicts),
            false => at_least(1, verdicts),
        }
    }

    /// The number each item of `group` (asked) answers `question` with, in item order; kept
    /// per item under `derived`'s address when a memo is attached.
    pub(super) fn numbers(
        &self,
        derived: &Derived,
        group: &str,
        question: &str,
    ) -> Vec<Option<i64>> {
        let ids = self.items(group);
        let number = |item: &str| {
            self.value(&member_key(group, item, question))
                .and_then(Value::as_number)
        };
        if let Some(memo) = &self.memo
            && let Ok(mut memo) = memo.try_borrow_mut()
        {
            let key = SiteKey::Maximum(std::ptr::from_ref(derived).addr());
            let what = Condition::Answered(question.to_owned());
            let site = memo.numbers(key, self.questionnaire, &what, group, ids);
            for (outcome, item) in site.outcomes.iter_mut().zip(ids) {
                if outcome.is_none() {
                    *outcome = Some(number(item));
                }
            }
            return site.outcomes.iter().map(|n| n.flatten()).collect();
        }
        ids.iter().map(|item| number(item)).collect()
    }

    /// The maximum over a group is at least n when some item is; at most n when every item
    /// is. A count is known as soon as the group is asked.
    fn compare_derived(
        &self,
        derived: &Derived,
        at_least: bool,
        bound: i64,
        depth: usize,
        site: Option<SiteKey>,
    ) -> Verdict {
        match &derived.value {
            Aggregate::Max(group, question) => {
                let test = match at_least {
                    true => Condition::LevelAtLeast(question.clone(), bound),
                    false => Condition::LevelAtMost(question.clone(), bound),
                };
                self.quantify(group, !at_least, site.map(|key| (key, &test)), |scope| {
                    self.evaluate_in(&test, scope, depth)
                })
            }
            Aggregate::Count(group) => {
                let Some(ids) = self.items.get(group.as_str()) else {
                    return self.missing(None);
                };
                let count = i64::try_from(ids.len()).unwrap_or(i64::MAX);
                let holds = if at_least {
                    count >= bound
                } else {
                    count <= bound
                };
                let keys = ids.iter().map(|item| item_key(group, item)).collect();
                Verdict::new(truth(holds), keys)
            }
        }
    }
}
