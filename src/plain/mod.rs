//! `--plain`: the interview as lines of text on standard input and output, for screen
//! readers, braille displays and scripts. The same model, messages and saving as the full
//! screen; only the shell differs. Nothing here moves a cursor, colours or redraws: each
//! question is written once as sentences, then a prompt, and one line is read.
//!
//! Every text written passes `terminal_safe::visible`, so a note or name from a file can no
//! more act on the terminal here than anywhere else.

mod act;
mod items;
mod lists;
mod render;
pub mod start;
mod words;

use std::io::{BufRead, Write};

use crate::i18n::{Localizer, Message as Text};
use crate::interview::{Interview, Message, Mode, SaveStatus};
use crate::shell::Edges;

pub use words::{Command, Words};

/// How the plain interview ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Quit or end of input, everything saved.
    Done,
    /// A script gave a line that does not fit, or a save failed: why, in one sentence.
    Stopped(String),
}

/// Why a line was not taken.
struct Refusal {
    text: String,
    /// A personal identity number was found: the same line again confirms it, in a script
    /// too.
    confirmable: bool,
}

impl Refusal {
    fn new(text: String) -> Self {
        Refusal {
            text,
            confirmable: false,
        }
    }
}

pub struct Plain<R, W> {
    interview: Interview,
    localizer: Localizer,
    edges: Edges,
    words: Words,
    input: R,
    output: W,
    /// The input is not a person at a terminal: each line is echoed after the prompt, and
    /// the first line that does not fit ends the interview with an error.
    script: bool,
    warning: Option<Text>,
    /// The question last written out, and the section last announced.
    presented: Option<usize>,
    section: Option<usize>,
    title_asked: bool,
    /// The question said before the one on screen, unless the listener asked to hear it
    /// all again.
    said_before: Option<usize>,
    /// `e` alone: the next line is the note.
    awaiting_note: bool,
    /// The summary was said last: lines are commands even where the question at hand takes
    /// typed text, until a question is said again; the listener heard the summary, not it.
    after_summary: bool,
    /// A line on a text question that reads as a command, which the same line again saves
    /// as the answer.
    command_like: Option<String>,
    /// In a script: the line that drew a personal-number warning, which only the very same
    /// line may follow.
    confirming: Option<(String, String)>,
    /// The number of the line being handled, for a script's error.
    line: usize,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(
        interview: Interview,
        localizer: Localizer,
        edges: Edges,
        input: R,
        output: W,
        script: bool,
    ) -> Self {
        Plain {
            interview,
            localizer,
            edges,
            words: Words::new(),
            input,
            output,
            script,
            warning: None,
            presented: None,
            section: None,
            title_asked: false,
            said_before: None,
            awaiting_note: false,
            after_summary: false,
            confirming: None,
            command_like: None,
            line: 0,
        }
    }

    pub fn with_warning(mut self, warning: Option<Text>) -> Self {
        self.warning = warning;
        self
    }

    pub fn interview(&self) -> &Interview {
        &self.interview
    }

    /// Runs until quit or the end of input. Output that cannot be written (a closed pipe)
    /// ends the interview; everything answered is saved by then.
    pub fn run(mut self) -> std::io::Result<Outcome> {
        let outcome = self.converse();
        // A broken pipe or a read error ends the interview too; nothing is left unsaved.
        self.finish();
        outcome
    }

    fn converse(&mut self) -> std::io::Result<Outcome> {
        self.say_text("plain-intro")?;
        let title = self.interview.assessment().title.clone();
        if !title.is_empty() {
            self.say(
                &self
                    .localizer
                    .message(&Text::new("plain-assessment").with("title", title)),
            )?;
        }
        if let Some(warning) = self.warning.take() {
            self.say(&self.localizer.message(&warning))?;
        }
        loop {
            if self.interview.should_quit() {
                return Ok(Outcome::Done);
            }
            self.present()?;
            let prompt = self.prompt();
            if !self.script {
                write!(self.output, "{prompt} ")?;
                self.output.flush()?;
            }
            let Some(line) = self.read_line()? else {
                return self.end_of_input();
            };
            self.line += 1;
            if self.script {
                writeln!(
                    self.output,
                    "{prompt} {}",
                    crate::terminal_safe::visible(&line)
                )?;
            }
            if let Some((earlier, reason)) = self.confirming.take()
                && earlier != line
            {
                return self.stop(&earlier, reason);
            }
            match self.handle(&line) {
                Ok(()) => {}
                Err(refusal) => {
                    self.say(&refusal.text)?;
                    if self.script {
                        if refusal.confirmable {
                            self.confirming = Some((line.clone(), refusal.text));
                        } else {
                            return self.stop(&line, refusal.text);
                        }
                    }
                }
            }
            // What a save merged in from other writers (git, another tool).
            if let Some(news) = self.warning.take() {
                self.say(&self.localizer.message(&news))?;
            }
            if let SaveStatus::Failed(error) = self.interview.save_status() {
                let text = self.localizer.message(&error.message);
                self.say(&text)?;
                if self.script {
                    return self.stop(&line, text);
                }
            }
        }
    }

    fn stop(&mut self, line: &str, reason: String) -> std::io::Result<Outcome> {
        self.finish();
        Ok(Outcome::Stopped(
            self.localizer.message(
                &Text::new("plain-stopped")
                    .with("line", self.line)
                    .with("input", line)
                    .with("reason", reason),
            ),
        ))
    }

    /// The last attempt to save, as the full screen makes when it ends.
    fn finish(&mut self) {
        if self.interview.mode() == Mode::AskTitle {
            return;
        }
        if *self.interview.save_status() != SaveStatus::Saved {
            let result = self.edges.save(self.interview.assessment());
            self.interview.update(Message::Saved(result));
        }
    }

    fn end_of_input(&mut self) -> std::io::Result<Outcome> {
        if let Some((earlier, reason)) = self.confirming.take() {
            return self.stop(&earlier, reason);
        }
        self.finish();
        if let SaveStatus::Failed(error) = self.interview.save_status() {
            let text = self.localizer.message(&error.message);
            self.say_text("plain-not-saved")?;
            return Ok(Outcome::Stopped(text));
        }
        if self.interview.mode() != Mode::AskTitle {
            self.say_text("plain-end-of-input")?;
        }
        Ok(Outcome::Done)
    }

    /// One line without its line ending, control characters dropped and tabs as spaces:
    /// nothing typed acts on the terminal or reaches the file unseen.
    fn read_line(&mut self) -> std::io::Result<Option<String>> {
        let mut bytes = Vec::new();
        if self.input.read_until(b'\n', &mut bytes)? == 0 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&bytes);
        Ok(Some(
            text.chars()
                .filter_map(|c| match c {
                    '\t' => Some(' '),
                    c if c.is_control() => None,
                    c => Some(c),
                })
                .collect(),
        ))
    }

    fn prompt(&self) -> String {
        let id = match self.interview.mode() {
            _ if self.awaiting_note => "plain-prompt-note",
            Mode::AskTitle => "plain-prompt-title",
            Mode::ConfirmRemoveItem => "plain-prompt-confirm",
            Mode::ConfirmQuit => "plain-prompt-quit",
            _ => "plain-prompt",
        };
        self.localizer.text(id)
    }

    /// Writes what changed since the last prompt: the question when it is another one, or
    /// what the mode asks.
    fn present(&mut self) -> std::io::Result<()> {
        match self.interview.mode() {
            Mode::AskTitle => {
                if !self.title_asked {
                    self.title_asked = true;
                    self.say_text("plain-new-lead")?;
                }
                return Ok(());
            }
            Mode::ConfirmRemoveItem => {
                let item = self
                    .interview
                    .highlighted_item()
                    .map(|item| item.name.to_owned())
                    .unwrap_or_default();
                let text = self
                    .localizer
                    .message(&Text::new("plain-confirm-remove").with("item", item));
                return self.say(&text);
            }
            Mode::ConfirmQuit => return self.say_text("plain-confirm-quit"),
            Mode::Summary { .. } => {
                let lines = lists::summary(&self.interview, &self.localizer);
                self.say_lines(&lines)?;
                self.send(Message::Cancel);
                self.presented = Some(self.interview.current_index());
                self.after_summary = true;
                return Ok(());
            }
            Mode::Question => {}
            _ => self.back_to_question(),
        }
        let current = self.interview.current_index();
        if self.presented == Some(current) {
            return Ok(());
        }
        let section = self.interview.section_index_at(current);
        let before = self
            .said_before
            .and_then(|i| self.interview.question_at(i))
            .map(|(_, question)| question);
        let context = render::Context {
            new_section: self.section != Some(section),
            after_same_kind: before
                .zip(self.interview.current_question())
                .is_some_and(|(before, now)| render::same_instructions(&before.kind, &now.kind)),
        };
        let lines = render::question(&self.interview, &self.localizer, context);
        self.said_before = Some(current);
        self.presented = Some(current);
        self.section = Some(section);
        self.after_summary = false;
        self.say_lines(&lines)
    }

    /// Runs a message through the model and performs the effect it asks for; returns the
    /// notice (a refusal) or the good news it left.
    fn send(&mut self, message: Message) -> Said {
        let effect = self.interview.update(message);
        let mut said = Said::of(&self.interview);
        if let Some(effect) = effect {
            let performed = self.edges.perform(effect, &self.interview, &self.localizer);
            if let Some(news) = performed.news {
                self.warning = Some(news);
            }
            if let Some(outcome) = performed.outcome {
                self.interview.update(outcome);
                let after = Said::of(&self.interview);
                said.notice = said.notice.or(after.notice);
                said.info = said.info.or(after.info);
            }
        }
        said
    }

    /// Closes whatever a refused edit left open.
    fn back_to_question(&mut self) {
        for _ in 0..4 {
            if matches!(self.interview.mode(), Mode::Question | Mode::AskTitle) {
                return;
            }
            self.send(Message::Cancel);
        }
    }

    fn say(&mut self, text: &str) -> std::io::Result<()> {
        let text = crate::terminal_safe::visible(text);
        writeln!(self.output, "{text}")
    }

    fn say_text(&mut self, id: &str) -> std::io::Result<()> {
        let text = self.localizer.text(id);
        self.say(&text)
    }

    fn say_lines(&mut self, lines: &[String]) -> std::io::Result<()> {
        for line in lines {
            self.say(line)?;
        }
        // A blank line after a block: a pause for the ear, a gap for the eye.
        writeln!(self.output)
    }
}

/// What an update left for the group to hear.
struct Said {
    notice: Option<Text>,
    info: Option<Text>,
}

impl Said {
    fn of(interview: &Interview) -> Self {
        Said {
            notice: interview.notice().cloned(),
            info: interview.info().cloned(),
        }
    }
}
