//! Carrying out one line: each command becomes the messages the full screen's keys would
//! send, so that the model decides exactly as it does there.

use std::io::{BufRead, Write};

use crate::assessment::Value;
use crate::i18n::Message as Text;
use crate::interview::{Message, Mode, SaveStatus};

use super::words::Command;
use super::{Plain, Refusal, lists, render};

type Handled = Result<(), Refusal>;

impl<R: BufRead, W: Write> Plain<R, W> {
    pub(super) fn handle(&mut self, line: &str) -> Handled {
        let trimmed = line.trim();
        match self.interview.mode() {
            Mode::AskTitle => {
                let said = self.send(Message::SetTitle(trimmed.to_owned()));
                return self.refused(said.notice);
            }
            Mode::ConfirmRemoveItem => {
                if self.words.parse(line) == Some(Command::Yes) {
                    let said = self.send(Message::Yes);
                    self.tell(said.info.as_ref());
                } else {
                    self.send(Message::Cancel);
                    self.tell_text("plain-kept");
                }
                return Ok(());
            }
            Mode::ConfirmQuit => {
                if self.words.parse(line) == Some(Command::Quit) {
                    self.send(Message::Quit);
                    self.tell_text("plain-not-saved");
                } else {
                    self.send(Message::Cancel);
                }
                return Ok(());
            }
            _ => {}
        }
        if std::mem::take(&mut self.awaiting_note) {
            return match trimmed {
                "" => Ok(()),
                "-" => self.set_note(String::new()),
                note => self.set_note(note.to_owned()),
            };
        }
        // On a text, number or date question the line is the answer; commands there start
        // with a colon, and a lone `?` cannot be meant as an answer.
        let after_summary = self.after_summary;
        if self.interview.current_is_typed()
            && !after_summary
            && !trimmed.is_empty()
            && !trimmed.starts_with(':')
            && trimmed != "?"
        {
            // A command typed without its colon would be saved as the answer: asked first,
            // and the same line again saves it, as with a personal number.
            let command_like = !matches!(
                self.words.parse(trimmed),
                None | Some(Command::Numbers(_) | Command::Enter)
            );
            if command_like && self.command_like.as_deref() != Some(trimmed) {
                self.command_like = Some(trimmed.to_owned());
                return Err(Refusal {
                    text: self
                        .localizer
                        .message(&Text::new("plain-command-like").with("input", trimmed)),
                    confirmable: true,
                });
            }
            self.command_like = None;
            return self.typed(trimmed);
        }
        self.command_like = None;
        match self.words.parse(line) {
            Some(command) => self.command(command, trimmed),
            None => Err(self.refusal(Text::new("plain-unknown-command").with("input", trimmed))),
        }
    }

    fn command(&mut self, command: Command, input: &str) -> Handled {
        let on_group = self.on_group();
        match command {
            Command::Yes if !on_group => self.answer(Value::Yes, input),
            Command::No if !on_group => self.answer(Value::No, input),
            Command::Unknown if !on_group => self.answer(Value::Unknown, input),
            Command::NotApplicable if !on_group => self.answer(Value::NotApplicable, input),
            Command::Numbers(numbers) if !on_group => {
                let value = self
                    .interview
                    .current_question()
                    .and_then(|question| render::value_of_numbers(question, &numbers));
                match value {
                    Some(value) => self.answer(value, input),
                    None => Err(self.does_not_fit(input)),
                }
            }
            Command::Yes
            | Command::No
            | Command::Unknown
            | Command::NotApplicable
            | Command::Numbers(_) => Err(self.does_not_fit(input)),
            Command::Enter => {
                self.send(Message::Confirm);
                Ok(())
            }
            Command::Next => {
                self.send(Message::Next);
                Ok(())
            }
            Command::Back => {
                let before = self.interview.current_index();
                self.send(Message::Previous);
                if self.interview.current_index() == before {
                    self.tell_text("plain-first");
                }
                Ok(())
            }
            Command::Go(query) => self.go(&query),
            Command::Note(Some(note)) => self.set_note(note),
            Command::Note(None) => {
                self.awaiting_note = true;
                self.tell_text("plain-note-lead");
                Ok(())
            }
            Command::State => {
                self.send(Message::CycleState);
                let state = self
                    .interview
                    .current_answer()
                    .map(|a| a.state)
                    .unwrap_or_default();
                let text =
                    Text::new("plain-state-now").with("state", self.localizer.state_label(state));
                self.tell(Some(&text));
                Ok(())
            }
            Command::Clear => {
                self.send(Message::ClearAnswer);
                self.tell_text("plain-cleared");
                Ok(())
            }
            Command::HelpText => {
                let lines = render::help_text(&self.interview, &self.localizer);
                self.tell_lines(&lines);
                Ok(())
            }
            Command::Repeat => {
                self.presented = None;
                self.section = None;
                self.said_before = None;
                Ok(())
            }
            Command::Commands => {
                let lines = lists::commands(&self.localizer);
                self.tell_lines(&lines);
                Ok(())
            }
            Command::Overview(section) => {
                let count = self.interview.questionnaire().sections.len();
                let wanted = match section {
                    None => None,
                    Some(text) => match text.trim().parse::<usize>() {
                        Ok(n) if (1..=count).contains(&n) => Some(n - 1),
                        _ => return Err(self.does_not_fit(&text)),
                    },
                };
                let lines = lists::overview(&self.interview, &self.localizer, wanted);
                self.tell_lines(&lines);
                Ok(())
            }
            Command::Findings => {
                let lines = lists::findings(&self.interview, &self.localizer);
                self.tell_lines(&lines);
                Ok(())
            }
            Command::Owner(argument) => self.action(&argument, true),
            Command::Due(argument) => self.action(&argument, false),
            Command::Summary => {
                let lines = lists::summary(&self.interview, &self.localizer);
                self.tell_lines(&lines);
                Ok(())
            }
            Command::Export => {
                let said = self.send(Message::Export);
                self.tell(said.info.as_ref());
                self.refused(said.notice)
            }
            Command::Undo | Command::Redo => self.undo(command == Command::Undo),
            Command::Add(name) => self.add_item(name, on_group),
            Command::Rename(argument) => self.rename_item(&argument),
            Command::Remove(argument) => self.remove_item(&argument),
            Command::Title(title) => {
                if title.is_empty() {
                    return Err(self.usage("plain-usage-title"));
                }
                self.send(Message::EditTitle);
                let said = self.send(Message::SetTitle(title));
                self.back_to_question();
                self.refused(said.notice)?;
                self.tell_text("plain-title-set");
                Ok(())
            }
            Command::Quit => {
                self.send(Message::Quit);
                if self.interview.should_quit() {
                    self.tell_text("plain-quit");
                }
                Ok(())
            }
        }
    }

    /// An answer named by the line; the interview then moves on, as a form does.
    fn answer(&mut self, value: Value, input: &str) -> Handled {
        let said = self.send(Message::SetValue(value.clone()));
        self.refused(said.notice)?;
        let fits = self
            .interview
            .current_question()
            .is_some_and(|question| question.accepts(&value));
        if !fits {
            return Err(self.does_not_fit(input));
        }
        self.saved();
        self.send(Message::Next);
        Ok(())
    }

    /// A typed answer, checked by the model as the full screen's editor is.
    fn typed(&mut self, text: &str) -> Handled {
        self.send(Message::EditAnswer);
        let said = self.send(Message::SetTyped(text.to_owned()));
        if said.notice.is_some() {
            self.back_to_question();
            return self.refused(said.notice);
        }
        self.saved();
        Ok(())
    }

    fn set_note(&mut self, note: String) -> Handled {
        self.send(Message::EditNote);
        let said = self.send(Message::SetNote(note));
        self.back_to_question();
        self.refused(said.notice)?;
        self.tell_text("plain-note-saved");
        Ok(())
    }

    fn go(&mut self, query: &str) -> Handled {
        if query.is_empty() {
            return Err(self.usage("plain-usage-go"));
        }
        let found = crate::jump::jump_matches(&self.interview, &self.localizer, query)
            .first()
            .and_then(|&(_, index)| self.interview.slot_at(index))
            .map(|slot| slot.key.clone());
        let Some(key) = found else {
            return Err(self.refusal(Text::new("plain-no-match").with("input", query)));
        };
        self.send(Message::GoTo(key));
        // Asked for by name: said again even when it is the question at hand.
        self.presented = None;
        self.said_before = None;
        Ok(())
    }

    fn undo(&mut self, undo: bool) -> Handled {
        let possible = match undo {
            true => self.interview.can_undo(),
            false => self.interview.can_redo(),
        };
        if !possible {
            self.tell_text(match undo {
                true => "plain-nothing-to-undo",
                false => "plain-nothing-to-redo",
            });
            return Ok(());
        }
        self.send(if undo { Message::Undo } else { Message::Redo });
        let number = self
            .interview
            .number_of(self.interview.current_index())
            .unwrap_or_default();
        let id = if undo { "plain-undone" } else { "plain-redone" };
        self.tell(Some(&Text::new(id).with("number", number)));
        // The question the change was made on, with its answer as it now stands.
        self.presented = None;
        self.said_before = None;
        Ok(())
    }

    /// Owner (`owner`) or due date of the action of the finding numbered first in
    /// `argument`, through the findings overlay as the full screen sets them.
    fn action(&mut self, argument: &str, owner: bool) -> Handled {
        let usage = if owner {
            "plain-usage-owner"
        } else {
            "plain-usage-due"
        };
        let (number, text) = split_number(argument).ok_or_else(|| self.usage(usage))?;
        let count = self.interview.fired().len();
        if !(1..=count).contains(&number) {
            let input = argument.split_whitespace().next().unwrap_or_default();
            return Err(self.refusal(Text::new("plain-no-such-finding").with("input", input)));
        }
        self.send(Message::ToggleFindings);
        for _ in 1..number {
            self.send(Message::CursorDown);
        }
        let said = if owner {
            self.send(Message::EditOwner);
            self.send(Message::SetOwner(text))
        } else {
            self.send(Message::EditDue);
            self.send(Message::SetDue(text))
        };
        self.back_to_question();
        self.refused(said.notice)?;
        self.tell_text(if owner {
            "plain-owner-set"
        } else {
            "plain-due-set"
        });
        Ok(())
    }

    pub(super) fn on_group(&self) -> bool {
        self.interview
            .slot_at(self.interview.current_index())
            .is_some_and(|slot| slot.is_group())
    }

    pub(super) fn saved(&mut self) {
        if *self.interview.save_status() == SaveStatus::Saved {
            self.tell_text("plain-saved");
        }
    }

    pub(super) fn refused(&self, notice: Option<Text>) -> Handled {
        match notice {
            None => Ok(()),
            Some(notice) => Err(Refusal {
                confirmable: notice.id == "notice-personal-number",
                text: self.localizer.message(&notice),
            }),
        }
    }

    pub(super) fn refusal(&self, text: Text) -> Refusal {
        Refusal::new(self.localizer.message(&text))
    }

    pub(super) fn usage(&self, usage: &str) -> Refusal {
        self.refusal(Text::new("plain-needs-argument").with("usage", self.localizer.text(usage)))
    }

    /// "does not fit", with how this question is answered.
    fn does_not_fit(&self, input: &str) -> Refusal {
        let how = match self.interview.current_question() {
            Some(question) if self.on_group() => {
                let kind = self.localizer.group_item_kind(question);
                let how = self
                    .localizer
                    .message(&Text::new("plain-how-group").with("kind", kind));
                return self.refusal(Text::new("plain-on-group").with("how", how));
            }
            Some(question) => render::instruction(&self.localizer, question).join(" "),
            None => String::new(),
        };
        self.refusal(
            Text::new("plain-does-not-fit")
                .with("input", input)
                .with("how", how),
        )
    }

    /// Good news or a plain statement, said now; a failed write shows at the next one.
    pub(super) fn tell(&mut self, text: Option<&Text>) {
        if let Some(text) = text {
            let text = self.localizer.message(text);
            let _ = self.say(&text);
        }
    }

    pub(super) fn tell_text(&mut self, id: &str) {
        let _ = self.say_text(id);
    }

    fn tell_lines(&mut self, lines: &[String]) {
        let _ = self.say_lines(lines);
    }
}

/// "3 Anna Berg" as (3, "Anna Berg").
pub(super) fn split_number(argument: &str) -> Option<(usize, String)> {
    let argument = argument.trim();
    let (number, rest) = argument.split_once(' ').unwrap_or((argument, ""));
    Some((number.parse().ok()?, rest.trim().to_owned()))
}
