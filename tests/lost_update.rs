//! No lost updates (issue 15, item 1): a change written under an open interview (git pull,
//! git merge, molnkoll merge) is merged in by the interview's next save, never reverted.

mod common;

use std::fs;
use std::path::Path;

use molnkoll::assessment::{Answer, AnswerState, Assessment, Value};
use molnkoll::concurrent::SyncedFile;
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::store;

fn start(path: &Path) -> Assessment {
    let q = QuestionnaireSource::from_path(&common::example_path())
        .unwrap()
        .parse()
        .unwrap();
    let mut a = Assessment::new(&q, "Delad");
    a.answers
        .insert("sensitive".into(), Answer::new(Value::Yes));
    store::save(path, &a).unwrap();
    a
}

/// Writes the file as git does on a merge: a new file in place of the old.
fn rewrite_as_git(path: &Path, assessment: &Assessment) {
    fs::remove_file(path).unwrap();
    fs::write(path, store::to_ron(assessment)).unwrap();
}

#[test]
fn no_lost_updates_a_change_on_disk_is_merged_into_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.molnkoll.ron");
    let mut ours = start(&path);
    let mut synced = SyncedFile::new(&path, &ours);

    // A colleague's answer, note and owner arrive through git.
    let mut theirs = store::load(&path).unwrap();
    theirs.answers.insert(
        "children".into(),
        Answer::new(Value::No).with_note("enligt Bertil"),
    );
    theirs.actions.insert(
        "dpia-required".into(),
        molnkoll::assessment::Action {
            owner: "Bertil".into(),
            due: String::new(),
        },
    );
    rewrite_as_git(&path, &theirs);

    ours.answers.insert(
        "vendor-seat".into(),
        Answer::new(Value::Choice("usa".into())),
    );
    let incoming = synced.save(&ours).unwrap().expect("the change was noticed");
    assert_eq!(incoming.changed, ["children", "action:dpia-required"]);
    assert!(incoming.conflicts.is_empty());
    let saved = store::load(&path).unwrap();
    assert_eq!(saved.value("children"), Some(&Value::No));
    assert_eq!(saved.answers["children"].note, "enligt Bertil");
    assert_eq!(saved.actions["dpia-required"].owner, "Bertil");
    assert_eq!(
        saved.value("vendor-seat"),
        Some(&Value::Choice("usa".into()))
    );

    // The interview never saw the colleague's answers; its later saves keep them anyway.
    ours.answers
        .insert("confidentiality".into(), Answer::new(Value::Level(3)));
    assert_eq!(synced.save(&ours).unwrap(), None);
    let saved = store::load(&path).unwrap();
    assert_eq!(saved.value("children"), Some(&Value::No));
    assert_eq!(saved.value("confidentiality"), Some(&Value::Level(3)));

    // Both change the same answer: both versions are kept, as the merge driver does.
    let mut theirs = store::load(&path).unwrap();
    theirs
        .answers
        .insert("sensitive".into(), Answer::new(Value::No));
    rewrite_as_git(&path, &theirs);
    ours.answers
        .insert("sensitive".into(), Answer::new(Value::Unknown));
    let incoming = synced.save(&ours).unwrap().expect("noticed");
    assert_eq!(incoming.conflicts, ["sensitive"]);
    let saved = store::load(&path).unwrap();
    let answer = &saved.answers["sensitive"];
    assert_eq!(answer.state, AnswerState::Disputed);
    let conflict = answer.conflict.as_ref().unwrap();
    assert_eq!(conflict.ours.value, Some(Value::Unknown));
    assert_eq!(conflict.theirs.value, Some(Value::No));
}

#[test]
fn no_lost_updates_a_file_changed_into_something_unreadable_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.molnkoll.ron");
    let mut ours = start(&path);
    let mut synced = SyncedFile::new(&path, &ours);
    let markers = "<<<<<<< HEAD\nAssessment(\n=======\n>>>>>>> theirs\n";
    fs::write(&path, markers).unwrap();
    ours.title = "Ny".into();
    let error = synced.save(&ours).unwrap_err();
    assert_eq!(error.message.id, "error-changed-unreadable", "{error}");
    assert_eq!(fs::read_to_string(&path).unwrap(), markers);
    // Repaired (the merge finished as the common ancestor): the next save writes.
    let mut repaired = ours.clone();
    repaired.title = "Delad".into();
    fs::write(&path, store::to_ron(&repaired)).unwrap();
    synced.save(&ours).unwrap();
    assert_eq!(store::load(&path).unwrap().title, "Ny");
}

/// The real binary in a pseudo-terminal: the file is rewritten under the running interview
/// as `git merge` would, a question is answered, and both changes are in the file.
#[cfg(unix)]
mod pty {
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
        let example = super::common::example_path();
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
        tui.send("\r");
        tui.expect("Svar (Enter sparar, Esc avbryter)");
        tui.send("Journalen");
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
}
