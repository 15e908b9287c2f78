//! Files shaped by somebody else: a planted symlink, a read-only file, a huge file, a lock
//! file that is not ours, a data folder others could write into (issue 15, items 2, 7, 8,
//! 10, 11). Every refused case leaves the victim byte-identical.
#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use molnkoll::assessment::{Answer, Assessment, Value};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};
use molnkoll::store::{self, Lock};

fn example() -> Questionnaire {
    QuestionnaireSource::from_path(&common::example_path())
        .unwrap()
        .parse()
        .unwrap()
}

fn assessment() -> Assessment {
    let mut a = Assessment::new(&example(), "Delad bedömning");
    a.answers
        .insert("sensitive".into(), Answer::new(Value::Yes).with_note("ja"));
    a
}

fn file_in(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}{}", store::EXTENSION))
}

const VICTIM: &str = "export PATH=$HOME/bin:$PATH\nalias ll='ls -l'\n";

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

// ---- item 2: symlinks ----

#[test]
fn symlinks_a_planted_lock_link_is_refused_and_its_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("bashrc");
    fs::write(&victim, VICTIM).unwrap();
    let path = file_in(dir.path(), "shared");
    store::create(&path, &assessment()).unwrap();
    symlink(&victim, store::lock_path(&path)).unwrap();

    let error = Lock::acquire(&path).unwrap_err();
    assert_eq!(error.message.id, "error-lock-unsafe", "{error}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), VICTIM);
    // A dangling link must not create its target either.
    let absent = dir.path().join("absent");
    fs::remove_file(store::lock_path(&path)).unwrap();
    symlink(&absent, store::lock_path(&path)).unwrap();
    assert_eq!(
        Lock::acquire(&path).unwrap_err().message.id,
        "error-lock-unsafe"
    );
    assert!(!absent.exists());
}

#[test]
fn symlinks_a_lock_hard_linked_to_another_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("bashrc");
    fs::write(&victim, VICTIM).unwrap();
    let path = file_in(dir.path(), "shared");
    store::create(&path, &assessment()).unwrap();
    fs::hard_link(&victim, store::lock_path(&path)).unwrap();

    let error = Lock::acquire(&path).unwrap_err();
    assert_eq!(error.message.id, "error-lock-unsafe", "{error}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), VICTIM);
}

#[test]
fn symlinks_an_assessment_link_is_refused_for_writing_and_its_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = file_in(dir.path(), "real");
    store::create(&target, &assessment()).unwrap();
    let before = fs::read(&target).unwrap();
    let link = file_in(dir.path(), "link");
    symlink(&target, &link).unwrap();

    // Reading through the link is harmless and works.
    assert_eq!(store::load(&link).unwrap(), assessment());

    let error = Lock::acquire(&link).unwrap_err();
    assert_eq!(error.message.id, "error-symlink", "{error}");
    let mut changed = assessment();
    changed.title = "Ändrad".into();
    assert_eq!(
        store::save(&link, &changed).unwrap_err().message.id,
        "error-symlink"
    );
    assert_eq!(
        store::write_text(&link, "# report").unwrap_err().message.id,
        "error-symlink"
    );
    assert_eq!(fs::read(&target).unwrap(), before);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // The target itself opens as usual.
    drop(Lock::acquire(&target).unwrap());
}

#[test]
fn symlinks_a_link_to_a_foreign_file_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("bashrc");
    fs::write(&victim, VICTIM).unwrap();
    let link = file_in(dir.path(), "innocent");
    symlink(&victim, &link).unwrap();
    assert!(store::save(&link, &assessment()).is_err());
    assert!(store::create(&link, &assessment()).is_err());
    assert_eq!(fs::read_to_string(&victim).unwrap(), VICTIM);
}

#[test]
fn symlinks_the_same_file_through_another_folder_name_shares_one_lock() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    fs::create_dir(&real).unwrap();
    symlink(&real, dir.path().join("alias")).unwrap();
    let path = file_in(&real, "a");
    store::create(&path, &assessment()).unwrap();
    let _held = Lock::acquire(&path).unwrap();
    let other_name = file_in(&dir.path().join("alias"), "a");
    assert_eq!(
        Lock::acquire(&other_name).unwrap_err().message.id,
        "error-locked"
    );
}

// ---- item 7: never destroy a file you did not write ----

#[test]
fn never_destroy_a_read_only_assessment_is_refused_for_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "frozen");
    store::create(&path, &assessment()).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&path).unwrap();

    assert_eq!(
        Lock::acquire(&path).unwrap_err().message.id,
        "error-read-only"
    );
    let mut changed = assessment();
    changed.title = "Ändrad".into();
    assert_eq!(
        store::save(&path, &changed).unwrap_err().message.id,
        "error-read-only"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(mode(&path), 0o444);
}

// ---- item 8: permissions ----

#[test]
fn permissions_the_lock_file_is_private_even_when_it_was_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "a");
    store::create(&path, &assessment()).unwrap();
    drop(Lock::acquire(&path).unwrap());
    assert_eq!(mode(&store::lock_path(&path)), 0o600);
    fs::set_permissions(store::lock_path(&path), fs::Permissions::from_mode(0o666)).unwrap();
    drop(Lock::acquire(&path).unwrap());
    assert_eq!(mode(&store::lock_path(&path)), 0o600);
}

#[test]
fn permissions_the_data_folder_is_created_for_the_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("deep/data");
    molnkoll::file_guard::create_dir(&data).unwrap();
    assert_eq!(mode(&data), 0o700);
    // Existing folders are used as they are.
    molnkoll::file_guard::create_dir(&data).unwrap();
}

// ---- item 10: limits ----

#[test]
fn limits_an_assessment_over_the_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "huge");
    let file = fs::File::create(&path).unwrap();
    file.set_len(molnkoll::file_guard::MAX_FILE_BYTES + 1)
        .unwrap();
    let error = store::load(&path).unwrap_err();
    assert_eq!(error.message.id, "error-too-large", "{error}");
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        molnkoll::file_guard::MAX_FILE_BYTES + 1
    );
    // A device without a length is read only up to the limit.
    let error = store::load(Path::new("/dev/zero")).unwrap_err();
    assert_eq!(error.message.id, "error-too-large", "{error}");
}

// ---- item 11: messages a person can act on ----

#[test]
fn messages_a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "bom");
    let text = store::to_ron(&assessment());
    fs::write(&path, format!("\u{feff}{text}")).unwrap();
    assert_eq!(store::load(&path).unwrap(), assessment());
}

#[test]
fn messages_a_file_given_as_the_data_folder_is_named_not_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("passwd");
    fs::write(&file, "root:x:0:0\n").unwrap();
    let error = molnkoll::file_guard::create_dir(&file).unwrap_err();
    assert_eq!(error.message.id, "error-not-a-folder", "{error}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "root:x:0:0\n");
}

// ---- the same, through the command line ----

fn molnkoll(home: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_molnkoll"));
    command
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("MOLNKOLL_DATA_DIR")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .env("NO_COLOR", "1")
        .current_dir(home)
        .stdin(std::process::Stdio::null());
    command
}

/// Exit code and stderr; stderr must be one line with none of ron's or Rust's internals.
fn refused(command: &mut std::process::Command) -> String {
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    for internal in [
        "os error",
        "recursion_limit",
        "serde_stacker",
        "is a root",
        "is a x",
        "Expected opening",
        ".molnkoll-",
    ] {
        assert!(!stderr.contains(internal), "{internal:?} in {stderr}");
    }
    stderr
}

#[test]
fn never_destroy_export_onto_an_assessment_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "a");
    store::create(&path, &assessment()).unwrap();
    let other = dir.path().join("other.ron");
    store::create(&other, &assessment()).unwrap();
    let before = fs::read(&path).unwrap();
    let other_before = fs::read(&other).unwrap();
    let s = |p: &Path| p.display().to_string();
    for out in [&path, &other, &file_in(dir.path(), "new")] {
        refused(molnkoll(dir.path()).args(["--lang", "en", "export", &s(&path), "-o", &s(out)]));
    }
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(fs::read(&other).unwrap(), other_before);
    assert!(!file_in(dir.path(), "new").exists());
    // A report file is written as before.
    let report = dir.path().join("a.md");
    // The assessment belongs to the docs example: export judges it by that questionnaire.
    let questionnaire = s(&common::example_path());
    let status = molnkoll(dir.path())
        .args(["--questionnaire", &questionnaire])
        .args(["export", &s(&path), "-o", &s(&report)])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(
        fs::read_to_string(&report)
            .unwrap()
            .contains("Delad bedömning")
    );
}

#[test]
fn limits_show_dev_zero_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = refused(molnkoll(dir.path()).args(["--lang", "en", "show", "/dev/zero"]));
    assert!(stderr.contains("larger than 16 MB"), "{stderr}");
}

#[test]
fn messages_a_file_as_data_dir_says_it_is_not_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("passwd");
    fs::write(&file, "root:x:0:0\n").unwrap();
    let s = file.display().to_string();
    let stderr = refused(molnkoll(dir.path()).args(["--lang", "en", "--data-dir", &s, "new"]));
    assert!(stderr.contains("is not a folder"), "{stderr}");
    let stderr = refused(molnkoll(dir.path()).args(["--lang", "en", "--data-dir", &s]));
    assert!(stderr.contains("is not a folder"), "{stderr}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "root:x:0:0\n");
}

#[test]
fn messages_never_ron_internals_for_deep_or_foreign_files() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir.path().join("deep.molnkoll.ron");
    fs::write(
        &deep,
        format!(
            "Assessment(format: 1, questionnaire: \"x\", questionnaire_version: 1, title: \"\", answers: {{\"a\": (value: {}{})}})\n",
            "[".repeat(300),
            "]".repeat(300)
        ),
    )
    .unwrap();
    let stderr =
        refused(molnkoll(dir.path()).args(["--lang", "en", "show", &deep.display().to_string()]));
    assert!(stderr.contains("nested far deeper"), "{stderr}");
    for (name, text) in [("x", "x(1)\n"), ("root", "root(a: 1)\n")] {
        let path = dir.path().join(format!("{name}.molnkoll.ron"));
        fs::write(&path, text).unwrap();
        let stderr = refused(molnkoll(dir.path()).args([
            "--lang",
            "en",
            "show",
            &path.display().to_string(),
        ]));
        assert!(stderr.contains("is not an assessment file"), "{stderr}");
    }
}

#[test]
fn symlinks_open_through_the_command_line_leaves_the_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = file_in(dir.path(), "real");
    store::create(&target, &assessment()).unwrap();
    let before = fs::read(&target).unwrap();
    let link = file_in(dir.path(), "link");
    symlink(&target, &link).unwrap();
    let base = file_in(dir.path(), "base");
    store::create(&base, &assessment()).unwrap();
    let s = |p: &Path| p.display().to_string();
    let stderr = refused(molnkoll(dir.path()).args([
        "--lang",
        "en",
        "merge",
        &s(&base),
        &s(&link),
        &s(&base),
    ]));
    assert!(stderr.contains("symbolic link"), "{stderr}");
    let example = common::example_path().display().to_string();
    let stderr = refused(molnkoll(dir.path()).args([
        "--lang",
        "en",
        "--questionnaire",
        &example,
        "open",
        &s(&link),
    ]));
    assert!(stderr.contains("symbolic link"), "{stderr}");
    assert_eq!(fs::read(&target).unwrap(), before);
}

#[test]
fn no_lost_updates_merge_and_new_respect_the_lock_of_an_open_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(dir.path(), "open");
    store::create(&path, &assessment()).unwrap();
    let base = file_in(dir.path(), "base");
    let mut theirs = assessment();
    theirs.title = "Deras".into();
    store::create(&base, &assessment()).unwrap();
    let theirs_path = file_in(dir.path(), "theirs");
    store::create(&theirs_path, &theirs).unwrap();
    let before = fs::read(&path).unwrap();
    let _open = Lock::acquire(&path).unwrap();
    let s = |p: &Path| p.display().to_string();
    let stderr = refused(molnkoll(dir.path()).args([
        "--lang",
        "en",
        "merge",
        &s(&base),
        &s(&path),
        &s(&theirs_path),
    ]));
    assert!(stderr.contains("already open"), "{stderr}");
    assert_eq!(fs::read(&path).unwrap(), before);
}
