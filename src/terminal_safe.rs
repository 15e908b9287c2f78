//! The one gate between text that came from a file and a terminal.
//!
//! Why: notes, titles, item names, orphan ids and questionnaire texts come from files that
//! anybody with push access can shape. Printed raw, an OSC 52 sequence in a note writes the
//! reader's clipboard, `ESC [2J` clears their screen, a bidi override makes a line read
//! differently from what it says. Every command that prints (`show`, `list`, `check`,
//! `diff`, `validate`, `export` to standard output, and every error message) sends its text
//! through [`visible`], which writes each such character as its Rust escape (`\u{1b}`), so
//! that nothing is hidden and nothing acts.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write as _;

/// Whether `c` acts on a terminal instead of being shown: C0 controls other than line feed
/// and tab, DEL, C1 controls, and the bidirectional overrides and isolates.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that would act on a terminal written as its escape.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Prints to standard output through [`visible`]. A closed pipe (`| head`) is no error
/// worth a message.
pub fn print(text: &str) {
    let _ = std::io::stdout().lock().write_all(visible(text).as_bytes());
}

/// `print` with a line feed.
pub fn println(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(visible(text).as_bytes());
    let _ = out.write_all(b"\n");
}

/// Prints a line to standard error through [`visible`].
pub fn eprintln(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(visible(text).as_bytes());
    let _ = err.write_all(b"\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(visible("\u{1b}]52;c;aGk=\u{7}"), "\\u{1b}]52;c;aGk=\\u{7}");
        assert_eq!(visible("\u{9b}31m\u{7f}\r"), "\\u{9b}31m\\u{7f}\\u{d}");
        assert_eq!(visible("abc\u{202e}fed"), "abc\\u{202e}fed");
    }

    #[test]
    fn ordinary_text_passes_unchanged_and_unallocated() {
        for text in ["Åsa Öberg\n\tnot", "", "😀 – ok"] {
            assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
        }
    }
}
