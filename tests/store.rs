//! Assessment files on disk: round trip, orphans, one answer one hunk, no churn, files that
//! are refused and left untouched, permissions, `create`, the lock, file names.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use molnkoll::assessment::{Answer, AnswerState, Assessment, FORMAT, Value};
use molnkoll::error::UserError;
use molnkoll::i18n::Message;
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};
use molnkoll::store::{self, EXTENSION, Lock};

use common::at;

fn example() -> Questionnaire {
    QuestionnaireSource::from_path(&common::example_path())
        .unwrap()
        .parse()
        .unwrap()
}

fn set(options: &[&str]) -> BTreeSet<String> {
    options.iter().map(|o| (*o).to_owned()).collect()
}

/// An assessment of the docs example with every kind of value and every state, Unicode
/// notes, and one answer to a question the questionnaire does not have.
fn rich() -> Assessment {
    let mut a = Assessment::new(&example(), "Självskattning, leverantör Å Ä Ö");
    let answers = [
        (
            "service-name",
            Answer::new(Value::Text("Molntjänst \"Ärendet\" \\ v2".into())),
        ),
        (
            "vendor-seat",
            Answer::new(Value::Choice("usa".into()))
                .with_note("Moderbolaget i USA;\nsupport från Indien")
                .with_state(AnswerState::AskSupplier),
        ),
        (
            "data-kinds",
            Answer::new(Value::Multi(set(&["health", "finance"]))),
        ),
        ("user-count", Answer::new(Value::Number(-1200))),
        ("next-review", Answer::new(Value::Date("2027-06-30".into()))),
        (
            "sensitive",
            Answer::new(Value::Yes)
                .with_note("Hälsouppgifter i självskattningen; beslut i workshopen 20/11")
                .with_state(AnswerState::FollowUp),
        ),
        (
            "children",
            Answer::new(Value::No).with_state(AnswerState::Disputed),
        ),
        ("dpf-certified", Answer::new(Value::Unknown)),
        (
            "confidentiality",
            Answer::new(Value::Level(3)).with_state(AnswerState::Settled),
        ),
        (
            "removed-question",
            Answer::new(Value::Choice("gammalt-val".into()))
                .with_note("från version 0 av frågorna\r\n\ttabb och ✓ och 😀"),
        ),
        (
            "only-a-note",
            Answer::default().with_note("åäö ÅÄÖ\n\nslut"),
        ),
    ];
    for (id, answer) in answers {
        a.answers.insert(id.to_owned(), answer);
    }
    a
}

fn file_in(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}{EXTENSION}"))
}

#[test]
fn save_and_load_round_trip_every_value_state_and_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "rich");
    let assessment = rich();
    // The fixture really covers every state.
    let states: BTreeSet<AnswerState> = assessment.answers.values().map(|a| a.state).collect();
    assert_eq!(states, AnswerState::ALL.into_iter().collect());

    store::save(&path, &assessment).unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded, assessment);
    // Nothing in it needs format 2 (items, "not applicable"): written as format 1.
    assert_eq!(loaded.format, 1);

    // And text to text.
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text, store::to_ron(&assessment));
    assert_eq!(store::parse(&path, text.clone()).unwrap(), assessment);
    // Notes stay on one line in the file: a diff shows which answer changed.
    assert!(
        text.contains(r#"note: "Moderbolaget i USA;\nsupport från Indien","#),
        "{text}"
    );
    assert!(
        text.contains("åäö ÅÄÖ"),
        "Unicode is written as is:\n{text}"
    );
}

#[test]
fn an_empty_assessment_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "empty");
    let assessment = Assessment::new(&example(), "");
    store::create(&path, &assessment).unwrap();
    assert_eq!(store::load(&path).unwrap(), assessment);
}

#[test]
fn the_file_looks_as_the_design_shows() {
    let mut a = Assessment::new(&example(), "Leverantör X");
    a.set_value("sensitive", Some(Value::No));
    a.set_note("sensitive", "Leverantören profilerar inte");
    a.set_value("vendor-seat", Some(Value::Choice("usa".into())));
    assert_eq!(
        store::to_ron(&a),
        r#"#![enable(implicit_some)]
Assessment(
    format: 1,
    questionnaire: "example",
    questionnaire_version: 1,
    title: "Leverantör X",
    answers: {
        "sensitive": Answer(
            value: No,
            note: "Leverantören profilerar inte",
        ),
        "vendor-seat": Answer(
            value: Choice("usa"),
        ),
    },
)
"#
    );
}

#[test]
fn orphan_answers_are_kept_and_written_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "orphans");
    // Written by hand, as an older questionnaire would have left it.
    let orphan_block = r#"        "retired-question": Answer(
            value: Multi([
                "a",
                "b",
            ]),
            note: "Frågan fanns i version 0",
            state: Disputed,
        ),
"#;
    let text = format!(
        r#"#![enable(implicit_some)]
Assessment(
    format: 1,
    questionnaire: "example",
    questionnaire_version: 1,
    title: "Gammal",
    answers: {{
        "children": Answer(
            value: No,
        ),
{orphan_block}        "sensitive": Answer(
            value: Yes,
        ),
    }},
)
"#
    );
    fs::write(&path, &text).unwrap();
    let questionnaire = example();
    let mut assessment = store::load(&path).unwrap();
    let orphans: Vec<&String> = assessment
        .orphans(&questionnaire)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(orphans, ["retired-question"]);

    // Change another answer and save: the orphan is still there, byte for byte.
    assessment.set_value("sensitive", Some(Value::No));
    store::save(&path, &assessment).unwrap();
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.contains(orphan_block), "{saved}");
    let reloaded = store::load(&path).unwrap();
    assert_eq!(
        reloaded.answer("retired-question"),
        Some(
            &Answer::new(Value::Multi(set(&["a", "b"])))
                .with_note("Frågan fanns i version 0")
                .with_state(AnswerState::Disputed)
        )
    );
    assert_eq!(reloaded.value("sensitive"), Some(&Value::No));
    // Only the changed line differs from the hand-written file.
    assert_eq!(
        changed(&text, &saved),
        Changed {
            old: 19..20,
            new: 19..20
        }
    );
}

/// The lines that differ between two texts: everything outside is a common prefix and a
/// common suffix. When both ranges lie inside one answer's block, the diff is one hunk in
/// that answer.
#[derive(Debug, PartialEq)]
struct Changed {
    old: Range<usize>,
    new: Range<usize>,
}

fn changed(old: &str, new: &str) -> Changed {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    Changed {
        old: prefix..old.len() - suffix,
        new: prefix..new.len() - suffix,
    }
}

/// The lines of one answer's block in the file, from `"id": Answer(` to its `),`.
fn block(text: &str, id: &str) -> Range<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let head = format!("        \"{id}\": Answer(");
    let start = lines
        .iter()
        .position(|l| *l == head)
        .unwrap_or_else(|| panic!("no block for {id} in\n{text}"));
    let end = start
        + lines[start..]
            .iter()
            .position(|l| *l == "        ),")
            .unwrap();
    start..end + 1
}

fn within(inner: &Range<usize>, outer: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

#[test]
fn changing_one_answer_changes_only_that_answers_lines() {
    let before = rich();
    let old = store::to_ron(&before);
    type Change = fn(&mut Assessment);
    let changes: [(&str, &str, Change); 9] = [
        ("sensitive", "value", |a| {
            a.set_value("sensitive", Some(Value::No))
        }),
        ("children", "note added", |a| {
            a.set_note("children", "Barn förekommer i ärenden,\nmen sällan")
        }),
        ("vendor-seat", "note changed", |a| {
            a.set_note("vendor-seat", "Moderbolaget i USA")
        }),
        ("vendor-seat", "note removed", |a| {
            a.set_note("vendor-seat", "")
        }),
        ("children", "state", |a| {
            a.set_state("children", AnswerState::FollowUp)
        }),
        ("sensitive", "state settled", |a| {
            a.set_state("sensitive", AnswerState::Settled)
        }),
        ("data-kinds", "option added", |a| {
            a.set_value(
                "data-kinds",
                Some(Value::Multi(set(&["health", "finance", "dont-know"]))),
            )
        }),
        ("confidentiality", "level", |a| {
            a.set_value("confidentiality", Some(Value::Level(4)))
        }),
        ("removed-question", "orphan note", |a| {
            a.set_note("removed-question", "ändrad")
        }),
    ];
    for (id, what, change) in changes {
        let mut after = before.clone();
        change(&mut after);
        assert_ne!(after, before, "{id}: {what}");
        let new = store::to_ron(&after);
        let diff = changed(&old, &new);
        assert!(
            !diff.old.is_empty() || !diff.new.is_empty(),
            "{id}: {what} changed nothing"
        );
        assert!(
            within(&diff.old, &block(&old, id)) && within(&diff.new, &block(&new, id)),
            "{id}: {what}: lines {:?} -> {:?} are not all in the answer's block\n{old}\n{new}",
            diff.old,
            diff.new
        );
    }
}

#[test]
fn adding_or_removing_an_answer_adds_or_removes_exactly_its_block() {
    let before = rich();
    let old = store::to_ron(&before);

    let mut added = before.clone();
    added.set_value("next-review-2", Some(Value::Date("2028-01-01".into())));
    let new = store::to_ron(&added);
    let diff = changed(&old, &new);
    assert!(diff.old.is_empty(), "{diff:?}");
    assert_eq!(diff.new, block(&new, "next-review-2"));

    let mut removed = before.clone();
    removed.set_value("children", None);
    removed.set_state("children", AnswerState::Settled);
    assert!(removed.answer("children").is_none());
    let new = store::to_ron(&removed);
    let diff = changed(&old, &new);
    assert!(diff.new.is_empty(), "{diff:?}");
    assert_eq!(diff.old, block(&old, "children"));
}

#[test]
fn changing_the_title_changes_one_line() {
    let before = rich();
    let mut after = before.clone();
    after.title = "Ny titel".into();
    let diff = changed(&store::to_ron(&before), &store::to_ron(&after));
    assert_eq!(
        diff,
        Changed {
            old: 5..6,
            new: 5..6
        }
    );
}

#[test]
fn saving_is_deterministic_and_writes_no_timestamps() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "same");
    let assessment = rich();
    store::save(&path, &assessment).unwrap();
    let first = fs::read(&path).unwrap();
    // Long enough for any clock-based field to change.
    std::thread::sleep(Duration::from_millis(1100));
    store::save(&path, &assessment).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);
    // Loading and saving unchanged is no change either.
    let loaded = store::load(&path).unwrap();
    store::save(&path, &loaded).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);
    // The only top-level fields are the ones of the format: no time anywhere.
    let text = String::from_utf8(first).unwrap();
    let top: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("    ") && !l.starts_with("     "))
        .filter_map(|l| l.trim().split(':').next())
        .collect();
    assert_eq!(
        top,
        [
            "format",
            "questionnaire",
            "questionnaire_version",
            "title",
            "answers",
            "},"
        ]
    );
    // Keys are sorted.
    let keys: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("        \"")?.split('"').next())
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(keys, sorted);
    assert_eq!(keys.len(), rich().answers.len());
}

#[test]
fn a_save_leaves_no_temporary_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "clean");
    store::create(&path, &rich()).unwrap();
    store::save(&path, &rich()).unwrap();
    assert_eq!(listing(dir.path()), ["clean.molnkoll.ron"]);
}

#[test]
fn saving_into_a_missing_folder_is_a_user_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("no-such-folder")
        .join(format!("x{EXTENSION}"));
    let error = store::save(&path, &rich()).unwrap_err();
    assert_eq!(error.message.id, "error-save");
    assert!(error.to_string().contains("no-such-folder"), "{error}");
    assert!(!path.exists());
}

// ---- files that are refused ----

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Writes `bytes`, loads them, and checks that the load fails with `expected` (message id,
/// line, column; 0, 0 for no location) and leaves the file and its folder exactly as they
/// were: same bytes, same modification time, same inode, nothing beside it.
fn assert_refused(bytes: &[u8], expected: (&str, usize, usize)) -> UserError {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "bad");
    fs::write(&path, bytes).unwrap();
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000);
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let before = listing(dir.path());
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&fs::metadata(&path).unwrap());

    let error = store::load(&path).expect_err("the file must be refused");
    assert_eq!(at(&error), expected, "{error}");
    if let Some(location) = &error.location {
        assert_eq!(location.file, path, "{error}");
    } else {
        // Without a location, the message names the file.
        assert!(
            error
                .message
                .args
                .contains(&("path", path.display().to_string().into())),
            "{error}"
        );
    }

    assert_eq!(fs::read(&path).unwrap(), bytes, "the file was changed");
    assert_eq!(
        fs::metadata(&path).unwrap().modified().unwrap(),
        old,
        "the file was touched"
    );
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::MetadataExt::ino(&fs::metadata(&path).unwrap()),
        inode,
        "the file was replaced"
    );
    assert_eq!(listing(dir.path()), before, "files appeared or vanished");
    error
}

#[test]
fn a_corrupt_file_is_refused_at_the_error_and_left_untouched() {
    let good = store::to_ron(&rich());
    // A semicolon for a colon on line 4.
    let bad = good.replacen("questionnaire: ", "questionnaire; ", 1);
    let error = assert_refused(bad.as_bytes(), ("error-ron-syntax", 4, 18));
    assert_eq!(
        error.message,
        Message::new("error-ron-syntax").with("detail", "Expected colon")
    );
    // An unknown value.
    let bad = good.replacen("value: Yes", "value: Maybe", 1);
    let line = bad.lines().position(|l| l.contains("Maybe")).unwrap() + 1;
    assert_refused(bad.as_bytes(), ("error-ron-syntax", line, 20));
    // An unknown field in an answer.
    let bad = good.replacen(
        "            state: Disputed,",
        "            mood: Disputed,",
        1,
    );
    let line = bad.lines().position(|l| l.contains("mood")).unwrap() + 1;
    assert_refused(bad.as_bytes(), ("error-ron-syntax", line, 13));
    // A level out of its type's range.
    let bad = good.replacen("Level(3)", "Level(300)", 1);
    let line = bad.lines().position(|l| l.contains("300")).unwrap() + 1;
    assert_refused(bad.as_bytes(), ("error-ron-syntax", line, 26));
    // Trailing garbage after a complete file.
    let bad = format!("{good}Assessment(");
    let line = bad.lines().count();
    assert_refused(bad.as_bytes(), ("error-ron-syntax", line, 1));
    // A missing field is no truncation.
    assert_refused(
        b"Assessment(format: 1, questionnaire: \"x\")\n",
        ("error-ron-syntax", 1, 41),
    );
}

#[test]
fn a_truncated_file_is_refused_as_truncated_at_every_cut_and_left_untouched() {
    let good = store::to_ron(&rich());
    let end = good.rfind(')').unwrap();
    let mut cuts: Vec<usize> = (1..=end).filter(|&i| good.is_char_boundary(i)).collect();
    // Every cut is checked in memory; a sample also on disk.
    for &cut in &cuts {
        let error = store::parse(Path::new("cut.molnkoll.ron"), good[..cut].to_owned())
            .expect_err("a cut file must not load");
        assert_eq!(
            error.message.id,
            "error-truncated-file",
            "cut at byte {cut} ({:?}): {error}",
            &good[cut.saturating_sub(20)..cut]
        );
        assert!(error.location.is_some(), "{error}");
    }
    cuts.retain(|&c| c % 37 == 0 || c == end);
    for cut in cuts {
        let error = assert_refused(&good.as_bytes()[..cut], {
            let e = store::parse(Path::new("x"), good[..cut].to_owned()).unwrap_err();
            let (_, line, column) = at(&e);
            ("error-truncated-file", line, column)
        });
        assert!(
            error
                .message
                .args
                .contains(&("expected", "Assessment".into())),
            "{error}"
        );
    }
    // A cut right after the first line: the location is where the text stops.
    assert_refused(
        b"#![enable(implicit_some)]\nAssessment(\n    format: 1,\n",
        ("error-truncated-file", 3, 15),
    );
    // A cut inside a multi-byte character is not UTF-8 any more.
    let aa = good.find('å').unwrap();
    let cut = &good.as_bytes()[..aa + 1];
    let line = good[..aa].lines().count();
    let column = good[..aa].rsplit('\n').next().unwrap().chars().count() + 1;
    assert_refused(cut, ("error-not-utf8", line, column));
}

#[test]
fn an_empty_file_is_refused_and_left_untouched() {
    for bytes in [&b""[..], b"\n", b"  \n\t \n"] {
        let error = assert_refused(bytes, ("error-empty-file", 0, 0));
        assert!(
            error
                .message
                .args
                .contains(&("expected", "Assessment".into()))
        );
    }
}

#[test]
fn a_foreign_file_is_refused_and_left_untouched() {
    let questionnaire = fs::read(common::example_path()).unwrap();
    let error = assert_refused(&questionnaire, ("error-foreign-file", 2, 1));
    assert!(
        error
            .message
            .args
            .contains(&("found", "Questionnaire".into())),
        "{error}"
    );
    assert_refused(b"Answer(value: Some(Yes))\n", ("error-foreign-file", 1, 1));
    // Not RON at all: JSON, Markdown, a shell script.
    assert_refused(
        b"{\"format\": 1, \"title\": \"x\"}\n",
        ("error-ron-syntax", 1, 1),
    );
    assert_refused(b"# Rapport\n\nText.\n", ("error-ron-syntax", 1, 3));
    assert_refused(b"#!/bin/sh\necho hej\n", ("error-ron-syntax", 1, 3));
}

#[test]
fn a_file_that_is_not_utf8_is_refused_at_the_first_bad_byte_and_left_untouched() {
    let mut bytes = b"Assessment(\n    format: 1,\n    title: \"Sj".to_vec();
    bytes.extend([0xe4, b'l', b'v']); // Latin-1 "ä"
    bytes.extend(b"\",\n)\n");
    let error = assert_refused(&bytes, ("error-not-utf8", 3, 15));
    assert_eq!(error.message.id, "error-not-utf8");
    assert_refused(&[0xff, 0xfe, 0x00, 0x41], ("error-not-utf8", 1, 1));
    // A ZIP file, e.g. a DOCX given by mistake.
    assert_refused(
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb8",
        ("error-not-utf8", 1, 15),
    );
}

#[test]
fn a_file_of_a_newer_format_is_refused_and_left_untouched() {
    let mut newer = rich();
    newer.format = 99;
    let error = assert_refused(
        store::to_ron(&newer).as_bytes(),
        ("error-newer-format", 0, 0),
    );
    assert!(error.message.args.contains(&("format", 99i64.into())));
    assert!(
        error
            .message
            .args
            .contains(&("supported", i64::from(FORMAT).into()))
    );
    // A newer format may have fields this version does not know: still "newer".
    assert_refused(
        b"Assessment(\n    format: 3,\n    reviewers: [\"DSO\"],\n    answers: {},\n)\n",
        ("error-newer-format", 0, 0),
    );
}

// ---- permissions ----

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn new_and_saved_files_are_readable_by_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();

    let created = file_in(dir.path(), "created");
    store::create(&created, &rich()).unwrap();
    assert_eq!(mode(&created), 0o600);

    let saved = file_in(dir.path(), "saved");
    store::save(&saved, &rich()).unwrap();
    assert_eq!(mode(&saved), 0o600);

    // A file someone made world-readable becomes private again on the next save.
    fs::set_permissions(&saved, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(mode(&saved), 0o644);
    store::save(&saved, &rich()).unwrap();
    assert_eq!(mode(&saved), 0o600);
}

// ---- create ----

#[test]
fn create_refuses_to_overwrite_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "taken");
    fs::write(&path, "mina anteckningar\n").unwrap();
    let error = store::create(&path, &rich()).unwrap_err();
    assert_eq!(
        error,
        UserError::new(Message::new("error-exists").with("path", path.display().to_string()))
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "mina anteckningar\n");
    assert_eq!(listing(dir.path()), ["taken.molnkoll.ron"]);

    // A fresh name is created.
    let fresh = file_in(dir.path(), "fresh");
    store::create(&fresh, &rich()).unwrap();
    assert_eq!(store::load(&fresh).unwrap(), rich());
}

// ---- the lock ----

#[test]
fn the_lock_refuses_a_second_writer_and_is_released_on_drop() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "locked");
    store::create(&path, &rich()).unwrap();
    let bytes = fs::read(&path).unwrap();

    let first = Lock::acquire(&path).unwrap();
    // A second open file description in the same process conflicts like another process.
    let error = Lock::acquire(&path).unwrap_err();
    assert_eq!(error.message.id, "error-locked", "{error}");
    assert!(
        error
            .message
            .args
            .contains(&("path", path.display().to_string().into())),
        "{error}"
    );
    let pid = std::process::id().to_string();
    assert!(
        error.message.args.contains(&("pid", pid.into())),
        "the holder's process is named: {error}"
    );
    assert!(
        error.message.args.iter().any(|(name, arg)| *name == "host"
            && matches!(arg, molnkoll::i18n::Arg::Text(t) if !t.is_empty() && t != "?")),
        "the holder's computer is named: {error}"
    );
    // Again: a refused attempt does not steal or break the lock.
    assert_eq!(Lock::acquire(&path).unwrap_err().message.id, "error-locked");

    // Another file is not locked by it.
    let other = file_in(dir.path(), "other");
    let _other = Lock::acquire(&other).unwrap();

    drop(first);
    let again = Lock::acquire(&path).expect("released on drop");
    drop(again);
    // The lock lives beside the file and never touches it.
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert!(store::lock_path(&path).exists());
    assert_eq!(
        store::lock_path(&path),
        dir.path().join(".locked.molnkoll.ron.lock")
    );
    // The lock file is no assessment.
    assert_eq!(store::assessments_in(dir.path()), [path]);
}

#[test]
fn a_lock_names_exactly_its_holder_over_a_longer_or_shorter_one_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "held");
    store::create(&path, &rich()).unwrap();
    let lock_file = store::lock_path(&path);
    let pid = std::process::id();
    for left_behind in [
        "pid=123456789012\nhost=a-much-longer-host-name-than-this-one\nextra=line\n".to_owned(),
        String::new(),
        "p".to_owned(),
    ] {
        fs::write(&lock_file, &left_behind).unwrap();
        let lock = Lock::acquire(&path).unwrap();
        let holder = fs::read_to_string(&lock_file).unwrap();
        let lines: Vec<&str> = holder.lines().collect();
        assert_eq!(lines.len(), 2, "{holder:?} over {left_behind:?}");
        assert_eq!(lines[0], format!("pid={pid}"));
        assert!(lines[1].starts_with("host="), "{holder:?}");
        drop(lock);
    }
}

/// The lock as another process sees it: this test runs itself as a child process (with
/// `MOLNKOLL_LOCK_CHILD` set) which tries to take the lock and checks the outcome.
#[test]
fn the_lock_refuses_a_second_process() {
    const CHILD: &str = "MOLNKOLL_LOCK_CHILD";
    if let Ok(spec) = std::env::var(CHILD) {
        let (expect, path) = spec.split_once(':').unwrap();
        let result = Lock::acquire(Path::new(path));
        match expect {
            "locked" => assert_eq!(result.unwrap_err().message.id, "error-locked"),
            "free" => assert!(result.is_ok(), "{:?}", result.err()),
            other => panic!("unknown expectation {other}"),
        }
        println!("child checked: {expect}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "shared");
    let child = |expect: &str| {
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "the_lock_refuses_a_second_process",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, format!("{expect}:{}", path.display()))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && stdout.contains(&format!("child checked: {expect}")),
            "child expecting {expect}: {}\n{stdout}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    };
    let lock = Lock::acquire(&path).unwrap();
    child("locked");
    drop(lock);
    child("free");
}

#[test]
fn a_lock_in_a_missing_folder_is_a_user_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join(format!("x{EXTENSION}"));
    let error = Lock::acquire(&path).unwrap_err();
    assert_eq!(error.message.id, "error-lock");
}

// ---- file names ----

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn new_path_makes_a_safe_file_name_from_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cases = [
        (
            "Självskattning, leverantör X",
            "sjalvskattning-leverantor-x",
        ),
        ("ÅÄÖ åäö", "aao-aao"),
        ("  Molnkoll -- 2026!  ", "molnkoll-2026"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("", "assessment"),
        ("!!! ???", "assessment"),
        ("日本語", "assessment"),
    ];
    for (title, slug) in cases {
        let path = store::new_path(d, title);
        assert_eq!(path.parent(), Some(d), "{title}");
        assert_eq!(name(&path), format!("{slug}{EXTENSION}"), "{title}");
    }
}

#[test]
fn new_path_shortens_long_titles_without_a_trailing_hyphen() {
    let dir = tempfile::tempdir().unwrap();
    let long = "ord ".repeat(40);
    let path = store::new_path(dir.path(), &long);
    let slug = name(&path).strip_suffix(EXTENSION).unwrap().to_owned();
    assert!(slug.chars().count() <= 60, "{slug}");
    assert!(slug.starts_with("ord-ord-"), "{slug}");
    assert!(!slug.ends_with('-'), "{slug}");
    assert!(
        slug.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
        "{slug}"
    );
}

#[test]
fn new_path_never_names_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let first = store::new_path(d, "Leverantör X");
    assert_eq!(name(&first), "leverantor-x.molnkoll.ron");
    store::create(&first, &rich()).unwrap();
    let second = store::new_path(d, "Leverantör X");
    assert_eq!(name(&second), "leverantor-x-2.molnkoll.ron");
    store::create(&second, &rich()).unwrap();
    let third = store::new_path(d, "leverantor x");
    assert_eq!(name(&third), "leverantor-x-3.molnkoll.ron");
    assert!(!third.exists());
}

#[test]
fn most_recent_is_the_last_modified_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(store::most_recent(d), None);
    assert_eq!(store::most_recent(&d.join("missing")), None);

    let base = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let touch = |path: &Path, seconds: u64| {
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(base + Duration::from_secs(seconds))
            .unwrap();
    };
    let names = ["a", "b", "c"];
    for n in names {
        store::create(&file_in(d, n), &rich()).unwrap();
    }
    touch(&file_in(d, "a"), 10);
    touch(&file_in(d, "b"), 30);
    touch(&file_in(d, "c"), 20);
    // Newer files that are no assessments do not count.
    for other in ["notes.txt", ".hidden.molnkoll.ron", "x.molnkoll.ron.bak"] {
        fs::write(d.join(other), "x").unwrap();
        touch(&d.join(other), 100);
    }
    let _lock = Lock::acquire(&file_in(d, "a")).unwrap();

    assert_eq!(store::most_recent(d), Some(file_in(d, "b")));
    touch(&file_in(d, "a"), 40);
    assert_eq!(store::most_recent(d), Some(file_in(d, "a")));
    assert_eq!(
        store::assessments_in(d),
        names.map(|n| file_in(d, n)).to_vec()
    );
}

#[test]
fn taking_the_lock_removes_what_killed_saves_of_that_file_left_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.molnkoll.ron");
    let other = dir.path().join("ab.molnkoll.ron");
    let leftovers = [
        dir.path().join(".molnkoll-a.molnkoll.ron.x1Y2z3.tmp"),
        dir.path().join(".molnkoll-a.molnkoll.ron.Q9w8e7.tmp"),
    ];
    let not_ours = dir.path().join(".molnkoll-ab.molnkoll.ron.x1Y2z3.tmp");
    for file in leftovers.iter().chain([&not_ours]) {
        std::fs::write(file, "Assessment(").expect("writes");
    }
    let _lock = molnkoll::store::Lock::acquire(&path).expect("locks");
    for file in &leftovers {
        assert!(!file.exists(), "{} removed", file.display());
    }
    assert!(
        not_ours.exists(),
        "another file's save may be under way: left alone"
    );
    let _other = molnkoll::store::Lock::acquire(&other).expect("locks");
    assert!(!not_ours.exists());
}

#[test]
fn the_documented_assessment_file_loads() {
    let doc = std::fs::read_to_string("docs/assessment-format.md").expect("the doc reads");
    let start = doc.find("```ron\n").expect("a RON example") + "```ron\n".len();
    let end = start + doc[start..].find("```").expect("the example ends");
    let assessment = molnkoll::store::parse(
        Path::new("docs/assessment-format.md"),
        doc[start..end].to_owned(),
    )
    .expect("the documented example is a valid assessment");
    assert_eq!(assessment.title, "Självskattning, leverantör X");
    assert_eq!(assessment.answers.len(), 2);
    assert_eq!(
        assessment.actions["dpia-required"].owner,
        "Dataskyddsombudet"
    );
}
