//! Lines wrapped at an area's width, as a paragraph wraps them (`Wrap { trim: false }`),
//! written line by line.
//!
//! A paragraph runs every line through its word wrapper; nearly every line of the findings
//! box fits on its row, and is written straight into the buffer instead, which halves the
//! cost of a frame of findings at 200 columns. Only the lines that are wider than the area
//! are wrapped, and those twice (measured, then drawn): where most lines wrap, as in the
//! narrow findings panel, a paragraph is cheaper.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// The rows `line` takes wrapped at `width`. A line that fits takes one, which is known
/// from its width without wrapping it.
pub(super) fn wrapped_rows(line: &Line<'_>, width: u16) -> usize {
    if width > 0 && line.width() <= usize::from(width) {
        return 1;
    }
    Paragraph::new(line.clone())
        .wrap(Wrap { trim: false })
        .line_count(width)
}

/// `lines` wrapped into `area`, from row `scroll` of them on: what
/// `Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0))` draws.
pub(super) fn write_wrapped(frame: &mut Frame, area: Rect, lines: &[Line<'_>], scroll: usize) {
    let mut skip = scroll;
    let mut y = area.top();
    for line in lines {
        if y >= area.bottom() {
            break;
        }
        let rows = wrapped_rows(line, area.width);
        if skip >= rows {
            skip -= rows;
            continue;
        }
        if rows == 1 {
            frame.buffer_mut().set_line(area.x, y, line, area.width);
            y += 1;
            continue;
        }
        let shown = u16::try_from(rows - skip)
            .unwrap_or(u16::MAX)
            .min(area.bottom() - y);
        let paragraph = Paragraph::new(line.clone())
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(skip).unwrap_or(u16::MAX), 0));
        frame.render_widget(paragraph, Rect::new(area.x, y, area.width, shown));
        y += shown;
        skip = 0;
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Paragraph, Wrap};

    use super::{wrapped_rows, write_wrapped};

    /// Words and spaces, with wide and combining characters, and some styled.
    fn lines() -> impl Strategy<Value = Vec<Line<'static>>> {
        let span = ("[a-zå ─✓▶界\u{301}]{0,30}", any::<bool>()).prop_map(|(text, red)| {
            if red {
                Span::styled(text, Style::new().fg(Color::Red))
            } else {
                Span::raw(text)
            }
        });
        proptest::collection::vec(
            proptest::collection::vec(span, 0..4).prop_map(Line::from),
            0..8,
        )
    }

    proptest! {
        /// The shortcut for lines that fit agrees with wrapping them.
        #[test]
        fn wrapped_rows_agrees_with_the_paragraph(
            spans in proptest::collection::vec("[a-zå ─✓▶界\u{301}]{0,30}", 0..4),
            width in 0u16..40,
        ) {
            let line = Line::from(spans.into_iter().map(Span::raw).collect::<Vec<_>>());
            let wrapped = Paragraph::new(line.clone())
                .wrap(Wrap { trim: false })
                .line_count(width);
            prop_assert_eq!(wrapped_rows(&line, width), wrapped);
        }

        /// Written line by line, the lines look as the paragraph draws them, cell for cell
        /// and style for style.
        #[test]
        fn write_wrapped_draws_what_the_paragraph_draws(
            lines in lines(),
            width in 1u16..30,
            height in 0u16..12,
            scroll in 0usize..10,
        ) {
            let area = Rect::new(1, 1, width, height);
            let draw = |by_line: bool| {
                let mut terminal =
                    Terminal::new(TestBackend::new(width + 2, height + 2)).expect("terminal");
                terminal
                    .draw(|frame| {
                        if by_line {
                            write_wrapped(frame, area, &lines, scroll);
                        } else {
                            let paragraph = Paragraph::new(lines.clone())
                                .wrap(Wrap { trim: false })
                                .scroll((u16::try_from(scroll).expect("small"), 0));
                            frame.render_widget(paragraph, area);
                        }
                    })
                    .expect("draws");
                terminal.backend().buffer().clone()
            };
            prop_assert_eq!(draw(true), draw(false));
        }
    }
}
