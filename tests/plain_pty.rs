//! `--plain` in a pseudo-terminal, as a screen reader's user meets it: every question's text
//! reaches the terminal exactly once (a screen reader reads what is written; anything
//! redrawn is read again), and nothing but text and line breaks is written.
#![cfg(unix)]

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Expect, Session};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::questionnaire::QuestionnaireSource;

const TIMEOUT: Duration = Duration::from_secs(20);
const PROMPT: &str = "Svar: ";

#[test]
fn each_question_is_written_exactly_once_and_nothing_but_text() {
    let home = tempfile::tempdir().expect("temp dir");
    let groups = common::manifest_dir().join("docs/example/groups.ron");
    let path = home.path().join("pty.molnkoll.ron");
    let molnkoll = env!("CARGO_BIN_EXE_molnkoll");
    let created = Command::new(molnkoll)
        .arg("--questionnaire")
        .arg(&groups)
        .args(["--lang", "sv", "new", "--title", "Skärmläsare"])
        .arg(&path)
        .output()
        .expect("molnkoll new");
    assert!(created.status.success(), "{created:?}");

    let mut command = Command::new(molnkoll);
    command
        .env_remove("MOLNKOLL_PLAIN")
        .env("NO_COLOR", "")
        .arg("--questionnaire")
        .arg(&groups)
        .args(["--plain", "--lang", "sv", "open"])
        .arg(&path);
    let mut session = Session::spawn(command).expect("spawn molnkoll in a pty");
    let answers = [
        "Omsorgsjournal",
        "1",
        "j",
        "j",
        "lägg till Klientjournal",
        "lägg till Hälsodata",
        "",
        // Hälsodata (its id sorts first), then Klientjournal: personal, art. 9, level, encrypted.
        "j",
        "n",
        "2",
        "j",
        "j",
        "n",
        "3",
        "j",
    ];
    let mut transcript = Vec::new();
    let read = |session: &mut OsSession, transcript: &mut Vec<u8>| {
        let mut buf = [0u8; 4096];
        loop {
            match session.try_read(&mut buf) {
                Ok(0) => return false,
                Ok(n) => transcript.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return true,
                Err(_) => return false,
            }
        }
    };
    let prompts = |transcript: &[u8]| String::from_utf8_lossy(transcript).matches(PROMPT).count();
    for (sent, answer) in answers.iter().enumerate() {
        let start = Instant::now();
        // Each answer waits for its prompt: the question before it is written whole.
        while prompts(&transcript) <= sent {
            let open = read(&mut session, &mut transcript);
            assert!(
                open && start.elapsed() < TIMEOUT,
                "waited in vain for prompt {}:\n{}",
                sent + 1,
                String::from_utf8_lossy(&transcript)
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        session.send(format!("{answer}\r")).expect("send a line");
    }
    let start = Instant::now();
    while prompts(&transcript) <= answers.len() {
        read(&mut session, &mut transcript);
        assert!(start.elapsed() < TIMEOUT, "the last prompt");
        std::thread::sleep(Duration::from_millis(10));
    }
    // Ctrl+D at the start of a line: the end of input.
    session.send("\x04").expect("send EOF");
    loop {
        let open = read(&mut session, &mut transcript);
        match session.get_process().status() {
            Ok(WaitStatus::Exited(_, code)) => {
                read(&mut session, &mut transcript);
                assert_eq!(code, 0, "{}", String::from_utf8_lossy(&transcript));
                break;
            }
            Ok(WaitStatus::StillAlive) => {}
            other => panic!("molnkoll did not exit normally: {other:?}"),
        }
        assert!(open || start.elapsed() < TIMEOUT, "molnkoll did not exit");
        assert!(start.elapsed() < TIMEOUT, "molnkoll did not exit");
        std::thread::sleep(Duration::from_millis(10));
    }

    assert!(
        !transcript.contains(&0x1b),
        "an escape byte reached the terminal:\n{:?}",
        String::from_utf8_lossy(&transcript)
    );
    let text = String::from_utf8(transcript).expect("UTF-8");
    assert!(text.contains("Slut på indata. Allt är sparat."), "{text}");

    let source = QuestionnaireSource::from_path(&groups).expect("the questionnaire reads");
    let questionnaire = source.parse().expect("parses");
    let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
    let count = |needle: &str| text.matches(needle).count();
    for question in questionnaire.questions() {
        let asked = localizer.question_text(question);
        let expected = match question.id.as_str() {
            // Outside the EU/EES only: Sweden was the answer.
            "dpf-certified" => 0,
            _ => 1,
        };
        assert_eq!(count(&asked), expected, "{asked:?} in:\n{text}");
        for member in question.kind.members() {
            let asked = localizer.question_text(member);
            for item in ["Hälsodata", "Klientjournal"] {
                let label = format!("{item}: {asked}");
                assert_eq!(count(&label), 1, "{label:?} in:\n{text}");
            }
            assert_eq!(count(&asked), 2, "{asked:?}, once per item, in:\n{text}");
        }
    }
}
