//! The findings overlay: choosing a finding and giving its action an owner and a due date,
//! which the report's action plan and `check` read.

use crate::assessment::Action;
use crate::i18n::Message as Text;

use super::{Effect, Interview, Message, Mode};

impl Interview {
    pub(super) fn update_findings(&mut self, selected: usize, message: Message) -> Option<Effect> {
        let last = self.fired.len().saturating_sub(1);
        match message {
            Message::CursorUp | Message::Previous => {
                self.mode = Mode::Findings {
                    selected: selected.saturating_sub(1),
                }
            }
            Message::CursorDown | Message::Next => {
                self.mode = Mode::Findings {
                    selected: (selected + 1).min(last),
                }
            }
            Message::EditOwner if !self.fired.is_empty() => {
                self.mode = Mode::EditOwner { selected }
            }
            Message::EditDue if !self.fired.is_empty() => self.mode = Mode::EditDue { selected },
            Message::Undo => return self.undo(),
            Message::Redo => return self.redo(),
            Message::Quit => return self.request_quit(),
            Message::Saved(result) => self.saved(result),
            Message::EditOwner | Message::EditDue => {}
            _ => self.mode = Mode::Question,
        }
        None
    }

    /// The id of the finding at `selected` among those that fire.
    pub fn fired_finding_id(&self, selected: usize) -> Option<&str> {
        let fired = self.fired.get(selected)?;
        Some(self.questionnaire.findings.get(fired.finding)?.id.as_str())
    }

    pub fn action_of(&self, finding_id: &str) -> Option<&Action> {
        self.assessment.actions.get(finding_id)
    }

    pub(super) fn update_action(&mut self, selected: usize, message: Message) -> Option<Effect> {
        let id = self.fired_finding_id(selected)?.to_owned();
        let mut action = self
            .assessment
            .actions
            .get(&id)
            .cloned()
            .unwrap_or_default();
        match message {
            Message::SetOwner(owner) => {
                if !self.personal_numbers_cleared(&owner) {
                    return None;
                }
                action.owner = owner.trim().to_owned()
            }
            Message::SetDue(due) => {
                let due = due.trim();
                if !due.is_empty() && due.parse::<jiff::civil::Date>().is_err() {
                    self.notice = Some(Text::new("notice-not-a-date").with("value", due));
                    return None;
                }
                action.due = due.to_owned();
            }
            Message::Cancel => {
                self.mode = self.after_action(selected);
                return None;
            }
            Message::Saved(result) => {
                self.saved(result);
                return None;
            }
            _ => return None,
        }
        self.mode = self.after_action(selected);
        let conflicted = self.assessment.conflicts.actions.contains_key(&id);
        if !conflicted
            && self
                .assessment
                .actions
                .get(&id)
                .cloned()
                .unwrap_or_default()
                == action
        {
            return None;
        }
        // What the group sets now settles a merge conflict on this action, as answering
        // settles one on an answer.
        let action = (action != Action::default()).then_some(action);
        self.assessment.settle_action(&id, action);
        self.changed()
    }
}
