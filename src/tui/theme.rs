//! Styles. Calm and high-contrast on dark and on light backgrounds; without colour
//! (NO_COLOR) everything still reads through bold, underlined and dim text alone.

use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

use ratatui::style::{Color, Modifier, Style};

use crate::questionnaire::Severity;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
    /// A light background: no light grey, no yellow, which vanish there.
    pub light: bool,
}

/// The background the user named (`--theme light|dark`), which wins over detection.
static CHOSEN_LIGHT: OnceLock<bool> = OnceLock::new();

/// The thread asking the terminal for its background (`ask_in_background`), until
/// `settle` has waited for it.
static ASKING: Mutex<Option<JoinHandle<()>>> = Mutex::new(None);

/// Asks the terminal for its background on a thread of its own. The answer is a round trip
/// to the terminal (about a millisecond on a pseudo-terminal): asked here, it arrives while
/// start-up reads the questionnaire, the lock and the assessment, instead of before them.
/// `Theme::from_env` then takes the answer, waiting for it if it is not in yet.
///
/// While the question is out the terminal is in raw mode: call `settle` before writing
/// anything else to it (an error message, say).
pub fn ask_in_background() {
    // `--theme` or NO_COLOR decide without the terminal: no thread for that.
    if !Theme::asks_terminal() {
        Theme::from_env();
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("ask-background".into())
        .spawn(|| {
            Theme::from_env();
        });
    if let (Ok(handle), Ok(mut slot)) = (spawned, ASKING.lock()) {
        *slot = Some(handle);
    }
    // A new thread may be queued on this very core (on a 2-CPU VM it was, about half the
    // time) and then runs only when this one blocks: in `Theme::from_env`, after all the
    // work it was meant to overlap, which then also sent the question itself. Letting it
    // run now costs two context switches: it sends the question, blocks on the answer, and
    // this thread goes on while the terminal replies. Where it has a core of its own, this
    // returns at once.
    std::thread::yield_now();
}

/// Waits until a question sent by `ask_in_background` is answered or given up, so that the
/// terminal is back in the mode it was in. Without such a question, returns at once.
pub fn settle() {
    let asking = ASKING.lock().ok().and_then(|mut slot| slot.take());
    if let Some(handle) = asking {
        // A thread that panicked has left nothing to wait for.
        let _ = handle.join();
    }
}

/// Records `--theme`: "light" or "dark"; anything else leaves it to detection.
pub fn choose(name: Option<&str>) {
    match name {
        Some("light") => {
            let _ = CHOSEN_LIGHT.set(true);
        }
        Some("dark") => {
            let _ = CHOSEN_LIGHT.set(false);
        }
        _ => {}
    }
}

impl Theme {
    pub const DARK: Theme = Theme {
        color: true,
        light: false,
    };
    pub const LIGHT: Theme = Theme {
        color: true,
        light: true,
    };

    /// Colour unless NO_COLOR is set to anything non-empty (no-color.org); the background
    /// as `--theme` says, else as the terminal reports it, else dark. The terminal is asked
    /// once per process: start-up asks on a thread of its own (`ask_in_background`), and the
    /// start screen and the interview take that answer, waiting for it if need be.
    pub fn from_env() -> Self {
        static DETECTED: OnceLock<Theme> = OnceLock::new();
        *DETECTED.get_or_init(Self::detect)
    }

    fn no_color() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }

    /// Whether the background is the terminal's to tell (neither `--theme` nor NO_COLOR).
    fn asks_terminal() -> bool {
        CHOSEN_LIGHT.get().is_none() && !Self::no_color()
    }

    fn detect() -> Self {
        let no_color = Self::no_color();
        let light = match CHOSEN_LIGHT.get() {
            Some(light) => *light,
            None if no_color => false,
            // Asks the terminal for its background; one that does not answer is taken as
            // dark, as before.
            None => terminal_colorsaurus::theme_mode(Default::default())
                .is_ok_and(|mode| mode == terminal_colorsaurus::ThemeMode::Light),
        };
        Theme {
            color: !no_color,
            light,
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// Dark colours on a light background, bright ones on a dark one.
    fn pick(&self, dark: Color, light: Color) -> Style {
        self.fg(if self.light { light } else { dark })
    }

    pub fn header(&self) -> Style {
        self.pick(Color::Cyan, Color::Blue)
            .add_modifier(Modifier::BOLD)
    }

    pub fn question(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn label(&self) -> Style {
        self.pick(Color::Cyan, Color::Blue)
    }

    /// Help text and hints: quieter than the question, but read in full on either
    /// background (on a light one, the terminal's own text colour).
    pub fn dim(&self) -> Style {
        match (self.color, self.light) {
            (true, false) => Style::new().fg(Color::Gray),
            (true, true) => Style::new().add_modifier(Modifier::ITALIC),
            (false, _) => Style::new().add_modifier(Modifier::DIM),
        }
    }

    pub fn chosen(&self) -> Style {
        self.pick(Color::Green, Color::Indexed(22))
            .add_modifier(Modifier::BOLD)
    }

    /// The highlighted row: underlined, so it shows in monochrome too, and never a fill
    /// that a room would read as chosen.
    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    /// The selected row of a list (overview, findings): reversed, clearly a selection.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn rule(&self) -> Style {
        self.pick(Color::DarkGray, Color::Gray)
    }

    pub fn key(&self) -> Style {
        self.pick(Color::Yellow, Color::Blue)
            .add_modifier(Modifier::BOLD)
    }

    pub fn ok(&self) -> Style {
        self.pick(Color::Green, Color::Indexed(22))
    }

    pub fn error(&self) -> Style {
        self.pick(Color::Red, Color::Indexed(124))
            .add_modifier(Modifier::BOLD)
    }

    pub fn severity(&self, severity: Severity) -> Style {
        match severity {
            Severity::High => self.error(),
            Severity::Warning => self
                .pick(Color::Yellow, Color::Indexed(130))
                .add_modifier(Modifier::BOLD),
            Severity::Info => self.label(),
        }
    }

    pub fn severity_icon(severity: Severity) -> &'static str {
        match severity {
            Severity::High => "▲",
            Severity::Warning => "●",
            Severity::Info => "i",
        }
    }

    pub fn progress_filled(&self) -> Style {
        self.ok()
    }
}
