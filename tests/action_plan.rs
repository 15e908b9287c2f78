//! The action plan (`export --actions`): which actions it lists, and that the `.xlsx` and
//! the CSV for Swedish Excel read back as the same rows, Swedish characters intact, nothing
//! in a note turned into a formula.

mod content_support;
mod exports_support;

use std::io::Cursor;
use std::path::Path;

use calamine::{Reader, Xlsx};
use molnkoll::action_plan::{self, ActionRow, Priority, SourceKind};
use molnkoll::assessment::{Action, Assessment};
use molnkoll::i18n::Lang;
use molnkoll::items::{item_key, member_key, slug};
use molnkoll::questionnaire::Questionnaire;

use exports_support::{RISK, localizer, realistic, with_planned_action};

fn plan(q: &Questionnaire, assessment: &Assessment, lang: Lang) -> Vec<ActionRow> {
    action_plan::open_actions(q, assessment, &localizer(lang))
}

fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix(b"\xef\xbb\xbf")
        .expect("the CSV starts with UTF-8's byte order mark");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|record| {
            record
                .expect("a CSV record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn read_xlsx(bytes: &[u8], sheet: &str) -> Vec<Vec<String>> {
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("an xlsx workbook");
    assert_eq!(workbook.sheet_names(), vec![sheet.to_owned()]);
    let formulas = workbook.worksheet_formula(sheet).expect("the sheet");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
    let range = workbook.worksheet_range(sheet).expect("the sheet");
    range
        .rows()
        .map(|row| row.iter().map(|cell| cell.to_string()).collect())
        .collect()
}

#[test]
fn lists_fired_findings_open_measures_and_risk_measures_with_their_owners() {
    let (q, assessment) = realistic();
    let (assessment, planned) = with_planned_action(&q, assessment);
    let rows = plan(&q, &assessment, Lang::Sv);
    let fired = molnkoll::rules::fired_findings(&q, &assessment.answers);
    let finding_ids: Vec<&str> = rows
        .iter()
        .filter(|r| r.kind == SourceKind::Finding)
        .map(|r| r.id.as_str())
        .collect();
    let mut expected: Vec<&str> = fired.iter().map(|f| f.finding.id.as_str()).collect();
    let mut listed = finding_ids.clone();
    expected.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, expected, "every fired finding, once");

    let row = rows
        .iter()
        .find(|r| r.id == planned)
        .expect("the planned action");
    assert_eq!(row.owner, "Informationsägaren Åsa Öberg");
    assert_eq!(row.due, "2027-01-31");
    let l = localizer(Lang::Sv);
    let finding = fired
        .iter()
        .find(|f| f.finding.id == planned)
        .unwrap()
        .finding;
    assert_eq!(Some(row.action.clone()), l.finding_action(finding));

    // Measures partly or not fulfilled are open; as in the report's plan, a measure whose
    // finding fires is that finding's row, which carries the measure's note.
    assert!(
        rows.iter().all(|r| r.kind != SourceKind::Measure),
        "{rows:?}"
    );
    let finding_ids: Vec<&str> = rows
        .iter()
        .filter(|r| r.kind == SourceKind::Finding)
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        finding_ids.contains(&"strong-authentication-unmet"),
        "{finding_ids:?}"
    );
    assert!(
        finding_ids
            .iter()
            .any(|id| id.starts_with("no-encryption-at-rest")),
        "{finding_ids:?}"
    );
    let auth = rows
        .iter()
        .find(|r| r.id == "strong-authentication-unmet")
        .unwrap();
    assert!(auth.note.contains("administratörer"), "{auth:?}");
    let report_plan = molnkoll::report::open_actions(&q, &assessment);
    assert_eq!(
        rows.len(),
        report_plan.len(),
        "the same actions as the report"
    );

    // The risk's measures, owned by the role the register names, as urgent as the risk they
    // are to reduce (the report's rule): before measures it is in the high zone.
    let risk = rows
        .iter()
        .find(|r| r.kind == SourceKind::Risk)
        .expect("a risk row");
    assert_eq!(risk.id, item_key("risks", &slug(RISK)));
    assert!(risk.action.starts_with("Tvåfaktorsinloggning"));
    let owner = q.question("risk-owner").unwrap();
    assert_eq!(risk.owner, l.option_label(owner, "security-officer"));
    assert_eq!(risk.priority, Priority::High);
    assert!(risk.source.contains(RISK), "{risk:?}");

    // Most urgent first.
    assert!(rows.windows(2).all(|w| w[0].priority >= w[1].priority));
}

#[test]
fn a_risk_without_measures_and_a_measure_not_asked_give_no_row() {
    let (q, mut assessment) = realistic();
    assessment.set_value(&member_key("risks", &slug(RISK), "risk-measures"), None);
    // Answered, but the classification does not call for it (traceability is level 2).
    assessment.set_value(
        "req-log-protection",
        Some(molnkoll::assessment::Value::Choice("not-fulfilled".into())),
    );
    let rows = plan(&q, &assessment, Lang::En);
    assert!(rows.iter().all(|r| r.kind != SourceKind::Risk), "{rows:?}");
    assert!(
        rows.iter().all(|r| r.id != "req-log-protection"),
        "{rows:?}"
    );
}

#[test]
fn csv_reads_back_as_the_same_rows_for_swedish_excel() {
    let (q, assessment) = realistic();
    let (assessment, _) = with_planned_action(&q, assessment);
    let l = localizer(Lang::Sv);
    let table = action_plan::table(&action_plan::open_actions(&q, &assessment, &l), &l);
    let bytes = action_plan::csv(&table);
    assert_eq!(read_csv(&bytes), table);
    let text = std::str::from_utf8(&bytes).expect("UTF-8");
    assert!(text.contains("Åsa Öberg") && text.contains("självskattningar"));
    // Semicolons, every field quoted, CRLF and nothing but CRLF between records.
    let first = text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .next()
        .unwrap();
    assert_eq!(
        first,
        "\"Nr\";\"Prioritet\";\"Åtgärd\";\"Ansvarig\";\"Klart senast\";\"Källa\";\"Anteckning\";\"Id\""
    );
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
}

#[test]
fn xlsx_reads_back_as_the_same_rows() {
    let (q, assessment) = realistic();
    let (assessment, _) = with_planned_action(&q, assessment);
    for lang in [Lang::Sv, Lang::En] {
        let l = localizer(lang);
        let table = action_plan::table(&action_plan::open_actions(&q, &assessment, &l), &l);
        assert!(table.len() > 4, "a header and several actions");
        let bytes = action_plan::xlsx(&table, &l.text("plan-sheet")).expect("written");
        assert_eq!(read_xlsx(&bytes, &l.text("plan-sheet")), table);
    }
}

#[test]
fn nothing_in_a_note_or_owner_becomes_a_formula() {
    let (q, mut assessment) = realistic();
    let hostile = [
        "=HYPERLINK(\"http://example.com\";\"klicka\")",
        "+46 8 123 45",
        "-1+1",
        "@SUM(A1)",
    ];
    assessment.set_note("req-encryption-rest", hostile[0]);
    assessment.set_note("req-strong-authentication", hostile[1]);
    let finding = molnkoll::rules::fired_findings(&q, &assessment.answers)[0]
        .finding
        .id
        .clone();
    assessment.actions.insert(
        finding,
        Action {
            owner: hostile[2].to_owned(),
            due: hostile[3].to_owned(),
        },
    );
    let l = localizer(Lang::Sv);
    let table = action_plan::table(&action_plan::open_actions(&q, &assessment, &l), &l);
    let csv_rows = read_csv(&action_plan::csv(&table));
    for text in hostile {
        assert!(
            csv_rows
                .iter()
                .flatten()
                .any(|cell| *cell == format!("'{text}")),
            "{text} is guarded in the CSV"
        );
        assert!(
            !csv_rows.iter().flatten().any(|cell| cell == text),
            "{text} is never bare"
        );
    }
    // In the workbook every cell is a string cell: the text stays as it was typed.
    let xlsx_rows = read_xlsx(&action_plan::xlsx(&table, "Plan").unwrap(), "Plan");
    assert_eq!(xlsx_rows, table);
    for text in hostile {
        assert!(xlsx_rows.iter().flatten().any(|cell| cell == text));
    }
}

#[test]
fn guard_leaves_ordinary_text_and_dates_alone() {
    assert_eq!(action_plan::guard_formula("2027-01-31"), "2027-01-31");
    assert_eq!(action_plan::guard_formula("Åsa"), "Åsa");
    assert_eq!(action_plan::guard_formula(""), "");
    assert_eq!(action_plan::guard_formula("=1"), "'=1");
    assert_eq!(action_plan::guard_formula("\t=1"), "'\t=1");
}

fn molnkoll(dir: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("MOLNKOLL_DATA_DIR")
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .current_dir(dir)
        .stdin(std::process::Stdio::null());
    command
}

#[test]
fn export_actions_writes_xlsx_or_csv_by_the_output_name_and_csv_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let (q, assessment) = realistic();
    let file = dir.path().join("ung.molnkoll.ron");
    molnkoll::store::save(&file, &assessment).unwrap();
    let l = localizer(Lang::Sv);
    let table = action_plan::table(&action_plan::open_actions(&q, &assessment, &l), &l);

    let out = molnkoll(dir.path())
        .args([
            "--lang",
            "sv",
            "export",
            "ung.molnkoll.ron",
            "--actions",
            "-o",
            "plan.XLSX",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let written = std::fs::read(dir.path().join("plan.XLSX")).unwrap();
    assert_eq!(read_xlsx(&written, "Åtgärdsplan"), table);
    assert!(String::from_utf8_lossy(&out.stderr).contains("plan.XLSX"));

    let out = molnkoll(dir.path())
        .args([
            "--lang",
            "sv",
            "export",
            "ung.molnkoll.ron",
            "--actions",
            "-o",
            "plan.csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let written = std::fs::read(dir.path().join("plan.csv")).unwrap();
    assert_eq!(read_csv(&written), table);

    // Without -o, the same CSV bytes on standard output: `> plan.csv` is the same file.
    let out = molnkoll(dir.path())
        .args(["--lang", "sv", "export", "ung.molnkoll.ron", "--actions"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, written);

    // The plan is never written over an assessment.
    let out = molnkoll(dir.path())
        .args([
            "export",
            "ung.molnkoll.ron",
            "--actions",
            "-o",
            "ung.molnkoll.ron",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        molnkoll::store::load(&file).unwrap(),
        assessment,
        "the assessment is untouched"
    );
}

#[test]
fn supplier_and_actions_together_are_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = molnkoll(dir.path())
        .args(["export", "x.molnkoll.ron", "--actions", "--supplier"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}
