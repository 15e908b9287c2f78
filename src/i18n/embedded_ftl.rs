//! The Fluent files built into the binary, each with the index of its entries made by the
//! build script (`ftl_entries::entries` run over the same file), so that start-up does not
//! scan 200 kB of text to find them (issue 17).

/// One embedded Fluent file and where its entries are.
pub struct EmbeddedFtl {
    pub text: &'static str,
    /// Per entry: its id's start and end, its text's start and end; sorted by id, one per id.
    entries: &'static [[u32; 4]],
}

include!(concat!(env!("OUT_DIR"), "/embedded_ftl.rs"));

const ALL: [&EmbeddedFtl; 4] = [&UI_SV, &UI_EN, &QUESTIONNAIRE_SV, &QUESTIONNAIRE_EN];

/// The index of `text` if it is one of the embedded files itself (the same bytes in the
/// binary, not an equal copy: comparing would read the whole text). Sorted by id, with one
/// entry per id: the last one of the file, which is the one a bundle keeps.
pub fn index_of(text: &str) -> Option<&'static [[u32; 4]]> {
    ALL.into_iter()
        .find(|embedded| std::ptr::eq(embedded.text, text))
        .map(|embedded| embedded.entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ftl_entries::entries;

    #[test]
    fn the_built_index_is_the_scan_of_the_same_text_by_id() {
        for embedded in ALL {
            let text = embedded.text;
            // The scan, the last entry of each id kept, in the order of the ids.
            let mut by_id = std::collections::BTreeMap::new();
            for (id, entry) in entries(text) {
                by_id.insert(&text[id.clone()], (id, entry));
            }
            let expected: Vec<_> = by_id.into_values().collect();
            let built: Vec<_> = index_of(text)
                .expect("embedded")
                .iter()
                .map(|&[a, b, c, d]| (a as usize..b as usize, c as usize..d as usize))
                .collect();
            assert_eq!(built, expected);
            assert!(built.len() > 100, "{} entries", built.len());
        }
    }

    #[test]
    fn an_equal_copy_is_scanned_not_looked_up() {
        let copy = UI_SV.text.to_owned();
        assert!(index_of(&copy).is_none());
        assert!(index_of(UI_SV.text).is_some());
    }
}
