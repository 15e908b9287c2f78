//! Helpers shared by the integration tests. Each test binary uses only some of them.
#![allow(dead_code)]

pub mod random;
pub mod ui;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use molnkoll::error::UserError;
use molnkoll::i18n::{FtlSource, Lang};
use molnkoll::questionnaire::{Kind, Questionnaire, QuestionnaireSource, SourceText};

/// The directory of the crate, for the docs example and the sources.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The small complete questionnaire of docs/questionnaire-format.md.
pub fn example_path() -> PathBuf {
    manifest_dir().join("docs/example/example.ron")
}

/// A questionnaire source named `t.ron` with no texts at all.
pub fn source(ron: &str) -> QuestionnaireSource {
    QuestionnaireSource {
        ron: SourceText {
            path: PathBuf::from("t.ron"),
            text: ron.to_owned(),
        },
        texts: BTreeMap::new(),
    }
}

/// Parses an inline questionnaire, failing the test with the readable error.
pub fn questionnaire(ron: &str) -> Questionnaire {
    source(ron)
        .parse()
        .unwrap_or_else(|error| panic!("the test questionnaire does not parse: {error}"))
}

/// Every text a questionnaire needs, in Fluent, except the keys in `skip` (`"q"`,
/// `"q.help"`, `"section-s"`, `"q--opt"`, `"q--level-2"`, `"finding-f.action"`, ...).
pub fn ftl_for(questionnaire: &Questionnaire, skip: &[&str]) -> String {
    let skipped = |key: &str| skip.contains(&key);
    let mut ftl = String::new();
    let mut message = |id: &str, attributes: &[&str]| {
        let present: Vec<&&str> = attributes
            .iter()
            .filter(|a| !skipped(&format!("{id}.{a}")))
            .collect();
        if skipped(id) && present.is_empty() {
            return;
        }
        if skipped(id) {
            // A message with attributes but no value of its own.
            writeln!(ftl, "{id} =").unwrap();
        } else {
            writeln!(ftl, "{id} = Text of {id}").unwrap();
        }
        for attribute in present {
            writeln!(ftl, "    .{attribute} = {attribute} of {id}").unwrap();
        }
    };
    for section in &questionnaire.sections {
        message(&format!("section-{}", section.id), &[]);
        for question in &section.questions {
            message(&question.id, &["help", "ref"]);
            for option in question.kind.options() {
                message(&format!("{}--{option}", question.id), &[]);
            }
            if let Kind::Level(min, max) = question.kind {
                for level in min..=max {
                    message(&format!("{}--level-{level}", question.id), &[]);
                }
            }
        }
    }
    for finding in &questionnaire.findings {
        message(&format!("finding-{}", finding.id), &["action"]);
    }
    ftl
}

/// `t.ron` with complete texts in every language (`t.sv.ftl`, `t.en.ftl`).
pub fn source_with_texts(ron: &str) -> QuestionnaireSource {
    let mut source = source(ron);
    let text = ftl_for(&source.parse().expect("parses"), &[]);
    for lang in Lang::ALL {
        source.texts.insert(lang, vec![ftl(lang, &text)]);
    }
    source
}

/// A Fluent source named `t.LANG.ftl`.
pub fn ftl(lang: Lang, text: &str) -> FtlSource {
    FtlSource {
        path: PathBuf::from(format!("t.{}.ftl", lang.code())),
        text: text.to_owned().into(),
    }
}

/// Writes `DIR/NAME.ron` with complete `NAME.sv.ftl` and `NAME.en.ftl` beside it, as
/// `--questionnaire` expects them. Returns the path of the RON file.
pub fn write_questionnaire(dir: &Path, name: &str, ron: &str) -> PathBuf {
    let path = dir.join(format!("{name}.ron"));
    std::fs::write(&path, ron).unwrap();
    let text = ftl_for(&questionnaire(ron), &[]);
    for lang in Lang::ALL {
        std::fs::write(dir.join(format!("{name}.{}.ftl", lang.code())), &text).unwrap();
    }
    path
}

/// An error as (message id, line, column); (id, 0, 0) when it has no location.
pub fn at(error: &UserError) -> (&'static str, usize, usize) {
    match &error.location {
        Some(location) => (error.message.id, location.line, location.column),
        None => (error.message.id, 0, 0),
    }
}

/// Renders errors one per line, for readable assertion failures.
pub fn render(errors: &[UserError]) -> String {
    errors
        .iter()
        .map(|e| format!("{e}\n"))
        .collect::<Vec<_>>()
        .concat()
}

/// An insta snapshot kept in the top-level `snapshots/` folder, named without the module.
pub fn snapshot(name: &str, text: String) {
    insta::with_settings!({
        snapshot_path => "../../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

/// The small questionnaire of the docs (`docs/example`), with its texts.
pub fn docs_example() -> (Questionnaire, QuestionnaireSource) {
    let source = QuestionnaireSource::from_path(&manifest_dir().join("docs/example/example.ron"))
        .expect("the docs example reads");
    let questionnaire = source.parse().expect("the docs example parses");
    (questionnaire, source)
}
