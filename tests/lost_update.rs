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
