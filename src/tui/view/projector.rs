//! Projector mode, for a room reading a zoomed terminal (about 90-110 columns): the
//! question, the answer, the note the group is writing, its state and a one-line count of
//! findings, large and calm; nothing else. Every key that acts here acts on something on
//! this screen.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::i18n::Message as Text;
use crate::interview::Mode;
use crate::tui::App;

use super::answer::answer_lines;
use super::question::{focus_option, height_of, render_editor};
use super::{notice_text, progress_line, save_span, wrap_words};

/// Quadrant glyphs: each character is this many cells wide, and a line this many high.
const BIG_WIDTH: usize = 4;
const BIG_HEIGHT: u16 = 4;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let interview = &app.interview;
    let localizer = &app.localizer;
    let theme = &app.theme;
    let Some(question) = interview.current_question() else {
        return;
    };
    let area = area.inner(Margin::new(3, 1));
    let text = super::group::question_line(app, question);
    // The question in big letters when it fits in at most half the screen; else bold text.
    let big_lines = wrap_words(&text, usize::from(area.width) / BIG_WIDTH);
    let big_height = u16::try_from(big_lines.len())
        .unwrap_or(u16::MAX)
        .saturating_mul(BIG_HEIGHT);
    let big_width = usize::from(area.width) / BIG_WIDTH;
    let answers = answer_lines(app, question, true);
    let editing_answer = interview.mode() == Mode::EditAnswer;
    let editing_note = interview.mode() == Mode::EditNote;
    let answer_height = if editing_answer {
        3
    } else {
        u16::try_from(answers.len()).unwrap_or(u16::MAX)
    };
    let note = note_lines(app);
    let note_paragraph = Paragraph::new(note).wrap(Wrap { trim: false });
    // The note the group is wording needs room (at least five lines of text) before the
    // question may grow.
    let note_wanted = if editing_note {
        8
    } else {
        height_of(&note_paragraph, area.width).min(6)
    };
    let big = big_height <= area.height / 2
        && big_height + answer_height + note_wanted + 8 <= area.height
        && big_lines.iter().all(|l| l.chars().count() <= big_width);
    let question_text = Paragraph::new(text.clone())
        .style(theme.question())
        .wrap(Wrap { trim: true });
    let question_height = if big {
        big_height
    } else {
        height_of(&question_text, area.width)
    };
    let note_height = if editing_note {
        area.height
            .saturating_sub(question_height + answer_height + 8)
            .max(4)
    } else {
        height_of(&note_paragraph, area.width).min(6)
    };
    let [
        position,
        _,
        q_area,
        _,
        a_area,
        _,
        n_area,
        _,
        findings,
        bottom,
    ] = super::split::rows(
        area,
        [
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(question_height),
            Constraint::Length(1),
            Constraint::Length(answer_height),
            Constraint::Length(1),
            Constraint::Length(note_height),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ],
    );
    let section = interview
        .current_section()
        .map(|s| localizer.section_title(s))
        .unwrap_or_default();
    let number = localizer.message(
        &Text::new("ui-question-of")
            .with(
                "number",
                interview
                    .number_of(interview.current_index())
                    .unwrap_or_default(),
            )
            .with("count", interview.counts().visible),
    );
    frame.render_widget(
        Paragraph::new(format!("{number} · {section}")).style(theme.label()),
        position,
    );
    if big {
        let big_text = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme.question())
            .lines(big_lines.into_iter().map(Line::from).collect::<Vec<_>>())
            .build();
        frame.render_widget(big_text, q_area);
    } else {
        frame.render_widget(question_text, q_area);
    }
    match (&app.editor, editing_answer) {
        (Some(editor), true) => render_editor(app, frame, a_area, editor, "ui-editing-answer-13"),
        _ => {
            let first = answers.first().cloned();
            frame.render_widget(Paragraph::new(answers), a_area);
            match (&question.kind, first) {
                (crate::questionnaire::Kind::YesNo, Some(line)) => {
                    focus_wide_option(app, frame, a_area, &line)
                }
                _ => focus_option(app, frame, a_area),
            }
        }
    }
    match (&app.editor, editing_note) {
        (Some(editor), true) => {
            // The state stays in sight under the note being written.
            let [editor_area, state_area] =
                super::split::rows(n_area, [Constraint::Fill(1), Constraint::Length(1)]);
            render_editor(app, frame, editor_area, editor, "ui-editing-note-13");
            let state = note_lines(app).pop().unwrap_or_default();
            frame.render_widget(Paragraph::new(state), state_area);
        }
        _ => frame.render_widget(note_paragraph, n_area),
    }
    let (high, warning, info) = interview.finding_counts();
    frame.render_widget(
        Paragraph::new(
            localizer.message(
                &Text::new("ui-projector-findings")
                    .with("high", high)
                    .with("warning", warning)
                    .with("info", info),
            ),
        )
        .style(if high > 0 {
            theme.severity(crate::questionnaire::Severity::High)
        } else {
            theme.label()
        }),
        findings,
    );
    let counts = interview.counts();
    let bar = usize::from(area.width / 4).max(5);
    let mut line = progress_line(theme, counts.done(), counts.visible, bar);
    line.spans.push(Span::raw("   "));
    line.spans
        .push(save_span(localizer, theme, interview.save_status()));
    // A failed save is never hidden, not even here.
    if let Some(notice) = notice_text(app) {
        line.spans
            .push(Span::styled(format!("  {notice}"), theme.error()));
    } else if let Some(info) = super::info_text(app) {
        // What an undo took back, said where the room can see it.
        line.spans
            .push(Span::styled(format!("  {info}"), theme.ok()));
    }
    frame.render_widget(Paragraph::new(line).alignment(Alignment::Left), bottom);
}

/// The note and its state, as the room should read them.
fn note_lines(app: &App) -> Vec<Line<'static>> {
    let localizer = &app.localizer;
    let theme = &app.theme;
    let answer = app.interview.current_answer();
    let note = answer.map(|a| a.note.clone()).unwrap_or_default();
    let state = answer.map(|a| a.state).unwrap_or_default();
    let mut lines = Vec::new();
    let label = Span::styled(format!("{}: ", localizer.text("ui-note")), theme.label());
    if note.is_empty() {
        lines.push(Line::from(vec![
            label,
            Span::styled(localizer.text("ui-no-note-13"), theme.dim()),
        ]));
    } else {
        let mut parts = note.split('\n');
        lines.push(Line::from(vec![
            label,
            Span::raw(parts.next().unwrap_or_default().to_owned()),
        ]));
        lines.extend(parts.map(|part| Line::raw(part.to_owned())));
    }
    let state_style = if state.is_settled() {
        theme.dim()
    } else {
        theme.severity(crate::questionnaire::Severity::Warning)
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!("{} ", localizer.text("ui-projector-state")),
            theme.label(),
        ),
        Span::styled(localizer.state_label(state), state_style),
    ]));
    lines
}

/// The terminal cursor on the highlighted option of yes/no spread over one line, where each
/// option is four spans and a gap: magnifiers and screen readers follow it there too.
fn focus_wide_option(app: &App, frame: &mut Frame, area: Rect, line: &Line) {
    if app.interview.mode() != Mode::Question || area.height == 0 {
        return;
    }
    let before: usize = line
        .spans
        .iter()
        .take(app.interview.cursor() * 5)
        .map(Span::width)
        .sum();
    // On the marker, as in the normal screen.
    let x = u16::try_from(before + 1).unwrap_or(u16::MAX);
    if x < area.width {
        frame.set_cursor_position((area.x + x, area.y));
    }
}
