//! A format 1 questionnaire written by an outside author from the old documentation, with an
//! assessment of it (tests/fixtures/format1/outside*). Both must keep loading and meaning
//! the same: the expected outputs were written by molnkoll before format 2 existed (commit
//! 69bbfa5), and this version must print them byte for byte.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format1")
        .join(name)
}

/// The fixture copied out of the repository, so no git commit shows in the report.
fn copied() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in [
        "outside.ron",
        "outside.sv.ftl",
        "outside.en.ftl",
        "outside-assessment.molnkoll.ron",
    ] {
        std::fs::copy(fixture(name), dir.path().join(name)).expect("copies");
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> (String, Option<i32>) {
    let output = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["--questionnaire", "outside.ron"])
        .args(args)
        .output()
        .expect("runs");
    (
        String::from_utf8(output.stdout).expect("utf-8"),
        output.status.code(),
    )
}

fn expected(name: &str) -> String {
    std::fs::read_to_string(fixture("expected").join(name)).expect("expected output")
}

#[test]
fn the_outside_questionnaire_still_validates() {
    let dir = copied();
    let (_, code) = run(dir.path(), &["validate"]);
    assert_eq!(code, Some(0));
}

#[test]
fn its_assessment_exports_checks_and_shows_as_before() {
    let dir = copied();
    let file = "outside-assessment.molnkoll.ron";
    let before = std::fs::read(dir.path().join(file)).expect("reads");
    for lang in ["sv", "en"] {
        let (report, code) = run(dir.path(), &["--lang", lang, "export", file]);
        assert_eq!(code, Some(0));
        assert_eq!(
            report,
            expected(&format!("export.{lang}.md")),
            "export in {lang}"
        );
        let (check, code) = run(dir.path(), &["--lang", lang, "check", file]);
        assert_eq!(
            format!("{check}rc={}\n", code.unwrap_or(-1)),
            expected(&format!("check.{lang}.txt")),
            "check in {lang}"
        );
    }
    let (show, _) = run(dir.path(), &["show", file]);
    assert_eq!(show, expected("show.txt"));
    // Reading never rewrites: the file is still format 1, byte for byte.
    assert_eq!(std::fs::read(dir.path().join(file)).expect("reads"), before);
}

#[test]
fn format_one_still_fires_on_unanswered_questions() {
    let dir = copied();
    let (report, _) = run(
        dir.path(),
        &["--lang", "en", "export", "outside-assessment.molnkoll.ron"],
    );
    // "ingen-kopia" is Not(Is("sakerhetskopia", Yes)) on an unanswered question: format 1
    // reads it as true, and so it stays.
    assert!(report.contains("No backup"), "{report}");
}

#[test]
fn commands_refuse_to_judge_an_assessment_by_the_wrong_questionnaire() {
    let dir = copied();
    let file = "outside-assessment.molnkoll.ron";
    for args in [
        vec!["--lang", "en", "check", file],
        vec!["--lang", "en", "export", file],
        vec!["--lang", "en", "diff", file, file],
    ] {
        // No --questionnaire: the embedded one is not the file's.
        let output = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
            .current_dir(dir.path())
            .args(&args)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let said = format!("{stdout}{stderr}");
        assert_eq!(output.status.code(), Some(1), "{args:?}: {said}");
        assert!(said.contains("\"hemtjanst-app\""), "{args:?}: {said}");
        assert!(said.contains("--questionnaire"), "{args:?}: {said}");
        assert!(!said.contains("orphan"), "{args:?}: {said}");
    }
    // show, the git textconv, prints the file's answers as they are.
    let output = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
        .current_dir(dir.path())
        .args(["show", file])
        .output()
        .expect("runs");
    let shown = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert!(shown.contains("leverantor-land: usa"), "{shown}");
    assert!(!shown.contains("[orphan]"), "{shown}");
}
