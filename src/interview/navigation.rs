//! Moving through the questionnaire: next and previous visible question, jumps, and the
//! overview. Moving never changes an answer.

use super::{Effect, Interview, Message, Mode};

impl Interview {
    pub(super) fn next(&mut self) {
        if let Some(index) = (self.current + 1..self.order.len()).find(|&i| self.is_visible(i)) {
            self.current = index;
            self.reset_cursor();
        }
    }

    /// Next, or the ending screen after the last visible question.
    pub(super) fn next_or_end(&mut self) {
        let before = self.current;
        self.next();
        if self.current == before {
            self.mode = Mode::Summary { selected: 0 };
        }
    }

    pub(super) fn previous(&mut self) {
        if let Some(index) = (0..self.current).rev().find(|&i| self.is_visible(i)) {
            self.current = index;
            self.reset_cursor();
        }
    }

    /// Goes to a visible question; a hidden or unknown one leaves the position as it is.
    pub(super) fn go_to(&mut self, id: &str) {
        let found = self.order.iter().position(|slot| slot.key == id);
        if let Some(index) = found.filter(|&i| self.is_visible(i)) {
            self.current = index;
            self.reset_cursor();
        }
    }

    /// The first visible question without a value; the last visible one when all are done.
    pub(super) fn first_unanswered(&self) -> usize {
        let visible = || (0..self.order.len()).filter(|&i| self.is_visible(i));
        visible()
            .find(|&i| !self.is_answered(i))
            .or_else(|| visible().next_back())
            .unwrap_or(0)
    }

    pub(super) fn update_overview(&mut self, selected: usize, message: Message) -> Option<Effect> {
        let last = self.order.len().saturating_sub(1);
        match message {
            Message::CursorUp | Message::Previous => {
                self.mode = Mode::Overview {
                    selected: selected.saturating_sub(1),
                };
            }
            Message::CursorDown | Message::Next => {
                self.mode = Mode::Overview {
                    selected: (selected + 1).min(last),
                };
            }
            Message::Confirm => {
                if self.is_visible(selected) {
                    self.current = selected;
                    self.reset_cursor();
                    self.mode = Mode::Question;
                } else {
                    self.notice = Some(crate::i18n::Message::new("notice-question-hidden"));
                }
            }
            Message::ShowSummary => self.mode = Mode::Summary { selected: 0 },
            Message::Undo => return self.undo(),
            Message::Redo => return self.redo(),
            Message::Quit => return self.request_quit(),
            Message::Saved(result) => self.saved(result),
            _ => self.mode = Mode::Question,
        }
        None
    }
}
