//! Splitting an area into rows or columns, as `Layout::vertical(..).areas(..)` and
//! `Layout::horizontal(..).areas(..)` do, without the constraint solver where its answer is
//! plain arithmetic.
//!
//! Every layout of the views is fixed lengths, most of them around one `Fill`. ratatui
//! hands each of them to its Cassowary solver and keeps the result in a cache; on the first
//! frame, where the cache is empty, the solver was about half of the drawing time. When the
//! lengths fit, the solver's answer is known: each `Length` gets its length, in order, and
//! the `Fill` the rest. That case is computed here; every other case (lengths that do not
//! fit, other constraints) is still ratatui's, so the result is always the one `Layout`
//! gives, which a property test checks.

use ratatui::layout::{Constraint, Layout, Rect};

/// `Layout::vertical(constraints).areas(area)`.
pub fn rows<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    match lengths(area.height, &constraints) {
        Some(heights) => {
            let mut y = area.y;
            heights.map(|height| {
                let row = Rect::new(area.x, y, area.width, height);
                y += height;
                row
            })
        }
        None => Layout::vertical(constraints).areas(area),
    }
}

/// `Layout::horizontal(constraints).areas(area)`.
pub fn columns<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    match lengths(area.width, &constraints) {
        Some(widths) => {
            let mut x = area.x;
            widths.map(|width| {
                let column = Rect::new(x, area.y, width, area.height);
                x += width;
                column
            })
        }
        None => Layout::horizontal(constraints).areas(area),
    }
}

/// Each part's size, when the constraints are lengths and at most one fill and the lengths
/// fit in `size`; otherwise None, for the solver. Without a fill, what the lengths leave is
/// left empty at the end (`Flex::Start`, the default).
fn lengths<const N: usize>(size: u16, constraints: &[Constraint; N]) -> Option<[u16; N]> {
    let mut fixed: u16 = 0;
    let mut fills = 0;
    for constraint in constraints {
        match constraint {
            Constraint::Length(length) => fixed = fixed.checked_add(*length)?,
            Constraint::Fill(_) => fills += 1,
            _ => return None,
        }
    }
    if fills > 1 || fixed > size {
        return None;
    }
    Some(constraints.map(|constraint| match constraint {
        Constraint::Length(length) => length,
        _ => size - fixed,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn constraint() -> impl Strategy<Value = Constraint> {
        prop_oneof![
            4 => (0u16..40).prop_map(Constraint::Length),
            2 => (0u16..4).prop_map(Constraint::Fill),
            1 => (0u16..40).prop_map(Constraint::Min),
            1 => (0u16..40).prop_map(Constraint::Max),
            1 => (0u16..=100).prop_map(Constraint::Percentage),
        ]
    }

    fn area() -> impl Strategy<Value = Rect> {
        (0u16..50, 0u16..50, 0u16..250, 0u16..120).prop_map(|(x, y, w, h)| Rect::new(x, y, w, h))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn rows_are_what_the_layout_gives(
            area in area(),
            constraints in proptest::array::uniform6(constraint()),
        ) {
            let expected: [Rect; 6] = Layout::vertical(constraints).areas(area);
            prop_assert_eq!(rows(area, constraints), expected);
        }

        #[test]
        fn columns_are_what_the_layout_gives(
            area in area(),
            constraints in proptest::array::uniform3(constraint()),
        ) {
            let expected: [Rect; 3] = Layout::horizontal(constraints).areas(area);
            prop_assert_eq!(columns(area, constraints), expected);
        }

        /// The views' own shapes: lengths around one fill, most of them fitting.
        #[test]
        fn lengths_around_one_fill_are_what_the_layout_gives(
            area in area(),
            before in proptest::collection::vec(0u16..6, 0..4),
            weight in 0u16..3,
            after in proptest::collection::vec(0u16..6, 0..4),
        ) {
            let mut constraints = [Constraint::Length(0); 8];
            let fill = before.len();
            for (i, length) in before.iter().enumerate() {
                constraints[i] = Constraint::Length(*length);
            }
            constraints[fill] = Constraint::Fill(weight);
            for (i, length) in after.iter().enumerate() {
                constraints[fill + 1 + i] = Constraint::Length(*length);
            }
            let expected: [Rect; 8] = Layout::vertical(constraints).areas(area);
            prop_assert_eq!(rows(area, constraints), expected);
            let expected: [Rect; 8] = Layout::horizontal(constraints).areas(area);
            prop_assert_eq!(columns(area, constraints), expected);
        }
    }

    #[test]
    fn lengths_that_do_not_fit_are_left_to_the_solver() {
        assert_eq!(
            lengths(
                5,
                &[
                    Constraint::Length(3),
                    Constraint::Fill(1),
                    Constraint::Length(3)
                ]
            ),
            None
        );
        assert_eq!(
            lengths(
                6,
                &[
                    Constraint::Length(3),
                    Constraint::Fill(1),
                    Constraint::Length(3)
                ]
            ),
            Some([3, 0, 3])
        );
        assert_eq!(
            lengths(9, &[Constraint::Fill(1), Constraint::Fill(1)]),
            None,
            "two fills share by the solver's rounding"
        );
    }
}
