//! A Fluent bundle that parses each message the first time it is asked for.
//!
//! The first screen shows a few dozen of the roughly 2,000 messages of the UI and the
//! questionnaire. Parsing all of them took about 2 ms of a 10 ms start-up, and held their
//! syntax trees for the whole session. Here the sources are only split into entries (a line
//! scan, made at build time for the embedded files) and each entry is parsed, with the
//! messages and terms it refers to, when it is first formatted. Formatting gives the same
//! text as a bundle built from the whole files.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::hash::BuildHasher;
use std::ops::Range;

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use hashbrown::HashTable;
use hashbrown::hash_table::Entry;

use crate::fast_hash::RandomState as Hasher;

use super::embedded_ftl;
use super::ftl_entries::entries;

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

/// An embedded source's index, made by the build script: its entries sorted by id, one
/// per id (the last, as in the file), found by binary search.
struct Built {
    source: usize,
    entries: &'static [[u32; 4]],
    loaded: Vec<Cell<bool>>,
}

/// An entry found: where its text is, and whether it is in the bundle yet.
struct Found<'a> {
    source: usize,
    text: Range<usize>,
    loaded: &'a Cell<bool>,
}

pub struct LazyBundle {
    sources: Vec<Cow<'static, str>>,
    /// The entries of the sources read at run time. Messages by id, terms by `-id` (as
    /// they are written), each key a range of its source, so that building the index
    /// allocates no string per entry. An entry of a later source replaces one of the same
    /// id, as `add_resource_overriding` does.
    spans: HashTable<Span>,
    /// The embedded sources, whose index is ready: start-up neither scans nor hashes them.
    built: Vec<Built>,
    hasher: Hasher,
    bundle: RefCell<FluentBundle<FluentResource>>,
}

impl LazyBundle {
    pub fn new(bundle: FluentBundle<FluentResource>, sources: Vec<Cow<'static, str>>) -> Self {
        let mut built = Vec::new();
        let mut scanned = Vec::new();
        for (source, text) in sources.iter().enumerate() {
            match embedded_ftl::index_of(text) {
                Some(entries) => built.push(Built {
                    source,
                    entries,
                    loaded: entries.iter().map(|_| Cell::new(false)).collect(),
                }),
                None => scanned.push((source, entries(text))),
            }
        }
        // Sized once: growing it entry by entry rehashed it a dozen times at start-up.
        let mut spans = HashTable::with_capacity(scanned.iter().map(|(_, e)| e.len()).sum());
        let hasher = Hasher::default();
        let hash = |id: &str| hasher.hash_one(id);
        for (source, entries) in scanned {
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
            built,
            hasher,
            bundle: RefCell::new(bundle),
        }
    }

    /// The entry `id` of the last source that has one.
    fn find(&self, id: &str) -> Option<Found<'_>> {
        // Without files read at run time there is nothing to hash.
        let scanned = (!self.spans.is_empty())
            .then(|| self.hasher.hash_one(id))
            .and_then(|hash| self.spans.find(hash, |span| span.id(&self.sources) == id))
            .map(|span| Found {
                source: span.source,
                text: span.text.clone(),
                loaded: &span.loaded,
            });
        let built = self.built.iter().rev().find_map(|built| {
            let text = &self.sources[built.source];
            let at = built
                .entries
                .binary_search_by(|&[start, end, ..]| text[start as usize..end as usize].cmp(id))
                .ok()?;
            let [_, _, start, end] = built.entries[at];
            Some(Found {
                source: built.source,
                text: start as usize..end as usize,
                loaded: &built.loaded[at],
            })
        });
        match (scanned, built) {
            (Some(scanned), Some(built)) if built.source > scanned.source => Some(built),
            (Some(scanned), _) => Some(scanned),
            (None, built) => built,
        }
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
        // Every format asks. A message in the bundle came in with everything it refers to:
        // one hash lookup there, no search of the index, no allocation.
        if self.bundle.borrow().has_message(key)
            || self.find(key).is_none_or(|found| found.loaded.get())
        {
            return;
        }
        let mut pending = vec![key.to_owned()];
        while let Some(key) = pending.pop() {
            let Some(found) = self.find(&key) else {
                continue;
            };
            if found.loaded.replace(true) {
                continue;
            }
            let text = self.sources[found.source][found.text].to_owned();
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
    use crate::i18n::Lang;
    use crate::i18n::embedded_ftl::UI_EN;

    fn bundle(sources: Vec<Cow<'static, str>>) -> LazyBundle {
        let mut bundle = FluentBundle::new(vec![Lang::En.langid()]);
        bundle.set_use_isolating(false);
        LazyBundle::new(bundle, sources)
    }

    fn text_of(bundle: &LazyBundle, id: &str) -> String {
        bundle.with_message(id, |bundle| {
            let message = bundle.get_message(id).expect("the message");
            let mut errors = Vec::new();
            let pattern = message.value().expect("a value");
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned()
        })
    }

    #[test]
    fn the_last_source_with_an_id_wins_whether_its_index_is_built_or_scanned() {
        let id = "default-title";
        let embedded = || Cow::Borrowed(UI_EN.text);
        let file = || Cow::Owned(format!("{id} = From a file\n"));
        let scanned_copy = bundle(vec![Cow::Owned(UI_EN.text.to_owned())]);
        let shipped = text_of(&scanned_copy, id);
        assert_ne!(shipped, "From a file");

        assert_eq!(text_of(&bundle(vec![embedded()]), id), shipped);
        assert_eq!(
            text_of(&bundle(vec![embedded(), file()]), id),
            "From a file"
        );
        assert_eq!(text_of(&bundle(vec![file(), embedded()]), id), shipped);
        assert!(
            bundle(vec![embedded()]).find("no-such-message").is_none(),
            "an id the index lacks"
        );
    }
}
