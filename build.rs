//! Compiles the embedded questionnaire (questionnaires/molnkoll.ron) to JSON in `$OUT_DIR`.
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
// the crate (`crate::rules::Condition`, `crate::questionnaire::ReportLayout`), which the two
// small modules below provide. Their methods (`Questionnaire::reindex`, ...) stay in the
// crate, so some of what is declared here is never used by this script.
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

const RON: &str = "questionnaires/molnkoll.ron";
const INCLUDED: [&str; 3] = [
    "src/rules/condition.rs",
    "src/questionnaire/layout.rs",
    "src/questionnaire/schema.rs",
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
}
