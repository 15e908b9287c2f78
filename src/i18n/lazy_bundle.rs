//! A Fluent bundle that parses each message the first time it is asked for.
//!
//! The first screen shows a few dozen of the roughly 2,000 messages of the UI and the
//! questionnaire. Parsing all of them took about 2 ms of a 10 ms start-up, and held their
//! syntax trees for the whole session. Here the sources are only split into entries (a line
//! scan) and each entry is parsed, with the messages and terms it refers to, when it is
//! first formatted. Formatting gives the same text as a bundle built from the whole files.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::hash::BuildHasher;
use std::ops::Range;

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use hashbrown::HashTable;
use hashbrown::hash_table::Entry;

/// Seeded per process: ids come from questionnaire files, which may be hostile, and must
/// not be able to pick colliding hashes.
type Hasher = foldhash::fast::RandomState;

/// Where one entry's id and text are, and whether it is in the bundle yet.
struct Span {
    source: usize,
    id: Range<usize>,
    text: Range<usize>,
    loaded: Cell<bool>,
}

impl Span {
    fn id<'a>(&self, sources: &'a [Cow<'static, str>]) -> &'a str {
        &sources[self.source][self.id.clone()]
    }
}

pub struct LazyBundle {
    sources: Vec<Cow<'static, str>>,
    /// Messages by id, terms by `-id` (as they are written), each key a range of its
    /// source, so that building the index allocates no string per entry. An entry of a
    /// later source replaces one of the same id, as `add_resource_overriding` does.
    spans: HashTable<Span>,
    hasher: Hasher,
    bundle: RefCell<FluentBundle<FluentResource>>,
}

impl LazyBundle {
    pub fn new(bundle: FluentBundle<FluentResource>, sources: Vec<Cow<'static, str>>) -> Self {
        let found: Vec<_> = sources.iter().map(|text| entries(text)).collect();
        // Sized once: growing it entry by entry rehashed it a dozen times at start-up.
        let mut spans = HashTable::with_capacity(found.iter().map(Vec::len).sum());
        let hasher = Hasher::default();
        let hash = |id: &str| hasher.hash_one(id);
        for (source, entries) in found.into_iter().enumerate() {
            for (id, text) in entries {
                let span = Span {
                    source,
                    id,
                    text,
                    loaded: Cell::new(false),
                };
                let key = span.id(&sources);
                let entry = spans.entry(
                    hash(key),
                    |other: &Span| other.id(&sources) == key,
                    |other: &Span| hash(other.id(&sources)),
                );
                match entry {
                    Entry::Occupied(mut occupied) => *occupied.get_mut() = span,
                    Entry::Vacant(vacant) => {
                        vacant.insert(span);
                    }
                }
            }
        }
        LazyBundle {
            sources,
            spans,
            hasher,
            bundle: RefCell::new(bundle),
        }
    }

    fn span(&self, id: &str) -> Option<&Span> {
        let hash = self.hasher.hash_one(id);
        self.spans.find(hash, |span| span.id(&self.sources) == id)
    }

    /// The bundle, with the message `id` and everything it refers to parsed into it.
    pub fn with_message<T>(
        &self,
        id: &str,
        use_bundle: impl FnOnce(&FluentBundle<FluentResource>) -> T,
    ) -> T {
        self.load(id);
        use_bundle(&self.bundle.borrow())
    }

    fn load(&self, key: &str) {
        // Every format asks: one that was loaded before costs a lookup, no allocation.
        if self.span(key).is_none_or(|span| span.loaded.get()) {
            return;
        }
        let mut pending = vec![key.to_owned()];
        while let Some(key) = pending.pop() {
            let Some(span) = self.span(&key) else {
                continue;
            };
            if span.loaded.replace(true) {
                continue;
            }
            let text = self.sources[span.source][span.text.clone()].to_owned();
            // A broken entry still yields what parses of it, as in a whole-file bundle;
            // `validate` is where syntax errors are reported.
            let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource);
            for entry in resource.entries() {
                references_of_entry(entry, &mut pending);
            }
            self.bundle.borrow_mut().add_resource_overriding(resource);
        }
    }
}

/// Each entry of a Fluent file that defines a message or a term: its id (`-id` for a
/// term) and its text, from its first line up to the next entry or comment. Only those
/// start in column 0 with `id =`, `-id =` or `#`: text lines must be indented, and what else
/// may stand in column 0 (a select's `}`, `[key]`, `*[other]`) is inside a placeable, where
/// neither a `=` nor a comment can be.
fn entries(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
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

fn references_of_entry(entry: &ast::Entry<&str>, into: &mut Vec<String>) {
    let (value, attributes) = match entry {
        ast::Entry::Message(message) => (message.value.as_ref(), &message.attributes),
        ast::Entry::Term(term) => (Some(&term.value), &term.attributes),
        _ => return,
    };
    for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
        references_of_pattern(pattern, into);
    }
}

fn references_of_pattern(pattern: &ast::Pattern<&str>, into: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            references_of_expression(expression, into);
        }
    }
}

fn references_of_expression(expression: &ast::Expression<&str>, into: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            references_of_inline(selector, into);
            for variant in variants {
                references_of_pattern(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => references_of_inline(inline, into),
    }
}

fn references_of_inline(inline: &ast::InlineExpression<&str>, into: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => into.push(id.name.to_owned()),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            into.push(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                references_of_arguments(arguments, into);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            references_of_arguments(arguments, into);
        }
        ast::InlineExpression::Placeable { expression } => {
            references_of_expression(expression, into);
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::VariableReference { .. } => {}
    }
}

fn references_of_arguments(arguments: &ast::CallArguments<&str>, into: &mut Vec<String>) {
    let named = arguments.named.iter().map(|argument| &argument.value);
    for inline in arguments.positional.iter().chain(named) {
        references_of_inline(inline, into);
    }
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
