//! Start-up asks the terminal for its background colour on a thread of its own, while the
//! questionnaire, the lock and the assessment are read (issue 17). The terminal is in raw
//! mode while that question is out, so whatever ends start-up early must wait for it: the
//! error is written to a terminal back in its own mode, and the shell gets its terminal back
//! as it was. (`theme::settle` is what guarantees it; terminal-trx, under colorsaurus, also
//! holds the standard streams while it asks, so an error message waits for it either way.)
#![cfg(unix)]

use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;

#[test]
fn an_error_at_start_up_waits_for_the_question_to_the_terminal_and_leaves_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("saknas.molnkoll.ron");
    // This terminal never answers: molnkoll's question waits out its time limit while the
    // missing file is already known. `stty -g` shows the terminal's mode before and after.
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(r#"echo "before $(stty -g)"; "$0" --lang en open "$1"; echo "exit $?"; echo "after $(stty -g)""#)
        .arg(env!("CARGO_BIN_EXE_molnkoll"))
        .arg(&missing)
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .env_remove("MOLNKOLL_PLAIN")
        .env("HOME", dir.path());
    let mut session = Session::spawn(command).expect("spawn");
    // Everything until the shell ends (a pty reports its end as an error).
    let mut output = Vec::new();
    let mut buf = [0u8; 4096];
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        match session.try_read(&mut buf) {
            Ok(0) => break,
            Ok(n) => output.extend_from_slice(&buf[..n]),
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(10))
            }
            Err(_) => break,
        }
    }
    let output = String::from_utf8_lossy(&output).into_owned();

    assert!(
        output.contains("\x1b]11;?"),
        "molnkoll asked the terminal for its background:\n{output:?}"
    );
    // Split at line feeds only: `lines` would take a carriage return away with them.
    let error = output
        .split('\n')
        .find(|line| line.contains("molnkoll: "))
        .unwrap_or_else(|| panic!("no error message:\n{output:?}"));
    assert!(error.contains("saknas.molnkoll.ron"), "{error:?}");
    // Written in the terminal's own mode, where a line break is carriage return and line
    // feed; in raw mode it would be a bare line feed.
    assert!(
        error.ends_with('\r'),
        "the error was written to a terminal in raw mode:\n{output:?}"
    );
    assert!(output.contains("exit 1\r\n"), "{output:?}");
    let mode = |when: &str| {
        output
            .lines()
            .find_map(|line| line.strip_prefix(when))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no mode {when}:\n{output:?}"))
    };
    assert_eq!(
        mode("after "),
        mode("before "),
        "the shell got its terminal back in another mode"
    );
}
