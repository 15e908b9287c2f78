//! Where ids stand in a questionnaire's RON text, for error locations.

use std::path::Path;

use crate::error::Location;

/// Finds ids in the RON text. The RON parser keeps no spans, so declarations are found in
/// file order (`id: "x"` after the previous one) and references after their owner.
pub(super) struct Locator<'a> {
    path: &'a Path,
    text: &'a str,
    /// The offset where each line starts, so that a location costs a binary search, not a
    /// count of every newline before it: a large questionnaire with many problems stays linear.
    line_starts: Vec<usize>,
}

impl<'a> Locator<'a> {
    pub fn new(path: &'a Path, text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            path,
            text,
            line_starts,
        }
    }

    pub fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Location::new(self.path, line.max(1), column + 1)
    }

    /// Offsets of `"ID"` at or after `from`, searched lazily: callers mostly want the first.
    fn quoted_after<'s>(&'s self, id: &str, from: usize) -> impl Iterator<Item = usize> + 's {
        let needle = format!("\"{id}\"");
        let mut start = from.min(self.text.len());
        std::iter::from_fn(move || {
            let found = start + self.text.get(start..)?.find(&needle)?;
            start = found + needle.len();
            Some(found)
        })
    }

    /// The offset of `id: "ID"` at or after `from`.
    pub fn declaration(&self, id: &str, from: usize) -> Option<usize> {
        self.quoted_after(id, from).find(|&offset| {
            let before = self.text[..offset].trim_end();
            before.strip_suffix(':').is_some_and(|b| {
                let b = b.trim_end();
                b.ends_with("id")
                    && !b[..b.len() - 2].ends_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
    }

    pub fn reference(&self, id: &str, from: usize) -> Option<usize> {
        self.quoted_after(id, from).next()
    }

    /// The offset of the first `"ID"` after the key `key:` (e.g. inside `renames: [..]`),
    /// or of the key itself when the id is empty or not there.
    pub fn reference_after_key(&self, key: &str, id: &str) -> Option<usize> {
        let needle = format!("{key}:");
        let start = self.text.find(&needle)?;
        if id.is_empty() {
            return Some(start);
        }
        self.reference(id, start).or(Some(start))
    }
}
