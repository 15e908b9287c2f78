//! Paragraphs and list rows that have not changed since the last frame, copied instead of
//! laid out again.
//!
//! Laying out text is most of a frame's work: ratatui's word wrapper walks every grapheme
//! and styles every cell of the area. Between two keypresses most paragraphs of the screen
//! are the same (answering changes the marked option, not the question, its help or,
//! mostly, the findings). A paragraph drawn on blank cells is a function of the paragraph
//! and its area alone, so its cells are kept with a copy of both and reused only when the
//! next frame asks for an equal paragraph in the same area and finds that area blank.
//! Nothing else can make them stale, so nothing needs to be told when to forget them. The
//! rows of the overview and the jump box are kept the same way (`write_lines`), by their
//! line and the cells they were written over.

use std::cell::RefCell;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::fast_hash::{HashMap, RandomState};

/// The places on the screen whose paragraphs are kept, each the last two it showed: undo
/// and redo, or going back and forth between two questions, show two in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Question,
    Note,
    Help,
    FindingsPanel,
}

const SLOTS: usize = 4;
const KEPT_PER_SLOT: usize = 2;

struct Drawn {
    paragraph: Paragraph<'static>,
    area: Rect,
    cells: Vec<Cell>,
}

/// A row a box wrote with `Buffer::set_line`: what was under it, and what it left.
struct Row {
    under: Vec<Cell>,
    drawn: Vec<Cell>,
}

#[derive(Default)]
pub struct KeptState {
    /// Per slot, the most recently shown first.
    slots: [[Option<Drawn>; KEPT_PER_SLOT]; SLOTS],
    /// The rows of the last two frames' list boxes, by their line, the last first: found
    /// wherever the line moved to, so that a list that scrolls by one row finds all rows but
    /// one, and a search that goes back a letter finds the list it showed before.
    rows: [HashMap<Line<'static>, Vec<Row>>; 2],
    /// Per slot, whether a paragraph was drawn there before. The first is drawn without
    /// being kept: keeping costs a scratch buffer and two copies, which the first frame,
    /// the one start-up waits for, would pay before anything is on the screen. The next
    /// frame keeps what it draws.
    drawn_before: [bool; SLOTS],
}

/// Kept in the app between frames.
pub type Kept = RefCell<KeptState>;

/// Draws `paragraph` in `area`, from the cells kept for `slot` when they are still what it
/// draws.
pub(super) fn render(
    kept: &Kept,
    slot: Slot,
    paragraph: Paragraph<'static>,
    area: Rect,
    buf: &mut Buffer,
) {
    let area = area.intersection(buf.area);
    if area.is_empty() || !is_blank(buf, area) {
        paragraph.render(area, buf);
        return;
    }
    let mut kept = kept.borrow_mut();
    if !std::mem::replace(&mut kept.drawn_before[slot as usize], true) {
        paragraph.render(area, buf);
        return;
    }
    let entries = &mut kept.slots[slot as usize];
    let found = entries.iter().position(|entry| {
        entry
            .as_ref()
            .is_some_and(|drawn| drawn.area == area && drawn.paragraph == paragraph)
    });
    if let Some(at) = found {
        entries[..=at].rotate_right(1);
        if let Some(drawn) = &entries[0] {
            copy(&drawn.cells, area, buf);
        }
        return;
    }
    // Drawn apart first: ratatui may draw a wide character past the area's right edge, and
    // what it draws outside cannot be kept with the area. The scratch reaches as far right
    // and one row further down than the screen lets it.
    let reach = Rect {
        width: buf.area.right() - area.x,
        height: (area.height + 1).min(buf.area.bottom() - area.y),
        ..area
    };
    let mut scratch = Buffer::empty(reach);
    (&paragraph).render(area, &mut scratch);
    if !only_inside(&scratch, area) {
        paragraph.render(area, buf);
        return;
    }
    let mut cells = Vec::with_capacity(usize::from(area.width) * usize::from(area.height));
    for y in area.top()..area.bottom() {
        let from = scratch.index_of(area.x, y);
        cells.extend_from_slice(&scratch.content[from..from + usize::from(area.width)]);
    }
    copy(&cells, area, buf);
    entries.rotate_right(1);
    entries[0] = Some(Drawn {
        paragraph,
        area,
        cells,
    });
}

/// Writes `lines` one per row of `area`, as `Buffer::set_line` does, from the rows kept
/// from the last frame where they are still what it writes. A line written over the same
/// cells leaves the same cells, wherever it stands: `set_line` writes nothing past the
/// width it is given.
pub(super) fn write_lines(kept: &Kept, buf: &mut Buffer, area: Rect, lines: &[Line<'static>]) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let mut kept = kept.borrow_mut();
    let [mut last, mut before] = std::mem::take(&mut kept.rows);
    let mut next: HashMap<Line<'static>, Vec<Row>> =
        HashMap::with_capacity_and_hasher(lines.len(), RandomState::default());
    for (y, line) in (area.top()..area.bottom()).zip(lines) {
        let start = buf.index_of(area.x, y);
        let cells = start..start + width;
        // The same line may stand on several rows (a list's hidden places look alike).
        let take = |kept: &mut HashMap<Line<'static>, Vec<Row>>| {
            let rows = kept.get_mut(line)?;
            let at = rows
                .iter()
                .position(|row| row.under[..] == buf.content[cells.clone()])?;
            Some(rows.swap_remove(at))
        };
        let found = take(&mut last).or_else(|| take(&mut before));
        let row = match found {
            Some(row) => {
                buf.content[cells].clone_from_slice(&row.drawn);
                row
            }
            None => {
                let under = buf.content[cells.clone()].to_vec();
                buf.set_line(area.x, y, line, area.width);
                let drawn = buf.content[cells].to_vec();
                Row { under, drawn }
            }
        };
        next.entry(line.clone()).or_default().push(row);
    }
    // What the last frame showed and this one did not may come back in the next; what the
    // frame before showed is let go, so that a list scrolled through keeps two screens.
    last.retain(|_, rows| !rows.is_empty());
    kept.rows = [next, last];
}

fn copy(cells: &[Cell], area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    for (row, y) in (area.top()..area.bottom()).enumerate() {
        let start = buf.index_of(area.x, y);
        buf.content[start..start + width].clone_from_slice(&cells[row * width..(row + 1) * width]);
    }
}

/// Whether everything drawn in `scratch` is inside `area`.
fn only_inside(scratch: &Buffer, area: Rect) -> bool {
    let reach = scratch.area;
    (reach.top()..reach.bottom()).all(|y| {
        (reach.left()..reach.right())
            .filter(|&x| !area.contains(ratatui::layout::Position { x, y }))
            .all(|x| scratch[(x, y)] == Cell::EMPTY)
    })
}

fn is_blank(buf: &Buffer, area: Rect) -> bool {
    (area.top()..area.bottom()).all(|y| {
        let start = buf.index_of(area.x, y);
        buf.content[start..start + usize::from(area.width)]
            .iter()
            .all(|cell| *cell == Cell::EMPTY)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Style};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Block, Borders, Wrap};

    fn paragraph() -> impl Strategy<Value = Paragraph<'static>> {
        let span = ("[a-c é語 ]{0,14}", 0u8..3).prop_map(|(text, color)| {
            let style = match color {
                0 => Style::default(),
                1 => Style::default().fg(Color::Red),
                _ => Style::default().bg(Color::Blue),
            };
            Span::styled(text, style)
        });
        let line = prop::collection::vec(span, 0..4).prop_map(Line::from);
        (
            prop::collection::vec(line, 0..6),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(lines, wrap, block)| {
                let mut paragraph = Paragraph::new(lines);
                if wrap {
                    paragraph = paragraph.wrap(Wrap { trim: true });
                }
                if block {
                    paragraph = paragraph.block(Block::default().borders(Borders::LEFT).title("t"));
                }
                paragraph
            })
    }

    fn area() -> impl Strategy<Value = Rect> {
        (0u16..6, 0u16..4, 0u16..16, 0u16..8).prop_map(|(x, y, width, height)| Rect {
            x,
            y,
            width,
            height,
        })
    }

    proptest! {
        /// Frame after frame, with paragraphs and areas changing or not, and sometimes
        /// something drawn first where the paragraph goes: what is drawn through the kept
        /// cells equals what the paragraph draws.
        #[test]
        fn kept_cells_draw_what_the_paragraph_draws(
            frames in prop::collection::vec((paragraph(), area(), 0usize..3), 1..12),
        ) {
            let kept = Kept::default();
            let screen = Rect::new(0, 0, 16, 8);
            let mut shown: Vec<(Paragraph<'static>, Rect)> = Vec::new();
            for (paragraph, area, back) in frames {
                // Now and then the last one again, or the one before it (undo and redo).
                let (paragraph, area) = match back.checked_sub(1) {
                    Some(back) if back < shown.len() => shown[shown.len() - 1 - back].clone(),
                    _ => (paragraph, area),
                };
                let mut expected = Buffer::empty(screen);
                let mut drawn = Buffer::empty(screen);
                if area.x == 1 {
                    for buf in [&mut expected, &mut drawn] {
                        buf[(1, 1)].set_symbol("x");
                    }
                }
                (&paragraph).render(area, &mut expected);
                render(&kept, Slot::Help, paragraph.clone(), area, &mut drawn);
                prop_assert_eq!(&drawn, &expected);
                shown.push((paragraph, area));
            }
        }
    }

    fn row_line() -> impl Strategy<Value = Line<'static>> {
        // Few texts, so that lines come back, on other rows too.
        let text = prop::sample::select(vec!["", "ab", "語x", "é  é", "a long line of text"]);
        // (Empty and repeated lines stand on several rows of one frame.)
        prop::collection::vec((text, any::<bool>()), 0..3).prop_map(|spans| {
            Line::from(
                spans
                    .into_iter()
                    .map(|(text, red)| {
                        let style = if red {
                            Style::default().fg(Color::Red)
                        } else {
                            Style::default()
                        };
                        Span::styled(text, style)
                    })
                    .collect::<Vec<_>>(),
            )
        })
    }

    proptest! {
        /// Frame after frame, with lines moving between rows, areas changing and the rows
        /// sometimes written over something else: what is written through the kept rows
        /// equals what `set_line` writes.
        #[test]
        fn kept_rows_write_what_set_line_writes(
            frames in prop::collection::vec(
                (prop::collection::vec(row_line(), 0..8), area(), 0u8..3),
                1..10,
            ),
        ) {
            let kept = Kept::default();
            let screen = Rect::new(0, 0, 16, 8);
            for (lines, area, under) in frames {
                let mut expected = Buffer::empty(screen);
                let mut written = Buffer::empty(screen);
                for buf in [&mut expected, &mut written] {
                    match under {
                        0 => {}
                        1 => buf.set_style(screen, Style::default().bg(Color::Blue)),
                        _ => {
                            buf[(2, 2)].set_symbol("x");
                        }
                    }
                }
                for (y, line) in (area.top()..area.bottom()).zip(&lines) {
                    if y < screen.bottom() {
                        expected.set_line(area.x, y, line, area.intersection(screen).width);
                    }
                }
                write_lines(&kept, &mut written, area, &lines);
                prop_assert_eq!(&written, &expected);
            }
        }
    }

    #[test]
    fn a_slot_keeps_from_its_second_drawing_on() {
        let kept = Kept::default();
        let area = Rect::new(0, 0, 10, 2);
        let paragraph = || Paragraph::new("kept text");
        let is_kept = |kept: &Kept| kept.borrow().slots[Slot::Question as usize][0].is_some();
        let mut buf = Buffer::empty(area);
        render(&kept, Slot::Question, paragraph(), area, &mut buf);
        assert!(!is_kept(&kept), "the first frame keeps nothing");
        let mut next = Buffer::empty(area);
        render(&kept, Slot::Question, paragraph(), area, &mut next);
        assert!(is_kept(&kept), "the second keeps what it draws");
        assert_eq!(next, buf);
        assert!(
            kept.borrow().slots[Slot::Help as usize][0].is_none(),
            "other slots are untouched"
        );
    }

    #[test]
    fn a_list_scrolled_through_keeps_two_screens_of_rows() {
        let kept = Kept::default();
        let area = Rect::new(0, 0, 20, 5);
        for first in 0..200 {
            let lines: Vec<Line<'static>> = (first..first + 5)
                .map(|n| Line::from(format!("row {n}")))
                .collect();
            write_lines(&kept, &mut Buffer::empty(area), area, &lines);
        }
        let kept = kept.borrow();
        let rows: usize = kept
            .rows
            .iter()
            .flat_map(|map| map.values())
            .map(Vec::len)
            .sum();
        assert!(rows <= 10, "{rows} rows kept");
    }

    #[test]
    fn an_unchanged_paragraph_is_copied_not_drawn_again() {
        let kept = Kept::default();
        let area = Rect::new(0, 0, 10, 2);
        let paragraph = Paragraph::new("kept text");
        // Kept from the second drawing on (`a_slot_keeps_from_its_second_drawing_on`).
        for _ in 0..2 {
            let mut earlier = Buffer::empty(area);
            render(&kept, Slot::Note, paragraph.clone(), area, &mut earlier);
        }
        // A planted cell stands for what the copy brings: drawing again would overwrite it.
        kept.borrow_mut().slots[Slot::Note as usize][0]
            .as_mut()
            .expect("kept after the second frame")
            .cells[0]
            .set_symbol("§");
        let mut second = Buffer::empty(area);
        render(&kept, Slot::Note, paragraph, area, &mut second);
        assert_eq!(second[(0, 0)].symbol(), "§");
    }
}
