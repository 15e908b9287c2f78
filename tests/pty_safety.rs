//! The real binary in a pseudo-terminal, for the safety items that need the running
//! interview (issue 15): a file rewritten under it, and a signal while a personal number is
//! being typed.
#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Expect, Session};
use molnkoll::assessment::{Answer, Assessment, Value};
use molnkoll::store;

const TIMEOUT: Duration = Duration::from_secs(20);

struct Tui {
    session: OsSession,
    screen: vt100::Parser,
}

impl Tui {
    /// Sized before molnkoll starts, as tests/e2e.rs explains.
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
        let mut session = Session::spawn(sized).expect("spawn");
        session
            .get_process_mut()
            .set_window_size(100, 32)
            .expect("size");
        session.send("\n").expect("start");
        Tui {
            session,
            screen: vt100::Parser::new(
                std::num::NonZeroU16::new(32).unwrap(),
                std::num::NonZeroU16::new(100).unwrap(),
                0,
            ),
        }
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("send");
    }

    fn pump(&mut self) -> bool {
        let mut buf = [0u8; 4096];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => return false,
                Ok(n) => self.screen.process(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return true,
                Err(_) => return false,
            }
        }
    }

    fn wait(&mut self, what: &str, mut done: impl FnMut(&mut Self) -> bool) {
        let start = Instant::now();
        loop {
            let open = self.pump();
            if done(self) {
                return;
            }
            if !open || start.elapsed() > TIMEOUT {
                panic!(
                    "waited in vain for {what}; the screen:\n{}",
                    self.screen.screen().contents()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn expect(&mut self, text: &str) {
        self.wait(&format!("{text:?} on screen"), |tui| {
            tui.screen.screen().contents().contains(text)
        });
    }

    fn expect_file(&mut self, path: &Path, done: impl Fn(&Assessment) -> bool) -> Assessment {
        let mut found = None;
        self.wait("the file", |_| {
            found = store::load(path).ok().filter(|a| done(a));
            found.is_some()
        });
        found.expect("found")
    }

    fn expect_exit(&mut self) -> i32 {
        let start = Instant::now();
        loop {
            self.pump();
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) => {}
                Ok(WaitStatus::Exited(_, code)) => return code,
                other => panic!("molnkoll did not exit normally: {other:?}"),
            }
            assert!(start.elapsed() < TIMEOUT, "molnkoll did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

#[test]
fn no_lost_updates_a_git_merge_under_the_running_interview_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("delad.molnkoll.ron");
    let example = common::example_path();
    let created = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
        .arg("--questionnaire")
        .arg(&example)
        .args(["new", "--title", "Delad"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(created.status.success(), "{created:?}");
    let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .arg("--questionnaire")
        .arg(&example)
        .args(["--lang", "sv", "open"])
        .arg(&path)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("HOME", dir.path());
    let mut tui = Tui::spawn(&command);
    tui.expect("Vad heter tjänsten?");

    // git merge brings a colleague's answer and note while the interview is open.
    let mut theirs = store::load(&path).unwrap();
    theirs.answers.insert(
        "children".into(),
        Answer::new(Value::No).with_note("Bertils svar"),
    );
    std::fs::remove_file(&path).unwrap();
    std::fs::write(&path, store::to_ron(&theirs)).unwrap();

    // The room answers the question on screen.
    // Typing on a text question types the answer; Enter keeps it.
    tui.send("Journalen");
    tui.expect("Journalen");
    tui.send("\r");
    let saved = tui.expect_file(&path, |a| a.value("service-name").is_some());
    // The room is told what came in.
    tui.expect("fogades in");
    assert_eq!(
        saved.value("service-name"),
        Some(&Value::Text("Journalen".into()))
    );
    assert_eq!(
        saved.value("children"),
        Some(&Value::No),
        "the colleague's answer"
    );
    assert_eq!(saved.answers["children"].note, "Bertils svar");

    tui.send("q");
    assert_eq!(tui.expect_exit(), 0);
    // Quitting saved nothing that reverts it.
    let last = store::load(&path).unwrap();
    assert_eq!(last.value("children"), Some(&Value::No));
    assert_eq!(
        last.value("service-name"),
        Some(&Value::Text("Journalen".into()))
    );
}

/// `molnkoll open` on a fresh file of the docs example, in a pty, on its first question.
fn open_fresh(dir: &Path) -> (std::path::PathBuf, Tui) {
    let path = dir.join("signal.molnkoll.ron");
    let example = common::example_path();
    let created = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
        .arg("--questionnaire")
        .arg(&example)
        .args(["new", "--title", "Signal"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(created.status.success(), "{created:?}");
    let mut command = Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .arg("--questionnaire")
        .arg(&example)
        .args(["--lang", "sv", "open"])
        .arg(&path)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("HOME", dir);
    let mut tui = Tui::spawn(&command);
    tui.expect("Vad heter tjänsten?");
    (path, tui)
}

#[test]
fn personal_number_guard_a_signal_is_never_a_confirmation() {
    for (name, warned) in [
        ("-TERM", false),
        ("-HUP", false),
        ("-TERM", true),
        ("-HUP", true),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (path, mut tui) = open_fresh(dir.path());
        // Ctrl+E: on a text question, e would type.
        tui.send("\u{5}");
        tui.expect("Anteckning");
        tui.send("Gäller 811218-9876 enligt beslut");
        tui.expect("enligt beslut");
        if warned {
            // Ctrl+S commits the note: the warning is shown and the note stays open.
            tui.send("\u{13}");
            tui.expect("personnummer");
        }
        let pid = tui.session.get_process().pid().to_string();
        assert!(
            Command::new("kill")
                .args([name, &pid])
                .status()
                .unwrap()
                .success()
        );
        assert_eq!(tui.expect_exit(), 0, "{name} ends like q");
        let saved = store::load(&path).expect("the file loads");
        let answer = saved
            .answer("service-name")
            .unwrap_or_else(|| panic!("{name} warned={warned}: the note is kept"));
        assert_eq!(
            answer.note, "Gäller ******-**** enligt beslut",
            "{name} warned={warned}"
        );
        assert_eq!(
            answer.state,
            molnkoll::assessment::AnswerState::FollowUp,
            "{name} warned={warned}"
        );
    }
}
