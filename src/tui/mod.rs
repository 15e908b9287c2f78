//! The thin shell: the event loop, the editor widget for typed text, and saving at the edge.
//! The interview model itself lives in the core (`crate::interview`).

pub mod keys;
pub mod start;
mod stop;
pub mod theme;
pub mod view;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyEvent};
use ratatui_textarea::TextArea;

use crate::error::UserError;
use crate::i18n::{Localizer, Message as Text};
use crate::interview::{Effect, Interview, Message, Mode};
use crate::questionnaire::Kind;

use keys::Action;
pub use theme::Theme;

pub use crate::shell::{Exporter, News, Saver};

pub struct App {
    pub interview: Interview,
    pub localizer: Localizer,
    pub theme: Theme,
    /// The text being typed, while the model is in a typing mode.
    pub editor: Option<TextArea<'static>>,
    /// Shown at start when the questionnaire's content is old.
    pub warning: Option<Text>,
    edges: crate::shell::Edges,
    /// Effects asked for by the model and not yet performed.
    pending: Vec<Effect>,
    /// How far the `?` screen can scroll, as last drawn: the view knows the lines.
    pub help_max_scroll: std::cell::Cell<usize>,
    /// The overview's rows and scroll, kept between frames.
    pub overview: view::Overview,
    /// The paragraphs and list rows of the last frames, reused while they are unchanged.
    pub kept: view::Kept,
    /// The jump box's labels, kept between frames while the answers stay the same.
    pub search: std::cell::RefCell<view::SearchIndex>,
}

impl App {
    pub fn new(interview: Interview, localizer: Localizer, theme: Theme, saver: Saver) -> Self {
        let mut app = App {
            interview,
            localizer,
            theme,
            editor: None,
            warning: None,
            edges: crate::shell::Edges::new(saver),
            pending: Vec::new(),
            help_max_scroll: std::cell::Cell::new(usize::MAX),
            overview: view::Overview::default(),
            kept: view::Kept::default(),
            search: std::cell::RefCell::default(),
        };
        app.sync_editor();
        app
    }

    pub fn with_exporter(mut self, exporter: Exporter) -> Self {
        self.edges = self.edges.with_exporter(exporter);
        self
    }

    pub fn with_news(mut self, news: News) -> Self {
        self.edges = self.edges.with_news(news);
        self
    }

    pub fn with_warning(mut self, warning: Option<Text>) -> Self {
        self.warning = warning;
        self
    }

    /// Runs one message through the model and performs the effect it asks for at once.
    pub fn dispatch(&mut self, message: Message) {
        self.send(message);
        self.run_effects();
    }

    /// Runs one message through the model; its effect waits for `run_effects`, so that the
    /// event loop can draw the answer before the disk is touched.
    fn send(&mut self, message: Message) {
        if let Some(effect) = self.interview.update(message) {
            self.pending.push(effect);
        }
        self.sync_editor();
        self.highlight_personal_numbers();
    }

    /// Performs the effects the model asked for, feeding their outcome back; true if any ran.
    pub fn run_effects(&mut self) -> bool {
        let ran = !self.pending.is_empty();
        while let Some(effect) = self.pending.pop() {
            let performed = self.edges.perform(effect, &self.interview, &self.localizer);
            if let Some(text) = performed.news {
                self.warning = Some(text);
            }
            if let Some(outcome) = performed.outcome {
                self.send(outcome);
            }
        }
        ran
    }

    /// Marks the numbers the group is warned about in the text being typed.
    fn highlight_personal_numbers(&mut self) {
        let numbers = self.interview.unconfirmed_personal_numbers();
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        // Numbers hold only digits and '-', '+' or ' '; '+' is the one regex metacharacter.
        // Literals only: the binary's regex has no Unicode classes (vendor/ratatui-textarea/
        // VENDORED.md).
        let pattern = numbers
            .iter()
            .map(|n| n.replace('+', "\\+"))
            .collect::<Vec<_>>()
            .join("|");
        // An empty pattern clears the highlight; a failure only loses the highlight.
        let _ = editor.set_search_pattern(pattern);
        editor.set_search_style(
            self.theme.error().patch(
                ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED),
            ),
        );
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        self.warning = None;
        let context = keys::Context {
            mode: self.interview.mode(),
            typed: self.interview.current_is_typed(),
            group: self
                .interview
                .slot_at(self.interview.current_index())
                .is_some_and(|slot| slot.is_group()),
        };
        match keys::action(context, key) {
            // Scrolling past the end would only have to be scrolled back.
            Action::Send(Message::CursorDown | Message::Next)
                if context.mode == Mode::Help
                    && self.interview.help_scroll() >= self.help_max_scroll.get() => {}
            Action::Send(message) => self.send(message),
            Action::Edit(input) => self.edit(input),
            Action::CommitEditor => self.commit_editor(),
            Action::LeaveEditor => self.leave_editor(),
            Action::StartTyping(c) => self.start_typing(&c.to_string()),
            Action::EditorUndo => {
                if let Some(editor) = self.editor.as_mut() {
                    editor.undo();
                }
            }
            Action::EditorRedo => {
                if let Some(editor) = self.editor.as_mut() {
                    editor.redo();
                }
            }
            Action::Ignore => {}
        }
    }

    /// A bracketed paste: one edit, never keystrokes. Into the open editor; on a typed
    /// question it starts the answer; elsewhere it goes into the question's note, the only
    /// place for free text there.
    pub fn paste(&mut self, text: &str) {
        self.warning = None;
        let one_line = !matches!(self.interview.mode(), Mode::EditNote | Mode::Question)
            || (self.interview.mode() == Mode::Question && self.interview.current_is_typed());
        let clean = clean_text(text, !one_line);
        if clean.is_empty() {
            return;
        }
        match self.interview.mode() {
            Mode::Question if self.interview.current_is_typed() => self.start_typing(&clean),
            Mode::Question => {
                self.send(Message::EditNote);
                self.insert(&clean);
            }
            _ if self.editor.is_some() => self.insert(&clean),
            _ => {}
        }
    }

    /// A typed question's answer starts with what was typed, replacing the old answer the
    /// way a spreadsheet cell does (F2 edits it instead; Ctrl+Z in the editor brings it back).
    fn start_typing(&mut self, text: &str) {
        self.send(Message::EditAnswer);
        if let Some(editor) = self.editor.as_mut() {
            editor.select_all();
            editor.cut();
        }
        self.insert(text);
    }

    /// Inserts text as one edit, keeping a text answer's character limit.
    fn insert(&mut self, text: &str) {
        let limit = self.typed_limit();
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        let text = match limit {
            Some(max) => {
                let room = max.saturating_sub(editor_chars(editor));
                text.chars().take(room).collect::<String>()
            }
            None => text.to_owned(),
        };
        editor.insert_str(text);
    }

    /// Esc: what was typed is kept, as in every editor, and the screen stays where it is.
    fn leave_editor(&mut self) {
        let Some(editor) = self.editor.as_ref() else {
            return;
        };
        let text = editor_text(editor);
        let message = match self.interview.mode() {
            Mode::EditAnswer => Message::KeepTyped(text),
            // Nothing of a jump query is kept: it is a search, not part of the assessment.
            Mode::Jump => Message::Cancel,
            // A new assessment without a title is no assessment: Esc leaves without one.
            Mode::AskTitle if text.trim().is_empty() => Message::Cancel,
            _ => {
                self.commit_editor();
                return;
            }
        };
        self.send(message);
    }

    fn edit(&mut self, input: ratatui_textarea::Input) {
        let limit = self.typed_limit();
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        if editor.input(input) && limit.is_some_and(|max| editor_chars(editor) > max) {
            // The character limit holds while typing, not only on saving.
            editor.undo();
        }
    }

    fn typed_limit(&self) -> Option<usize> {
        match (
            self.interview.mode(),
            self.interview.current_question().map(|q| &q.kind),
        ) {
            (Mode::EditAnswer, Some(Kind::Text { max_chars })) => Some(*max_chars),
            // Every other text the group types is held to the file's documented limit, so
            // a 100 MB paste never reaches the editor or the file.
            (Mode::EditAnswer, _) | (Mode::Jump, _) => None,
            _ => Some(crate::strict::MAX_TEXT_CHARS),
        }
    }

    fn commit_editor(&mut self) {
        let Some(editor) = self.editor.as_ref() else {
            return;
        };
        let text = editor_text(editor);
        let message = match self.interview.mode() {
            Mode::EditNote => Message::SetNote(text.trim_end().to_owned()),
            Mode::EditAnswer => Message::SetTyped(text),
            Mode::AskTitle | Mode::EditTitle => Message::SetTitle(text),
            Mode::EditOwner { .. } => Message::SetOwner(text),
            Mode::EditDue { .. } => Message::SetDue(text),
            Mode::EditItemName { .. } => Message::SetItemName(text),
            Mode::Jump => match self
                .search
                .borrow_mut()
                .matches(&self.interview, &self.localizer, &text, 1)
                .first()
                .map(|&(_, index)| index)
            {
                Some(index) => match self.interview.slot_at(index) {
                    Some(slot) => Message::GoTo(slot.key.clone()),
                    None => Message::Cancel,
                },
                None => Message::Cancel,
            },
            _ => return,
        };
        self.send(message);
    }

    /// Opens an editor, filled with what is there, when the model starts typing; drops it
    /// when the model leaves the typing mode.
    fn sync_editor(&mut self) {
        let typing = matches!(
            self.interview.mode(),
            Mode::EditNote
                | Mode::EditAnswer
                | Mode::AskTitle
                | Mode::Jump
                | Mode::EditOwner { .. }
                | Mode::EditDue { .. }
                | Mode::EditItemName { .. }
                | Mode::EditTitle
        );
        if !typing {
            self.editor = None;
            return;
        }
        if self.editor.is_some() {
            return;
        }
        let answer = self.interview.current_answer();
        let initial = match self.interview.mode() {
            Mode::EditNote => answer.map(|a| a.note.clone()).unwrap_or_default(),
            Mode::EditAnswer => answer
                .and_then(|a| a.value.as_ref())
                .map(crate::commands::typed_text)
                .unwrap_or_default(),
            Mode::EditTitle => self.interview.assessment().title.clone(),
            Mode::EditItemName { renaming: true } => self
                .interview
                .highlighted_item()
                .map(|item| item.name.to_owned())
                .unwrap_or_default(),
            Mode::EditOwner { selected } | Mode::EditDue { selected } => {
                let action = self
                    .interview
                    .fired_finding_id(selected)
                    .and_then(|id| self.interview.action_of(id));
                match (self.interview.mode(), action) {
                    (Mode::EditOwner { .. }, Some(action)) => action.owner.clone(),
                    (Mode::EditDue { .. }, Some(action)) => action.due.clone(),
                    _ => String::new(),
                }
            }
            _ => String::new(),
        };
        let lines: Vec<String> = initial.split('\n').map(str::to_owned).collect();
        let mut editor = TextArea::new(lines);
        editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        editor.set_cursor_line_style(ratatui::style::Style::new());
        // The whole note stays in sight while it is typed: the room reads it as it grows.
        editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        self.editor = Some(editor);
    }
}

impl App {
    /// Ends without asking: keeps what is being typed and makes one more attempt to save.
    pub fn shutdown(&mut self) {
        self.run_effects();
        let mode = self.interview.mode();
        if matches!(mode, Mode::EditNote | Mode::EditAnswer | Mode::AskTitle) {
            // A signal is never a confirmation: a personal number in what is being typed is
            // kept masked, and the answer is marked for follow-up.
            let masked = self.editor.as_ref().and_then(|editor| {
                let text = editor_text(editor);
                let masked = crate::personal_number::mask(&text);
                (masked != text).then_some(masked)
            });
            if let Some(masked) = &masked {
                self.editor = Some(TextArea::from(masked.split('\n')));
            }
            self.commit_editor();
            self.run_effects();
            for _ in crate::assessment::AnswerState::ALL {
                let state = self.interview.current_answer().map(|a| a.state);
                if masked.is_none()
                    || mode == Mode::AskTitle
                    || state == Some(crate::assessment::AnswerState::FollowUp)
                {
                    break;
                }
                self.send(Message::CycleState);
            }
            self.run_effects();
        }
        if *self.interview.save_status() != crate::interview::SaveStatus::Saved {
            let result = self.edges.save(self.interview.assessment());
            self.interview.update(Message::Saved(result));
        }
    }
}

fn editor_text(editor: &TextArea) -> String {
    editor.lines().join("\n")
}

/// The length of `editor_text` in characters, without building the text on every key.
fn editor_chars(editor: &TextArea) -> usize {
    let lines = editor.lines();
    let breaks = lines.len().saturating_sub(1);
    lines.iter().map(|line| line.chars().count()).sum::<usize>() + breaks
}

/// Text as it may enter an editor: no control character acts as an editing key or reaches
/// the file. Tabs become spaces; line breaks are kept where several lines are allowed and
/// become spaces elsewhere.
pub fn clean_text(text: &str, multi_line: bool) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' if multi_line => Some('\n'),
            '\n' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Runs the interview until the group quits. `ratatui::init` restores the terminal on panic.
pub fn run(mut app: App) -> anyhow::Result<()> {
    // Not a terminal (a pipe, a CI job): say so instead of panicking.
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(UserError::new(Text::new("error-no-terminal")).into());
    }
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(error) => {
            ratatui::restore();
            return Err(UserError::new(
                Text::new("error-terminal").with("reason", error.to_string()),
            )
            .into());
        }
    };
    // A paste arrives as one event, not as keys that would act as commands. Terminals
    // without bracketed paste ignore the request.
    let _ = ratatui::crossterm::execute!(std::io::stdout(), event::EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app);
    let _ = ratatui::crossterm::execute!(std::io::stdout(), event::DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    // Signals (Unix) and console events (Windows) end the interview the same way as q:
    // with everything saved, text being typed included.
    let stop = Arc::new(AtomicBool::new(false));
    stop::register(&stop)?;
    while !app.interview.should_quit() {
        if stop.load(Ordering::Relaxed) {
            app.shutdown();
            return Ok(());
        }
        // A terminal that went away (closed window, lost connection) ends the interview
        // like a signal would: keep what is typed, save, leave.
        if step(terminal, app).is_err() {
            app.shutdown();
            return Ok(());
        }
    }
    Ok(())
}

/// One frame and at most one event.
fn step(terminal: &mut DefaultTerminal, app: &mut App) -> std::io::Result<()> {
    terminal.draw(|frame| view::render(app, frame))?;
    // What the first frame did not wait for is built now, while the room reads it.
    app.interview.prepare_for_changes();
    // The answer is on screen; now save it, and draw again to show it saved.
    if app.run_effects() {
        return Ok(());
    }
    // Wake now and then to notice a signal; a resize simply redraws.
    if event::poll(Duration::from_millis(250))? {
        match event::read()? {
            Event::Key(key) => app.handle_key(key),
            Event::Paste(text) => app.paste(&text),
            _ => {}
        }
    }
    Ok(())
}
