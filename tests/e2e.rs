//! End to end: the compiled binary in a pseudo-terminal, driven by keys like a workshop would,
//! checked on screen and in the saved file.
//!
//! ratatui redraws only the cells that changed, so a phrase is often not in the byte stream in
//! one piece (a letter that stayed the same is skipped with a cursor move). The test therefore
//! replays the stream on a virtual terminal (the vt100 crate) and looks for text on its screen. What the keys did is checked in the
//! file on disk, which is saved before the next frame is drawn.
#![cfg(unix)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Expect, Session};
use molnkoll::assessment::{Assessment, Value};
use tempfile::TempDir;

const TIMEOUT: Duration = Duration::from_secs(10);
const COLS: u16 = 100;
const ROWS: u16 = 32;

const TITLE: &str = "Äldreomsorg på Öland";
/// `store::new_path` of the title: lower case, å and ä become a, ö becomes o.
const FILE_NAME: &str = "aldreomsorg-pa-oland.molnkoll.ron";
const SERVICE: &str = "Omsorgsjournal Åkerö";
const NOTE: &str = "Även anhörigas uppgifter, enligt Åsa.";

const ENTER: &str = "\r";
const ESC: &str = "\x1b";
/// Ctrl+Q and Ctrl+E: quit and note on a typed question, where q and e are letters.
const CTRL_Q: &str = "\x11";
const CTRL_E: &str = "\x05";

/// molnkoll running in a pseudo-terminal, and what it has drawn so far.
struct Tui {
    session: OsSession,
    /// A virtual terminal (the vt100 crate) replaying what molnkoll wrote.
    screen: vt100::Parser,
    /// Every byte molnkoll wrote, for what the screen does not keep (queries).
    written: Vec<u8>,
}

impl Tui {
    /// Runs `command` in a pseudo-terminal of COLS × ROWS.
    ///
    /// The size is set while a shell in the terminal waits for a line, and only then is
    /// molnkoll started, so that it never sees a resize: ptyprocess sets 80 × 24 from the
    /// parent after the child has started, and a resize that molnkoll does see can delay a key
    /// (crossterm 0.29 drops the terminal's readiness when SIGWINCH and a key arrive in the
    /// same poll; the key then waits for the next one).
    fn spawn(command: &Command) -> Self {
        let mut sized = Command::new("sh");
        sized
            .arg("-c")
            .arg(r#"read -r go && exec "$0" "$@""#)
            .arg(command.get_program())
            .args(command.get_args());
        for (key, value) in command.get_envs() {
            match value {
                Some(value) => sized.env(key, value),
                None => sized.env_remove(key),
            };
        }
        let mut session = Session::spawn(sized).expect("spawn molnkoll in a pty");
        session
            .get_process_mut()
            .set_window_size(COLS, ROWS)
            .expect("set the pty window size");
        // The shell reads a line (the terminal is still in canonical mode) and starts molnkoll.
        session.send("\n").expect("start molnkoll");
        Tui {
            session,
            screen: vt100::Parser::new(
                std::num::NonZeroU16::new(ROWS).expect("rows"),
                std::num::NonZeroU16::new(COLS).expect("columns"),
                0,
            ),
            written: Vec::new(),
        }
    }

    /// The terminal still has the size it was given.
    fn assert_window_size(&self) {
        let size = self.session.get_process().get_window_size();
        assert_eq!(size.ok(), Some((COLS, ROWS)), "the pty's window size");
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("send keys to molnkoll");
    }

    /// Reads what the child wrote so far onto the screen; false once the pty is closed.
    fn pump(&mut self) -> bool {
        let mut buf = [0u8; 4096];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => return false,
                Ok(n) => {
                    self.screen.process(&buf[..n]);
                    self.written.extend_from_slice(&buf[..n]);
                }
                Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => return true,
                // EIO: the child is gone and the pty closed.
                Err(_) => return false,
            }
        }
    }

    /// Polls (up to TIMEOUT) until `done` holds.
    fn wait(&mut self, what: &str, mut done: impl FnMut(&mut Self) -> bool) {
        let start = Instant::now();
        loop {
            let open = self.pump();
            if done(self) {
                return;
            }
            if !open || start.elapsed() > TIMEOUT {
                let status = self.session.get_process().status();
                panic!(
                    "waited in vain for {what} (molnkoll: {status:?}); the screen:\n{}",
                    self.screen.screen().contents()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until `text` stands on the screen (within one row).
    fn expect(&mut self, text: &str) {
        self.wait(&format!("{text:?} on screen"), |tui| {
            tui.screen.screen().contents().contains(text)
        });
    }

    /// Waits until the assessment at `path` loads and `done` holds for it.
    fn expect_file(
        &mut self,
        path: &Path,
        what: &str,
        done: impl Fn(&Assessment) -> bool,
    ) -> Assessment {
        let mut found = None;
        self.wait(&format!("{what} in {}", path.display()), |_| {
            found = molnkoll::store::load(path).ok().filter(|a| done(a));
            found.is_some()
        });
        found.expect("the wait returned, so the file held it")
    }

    /// Waits (up to TIMEOUT) for the child to exit; returns its exit code and everything it
    /// wrote after the last screen was drawn (ratatui leaves the alternate screen on quitting).
    fn expect_exit(&mut self) -> i32 {
        let start = Instant::now();
        loop {
            self.pump();
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) => {}
                Ok(WaitStatus::Exited(_, code)) => {
                    self.pump();
                    return code;
                }
                other => panic!(
                    "molnkoll did not exit normally: {other:?}; the screen:\n{}",
                    self.screen.screen().contents()
                ),
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "molnkoll did not exit within {TIMEOUT:?}; the screen:\n{}",
                self.screen.screen().contents()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

fn questionnaire() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example/example.ron")
}

/// The binary with the fixture questionnaire, Swedish, and its own data directory.
fn molnkoll(data_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .arg("--questionnaire")
        .arg(questionnaire())
        .args(["--lang", "sv"])
        .arg("--data-dir")
        .arg(data_dir)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env_remove("MOLNKOLL_DATA_DIR");
    command
}

fn multi(options: &[&str]) -> Value {
    Value::Multi(
        options
            .iter()
            .map(|o| o.to_string())
            .collect::<BTreeSet<_>>(),
    )
}

/// The answers of the first session, as they must stay after the second.
fn assert_first_session(assessment: &Assessment) {
    assert_eq!(assessment.title, TITLE);
    assert_eq!(assessment.questionnaire, "example");
    let expected = [
        ("service-name", Value::Text(SERVICE.to_owned())),
        ("vendor-seat", Value::Choice("eu-eea".to_owned())),
        ("data-kinds", multi(&["health", "finance"])),
        ("user-count", Value::Number(250)),
        ("next-review", Value::Date("2027-03-31".to_owned())),
        ("sensitive", Value::Yes),
    ];
    for (id, value) in expected {
        assert_eq!(assessment.value(id), Some(&value), "the answer to {id}");
    }
    for (id, answer) in &assessment.answers {
        let note = if id == "sensitive" { NOTE } else { "" };
        assert_eq!(answer.note, note, "the note on {id}");
        assert!(answer.state.is_settled(), "the state of {id}");
    }
    // Hidden (the vendor is not in the USA), and not reached.
    assert_eq!(assessment.answer("dpf-certified"), None);
    assert_eq!(assessment.answer("confidentiality"), None);
}

#[test]
fn a_new_assessment_is_answered_saved_and_resumed() {
    let data = TempDir::new().expect("a temporary data dir");
    let path = data.path().join(FILE_NAME);

    // (1) An empty data dir: the title is asked for first.
    let mut tui = Tui::spawn(&molnkoll(data.path()));
    tui.expect("Ny bedömning");
    tui.assert_window_size();
    tui.expect("Vad ska bedömningen heta?");
    tui.send(TITLE);
    tui.expect(TITLE);
    tui.send(ENTER);
    // The file is created, named after the title, on the first save.
    tui.expect_file(&path, "the title", |a| a.title == TITLE);
    tui.expect("Vad heter tjänsten?");
    tui.expect(&format!("molnkoll · {TITLE}"));

    // (2) A text question takes typing at once; Enter saves and moves on.
    tui.send(SERVICE);
    tui.expect("Svar (Enter sparar och går vidare, Esc sparar)");
    tui.send(ENTER);
    tui.expect_file(&path, "the service name", |a| {
        a.value("service-name").is_some()
    });
    tui.expect("Var har leverantören sitt säte?");

    // A choice: the digit picks the second option, Enter moves on.
    tui.send("2");
    tui.send(ENTER);
    tui.expect_file(&path, "the vendor's seat", |a| {
        a.value("vendor-seat").is_some()
    });
    tui.expect("Vilka slags uppgifter behandlas?");

    // A multiple choice: two digits tick two options, Enter moves on.
    tui.send("12");
    tui.expect_file(&path, "two kinds of data", |a| {
        a.value("data-kinds") == Some(&multi(&["health", "finance"]))
    });
    tui.send(ENTER);
    tui.expect("Hur många användare får tjänsten?");

    // A number and a date, typed like the text.
    tui.send("250");
    tui.send(ENTER);
    tui.expect_file(&path, "the user count", |a| a.value("user-count").is_some());
    tui.expect("När ska bedömningen ses över nästa gång?");
    tui.send("2027-03-31");
    tui.send(ENTER);
    tui.expect_file(&path, "the review date", |a| {
        a.value("next-review").is_some()
    });
    tui.expect("Behandlas känsliga personuppgifter?");

    // A yes/no question: j (ja) answers and stays; e opens the note, Esc saves it.
    tui.send("j");
    tui.expect_file(&path, "sensitive = yes", |a| a.value("sensitive").is_some());
    tui.send("e");
    tui.expect("Anteckning (Esc sparar, Enter ny rad)");
    tui.send(NOTE);
    tui.expect(NOTE);
    // Esc counts as the Esc key only when nothing follows it at once: wait for its effect.
    tui.send(ESC);
    tui.expect_file(&path, "the note", |a| {
        a.answer("sensitive").is_some_and(|s| !s.note.is_empty())
    });
    tui.expect(&format!("Anteckning  {NOTE}"));

    // (3) q quits at once (everything is saved); the new file's path is printed.
    tui.send("q");
    assert_eq!(tui.expect_exit(), 0, "the exit code of the first session");
    tui.expect(FILE_NAME);
    drop(tui);

    // (4) The file holds exactly what was given.
    let saved = molnkoll::store::load(&path).expect("the saved assessment loads");
    assert_first_session(&saved);
    assert_eq!(saved.answer("children"), None);
    assert_eq!(saved.answers.len(), 6, "answers: {:#?}", saved.answers);
    assert_eq!(
        molnkoll::store::assessments_in(data.path()),
        vec![path.clone()],
        "one assessment file, named after the title"
    );

    // (5) Without a subcommand the latest assessment resumes at its first unanswered
    // question.
    let mut tui = Tui::spawn(&molnkoll(data.path()));
    tui.expect("Gäller uppgifterna barn?");
    tui.expect(&format!("molnkoll · {TITLE}"));
    tui.send("n");
    tui.expect_file(&path, "children = no", |a| a.value("children").is_some());
    tui.send("q");
    assert_eq!(tui.expect_exit(), 0, "the exit code of the second session");
    drop(tui);

    let saved = molnkoll::store::load(&path).expect("the saved assessment loads");
    assert_eq!(saved.value("children"), Some(&Value::No));
    assert_first_session(&saved);
    assert_eq!(saved.answers.len(), 7, "answers: {:#?}", saved.answers);
}

#[test]
fn a_second_molnkoll_is_refused_while_the_file_is_open() {
    let data = TempDir::new().expect("a temporary data dir");
    let created = molnkoll(data.path())
        .args(["new", "--title", "Låstest"])
        .output()
        .expect("run molnkoll new");
    assert!(created.status.success(), "molnkoll new: {created:?}");
    let path = PathBuf::from(
        String::from_utf8(created.stdout)
            .expect("a UTF-8 path")
            .trim(),
    );
    assert!(path.starts_with(data.path()), "{}", path.display());
    let before = std::fs::read(&path).expect("the new file");

    // The first instance holds the lock once its screen is up.
    let mut open = molnkoll(data.path());
    open.arg("open").arg(&path);
    let mut holder = Tui::spawn(&open);
    holder.expect("Vad heter tjänsten?");
    holder.assert_window_size();
    let lock = molnkoll::store::lock_path(&path);
    assert!(lock.exists(), "{} exists while open", lock.display());

    let refused = molnkoll(data.path())
        .arg("open")
        .arg(&path)
        .output()
        .expect("run a second molnkoll open");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains("redan öppen"), "stderr: {stderr}");
    assert!(
        stderr.contains(&path.display().to_string()),
        "stderr: {stderr}"
    );
    let pid = format!("process {}", holder.session.get_process().pid());
    assert!(
        stderr.contains(&pid),
        "the holder ({pid}) is named: {stderr}"
    );
    assert_eq!(
        std::fs::read(&path).expect("the file"),
        before,
        "a refused open leaves the file alone"
    );

    holder.send(CTRL_Q);
    assert_eq!(holder.expect_exit(), 0, "the exit code of the holder");
    drop(holder);

    // With the holder gone the file opens again: the lock file stays, the lock does not.
    let mut open = molnkoll(data.path());
    open.arg("open").arg(&path);
    let mut again = Tui::spawn(&open);
    again.expect("Vad heter tjänsten?");
    again.send(CTRL_Q);
    assert_eq!(again.expect_exit(), 0, "the exit code after reopening");
}

/// `molnkoll open` on a new assessment with the title `title`, in a pty.
fn open_new(data: &Path, title: &str) -> (PathBuf, Tui) {
    let created = molnkoll(data)
        .args(["new", "--title", title])
        .output()
        .expect("run molnkoll new");
    assert!(created.status.success(), "molnkoll new: {created:?}");
    let path = PathBuf::from(
        String::from_utf8(created.stdout)
            .expect("a UTF-8 path")
            .trim(),
    );
    let mut open = molnkoll(data);
    open.arg("open").arg(&path);
    let mut tui = Tui::spawn(&open);
    tui.expect("Vad heter tjänsten?");
    (path, tui)
}

fn signal(tui: &Tui, name: &str) {
    let pid = tui.session.get_process().pid().to_string();
    let sent = Command::new("kill")
        .args([name, &pid])
        .status()
        .expect("kill runs");
    assert!(sent.success(), "kill {name} {pid}");
}

#[test]
fn sigterm_and_sighup_end_cleanly_and_keep_the_note_being_typed() {
    for name in ["-TERM", "-HUP"] {
        let data = TempDir::new().expect("a temporary data dir");
        let (path, mut tui) = open_new(data.path(), "Signaltest");
        tui.send(CTRL_E);
        tui.expect("Anteckning (Esc sparar, Enter ny rad)");
        tui.send("Halvskriven anteckning");
        tui.expect("Halvskriven anteckning");
        signal(&tui, name);
        assert_eq!(tui.expect_exit(), 0, "{name} ends like q");
        let saved = molnkoll::store::load(&path).expect("the file loads");
        assert_eq!(
            saved.answer("service-name").map(|a| a.note.as_str()),
            Some("Halvskriven anteckning"),
            "{name}: the note being typed is kept"
        );
    }
}

#[test]
fn a_lock_left_by_a_killed_molnkoll_is_taken_over() {
    let data = TempDir::new().expect("a temporary data dir");
    let (path, mut tui) = open_new(data.path(), "Krasch");
    tui.send(CTRL_E);
    tui.expect("Anteckning");
    signal(&tui, "-KILL");
    let start = Instant::now();
    while matches!(
        tui.session.get_process().status(),
        Ok(WaitStatus::StillAlive)
    ) {
        assert!(start.elapsed() < TIMEOUT, "molnkoll survived SIGKILL");
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(tui);
    assert!(
        molnkoll::store::lock_path(&path).exists(),
        "the lock file stays behind"
    );
    molnkoll::store::load(&path).expect("the file is whole after SIGKILL");
    // The operating system released the dead process's lock: a new molnkoll opens the file.
    let mut open = molnkoll(data.path());
    open.arg("open").arg(&path);
    let mut again = Tui::spawn(&open);
    again.expect("Vad heter tjänsten?");
    again.send(CTRL_Q);
    assert_eq!(again.expect_exit(), 0);
}

/// Typing on a text question types: no letter of "Microsoft Ireland" is a command (i, r, e,
/// s, o, f, t, l, a, n, d were all commands once).
#[test]
fn a_company_name_typed_on_a_text_question_is_the_answer_and_nothing_else() {
    let data = TempDir::new().expect("a temporary data dir");
    let (path, mut tui) = open_new(data.path(), "Skrivtest");
    tui.send("Microsoft Ireland");
    tui.expect("Microsoft Ireland");
    tui.send(ENTER);
    let saved = tui.expect_file(&path, "the typed answer", |a| {
        a.value("service-name").is_some()
    });
    assert_eq!(
        saved.value("service-name"),
        Some(&Value::Text("Microsoft Ireland".into()))
    );
    assert_eq!(saved.answers.len(), 1, "answers: {:#?}", saved.answers);
    let answer = saved.answer("service-name").expect("answered");
    assert!(
        answer.note.is_empty() && answer.state.is_settled(),
        "{answer:?}"
    );
    tui.expect("Var har leverantören sitt säte?");
    tui.send("q");
    assert_eq!(tui.expect_exit(), 0);
}

/// Enter means "skip for now": through five unanswered questions of every kind it records
/// nothing.
#[test]
fn enter_through_five_unanswered_questions_leaves_the_file_without_answers() {
    let data = TempDir::new().expect("a temporary data dir");
    let (path, mut tui) = open_new(data.path(), "Hoppa över");
    for next in [
        "Var har leverantören sitt säte?",
        "Vilka slags uppgifter behandlas?",
        "Hur många användare får tjänsten?",
        "När ska bedömningen ses över nästa gång?",
        "Behandlas känsliga personuppgifter?",
    ] {
        tui.send(ENTER);
        tui.expect(next);
    }
    tui.send("q");
    assert_eq!(tui.expect_exit(), 0);
    let saved = molnkoll::store::load(&path).expect("the file loads");
    assert!(saved.answers.is_empty(), "answers: {:#?}", saved.answers);
}

/// A bracketed paste of several lines into the note is one edit: its line breaks stay, its
/// control characters go, and none of its letters acts as a key.
#[test]
fn a_pasted_text_of_several_lines_lands_in_the_note_as_it_is() {
    let data = TempDir::new().expect("a temporary data dir");
    let (path, mut tui) = open_new(data.path(), "Klistra");
    // The choice question: its letters and digits would answer it if read as keys.
    tui.send(ENTER);
    tui.expect("Var har leverantören sitt säte?");
    tui.send("e");
    tui.expect("Anteckning (Esc sparar, Enter ny rad)");
    tui.send(
        "\x1b[200~Leverantören svarar 2 maj:\r\ndata i EU\x07, support från USA\r\nq\x1b[201~",
    );
    tui.expect("support från USA");
    std::thread::sleep(Duration::from_millis(100));
    tui.send(ESC);
    let saved = tui.expect_file(&path, "the pasted note", |a| {
        a.answer("vendor-seat").is_some_and(|s| !s.note.is_empty())
    });
    let answer = saved.answer("vendor-seat").expect("the note");
    assert_eq!(
        answer.note,
        "Leverantören svarar 2 maj:\ndata i EU, support från USA\nq"
    );
    assert_eq!(answer.value, None, "no digit of the paste chose an option");
    assert!(answer.state.is_settled());
    assert_eq!(saved.answers.len(), 1, "answers: {:#?}", saved.answers);
    tui.send("q");
    assert_eq!(tui.expect_exit(), 0);
}

#[test]
fn x_writes_the_three_outputs_but_never_over_a_hand_written_report() {
    let data = TempDir::new().expect("a temporary data dir");
    let (path, mut tui) = open_new(data.path(), "Exporttest");
    let stem = path.to_str().unwrap().trim_end_matches(".molnkoll.ron");
    let [report, supplier, actions] =
        ["md", "supplier.md", "actions.xlsx"].map(|end| PathBuf::from(format!("{stem}.{end}")));
    let hand_written = "# Vår egen rapport\n";
    std::fs::write(&report, hand_written).expect("write a report by hand");
    // x on a choice question (on a text question it would be typed).
    tui.send("\x1b[C");
    tui.expect("Var har leverantören sitt säte?");
    tui.send("x");
    tui.wait("the supplier's questions and the plan", |_| {
        supplier.exists() && actions.exists()
    });
    tui.expect("Skrevs i");
    assert_eq!(
        std::fs::read_to_string(&report).expect("the report"),
        hand_written,
        "a report molnkoll did not write stays as it was"
    );

    // Moved away, the report is written, and the two molnkoll wrote are replaced.
    std::fs::remove_file(&report).expect("remove the hand-written report");
    tui.send("x");
    tui.wait("the report", |_| report.exists());
    let name = report.file_name().unwrap().to_str().unwrap();
    tui.expect(&format!(": rapporten {name}"));
    let written = std::fs::read(&report).expect("the report");
    assert!(molnkoll::export_files::is_signed(&written));
    tui.send(CTRL_Q);
    assert_eq!(tui.expect_exit(), 0);
}

/// The terminal's background is asked for while the questionnaire is still being parsed;
/// the first frame is drawn in the theme of its answer: blue headings on a light
/// background, cyan on a dark one.
#[test]
fn the_first_frame_is_drawn_for_the_background_the_terminal_reports() {
    let cases = [
        ("ffff/ffff/ffff", "light", vt100::Color::Idx(4)),
        ("0000/0000/0000", "dark", vt100::Color::Idx(6)),
    ];
    for (background, name, heading) in cases {
        let data = TempDir::new().expect("a temporary data dir");
        let created = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
            .args(["--lang", "en", "--data-dir"])
            .arg(data.path())
            .args(["new", "--title", "Background"])
            .output()
            .expect("molnkoll new runs");
        assert!(created.status.success(), "{created:?}");
        // The embedded questionnaire, in colour, opened straight on its first question.
        let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
        command
            .args(["--lang", "en", "--data-dir"])
            .arg(data.path())
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("MOLNKOLL_DATA_DIR");
        let mut tui = Tui::spawn(&command);
        // terminal-colorsaurus asks for the colours and then the device attributes, which
        // every terminal answers; as xterm does, all three are answered.
        tui.wait("the background query", |tui| {
            tui.written.windows(3).any(|w| w == b"\x1b[c")
        });
        tui.send(&format!(
            "\x1b]10;rgb:8080/8080/8080\x07\x1b]11;rgb:{background}\x07\x1b[?62;22c"
        ));
        tui.expect("What is the cloud service called?");
        let screen = tui.screen.screen();
        let colours: BTreeSet<String> = (0..COLS)
            .filter_map(|col| screen.cell(0, col))
            .map(|cell| format!("{:?}", cell.fgcolor()))
            .collect();
        assert!(
            colours.contains(&format!("{heading:?}")),
            "a {name} background gives {heading:?} headings; row 0 has {colours:?}"
        );
        tui.send(CTRL_Q);
        assert_eq!(tui.expect_exit(), 0);
    }
}
