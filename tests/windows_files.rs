//! Files as Windows editors leave them: CRLF line endings in an assessment, a questionnaire
//! and its texts load as if they had LF, errors point at the same line and column, and
//! saving writes LF (one ending on every platform, so git sees no churn).

mod common;

use std::path::Path;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::questionnaire::{QuestionnaireSource, validate};
use molnkoll::store;

fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// The docs example copied into `dir`, every file with CRLF endings.
fn crlf_example(dir: &Path) -> std::path::PathBuf {
    let docs = common::manifest_dir().join("docs/example");
    for name in ["example.ron", "example.sv.ftl", "example.en.ftl"] {
        let text = std::fs::read_to_string(docs.join(name)).expect("example reads");
        std::fs::write(dir.join(name), crlf(&text)).expect("written");
    }
    dir.join("example.ron")
}

#[test]
fn a_crlf_questionnaire_and_its_texts_load_and_validate_like_lf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = crlf_example(dir.path());
    assert!(
        std::fs::read_to_string(&path)
            .expect("reads")
            .contains("\r\n")
    );
    let source = QuestionnaireSource::from_path(&path).expect("loads");
    let questionnaire = source.parse().expect("parses");
    let lf = QuestionnaireSource::from_path(&common::example_path())
        .and_then(|s| s.parse())
        .expect("the LF example parses");
    assert_eq!(questionnaire, lf);
    let problems = validate(&questionnaire, &source);
    assert!(problems.is_empty(), "{}", common::render(&problems));
    // The texts carry no stray carriage return into what is shown.
    let (localizer, errors) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
    assert!(errors.is_empty(), "{errors:?}");
    let question = &questionnaire.sections[0].questions[0].id;
    let text = localizer.text(question);
    assert!(!text.is_empty() && !text.contains('\r'), "{text:?}");
    for (id, attribute) in [(question.as_str(), "help")] {
        if let Some(help) = localizer.attribute(id, attribute) {
            assert!(!help.contains('\r'), "{help:?}");
        }
    }
}

#[test]
fn a_crlf_assessment_loads_like_lf_and_is_saved_back_with_lf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let questionnaire = QuestionnaireSource::from_path(&common::example_path())
        .and_then(|s| s.parse())
        .expect("the example parses");
    let mut assessment = Assessment::new(&questionnaire, "Hemtjänst");
    assessment.set_value("service-name", Some(Value::Text("Journal".into())));
    assessment.set_note("service-name", "första raden\nandra raden");
    let path = dir.path().join("a.molnkoll.ron");
    let lf = store::to_ron(&assessment);
    std::fs::write(&path, crlf(&lf)).expect("written");

    let loaded = store::load(&path).expect("a CRLF file loads");
    assert_eq!(loaded, assessment);
    store::save(&path, &loaded).expect("saved");
    assert_eq!(
        std::fs::read_to_string(&path).expect("reads"),
        lf,
        "LF again"
    );
}

#[test]
fn an_error_in_a_crlf_file_names_the_same_line_and_column_as_in_lf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken =
        "Assessment(\n    format: 1,\n    questionnaire: \"example\"\n    title: \"x\",\n)\n";
    let lf_path = dir.path().join("lf.molnkoll.ron");
    let crlf_path = dir.path().join("crlf.molnkoll.ron");
    std::fs::write(&lf_path, broken).expect("written");
    std::fs::write(&crlf_path, crlf(broken)).expect("written");
    let location = |path: &Path| {
        let error = store::load(path).expect_err("a missing comma");
        let location = error.location.expect("a location");
        (location.line, location.column)
    };
    assert_eq!(location(&crlf_path), location(&lf_path));
    // Untouched: a file that cannot be read is never rewritten.
    assert_eq!(
        std::fs::read_to_string(&crlf_path).expect("reads"),
        crlf(broken)
    );
}
