//! The start screen, shown when the data directory holds more than one assessment: each
//! with its title, progress, last change and High findings; open one or start a new one.
//! `StartScreen` is plain state and `update`; the loop and the drawing are the shell.

use std::path::{Path, PathBuf};

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use crate::error::UserError;
use crate::i18n::{Localizer, Message as Text};
use crate::interview::Interview;
use crate::questionnaire::Questionnaire;

use super::Theme;

/// One assessment file as the start screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub path: PathBuf,
    /// None: the file could not be read (it is listed, and cannot be opened from here).
    pub title: Option<String>,
    pub answered: usize,
    pub unknown: usize,
    pub visible: usize,
    pub high: usize,
    /// YYYY-MM-DD of the file's last change.
    pub changed: String,
}

impl Entry {
    pub fn read(questionnaire: &Questionnaire, path: &Path) -> Entry {
        let changed = crate::commands::last_change(path);
        let mut entry = Entry {
            path: path.to_owned(),
            title: None,
            answered: 0,
            unknown: 0,
            visible: 0,
            high: 0,
            changed,
        };
        if let Ok(assessment) = crate::store::load(path) {
            entry.title = Some(assessment.title.clone());
            let interview = Interview::new(questionnaire.clone(), assessment);
            let counts = interview.counts();
            entry.answered = counts.answered;
            entry.unknown = counts.unknown;
            entry.visible = counts.visible;
            entry.high = interview.finding_counts().0;
        }
        entry
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartMessage {
    Up,
    Down,
    Open,
    New,
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Pick {
    Open(PathBuf),
    New,
    Quit,
}

pub struct StartScreen {
    /// Most recently changed first.
    pub entries: Vec<Entry>,
    pub selected: usize,
    pub picked: Option<Pick>,
}

impl StartScreen {
    pub fn new(mut entries: Vec<Entry>) -> Self {
        entries.sort_by(|a, b| b.changed.cmp(&a.changed).then(a.path.cmp(&b.path)));
        StartScreen {
            entries,
            selected: 0,
            picked: None,
        }
    }

    pub fn update(&mut self, message: StartMessage) {
        match message {
            StartMessage::Up => self.selected = self.selected.saturating_sub(1),
            StartMessage::Down => {
                self.selected = (self.selected + 1).min(self.entries.len().saturating_sub(1))
            }
            StartMessage::Open => {
                if let Some(entry) = self
                    .entries
                    .get(self.selected)
                    .filter(|e| e.title.is_some())
                {
                    self.picked = Some(Pick::Open(entry.path.clone()));
                }
            }
            StartMessage::New => self.picked = Some(Pick::New),
            StartMessage::Quit => self.picked = Some(Pick::Quit),
        }
    }

    pub fn render(&self, localizer: &Localizer, theme: &Theme, frame: &mut Frame) {
        let area = frame.area();
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.header())
            .title(Span::styled(
                format!(" molnkoll · {} ", localizer.text("start-title")),
                theme.header(),
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let [lead, list_area, keys] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        frame.render_widget(
            Paragraph::new(localizer.text("start-lead")).wrap(Wrap { trim: true }),
            lead,
        );
        let items: Vec<ListItem> = self
            .entries
            .iter()
            .map(|entry| {
                let name = entry
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let Some(title) = &entry.title else {
                    return ListItem::new(Line::styled(
                        localizer.message(&Text::new("start-unreadable").with("file", name)),
                        theme.error(),
                    ));
                };
                let progress = localizer.message(
                    &Text::new("ui-progress")
                        .with("answered", entry.answered)
                        .with("unknown", entry.unknown)
                        .with("na", 0usize)
                        .with("total", entry.visible),
                );
                let high_style = if entry.high > 0 {
                    theme.severity(crate::questionnaire::Severity::High)
                } else {
                    theme.dim()
                };
                ListItem::new(vec![
                    Line::from(vec![
                        Span::styled(title.clone(), theme.question()),
                        Span::styled(format!("  ({name})"), theme.dim()),
                    ]),
                    Line::from(vec![
                        Span::raw(format!("   {}  ·  {progress}  ·  ", entry.changed)),
                        Span::styled(
                            localizer.message(&Text::new("start-high").with("count", entry.high)),
                            high_style,
                        ),
                    ]),
                ])
            })
            .collect();
        let list = List::new(items)
            .highlight_style(theme.selected())
            .highlight_symbol("▶ ");
        let mut state = ListState::default().with_selected(Some(self.selected));
        frame.render_stateful_widget(list, list_area, &mut state);
        // The terminal cursor on the selected entry's marker; an entry is two lines, or one
        // when its file cannot be read.
        let row: usize = self
            .entries
            .get(state.offset().min(self.selected)..self.selected)
            .map_or(0, |shown| {
                shown
                    .iter()
                    .map(|e| if e.title.is_some() { 2 } else { 1 })
                    .sum()
            });
        if let Ok(row) = u16::try_from(row)
            && row < list_area.height
        {
            frame.set_cursor_position((list_area.x, list_area.y + row));
        }
        frame.render_widget(
            Paragraph::new(Line::styled(localizer.text("start-keys"), theme.dim())),
            keys,
        );
    }
}

/// With more than one assessment in `dir`, asks which to open; with one, that one; with
/// none, a new one.
pub fn pick(
    questionnaire: &Questionnaire,
    localizer: &Localizer,
    dir: &Path,
) -> anyhow::Result<Pick> {
    let paths = crate::store::assessments_in(dir);
    match paths.as_slice() {
        [] => return Ok(Pick::New),
        [only] => return Ok(Pick::Open(only.clone())),
        _ => {}
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(UserError::new(Text::new("error-no-terminal")).into());
    }
    let theme = Theme::from_env();
    let entries = paths
        .iter()
        .map(|path| Entry::read(questionnaire, path))
        .collect();
    let mut screen = StartScreen::new(entries);
    let mut terminal = ratatui::try_init()?;
    let result = (|| -> std::io::Result<Pick> {
        loop {
            if let Some(pick) = screen.picked.clone() {
                return Ok(pick);
            }
            terminal.draw(|frame| screen.render(localizer, &theme, frame))?;
            if let Event::Key(key) = event::read()?
                && let Some(message) = super::keys::start_action(key)
            {
                screen.update(message);
            }
        }
    })();
    ratatui::restore();
    Ok(result?)
}
