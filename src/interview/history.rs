//! Undo and redo: a stack of whole-assessment snapshots. Whole snapshots rather than inverse
//! changes, so that every kind of change (answers, notes, states, owners, titles, and any kind
//! added later, such as the items of a repeat group) is covered without a line of code per
//! kind; an assessment is small, and one copy per change costs microseconds.

use crate::assessment::Assessment;

#[derive(Debug, Clone)]
pub(super) struct History {
    /// The assessment as it stood after the last recorded change.
    baseline: Assessment,
    undo: Vec<Assessment>,
    redo: Vec<Assessment>,
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
    pub(super) fn record(&mut self, now: &Assessment) {
        if &self.baseline == now {
            return;
        }
        let before = std::mem::replace(&mut self.baseline, now.clone());
        self.undo.push(before);
        self.redo.clear();
    }

    /// The assessment before the last change, taking `now` onto the redo stack.
    pub(super) fn undo(&mut self, now: Assessment) -> Option<Assessment> {
        let previous = self.undo.pop()?;
        self.redo.push(now);
        self.baseline = previous.clone();
        Some(previous)
    }

    pub(super) fn redo(&mut self, now: Assessment) -> Option<Assessment> {
        let next = self.redo.pop()?;
        self.undo.push(now);
        self.baseline = next.clone();
        Some(next)
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
        let now = self.assessment.clone();
        let previous = self.history.undo(now)?;
        self.restore(previous, "info-undone")
    }

    pub(super) fn redo(&mut self) -> Option<super::Effect> {
        let now = self.assessment.clone();
        let next = self.history.redo(now)?;
        self.restore(next, "info-redone")
    }

    /// Puts back an earlier assessment, shows the question it changed, and saves it like any
    /// change: an undo the room sees is an undo on disk.
    fn restore(&mut self, assessment: Assessment, message: &'static str) -> Option<super::Effect> {
        let before = std::mem::replace(&mut self.assessment, assessment);
        self.recompute();
        let changed = self.order.iter().position(|slot| {
            before.answers.get(&slot.key) != self.assessment.answers.get(&slot.key)
        });
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
