//! The interview screen: one question at a time, with where the group is and what its
//! answers imply always in sight.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::i18n::Message as Text;
use crate::interview::Mode;
use crate::questionnaire::Question;
use crate::tui::App;

use super::answer::answer_lines;
use super::footer::{findings_panel, key_bar, status_line};
use super::kept::{self, Slot};
use super::{info_text, notice_text, save_span};

/// From this width the findings stand in a panel beside the question.
const PANEL_MIN_WIDTH: u16 = 140;
const PANEL_WIDTH: u16 = 48;
const BODY_MAX_WIDTH: u16 = 100;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if super::box_covers_screen(app) {
        let [header, _, keys] = super::split::rows(
            area,
            [
                Constraint::Length(1),
                Constraint::Fill(1),
                Constraint::Length(1),
            ],
        );
        frame.render_widget(header_line(app, header.width), header);
        // The save state stays in sight: the findings box sets owners and due dates.
        let save = save_span(&app.localizer, &app.theme, app.interview.save_status());
        let save_width = u16::try_from(save.content.chars().count() + 1).unwrap_or(u16::MAX);
        let [keys, save_area] =
            super::split::columns(keys, [Constraint::Fill(1), Constraint::Length(save_width)]);
        frame.render_widget(key_bar(app, keys.width), keys);
        frame.render_widget(Paragraph::new(Line::from(save)), save_area);
        return;
    }
    // A notice (a failed save above all) gets lines of its own, so it is read in full.
    let notice = notice_text(app)
        .map(|text| (text, app.theme.error()))
        .or_else(|| info_text(app).map(|text| (text, app.theme.ok())))
        .map(|(text, style)| Paragraph::new(text).style(style).wrap(Wrap { trim: true }));
    let notice_height = notice
        .as_ref()
        .map_or(0, |p| height_of(p, area.width.saturating_sub(2)).min(3));
    let [
        header,
        rule_top,
        body,
        notice_area,
        rule_bottom,
        status,
        keys,
    ] = super::split::rows(
        area,
        [
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(notice_height),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ],
    );
    if let Some(notice) = notice {
        frame.render_widget(
            notice,
            notice_area.inner(ratatui::layout::Margin::new(1, 0)),
        );
    }
    frame.render_widget(header_line(app, header.width), header);
    let rule = Paragraph::new("─".repeat(usize::from(area.width))).style(app.theme.rule());
    frame.render_widget(rule.clone(), rule_top);
    frame.render_widget(rule, rule_bottom);
    let main = if area.width >= PANEL_MIN_WIDTH {
        let [main, panel] =
            super::split::columns(body, [Constraint::Fill(1), Constraint::Length(PANEL_WIDTH)]);
        let panel_text = findings_panel(app, panel.height);
        kept::render(
            &app.kept,
            Slot::FindingsPanel,
            panel_text,
            panel,
            frame.buffer_mut(),
        );
        main
    } else {
        body
    };
    render_body(app, frame, main);
    frame.render_widget(status_line(app, status.width), status);
    frame.render_widget(key_bar(app, keys.width), keys);
}

fn header_line(app: &App, width: u16) -> Paragraph<'static> {
    let interview = &app.interview;
    let localizer = &app.localizer;
    let left = format!(" molnkoll · {}", interview.assessment().title);
    let right = match interview.current_section() {
        Some(section) => localizer.message(
            &Text::new("ui-position-13")
                .with(
                    "section-number",
                    interview.section_index_at(interview.current_index()) + 1,
                )
                .with("section", localizer.section_title(section))
                .with(
                    "number",
                    interview
                        .number_of(interview.current_index())
                        .unwrap_or_default(),
                )
                .with("count", interview.counts().visible),
        ),
        None => String::new(),
    };
    Paragraph::new(spread(&left, &right, width)).style(app.theme.header())
}

/// `left` and `right` on one line with at least two spaces between; the title on the left
/// gives way first, the position on the right only when it alone would not fit.
fn spread(left: &str, right: &str, width: u16) -> String {
    let width = usize::from(width);
    let keep_left = left.chars().count().min(20);
    let right = truncate(right, width.saturating_sub(keep_left + 3));
    let right_len = right.chars().count() + 1;
    let left = truncate(left, width.saturating_sub(right_len + 2));
    let gap = width.saturating_sub(left.chars().count() + right_len);
    format!("{left}{}{right} ", " ".repeat(gap))
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    if max > 0 {
        cut.push('…');
    }
    cut
}

fn render_body(app: &App, frame: &mut Frame, area: Rect) {
    let Some(question) = app.interview.current_question() else {
        return;
    };
    let mut area = area.inner(ratatui::layout::Margin::new(2, 1));
    // Lines much longer than this are hard to follow on a wide screen.
    area.width = area.width.min(BODY_MAX_WIDTH);
    let theme = &app.theme;
    let question_text = Paragraph::new(super::group::question_line(app, question))
        .style(theme.question())
        .wrap(Wrap { trim: true });
    let question_height = height_of(&question_text, area.width);
    let naming_item = matches!(app.interview.mode(), Mode::EditItemName { .. });
    let editing_answer = app.interview.mode() == Mode::EditAnswer || naming_item;
    let answer = answer_lines(app, question, false);
    let answer_height = if editing_answer {
        3
    } else {
        answer.len() as u16
    };
    let note_height = if app.interview.mode() == Mode::EditNote {
        // The whole note in sight while the room words it: half the body, at least 4 rows.
        (area.height / 2).max(4)
    } else {
        height_of(&note_paragraph(app), area.width).min(5)
    };
    let flags = flags_paragraph(app, question);
    let flags_height = flags.as_ref().map_or(0, |p| height_of(p, area.width) + 1);
    let [q_area, _, a_area, f_area, _, n_area, _, h_area] = super::split::rows(
        area,
        [
            Constraint::Length(question_height),
            Constraint::Length(1),
            Constraint::Length(answer_height),
            Constraint::Length(flags_height),
            Constraint::Length(1),
            Constraint::Length(note_height),
            Constraint::Length(1),
            Constraint::Fill(1),
        ],
    );
    kept::render(
        &app.kept,
        Slot::Question,
        question_text,
        q_area,
        frame.buffer_mut(),
    );
    match (&app.editor, editing_answer) {
        (Some(editor), true) if naming_item => {
            render_editor(app, frame, a_area, editor, "ui-editing-item-name")
        }
        (Some(editor), true) => render_editor(app, frame, a_area, editor, "ui-editing-answer-13"),
        _ => {
            frame.render_widget(Paragraph::new(answer), a_area);
            focus_option(app, frame, a_area);
        }
    }
    if let Some(flags) = flags {
        frame.render_widget(flags, f_area.inner(ratatui::layout::Margin::new(0, 0)));
    }
    render_note(app, frame, n_area);
    if app.interview.show_help_text() {
        render_help_text(app, frame, h_area, question);
    }
}

/// What the group must settle about this answer: a merge conflict, or a question that
/// changed since it was answered.
fn flags_paragraph(app: &App, question: &Question) -> Option<Paragraph<'static>> {
    let localizer = &app.localizer;
    let answer = app.interview.current_answer()?;
    let mut lines = Vec::new();
    if let Some(conflict) = &answer.conflict {
        let side = |a: &crate::assessment::Answer| {
            let mut text = a
                .value
                .as_ref()
                .map(|v| localizer.value_text(question, v))
                .unwrap_or_else(|| localizer.text("ui-no-value"));
            if !a.note.is_empty() {
                text.push_str(&format!(" ({})", a.note.replace('\n', " ")));
            }
            text
        };
        lines.push(Line::styled(
            localizer.message(
                &Text::new("ui-conflict")
                    .with("ours", side(&conflict.ours))
                    .with("theirs", side(&conflict.theirs)),
            ),
            app.theme.error(),
        ));
    }
    if app.interview.current_misfits() {
        let value = answer
            .value
            .as_ref()
            .map(crate::commands::value_keyword)
            .unwrap_or_default();
        lines.push(Line::styled(
            localizer.message(&Text::new("ui-misfit").with("value", value)),
            app.theme.error(),
        ));
    }
    if app.interview.needs_reconfirmation() {
        lines.push(Line::styled(
            localizer.text("ui-reconfirm"),
            app.theme.severity(crate::questionnaire::Severity::Warning),
        ));
    }
    (!lines.is_empty()).then(|| Paragraph::new(lines).wrap(Wrap { trim: true }))
}

pub(super) fn height_of(paragraph: &Paragraph, width: u16) -> u16 {
    u16::try_from(paragraph.line_count(width)).unwrap_or(u16::MAX)
}

/// The terminal cursor on the highlighted option, where space would act (screen readers and
/// magnifiers follow it).
pub(super) fn focus_option(app: &App, frame: &mut Frame, area: Rect) {
    if app.interview.mode() != Mode::Question || area.height == 0 {
        return;
    }
    // On a typed question the first key starts the answer: the cursor waits where it goes.
    if app.interview.current_is_typed() {
        frame.set_cursor_position((area.x + 2, area.y));
        return;
    }
    let row = u16::try_from(app.interview.cursor()).unwrap_or(u16::MAX);
    if row < area.height {
        frame.set_cursor_position((area.x + 1, area.y + row));
    }
}

pub(super) fn render_editor(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    editor: &ratatui_textarea::TextArea<'static>,
    title: &str,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.key())
        .title(app.localizer.text(title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(editor, inner);
    // The terminal cursor where typing goes.
    let cursor = editor.screen_cursor();
    let (top, left) = editor.scroll_offset();
    let row = u16::try_from(cursor.row)
        .unwrap_or(u16::MAX)
        .saturating_sub(top);
    let col = u16::try_from(cursor.col)
        .unwrap_or(u16::MAX)
        .saturating_sub(left);
    if row < inner.height && col < inner.width {
        frame.set_cursor_position((inner.x + col, inner.y + row));
    }
}

/// The note (wrapped, up to four lines) and the state, as a paragraph.
fn note_paragraph(app: &App) -> Paragraph<'static> {
    let localizer = &app.localizer;
    let theme = &app.theme;
    let answer = app.interview.current_answer();
    let note = answer
        .map(|a| a.note.replace('\n', " ⏎ "))
        .unwrap_or_default();
    let state = answer.map(|a| a.state).unwrap_or_default();
    let note_span = if note.is_empty() {
        Span::styled(localizer.text("ui-no-note-13"), theme.dim())
    } else {
        Span::raw(note)
    };
    let state_style = if state.is_settled() {
        theme.dim()
    } else {
        theme.severity(crate::questionnaire::Severity::Warning)
    };
    let lines = vec![
        Line::from(vec![
            Span::styled(format!("{:<12}", localizer.text("ui-note")), theme.label()),
            note_span,
        ]),
        Line::from(vec![
            Span::styled(format!("{:<12}", localizer.text("ui-state")), theme.label()),
            Span::styled(localizer.state_label(state), state_style),
        ]),
    ];
    Paragraph::new(lines).wrap(Wrap { trim: false })
}

fn render_note(app: &App, frame: &mut Frame, area: Rect) {
    if let (Some(editor), Mode::EditNote) = (&app.editor, app.interview.mode()) {
        render_editor(app, frame, area, editor, "ui-editing-note-13");
        return;
    }
    kept::render(
        &app.kept,
        Slot::Note,
        note_paragraph(app),
        area,
        frame.buffer_mut(),
    );
}

fn render_help_text(app: &App, frame: &mut Frame, area: Rect, question: &Question) {
    let localizer = &app.localizer;
    // The reference first: on a small screen a long help text is cut at the bottom, and the
    // legal source is what an officer looks for.
    let mut lines = Vec::new();
    if let Some(reference) = localizer.question_ref(question) {
        lines.push(Line::styled(format!("[{reference}]"), app.theme.label()));
    }
    if let Some(help) = localizer.question_help(question) {
        lines.push(Line::styled(help, app.theme.dim()));
    }
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: true });
    let height = height_of(&paragraph, area.width);
    if height <= area.height || area.height < 2 {
        // Only the rows the text takes: the rest stays blank either way.
        let text = Rect {
            height: height.min(area.height),
            ..area
        };
        kept::render(&app.kept, Slot::Help, paragraph, text, frame.buffer_mut());
        return;
    }
    // Cut: say so, and where the whole text is (the ? screen scrolls).
    let [text, more] = super::split::rows(area, [Constraint::Fill(1), Constraint::Length(1)]);
    kept::render(&app.kept, Slot::Help, paragraph, text, frame.buffer_mut());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            super::footer::more_marker(app),
            Span::styled(
                format!("  {}", localizer.text("ui-more-help")),
                app.theme.dim(),
            ),
        ])),
        more,
    );
}
