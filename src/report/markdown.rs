//! Escaping for Markdown and YAML, so that text people typed can never become markup: not
//! in CommonMark, GitHub's Markdown, nor pandoc's own Markdown with its extensions (math,
//! citations, sub- and superscript, raw TeX, attributes). Only what can start markup in its
//! place is escaped, so that dates, parentheses and hyphens stay as typed and the file reads
//! well in `git diff`.

/// Characters escaped wherever they stand: each can open inline markup in one of the
/// readers (`\` also raw TeX, `$` math, `^`/`~` super- and subscript, `{` attributes, `|`
/// a table cell, `<` HTML and autolinks).
const ALWAYS: &[char] = &['\\', '`', '*', '[', ']', '<', '|', '$', '^', '~', '{', '}'];

/// Characters that open a block (heading, quote, list, thematic break, setext underline,
/// fenced div, definition) only at the start of a line.
const LINE_START: &[char] = &['#', '>', '-', '+', '=', ':', '%'];

/// Escapes text for use inside a Markdown paragraph, list item or table cell. Line breaks
/// become hard breaks that stay inside the surrounding block.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // A blank line would end the block: paragraphs of a note are joined by one break.
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    for (i, line) in lines.enumerate() {
        if i > 0 {
            out.push_str("\\\n  ");
        }
        escape_line(line, &mut out);
    }
    out
}

/// Escapes one line (no line break in it) that may stand at the start of a line.
fn escape_line(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    // "1. " or "1) " at the start would begin an ordered list.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let escaped = ALWAYS.contains(&c)
            || (i == 0 && LINE_START.contains(&c))
            || (digits > 0 && i == digits && matches!(c, '.' | ')'))
            // `_` between two letters or digits can neither open nor close emphasis.
            || (c == '_'
                && !(before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric)))
            // An entity (`&lt;`, `&#60;`) would turn into the character it names.
            || (c == '&' && after.is_some_and(|a| a.is_ascii_alphanumeric() || a == '#'))
            // A citation (pandoc) or a mention: `@` not inside a word, as in an address.
            || (c == '@' && !before.is_some_and(char::is_alphanumeric))
            // `![` is an image, but `[` is escaped; a line ending in two spaces is a break.
            || (c == '!' && after == Some('['));
        if escaped {
            out.push('\\');
        }
        out.push(c);
    }
    // Trailing spaces would make a hard break of the line end.
    let kept = out.trim_end_matches(' ').len();
    out.truncate(kept);
}

/// Escapes text for one table cell: as `escape`, with line breaks as spaces, since a
/// Markdown table row cannot span lines.
pub fn cell(text: &str) -> String {
    let joined = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::with_capacity(joined.len() + 4);
    escape_line(&joined, &mut out);
    out
}

/// A table's delimiter row with the columns' relative widths as dashes: pandoc sizes the
/// columns of a table whose rows are long by them (in DOCX and HTML); GFM ignores them.
pub fn rule(widths: &[usize]) -> String {
    let mut out = String::from("|");
    for width in widths {
        out.push_str(&"-".repeat((*width).max(3)));
        out.push('|');
    }
    out
}

/// A YAML scalar for the front matter. Pandoc reads each metadata value as Markdown, so the
/// text is escaped as Markdown first; it is then single-quoted, the YAML style in which a
/// backslash is itself and only `'` needs doubling.
pub fn yaml_string(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut markdown = String::new();
    escape_line(flat.trim(), &mut markdown);
    format!("'{}'", markdown.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_stays_as_typed() {
        for text in [
            "2027-01-31",
            "Programvara som tjänst (SaaS)",
            "Socialnämnden, SN 2026/412",
            "snake_case och e-post a@b.se",
            "50 % av 3-4 fall: klart!",
        ] {
            assert_eq!(escape(text), text);
        }
    }

    #[test]
    fn markup_is_escaped_where_it_could_start() {
        assert_eq!(escape("*fet* `kod`"), "\\*fet\\* \\`kod\\`");
        assert_eq!(escape("<script>"), "\\<script>");
        assert_eq!(
            escape("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(escape("# rubrik"), "\\# rubrik");
        assert_eq!(
            escape("a\n- lista\n1. lista"),
            "a\\\n  \\- lista\\\n  1\\. lista"
        );
        assert_eq!(escape("_kursiv_"), "\\_kursiv\\_");
        assert_eq!(escape("&lt;b&gt;"), "\\&lt;b\\&gt;");
        assert_eq!(escape("@smith2020"), "\\@smith2020");
        assert_eq!(escape("$x$ ~y~ ^z^"), "\\$x\\$ \\~y\\~ \\^z\\^");
        assert_eq!(escape("\\textbf{x}"), "\\\\textbf\\{x\\}");
    }

    #[test]
    fn a_cell_is_one_line_without_a_bare_pipe() {
        assert_eq!(cell("a | b\n c"), "a \\| b c");
    }

    #[test]
    fn yaml_is_single_quoted_markdown() {
        assert_eq!(yaml_string("It's <b>\n*x*"), "'It''s \\<b> \\*x\\*'");
    }
}
