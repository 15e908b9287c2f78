//! How many rows a line takes wrapped at a width, as a paragraph wraps it
//! (`Wrap { trim: false }`).
//!
//! The findings box measures the lines around the selected finding on every key to keep it
//! in sight; nearly every line fits on its row, which its width tells without wrapping it.

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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Paragraph, Wrap};

    use super::wrapped_rows;

    proptest! {
        /// The shortcut for lines that fit agrees with wrapping them.
        #[test]
        fn wrapped_rows_agrees_with_the_paragraph(
            spans in proptest::collection::vec("[a-zå ─✓▶界\\u{301}]{0,30}", 0..4),
            width in 0u16..40,
        ) {
            let line = Line::from(spans.into_iter().map(Span::raw).collect::<Vec<_>>());
            let wrapped = Paragraph::new(line.clone())
                .wrap(Wrap { trim: false })
                .line_count(width);
            prop_assert_eq!(wrapped_rows(&line, width), wrapped);
        }
    }
}
