//! The Fluent files built into the binary, each with the index of its entries made by the
//! build script (`ftl_entries::entries` run over the same file), so that start-up does not
//! scan 200 kB of text to find them (issue 17).

use std::ops::Range;

/// One embedded Fluent file and where its entries are.
pub struct EmbeddedFtl {
    pub text: &'static str,
    /// Per entry: its id's start and end, its text's start and end.
    entries: &'static [[u32; 4]],
}

include!(concat!(env!("OUT_DIR"), "/embedded_ftl.rs"));

const ALL: [&EmbeddedFtl; 4] = [&UI_SV, &UI_EN, &QUESTIONNAIRE_SV, &QUESTIONNAIRE_EN];

/// The index of `text` if it is one of the embedded files itself (the same bytes in the
/// binary, not an equal copy: comparing would read the whole text).
pub fn entries_of(text: &str) -> Option<impl Iterator<Item = (Range<usize>, Range<usize>)>> {
    let embedded = ALL
        .into_iter()
        .find(|embedded| std::ptr::eq(embedded.text, text))?;
    Some(
        embedded
            .entries
            .iter()
            .map(|&[id_start, id_end, start, end]| {
                let at = |offset: u32| offset as usize;
                (at(id_start)..at(id_end), at(start)..at(end))
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ftl_entries::entries;

    #[test]
    fn the_built_index_is_the_scan_of_the_same_text() {
        for embedded in ALL {
            let built: Vec<_> = entries_of(embedded.text).expect("embedded").collect();
            assert_eq!(built, entries(embedded.text));
            assert!(built.len() > 100, "{} entries", built.len());
        }
    }

    #[test]
    fn an_equal_copy_is_scanned_not_looked_up() {
        let copy = UI_SV.text.to_owned();
        assert!(entries_of(&copy).is_none());
    }
}
