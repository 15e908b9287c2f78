//! Driving the full-screen app in tests: messages through the app as keys would send them,
//! and the screen as text.

use molnkoll::interview::Message;
use molnkoll::tui::{App, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Each message dispatched and its effects (save, export) run, as the event loop does.
pub fn send(app: &mut App, messages: impl IntoIterator<Item = Message>) {
    for message in messages {
        app.dispatch(message);
        app.run_effects();
    }
}

/// The frame drawn at this size, one line of symbols per row, trailing blanks trimmed.
pub fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| view::render(app, frame))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let line: String = (0..width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect();
            line.trim_end().to_owned() + "\n"
        })
        .collect()
}
