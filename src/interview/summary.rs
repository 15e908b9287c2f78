//! The ending: after the last question (and at any time from the overview), what is still
//! open, unknown, disputed or changed, and the serious findings nobody owns yet. Computed
//! here, in the core, so that every shell shows the same list.

use crate::assessment::{AnswerState, Value};
use crate::questionnaire::Severity;

use super::{Effect, Interview, Message, Mode};

/// Questions by index in the questionnaire, findings by index among those that fire.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub unanswered: Vec<usize>,
    pub unknown: Vec<usize>,
    pub disputed: Vec<usize>,
    /// To follow up or to ask the supplier.
    pub open: Vec<usize>,
    /// Answered before the questionnaire changed the question, or left in conflict by a merge.
    pub changed: Vec<usize>,
    /// The High findings that fire, in the order they are listed.
    pub high: Vec<usize>,
    /// Those of `high` whose action has no owner.
    pub high_without_owner: Vec<usize>,
}

impl Interview {
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for index in (0..self.order.len()).filter(|&i| self.is_visible(i)) {
            let Some((_, question)) = self.question_at(index) else {
                continue;
            };
            let answer = self
                .order
                .get(index)
                .and_then(|slot| self.assessment.answer(&slot.key));
            match answer.and_then(|a| a.value.as_ref()) {
                None if self.is_answered(index) => {}
                None => summary.unanswered.push(index),
                Some(Value::Unknown) => summary.unknown.push(index),
                Some(_) => {}
            }
            match answer.map(|a| a.state).unwrap_or_default() {
                AnswerState::Disputed => summary.disputed.push(index),
                AnswerState::FollowUp | AnswerState::AskSupplier => summary.open.push(index),
                AnswerState::Settled => {}
            }
            if answer.is_some_and(|a| a.conflict.is_some() || a.needs_reconfirmation(question)) {
                summary.changed.push(index);
            }
        }
        for (position, fired) in self.fired.iter().enumerate() {
            let finding = &self.questionnaire.findings[fired.finding];
            if finding.severity != Severity::High {
                continue;
            }
            summary.high.push(position);
            let owned = self
                .assessment
                .actions
                .get(&finding.id)
                .is_some_and(|a| !a.owner.trim().is_empty());
            if !owned {
                summary.high_without_owner.push(position);
            }
        }
        summary
    }

    pub(super) fn update_summary(&mut self, selected: usize, message: Message) -> Option<Effect> {
        let high = self.summary().high;
        let last = high.len().saturating_sub(1);
        match message {
            Message::CursorUp => {
                self.mode = Mode::Summary {
                    selected: selected.saturating_sub(1),
                }
            }
            Message::CursorDown => {
                self.mode = Mode::Summary {
                    selected: (selected + 1).min(last),
                }
            }
            Message::EditOwner | Message::EditDue => {
                if let Some(&fired) = high.get(selected) {
                    self.action_from_summary = true;
                    self.mode = if message == Message::EditOwner {
                        Mode::EditOwner { selected: fired }
                    } else {
                        Mode::EditDue { selected: fired }
                    };
                }
            }
            Message::Export => return Some(Effect::Export),
            Message::Exported(result) => self.exported(result),
            Message::Undo => return self.undo(),
            Message::Redo => return self.redo(),
            Message::Quit => return self.request_quit(),
            Message::Saved(result) => self.saved(result),
            Message::ToggleOverview => {
                self.mode = Mode::Overview {
                    selected: self.current,
                }
            }
            Message::ToggleHelp => self.mode = Mode::Help,
            _ => self.mode = Mode::Question,
        }
        None
    }

    /// Where the group returns after typing an owner or a due date.
    pub(super) fn after_action(&mut self, fired: usize) -> Mode {
        if std::mem::take(&mut self.action_from_summary) {
            let position = self
                .summary()
                .high
                .iter()
                .position(|&f| f == fired)
                .unwrap_or(0);
            Mode::Summary { selected: position }
        } else {
            Mode::Findings { selected: fired }
        }
    }
}
