use crate::cursor::{DataCursor, ScreenCursor};
use crate::textarea::TextArea;
use crate::util::{char_width, num_digits};
use crate::wrap::{WrapMode, WrappedLine, effective_wrap_width, wrapped_line};

#[derive(Debug, Clone, Copy)]
pub(crate) struct ScreenLine {
    pub wrapped: WrappedLine,
    pub screen_width: usize,
    pub cursor_max_col: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DataLine {
    pub first_screen_line: usize,
    pub screen_line_count: usize,
    pub pure_ascii: bool,
}

fn is_pure_ascii(line: &str) -> bool {
    line.is_ascii() && !line.contains('\t')
}

fn char_display_width(c: char, col: usize, tab_len: u8, mask: Option<char>) -> usize {
    // A masked line is drawn as one mask character per char, so each char is as wide as the mask.
    if let Some(mask) = mask {
        char_width(mask)
    } else if c == '\t' {
        let tab = tab_len.max(1) as usize;
        let pad = tab - (col % tab);
        pad.max(1)
    } else {
        char_width(c)
    }
}

fn display_width(text: &str, tab_len: u8, mask: Option<char>) -> usize {
    let mut col = 0usize;
    for c in text.chars() {
        col += char_display_width(c, col, tab_len, mask);
    }
    col
}

fn screen_col_for_char_offset(
    text: &str,
    char_offset: usize,
    tab_len: u8,
    mask: Option<char>,
) -> usize {
    let mut col = 0usize;
    for c in text.chars().take(char_offset) {
        col += char_display_width(c, col, tab_len, mask);
    }
    col
}

fn char_offset_for_screen_col(
    text: &str,
    screen_col: usize,
    tab_len: u8,
    mask: Option<char>,
) -> usize {
    let mut col = 0usize;
    let mut chars = 0usize;
    for c in text.chars() {
        if col >= screen_col {
            break;
        }
        let width = char_display_width(c, col, tab_len, mask);
        if col + width > screen_col {
            break;
        }
        col += width;
        chars += 1;
    }
    chars
}

/// The settings a line's wrap depends on besides its text: when any of them changes, every
/// line is wrapped again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WrapKey {
    width: Option<usize>,
    mode: WrapMode,
    tab_len: u8,
    mask: Option<char>,
}

/// One line as last wrapped: its text, and its screen lines (their `row` is set when the
/// screen map is put together, since lines move when others are inserted or removed).
#[derive(Debug, Clone)]
struct WrappedText {
    text: String,
    screen_lines: Vec<ScreenLine>,
    pure_ascii: bool,
}

/// Every line's wrap as of the last screen map (molnkoll's patch). Wrapping is by far the
/// dearest part of the map (word and grapheme segmentation of every character), and an edit
/// changes one line or a few adjacent ones: the lines before and after the change keep their
/// wrap. Which lines are unchanged is found by comparing the text itself, from both ends,
/// so no editing method has to say what it changed.
#[derive(Debug, Clone, Default)]
pub(crate) struct WrapCache {
    key: Option<WrapKey>,
    lines: Vec<WrappedText>,
}

fn screen_line(line: &str, wrapped: WrappedLine, key: WrapKey) -> ScreenLine {
    let fragment = &line[wrapped.start_byte..wrapped.end_byte];
    let char_count = wrapped.end_col.saturating_sub(wrapped.start_col);
    let cursor_max_col = if wrapped.last_in_row {
        display_width(fragment, key.tab_len, key.mask)
    } else {
        screen_col_for_char_offset(
            fragment,
            char_count.saturating_sub(1),
            key.tab_len,
            key.mask,
        )
    };
    ScreenLine {
        wrapped,
        screen_width: display_width(fragment, key.tab_len, key.mask),
        cursor_max_col,
    }
}

fn wrap_line(line: &str, key: WrapKey) -> WrappedText {
    let ranges = match key.width {
        Some(width) => wrapped_line(0, line, key.mode, width, key.tab_len, key.mask),
        None => vec![WrappedLine {
            row: 0,
            start_byte: 0,
            end_byte: line.len(),
            start_col: 0,
            end_col: line.chars().count(),
            first_in_row: true,
            last_in_row: true,
        }],
    };
    WrappedText {
        text: line.to_owned(),
        screen_lines: ranges
            .into_iter()
            .map(|wrapped| screen_line(line, wrapped, key))
            .collect(),
        pure_ascii: is_pure_ascii(line),
    }
}

/// How many screen lines back from an edit a restart point is looked for before the whole
/// line is wrapped again.
const RESTART_SEARCH: usize = 8;

/// `line`, an edit of `old`'s text, wrapped again from a screen line shortly before the
/// edit: typing in a long paragraph re-wraps its last screen lines, not the paragraph.
///
/// Wrapping is greedy, so the screen lines before a restart point `r` are the same as long
/// as the text they depend on is: the text before `r` and the word that starts at `r`, which
/// decided that the previous screen line ends there. The restart point is where an old screen
/// line starts, after an ASCII space and at an ASCII graphic character, with another ASCII
/// space after it and before the edit: then `r` is a word boundary whatever follows, the
/// word at `r` ends before that space, and no word or grapheme rule looks back across the
/// space, so wrapping `line[r..]` alone gives the same screen lines as wrapping all of it.
fn rewrap_line(old: &WrappedText, line: &str, key: WrapKey) -> WrappedText {
    let Some(width) = key.width else {
        return wrap_line(line, key);
    };
    let mut edit = old
        .text
        .bytes()
        .zip(line.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !line.is_char_boundary(edit) {
        edit -= 1;
    }
    let bytes = line.as_bytes();
    let containing = old
        .screen_lines
        .iter()
        .rposition(|s| s.wrapped.start_byte <= edit)
        .unwrap_or(0);
    let restart = (1..=containing).rev().take(RESTART_SEARCH).find(|&j| {
        let r = old.screen_lines[j].wrapped.start_byte;
        r > 0
            && r < edit
            && bytes[r - 1] == b' '
            && bytes[r].is_ascii_graphic()
            && bytes[r..edit].contains(&b' ')
    });
    let Some(j) = restart else {
        return wrap_line(line, key);
    };
    let start = old.screen_lines[j].wrapped;
    let (r, col) = (start.start_byte, start.start_col);
    let mut screen_lines = old.screen_lines[..j].to_vec();
    screen_lines.extend(
        wrapped_line(0, &line[r..], key.mode, width, key.tab_len, key.mask)
            .into_iter()
            .map(|w| {
                let wrapped = WrappedLine {
                    start_byte: w.start_byte + r,
                    end_byte: w.end_byte + r,
                    start_col: w.start_col + col,
                    end_col: w.end_col + col,
                    first_in_row: false,
                    ..w
                };
                screen_line(line, wrapped, key)
            }),
    );
    WrappedText {
        text: line.to_owned(),
        screen_lines,
        pure_ascii: is_pure_ascii(line),
    }
}

impl WrapCache {
    /// The wrap of every line of `lines`, reusing the lines that did not change.
    fn update(&mut self, lines: &[String], key: WrapKey) {
        if self.key != Some(key) {
            self.key = Some(key);
            self.lines.clear();
        }
        let old = std::mem::take(&mut self.lines);
        let same = |cached: &WrappedText, line: &String| cached.text == *line;
        let prefix = old
            .iter()
            .zip(lines)
            .take_while(|(cached, line)| same(cached, line))
            .count();
        let suffix = old[prefix..]
            .iter()
            .rev()
            .zip(lines[prefix..].iter().rev())
            .take_while(|(cached, line)| same(cached, line))
            .count();
        let changed = &lines[prefix..lines.len() - suffix];
        let mut old = old.into_iter();
        let mut kept: Vec<WrappedText> = Vec::with_capacity(lines.len());
        kept.extend(old.by_ref().take(prefix));
        let changed_old = old.len() - suffix;
        match changed {
            // The usual edit, one line changed in place: wrap only its end again.
            [line] if changed_old == 1 => {
                let before = old.next().expect("one changed line");
                kept.push(rewrap_line(&before, line, key));
            }
            _ => {
                kept.extend(changed.iter().map(|line| wrap_line(line, key)));
                old.by_ref().take(changed_old).for_each(drop);
            }
        }
        kept.extend(old);
        self.lines = kept;
    }
}

impl TextArea<'_> {
    pub(crate) fn screen_map_load(&self) {
        let wrap_width = if self.wrap_mode() != WrapMode::None {
            let width = self.area.get().width;
            if width > 0 {
                let line_number_len = self
                    .line_number_style()
                    .map(|_| num_digits(self.lines.len()));
                Some(effective_wrap_width(width, line_number_len))
            } else {
                None
            }
        } else {
            None
        };
        let key = WrapKey {
            width: wrap_width,
            mode: self.wrap_mode(),
            tab_len: self.tab_length(),
            mask: self.mask_char(),
        };

        let mut cache = self.wrap_cache.borrow_mut();
        cache.update(&self.lines, key);

        let count = cache.lines.iter().map(|l| l.screen_lines.len()).sum();
        let mut screen_lines = Vec::with_capacity(count);
        let mut data_pointers = Vec::with_capacity(self.lines.len());
        for (row, wrapped) in cache.lines.iter().enumerate() {
            data_pointers.push(DataLine {
                first_screen_line: screen_lines.len(),
                screen_line_count: wrapped.screen_lines.len(),
                pure_ascii: wrapped.pure_ascii,
            });
            screen_lines.extend(wrapped.screen_lines.iter().map(|line| ScreenLine {
                wrapped: WrappedLine {
                    row,
                    ..line.wrapped
                },
                ..*line
            }));
        }

        *self.screen_lines.borrow_mut() = screen_lines;
        *self.data_pointers.borrow_mut() = data_pointers;
    }

    pub(crate) fn screen_lines_count(&self) -> usize {
        self.screen_lines.borrow().len()
    }

    pub(crate) fn screen_line_width(&self, row: usize) -> usize {
        self.screen_lines.borrow()[row].screen_width
    }

    pub(crate) fn screen_line_max_cursor_col(&self, row: usize) -> usize {
        self.screen_lines.borrow()[row].cursor_max_col
    }

    pub(crate) fn screen_line(&self, row: usize) -> ScreenLine {
        self.screen_lines.borrow()[row]
    }

    pub(crate) fn screen_to_array(&self, screen: ScreenCursor) -> DataCursor {
        if let Some(dc) = screen.dc {
            return dc;
        }

        let line = self.screen_line(screen.row);
        let fragment =
            &self.lines[line.wrapped.row][line.wrapped.start_byte..line.wrapped.end_byte];
        let char_offset =
            char_offset_for_screen_col(fragment, screen.col, self.tab_length(), self.mask_char());
        DataCursor(line.wrapped.row, line.wrapped.start_col + char_offset)
    }

    pub(crate) fn array_to_screen(&self, array: DataCursor) -> ScreenCursor {
        let data_line = &self.data_pointers.borrow()[array.0];
        let screen_lines = self.screen_lines.borrow();

        let mut screen_idx = data_line.first_screen_line;
        for idx in
            data_line.first_screen_line..data_line.first_screen_line + data_line.screen_line_count
        {
            let line = screen_lines[idx];
            let contains = if line.wrapped.last_in_row {
                line.wrapped.start_col <= array.1 && array.1 <= line.wrapped.end_col
            } else {
                line.wrapped.start_col <= array.1 && array.1 < line.wrapped.end_col
            };
            if contains {
                screen_idx = idx;
                break;
            }
        }

        let line = screen_lines[screen_idx];
        let fragment = &self.lines[array.0][line.wrapped.start_byte..line.wrapped.end_byte];
        let char_offset = array.1.saturating_sub(line.wrapped.start_col);
        let col =
            screen_col_for_char_offset(fragment, char_offset, self.tab_length(), self.mask_char());

        ScreenCursor {
            row: screen_idx,
            col,
            char: self.lines[array.0].chars().nth(array.1),
            dc: Some(array),
        }
    }

    pub(crate) fn data_cursor(&self, screen: ScreenCursor) -> DataCursor {
        screen.to_array_cursor(self)
    }

    pub(crate) fn increment_screen_cursor(&self, screen: ScreenCursor) -> ScreenCursor {
        let dc = self.data_cursor(screen);
        self.array_to_screen(DataCursor(dc.0, dc.1 + 1))
    }

    pub(crate) fn decrement_screen_cursor(&self, screen: ScreenCursor) -> ScreenCursor {
        let dc = self.data_cursor(screen);
        self.array_to_screen(DataCursor(dc.0, dc.1 - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui_core::layout::Rect;

    fn make_textarea(lines: &[&str], wrap_mode: WrapMode, width: u16) -> TextArea<'static> {
        let mut textarea = TextArea::from(lines.iter().copied());
        textarea.set_wrap_mode(wrap_mode);
        textarea.area.set(Rect {
            x: 0,
            y: 0,
            width,
            height: 40,
        });
        textarea.screen_map_load();
        textarea
    }

    fn assert_round_trips(textarea: &TextArea<'_>) {
        for (row, line) in textarea.lines.iter().enumerate() {
            for col in 0..=line.chars().count() {
                let dc = DataCursor(row, col);
                let sc = textarea.array_to_screen(dc);
                assert_eq!(textarea.screen_to_array(sc), dc);

                let detached = ScreenCursor { dc: None, ..sc };
                assert_eq!(textarea.screen_to_array(detached), dc);
                assert_eq!(
                    textarea.array_to_screen(textarea.screen_to_array(detached)),
                    sc
                );
            }
        }
    }

    #[test]
    fn screen_map_round_trips_ascii_word_wrap() {
        let textarea = make_textarea(
            &[
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                "Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
            ],
            WrapMode::Word,
            24,
        );

        assert!(textarea.screen_lines_count() > textarea.lines.len());
        assert_round_trips(&textarea);
    }

    #[test]
    fn screen_map_round_trips_cjk_glyph_wrap() {
        let textarea = make_textarea(
            &["混合中文字符和ASCIIabc来验证屏幕坐标与数据坐标的往返转换。"],
            WrapMode::Glyph,
            12,
        );

        assert!(textarea.screen_lines_count() > textarea.lines.len());
        assert_round_trips(&textarea);
    }

    #[test]
    fn screen_map_round_trips_multilingual_word_or_glyph_wrap() {
        let textarea = make_textarea(
            &[
                "ASCII and русский текст can share one buffer.",
                "第二行 mixed-width 内容 with English words.",
            ],
            WrapMode::WordOrGlyph,
            18,
        );

        assert!(textarea.screen_lines_count() > textarea.lines.len());
        assert_round_trips(&textarea);
    }

    /// The screen map as text, to compare two of them.
    fn map_of(textarea: &TextArea<'_>) -> String {
        format!(
            "{:?}\n{:?}",
            textarea.screen_lines.borrow(),
            textarea.data_pointers.borrow()
        )
    }

    // molnkoll's patch: the map kept across edits is the map made from scratch.
    #[test]
    fn cached_wrap_equals_a_fresh_one_after_edits() {
        let mut textarea = make_textarea(
            &[
                "Leverantören bekräftar lagring i Sverige, avtal 2026-114.",
                "",
                "第二行 mixed-width 内容 with English words and\ttabs.",
                &"Avtal 2026-114 gäller, dnr 2026/0815: lagring i Sverige. ".repeat(8),
            ],
            WrapMode::WordOrGlyph,
            17,
        );
        // A fixed pseudo-random walk over the editing methods that change lines.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for step in 0..600 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            match seed % 13 {
                0 => textarea.insert_newline(),
                1 => {
                    textarea.delete_char();
                }
                2 => {
                    textarea.delete_next_char();
                }
                3 => textarea.insert_char('犬'),
                4 => {
                    textarea.insert_str("ord och\nrader ");
                }
                5 => {
                    textarea.undo();
                }
                6 => {
                    textarea.redo();
                }
                7 => textarea.move_cursor(crate::CursorMove::Up),
                8 => textarea.move_cursor(crate::CursorMove::Back),
                9 => textarea.move_cursor(crate::CursorMove::Down),
                10 => textarea.move_cursor(crate::CursorMove::End),
                11 => textarea.insert_char(' '),
                _ => textarea.insert_char('x'),
            }
            if step % 97 == 0 {
                // A new width wraps every line again.
                let width = 9 + (seed % 30) as u16;
                textarea.area.set(Rect {
                    x: 0,
                    y: 0,
                    width,
                    height: 40,
                });
                textarea.screen_map_load();
            }
            let mut fresh = TextArea::new(textarea.lines.clone());
            fresh.set_wrap_mode(textarea.wrap_mode());
            fresh.area.set(textarea.area.get());
            fresh.screen_map_load();
            assert_eq!(map_of(&textarea), map_of(&fresh), "step {step}");
            if step % 10 == 0 {
                assert_round_trips(&textarea);
            }
        }
    }
}
