//! molnkoll.exe, cross-compiled for Windows, run under Wine: every command's output and exit
//! code must equal the Linux binary's, files must land where Windows users look for them,
//! and the interview must take keys and save them.
//!
//! Runs only when `MOLNKOLL_WINE_EXE` names the exe (`.ci/run` builds it, with the
//! `bcryptprimitives.dll` stand-in beside it, and sets a private `WINEPREFIX`). Once the
//! variable is set, a missing Wine or exe fails the test: CI never skips it silently.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::{Expect, Session};
use molnkoll::assessment::{Assessment, Value};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::store;

#[derive(Debug, PartialEq)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// The exe and the Wine to run it with; None (the test passes as skipped) when not asked for.
fn wine() -> Option<(PathBuf, PathBuf)> {
    let Some(exe) = std::env::var_os("MOLNKOLL_WINE_EXE") else {
        eprintln!("skipped: MOLNKOLL_WINE_EXE is not set (.ci/run sets it)");
        return None;
    };
    let exe = PathBuf::from(exe);
    assert!(
        exe.is_file(),
        "MOLNKOLL_WINE_EXE={} is no file",
        exe.display()
    );
    let wine = PathBuf::from(std::env::var_os("MOLNKOLL_WINE").unwrap_or_else(|| "wine".into()));
    let found = Command::new(&wine)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    assert!(
        found,
        "MOLNKOLL_WINE_EXE is set but {} does not run",
        wine.display()
    );
    Some((wine, exe))
}

fn clean(command: &mut Command, dir: &Path) {
    command
        .env_remove("LANG")
        .env_remove("LC_MESSAGES")
        // Wine converts the command line from the Unix locale's encoding to UTF-16: without a
        // UTF-8 locale "Öppen" would arrive mangled (real Windows passes UTF-16 as it is).
        // "C" names no language, so molnkoll still chooses by --lang alone.
        .env("LC_ALL", "C.UTF-8")
        .env_remove("MOLNKOLL_DATA_DIR")
        .env("NO_COLOR", "1")
        .env("WINEDEBUG", "-all")
        .current_dir(dir)
        .stdin(Stdio::null());
}

fn output(command: &mut Command) -> Run {
    let output = command.output().expect("runs");
    Run {
        code: output.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

struct Both {
    wine: PathBuf,
    exe: PathBuf,
}

impl Both {
    fn windows(&self, dir: &Path, args: &[&str]) -> Run {
        let mut command = Command::new(&self.wine);
        command.arg(&self.exe).args(args);
        clean(&mut command, dir);
        output(&mut command)
    }

    fn linux(&self, dir: &Path, args: &[&str]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
        command.args(args);
        clean(&mut command, dir);
        output(&mut command)
    }

    /// Runs `args` with both binaries in copies of `dir`; the outputs must be equal.
    fn same(&self, dir: &Path, args: &[&str]) -> Run {
        let windows = self.windows(dir, args);
        let linux = self.linux(dir, args);
        assert_eq!(windows, linux, "molnkoll.exe under Wine vs Linux: {args:?}");
        windows
    }
}

/// The docs example questionnaire, copied with its texts into `dir` as `example.ron`.
fn example_into(dir: &Path) {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example");
    for name in ["example.ron", "example.sv.ftl", "example.en.ftl"] {
        std::fs::copy(docs.join(name), dir.join(name)).expect("copy the example");
    }
}

fn assessment(dir: &Path, answers: &[(&str, Value)]) -> Assessment {
    let questionnaire = QuestionnaireSource::from_path(&dir.join("example.ron"))
        .and_then(|source| source.parse())
        .expect("the example parses");
    let mut assessment = Assessment::new(&questionnaire, "Hemtjänst på Öland");
    for (id, value) in answers {
        assessment.set_value(id, Some(value.clone()));
    }
    assessment
}

const Q: [&str; 4] = ["--lang", "sv", "--questionnaire", "example.ron"];

fn args<'a>(rest: &[&'a str]) -> Vec<&'a str> {
    Q.iter().copied().chain(rest.iter().copied()).collect()
}

#[test]
fn the_command_line_under_wine_equals_linux() {
    let Some((wine, exe)) = wine() else { return };
    let both = Both { wine, exe };
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    example_into(d);

    // validate: the embedded questionnaire and the example.
    let run = both.same(d, &["--lang", "sv", "validate"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = both.same(d, &args(&["validate", "example.ron"]));
    assert_eq!(run.code, 0, "{run:?}");

    // new: in a folder whose name has spaces and å ä ö; written with LF, as on Linux.
    std::fs::create_dir(d.join("mapp med åäö")).expect("folder");
    let run = both.windows(
        d,
        &args(&[
            "new",
            "mapp med åäö/ny.molnkoll.ron",
            "--title",
            "Öppen förskola",
        ]),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let created = d.join("mapp med åäö/ny.molnkoll.ron");
    let text = std::fs::read_to_string(&created).expect("created");
    assert!(!text.contains('\r'), "LF only: {text:?}");
    assert_eq!(
        store::load(&created).expect("loads").title,
        "Öppen förskola"
    );
    // new refuses to overwrite, and leaves the file as it was.
    let again = both.windows(d, &args(&["new", "mapp med åäö/ny.molnkoll.ron"]));
    assert_eq!(again.code, 1, "{again:?}");
    assert_eq!(std::fs::read_to_string(&created).expect("kept"), text);

    // show, check, export of a file with answers; a CRLF copy reads the same.
    let answered = assessment(
        d,
        &[
            ("service-name", Value::Text("Omsorgsjournal Åkerö".into())),
            ("vendor-seat", Value::Choice("usa".into())),
            ("sensitive", Value::Yes),
        ],
    );
    store::save(&d.join("a.molnkoll.ron"), &answered).expect("saved");
    let lf = std::fs::read_to_string(d.join("a.molnkoll.ron")).expect("read");
    std::fs::write(d.join("crlf.molnkoll.ron"), lf.replace('\n', "\r\n")).expect("crlf");
    let show = both.same(d, &args(&["show", "a.molnkoll.ron"]));
    assert_eq!(show.code, 0);
    assert!(show.stdout.contains("Omsorgsjournal Åkerö"), "{show:?}");
    assert_eq!(both.windows(d, &args(&["show", "crlf.molnkoll.ron"])), show);
    let check = both.same(d, &args(&["check", "a.molnkoll.ron"]));
    assert_eq!(check.code, 1, "open questions: {check:?}");
    let export = both.same(d, &args(&["export", "a.molnkoll.ron"]));
    assert_eq!(export.code, 0);
    assert!(export.stdout.contains("Omsorgsjournal Åkerö"), "{export:?}");
    let written = both.windows(d, &args(&["export", "a.molnkoll.ron", "-o", "rapport.md"]));
    assert_eq!(written.code, 0, "{written:?}");
    assert_eq!(
        std::fs::read_to_string(d.join("rapport.md")).expect("report"),
        export.stdout
    );

    // diff of two versions.
    let changed = assessment(
        d,
        &[
            ("service-name", Value::Text("Omsorgsjournal Åkerö".into())),
            ("vendor-seat", Value::Choice("sweden".into())),
        ],
    );
    store::save(&d.join("b.molnkoll.ron"), &changed).expect("saved");
    let diff = both.same(d, &args(&["diff", "a.molnkoll.ron", "b.molnkoll.ron"]));
    assert_eq!(diff.code, 0);
    assert!(!diff.stdout.is_empty());

    // A usage error: Swedish, exit code 2.
    let usage = both.same(d, &["--lang", "sv", "--okand"]);
    assert_eq!(usage.code, 2);
    assert!(usage.stderr.contains("Användning:"), "{usage:?}");
}

#[test]
fn a_merge_with_a_conflict_under_wine_equals_linux() {
    let Some((wine, exe)) = wine() else { return };
    let both = Both { wine, exe };
    let run_in = |windows: bool| {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        example_into(d);
        let base = assessment(d, &[("children", Value::No)]);
        let ours = assessment(d, &[("children", Value::No), ("sensitive", Value::Yes)]);
        let theirs = assessment(
            d,
            &[
                ("children", Value::Yes),
                ("sensitive", Value::No),
                ("service-name", Value::Text("Deras namn".into())),
            ],
        );
        for (name, assessment) in [("base", &base), ("ours", &ours), ("theirs", &theirs)] {
            store::save(&d.join(format!("{name}.molnkoll.ron")), assessment).expect("saved");
        }
        let a = args(&[
            "merge",
            "base.molnkoll.ron",
            "ours.molnkoll.ron",
            "theirs.molnkoll.ron",
        ]);
        let run = if windows {
            both.windows(d, &a)
        } else {
            both.linux(d, &a)
        };
        let merged = std::fs::read_to_string(d.join("ours.molnkoll.ron")).expect("merged");
        (run, merged)
    };
    let (windows, merged_windows) = run_in(true);
    let (linux, merged_linux) = run_in(false);
    assert_eq!(windows, linux);
    assert_eq!(windows.code, 1, "a conflict: {windows:?}");
    assert!(windows.stderr.contains("sensitive"), "{windows:?}");
    assert_eq!(merged_windows, merged_linux, "the same merged file");
    assert!(
        merged_windows.contains("Deras namn"),
        "their change is taken"
    );
}

#[test]
fn new_without_a_file_saves_in_the_roaming_app_data_folder() {
    let Some((wine, exe)) = wine() else { return };
    let both = Both { wine, exe };
    let dir = tempfile::tempdir().expect("temp dir");
    // The prefix outlives the test: a title of its own keeps the file name predictable.
    let n = std::process::id();
    let title = format!("Åtta {n}");
    let run = both.windows(dir.path(), &["--lang", "sv", "new", "--title", &title]);
    assert_eq!(run.code, 0, "{run:?}");
    let printed = run.stdout.trim();
    let tail = format!(r"\AppData\Roaming\molnkoll\molnkoll\data\atta-{n}.molnkoll.ron");
    assert!(printed.ends_with(&tail), "{printed}");
    // C:\ is the prefix's drive_c.
    let prefix = std::env::var_os("WINEPREFIX")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".wine")))
        .expect("a Wine prefix");
    let relative = printed
        .strip_prefix(r"C:\")
        .expect("on drive C:")
        .replace('\\', "/");
    let file = prefix.join("drive_c").join(relative);
    assert_eq!(store::load(&file).expect("the file is there").title, title);
    std::fs::remove_file(&file).expect("removed");
}

/// The interview in a pseudo-terminal under Wine's console: keys go in, the file shows
/// what they did, q ends it. Wine draws the screen garbled, so only the file is checked.
#[test]
fn the_interview_under_wine_takes_keys_saves_and_quits() {
    let Some((wine, exe)) = wine() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    example_into(d);
    let path = d.join("intervju.molnkoll.ron");
    store::save(&path, &assessment(d, &[])).expect("saved");

    let mut command = Command::new(&wine);
    command
        .arg(&exe)
        .args(args(&["open", "intervju.molnkoll.ron"]))
        .env("WINEDEBUG", "-all")
        .env("LC_ALL", "C.UTF-8")
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .current_dir(d);
    let mut session = Session::spawn(command).expect("spawn wine in a pty");
    // Wine's console reads the pty; what it draws is drained and ignored.
    let drain = |session: &mut expectrl::session::OsSession| {
        let mut buf = [0u8; 4096];
        while session.try_read(&mut buf).is_ok_and(|n| n > 0) {}
    };
    let wait_for = |session: &mut expectrl::session::OsSession,
                    what: &str,
                    done: &dyn Fn(&Assessment) -> bool| {
        let start = Instant::now();
        loop {
            drain(session);
            if store::load(&path).is_ok_and(|a| done(&a)) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "waited in vain for {what}; the file:\n{}",
                std::fs::read_to_string(&path).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    // Wine takes a while to start; keys typed before the interview reads are kept by the
    // console, but the first one is sent only once something was drawn.
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while !session.try_read(&mut buf).is_ok_and(|n| n > 0) {
        assert!(start.elapsed() < Duration::from_secs(60), "nothing drawn");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_secs(1));

    // A text question: typing types the answer, Enter saves and moves on.
    session.send("Tjänst på Åland").expect("keys");
    std::thread::sleep(Duration::from_millis(300));
    session.send("\r").expect("key");
    wait_for(&mut session, "the service name", &|a| {
        a.value("service-name") == Some(&Value::Text("Tjänst på Åland".into()))
    });
    // A choice: 3 picks the third option.
    session.send("3").expect("key");
    wait_for(&mut session, "the vendor's seat", &|a| {
        a.value("vendor-seat") == Some(&Value::Choice("usa".into()))
    });
    session.send("q").expect("key");
    let start = Instant::now();
    loop {
        drain(&mut session);
        match session.get_process().status() {
            Ok(WaitStatus::StillAlive) => {}
            Ok(WaitStatus::Exited(_, code)) => {
                assert_eq!(code, 0, "the exit code");
                break;
            }
            other => panic!("wine did not exit normally: {other:?}"),
        }
        assert!(start.elapsed() < Duration::from_secs(30), "q did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = store::load(&path).expect("loads");
    assert_eq!(saved.answers.len(), 2, "{:#?}", saved.answers);
    assert!(!std::fs::read_to_string(&path).expect("read").contains('\r'));
}
