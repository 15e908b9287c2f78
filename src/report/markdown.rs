//! Escaping for CommonMark and YAML, so that a note can never break the report's structure.

/// Escapes text for use inside a Markdown paragraph, list item or table cell. Every ASCII
/// punctuation character that can start or end markup is backslash-escaped (CommonMark
/// allows escaping any ASCII punctuation), and line breaks become hard breaks that stay
/// inside the surrounding block.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("\\\n  ");
        }
        for c in line.chars() {
            if matches!(
                c,
                '\\' | '`'
                    | '*'
                    | '_'
                    | '{'
                    | '}'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '('
                    | ')'
                    | '#'
                    | '+'
                    | '-'
                    | '!'
                    | '|'
                    | '~'
                    | '='
                    | '"'
                    | '&'
                    | '$'
                    | '%'
                    | '^'
                    | ':'
                    | '@'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Escapes text for one table cell: as `escape`, with line breaks as spaces, since a
/// Markdown table row cannot span lines.
pub fn cell(text: &str) -> String {
    escape(&text.lines().collect::<Vec<_>>().join(" "))
}

/// A double-quoted YAML scalar.
pub fn yaml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
