//! The only place key events appear: each key, in the model's mode, becomes a message for
//! the model or input for the editor.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui_textarea::Input;

use crate::interview::{Message, Mode};

pub enum Action {
    Send(Message),
    Edit(Input),
    CommitEditor,
    Ignore,
}

pub fn action(mode: Mode, key: KeyEvent) -> Action {
    // Terminals that report releases (Windows) would otherwise act twice.
    if key.kind == KeyEventKind::Release {
        return Action::Ignore;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match mode {
        Mode::EditNote => match key.code {
            // A note is kept when the editor closes: Esc never throws typing away.
            KeyCode::Esc => Action::CommitEditor,
            KeyCode::Char('s') if ctrl => Action::CommitEditor,
            _ => Action::Edit(key.into()),
        },
        Mode::EditAnswer
        | Mode::AskTitle
        | Mode::Jump
        | Mode::EditOwner { .. }
        | Mode::EditDue { .. } => match key.code {
            KeyCode::Enter => Action::CommitEditor,
            KeyCode::Char('s') if ctrl => Action::CommitEditor,
            KeyCode::Esc => Action::Send(Message::Cancel),
            _ => Action::Edit(key.into()),
        },
        Mode::Findings { .. } => match key.code {
            KeyCode::Char('o') => Action::Send(Message::EditOwner),
            KeyCode::Char('d') => Action::Send(Message::EditDue),
            code => command(code, ctrl).map_or(Action::Ignore, Action::Send),
        },
        _ => match command(key.code, ctrl) {
            Some(message) => Action::Send(message),
            None => Action::Ignore,
        },
    }
}

fn command(code: KeyCode, ctrl: bool) -> Option<Message> {
    Some(match code {
        KeyCode::Char('c') if ctrl => Message::Quit,
        KeyCode::Char('y') => Message::Yes,
        KeyCode::Char('n') => Message::No,
        KeyCode::Char('u') => Message::Unknown,
        KeyCode::Char(c @ '0'..='9') => Message::Digit(c as u8 - b'0'),
        KeyCode::Char(' ') => Message::Toggle,
        KeyCode::Enter => Message::Confirm,
        KeyCode::Right | KeyCode::PageDown => Message::Next,
        KeyCode::Left | KeyCode::PageUp => Message::Previous,
        KeyCode::Up | KeyCode::Char('k') => Message::CursorUp,
        KeyCode::Down | KeyCode::Char('j') => Message::CursorDown,
        KeyCode::Tab | KeyCode::BackTab => Message::ToggleOverview,
        KeyCode::Char('e') => Message::EditNote,
        KeyCode::Char('a') => Message::EditAnswer,
        KeyCode::Char('/') => Message::StartJump,
        KeyCode::Char('p') => Message::ToggleProjector,
        KeyCode::Char('?') => Message::ToggleHelp,
        KeyCode::Char('h') => Message::ToggleHelpText,
        KeyCode::Char('f') => Message::ToggleFindings,
        KeyCode::Char('s') => Message::CycleState,
        KeyCode::Char('x') => Message::Export,
        KeyCode::Delete | KeyCode::Backspace => Message::ClearAnswer,
        KeyCode::Char('q') => Message::Quit,
        KeyCode::Esc => Message::Cancel,
        _ => return None,
    })
}
