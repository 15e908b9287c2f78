//! The command line, run as a user runs it: exit codes, output, and errors that are one
//! clear sentence without Rust internals.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use molnkoll::store;

/// The binary with a clean environment: no language or data directory inherited, a
/// private home, and backtraces switched on so that a panic could not hide.
fn molnkoll(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("MOLNKOLL_DATA_DIR")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .env("RUST_BACKTRACE", "1")
        .env("NO_COLOR", "1")
        .current_dir(home)
        .stdin(Stdio::null());
    command
}

#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(command: &mut Command) -> Run {
    let output = command.output().expect("the binary runs");
    Run {
        code: output.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

/// A user error: exit 1, one line on stderr that starts with the program's name, and none
/// of Rust's internals.
fn assert_user_error(run: &Run) {
    assert_eq!(run.code, 1, "{run:#?}");
    assert_no_internals(run);
    assert!(run.stderr.starts_with("molnkoll: "), "{run:#?}");
    assert_eq!(run.stderr.lines().count(), 1, "one sentence: {run:#?}");
}

fn assert_no_internals(run: &Run) {
    for output in [&run.stdout, &run.stderr] {
        for forbidden in [
            "panicked",
            "RUST_BACKTRACE",
            "stack backtrace",
            "UserError {",
            "Message {",
            "Location {",
            "Some(",
            "Error {",
            "Os {",
        ] {
            assert!(!output.contains(forbidden), "{forbidden:?} in {run:#?}");
        }
    }
}

fn example() -> String {
    common::example_path().display().to_string()
}

/// A questionnaire whose finding names a question that does not exist, with complete texts.
/// The name `ghost` is on line 7, column 47.
const GHOST: &str = r#"Questionnaire(id: "ghost-test", version: 1, content_as_of: "2026-11-01", sections: [
    Section(id: "s", questions: [
        Question(id: "a", kind: YesNo),
    ]),
], findings: [
    Finding(id: "f", severity: High,
            when: Any([Is("a", Yes), Answered("ghost")])),
])
"#;

#[test]
fn validate_passes_on_the_embedded_questionnaire() {
    let home = tempfile::tempdir().unwrap();
    let run = run(molnkoll(home.path()).args(["--lang", "en", "validate"]));
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout
            .lines()
            .last()
            .is_some_and(|l| l.ends_with("molnkoll.ron: no problems.")),
        "{run:#?}"
    );
    assert_no_internals(&run);
}

#[test]
fn validate_passes_on_the_docs_example() {
    let home = tempfile::tempdir().unwrap();
    let run = run(molnkoll(home.path()).args(["--lang", "en", "validate", &example()]));
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout
            .ends_with(&format!("{}: no problems.\n", example())),
        "{run:#?}"
    );
}

#[test]
fn validate_names_file_line_and_column_of_an_unknown_question() {
    let home = tempfile::tempdir().unwrap();
    let path = common::write_questionnaire(home.path(), "ghost", GHOST);
    let shown = path.display().to_string();
    let expected = format!("{shown}:7:47: there is no question \"ghost\".");

    // As an argument, and as the global --questionnaire.
    for args in [
        vec!["--lang", "en", "validate", shown.as_str()],
        vec![
            "--lang",
            "en",
            "--questionnaire",
            shown.as_str(),
            "validate",
        ],
    ] {
        let run = run(molnkoll(home.path()).args(&args));
        assert_eq!(run.code, 1, "{run:#?}");
        assert_eq!(
            run.stdout,
            format!("{expected}\n{shown}: one problem.\n"),
            "{args:?}"
        );
        assert_no_internals(&run);
    }

    let run = run(molnkoll(home.path()).args(["--lang", "sv", "validate", &shown]));
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(
        run.stdout
            .contains(&format!("{shown}:7:47: det finns ingen fråga \"ghost\".")),
        "{run:#?}"
    );
}

#[test]
fn validate_names_file_line_and_column_of_a_ron_syntax_error() {
    let home = tempfile::tempdir().unwrap();
    // A missing comma: `        Question(id: "a"` is 24 characters, then ` kind`.
    let broken = GHOST.replace(r#"id: "a", kind"#, r#"id: "a" kind"#);
    let path = common::write_questionnaire(home.path(), "broken", GHOST);
    fs::write(&path, broken).unwrap();
    let run =
        run(molnkoll(home.path()).args(["--lang", "en", "validate", &path.display().to_string()]));
    assert_user_error(&run);
    assert!(
        run.stderr.starts_with(&format!(
            "molnkoll: {}:3:26: the file cannot be read",
            path.display()
        )),
        "{run:#?}"
    );
}

#[test]
fn new_creates_a_file_in_the_data_dir_and_prints_its_path() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data_arg = data.display().to_string();
    let first = run(molnkoll(home.path()).args([
        "--lang",
        "en",
        "--data-dir",
        &data_arg,
        "new",
        "--title",
        "Självskattning, leverantör X",
    ]));
    assert_eq!(first.code, 0, "{first:#?}");
    assert_eq!(first.stdout.lines().count(), 1, "{first:#?}");
    let path = PathBuf::from(first.stdout.trim_end());
    assert_eq!(path, data.join("sjalvskattning-leverantor-x.molnkoll.ron"));
    let assessment = store::load(&path).unwrap();
    assert_eq!(assessment.title, "Självskattning, leverantör X");
    assert!(assessment.answers.is_empty());

    // The same title again: a new file beside it, the first untouched.
    let bytes = fs::read(&path).unwrap();
    let second = run(molnkoll(home.path()).args([
        "--data-dir",
        &data_arg,
        "new",
        "--title",
        "Självskattning, leverantör X",
    ]));
    assert_eq!(second.code, 0, "{second:#?}");
    assert_eq!(
        PathBuf::from(second.stdout.trim_end()),
        data.join("sjalvskattning-leverantor-x-2.molnkoll.ron")
    );
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn new_with_a_file_creates_exactly_that_file() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("mitt.molnkoll.ron");
    let run = run(molnkoll(home.path()).args([
        "--questionnaire",
        &example(),
        "new",
        &path.display().to_string(),
        "--title",
        "T",
    ]));
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, format!("{}\n", path.display()));
    let assessment = store::load(&path).unwrap();
    assert_eq!(assessment.title, "T");
    assert_eq!(assessment.questionnaire, "example");
}

#[test]
fn new_refuses_an_existing_file_and_leaves_it_untouched() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("finns.molnkoll.ron");
    fs::write(&path, "viktigt innehåll\n").unwrap();
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000);
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let shown = path.display().to_string();

    let run_en = run(molnkoll(home.path()).args(["--lang", "en", "new", &shown, "--title", "T"]));
    assert_user_error(&run_en);
    assert_eq!(
        run_en.stderr,
        format!("molnkoll: {shown} already exists; choose another name or open the file.\n")
    );
    assert!(run_en.stdout.is_empty(), "{run_en:#?}");

    let run_sv = run(molnkoll(home.path()).args(["--lang", "sv", "new", &shown]));
    assert_user_error(&run_sv);
    assert_eq!(
        run_sv.stderr,
        format!("molnkoll: {shown} finns redan; välj ett annat namn eller öppna filen.\n")
    );

    assert_eq!(fs::read_to_string(&path).unwrap(), "viktigt innehåll\n");
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), old);
    let names: Vec<_> = fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["finns.molnkoll.ron"]);
}

/// An assessment of the docs example, written by hand in the documented format.
const HAND_WRITTEN: &str = r#"Assessment(
    format: 1,
    questionnaire: "example",
    questionnaire_version: 1,
    title: "Leverantör X",
    answers: {
        "children": (value: Some(No), state: Disputed),
        "confidentiality": (value: Some(Level(3))),
        "data-kinds": (value: Some(Multi(["health", "finance"]))),
        "retired-question": (value: Some(Yes), note: "från förra versionen"),
        "sensitive": (
            value: Some(Yes),
            note: "Hälsouppgifter i självskattningen;\nbeslut i workshopen 20/11",
            state: FollowUp,
        ),
        "service-name": (value: Some(Text("Ärendet \"Moln\""))),
        "user-count": (note: "okänt", state: AskSupplier),
        "vendor-seat": (value: Some(Choice("usa"))),
    },
)
"#;

#[test]
fn show_prints_one_stable_line_per_given_answer() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("hand.molnkoll.ron");
    fs::write(&path, HAND_WRITTEN).unwrap();
    let shown = path.display().to_string();
    let expected = r#"title: "Leverantör X"
questionnaire: example v1
service-name: "Ärendet \"Moln\""
vendor-seat: usa
data-kinds: finance + health
user-count: - [ask-supplier]  # okänt
sensitive: yes [follow-up]  # Hälsouppgifter i självskattningen;\nbeslut i workshopen 20/11
children: no [disputed]
confidentiality: level 3
retired-question: yes [orphan]  # från förra versionen
"#;
    // Untranslated: the same in both languages, and the same every time.
    for lang in ["sv", "en"] {
        let run = run(molnkoll(home.path()).args([
            "--lang",
            lang,
            "--questionnaire",
            &example(),
            "show",
            &shown,
        ]));
        assert_eq!(run.code, 0, "{run:#?}");
        assert_eq!(run.stdout, expected, "{lang}");
        assert!(run.stderr.is_empty(), "{run:#?}");
    }
    // Showing never changes the file.
    assert_eq!(fs::read_to_string(&path).unwrap(), HAND_WRITTEN);
}

#[test]
fn show_refuses_a_bad_file_with_one_sentence() {
    let home = tempfile::tempdir().unwrap();
    let newer = home.path().join("newer.molnkoll.ron");
    fs::write(&newer, HAND_WRITTEN.replace("format: 1", "format: 99")).unwrap();
    let run_newer = run(molnkoll(home.path()).args([
        "--lang",
        "en",
        "--questionnaire",
        &example(),
        "show",
        &newer.display().to_string(),
    ]));
    assert_user_error(&run_newer);
    assert!(
        run_newer
            .stderr
            .contains("was written by a newer version of molnkoll (format 99"),
        "{run_newer:#?}"
    );

    let corrupt = home.path().join("corrupt.molnkoll.ron");
    fs::write(&corrupt, HAND_WRITTEN.replace("title:", "title;")).unwrap();
    let run_corrupt = run(molnkoll(home.path()).args([
        "--lang",
        "en",
        "--questionnaire",
        &example(),
        "show",
        &corrupt.display().to_string(),
    ]));
    assert_user_error(&run_corrupt);
    assert!(
        run_corrupt.stderr.starts_with(&format!(
            "molnkoll: {}:5:10: the file cannot be read",
            corrupt.display()
        )),
        "{run_corrupt:#?}"
    );
}

#[test]
fn list_shows_title_and_progress_of_each_assessment() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    fs::create_dir(&data).unwrap();
    let data_arg = data.display().to_string();
    let list = |lang: &str| {
        run(molnkoll(home.path()).args([
            "--lang",
            lang,
            "--questionnaire",
            &example(),
            "--data-dir",
            &data_arg,
            "list",
        ]))
    };

    let empty = list("en");
    assert_eq!(empty.code, 0, "{empty:#?}");
    assert_eq!(empty.stdout, format!("No assessments in {data_arg}.\n"));

    // The hand-written one: 6 of the 9 questions answered (the DPF question is shown, as the
    // vendor is in the USA; the orphan and the note-only answer do not count). The new
    // one: none of 8 (the DPF question is hidden until the vendor's seat is known).
    let hand = data.join("hand.molnkoll.ron");
    fs::write(&hand, HAND_WRITTEN).unwrap();
    let fresh = data.join("fresh.molnkoll.ron");
    let created = run(molnkoll(home.path()).args([
        "--questionnaire",
        &example(),
        "new",
        &fresh.display().to_string(),
        "--title",
        "Ny bedömning av Y",
    ]));
    assert_eq!(created.code, 0, "{created:#?}");

    let en = list("en");
    assert_eq!(en.code, 0, "{en:#?}");
    // The columns of the start screen: progress, High findings (the DPIA, and no DPF for the
    // US vendor), the day of the last change.
    let day = |path: &Path| molnkoll::commands::last_change(path);
    assert_eq!(day(&hand).len(), 10);
    assert_eq!(
        en.stdout,
        format!(
            "Ny bedömning av Y  0/8 answered  0 high  changed {}  {}\n\
             Leverantör X  6/9 answered  2 high  changed {}  {}\n",
            day(&fresh),
            fresh.display(),
            day(&hand),
            hand.display()
        )
    );
    let sv = list("sv");
    assert!(
        sv.stdout
            .contains("Leverantör X  6/9 besvarade  2 höga  ändrad "),
        "{sv:#?}"
    );

    // A bad file does not hide the others; it is named on stderr.
    let bad = data.join("trasig.molnkoll.ron");
    fs::write(&bad, "Assessment(format: 1,").unwrap();
    let with_bad = list("en");
    assert_eq!(with_bad.code, 0, "{with_bad:#?}");
    assert_eq!(with_bad.stdout, en.stdout);
    assert!(
        with_bad.stderr.contains(&bad.display().to_string())
            && with_bad.stderr.contains("looks truncated"),
        "{with_bad:#?}"
    );
    assert_no_internals(&with_bad);
}

#[test]
fn the_data_dir_can_be_given_in_the_environment() {
    let home = tempfile::tempdir().unwrap();
    let from_env = home.path().join("env-data");
    let from_flag = home.path().join("flag-data");
    let created = run(molnkoll(home.path())
        .env("MOLNKOLL_DATA_DIR", &from_env)
        .args(["new", "--title", "Från miljön"]));
    assert_eq!(created.code, 0, "{created:#?}");
    let path = PathBuf::from(created.stdout.trim_end());
    assert_eq!(path, from_env.join("fran-miljon.molnkoll.ron"));
    assert!(path.exists());

    let listed = run(molnkoll(home.path())
        .env("MOLNKOLL_DATA_DIR", &from_env)
        .args(["--lang", "en", "list"]));
    assert_eq!(listed.code, 0, "{listed:#?}");
    assert!(listed.stdout.starts_with("Från miljön  0/"), "{listed:#?}");
    assert!(
        listed.stdout.contains(&path.display().to_string()),
        "{listed:#?}"
    );

    // The flag wins over the environment.
    let flagged = run(molnkoll(home.path())
        .env("MOLNKOLL_DATA_DIR", &from_env)
        .args([
            "--data-dir",
            &from_flag.display().to_string(),
            "new",
            "--title",
            "Flaggan",
        ]));
    assert_eq!(flagged.code, 0, "{flagged:#?}");
    assert_eq!(
        PathBuf::from(flagged.stdout.trim_end()),
        from_flag.join("flaggan.molnkoll.ron")
    );
    assert!(!from_env.join("flaggan.molnkoll.ron").exists());
}

#[test]
fn usage_errors_exit_with_2() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        vec!["bogus"],
        vec!["--no-such-flag", "list"],
        vec!["show"],
        vec!["--lang", "fi", "list"],
        vec!["new", "a", "b"],
    ] {
        let run = run(molnkoll(home.path()).args(&args));
        assert_eq!(run.code, 2, "{args:?}: {run:#?}");
        assert!(run.stdout.is_empty(), "{args:?}: {run:#?}");
        assert!(!run.stderr.is_empty(), "{args:?}: {run:#?}");
        assert!(!run.stderr.contains("panicked"), "{run:#?}");
    }
}

#[test]
fn user_errors_never_show_rust_internals() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let missing = h.join("saknas.molnkoll.ron").display().to_string();
    let empty = h.join("tom.molnkoll.ron");
    fs::write(&empty, "").unwrap();
    let binary = h.join("binär.molnkoll.ron");
    fs::write(&binary, [0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]).unwrap();
    let folder = h.join("mapp.molnkoll.ron");
    fs::create_dir(&folder).unwrap();
    let not_a_questionnaire = h.join("q.ron");
    fs::write(&not_a_questionnaire, HAND_WRITTEN).unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec!["show".into(), missing.clone()],
        vec!["show".into(), empty.display().to_string()],
        vec!["show".into(), binary.display().to_string()],
        vec!["show".into(), folder.display().to_string()],
        vec!["validate".into(), missing.clone()],
        vec!["validate".into(), not_a_questionnaire.display().to_string()],
        vec![
            "--questionnaire".into(),
            missing.clone(),
            "new".into(),
            "--title".into(),
            "x".into(),
        ],
        vec![
            "new".into(),
            h.join("no/such/dir/x.molnkoll.ron").display().to_string(),
        ],
    ];
    for lang in ["sv", "en"] {
        for args in &cases {
            let run = run(molnkoll(h).arg("--lang").arg(lang).args(args));
            assert_user_error(&run);
            assert!(run.stdout.is_empty(), "{args:?}: {run:#?}");
        }
    }
    // The file was named, in the user's language.
    let run_sv = run(molnkoll(h).args(["--lang", "sv", "show", &empty.display().to_string()]));
    assert!(run_sv.stderr.contains("är tom"), "{run_sv:#?}");
    let run_en = run(molnkoll(h).args(["--lang", "en", "show", &empty.display().to_string()]));
    assert!(run_en.stderr.contains("is empty"), "{run_en:#?}");
}

#[test]
fn the_language_comes_from_lang_flag_then_the_environment_swedish_first() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("saknas.molnkoll.ron");
    let shown = missing.display().to_string();
    let show = |lang_flag: Option<&str>, env: &[(&str, &str)]| {
        let mut command = molnkoll(home.path());
        if let Some(lang) = lang_flag {
            command.args(["--lang", lang]);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        command.args(["show", &shown]);
        run(&mut command).stderr
    };
    let english = format!("molnkoll: could not read {shown}: ");
    let swedish = format!("molnkoll: kunde inte läsa {shown}: ");
    assert!(show(Some("en"), &[]).starts_with(&english));
    assert!(show(Some("sv"), &[]).starts_with(&swedish));
    // Nothing asked for: Swedish.
    assert!(show(None, &[]).starts_with(&swedish));
    assert!(show(None, &[("LANG", "C")]).starts_with(&swedish));
    assert!(show(None, &[("LANG", "en_GB.UTF-8")]).starts_with(&english));
    assert!(show(None, &[("LANG", "sv_SE.UTF-8")]).starts_with(&swedish));
    // LC_ALL before LC_MESSAGES before LANG; --lang before all.
    assert!(
        show(None, &[("LANG", "sv_SE.UTF-8"), ("LC_ALL", "en_US.UTF-8")]).starts_with(&english)
    );
    assert!(
        show(
            None,
            &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "sv_FI.UTF-8")]
        )
        .starts_with(&swedish)
    );
    assert!(show(Some("sv"), &[("LC_ALL", "en_US.UTF-8")]).starts_with(&swedish));
    // A language not shipped: Swedish.
    assert!(show(None, &[("LANG", "fi_FI.UTF-8")]).starts_with(&swedish));
}

#[test]
fn the_interview_without_a_terminal_says_so_and_writes_nothing() {
    let home = tempfile::tempdir().expect("temp dir");
    let data = home.path().join("data");
    let result = run(molnkoll(home.path())
        .args(["--lang", "en", "--data-dir"])
        .arg(&data));
    assert_user_error(&result);
    assert!(result.stderr.contains("needs a terminal"), "{result:#?}");
    assert!(molnkoll::store::assessments_in(&data).is_empty());
}
