//! What one change has reached so far: the ids whose answers or visibility changed, and the
//! conditions that read them still to be decided again.

use std::collections::BTreeSet;

use crate::rules::{Dependencies, Position};

pub(super) struct Dirty<'d> {
    deps: &'d Dependencies,
    marked: Vec<bool>,
    ids: Vec<usize>,
    /// The show_ifs still to decide, taken in questionnaire order.
    todo: BTreeSet<Position>,
}

impl<'d> Dirty<'d> {
    pub(super) fn new(deps: &'d Dependencies) -> Self {
        Dirty {
            deps,
            marked: vec![false; deps.len()],
            ids: Vec::new(),
            todo: BTreeSet::new(),
        }
    }

    pub(super) fn is(&self, n: usize) -> bool {
        self.marked[n]
    }

    /// Marks the id numbered `n` changed. Its show_ifs after `decided` (all of them, for
    /// `None`) are to be decided again; those at or before it were decided already in this
    /// pass, which, like the first computation, decides each show_if once, in order.
    pub(super) fn mark(&mut self, n: usize, decided: Option<Position>) {
        if std::mem::replace(&mut self.marked[n], true) {
            return;
        }
        self.ids.push(n);
        let after = |position: &&Position| decided.is_none_or(|decided| **position > decided);
        let readers = self.deps.readers(n);
        self.todo
            .extend(readers.positions.iter().filter(after).copied());
    }

    /// The next show_if to decide, in questionnaire order.
    pub(super) fn next_reader(&mut self) -> Option<Position> {
        self.todo.pop_first()
    }

    /// The findings that read a changed id, ascending.
    pub(super) fn findings(&self) -> Vec<usize> {
        self.collect(|n| &self.deps.readers(n).findings)
    }

    /// The derived values that read a changed id, ascending.
    pub(super) fn derived(&self) -> Vec<usize> {
        self.collect(|n| &self.deps.readers(n).derived)
    }

    fn collect<'a>(&'a self, of: impl Fn(usize) -> &'a Vec<usize>) -> Vec<usize> {
        let mut found: Vec<usize> = self.ids.iter().flat_map(|&n| of(n)).copied().collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}
