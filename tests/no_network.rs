//! molnkoll never opens a network socket: every command, the interview included, runs under
//! strace and no INET socket may appear. Skipped with a message where strace is missing.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::Expect;

const BIN: &str = env!("CARGO_BIN_EXE_molnkoll");

fn strace_available() -> bool {
    let found = Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("strace is not installed: skipping the no-network test");
    }
    found
}

/// The sockets a traced run opened, from strace's log.
fn inet_sockets(log: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(log).expect("strace wrote its log");
    assert!(
        text.contains("+++ exited with"),
        "strace traced the run to its end: {text}"
    );
    text.lines()
        .filter(|line| line.contains("socket(") || line.contains("connect("))
        .filter(|line| {
            line.contains("AF_INET") || line.contains("AF_INET6") || line.contains("AF_PACKET")
        })
        .map(str::to_owned)
        .collect()
}

fn traced(log: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("strace");
    command
        .args(["-f", "-q", "-e", "trace=socket,connect", "-o"])
        .arg(log)
        .arg(BIN)
        .args(args);
    command
}

#[test]
fn no_command_opens_a_network_socket() {
    if !strace_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().to_str().expect("utf-8 path");
    let file = dir.path().join("a.molnkoll.ron");
    let file = file.to_str().expect("utf-8 path");
    let other = dir.path().join("b.molnkoll.ron");
    let other = other.to_str().expect("utf-8 path");
    let runs: [&[&str]; 8] = [
        &["validate"],
        &["new", file, "--title", "Nätverk"],
        &["new", other, "--title", "Nätverk 2"],
        &["--data-dir", data, "list"],
        &["show", file],
        &["export", file],
        &["check", file],
        &["diff", file, other],
    ];
    for (n, args) in runs.iter().enumerate() {
        let log = dir.path().join(format!("strace-{n}.log"));
        let output = traced(&log, args).output().expect("strace runs");
        assert!(output.status.code().is_some(), "{args:?} ended by a signal");
        assert_eq!(
            inet_sockets(&log),
            Vec::<String>::new(),
            "{args:?} opened a network socket"
        );
    }
}

#[test]
fn the_interview_opens_no_network_socket() {
    if !strace_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let log = dir.path().join("strace.log");
    let mut command = traced(
        &log,
        &[
            "--lang",
            "en",
            "--data-dir",
            dir.path().to_str().expect("utf-8"),
        ],
    );
    command.env("TERM", "xterm-256color").env("NO_COLOR", "1");
    let mut session = expectrl::session::Session::spawn(command).expect("spawns in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session
        .expect("assessment")
        .expect("the title prompt appears");
    session.send("Offline\r").expect("types a title");
    session.expect("molnkoll").expect("the interview appears");
    // The first question takes text, so q would type: Ctrl+Q quits there.
    session.send("\x11").expect("quits");
    let _ = session.expect(expectrl::Eof);
    let created = molnkoll::store::assessments_in(dir.path());
    assert_eq!(created.len(), 1, "the interview ran and saved");
    assert_eq!(inet_sockets(&log), Vec::<String>::new());
}
