//! `--plain` driven through a pipe, as a script (or a screen reader's user pasting answers)
//! drives it: the small questionnaire of the docs with a repeat group, checked in the saved
//! file and in the output, which must never hold an escape byte.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use molnkoll::assessment::{AnswerState, Value};
use molnkoll::store;

fn groups() -> PathBuf {
    common::manifest_dir().join("docs/example/groups.ron")
}

/// The binary with a clean environment and the docs' group questionnaire.
fn molnkoll(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("MOLNKOLL_DATA_DIR")
        .env_remove("MOLNKOLL_PLAIN")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .env("RUST_BACKTRACE", "1")
        .current_dir(home)
        .arg("--questionnaire")
        .arg(groups());
    command
}

fn new_assessment(home: &Path) -> PathBuf {
    let path = home.join("test.molnkoll.ron");
    let created = molnkoll(home)
        .args(["new", "--title", "Omsorg Åkerö"])
        .arg(&path)
        .output()
        .expect("molnkoll new runs");
    assert!(created.status.success(), "{created:?}");
    path
}

#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs molnkoll with `input` piped to it; both outputs are checked for escape bytes.
fn piped(command: &mut Command, input: &str) -> Run {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("molnkoll starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("the answers are written");
    let output = child.wait_with_output().expect("molnkoll ends");
    for (name, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        assert!(
            !bytes.contains(&0x1b),
            "an escape byte in {name}: {}",
            String::from_utf8_lossy(bytes)
        );
    }
    Run {
        code: output.status.code().expect("exited"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

fn plain_open(home: &Path, path: &Path) -> Command {
    let mut command = molnkoll(home);
    command.args(["--plain", "--lang", "sv", "open"]).arg(path);
    command
}

#[test]
fn a_whole_questionnaire_with_a_repeat_group_a_note_and_undo_is_saved() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = new_assessment(home.path());
    let answers = [
        "Omsorgsjournal Åkerö",        // service-name, a text question
        "3",                           // vendor-seat: USA, which brings in the transfer section
        "j",                           // client-data
        "e Bedömd i workshopen 20/11", // a note on sol-secrecy
        "-",                           // sol-secrecy: not applicable
        "nej",                         // dpf-certified
        "lägg till Klientjournal",     // the repeat group's list
        "lägg till Hälsodata",
        "", // on to the items' questions (Hälsodata sorts first)
        "j",
        "j",
        "3",
        "n",
        "n",     // Klientjournal set-personal: no ...
        "ångra", // ... taken back
        "j",
        "n",
        "2",
        "j",
    ];
    let run = piped(
        &mut plain_open(home.path(), &path),
        &(answers.join("\n") + "\n"),
    );
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("Vad heter tjänsten?"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Ångrat: ändringen av fråga 11"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Slut på indata. Allt är sparat."),
        "{}",
        run.stdout
    );

    let saved = store::load(&path).expect("the saved file loads");
    let value = |key: &str| saved.value(key).cloned();
    assert_eq!(
        value("service-name"),
        Some(Value::Text("Omsorgsjournal Åkerö".into()))
    );
    assert_eq!(value("vendor-seat"), Some(Value::Choice("usa".into())));
    assert_eq!(value("client-data"), Some(Value::Yes));
    assert_eq!(value("sol-secrecy"), Some(Value::NotApplicable));
    assert_eq!(
        saved.answer("sol-secrecy").map(|a| a.note.as_str()),
        Some("Bedömd i workshopen 20/11")
    );
    assert_eq!(value("dpf-certified"), Some(Value::No));
    let set = "information-set";
    assert_eq!(
        value(&format!("{set}/halsodata/set-personal")),
        Some(Value::Yes)
    );
    assert_eq!(
        value(&format!("{set}/halsodata/set-art9")),
        Some(Value::Yes)
    );
    assert_eq!(
        value(&format!("{set}/halsodata/set-confidentiality")),
        Some(Value::Level(3))
    );
    assert_eq!(
        value(&format!("{set}/halsodata/set-encrypted")),
        Some(Value::No)
    );
    // The undone "no" is gone: yes, then the question it brought back.
    assert_eq!(
        value(&format!("{set}/klientjournal/set-personal")),
        Some(Value::Yes)
    );
    assert_eq!(
        value(&format!("{set}/klientjournal/set-art9")),
        Some(Value::No)
    );
    assert_eq!(
        value(&format!("{set}/klientjournal/set-confidentiality")),
        Some(Value::Level(2))
    );
    assert_eq!(
        value(&format!("{set}/klientjournal/set-encrypted")),
        Some(Value::Yes)
    );
    assert_eq!(saved.items(set).len(), 2);
    // The end: what is left, said in words.
    assert!(run.stdout.contains("Sammanfattning."), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("Den amerikanska leverantören är inte certifierad enligt DPF"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_answer_that_does_not_fit_stops_the_script_and_saves_nothing_wrong() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = new_assessment(home.path());
    // vendor-seat has four options: 7 is none of them; the line after it is never read.
    let run = piped(&mut plain_open(home.path(), &path), "Tjänst\n7\nj\n");
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(run.stderr.starts_with("molnkoll: "), "{run:#?}");
    assert_eq!(run.stderr.lines().count(), 1, "one sentence: {run:#?}");
    assert!(run.stderr.contains("rad 2"), "{run:#?}");
    assert!(run.stderr.contains("\"7\" passar inte"), "{run:#?}");
    let saved = store::load(&path).expect("loads");
    assert_eq!(
        saved.value("service-name"),
        Some(&Value::Text("Tjänst".into()))
    );
    assert_eq!(saved.value("vendor-seat"), None);
    assert_eq!(
        saved.value("client-data"),
        None,
        "nothing after the refusal"
    );

    // Words that are no answer to the question stop it just the same. The file opens where
    // it stopped, at vendor-seat.
    for (input, wrong) in [("kanske\n", "kanske"), ("ja tack\n", "ja tack")] {
        let run = piped(&mut plain_open(home.path(), &path), input);
        assert_eq!(run.code, 1, "{wrong}: {run:#?}");
        assert!(run.stderr.contains(wrong), "{run:#?}");
    }
    assert_eq!(
        store::load(&path).expect("loads").value("vendor-seat"),
        None
    );
}

#[test]
fn a_personal_number_is_saved_only_when_the_same_line_confirms_it() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = new_assessment(home.path());
    // On a text question what is typed is the answer: the note command needs its colon.
    let note = ":e Klient 19121212-1212 ringde";
    // Confirmed by the very same line: saved, as in the full screen.
    let run = piped(
        &mut plain_open(home.path(), &path),
        &format!("{note}\n{note}\n"),
    );
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("personnummer"), "{}", run.stdout);
    let saved = store::load(&path).expect("loads");
    assert!(
        saved
            .answer("service-name")
            .is_some_and(|a| a.note.contains("19121212"))
    );

    // Anything else after the warning: the script stops and the note is not saved.
    let other = home.path().join("other.molnkoll.ron");
    let created = molnkoll(home.path())
        .args(["new", "--title", "Annan"])
        .arg(&other)
        .output()
        .expect("new");
    assert!(created.status.success());
    let run = piped(
        &mut plain_open(home.path(), &other),
        &format!("{note}\nTjänst\n"),
    );
    assert_eq!(run.code, 1, "{run:#?}");
    let saved = store::load(&other).expect("loads");
    assert!(
        saved
            .answer("service-name")
            .is_none_or(|a| a.note.is_empty())
    );
    assert_eq!(saved.value("service-name"), None);
}

#[test]
fn state_owner_due_and_a_removed_item_through_commands() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = new_assessment(home.path());
    let lines = [
        "Tjänst",
        "3",
        "s", // client-data: follow up
        "j",
        "-",
        "n", // dpf-certified: no, so no-dpf fires
        "f",
        "ansvarig 1 Anna Berg",
        "klart 1 2027-03-01",
        "lägg till Ett",
        "lägg till Två",
        "ta bort 1",
        "j",
        "byt namn 1 Tre",
        "q",
    ];
    let run = piped(
        &mut plain_open(home.path(), &path),
        &(lines.join("\n") + "\n"),
    );
    assert_eq!(run.code, 0, "{run:#?}");
    let saved = store::load(&path).expect("loads");
    assert_eq!(
        saved.answer("client-data").map(|a| a.state),
        Some(AnswerState::FollowUp)
    );
    let action = saved.actions.get("no-dpf").expect("an action on no-dpf");
    assert_eq!(action.owner, "Anna Berg");
    assert_eq!(action.due, "2027-03-01");
    let items = saved.items("information-set");
    let names: Vec<&str> = items.iter().map(|item| item.name).collect();
    assert_eq!(names, ["Tre"], "Ett removed (it sorts first), Två renamed");
    assert!(
        run.stdout.contains("Bygger på:"),
        "findings with reasons: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Avslutat. Allt är sparat."),
        "{}",
        run.stdout
    );
}

#[test]
fn open_without_a_terminal_turns_plain_by_itself_and_says_so() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = new_assessment(home.path());
    let mut command = molnkoll(home.path());
    command.args(["--lang", "en", "open"]).arg(&path);
    let run = piped(&mut command, "Service\nq\n");
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stderr.contains("(--plain)"), "{run:#?}");
    assert!(
        run.stdout.contains("What is the service called?"),
        "{run:#?}"
    );
    let saved = store::load(&path).expect("loads");
    assert_eq!(
        saved.value("service-name"),
        Some(&Value::Text("Service".into()))
    );

    // MOLNKOLL_PLAIN=1 asks for it, with no note.
    let mut command = molnkoll(home.path());
    command
        .env("MOLNKOLL_PLAIN", "1")
        .args(["--lang", "en", "open"])
        .arg(&path);
    let run = piped(&mut command, "?\n");
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(!run.stderr.contains("(--plain)"), "{run:#?}");
    assert!(run.stdout.contains("Commands."), "{run:#?}");
}

#[test]
fn after_the_summary_a_word_is_a_command_even_on_a_text_question() {
    let home = tempfile::tempdir().expect("temp dir");
    let ron = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-11-01", sections: [
        Section(id: "s", questions: [
            Question(id: "yn", kind: YesNo),
            Question(id: "name", kind: Text(max_chars: 40)),
        ]),
    ])"#;
    let questionnaire = common::write_questionnaire(home.path(), "t", ron);
    let path = home.path().join("t.molnkoll.ron");
    let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .arg("--questionnaire")
        .arg(&questionnaire)
        .args(["new", "--title", "T"])
        .arg(&path);
    assert!(command.output().expect("new").status.success());
    let mut open = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    open.env_remove("MOLNKOLL_PLAIN")
        .arg("--questionnaire")
        .arg(&questionnaire)
        .args(["--plain", "--lang", "sv", "open"])
        .arg(&path);
    // The last question is a text question: after the summary, "q" quits instead of
    // becoming its answer.
    let run = piped(&mut open, "j\nTjänsten\nq\n");
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("Sammanfattning."), "{}", run.stdout);
    assert!(
        run.stdout.contains("Avslutat. Allt är sparat."),
        "{}",
        run.stdout
    );
    let saved = store::load(&path).expect("loads");
    assert_eq!(saved.value("name"), Some(&Value::Text("Tjänsten".into())));
}

#[test]
fn without_a_file_plain_starts_a_new_assessment_or_asks_which_to_resume() {
    let home = tempfile::tempdir().expect("temp dir");
    let data = home.path().join("data");
    let start = |input: &str| {
        let mut command = molnkoll(home.path());
        command
            .args(["--plain", "--lang", "sv", "--data-dir"])
            .arg(&data);
        piped(&mut command, input)
    };
    // None yet: the title is asked for first, and the file is named after it.
    let run = start("Alfa\nTjänst A\n");
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("Ny bedömning."), "{}", run.stdout);
    let alfa = data.join("alfa.molnkoll.ron");
    assert!(run.stdout.trim_end().ends_with(&alfa.display().to_string()));
    let saved = store::load(&alfa).expect("created");
    assert_eq!(saved.title, "Alfa");
    assert_eq!(
        saved.value("service-name"),
        Some(&Value::Text("Tjänst A".into()))
    );
    // End of input before a title: nothing is written.
    let run = start("");
    assert_eq!(run.code, 0, "{run:#?}");

    // One: resumed at once.
    let run = start(":q\n");
    assert!(run.stdout.contains("Bedömning: Alfa."), "{}", run.stdout);

    // Several: a numbered list, and the number typed opens that one.
    let created = molnkoll(home.path())
        .args(["new", "--title", "Beta"])
        .arg(data.join("beta.molnkoll.ron"))
        .output()
        .expect("new");
    assert!(created.status.success());
    let run = start("2\n:q\n");
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("1: Alfa."), "{}", run.stdout);
    assert!(run.stdout.contains("2: Beta."), "{}", run.stdout);
    assert!(
        run.stdout.contains("Välj: 2\n"),
        "a script's choice is written after its prompt: {}",
        run.stdout
    );
    assert!(run.stdout.contains("Bedömning: Beta."), "{}", run.stdout);
}
