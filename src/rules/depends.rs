//! What each condition of a questionnaire reads: the question ids (and repeat groups) whose
//! answers or visibility can change its outcome, with named conditions and derived values
//! followed to the questions under them. The interview uses it to re-decide, after a
//! change, only what the changed answers can reach.

use std::collections::BTreeSet;

use crate::fast_hash::{HashMap, HashSet};
use crate::questionnaire::{Aggregate, Questionnaire};

use super::Condition;

/// Ids a condition reads, as small numbers: one per question, group or derived value id.
pub type Reads = Vec<usize>;

#[derive(Debug, Clone, Default)]
pub struct Dependencies {
    ids: HashMap<String, usize>,
    /// Per section, what its `show_if` reads.
    pub sections: Vec<Reads>,
    /// Per section and question, what its `show_if` reads; for a repeat group, per question
    /// of the group after the group's own (index 0 is the group).
    pub questions: Vec<Vec<Vec<Reads>>>,
    /// Per finding, what its condition reads.
    pub findings: Vec<Reads>,
    /// Per derived value, what it reads.
    pub derived: Vec<Reads>,
    /// Like `questions`, but for each question of a repeat group only what its `show_if`
    /// reads outside the item it is asked in (see `outside_item`): while none of that
    /// changes, an item's questions are asked or not by that item's answers alone.
    pub outside_item: Vec<Vec<Vec<Reads>>>,
    /// Per id, what reads it: the reverse of the lists above, so that a change visits its
    /// readers instead of every condition of a questionnaire that may hold 10,000.
    readers: Vec<Readers>,
}

/// Where a section's `show_if` (question 0) or a question's (question `q + 1`, with the
/// `show_if`s of its repeat group's questions) stands: ordered as the questionnaire is.
pub type Position = (usize, usize);

/// What reads one id.
#[derive(Debug, Clone, Default)]
pub struct Readers {
    /// Sections and questions whose `show_if` reads it, in questionnaire order.
    pub positions: Vec<Position>,
    /// Findings whose condition reads it, ascending.
    pub findings: Vec<usize>,
    /// Derived values that read it, ascending.
    pub derived: Vec<usize>,
}

impl Dependencies {
    pub fn new(questionnaire: &Questionnaire) -> Self {
        let mut deps = Dependencies::default();
        let reads = |deps: &mut Dependencies, condition: Option<&Condition>| match condition {
            Some(condition) => deps.reads(questionnaire, condition),
            None => Vec::new(),
        };
        for section in &questionnaire.sections {
            let section_reads = reads(&mut deps, section.show_if.as_ref());
            deps.sections.push(section_reads);
            let mut questions = Vec::new();
            let mut outside = Vec::new();
            for question in &section.questions {
                let mut own = vec![reads(&mut deps, question.show_if.as_ref())];
                let mut own_outside = vec![own[0].clone()];
                for member in question.kind.members() {
                    own.push(reads(&mut deps, member.show_if.as_ref()));
                    let ids = member.show_if.as_ref().map_or_else(Vec::new, |condition| {
                        outside_item(questionnaire, &question.id, condition)
                    });
                    own_outside.push(ids.iter().map(|id| deps.intern(id)).collect());
                }
                questions.push(own);
                outside.push(own_outside);
            }
            deps.questions.push(questions);
            deps.outside_item.push(outside);
        }
        for finding in &questionnaire.findings {
            let finding_reads = deps.reads(questionnaire, &finding.when);
            deps.findings.push(finding_reads);
        }
        for derived in &questionnaire.derived {
            let derived_reads = deps.aggregate(&derived.value);
            deps.derived.push(derived_reads);
        }
        deps.index_readers();
        deps
    }

    fn index_readers(&mut self) {
        let mut readers = vec![Readers::default(); self.ids.len()];
        for (s, section) in self.sections.iter().enumerate() {
            for &n in section {
                readers[n].positions.push((s, 0));
            }
            for (q, question) in self.questions[s].iter().enumerate() {
                for n in question.iter().flatten().copied() {
                    // A group whose own show_if and a member's both read the id: once.
                    if readers[n].positions.last() != Some(&(s, q + 1)) {
                        readers[n].positions.push((s, q + 1));
                    }
                }
            }
        }
        for (index, reads) in self.findings.iter().enumerate() {
            for &n in reads {
                readers[n].findings.push(index);
            }
        }
        for (index, reads) in self.derived.iter().enumerate() {
            for &n in reads {
                readers[n].derived.push(index);
            }
        }
        self.readers = readers;
    }

    /// What reads the id numbered `n` (a number `id` gave).
    pub fn readers(&self, n: usize) -> &Readers {
        &self.readers[n]
    }

    /// The number standing for an id, if any condition reads it.
    pub fn id(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// How many ids conditions read: the size of a set of them.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    fn intern(&mut self, id: &str) -> usize {
        // Most ids are read by more than one condition: look before copying the id.
        if let Some(&n) = self.ids.get(id) {
            return n;
        }
        let next = self.ids.len();
        self.ids.insert(id.to_owned(), next);
        next
    }

    fn aggregate(&mut self, aggregate: &Aggregate) -> Reads {
        match aggregate {
            Aggregate::Max(group, question) => vec![self.intern(group), self.intern(question)],
            Aggregate::Count(group) => vec![self.intern(group)],
        }
    }

    fn reads(&mut self, questionnaire: &Questionnaire, condition: &Condition) -> Reads {
        // A condition reads a handful of ids: a list sorted once beats a hash set.
        let mut found = Vec::new();
        let mut names_seen = HashSet::default();
        let mut todo = vec![condition];
        while let Some(condition) = todo.pop() {
            for id in condition.question_ids() {
                found.push(self.intern(id));
                if let Some(derived) = questionnaire.derived_value(id) {
                    found.extend(self.aggregate(&derived.value));
                }
            }
            condition.visit(&mut |inner| {
                if let Condition::AnyItem(group, _) | Condition::EveryItem(group, _) = inner {
                    found.push(self.intern(group));
                }
            });
            for name in condition.names() {
                if names_seen.insert(name)
                    && let Some(named) = questionnaire.conditions.get(name)
                {
                    todo.push(named);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// The ids whose answers or visibility a condition read in an item of `group` depends on
/// outside that item, sorted: everything it reads except the questions of the group it
/// names directly, which in that item stand for the item's own answers. Inside a nested
/// quantifier or a derived value every id counts, the group's own questions included, as
/// they range over all items. So while none of these changes, the condition's outcome in
/// an item changes only with that item's answers or the visibility of its questions.
pub fn outside_item(
    questionnaire: &Questionnaire,
    group: &str,
    condition: &Condition,
) -> Vec<String> {
    let mut found = BTreeSet::new();
    let mut names_seen = HashSet::default();
    in_item(questionnaire, group, condition, &mut found, &mut names_seen);
    found.into_iter().collect()
}

fn in_item<'q>(
    questionnaire: &'q Questionnaire,
    group: &str,
    condition: &'q Condition,
    found: &mut BTreeSet<String>,
    names_seen: &mut HashSet<&'q str>,
) {
    match condition {
        Condition::Is(id, _)
        | Condition::Answered(id)
        | Condition::Unanswered(id)
        | Condition::LevelAtLeast(id, _)
        | Condition::LevelAtMost(id, _) => {
            if questionnaire.group_of(id).is_none_or(|g| g.id != group) {
                anywhere(questionnaire, condition, found);
            }
        }
        Condition::Not(inner) => in_item(questionnaire, group, inner, found, names_seen),
        Condition::All(all) | Condition::Any(all) | Condition::AtLeast(_, all) => {
            for inner in all {
                in_item(questionnaire, group, inner, found, names_seen);
            }
        }
        Condition::Named(name) => {
            if names_seen.insert(name)
                && let Some(named) = questionnaire.conditions.get(name)
            {
                in_item(questionnaire, group, named, found, names_seen);
            }
        }
        Condition::AnyItem(..) | Condition::EveryItem(..) => {
            anywhere(questionnaire, condition, found)
        }
    }
}

/// Every id a condition reads, wherever it is read: named conditions and derived values
/// followed, quantified groups included.
fn anywhere(questionnaire: &Questionnaire, condition: &Condition, found: &mut BTreeSet<String>) {
    let mut names_seen = HashSet::default();
    let mut todo = vec![condition];
    while let Some(condition) = todo.pop() {
        for id in condition.question_ids() {
            found.insert(id.to_owned());
            if let Some(derived) = questionnaire.derived_value(id) {
                found.insert(derived.value.group().to_owned());
                if let Aggregate::Max(_, question) = &derived.value {
                    found.insert(question.clone());
                }
            }
        }
        condition.visit(&mut |inner| {
            if let Condition::AnyItem(group, _) | Condition::EveryItem(group, _) = inner {
                found.insert(group.clone());
            }
        });
        for name in condition.names() {
            if names_seen.insert(name)
                && let Some(named) = questionnaire.conditions.get(name)
            {
                todo.push(named);
            }
        }
    }
}
