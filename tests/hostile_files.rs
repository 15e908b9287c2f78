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
