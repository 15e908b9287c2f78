//! Compiles the embedded questionnaire (questionnaires/molnkoll.ron) to JSON in `$OUT_DIR`,
//! and indexes the entries of the embedded Fluent files (`src/i18n/embedded_ftl.rs`).
//!
//! Start-up waits on the embedded questionnaire; serde_json decodes it in a quarter of the
//! time ron parses it (issue 17). The RON file stays the source: validation, the
//! `questionnaire` commands and every located error still read it. Parsing it here, into
//! the very types the program decodes (their files are included below, not copied), makes
//! the JSON the same questionnaire by construction; a test compares the two.
//!
//! Nothing here depends on the target: CI cross-builds for Windows with this script running
//! on the Linux host.

use std::path::Path;

// The data-only files of the questionnaire's types. They name each other by their paths in
// the crate (`crate::rules::Condition`, `crate::questionnaire::ReportLayout`,
// `crate::fast_hash::HashMap`), which the small modules below provide. Their methods
// (`Questionnaire::reindex`, ...) stay in the crate, so some of what is declared here is
// never used by this script.
#[allow(dead_code)]
#[path = "src/rules/condition.rs"]
mod condition;
#[allow(dead_code)]
#[path = "src/questionnaire/layout.rs"]
mod layout;
#[allow(dead_code)]
#[path = "src/questionnaire/schema.rs"]
mod schema;

mod rules {
    pub use crate::condition::Condition;
}

mod questionnaire {
    pub use crate::layout::ReportLayout;
}

// The index it names is skipped by serde and never built here: std's hasher does.
mod fast_hash {
    pub type HashMap<K, V> = std::collections::HashMap<K, V>;
}

#[path = "src/i18n/ftl_entries.rs"]
mod ftl_entries;

const RON: &str = "questionnaires/molnkoll.ron";
/// The embedded Fluent files, by the names `src/i18n/embedded_ftl.rs` gives them.
const FTL: [(&str, &str); 4] = [
    ("UI_SV", "locales/sv/molnkoll.ftl"),
    ("UI_EN", "locales/en/molnkoll.ftl"),
    ("QUESTIONNAIRE_SV", "locales/sv/questionnaire.ftl"),
    ("QUESTIONNAIRE_EN", "locales/en/questionnaire.ftl"),
];
const INCLUDED: [&str; 4] = [
    "src/rules/condition.rs",
    "src/questionnaire/layout.rs",
    "src/questionnaire/schema.rs",
    "src/i18n/ftl_entries.rs",
];

fn main() {
    println!("cargo:rerun-if-changed={RON}");
    for file in INCLUDED {
        println!("cargo:rerun-if-changed={file}");
    }
    let text = std::fs::read_to_string(RON).unwrap_or_else(|error| panic!("{RON}: {error}"));
    // The same options as `parse_ron` in src/questionnaire/source.rs.
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    // A broken questionnaire fails the build here, at its position in the file;
    // `molnkoll validate questionnaires/molnkoll.ron` says the same in the user's words.
    let questionnaire: schema::Questionnaire = options.from_str(&text).unwrap_or_else(|error| {
        let position = error.span.start;
        panic!("{RON}:{}:{}: {}", position.line, position.col, error.code)
    });
    let json = serde_json::to_string(&questionnaire).expect("the questionnaire serializes");
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("questionnaire.json");
    std::fs::write(&out, json).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
    index_fluent_files(Path::new(&out_dir));
}

/// `$OUT_DIR/embedded_ftl.rs`: each embedded Fluent file, included by its absolute path,
/// with the index of its entries as numbers (no pointers, so nothing to relocate at start),
/// sorted by id.
fn index_fluent_files(out_dir: &Path) {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it");
    let mut code = String::new();
    for (name, file) in FTL {
        println!("cargo:rerun-if-changed={file}");
        let path = Path::new(&manifest_dir).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{file}: {error}"));
        let number = |at: usize| u32::try_from(at).expect("a Fluent file under 4 GB");
        // Sorted by id for a binary search, one entry per id: the last, as a bundle keeps.
        let mut by_id = std::collections::BTreeMap::new();
        for (id, entry) in ftl_entries::entries(&text) {
            by_id.insert(text[id.clone()].to_owned(), (id, entry));
        }
        let entries: Vec<String> = by_id
            .into_values()
            .map(|(id, text)| {
                let [a, b, c, d] = [id.start, id.end, text.start, text.end].map(number);
                format!("[{a},{b},{c},{d}]")
            })
            .collect();
        code.push_str(&format!(
            "pub static {name}: EmbeddedFtl = EmbeddedFtl {{ text: include_str!({path:?}), \
             entries: &[{}] }};\n",
            entries.join(",")
        ));
    }
    let out = out_dir.join("embedded_ftl.rs");
    std::fs::write(&out, code).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
}
