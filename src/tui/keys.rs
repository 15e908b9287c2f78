//! The only place key events appear: each key, in the model's mode, becomes a message for
//! the model or input for the editor.
//!
//! Three rules a room can rely on:
//! - On a text, number or date question every printable key types: no typed word is ever
//!   a command there. Commands on those questions use keys that cannot be typed (Enter, the
//!   arrows, Tab, Del, F1, F2) or Ctrl with a letter.
//! - Ctrl with a letter is never the plain letter: it has its own meaning or none.
//! - Esc in an editor keeps what was typed and closes it, in every editor.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui_textarea::Input;

use crate::interview::{Message, Mode};

pub enum Action {
    Send(Message),
    Edit(Input),
    /// Enter in a one-line editor, Ctrl+S in any: keep what was typed.
    CommitEditor,
    /// Esc in an editor: keep what was typed and close, staying where the group is.
    LeaveEditor,
    /// A printable key on a typed question: the answer starts with it.
    StartTyping(char),
    EditorUndo,
    EditorRedo,
    Ignore,
}

/// What the key map needs to know of the model.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub mode: Mode,
    /// The current question takes typed text (text, number, date).
    pub typed: bool,
    /// The current place is a repeat group's list of items.
    pub group: bool,
}

pub fn action(context: Context, key: KeyEvent) -> Action {
    // Terminals that report releases (Windows) would otherwise act twice.
    if key.kind == KeyEventKind::Release {
        return Action::Ignore;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    match context.mode {
        Mode::EditNote
        | Mode::EditAnswer
        | Mode::AskTitle
        | Mode::Jump
        | Mode::EditOwner { .. }
        | Mode::EditDue { .. }
        | Mode::EditItemName { .. }
        | Mode::EditTitle => editor_key(context.mode, key, ctrl, alt),
        Mode::Findings { .. } | Mode::Summary { .. } if !ctrl && !alt => match key.code {
            KeyCode::Char('o') => Action::Send(Message::EditOwner),
            KeyCode::Char('d') => Action::Send(Message::EditDue),
            code => command(code).map_or(Action::Ignore, Action::Send),
        },
        Mode::Overview { .. } if !ctrl && !alt && key.code == KeyCode::Char('s') => {
            Action::Send(Message::ShowSummary)
        }
        _ if ctrl => control(key.code).map_or(Action::Ignore, Action::Send),
        // Alt+letter is how some terminals send characters of other layouts: not a command.
        _ if alt => Action::Ignore,
        Mode::Question if context.group => match key.code {
            KeyCode::Char('a' | '+') | KeyCode::Insert => Action::Send(Message::AddItem),
            KeyCode::Char('r') | KeyCode::F(2) => Action::Send(Message::RenameItem),
            KeyCode::Char('d') | KeyCode::Delete => Action::Send(Message::RemoveItem),
            code => command(code).map_or(Action::Ignore, Action::Send),
        },
        Mode::Question if context.typed => match key.code {
            KeyCode::Char(c) if !c.is_control() => Action::StartTyping(c),
            KeyCode::F(2) => Action::Send(Message::EditAnswer),
            code => typed_command(code).map_or(Action::Ignore, Action::Send),
        },
        _ => command(key.code).map_or(Action::Ignore, Action::Send),
    }
}

fn editor_key(mode: Mode, key: KeyEvent, ctrl: bool, alt: bool) -> Action {
    let one_line = mode != Mode::EditNote;
    match key.code {
        KeyCode::Esc => Action::LeaveEditor,
        KeyCode::Enter if one_line => Action::CommitEditor,
        KeyCode::Char('s') if ctrl => Action::CommitEditor,
        KeyCode::Char('z') if ctrl => Action::EditorUndo,
        KeyCode::Char('y') if ctrl => Action::EditorRedo,
        KeyCode::Char('c') if ctrl => Action::Send(Message::Quit),
        // Tab would insert a control character; nothing else in an editor wants it.
        KeyCode::Tab | KeyCode::BackTab => Action::Ignore,
        KeyCode::Char(c) if c.is_control() => Action::Ignore,
        _ if alt => Action::Ignore,
        _ => Action::Edit(key.into()),
    }
}

/// Ctrl with a letter, on any screen outside an editor. Each is its own command.
fn control(code: KeyCode) -> Option<Message> {
    Some(match code {
        KeyCode::Char('c' | 'q') => Message::Quit,
        KeyCode::Char('z') => Message::Undo,
        KeyCode::Char('y') => Message::Redo,
        KeyCode::Char('e') => Message::EditNote,
        KeyCode::Char('t') => Message::CycleState,
        KeyCode::Char('f') => Message::ToggleFindings,
        KeyCode::Char('g') => Message::StartJump,
        KeyCode::Char('p') => Message::ToggleProjector,
        KeyCode::Char('r') => Message::EditTitle,
        _ => return None,
    })
}

/// The keys that act on a typed question: none of them can be typed.
fn typed_command(code: KeyCode) -> Option<Message> {
    Some(match code {
        KeyCode::Enter => Message::Confirm,
        KeyCode::Right | KeyCode::PageDown => Message::Next,
        KeyCode::Left | KeyCode::PageUp => Message::Previous,
        KeyCode::Tab | KeyCode::BackTab => Message::ToggleOverview,
        KeyCode::Delete => Message::ClearAnswer,
        KeyCode::F(1) => Message::ToggleHelp,
        KeyCode::Esc => Message::Cancel,
        _ => return None,
    })
}

fn command(code: KeyCode) -> Option<Message> {
    Some(match code {
        // j/n/v are the Swedish words' first letters (ja, nej, vet ej); y/n/u the English.
        // Both work in either language, so j no longer moves the highlight: ↓ does.
        KeyCode::Char('y' | 'j') => Message::Yes,
        KeyCode::Char('n') => Message::No,
        KeyCode::Char('u' | 'v') => Message::Unknown,
        // "Not applicable" (ej tillämpligt), where the question allows it.
        KeyCode::Char('-') => Message::NotApplicable,
        KeyCode::Char(c @ '0'..='9') => Message::Digit(c as u8 - b'0'),
        KeyCode::Char(' ') => Message::Toggle,
        KeyCode::Up => Message::CursorUp,
        KeyCode::Down => Message::CursorDown,
        KeyCode::Char('e') => Message::EditNote,
        KeyCode::Char('/') => Message::StartJump,
        KeyCode::Char('p') => Message::ToggleProjector,
        KeyCode::Char('?') => Message::ToggleHelp,
        KeyCode::Char('h') => Message::ToggleHelpText,
        KeyCode::Char('f') => Message::ToggleFindings,
        KeyCode::Char('s') => Message::CycleState,
        KeyCode::Char('x') => Message::Export,
        KeyCode::Char('q') => Message::Quit,
        // Backspace never erases an answer: clearing is Del, shown and undoable.
        KeyCode::Backspace => return None,
        code => return typed_command(code),
    })
}

/// The start screen's keys.
pub fn start_action(key: KeyEvent) -> Option<crate::tui::start::StartMessage> {
    use crate::tui::start::StartMessage;
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char('c' | 'q') if ctrl => StartMessage::Quit,
        _ if ctrl => return None,
        KeyCode::Up => StartMessage::Up,
        KeyCode::Down => StartMessage::Down,
        KeyCode::Enter => StartMessage::Open,
        KeyCode::Char('n') => StartMessage::New,
        KeyCode::Char('q') | KeyCode::Esc => StartMessage::Quit,
        _ => return None,
    })
}
