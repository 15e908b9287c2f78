//! `update`: how each message changes the interview, mode by mode.

use crate::assessment::{AnswerState, Value};
use crate::error::UserError;
use crate::i18n::Message as Text;

use super::{Effect, Interview, Message, Mode, SaveStatus};

impl Interview {
    pub fn update(&mut self, message: Message) -> Option<Effect> {
        self.notice = None;
        self.info = None;
        match self.mode {
            Mode::AskTitle => self.update_ask_title(message),
            Mode::Overview { selected } => self.update_overview(selected, message),
            Mode::ConfirmQuit => {
                match message {
                    Message::Quit | Message::Confirm => self.quit = true,
                    Message::Saved(result) => {
                        self.saved(result);
                        // The retry went through: nothing is lost by quitting now.
                        self.quit = self.save == SaveStatus::Saved;
                    }
                    _ => self.mode = Mode::Question,
                }
                None
            }
            Mode::Findings { selected } => self.update_findings(selected, message),
            Mode::Summary { selected } => self.update_summary(selected, message),
            Mode::EditOwner { selected } | Mode::EditDue { selected } => {
                self.update_action(selected, message)
            }
            Mode::Help => {
                match message {
                    Message::CursorDown | Message::Next => self.help_scroll += 1,
                    Message::CursorUp | Message::Previous => {
                        self.help_scroll = self.help_scroll.saturating_sub(1)
                    }
                    Message::Quit => return self.request_quit(),
                    Message::Saved(result) => self.saved(result),
                    _ => self.mode = Mode::Question,
                }
                None
            }
            Mode::EditNote | Mode::EditAnswer | Mode::Jump => self.update_typing(message),
            Mode::EditItemName { renaming } => match message {
                Message::SetItemName(name) => self.set_item_name(&name, renaming),
                message => self.outside_the_editor(message),
            },
            Mode::EditTitle => match message {
                Message::SetTitle(title) => self.retitle(&title),
                message => self.outside_the_editor(message),
            },
            Mode::ConfirmRemoveItem => match message {
                Message::Saved(result) => {
                    self.saved(result);
                    None
                }
                message => self.update_confirm_remove(message),
            },
            Mode::Question => self.update_question(message),
        }
    }

    /// What an editor's mode does with a message that is not its text: the outcome of a
    /// save, quitting, or anything else closing it.
    fn outside_the_editor(&mut self, message: Message) -> Option<Effect> {
        match message {
            Message::Saved(result) => {
                self.saved(result);
                None
            }
            Message::Quit => self.request_quit(),
            _ => {
                self.mode = Mode::Question;
                None
            }
        }
    }

    /// A new title; what the group types settles a merge conflict on the title.
    fn retitle(&mut self, title: &str) -> Option<Effect> {
        let title = title.trim();
        if title.is_empty() {
            self.notice = Some(Text::new("notice-title-required"));
            return None;
        }
        if !self.personal_numbers_cleared(title) {
            return None;
        }
        self.mode = Mode::Question;
        if title == self.assessment.title && self.assessment.conflicts.title.is_none() {
            return None;
        }
        self.assessment.settle_title(title);
        self.changed()
    }

    fn update_ask_title(&mut self, message: Message) -> Option<Effect> {
        match message {
            Message::SetTitle(title) if !title.trim().is_empty() => {
                if !self.personal_numbers_cleared(&title) {
                    return None;
                }
                self.assessment.title = title.trim().to_owned();
                self.mode = Mode::Question;
                self.changed()
            }
            Message::SetTitle(_) => {
                self.notice = Some(Text::new("notice-title-required"));
                None
            }
            Message::Quit | Message::Cancel => {
                // Nothing was written yet, so there is nothing to lose.
                self.quit = true;
                None
            }
            _ => None,
        }
    }

    fn update_typing(&mut self, message: Message) -> Option<Effect> {
        let advance = matches!(message, Message::SetTyped(_));
        match message {
            Message::SetNote(note) => {
                if !self.personal_numbers_cleared(&note) {
                    return None;
                }
                self.mode = Mode::Question;
                let id = self.current_key()?.to_owned();
                if self
                    .assessment
                    .answer(&id)
                    .map(|a| a.note.as_str())
                    .unwrap_or("")
                    == note
                {
                    return None;
                }
                self.assessment.set_note(&id, note);
                self.changed()
            }
            Message::SetTyped(text) | Message::KeepTyped(text) => {
                if !self.personal_numbers_cleared(&text) {
                    return None;
                }
                self.set_typed(&text, advance)
            }
            Message::GoTo(id) => {
                self.mode = Mode::Question;
                self.go_to(&id);
                None
            }
            Message::Cancel => {
                self.mode = Mode::Question;
                None
            }
            Message::Saved(result) => {
                self.saved(result);
                None
            }
            _ => None,
        }
    }

    fn update_question(&mut self, message: Message) -> Option<Effect> {
        match message {
            Message::AddItem | Message::RenameItem | Message::RemoveItem => {
                self.update_group(message)
            }
            Message::EditTitle => {
                self.mode = Mode::EditTitle;
                None
            }
            // On a group's list the arrows choose an item, and "yes/no" answer nothing.
            Message::CursorDown if self.current_slot_is_group() => {
                let count = self.current_items().len();
                self.cursor = (self.cursor + 1).min(count.saturating_sub(1));
                None
            }
            Message::Yes
            | Message::No
            | Message::Toggle
            | Message::Digit(_)
            | Message::SetValue(_)
                if self.current_slot_is_group() =>
            {
                None
            }
            Message::Yes => self.set_value(Value::Yes),
            Message::No => self.set_value(Value::No),
            Message::Unknown => self.set_value(Value::Unknown),
            Message::NotApplicable => self.set_value(Value::NotApplicable),
            Message::SetValue(value) => self.set_value(value),
            Message::Digit(digit) => self.digit(digit),
            Message::Toggle => self.toggle_cursor(),
            Message::CursorUp => {
                self.cursor = self.cursor.saturating_sub(1);
                None
            }
            Message::CursorDown => {
                self.cursor = (self.cursor + 1).min(self.widget_len().saturating_sub(1));
                None
            }
            Message::Confirm => self.confirm(),
            Message::Next => {
                self.next_or_end();
                None
            }
            Message::Undo => self.undo(),
            Message::Redo => self.redo(),
            Message::ShowSummary => {
                self.mode = Mode::Summary { selected: 0 };
                None
            }
            Message::Previous => {
                self.previous();
                None
            }
            Message::ClearAnswer => {
                self.current_question()?;
                self.answer_current(None);
                self.changed()
            }
            Message::CycleState => {
                let id = self.current_key()?.to_owned();
                let state = self
                    .assessment
                    .answer(&id)
                    .map(|a| a.state)
                    .unwrap_or_default();
                let next = AnswerState::ALL[(AnswerState::ALL
                    .iter()
                    .position(|s| *s == state)
                    .unwrap_or(0)
                    + 1)
                    % AnswerState::ALL.len()];
                self.assessment.set_state(&id, next);
                self.changed()
            }
            // The projector hides the help text: a key must not change what nobody sees.
            Message::ToggleHelpText if self.projector => None,
            Message::ToggleHelpText => {
                self.show_help_text = !self.show_help_text;
                None
            }
            Message::ToggleOverview => {
                self.mode = Mode::Overview {
                    selected: self.current,
                };
                None
            }
            Message::ToggleFindings => {
                self.mode = Mode::Findings { selected: 0 };
                None
            }
            Message::ToggleHelp => {
                self.mode = Mode::Help;
                self.help_scroll = 0;
                None
            }
            Message::ToggleProjector => {
                self.projector = !self.projector;
                None
            }
            Message::EditNote => {
                self.mode = Mode::EditNote;
                None
            }
            Message::EditAnswer => {
                if self.current_is_typed() {
                    self.mode = Mode::EditAnswer;
                }
                None
            }
            Message::StartJump => {
                self.mode = Mode::Jump;
                None
            }
            Message::GoTo(id) => {
                self.go_to(&id);
                None
            }
            Message::Export => Some(Effect::Export),
            Message::Exported(result) => {
                self.exported(result);
                None
            }
            Message::Quit => self.request_quit(),
            Message::Saved(result) => {
                self.saved(result);
                None
            }
            Message::Cancel
            | Message::SetNote(_)
            | Message::SetTyped(_)
            | Message::KeepTyped(_)
            | Message::SetTitle(_)
            | Message::EditOwner
            | Message::EditDue
            | Message::SetOwner(_)
            | Message::SetDue(_)
            | Message::SetItemName(_) => None,
        }
    }

    pub(super) fn exported(&mut self, result: Result<String, UserError>) {
        match result {
            Ok(summary) => self.info = Some(Text::new("export-outputs").with("summary", summary)),
            Err(error) => self.notice = Some(error.message),
        }
    }

    pub(super) fn request_quit(&mut self) -> Option<Effect> {
        match self.save {
            SaveStatus::Saved => self.quit = true,
            // A failed or unfinished save: ask first, and try once more meanwhile.
            _ => {
                self.mode = Mode::ConfirmQuit;
                return Some(Effect::Save);
            }
        }
        None
    }

    pub(super) fn saved(&mut self, result: Result<(), UserError>) {
        self.save = match result {
            Ok(()) => SaveStatus::Saved,
            Err(error) => SaveStatus::Failed(error),
        };
    }

    /// Sets the current question's value, recording the question's definition with it. An
    /// answer given under this version of the questionnaire moves the file to it.
    pub(super) fn answer_current(&mut self, value: Option<Value>) {
        let Some(key) = self.current_key().map(str::to_owned) else {
            return;
        };
        let Some((_, question)) = self.question_at(self.current) else {
            return;
        };
        let question = question.clone();
        self.assessment.answer_at(&key, &question, value);
        self.assessment.questionnaire_version = self.questionnaire.version;
    }

    pub(super) fn current_slot_is_group(&self) -> bool {
        self.order
            .get(self.current)
            .is_some_and(|slot| slot.is_group())
    }

    /// The current answer was given before the questionnaire changed this question.
    pub fn needs_reconfirmation(&self) -> bool {
        let (Some(key), Some(question)) = (self.current_key(), self.current_question()) else {
            return false;
        };
        self.assessment
            .answer(key)
            .is_some_and(|answer| answer.needs_reconfirmation(question))
    }

    /// The answers a change where the group stands can reach: the current answer, and on a
    /// repeat group's list its items (added, renamed, removed with their answers).
    fn change_scope(&self) -> super::history::Scope {
        let mut scope = super::history::Scope::default();
        if let Some(slot) = self.order.get(self.current) {
            scope.keys.push(slot.key.clone());
            if slot.is_group() {
                scope
                    .prefixes
                    .push(format!("{}{}", slot.key, crate::items::SEPARATOR));
            }
        }
        scope
    }

    /// Every change to the assessment goes through here: it can be undone, rules are re-run
    /// and a save asked for.
    pub(super) fn changed(&mut self) -> Option<Effect> {
        let scope = self.change_scope();
        let keys = self.history.record(&self.assessment, &scope);
        self.recompute_after(&keys);
        self.save = SaveStatus::Pending;
        Some(Effect::Save)
    }
}
