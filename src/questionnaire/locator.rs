//! Where ids stand in a questionnaire's RON text, for error locations.

use std::path::Path;

use crate::error::Location;

/// Finds ids in the RON text. The RON parser keeps no spans, so declarations are found in
/// file order (`id: "x"` after the previous one) and references after their owner.
pub(super) struct Locator<'a> {
    pub path: &'a Path,
    pub text: &'a str,
}

impl Locator<'_> {
    pub fn location(&self, offset: usize) -> Location {
        Location::of_offset(self.path, self.text, offset)
    }

    fn quoted_after(&self, id: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
        let needle = format!("\"{id}\"");
        let start = from.min(self.text.len());
        self.text[start..]
            .match_indices(&needle)
            .map(move |(i, _)| start + i)
            .collect::<Vec<_>>()
            .into_iter()
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
}
