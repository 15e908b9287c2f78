//! molnkoll as git's textconv and merge driver, with a real git. Skipped when git is absent.

use std::path::Path;
use std::process::{Command, Output};

use molnkoll::assessment::{AnswerState, Value};
use molnkoll::store;

const BIN: &str = env!("CARGO_BIN_EXE_molnkoll");

fn git_available() -> bool {
    let found = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("git is not installed: skipping the git integration test");
    }
    found
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("LANG", "C")
        .output()
        .expect("git runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let output = git(dir, args);
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A repository configured as the README says.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path();
    ok(path, &["init", "-q", "-b", "main"]);
    ok(path, &["config", "user.email", "test@example.org"]);
    ok(path, &["config", "user.name", "Test"]);
    ok(
        path,
        &[
            "config",
            "diff.molnkoll.textconv",
            &format!("{BIN} --lang en show --textconv"),
        ],
    );
    ok(
        path,
        &["config", "merge.molnkoll.name", "molnkoll assessment merge"],
    );
    ok(
        path,
        &[
            "config",
            "merge.molnkoll.driver",
            &format!("{BIN} --lang en merge %O %A %B"),
        ],
    );
    std::fs::write(
        path.join(".gitattributes"),
        "*.molnkoll.ron diff=molnkoll merge=molnkoll\n",
    )
    .expect("writes");
    let created = Command::new(BIN)
        .args(["new", "tjanst.molnkoll.ron", "--title", "Tjänst"])
        .current_dir(path)
        .output()
        .expect("molnkoll runs");
    assert!(created.status.success());
    ok(path, &["add", "."]);
    ok(path, &["commit", "-q", "-m", "base"]);
    dir
}

fn edit(dir: &Path, change: impl FnOnce(&mut molnkoll::assessment::Assessment)) {
    let path = dir.join("tjanst.molnkoll.ron");
    let mut assessment = store::load(&path).expect("loads");
    change(&mut assessment);
    store::save(&path, &assessment).expect("saves");
}

#[test]
fn git_diff_shows_the_answer_that_changed() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let dir = repo.path();
    edit(dir, |a| {
        a.set_value("dpia-sensitive", Some(Value::Yes));
        a.set_note("dpia-sensitive", "hälsouppgifter");
    });
    let diff = ok(dir, &["diff"]);
    assert!(
        diff.contains("+dpia-sensitive: yes  # hälsouppgifter"),
        "{diff}"
    );
    let semantic = Command::new(BIN)
        .args([
            "--lang",
            "en",
            "diff",
            "--git",
            "HEAD",
            "tjanst.molnkoll.ron",
        ])
        .current_dir(dir)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&semantic.stdout);
    assert!(
        semantic.status.success(),
        "{}",
        String::from_utf8_lossy(&semantic.stderr)
    );
    assert!(text.contains("+ Are sensitive personal data"), "{text}");
}

#[test]
fn git_merges_different_questions_and_marks_a_real_conflict() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let dir = repo.path();
    ok(dir, &["checkout", "-q", "-b", "theirs"]);
    edit(dir, |a| {
        a.set_value("mapping-children", Some(Value::Yes));
        a.set_value("dpia-sensitive", Some(Value::Unknown));
    });
    ok(dir, &["commit", "-q", "-am", "theirs"]);
    ok(dir, &["checkout", "-q", "main"]);
    edit(dir, |a| a.set_value("dpia-vulnerable", Some(Value::Yes)));
    ok(dir, &["commit", "-q", "-am", "ours"]);
    let clean = git(dir, &["merge", "--no-edit", "theirs~0"]);
    assert!(
        clean.status.success(),
        "{}",
        String::from_utf8_lossy(&clean.stderr)
    );
    let merged = store::load(&dir.join("tjanst.molnkoll.ron")).expect("loads");
    assert_eq!(merged.value("mapping-children"), Some(&Value::Yes));
    assert_eq!(merged.value("dpia-vulnerable"), Some(&Value::Yes));

    // Now both sides answer the same question differently.
    ok(dir, &["checkout", "-q", "-b", "other", "HEAD~1"]);
    edit(dir, |a| a.set_value("dpia-sensitive", Some(Value::No)));
    ok(dir, &["commit", "-q", "-am", "other"]);
    ok(dir, &["checkout", "-q", "main"]);
    let conflicted = git(dir, &["merge", "--no-edit", "other"]);
    assert!(!conflicted.status.success(), "a conflict stops the merge");
    let file = dir.join("tjanst.molnkoll.ron");
    let text = std::fs::read_to_string(&file).expect("reads");
    assert!(
        !text.contains("<<<<<<<"),
        "no text conflict markers: the file must still load"
    );
    let assessment = store::load(&file).expect("the conflicted file still loads");
    let answer = assessment.answer("dpia-sensitive").expect("answered");
    assert_eq!(answer.state, AnswerState::Disputed);
    let conflict = answer.conflict.as_ref().expect("both sides kept");
    assert_eq!(conflict.ours.value, Some(Value::Unknown));
    assert_eq!(conflict.theirs.value, Some(Value::No));
    let check = Command::new(BIN)
        .args(["--lang", "en", "check", "tjanst.molnkoll.ron"])
        .current_dir(dir)
        .output()
        .expect("runs");
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("not settled yet"));
}

#[test]
fn textconv_git_log_p_goes_on_past_a_version_that_does_not_parse() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let dir = repo.path();
    let file = dir.join("tjanst.molnkoll.ron");
    let good = std::fs::read_to_string(&file).expect("reads");
    std::fs::write(&file, good.replace("title:", "title \u{1b}]52;c;aGk=\u{7}")).expect("writes");
    ok(
        dir,
        &["commit", "-q", "-am", "a hand edit that breaks the file"],
    );
    std::fs::write(&file, &good).expect("writes");
    ok(dir, &["commit", "-q", "-am", "repaired"]);
    let log = git(dir, &["log", "-p"]);
    let text = String::from_utf8_lossy(&log.stdout);
    assert!(
        log.status.success(),
        "{}",
        String::from_utf8_lossy(&log.stderr)
    );
    assert!(text.contains("cannot be read: "), "{text}");
    assert!(
        text.contains("title \\u{1b}]52"),
        "raw text, made visible: {text}"
    );
    assert!(!text.contains('\u{1b}'), "{text}");
    // Without the flag an unreadable file is still a user error.
    let show = Command::new(BIN)
        .args(["show", "/dev/null"])
        .output()
        .expect("runs");
    assert_eq!(show.status.code(), Some(1));
}

#[test]
fn textconv_diff_git_rev_is_never_an_option_to_git() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let dir = repo.path();
    // git would write its output to `pwned:./tjanst.molnkoll.ron`: inside this folder.
    std::fs::create_dir(dir.join("pwned:.")).expect("creates");
    let out = Command::new(BIN)
        .args(["diff", "--git=--output=pwned", "tjanst.molnkoll.ron"])
        .current_dir(dir)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !dir.join("pwned:./tjanst.molnkoll.ron").exists(),
        "git wrote a file named by the revision"
    );
}

#[test]
fn merge_loses_nothing_add_add_and_a_broken_side_through_git() {
    if !git_available() {
        return;
    }
    let repo = repository();
    let dir = repo.path();
    let new = |title: &str, answer: Value| {
        let path = dir.join("ny.molnkoll.ron");
        let _ = std::fs::remove_file(&path);
        let created = Command::new(BIN)
            .args(["new", "ny.molnkoll.ron", "--title", title])
            .current_dir(dir)
            .output()
            .expect("runs");
        assert!(created.status.success());
        let mut a = store::load(&path).expect("loads");
        a.set_value("dpia-sensitive", Some(answer));
        store::save(&path, &a).expect("saves");
    };
    ok(dir, &["checkout", "-q", "-b", "theirs"]);
    new("Ny", Value::Yes);
    ok(dir, &["add", "."]);
    ok(dir, &["commit", "-q", "-m", "theirs adds"]);
    ok(dir, &["checkout", "-q", "main"]);
    new("Ny", Value::Yes);
    let mut a = store::load(&dir.join("ny.molnkoll.ron")).expect("loads");
    a.set_value("mapping-children", Some(Value::No));
    store::save(&dir.join("ny.molnkoll.ron"), &a).expect("saves");
    ok(dir, &["add", "."]);
    ok(dir, &["commit", "-q", "-m", "ours adds"]);
    let merged = git(dir, &["merge", "--no-edit", "theirs"]);
    assert!(
        merged.status.success(),
        "add/add of compatible files merges: {}",
        String::from_utf8_lossy(&merged.stdout)
    );
    let result = store::load(&dir.join("ny.molnkoll.ron")).expect("loads");
    assert_eq!(result.value("mapping-children"), Some(&Value::No));
    assert_eq!(result.value("dpia-sensitive"), Some(&Value::Yes));

    // A hand edit with a syntax error on their side: the driver refuses, git conflicts.
    ok(dir, &["checkout", "-q", "-b", "broken"]);
    let file = dir.join("tjanst.molnkoll.ron");
    let text = std::fs::read_to_string(&file).expect("reads");
    std::fs::write(&file, text.replace("title:", "title")).expect("writes");
    ok(dir, &["commit", "-q", "-am", "broken"]);
    ok(dir, &["checkout", "-q", "main"]);
    edit(dir, |a| a.set_value("dpia-vulnerable", Some(Value::Yes)));
    ok(dir, &["commit", "-q", "-am", "ours"]);
    let before = std::fs::read(&file).expect("reads");
    let refused = git(dir, &["merge", "--no-edit", "broken"]);
    let out = String::from_utf8_lossy(&refused.stderr).into_owned()
        + &String::from_utf8_lossy(&refused.stdout);
    assert!(!refused.status.success(), "{out}");
    assert!(
        out.contains("their version (the branch being merged)"),
        "{out}"
    );
    assert!(out.contains("CONFLICT"), "{out}");
    assert_eq!(
        std::fs::read(&file).expect("reads"),
        before,
        "ours left as it was"
    );
}
