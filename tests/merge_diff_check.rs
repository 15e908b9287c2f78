//! Diff, three-way merge and check on real assessment files.

use molnkoll::assessment::{Action, Answer, AnswerState, Assessment, Value};
use molnkoll::check::{Issue, check};
use molnkoll::diff::{Change, diff, render};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::merge::merge;
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource, embedded};
use molnkoll::store;

fn questionnaire() -> Questionnaire {
    embedded().expect("the embedded questionnaire loads")
}

fn base() -> Assessment {
    let q = questionnaire();
    let mut a = Assessment::new(&q, "Självskattning");
    a.answers
        .insert("dpia-sensitive".into(), Answer::new(Value::Yes));
    a.answers
        .insert("mapping-children".into(), Answer::new(Value::No));
    a.answers.insert(
        "old-question".into(),
        Answer::new(Value::No).with_note("kvar från förra året"),
    );
    a
}

/// Round-trips through real files, as git hands them to the driver.
fn through_file(assessment: &Assessment) -> Assessment {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("x.molnkoll.ron");
    store::save(&path, assessment).expect("saves");
    store::load(&path).expect("loads")
}

#[test]
fn different_questions_merge_cleanly() {
    let base = through_file(&base());
    let mut ours = base.clone();
    ours.answers
        .insert("dpia-vulnerable".into(), Answer::new(Value::Yes));
    let mut theirs = base.clone();
    theirs
        .answers
        .get_mut("mapping-children")
        .expect("answered")
        .value = Some(Value::Yes);
    let merged = merge(&base, &through_file(&ours), &through_file(&theirs)).expect("merges");
    assert!(merged.conflicts.is_empty());
    let a = merged.assessment;
    assert_eq!(a.value("dpia-vulnerable"), Some(&Value::Yes));
    assert_eq!(a.value("mapping-children"), Some(&Value::Yes));
    assert_eq!(a.value("dpia-sensitive"), Some(&Value::Yes));
    assert_eq!(
        a.value("old-question"),
        Some(&Value::No),
        "orphans survive a merge"
    );
}

#[test]
fn different_fields_of_one_answer_merge_cleanly() {
    let base = base();
    let mut ours = base.clone();
    ours.set_value("dpia-sensitive", Some(Value::No));
    let mut theirs = base.clone();
    theirs.set_note("dpia-sensitive", "beslut i workshopen");
    theirs.set_state("dpia-sensitive", AnswerState::FollowUp);
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert!(merged.conflicts.is_empty());
    let answer = merged.assessment.answer("dpia-sensitive").expect("kept");
    assert_eq!(answer.value, Some(Value::No));
    assert_eq!(answer.note, "beslut i workshopen");
    assert_eq!(answer.state, AnswerState::FollowUp);
}

#[test]
fn the_same_answer_changed_differently_is_a_conflict_that_still_loads() {
    let base = base();
    let mut ours = base.clone();
    ours.set_value("dpia-sensitive", Some(Value::No));
    let mut theirs = base.clone();
    theirs.set_value("dpia-sensitive", Some(Value::Unknown));
    theirs.set_note("dpia-sensitive", "fråga leverantören");
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert_eq!(merged.conflicts, ["dpia-sensitive"]);
    let reloaded = through_file(&merged.assessment);
    let answer = reloaded.answer("dpia-sensitive").expect("kept");
    assert_eq!(
        answer.value,
        Some(Value::No),
        "ours stands until the group decides"
    );
    assert_eq!(answer.state, AnswerState::Disputed);
    let conflict = answer.conflict.as_ref().expect("both sides kept");
    assert_eq!(conflict.ours.value, Some(Value::No));
    assert_eq!(conflict.theirs.value, Some(Value::Unknown));
    assert_eq!(conflict.theirs.note, "fråga leverantören");
    let issues = check(
        &questionnaire(),
        &reloaded,
        "2026-11-23".parse().expect("date"),
    );
    assert!(issues.contains(&Issue::Conflict {
        question: "dpia-sensitive".into()
    }));
}

#[test]
fn a_deletion_against_a_change_is_a_conflict_and_both_deleting_is_not() {
    let base = base();
    let mut ours = base.clone();
    ours.answers.remove("mapping-children");
    let mut theirs = base.clone();
    theirs.set_note("mapping-children", "ändrad");
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert_eq!(merged.conflicts, ["mapping-children"]);
    let mut theirs = base.clone();
    theirs.answers.remove("mapping-children");
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert!(merged.conflicts.is_empty());
    assert!(merged.assessment.answer("mapping-children").is_none());
}

#[test]
fn settling_a_conflict_in_the_interview_clears_it() {
    let q = questionnaire();
    let base = base();
    let mut ours = base.clone();
    ours.set_value("dpia-sensitive", Some(Value::No));
    let mut theirs = base.clone();
    theirs.set_value("dpia-sensitive", Some(Value::Unknown));
    let merged = merge(&base, &ours, &theirs).expect("merges").assessment;
    let mut interview = molnkoll::interview::Interview::new(q, merged);
    interview.update(molnkoll::interview::Message::GoTo("dpia-sensitive".into()));
    assert_eq!(
        interview.update(molnkoll::interview::Message::Yes),
        Some(molnkoll::interview::Effect::Save),
        "answering, even with the same value, settles"
    );
    let answer = interview
        .assessment()
        .answer("dpia-sensitive")
        .expect("kept");
    assert!(answer.conflict.is_none());
    assert_eq!(answer.state, AnswerState::Settled);
}

#[test]
fn diff_shows_each_changed_answer_and_the_findings_that_moved() {
    let q = questionnaire();
    let old = base();
    let mut new = old.clone();
    new.title = "Självskattning 2027".into();
    new.set_value("dpia-vulnerable", Some(Value::Yes));
    new.set_note("dpia-sensitive", "hälsouppgifter");
    new.answers.remove("old-question");
    let result = diff(&q, &old, &new);
    assert_eq!(
        result.title,
        Some(("Självskattning".into(), "Självskattning 2027".into()))
    );
    let ids: Vec<&str> = result.answers.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["dpia-sensitive", "dpia-vulnerable", "old-question"]);
    assert!(matches!(result.answers[1].1, Change::Added(_)));
    assert!(matches!(result.answers[2].1, Change::Removed(_)));
    assert!(
        result
            .findings_appeared
            .contains(&"dpia-required".to_owned())
    );
    let (localizer, _) = Localizer::new(Lang::En, QuestionnaireSource::embedded().texts(Lang::En));
    let text = render(&result, &q, &localizer);
    assert!(text.contains("~ Are sensitive personal data"), "{text}");
    assert!(text.contains("note: \"\" → \"hälsouppgifter\""), "{text}");
    assert!(
        text.contains("+ An impact assessment is required"),
        "{text}"
    );
    assert_eq!(
        render(&diff(&q, &old, &old), &q, &localizer),
        "No differences.\n"
    );
}

#[test]
fn check_lists_open_items_owners_contradictions_and_stale_content() {
    let q = questionnaire();
    let mut a = base();
    a.set_value("mapping-personal-data", Some(Value::No));
    a.set_value("dpia-vulnerable", Some(Value::Yes));
    let issues = check(&q, &a, "2026-11-23".parse().expect("date"));
    assert!(issues.contains(&Issue::Unanswered {
        question: "assessment-service-name".into()
    }));
    assert!(issues.contains(&Issue::HighWithoutOwner {
        finding: "dpia-required".into()
    }));
    assert!(issues.iter().any(|i| matches!(i, Issue::Contradiction { id, reasons }
        if id == "no-personal-data-but-sensitive" && reasons == &["mapping-personal-data", "dpia-sensitive"])));
    assert!(
        !issues
            .iter()
            .any(|i| matches!(i, Issue::StaleContent { .. }))
    );
    a.actions.insert(
        "dpia-required".into(),
        Action {
            owner: "Dataskyddsombudet".into(),
            due: String::new(),
        },
    );
    let later = check(&q, &a, "2028-01-01".parse().expect("date"));
    assert!(
        !later.iter().any(
            |i| matches!(i, Issue::HighWithoutOwner { finding } if finding == "dpia-required")
        )
    );
    assert!(later.contains(&Issue::StaleContent {
        date: q.content_as_of.clone()
    }));
}

#[test]
fn an_answer_to_a_changed_question_asks_for_reconfirmation() {
    let q = questionnaire();
    let question = q.question("dpia-sensitive").expect("exists");
    let mut a = Assessment::new(&q, "t");
    a.answer_question(question, Some(Value::Yes));
    assert!(
        !a.answer("dpia-sensitive")
            .expect("answered")
            .needs_reconfirmation(question)
    );
    a.answers
        .get_mut("dpia-sensitive")
        .expect("answered")
        .definition = "00000000".into();
    assert!(
        a.answer("dpia-sensitive")
            .expect("answered")
            .needs_reconfirmation(question)
    );
    assert!(
        check(&q, &a, "2026-11-23".parse().expect("date")).contains(&Issue::Reconfirm {
            question: "dpia-sensitive".into()
        })
    );
    let mut interview = molnkoll::interview::Interview::new(q.clone(), a);
    interview.update(molnkoll::interview::Message::GoTo("dpia-sensitive".into()));
    assert!(interview.needs_reconfirmation());
    interview.update(molnkoll::interview::Message::Confirm);
    assert!(
        !interview
            .assessment()
            .answer("dpia-sensitive")
            .expect("kept")
            .needs_reconfirmation(question)
    );
    assert_eq!(
        interview.assessment().value("dpia-sensitive"),
        Some(&Value::Yes)
    );
}

#[test]
fn check_holds_text_limits_on_files_written_elsewhere() {
    let q = questionnaire();
    let mut a = Assessment::new(&q, "t");
    a.set_value("assessment-service-name", Some(Value::Text("x".repeat(81))));
    let issues = check(&q, &a, "2026-11-23".parse().expect("date"));
    assert!(issues.contains(&Issue::TextTooLong {
        question: "assessment-service-name".into(),
        max: 80
    }));
    a.set_value("assessment-service-name", Some(Value::Text("å".repeat(80))));
    let issues = check(&q, &a, "2026-11-23".parse().expect("date"));
    assert!(
        !issues
            .iter()
            .any(|i| matches!(i, Issue::TextTooLong { .. }))
    );
}

#[test]
fn check_finds_personal_numbers_wherever_people_typed() {
    let q = questionnaire();
    let mut a = Assessment::new(&q, "Anna 19121212-1212");
    a.set_note("dpia-sensitive", "Gäller klienten 121212-1212 enligt Åsa");
    a.set_value(
        "assessment-purpose",
        Some(Value::Text("Uppföljning, 20121212+1212? nej".into())),
    );
    a.actions.insert(
        "dpia-required".into(),
        Action {
            owner: "Handläggare 8112189876".into(),
            due: String::new(),
        },
    );
    a.set_note(
        "mapping-children",
        "Kontonummer 12341212121212 och datum 2026-11-23",
    );
    let found: Vec<(String, Vec<String>)> = check(&q, &a, "2026-11-23".parse().expect("date"))
        .into_iter()
        .filter_map(|issue| match issue {
            Issue::PersonalNumber { place, numbers } => Some((place, numbers)),
            _ => None,
        })
        .collect();
    assert_eq!(
        found,
        [
            ("title".to_owned(), vec!["19121212-1212".to_owned()]),
            (
                "answer:assessment-purpose".to_owned(),
                vec!["20121212+1212".to_owned()]
            ),
            (
                "note:dpia-sensitive".to_owned(),
                vec!["121212-1212".to_owned()]
            ),
            (
                "owner:dpia-required".to_owned(),
                vec!["8112189876".to_owned()]
            ),
        ]
    );
}

#[test]
fn a_personal_number_is_saved_only_once_confirmed() {
    use molnkoll::interview::{Effect, Interview, Message, Mode};
    let q = questionnaire();
    let a = Assessment::new(&q, "t");
    let mut interview = Interview::new(q, a);
    interview.update(Message::GoTo("dpia-sensitive".into()));
    interview.update(Message::EditNote);
    assert_eq!(
        interview.update(Message::SetNote("Klient 121212-1212".into())),
        None
    );
    assert_eq!(interview.mode(), Mode::EditNote, "the editor stays open");
    assert_eq!(
        interview.notice().map(|n| n.id),
        Some("notice-personal-number")
    );
    assert_eq!(interview.unconfirmed_personal_numbers(), ["121212-1212"]);
    assert!(
        interview.assessment().answer("dpia-sensitive").is_none(),
        "nothing saved yet"
    );
    // Removing the number saves at once.
    assert_eq!(
        interview.update(Message::SetNote("Klient X".into())),
        Some(Effect::Save)
    );
    assert_eq!(
        interview
            .assessment()
            .answer("dpia-sensitive")
            .expect("saved")
            .note,
        "Klient X"
    );
    // Committing the same text twice is the confirmation.
    interview.update(Message::EditNote);
    assert_eq!(
        interview.update(Message::SetNote("Klient 121212-1212".into())),
        None
    );
    assert_eq!(
        interview.update(Message::SetNote("Klient 121212-1212".into())),
        Some(Effect::Save)
    );
    assert_eq!(
        interview
            .assessment()
            .answer("dpia-sensitive")
            .expect("saved")
            .note,
        "Klient 121212-1212"
    );
    assert!(interview.unconfirmed_personal_numbers().is_empty());
}

// ---- the merge driver loses nothing (issue 15, item 4) ----

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 27)
}

#[test]
fn merge_loses_nothing_a_title_changed_on_both_sides_keeps_both() {
    let base = through_file(&base());
    let mut ours = base.clone();
    ours.title = "Vår titel".into();
    let mut theirs = base.clone();
    theirs.title = "Deras titel".into();
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert_eq!(merged.conflicts, ["title"]);
    let saved = through_file(&merged.assessment);
    assert_eq!(saved.title, "Vår titel");
    let conflict = saved.conflicts.title.as_ref().expect("both titles kept");
    assert_eq!(
        (conflict.ours.as_str(), conflict.theirs.as_str()),
        ("Vår titel", "Deras titel")
    );
    let issues = check(&questionnaire(), &saved, today());
    assert!(
        issues.contains(&Issue::TitleConflict {
            ours: "Vår titel".into(),
            theirs: "Deras titel".into()
        }),
        "{issues:?}"
    );
    let mut settled = saved.clone();
    settled.settle_title("Deras titel");
    assert!(settled.conflicts.is_empty());
    assert_eq!(settled.title, "Deras titel");
}

#[test]
fn merge_loses_nothing_an_action_changed_on_both_sides_keeps_both() {
    let mut base = base();
    base.actions.insert(
        "dpia-required".into(),
        Action {
            owner: "Anna".into(),
            due: "2027-01-01".into(),
        },
    );
    let base = through_file(&base);
    let mut ours = base.clone();
    ours.actions.get_mut("dpia-required").unwrap().owner = "Bertil".into();
    let mut theirs = base.clone();
    theirs.actions.get_mut("dpia-required").unwrap().due = "2027-03-01".into();
    theirs.actions.get_mut("dpia-required").unwrap().owner = "Cecilia".into();
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert_eq!(merged.conflicts, ["action:dpia-required"]);
    let saved = through_file(&merged.assessment);
    let conflict = &saved.conflicts.actions["dpia-required"];
    assert_eq!(conflict.ours.as_ref().unwrap().owner, "Bertil");
    assert_eq!(conflict.theirs.as_ref().unwrap().owner, "Cecilia");
    assert_eq!(conflict.theirs.as_ref().unwrap().due, "2027-03-01");
    let issues = check(&questionnaire(), &saved, today());
    assert!(
        issues.contains(&Issue::ActionConflict {
            finding: "dpia-required".into()
        }),
        "{issues:?}"
    );
    // Merging the conflicted file again with an untouched side keeps the record.
    let again = merge(&base, &saved, &base).expect("merges");
    assert_eq!(again.assessment.conflicts, saved.conflicts);
}

#[test]
fn merge_loses_nothing_an_empty_base_merges_like_any_other() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("base");
    std::fs::write(&empty, "").unwrap();
    let (ours_path, theirs_path) = (dir.path().join("ours"), dir.path().join("theirs"));
    let mut ours = base();
    ours.answers.remove("mapping-children");
    let mut theirs = base();
    theirs
        .answers
        .insert("dpia-vulnerable".into(), Answer::new(Value::Yes));
    theirs.title = "Deras".into();
    store::save(&ours_path, &ours).unwrap();
    store::save(&theirs_path, &theirs).unwrap();
    let (localizer, _) = Localizer::new(Lang::En, &[]);
    let (b, o, t) =
        molnkoll::merge::load_sides(&empty, &ours_path, &theirs_path, &localizer).unwrap();
    assert!(b.answers.is_empty() && b.title.is_empty());
    let merged = merge(&b, &o, &t).expect("merges");
    // Both added the same answers: no conflict there; the title was added differently.
    assert_eq!(merged.conflicts, ["title"]);
    assert_eq!(
        merged.assessment.value("dpia-vulnerable"),
        Some(&Value::Yes)
    );
    assert_eq!(
        merged.assessment.value("mapping-children"),
        Some(&Value::No)
    );
}

#[test]
fn merge_loses_nothing_an_unreadable_side_is_named_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join(".merge_file_good");
    store::save(&good, &base()).unwrap();
    let bad = dir.path().join(".merge_file_bad");
    std::fs::write(&bad, "Assessment(format: 1,\n  title: oops\n").unwrap();
    let (localizer, _) = Localizer::new(Lang::En, &[]);
    for (paths, side) in [
        ((&good, &bad, &good), "our version (the current branch)"),
        (
            (&good, &good, &bad),
            "their version (the branch being merged)",
        ),
        ((&bad, &good, &good), "the common ancestor"),
    ] {
        let error = molnkoll::merge::load_sides(paths.0, paths.1, paths.2, &localizer)
            .expect_err("refused");
        let text = localizer.message(&error.message);
        assert!(text.contains(side), "{text}");
        assert!(text.contains("line 2, column"), "{text}");
        assert!(!text.contains(".merge_file"), "no temporary path: {text}");
    }
}
