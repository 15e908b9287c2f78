//! The overview: every place of the questionnaire under its section heading, with its
//! number, its mark and its answer; hidden ones greyed with what became of their answers.

use std::cell::RefCell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::assessment::AnswerState;
use crate::interview::Interview;
use crate::tui::App;

use super::overlays::{large, popup, write_lines};
use super::{notice_text, progress_line};

/// What the overview keeps between frames.
#[derive(Debug, Default)]
pub struct OverviewState {
    /// The first row shown last time.
    offset: usize,
    /// The revision of the answers `rows` and `row_of` were made for: the rows (which
    /// places, under which headings, with which numbers) change only with the answers, and
    /// finding them walks every place of the questionnaire.
    revision: Option<u64>,
    rows: Vec<Row>,
    /// Each place's row, by position in the questionnaire.
    row_of: Vec<usize>,
}

#[derive(Debug, Clone, Copy)]
enum Row {
    Section(usize),
    /// A place by position, with its number when it is asked.
    Question(usize, Option<usize>),
}

impl OverviewState {
    /// Opened again, the overview starts from the top, as it first did.
    pub fn forget_offset(&mut self) {
        self.offset = 0;
    }

    fn follow(&mut self, interview: &Interview) {
        if self.revision == Some(interview.revision())
            && self.row_of.len() == interview.question_count()
        {
            return;
        }
        self.revision = Some(interview.revision());
        self.rows.clear();
        self.row_of.clear();
        let mut last_section = None;
        // The one numbering: visible questions counted through the whole questionnaire.
        let mut number = 0;
        for index in 0..interview.question_count() {
            if interview.question_at(index).is_none() {
                self.row_of.push(0);
                continue;
            }
            let section_index = interview.section_index_at(index);
            if last_section != Some(section_index) {
                last_section = Some(section_index);
                self.rows.push(Row::Section(section_index));
            }
            self.row_of.push(self.rows.len());
            let shown = interview.is_visible(index).then(|| {
                number += 1;
                number
            });
            self.rows.push(Row::Question(index, shown));
        }
    }
}

/// Kept in the app between frames; see `OverviewState`.
pub type Overview = RefCell<OverviewState>;

pub fn render(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let interview = &app.interview;
    let localizer = &app.localizer;
    let theme = &app.theme;
    // Nothing is drawn under a large box (`box_covers_screen`): no clearing.
    let area = large(area);
    let block = popup(
        app,
        format!(
            "{} · {}",
            localizer.text("ui-overview-title"),
            super::total_text(app)
        ),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [list_area, hint_area] =
        super::split::rows(inner, [Constraint::Fill(1), Constraint::Length(1)]);
    let mut state = app.overview.borrow_mut();
    state.follow(interview);
    let selected_row = state.row_of.get(selected).copied().unwrap_or(0);
    let height = usize::from(list_area.height).max(1);
    // The rows stay put while the selection moves within the screen, and scroll only as far
    // as it takes to keep the selection in sight: a room reading along loses its place when
    // the whole list jumps at every key.
    let first = state
        .offset
        .min(selected_row)
        .max(selected_row.saturating_sub(height - 1));
    state.offset = first;
    // Only the rows shown are formatted.
    let mut items = Vec::with_capacity(height);
    for row in state.rows.iter().skip(first).take(height) {
        let (index, shown) = match *row {
            Row::Section(section_index) => {
                let Some(section) = interview.questionnaire().sections.get(section_index) else {
                    continue;
                };
                let (answered, visible) = interview.section_progress(section_index);
                let mut line = Line::from(vec![Span::styled(
                    format!(
                        "{} {}  ",
                        section_index + 1,
                        localizer.section_title(section)
                    ),
                    theme.header(),
                )]);
                line.spans
                    .extend(progress_line(theme, answered, visible, 10).spans);
                items.push(line);
                continue;
            }
            Row::Question(index, shown) => (index, shown),
        };
        let Some((_, question)) = interview.question_at(index) else {
            continue;
        };
        let answer = interview
            .slot_at(index)
            .and_then(|slot| interview.assessment().answer(&slot.key));
        let visible = shown.is_some();
        let (marker, marker_style) = match answer {
            _ if !visible => ("-", theme.dim()),
            Some(a) if a.state == AnswerState::Disputed => {
                ("≠", theme.severity(crate::questionnaire::Severity::High))
            }
            Some(a) if a.state == AnswerState::AskSupplier => {
                ("?", theme.severity(crate::questionnaire::Severity::Warning))
            }
            Some(a) if a.state == AnswerState::FollowUp => {
                ("!", theme.severity(crate::questionnaire::Severity::Warning))
            }
            Some(a) if a.value == Some(crate::assessment::Value::Unknown) => ("~", theme.label()),
            Some(a) if a.value.is_some() => ("✓", theme.ok()),
            _ => ("·", theme.dim()),
        };
        let label = match shown {
            Some(number) => format!("{number:>4} "),
            None => "     ".to_owned(),
        };
        let mut spans = vec![
            Span::styled(label, theme.key()),
            Span::styled(format!("{marker} "), marker_style),
            Span::styled(
                super::group::label_at(interview, localizer, index),
                if visible {
                    ratatui::style::Style::new()
                } else {
                    theme.dim()
                },
            ),
        ];
        if let Some(value) = answer.and_then(|a| a.value.as_ref()) {
            spans.push(Span::styled(
                format!("  → {}", localizer.value_text(question, value)),
                theme.label(),
            ));
        }
        if !visible {
            let note = if answer.is_some() {
                "ui-hidden-kept"
            } else {
                "ui-hidden"
            };
            spans.push(Span::styled(
                format!("  ({})", localizer.text(note)),
                theme.dim(),
            ));
        }
        items.push(Line::from(spans));
    }
    // A list widget styled every row three times over its whole width: a sixth of this
    // frame at 200 columns.
    let beside_marker = Rect {
        x: list_area.x + 1,
        width: list_area.width.saturating_sub(1),
        ..list_area
    };
    write_lines(app, frame, beside_marker, &items);
    let buffer = frame.buffer_mut();
    if let Ok(row) = u16::try_from(selected_row - first)
        && row < list_area.height
    {
        let y = list_area.y + row;
        buffer.set_style(
            Rect::new(list_area.x, y, list_area.width, 1),
            theme.selected(),
        );
        buffer.set_string(list_area.x, y, "▶", ratatui::style::Style::new());
        // The terminal cursor on the selected row's marker.
        frame.set_cursor_position((list_area.x, y));
    }
    let hint = notice_text(app).unwrap_or_else(|| localizer.text("ui-keys-overview-13"));
    frame.render_widget(Paragraph::new(Line::styled(hint, theme.dim())), hint_area);
}
