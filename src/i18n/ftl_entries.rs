//! Where the entries of a Fluent file are: a line scan, no parse. `LazyBundle` indexes its
//! sources with it; the build script runs it over the embedded files, so that start-up finds
//! their index ready (`embedded_ftl`). Plain `std` and `memchr`, as the build script
//! includes this file.

use std::ops::Range;

/// Each entry of a Fluent file that defines a message or a term: its id (`-id` for a
/// term) and its text, from its first line up to the next entry or comment. Only those
/// start in column 0 with `id =`, `-id =` or `#`: text lines must be indented, and what else
/// may stand in column 0 (a select's `}`, `[key]`, `*[other]`) is inside a placeable, where
/// neither a `=` nor a comment can be.
pub fn entries(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut found: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let mut open = false;
    let mut start = 0;
    let bytes = text.as_bytes();
    // Each line's end, the last line's too when the file does not end in a line break.
    let unterminated = (!text.is_empty() && !text.ends_with('\n')).then_some(text.len());
    let ends = memchr::memchr_iter(b'\n', bytes).map(|at| at + 1);
    for end in ends.chain(unterminated) {
        let line = &text[start..end];
        match bytes[start] {
            // Most lines: indented text, attributes and variants, or blank.
            b' ' | b'\t' | b'\r' | b'\n' => {
                if open && let Some((_, range)) = found.last_mut() {
                    range.end = end;
                }
            }
            b'#' => open = false,
            _ => match entry_id(line) {
                Some(id) => {
                    found.push((start..start + id.len(), start..end));
                    open = true;
                }
                None => {
                    if open && let Some((_, range)) = found.last_mut() {
                        range.end = end;
                    }
                }
            },
        }
        start = end;
    }
    found
}

/// `id` of a line `id = …` or `-id = …`; none for comments and junk.
fn entry_id(line: &str) -> Option<&str> {
    let name = line.strip_prefix('-').unwrap_or(line);
    let mut chars = name.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = chars
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        .map_or(name.len(), |(at, _)| at);
    let rest = name[end..].trim_start_matches([' ', '\t']);
    rest.starts_with('=')
        .then(|| &line[..end + line.len() - name.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_runs_to_the_next_entry_or_comment() {
        let text = "# comment\nfirst = one\n    two\n\n    three\n-term = T\n# c\n  x\n\
            select = { $n ->\n[one] one\n*[other] many\n}\nsecond=2\n";
        let found = entries(text);
        let ids: Vec<&str> = found.iter().map(|(id, _)| &text[id.clone()]).collect();
        assert_eq!(ids, ["first", "-term", "select", "second"]);
        assert_eq!(
            &text[found[0].1.clone()],
            "first = one\n    two\n\n    three\n"
        );
        assert_eq!(&text[found[1].1.clone()], "-term = T\n");
        assert_eq!(
            &text[found[2].1.clone()],
            "select = { $n ->\n[one] one\n*[other] many\n}\n"
        );
        assert_eq!(&text[found[3].1.clone()], "second=2\n");
    }

    #[test]
    fn the_last_entry_needs_no_line_break() {
        let text = "a = 1\nb = 2";
        let found = entries(text);
        assert_eq!(found, [(0..1, 0..6), (6..7, 6..11)]);
        assert!(entries("").is_empty());
    }

    #[test]
    fn lines_that_are_not_definitions_have_no_id() {
        for line in [
            "# c",
            "## group",
            "[key] x",
            "*[other] y",
            ".attr = z",
            "= x",
            "a b = c",
            "1a = x",
        ] {
            assert_eq!(entry_id(line), None, "{line}");
        }
        assert_eq!(entry_id("cmd-new =\n"), Some("cmd-new"));
        assert_eq!(entry_id("-brand-name\t= x"), Some("-brand-name"));
    }
}
