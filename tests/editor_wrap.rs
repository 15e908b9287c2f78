//! The note editor keeps each line's wrap between keys (issue 17: a key typed at the end of a
//! long note re-wraps the edited line, not the whole note; see
//! vendor/ratatui-textarea/VENDORED.md). Whatever the edits, the wrapped text on screen and
//! the cursor are those of an editor opened afresh on the same text.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};

#[derive(Debug, Clone)]
enum Edit {
    Type(char),
    Paste(String),
    Key(Key),
    Undo,
    Redo,
    Resize(u16),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => prop::sample::select(vec!['a', 'ö', ' ', '-', '犬', '7', '.']).prop_map(Edit::Type),
        1 => "[a-zåäö 犬\n.,-]{0,40}".prop_map(Edit::Paste),
        3 => prop::sample::select(vec![
            Key::Enter,
            Key::Backspace,
            Key::Delete,
            Key::Left,
            Key::Right,
            Key::Up,
            Key::Down,
            Key::Home,
            Key::End,
        ])
        .prop_map(Edit::Key),
        1 => Just(Edit::Undo),
        1 => Just(Edit::Redo),
        1 => (4u16..40).prop_map(Edit::Resize),
    ]
}

fn text() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[a-zåäö 犬.,-]{0,90}", 1..6)
}

/// Tall enough that nothing scrolls: the whole wrapped text is on screen.
fn area(width: u16) -> Rect {
    Rect::new(0, 0, width, 400)
}

fn render(editor: &TextArea, width: u16) -> Buffer {
    let mut buffer = Buffer::empty(area(width));
    editor.render(area(width), &mut buffer);
    buffer
}

fn editor(lines: Vec<String>) -> TextArea<'static> {
    let mut editor = TextArea::new(lines);
    editor.set_wrap_mode(WrapMode::WordOrGlyph);
    editor
}

fn check(lines: Vec<String>, edits: Vec<Edit>) -> Result<(), TestCaseError> {
    let mut width = 20;
    let mut kept = editor(lines);
    render(&kept, width);
    for edit in edits {
        match edit {
            Edit::Type(c) => {
                kept.insert_char(c);
            }
            Edit::Paste(text) => {
                kept.insert_str(text);
            }
            Edit::Key(key) => {
                kept.input(Input {
                    key,
                    ..Input::default()
                });
            }
            Edit::Undo => {
                kept.undo();
            }
            Edit::Redo => {
                kept.redo();
            }
            Edit::Resize(new) => width = new,
        }
        let drawn = render(&kept, width);
        let mut fresh = editor(kept.lines().to_vec());
        let ratatui_textarea::DataCursor(row, col) = kept.cursor();
        fresh.move_cursor(CursorMove::Jump(
            u16::try_from(row).expect("few rows"),
            u16::try_from(col).expect("short rows"),
        ));
        prop_assert_eq!(&render(&fresh, width), &drawn);
        prop_assert_eq!(fresh.screen_cursor(), kept.screen_cursor());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn a_kept_wrap_draws_what_a_fresh_editor_draws(
        lines in text(),
        edits in prop::collection::vec(edit(), 0..80),
    ) {
        check(lines, edits)?;
    }
}
