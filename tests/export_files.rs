//! What `x` in the interview writes: the report, the questions for the supplier and the
//! action plan beside the assessment, each replaced on the next `x` only if molnkoll wrote
//! it and nobody changed it since.

mod content_support;
mod exports_support;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Reader, Xlsx};
use molnkoll::export_files::{self, OutputKind};
use molnkoll::i18n::Lang;
use molnkoll::report::Context;

use exports_support::{localizer, realistic};

fn context() -> Context {
    Context {
        date: "2026-11-27".into(),
        commit: None,
    }
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ung.molnkoll.ron");
    let (_, assessment) = realistic();
    molnkoll::store::save(&file, &assessment).unwrap();
    (dir, file)
}

fn export(file: &Path) -> export_files::Outcome {
    let (q, assessment) = realistic();
    export_files::write_all(&q, &assessment, &localizer(Lang::Sv), file, &context())
}

fn paths(dir: &Path) -> [PathBuf; 3] {
    ["ung.md", "ung.supplier.md", "ung.actions.xlsx"].map(|name| dir.join(name))
}

#[test]
fn writes_all_three_beside_the_assessment_and_says_where() {
    let (dir, file) = setup();
    let outcome = export(&file);
    let [report, supplier, actions] = paths(dir.path());
    let kinds: Vec<(OutputKind, PathBuf)> = outcome
        .iter()
        .map(|(kind, path, result)| {
            assert!(result.is_ok(), "{kind:?}: {result:?}");
            (*kind, path.clone())
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            (OutputKind::Report, report.clone()),
            (OutputKind::Supplier, supplier.clone()),
            (OutputKind::Actions, actions.clone()),
        ]
    );
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.starts_with("---\ntitle:"));
    assert!(
        std::fs::read_to_string(&supplier)
            .unwrap()
            .contains("`recipient-country`")
    );
    // The signed workbook still opens.
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(std::fs::read(&actions).unwrap())).unwrap();
    let range = workbook.worksheet_range("Åtgärdsplan").unwrap();
    assert!(range.height() > 1);
    let l = localizer(Lang::Sv);
    let summary = export_files::summary(&outcome, &l).expect("all written");
    assert!(
        summary.starts_with(&format!(
            "Skrevs i {}: rapporten ung.md",
            dir.path().display()
        )),
        "{summary}"
    );
    for path in [&supplier, &actions] {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(summary.contains(name), "{summary}");
    }
}

#[test]
fn replaces_what_it_wrote_itself() {
    let (dir, file) = setup();
    export(&file);
    let [report, _, actions] = paths(dir.path());
    // The assessment changes: the next export must show it.
    let (q, mut assessment) = realistic();
    assessment.title = "Nytt namn på bedömningen".into();
    let outcome = export_files::write_all(&q, &assessment, &localizer(Lang::Sv), &file, &context());
    assert!(outcome.iter().all(|(_, _, r)| r.is_ok()), "{outcome:?}");
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("Nytt namn")
    );
    assert!(export_files::is_signed(&std::fs::read(&actions).unwrap()));
}

#[test]
fn never_replaces_a_hand_written_or_edited_file() {
    let (dir, file) = setup();
    let [report, supplier, actions] = paths(dir.path());
    let hand_written = "# Vår egen rapport\n\nSkriven för hand.\n";
    std::fs::write(&report, hand_written).unwrap();
    let outcome = export(&file);
    assert_eq!(std::fs::read_to_string(&report).unwrap(), hand_written);
    assert!(outcome[0].2.is_err());
    // The other two are written all the same, and the message says both.
    assert!(outcome[1].2.is_ok() && outcome[2].2.is_ok());
    let l = localizer(Lang::En);
    let error = export_files::summary(&outcome, &l).unwrap_err();
    let said = l.message(&error.message);
    assert!(
        said.contains("ung.md") && said.contains("ung.supplier.md"),
        "{said}"
    );
    assert!(said.contains("not written by molnkoll"), "{said}");

    // A file molnkoll wrote and someone edited is theirs now.
    let edited = std::fs::read_to_string(&supplier)
        .unwrap()
        .replace("Kommentar:", "Svar: ja");
    std::fs::write(&supplier, &edited).unwrap();
    // A workbook re-saved by Excel loses the signature.
    let mut resaved = std::fs::read(&actions).unwrap();
    resaved.push(b' ');
    std::fs::write(&actions, &resaved).unwrap();
    let outcome = export(&file);
    assert!(
        outcome[1].2.is_err() && outcome[2].2.is_err(),
        "{outcome:?}"
    );
    assert_eq!(std::fs::read_to_string(&supplier).unwrap(), edited);
    assert_eq!(std::fs::read(&actions).unwrap(), resaved);
}

#[test]
fn signatures_hold_only_for_the_bytes_they_sign() {
    let signed = export_files::sign_markdown("# Rapport\n\nÅtgärder\n");
    assert!(export_files::is_signed(&signed));
    let text = String::from_utf8(signed.clone()).unwrap();
    assert!(text.starts_with("# Rapport\n\nÅtgärder\n\n<!-- molnkoll "));
    assert!(!export_files::is_signed(
        text.replace("Åtgärder", "Åtgärd").as_bytes()
    ));
    assert!(!export_files::is_signed(b"# Rapport\n"));
    assert!(!export_files::is_signed(b""));
    // A signature copied onto other text does not make it molnkoll's.
    let tail = &text[text.find("<!--").unwrap()..];
    assert!(!export_files::is_signed(
        format!("Annat\n\n{tail}").as_bytes()
    ));
}
