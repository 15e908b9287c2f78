//! Terminal injection (issue 15, item 3): every output command is fed files whose every text
//! holds ESC, OSC 52 and BEL, and no control byte but line feed and tab reaches its standard
//! output or standard error.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use molnkoll::assessment::{Action, Answer, AnswerState, Assessment, Conflict, Value};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::store;

/// Clears the screen, writes the clipboard (OSC 52), rings the bell, and a C1 CSI.
const HOSTILE: &str = "\u{1b}[2J\u{1b}]52;c;aGFjaw==\u{7}\u{9b}31m\r";

fn h(label: &str) -> String {
    format!("{label}{HOSTILE}")
}

/// Every text field of an assessment made hostile: title, notes, text, choice, multi and
/// date values, an orphan id, a conflict, an action's finding id, owner and due date.
fn hostile_assessment(title: &str) -> Assessment {
    let questionnaire = QuestionnaireSource::from_path(&common::example_path())
        .unwrap()
        .parse()
        .unwrap();
    let mut a = Assessment::new(&questionnaire, h(title));
    let note = h(&format!("note-{title}"));
    let with_note = |value: Value| Answer::new(value).with_note(note.clone());
    a.answers
        .insert("service-name".into(), with_note(Value::Text(h("text"))));
    a.answers
        .insert("vendor-seat".into(), with_note(Value::Choice(h("choice"))));
    a.answers.insert(
        "data-kinds".into(),
        with_note(Value::Multi(BTreeSet::from([h("multi")]))),
    );
    a.answers
        .insert("next-review".into(), with_note(Value::Date(h("date"))));
    a.answers.insert(h("orphan"), with_note(Value::Yes));
    a.answers.insert(
        "sensitive".into(),
        Answer {
            state: AnswerState::Disputed,
            conflict: Some(Box::new(Conflict {
                ours: with_note(Value::Yes),
                theirs: with_note(Value::Text(h("theirs"))),
            })),
            ..with_note(Value::Yes)
        },
    );
    a.actions.insert(
        h("finding"),
        Action {
            owner: h("owner"),
            due: h("due"),
        },
    );
    a
}

/// The docs example with every text of both languages made hostile.
fn hostile_questionnaire(dir: &Path) -> PathBuf {
    let example = common::example_path();
    let ron = dir.join("hostile.ron");
    fs::copy(&example, &ron).unwrap();
    for lang in ["sv", "en"] {
        let ftl = fs::read_to_string(example.with_extension(format!("{lang}.ftl"))).unwrap();
        let bad: String = ftl
            .lines()
            .map(|line| match line.split_once(" = ") {
                Some((key, text)) => format!("{key} = {HOSTILE}{text}\n"),
                None => format!("{line}\n"),
            })
            .collect();
        fs::write(dir.join(format!("hostile.{lang}.ftl")), bad).unwrap();
    }
    ron
}

fn molnkoll(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("MOLNKOLL_DATA_DIR")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .env("NO_COLOR", "1")
        .current_dir(home)
        .stdin(Stdio::null());
    command
}

/// Runs a command and fails the test if a control byte other than line feed and tab, or
/// a C1 control, is in its output. Returns stdout and stderr for further checks.
fn assert_no_control_bytes(what: &str, command: &mut Command) -> (String, String) {
    let output = command.output().unwrap();
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        let bad: Vec<char> = text
            .chars()
            .filter(|&c| c.is_control() && c != '\n' && c != '\t')
            .collect();
        assert!(bad.is_empty(), "{what}: {stream} carries {bad:?}:\n{text}");
    }
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn terminal_injection_no_output_command_prints_a_control_byte_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let data = home.join("data");
    fs::create_dir(&data).unwrap();
    let questionnaire = hostile_questionnaire(home);
    let q = questionnaire.display().to_string();
    let old = data.join("old.molnkoll.ron");
    let new = data.join(format!("{}.molnkoll.ron", h("new")));
    let base = home.join("base.molnkoll.ron");
    store::save(&old, &hostile_assessment("old")).unwrap();
    store::save(&new, &hostile_assessment("new")).unwrap();
    let mut empty = hostile_assessment("base");
    empty.answers.clear();
    empty.actions.clear();
    store::save(&base, &empty).unwrap();
    // A file whose own text is hostile where a message would quote it.
    let foreign = data.join("foreign.molnkoll.ron");
    fs::write(&foreign, format!("{}(x: 1)\n", "\u{1b}]52;c;aGk=\u{7}")).unwrap();
    let s = |p: &Path| p.display().to_string();

    for (what, args) in [
        ("show", vec!["show", &s(&new)]),
        (
            "show with questionnaire",
            vec!["--questionnaire", &q, "show", &s(&new)],
        ),
        ("list", vec!["--data-dir", &s(&data), "list"]),
        ("check", vec!["check", &s(&new), &s(&foreign)]),
        (
            "check with questionnaire",
            vec!["--questionnaire", &q, "check", &s(&new)],
        ),
        ("diff", vec!["diff", &s(&base), &s(&new)]),
        (
            "diff with questionnaire",
            vec!["--questionnaire", &q, "diff", &s(&old), &s(&new)],
        ),
        ("validate", vec!["validate", &q]),
        ("export", vec!["export", &s(&new)]),
        (
            "export with questionnaire",
            vec!["--questionnaire", &q, "export", &s(&new)],
        ),
        ("show of a foreign file", vec!["show", &s(&foreign)]),
    ] {
        assert_no_control_bytes(what, molnkoll(home).args(&args));
    }
    // merge last: it rewrites `ours`.
    let (_, stderr) = assert_no_control_bytes(
        "merge",
        molnkoll(home).args(["merge", &s(&base), &s(&old), &s(&new)]),
    );
    assert!(stderr.contains("\\u{1b}"), "the escape is shown: {stderr}");
}

#[test]
fn terminal_injection_the_visible_form_names_every_character() {
    let (stdout, _) = {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.molnkoll.ron");
        store::save(&file, &hostile_assessment("t")).unwrap();
        assert_no_control_bytes(
            "show",
            molnkoll(dir.path()).args(["show", &file.display().to_string()]),
        )
    };
    assert!(
        stdout.contains("note-t\\u{1b}[2J\\u{1b}]52;c;aGFjaw==\\u{7}\\u{9b}31m\\u{d}"),
        "{stdout}"
    );
}

#[test]
fn terminal_injection_validate_refuses_control_characters_in_texts() {
    let dir = tempfile::tempdir().unwrap();
    let questionnaire = hostile_questionnaire(dir.path());
    let output = molnkoll(dir.path())
        .args([
            "--lang",
            "en",
            "validate",
            &questionnaire.display().to_string(),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    let line = stdout
        .lines()
        .find(|line| line.contains("control character U+001B"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("hostile.sv.ftl:1:19: "), "{line}");
    // The embedded questionnaire has none.
    let clean = molnkoll(dir.path()).arg("validate").output().unwrap();
    assert_eq!(clean.status.code(), Some(0));
}
