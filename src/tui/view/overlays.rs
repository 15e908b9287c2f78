//! What opens over the question: the overview, the findings, the key help, the jump box,
//! the quit question, and the title of a new assessment.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::i18n::Message as Text;
use crate::interview::SaveStatus;
use crate::tui::{App, Theme};

use super::wrapped::wrapped_rows;
use super::{centered, notice_text, question::render_editor};

pub(super) fn popup<'a>(app: &App, title: String) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.header())
        .title(Span::styled(format!(" {title} "), app.theme.header()))
}

/// A popup nearly as large as the screen, leaving the header and footer in sight.
pub(super) fn large(area: Rect) -> Rect {
    centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    )
}

/// The firing findings as lines, as many as `height` rows can show: from the first for the
/// side panel (`selected` none), around the selected one for the overlay, which marks it
/// and adds each finding's action, owner and due date, and the findings still pending after
/// the last. Only what can be seen is formatted: a long questionnaire fires thousands of
/// findings, some with thousands of reasons, and formatting each per frame made every key
/// slow.
pub fn finding_lines(app: &App, selected: Option<usize>, height: usize) -> Vec<Line<'static>> {
    let interview = &app.interview;
    let fired = interview.fired();
    if fired.is_empty() {
        let mut lines = vec![Line::styled(
            app.localizer.text("ui-no-findings"),
            app.theme.dim(),
        )];
        if selected.is_some() {
            lines.extend(pending_lines(app));
        }
        return lines;
    }
    let first = selected.unwrap_or(0).min(fired.len() - 1);
    // Room for a finding's title, action, owner and conflict, and the line counting the
    // reasons left out.
    let cap = height.saturating_sub(5);
    // A screen's height of lines before the selected finding, then one after its start.
    let mut before: Vec<Vec<Line<'static>>> = Vec::new();
    let mut count = 0;
    for index in (0..first).rev() {
        if count >= height {
            break;
        }
        let block = finding_block(app, index, selected, cap);
        count += block.len();
        before.push(block);
    }
    let mut lines: Vec<Line<'static>> = before.into_iter().rev().flatten().collect();
    let start = lines.len();
    let mut index = first;
    while index < fired.len() && lines.len() - start < height.max(1) {
        lines.extend(finding_block(app, index, selected, cap));
        index += 1;
    }
    if selected.is_some() && index == fired.len() {
        lines.extend(pending_lines(app));
    }
    lines
}

/// One firing finding: its title, in the overlay its action, owner and due date, the
/// answers that made it fire (at most `cap`, then how many more), and a blank line.
fn finding_block(
    app: &App,
    index: usize,
    selected: Option<usize>,
    cap: usize,
) -> Vec<Line<'static>> {
    let interview = &app.interview;
    let localizer = &app.localizer;
    let theme = &app.theme;
    let questionnaire = interview.questionnaire();
    let mut lines = Vec::new();
    let Some(fired) = interview.fired().get(index) else {
        return lines;
    };
    let finding = &questionnaire.findings[fired.finding];
    let marker = if selected == Some(index) { "▶ " } else { "" };
    let mut title_style = theme.severity(finding.severity);
    if selected == Some(index) {
        title_style = title_style.patch(theme.selected());
    }
    lines.push(Line::from(vec![
        Span::raw(marker),
        Span::styled(
            format!("{} ", Theme::severity_icon(finding.severity)),
            theme.severity(finding.severity),
        ),
        Span::styled(localizer.finding_title(finding), title_style),
    ]));
    if selected.is_some() {
        if let Some(action) = localizer.finding_action(finding) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {} ", localizer.text("ui-action")), theme.label()),
                Span::raw(action),
            ]));
        }
        let plan = interview.action_of(&finding.id);
        let owner = plan.map(|a| a.owner.clone()).filter(|o| !o.is_empty());
        let due = plan.map(|a| a.due.clone()).filter(|d| !d.is_empty());
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", localizer.text("ui-owner")), theme.label()),
            match owner {
                Some(owner) => Span::raw(owner),
                None => Span::styled(localizer.text("ui-not-set"), theme.dim()),
            },
            Span::styled(format!("  {} ", localizer.text("ui-due")), theme.label()),
            match due {
                Some(due) => Span::raw(due),
                None => Span::styled(localizer.text("ui-not-set"), theme.dim()),
            },
        ]));
    }
    if selected.is_some()
        && let Some(conflict) = interview.assessment().conflicts.actions.get(&finding.id)
    {
        let side = |action: &Option<crate::assessment::Action>| match action {
            Some(action) => format!("{} {}", action.owner, action.due).trim().to_owned(),
            None => localizer.text("ui-not-set"),
        };
        lines.push(Line::styled(
            localizer.message(
                &Text::new("ui-action-conflict")
                    .with("ours", side(&conflict.ours))
                    .with("theirs", side(&conflict.theirs)),
            ),
            theme.error(),
        ));
    }
    for reason in fired.reasons.iter().take(cap) {
        let Some(question) = questionnaire.question_for_key(reason) else {
            continue;
        };
        let value = interview
            .assessment()
            .value(reason)
            .map(|v| localizer.value_text(question, v))
            .unwrap_or_default();
        let label = localizer.key_label(questionnaire, &interview.assessment().answers, reason);
        lines.push(Line::styled(format!("  · {label} → {value}"), theme.dim()));
    }
    let more = fired.reasons.len().saturating_sub(cap);
    if more > 0 {
        lines.push(Line::styled(
            localizer.message(&Text::new("ui-reasons-more").with("more", more)),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    lines
}

pub fn findings(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    // Nothing is drawn under a large box (`box_covers_screen`): no clearing.
    let area = large(area);
    let block = popup(app, app.localizer.text("ui-findings-title"));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let editing = match app.interview.mode() {
        crate::interview::Mode::EditOwner { .. } => Some("ui-owner-prompt-13"),
        crate::interview::Mode::EditDue { .. } => Some("ui-due-prompt-13"),
        _ => None,
    };
    let [list_area, input_area, hint_area] = super::split::rows(
        inner,
        [
            Constraint::Fill(1),
            Constraint::Length(if editing.is_some() { 3 } else { 0 }),
            Constraint::Length(1),
        ],
    );
    let height = usize::from(list_area.height);
    let lines = finding_lines(app, Some(selected), height);
    // Keep the selected finding in sight, counting rows as they wrap: an owner is never set
    // on a finding nobody can see.
    let rows_of = |line: &Line<'static>| wrapped_rows(line, list_area.width);
    let start = lines
        .iter()
        .position(|line| line.spans.first().is_some_and(|span| span.content == "▶ "))
        .unwrap_or(0);
    // At most a third of the height is shown above the selected finding, so the lines above
    // it are measured upwards only until they fill that third; those further up are left
    // out unwrapped.
    let mut first = start;
    let mut above: Vec<usize> = Vec::new();
    let mut before = 0;
    while first > 0 && before < height / 3 {
        first -= 1;
        let rows = rows_of(&lines[first]);
        above.push(rows);
        before += rows;
    }
    above.reverse();
    let block_end = lines[start..]
        .iter()
        .position(|line| line.spans.is_empty() || line.width() == 0)
        .map_or(lines.len(), |end| start + end);
    let own: usize = lines[start..block_end].iter().map(rows_of).sum();
    // The selected finding's first rows at the top third, but never cut at the bottom.
    let offset = before
        .saturating_sub(height / 3)
        .max((before + own).saturating_sub(height))
        .min(before);
    // Every line takes at least one row, so no line after the first `offset + height` shows.
    let mut lines = lines;
    lines.truncate(first + offset + height);
    lines.drain(..first);
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((u16::try_from(offset).unwrap_or(u16::MAX), 0));
    frame.render_widget(paragraph, list_area);
    // The terminal cursor on the selected finding's marker; an open editor takes it.
    if let Ok(row) = u16::try_from(before.saturating_sub(offset))
        && row < list_area.height
    {
        frame.set_cursor_position((list_area.x, list_area.y + row));
    }
    if let (Some(title), Some(editor)) = (editing, &app.editor) {
        render_editor(app, frame, input_area, editor, title);
    }
    let hint = notice_text(app).unwrap_or_else(|| app.localizer.text("ui-keys-findings-13"));
    frame.render_widget(
        Paragraph::new(Line::styled(hint, app.theme.dim())),
        hint_area,
    );
}

/// The `?` screen: the question's whole help text, every key, and a legend of every symbol;
/// it scrolls, and says so while there is more below.
pub fn help(app: &App, frame: &mut Frame, area: Rect) {
    let localizer = &app.localizer;
    let theme = &app.theme;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(question) = app.interview.current_question() {
        if let Some(reference) = localizer.question_ref(question) {
            lines.push(Line::styled(format!(" [{reference}]"), theme.label()));
        }
        if let Some(help) = localizer.question_help(question) {
            lines.push(Line::raw(format!(" {help}")));
        }
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
    }
    lines.push(Line::styled(
        format!(" {}", localizer.text("ui-help-keys-13")),
        theme.header(),
    ));
    let keys = [
        ("y n u · j n v", "ui-help-yes-no-13"),
        ("-", "ui-help-not-applicable"),
        ("a r d", "ui-help-group"),
        ("1-9", "ui-help-digits"),
        ("␣", "ui-help-space"),
        ("↑ ↓", "ui-help-cursor"),
        ("Enter", "ui-help-enter-13"),
        ("abc…", "ui-help-typing"),
        ("Esc", "ui-help-esc"),
        ("← →  PgUp PgDn", "ui-help-move"),
        ("Tab", "ui-help-overview"),
        ("e", "ui-help-note"),
        ("s", "ui-help-state"),
        ("Del", "ui-help-clear-13"),
        ("Ctrl+Z  Ctrl+Y", "ui-help-undo"),
        ("f", "ui-help-findings"),
        ("Tab s", "ui-help-summary"),
        ("x", "ui-help-export"),
        ("h", "ui-help-text"),
        ("/", "ui-help-jump"),
        ("p", "ui-help-projector"),
        ("? F1", "ui-help-help"),
        ("q", "ui-help-quit"),
        ("Ctrl+R", "ui-help-retitle"),
        ("Ctrl+…", "ui-help-ctrl"),
    ];
    // Two columns: the description wraps under itself, not under the key.
    let text_width = usize::from(area.width.min(90).saturating_sub(2)).saturating_sub(18);
    for (key, id) in keys {
        let text = localizer.text(id);
        let wrapped = super::wrap_words(&text, text_width.max(10));
        for (n, part) in wrapped.into_iter().enumerate() {
            let key = if n == 0 { key } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!(" {key:<16} "), theme.key()),
                Span::raw(part),
            ]));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(" {}", localizer.text("ui-help-legend")),
        theme.header(),
    ));
    use crate::questionnaire::Severity;
    let legend: [(&str, ratatui::style::Style, &str); 12] = [
        ("▲", theme.severity(Severity::High), "ui-legend-high"),
        ("●", theme.severity(Severity::Warning), "ui-legend-warning"),
        ("i", theme.severity(Severity::Info), "ui-legend-info"),
        ("✓", theme.ok(), "ui-legend-answered"),
        ("~", theme.label(), "ui-legend-unknown"),
        ("·", theme.dim(), "ui-legend-unanswered"),
        (
            "!",
            theme.severity(Severity::Warning),
            "ui-legend-follow-up",
        ),
        ("?", theme.severity(Severity::Warning), "ui-legend-ask"),
        ("≠", theme.severity(Severity::High), "ui-legend-disputed"),
        ("-", theme.dim(), "ui-legend-hidden"),
        ("● [x]", theme.chosen(), "ui-legend-chosen"),
        ("▸", theme.key(), "ui-legend-cursor"),
    ];
    for (symbol, style, id) in legend {
        lines.push(Line::from(vec![
            Span::styled(format!(" {symbol:<16}"), style),
            Span::raw(localizer.text(id)),
        ]));
    }
    let area = centered(area, 90, area.height.saturating_sub(2));
    frame.render_widget(Clear, area);
    let block = popup(app, localizer.text("ui-help-title"));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = paragraph.line_count(inner.width);
    let max = total.saturating_sub(usize::from(inner.height));
    app.help_max_scroll.set(max);
    let scroll = app.interview.help_scroll().min(max);
    let more = scroll < max;
    let [text, marker] = super::split::rows(
        inner,
        [Constraint::Fill(1), Constraint::Length(u16::from(more))],
    );
    frame.render_widget(
        paragraph.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        text,
    );
    if more {
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                super::footer::more_marker(app),
                Span::styled(
                    format!("  {}", localizer.text("ui-help-scroll")),
                    theme.dim(),
                ),
            ]))
            .alignment(ratatui::layout::Alignment::Right),
            marker,
        );
    }
}

pub fn jump(app: &App, frame: &mut Frame, area: Rect) {
    let localizer = &app.localizer;
    // Nothing is drawn under a large box (`box_covers_screen`): no clearing.
    let area = large(area);
    let block = popup(app, localizer.text("ui-jump-title"));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [input, list_area] =
        super::split::rows(inner, [Constraint::Length(3), Constraint::Fill(1)]);
    let query = app
        .editor
        .as_ref()
        .map(|e| e.lines().join(" "))
        .unwrap_or_default();
    if let Some(editor) = &app.editor {
        render_editor(app, frame, input, editor, "ui-jump-prompt");
    }
    // Only as many rows as fit: formatting every question of a long questionnaire per frame
    // is work nobody sees.
    let lines: Vec<Line> = app
        .search
        .borrow_mut()
        .matches(
            &app.interview,
            localizer,
            &query,
            usize::from(list_area.height),
        )
        .into_iter()
        .filter_map(|(number, index)| {
            app.interview.question_at(index)?;
            Some(Line::from(vec![
                Span::styled(format!("{number:>4}  "), app.theme.key()),
                Span::raw(super::group::label_at(&app.interview, localizer, index)),
            ]))
        })
        .collect();
    write_lines(app, frame, list_area, &lines);
}

/// One line per row, cut at the area's right edge, written straight into the buffer: a
/// widget would style every row over its whole width first, which a box of short lines at
/// 200 columns pays for on every key.
pub(super) fn write_lines(app: &App, frame: &mut Frame, area: Rect, lines: &[Line<'static>]) {
    super::kept::write_lines(&app.kept, frame.buffer_mut(), area, lines);
}

pub fn confirm_quit(app: &App, frame: &mut Frame, area: Rect) {
    let localizer = &app.localizer;
    let reason = match app.interview.save_status() {
        SaveStatus::Failed(error) => localizer.message(&error.message),
        _ => String::new(),
    };
    let text = vec![
        Line::raw(localizer.text("ui-confirm-quit-lead")),
        Line::raw(""),
        Line::raw(reason),
        Line::raw(""),
        Line::raw(localizer.text("ui-confirm-quit")),
    ];
    let area = centered(area, 70, 12);
    frame.render_widget(Clear, area);
    let paragraph = Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .style(app.theme.error())
        .block(popup(app, localizer.text("ui-confirm-quit-title")));
    frame.render_widget(paragraph, area);
}

pub fn ask_title(app: &App, frame: &mut Frame, area: Rect) {
    let localizer = &app.localizer;
    let area = centered(area, 72, 9);
    let retitling = app.interview.mode() == crate::interview::Mode::EditTitle;
    let heading = if retitling {
        "ui-edit-title"
    } else {
        "ui-new-title"
    };
    let block = popup(app, localizer.text(heading));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [prompt, input, hint] = super::split::rows(
        inner,
        [
            Constraint::Length(2),
            Constraint::Length(3),
            Constraint::Length(1),
        ],
    );
    let prompt_text = match &app.interview.assessment().conflicts.title {
        Some(conflict) if retitling => localizer.message(
            &Text::new("ui-title-conflict")
                .with("ours", conflict.ours.as_str())
                .with("theirs", conflict.theirs.as_str()),
        ),
        _ if retitling => localizer.text("ui-edit-title-prompt"),
        _ => localizer.text("ui-new-prompt"),
    };
    frame.render_widget(
        Paragraph::new(prompt_text).wrap(Wrap { trim: true }),
        prompt,
    );
    if let Some(editor) = &app.editor {
        render_editor(app, frame, input, editor, "ui-title");
    }
    let hint_text = notice_text(app).unwrap_or_else(|| localizer.text("ui-keys-title-13"));
    frame.render_widget(
        Paragraph::new(Line::styled(hint_text, app.theme.dim())),
        hint,
    );
}

/// The findings that depend on questions still open: "would fire if ...", so the group sees
/// what an open answer can still bring.
fn pending_lines(app: &App) -> Vec<Line<'static>> {
    let interview = &app.interview;
    let localizer = &app.localizer;
    let theme = &app.theme;
    let questionnaire = interview.questionnaire();
    if interview.pending().is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::styled(
        localizer.text("ui-pending-heading"),
        theme.label(),
    )];
    for pending in interview.pending() {
        let finding = &questionnaire.findings[pending.finding];
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", Theme::severity_icon(finding.severity)),
                theme.dim(),
            ),
            Span::styled(localizer.finding_title(finding), theme.dim()),
        ]));
        let open: Vec<String> = pending
            .reasons
            .iter()
            .take(3)
            .map(|key| localizer.key_label(questionnaire, &interview.assessment().answers, key))
            .collect();
        let more = pending.reasons.len().saturating_sub(open.len());
        lines.push(Line::styled(
            localizer.message(
                &Text::new("ui-pending-open")
                    .with("questions", open.join(" · "))
                    .with("more", more),
            ),
            theme.dim(),
        ));
    }
    lines
}
