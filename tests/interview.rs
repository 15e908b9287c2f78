//! The interview model driven by messages alone, as the TUI drives it: no terminal.

use std::collections::BTreeSet;
use std::path::Path;

use molnkoll::assessment::{AnswerState, Assessment, Value};
use molnkoll::error::UserError;
use molnkoll::i18n::Message as Text;
use molnkoll::interview::{Effect, Interview, Message, Mode, SaveStatus};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};

fn example() -> Questionnaire {
    QuestionnaireSource::from_path(Path::new("docs/example/example.ron"))
        .and_then(|source| source.parse())
        .expect("the docs example loads")
}

fn fresh() -> Interview {
    let questionnaire = example();
    let assessment = Assessment::new(&questionnaire, "Test");
    Interview::new(questionnaire, assessment)
}

/// Sends messages, answering every save request with success, as the shell does.
fn send(interview: &mut Interview, messages: impl IntoIterator<Item = Message>) {
    for message in messages {
        if interview.update(message) == Some(Effect::Save) {
            interview.update(Message::Saved(Ok(())));
        }
    }
}

fn current_id(interview: &Interview) -> String {
    interview
        .current_question()
        .expect("a current question")
        .id
        .clone()
}

fn multi(options: &[&str]) -> Value {
    Value::Multi(
        options
            .iter()
            .map(|o| o.to_string())
            .collect::<BTreeSet<_>>(),
    )
}

#[test]
fn a_full_interview_by_messages_fills_the_assessment() {
    let mut interview = fresh();
    assert_eq!(current_id(&interview), "service-name");
    send(&mut interview, [Message::EditAnswer]);
    assert_eq!(interview.mode(), Mode::EditAnswer);
    send(&mut interview, [Message::SetTyped("Lifecare  ".into())]);
    assert_eq!(
        current_id(&interview),
        "vendor-seat",
        "a typed answer confirms and moves on"
    );
    send(&mut interview, [Message::Digit(1), Message::Confirm]);
    send(
        &mut interview,
        [Message::Digit(1), Message::Digit(2), Message::Confirm],
    );
    send(
        &mut interview,
        [Message::EditAnswer, Message::SetTyped("250".into())],
    );
    send(
        &mut interview,
        [Message::EditAnswer, Message::SetTyped("2027-06-30".into())],
    );
    assert_eq!(current_id(&interview), "sensitive");
    send(
        &mut interview,
        [
            Message::Yes,
            Message::Confirm,
            Message::No,
            Message::Confirm,
        ],
    );
    // dpf-certified is skipped: the vendor is Swedish.
    assert_eq!(current_id(&interview), "confidentiality");
    send(&mut interview, [Message::Digit(3)]);

    let assessment = interview.assessment();
    assert_eq!(
        assessment.value("service-name"),
        Some(&Value::Text("Lifecare".into()))
    );
    assert_eq!(
        assessment.value("vendor-seat"),
        Some(&Value::Choice("sweden".into()))
    );
    assert_eq!(
        assessment.value("data-kinds"),
        Some(&multi(&["health", "finance"]))
    );
    assert_eq!(assessment.value("user-count"), Some(&Value::Number(250)));
    assert_eq!(
        assessment.value("next-review"),
        Some(&Value::Date("2027-06-30".into()))
    );
    assert_eq!(assessment.value("sensitive"), Some(&Value::Yes));
    assert_eq!(assessment.value("children"), Some(&Value::No));
    assert_eq!(assessment.value("dpf-certified"), None);
    assert_eq!(assessment.value("confidentiality"), Some(&Value::Level(3)));
    assert_eq!(interview.progress(), (8, 8));
    assert_eq!(interview.save_status(), &SaveStatus::Saved);
}

#[test]
fn every_change_asks_for_a_save_and_navigation_does_not() {
    let mut interview = fresh();
    assert_eq!(interview.update(Message::Next), None);
    assert_eq!(interview.update(Message::Digit(3)), Some(Effect::Save));
    assert_eq!(interview.save_status(), &SaveStatus::Pending);
    // The same answer again changes nothing and writes nothing.
    interview.update(Message::Saved(Ok(())));
    assert_eq!(interview.update(Message::Digit(3)), None);
    assert_eq!(interview.update(Message::Previous), None);
    assert_eq!(interview.update(Message::ToggleHelpText), None);
}

#[test]
fn it_resumes_at_the_first_unanswered_question() {
    let questionnaire = example();
    let mut assessment = Assessment::new(&questionnaire, "Test");
    assessment.set_value("service-name", Some(Value::Text("X".into())));
    assessment.set_value("vendor-seat", Some(Value::Choice("usa".into())));
    let interview = Interview::new(questionnaire, assessment);
    assert_eq!(current_id(&interview), "data-kinds");
}

#[test]
fn conditional_questions_appear_and_disappear_and_their_answers_are_kept() {
    let mut interview = fresh();
    send(
        &mut interview,
        [Message::GoTo("vendor-seat".into()), Message::Digit(3)],
    );
    send(&mut interview, [Message::GoTo("dpf-certified".into())]);
    assert_eq!(
        current_id(&interview),
        "dpf-certified",
        "a US vendor brings the DPF question"
    );
    send(&mut interview, [Message::No]);
    assert!(fired_ids(&interview).contains(&"no-dpf".to_owned()));

    send(
        &mut interview,
        [Message::GoTo("vendor-seat".into()), Message::Digit(1)],
    );
    let index = (0..interview.question_count())
        .find(|&i| {
            interview
                .question_at(i)
                .is_some_and(|(_, q)| q.id == "dpf-certified")
        })
        .expect("the question exists");
    assert!(!interview.is_visible(index));
    assert_eq!(
        interview.assessment().value("dpf-certified"),
        Some(&Value::No),
        "a hidden answer is kept"
    );
    assert!(
        !fired_ids(&interview).contains(&"no-dpf".to_owned()),
        "but counts for nothing"
    );

    // Walking over the hidden question skips it.
    send(
        &mut interview,
        [Message::GoTo("children".into()), Message::Next],
    );
    assert_eq!(current_id(&interview), "confidentiality");
    send(&mut interview, [Message::Previous]);
    assert_eq!(current_id(&interview), "children");
    // A hidden question cannot be jumped to.
    send(&mut interview, [Message::GoTo("dpf-certified".into())]);
    assert_eq!(current_id(&interview), "children");
}

fn fired_ids(interview: &Interview) -> Vec<String> {
    interview
        .fired()
        .iter()
        .map(|f| interview.questionnaire().findings[f.finding].id.clone())
        .collect()
}

#[test]
fn findings_follow_the_answers_with_their_reasons() {
    let mut interview = fresh();
    assert!(interview.fired().is_empty());
    send(
        &mut interview,
        [Message::GoTo("sensitive".into()), Message::Yes],
    );
    assert!(
        fired_ids(&interview).is_empty(),
        "one criterion is not enough"
    );
    send(
        &mut interview,
        [Message::GoTo("children".into()), Message::Yes],
    );
    assert_eq!(fired_ids(&interview), ["dpia-required"]);
    assert_eq!(interview.fired()[0].reasons, ["sensitive", "children"]);
    assert_eq!(interview.finding_counts(), (1, 0, 0));
    send(&mut interview, [Message::No]);
    assert!(
        fired_ids(&interview).is_empty(),
        "changing an answer withdraws the finding"
    );
}

#[test]
fn going_back_never_loses_later_answers() {
    let mut interview = fresh();
    send(
        &mut interview,
        [
            Message::GoTo("sensitive".into()),
            Message::Yes,
            Message::Confirm,
        ],
    );
    send(
        &mut interview,
        [Message::Yes, Message::Confirm, Message::Digit(4)],
    );
    let before = interview.assessment().clone();
    for _ in 0..10 {
        send(&mut interview, [Message::Previous]);
    }
    assert_eq!(current_id(&interview), "service-name");
    send(&mut interview, [Message::ToggleOverview, Message::Confirm]);
    assert_eq!(interview.assessment(), &before);
}

#[test]
fn notes_and_states_live_beside_the_value() {
    let mut interview = fresh();
    send(
        &mut interview,
        [Message::GoTo("sensitive".into()), Message::Yes],
    );
    send(&mut interview, [Message::EditNote]);
    assert_eq!(interview.mode(), Mode::EditNote);
    send(
        &mut interview,
        [Message::SetNote(
            "Hälsouppgifter; beslut i workshopen\nandra raden".into(),
        )],
    );
    assert_eq!(interview.mode(), Mode::Question);
    send(&mut interview, [Message::CycleState]);
    let answer = interview
        .assessment()
        .answer("sensitive")
        .expect("answered");
    assert_eq!(answer.value, Some(Value::Yes));
    assert_eq!(
        answer.note,
        "Hälsouppgifter; beslut i workshopen\nandra raden"
    );
    assert_eq!(answer.state, AnswerState::FollowUp);
    send(&mut interview, [Message::CycleState, Message::CycleState]);
    assert_eq!(
        interview.current_answer().map(|a| a.state),
        Some(AnswerState::Disputed)
    );
    send(&mut interview, [Message::CycleState]);
    assert_eq!(
        interview.current_answer().map(|a| a.state),
        Some(AnswerState::Settled)
    );
    // Clearing the value keeps the note: the group's reasoning is not thrown away.
    send(&mut interview, [Message::ClearAnswer]);
    let answer = interview
        .assessment()
        .answer("sensitive")
        .expect("the note remains");
    assert_eq!(answer.value, None);
    assert!(answer.note.starts_with("Hälsouppgifter"));
}

#[test]
fn a_note_can_be_written_before_any_answer() {
    let mut interview = fresh();
    send(
        &mut interview,
        [Message::GoTo("children".into()), Message::EditNote],
    );
    send(
        &mut interview,
        [Message::SetNote("Fråga socialchefen".into())],
    );
    let answer = interview
        .assessment()
        .answer("children")
        .expect("note stored");
    assert_eq!(answer.value, None);
    assert_eq!(interview.progress().0, 0, "a note alone is no answer");
}

#[test]
fn exclusive_options_stand_alone() {
    let mut interview = fresh();
    send(&mut interview, [Message::GoTo("data-kinds".into())]);
    send(&mut interview, [Message::Digit(1), Message::Digit(2)]);
    assert_eq!(
        interview.assessment().value("data-kinds"),
        Some(&multi(&["health", "finance"]))
    );
    send(&mut interview, [Message::Digit(3)]);
    assert_eq!(
        interview.assessment().value("data-kinds"),
        Some(&multi(&["none"]))
    );
    send(&mut interview, [Message::Digit(1)]);
    assert_eq!(
        interview.assessment().value("data-kinds"),
        Some(&multi(&["health"]))
    );
    send(&mut interview, [Message::Digit(1)]);
    assert_eq!(
        interview.assessment().value("data-kinds"),
        None,
        "unticking the last clears"
    );
    // The highlight and space do the same as digits.
    send(&mut interview, [Message::CursorDown, Message::Toggle]);
    assert_eq!(
        interview.assessment().value("data-kinds"),
        Some(&multi(&["finance"]))
    );
}

#[test]
fn levels_take_their_digit_and_refuse_others() {
    let mut interview = fresh();
    send(
        &mut interview,
        [Message::GoTo("confidentiality".into()), Message::Digit(0)],
    );
    assert_eq!(
        interview.assessment().value("confidentiality"),
        Some(&Value::Level(0))
    );
    assert_eq!(interview.update(Message::Digit(7)), None);
    assert_eq!(
        interview.assessment().value("confidentiality"),
        Some(&Value::Level(0))
    );
    send(
        &mut interview,
        [Message::CursorDown, Message::CursorDown, Message::Toggle],
    );
    assert_eq!(
        interview.assessment().value("confidentiality"),
        Some(&Value::Level(2))
    );
    send(&mut interview, [Message::Unknown]);
    assert_eq!(
        interview.assessment().value("confidentiality"),
        Some(&Value::Unknown)
    );
}

#[test]
fn yes_no_and_choice_ignore_what_does_not_fit() {
    let mut interview = fresh();
    send(&mut interview, [Message::GoTo("vendor-seat".into())]);
    assert_eq!(interview.update(Message::Yes), None);
    assert_eq!(interview.update(Message::Digit(9)), None);
    assert_eq!(interview.assessment().value("vendor-seat"), None);
    // Enter on an unanswered choice moves on and records nothing, highlight or not; space
    // on the highlighted option is what names it.
    send(&mut interview, [Message::CursorDown, Message::Confirm]);
    assert_eq!(interview.assessment().value("vendor-seat"), None);
    assert_eq!(current_id(&interview), "data-kinds");
    send(
        &mut interview,
        [Message::Previous, Message::CursorDown, Message::Toggle],
    );
    assert_eq!(
        interview.assessment().value("vendor-seat"),
        Some(&Value::Choice("eu-eea".into()))
    );
}

#[test]
fn typed_answers_are_checked_against_their_kind() {
    let mut interview = fresh();
    send(
        &mut interview,
        [Message::GoTo("user-count".into()), Message::EditAnswer],
    );
    send(&mut interview, [Message::SetTyped("många".into())]);
    assert_eq!(
        interview.mode(),
        Mode::EditAnswer,
        "a wrong entry stays open to correct"
    );
    assert_eq!(
        interview.notice().map(|n| n.id),
        Some("notice-not-a-number")
    );
    send(&mut interview, [Message::SetTyped("-1".into())]);
    assert_eq!(
        interview.notice().map(|n| n.id),
        Some("notice-number-out-of-range")
    );
    send(&mut interview, [Message::SetTyped("12".into())]);
    assert_eq!(
        interview.assessment().value("user-count"),
        Some(&Value::Number(12))
    );

    send(
        &mut interview,
        [Message::GoTo("next-review".into()), Message::EditAnswer],
    );
    send(&mut interview, [Message::SetTyped("2027-02-30".into())]);
    assert_eq!(interview.notice().map(|n| n.id), Some("notice-not-a-date"));
    send(&mut interview, [Message::Cancel]);
    assert_eq!(interview.assessment().value("next-review"), None);

    send(
        &mut interview,
        [Message::GoTo("service-name".into()), Message::EditAnswer],
    );
    send(&mut interview, [Message::SetTyped("x".repeat(81))]);
    assert_eq!(
        interview.notice().map(|n| n.id),
        Some("notice-text-too-long")
    );
    send(&mut interview, [Message::SetTyped("å".repeat(80))]);
    assert_eq!(
        interview.assessment().value("service-name"),
        Some(&Value::Text("å".repeat(80)))
    );
    // An empty entry keeps the answer: clearing is the explicit ClearAnswer (Del).
    send(
        &mut interview,
        [Message::GoTo("service-name".into()), Message::EditAnswer],
    );
    send(&mut interview, [Message::SetTyped("  ".into())]);
    assert_eq!(
        interview.assessment().value("service-name"),
        Some(&Value::Text("å".repeat(80)))
    );
    send(
        &mut interview,
        [Message::GoTo("service-name".into()), Message::ClearAnswer],
    );
    assert_eq!(interview.assessment().value("service-name"), None);
}

#[test]
fn a_failed_save_keeps_the_answers_and_asks_before_quitting() {
    let mut interview = fresh();
    let failure = UserError::new(
        Text::new("error-save")
            .with("path", "x")
            .with("reason", "disk full"),
    );
    assert_eq!(
        interview.update(Message::Yes),
        None,
        "service-name is a text question"
    );
    send(&mut interview, [Message::GoTo("sensitive".into())]);
    assert_eq!(interview.update(Message::Yes), Some(Effect::Save));
    interview.update(Message::Saved(Err(failure.clone())));
    assert_eq!(
        interview.save_status(),
        &SaveStatus::Failed(failure.clone())
    );
    assert_eq!(interview.assessment().value("sensitive"), Some(&Value::Yes));

    // Quitting now asks first, and tries the save once more.
    assert_eq!(interview.update(Message::Quit), Some(Effect::Save));
    interview.update(Message::Saved(Err(failure)));
    assert_eq!(interview.mode(), Mode::ConfirmQuit);
    assert!(!interview.should_quit());
    interview.update(Message::Cancel);
    assert_eq!(interview.mode(), Mode::Question);

    // The next change retries; once it succeeds, quitting is immediate.
    assert_eq!(interview.update(Message::No), Some(Effect::Save));
    interview.update(Message::Saved(Ok(())));
    interview.update(Message::Quit);
    assert!(interview.should_quit());
}

#[test]
fn a_retry_that_succeeds_while_asking_quits() {
    let mut interview = fresh();
    send(&mut interview, [Message::GoTo("sensitive".into())]);
    interview.update(Message::Yes);
    interview.update(Message::Saved(Err(UserError::new(Text::new("error-save")))));
    assert_eq!(interview.update(Message::Quit), Some(Effect::Save));
    interview.update(Message::Saved(Ok(())));
    assert!(interview.should_quit());
}

#[test]
fn quitting_a_saved_interview_is_immediate() {
    let mut interview = fresh();
    interview.update(Message::Quit);
    assert!(interview.should_quit());
}

#[test]
fn a_new_assessment_asks_for_its_title_first() {
    let questionnaire = example();
    let assessment = Assessment::new(&questionnaire, "");
    let mut interview = Interview::new_untitled(questionnaire, assessment);
    assert_eq!(interview.mode(), Mode::AskTitle);
    assert_eq!(interview.update(Message::Yes), None);
    assert_eq!(interview.update(Message::SetTitle("   ".into())), None);
    assert_eq!(
        interview.notice().map(|n| n.id),
        Some("notice-title-required")
    );
    assert_eq!(
        interview.update(Message::SetTitle(" Självskattning ".into())),
        Some(Effect::Save)
    );
    assert_eq!(interview.assessment().title, "Självskattning");
    assert_eq!(interview.mode(), Mode::Question);
}

#[test]
fn the_overview_jumps_to_visible_questions_only() {
    let mut interview = fresh();
    send(&mut interview, [Message::ToggleOverview]);
    assert!(matches!(interview.mode(), Mode::Overview { selected: 0 }));
    for _ in 0..7 {
        send(&mut interview, [Message::CursorDown]);
    }
    // Index 7 is dpf-certified, hidden for a vendor that is not American.
    send(&mut interview, [Message::Confirm]);
    assert_eq!(
        interview.notice().map(|n| n.id),
        Some("notice-question-hidden")
    );
    send(&mut interview, [Message::CursorDown, Message::Confirm]);
    assert_eq!(interview.mode(), Mode::Question);
    assert_eq!(current_id(&interview), "confidentiality");
}

#[test]
fn overlays_open_and_close() {
    let mut interview = fresh();
    for (open, mode) in [
        (Message::ToggleHelp, Mode::Help),
        (Message::ToggleFindings, Mode::Findings { selected: 0 }),
        (Message::StartJump, Mode::Jump),
    ] {
        send(&mut interview, [open]);
        assert_eq!(interview.mode(), mode);
        send(&mut interview, [Message::Cancel]);
        assert_eq!(interview.mode(), Mode::Question);
    }
    send(&mut interview, [Message::ToggleProjector]);
    assert!(interview.projector());
    send(&mut interview, [Message::ToggleProjector]);
    assert!(!interview.projector());
}

#[test]
fn findings_get_an_owner_and_a_due_date() {
    let mut interview = fresh();
    send(
        &mut interview,
        [Message::GoTo("sensitive".into()), Message::Yes],
    );
    send(
        &mut interview,
        [Message::GoTo("children".into()), Message::Yes],
    );
    send(
        &mut interview,
        [Message::GoTo("confidentiality".into()), Message::Digit(4)],
    );
    send(&mut interview, [Message::ToggleFindings]);
    assert_eq!(
        interview.fired_finding_id(0),
        Some("dpia-required"),
        "most severe first"
    );
    send(&mut interview, [Message::CursorDown, Message::EditOwner]);
    assert_eq!(interview.mode(), Mode::EditOwner { selected: 1 });
    assert_eq!(
        interview.update(Message::SetOwner(" Informationssäkerhetschefen ".into())),
        Some(Effect::Save)
    );
    interview.update(Message::Saved(Ok(())));
    assert_eq!(interview.mode(), Mode::Findings { selected: 1 });
    send(
        &mut interview,
        [Message::EditDue, Message::SetDue("snart".into())],
    );
    assert_eq!(interview.notice().map(|n| n.id), Some("notice-not-a-date"));
    assert_eq!(
        interview.mode(),
        Mode::EditDue { selected: 1 },
        "stays open to correct"
    );
    send(&mut interview, [Message::SetDue("2027-03-31".into())]);
    let action = interview.action_of("high-confidentiality").expect("set");
    assert_eq!(action.owner, "Informationssäkerhetschefen");
    assert_eq!(action.due, "2027-03-31");
    // Clearing both removes the entry rather than leaving an empty block in the file.
    send(
        &mut interview,
        [Message::EditOwner, Message::SetOwner(String::new())],
    );
    send(
        &mut interview,
        [Message::EditDue, Message::SetDue(String::new())],
    );
    assert!(interview.assessment().actions.is_empty());
    send(&mut interview, [Message::Cancel]);
    assert_eq!(interview.mode(), Mode::Question);
}

#[test]
fn enter_on_every_unanswered_kind_moves_on_and_records_nothing() {
    let mut interview = fresh();
    let mut seen = Vec::new();
    // text, choice, multi, number, date, yes/no, yes/no, level: every kind of the example.
    for _ in 0..8 {
        seen.push(current_id(&interview));
        // A highlight moved onto an option is still no answer.
        send(&mut interview, [Message::CursorDown, Message::Confirm]);
    }
    assert_eq!(
        seen,
        [
            "service-name",
            "vendor-seat",
            "data-kinds",
            "user-count",
            "next-review",
            "sensitive",
            "children",
            "confidentiality"
        ]
    );
    assert!(
        interview.assessment().answers.is_empty(),
        "{:?}",
        interview.assessment().answers
    );
    assert_eq!(interview.progress(), (0, 8));
    assert!(!interview.can_undo(), "nothing changed, nothing to undo");
}

#[test]
fn after_the_last_question_comes_the_ending() {
    let mut interview = fresh();
    send(&mut interview, [Message::GoTo("confidentiality".into())]);
    send(&mut interview, [Message::Confirm]);
    assert_eq!(interview.mode(), Mode::Summary { selected: 0 });
    let summary = interview.summary();
    assert_eq!(summary.unanswered.len(), 8, "nothing answered: all open");
    // Reachable at any time from the overview.
    send(
        &mut interview,
        [Message::Cancel, Message::GoTo("sensitive".into())],
    );
    send(&mut interview, [Message::Yes, Message::CycleState]);
    send(
        &mut interview,
        [Message::GoTo("children".into()), Message::Unknown],
    );
    send(
        &mut interview,
        [Message::ToggleOverview, Message::ShowSummary],
    );
    assert_eq!(interview.mode(), Mode::Summary { selected: 0 });
    let summary = interview.summary();
    assert_eq!(summary.unanswered.len(), 6);
    assert_eq!(summary.unknown.len(), 1);
    assert_eq!(summary.open.len(), 1, "to follow up");
}

#[test]
fn the_ending_gives_high_findings_an_owner() {
    let mut interview = fresh();
    send(
        &mut interview,
        [
            Message::GoTo("sensitive".into()),
            Message::Yes,
            Message::GoTo("children".into()),
            Message::Yes,
            Message::ShowSummary,
        ],
    );
    let summary = interview.summary();
    assert_eq!(summary.high.len(), 1);
    assert_eq!(summary.high_without_owner, summary.high);
    send(&mut interview, [Message::EditOwner]);
    assert!(matches!(interview.mode(), Mode::EditOwner { .. }));
    send(&mut interview, [Message::SetOwner("Socialchefen".into())]);
    assert_eq!(interview.mode(), Mode::Summary { selected: 0 });
    assert!(interview.summary().high_without_owner.is_empty());
    assert_eq!(
        interview
            .action_of("dpia-required")
            .map(|a| a.owner.as_str()),
        Some("Socialchefen")
    );
    // And that too can be undone.
    send(&mut interview, [Message::Undo]);
    assert_eq!(interview.summary().high_without_owner.len(), 1);
}

#[test]
fn unknown_yet_is_counted_apart_from_answers() {
    let mut interview = fresh();
    send(
        &mut interview,
        [
            Message::GoTo("vendor-seat".into()),
            Message::Unknown,
            Message::GoTo("confidentiality".into()),
            Message::Unknown,
            Message::GoTo("sensitive".into()),
            Message::Yes,
        ],
    );
    let counts = interview.counts();
    assert_eq!((counts.answered, counts.unknown, counts.visible), (1, 2, 8));
    assert_eq!(counts.not_applicable, 0);
    // A follow-up question appears, and the total says why it grew.
    send(
        &mut interview,
        [Message::GoTo("vendor-seat".into()), Message::Digit(3)],
    );
    let counts = interview.counts();
    assert_eq!((counts.visible, counts.follow_ups), (9, 1));
}

/// Every kind of change, each undone and redone, also after its save went through.
#[test]
fn undo_and_redo_cover_every_kind_of_change() {
    let mut interview = fresh();
    let start = interview.assessment().clone();
    let mut states = vec![start.clone()];
    let changes: Vec<Vec<Message>> = vec![
        vec![Message::GoTo("sensitive".into()), Message::Yes],
        vec![Message::No],
        vec![Message::EditNote, Message::SetNote("Beslut 20/11".into())],
        vec![Message::CycleState],
        vec![Message::ClearAnswer],
        vec![
            Message::GoTo("service-name".into()),
            Message::EditAnswer,
            Message::SetTyped("Lifecare".into()),
        ],
        vec![
            Message::GoTo("data-kinds".into()),
            Message::Digit(1),
            Message::Digit(2),
        ],
        vec![
            Message::GoTo("sensitive".into()),
            Message::Yes,
            Message::GoTo("children".into()),
            Message::Yes,
            Message::ToggleFindings,
            Message::EditOwner,
            Message::SetOwner("Anna".into()),
            Message::EditDue,
            Message::SetDue("2027-01-31".into()),
            Message::Cancel,
        ],
    ];
    let mut steps = 0;
    for change in changes {
        for message in change {
            let before = interview.assessment().clone();
            send(&mut interview, [message]);
            if interview.assessment() != &before {
                steps += 1;
                states.push(interview.assessment().clone());
            }
        }
    }
    assert_eq!(steps, states.len() - 1);
    for expected in states.iter().rev().skip(1) {
        let effect = interview.update(Message::Undo);
        assert_eq!(
            effect,
            Some(Effect::Save),
            "an undo is saved like any change"
        );
        assert_eq!(interview.save_status(), &SaveStatus::Pending);
        interview.update(Message::Saved(Ok(())));
        assert_eq!(interview.assessment(), expected);
    }
    assert_eq!(interview.assessment(), &start);
    assert_eq!(
        interview.update(Message::Undo),
        None,
        "nothing more to undo"
    );
    for expected in states.iter().skip(1) {
        send(&mut interview, [Message::Redo]);
        assert_eq!(interview.assessment(), expected);
    }
    assert_eq!(interview.update(Message::Redo), None);
    // A new change after an undo forgets what was undone.
    send(&mut interview, [Message::Undo]);
    send(
        &mut interview,
        [Message::GoTo("children".into()), Message::No],
    );
    assert!(!interview.can_redo());
}

#[test]
fn undo_shows_the_question_it_changed() {
    let mut interview = fresh();
    send(
        &mut interview,
        [
            Message::GoTo("children".into()),
            Message::Yes,
            Message::GoTo("service-name".into()),
            Message::Undo,
        ],
    );
    assert_eq!(current_id(&interview), "children");
    assert_eq!(interview.assessment().value("children"), None);
}

#[test]
fn a_title_change_is_undone_too() {
    let questionnaire = example();
    let assessment = Assessment::new(&questionnaire, "");
    let mut interview = Interview::new_untitled(questionnaire, assessment);
    send(&mut interview, [Message::SetTitle("Lifecare".into())]);
    assert_eq!(interview.assessment().title, "Lifecare");
    send(&mut interview, [Message::Undo]);
    assert_eq!(interview.assessment().title, "");
}

#[test]
fn esc_keeps_a_typed_answer_and_stays_enter_moves_on() {
    let mut interview = fresh();
    send(
        &mut interview,
        [Message::EditAnswer, Message::KeepTyped("Lifecare".into())],
    );
    assert_eq!(current_id(&interview), "service-name");
    assert_eq!(interview.mode(), Mode::Question);
    assert_eq!(
        interview.assessment().value("service-name"),
        Some(&Value::Text("Lifecare".into()))
    );
    send(
        &mut interview,
        [Message::EditAnswer, Message::SetTyped("Lifecare AB".into())],
    );
    assert_eq!(current_id(&interview), "vendor-seat");
}

#[test]
fn the_projector_ignores_the_help_text_key_it_would_hide() {
    let questionnaire = example();
    let assessment = Assessment::new(&questionnaire, "Test");
    let mut interview = Interview::new(questionnaire, assessment).with_projector(true);
    let shown = interview.show_help_text();
    send(&mut interview, [Message::ToggleHelpText]);
    assert_eq!(interview.show_help_text(), shown);
}

#[test]
fn numbers_count_visible_questions_across_sections() {
    let mut interview = fresh();
    let numbers: Vec<Option<usize>> = (0..interview.question_count())
        .map(|i| interview.number_of(i))
        .collect();
    // dpf-certified (index 7) is hidden until the vendor is American.
    assert_eq!(
        numbers,
        [
            Some(1),
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            Some(6),
            Some(7),
            None,
            Some(8)
        ]
    );
    send(
        &mut interview,
        [Message::GoTo("vendor-seat".into()), Message::Digit(3)],
    );
    assert_eq!(interview.number_of(7), Some(8));
    assert_eq!(interview.number_of(8), Some(9));
}
