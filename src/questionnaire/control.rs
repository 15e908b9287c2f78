//! Control characters in a questionnaire's files. A text or id reaches the terminal as it is
//! written, and a stray escape or bell there garbles the screen in front of the room (or
//! hides what the text says), so validation refuses them where they are written.

use crate::error::UserError;
use crate::i18n::Message;

use super::locator::Locator;

/// Whether `c` must not appear: a C0 or C1 control, or DEL. Newline and tab are layout.
fn is_forbidden(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// "U+001B", for the message: the character itself cannot be shown.
pub(super) fn message(c: char) -> Message {
    Message::new("validate-control-character").with("code", format!("U+{:04X}", u32::from(c)))
}

/// Offsets of control characters in a Fluent file. A carriage return that ends a line
/// (a file saved on Windows) is a line break, not a control character.
pub(super) fn in_fluent(text: &str) -> Vec<(usize, char)> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let line_end = c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n');
        if is_forbidden(c) && !line_end {
            found.push((offset, c));
        }
    }
    found
}

/// The first control character a Fluent string literal (`{ "\u001B" }`) stands for.
pub(super) fn in_fluent_literal(value: &str) -> Option<char> {
    fluent_syntax::unicode::unescape_unicode_to_string(value)
        .chars()
        .find(|&c| c.is_control())
}

/// The control characters of a questionnaire's RON file, each where it is written.
pub(super) fn check_ron(locator: &Locator<'_>, text: &str) -> Vec<UserError> {
    in_ron(text)
        .into_iter()
        .map(|(offset, c)| UserError::at(locator.location(offset), message(c)))
        .collect()
}

/// Offsets of control characters in a RON file: written as they are anywhere, or as an
/// escape (`\n`, `\u{1b}`, `\x07`) inside a string, where ids and dates never need one.
fn in_ron(text: &str) -> Vec<(usize, char)> {
    let mut found = in_fluent(text);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut in_string = false;
    while i < bytes.len() {
        match (in_string, bytes[i]) {
            (false, b'/') if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            (false, b'/') if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
            }
            (false, b'"') => {
                in_string = true;
                i += 1;
            }
            (true, b'"') => {
                in_string = false;
                i += 1;
            }
            (true, b'\n' | b'\t') => {
                found.push((i, char::from(bytes[i])));
                i += 1;
            }
            (true, b'\\') => {
                let (len, escaped) = escape(&text[i + 1..]);
                if let Some(c) = escaped.filter(|c| c.is_control()) {
                    found.push((i, c));
                }
                i += 1 + len.max(1);
            }
            _ => i += 1,
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// The length of an escape after its backslash, and the character it stands for.
fn escape(rest: &str) -> (usize, Option<char>) {
    let hex = |digits: &str| {
        u32::from_str_radix(digits, 16)
            .ok()
            .and_then(char::from_u32)
    };
    match rest.as_bytes().first() {
        Some(b'n') => (1, Some('\n')),
        Some(b'r') => (1, Some('\r')),
        Some(b't') => (1, Some('\t')),
        Some(b'0') => (1, Some('\0')),
        Some(b'b') => (1, Some('\u{8}')),
        Some(b'f') => (1, Some('\u{c}')),
        Some(b'x') => (3, rest.get(1..3).and_then(hex)),
        Some(b'u') if rest[1..].starts_with('{') => match rest.find('}') {
            Some(end) => (end + 1, hex(&rest[2..end])),
            None => (1, None),
        },
        Some(b'u') => (5, rest.get(1..5).and_then(hex)),
        Some(_) => (rest.chars().next().map_or(1, char::len_utf8), None),
        None => (0, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_tabs_are_layout_not_control() {
        assert!(in_fluent("a = b\r\n    .help = c\td\n").is_empty());
        assert_eq!(in_fluent("a = b\rc"), [(5, '\r')]);
        assert_eq!(in_fluent("a = \u{1b}[31m"), [(4, '\u{1b}')]);
    }

    #[test]
    fn ron_escapes_in_strings_are_control_characters() {
        assert_eq!(in_ron(r#"(id: "a\u{1b}b")"#), [(7, '\u{1b}')]);
        assert_eq!(in_ron(r#"(id: "a\x07")"#), [(7, '\u{7}')]);
        assert_eq!(in_ron(r#"(id: "a\nb")"#), [(7, '\n')]);
        assert_eq!(in_ron("(id: \"a\tb\")"), [(7, '\t')]);
        // Quotes and backslashes in comments and escaped quotes do not confuse the scan.
        assert!(in_ron("// \"x\n(id: \"a\\\"b\", /* \" */ x: 1)\n").is_empty());
        assert!(in_ron("(\n\tid: \"a\",\r\n)").is_empty());
    }
}
