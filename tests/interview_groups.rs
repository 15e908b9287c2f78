//! The interview through a repeat group, by messages alone: items added, answered, renamed
//! and removed, undone, "not applicable", and the file that results.

use std::path::Path;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::interview::{Effect, Interview, Message, Mode};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};
use molnkoll::store;

fn example() -> Questionnaire {
    QuestionnaireSource::from_path(Path::new("docs/example/groups.ron"))
        .and_then(|source| source.parse())
        .expect("the groups example loads")
}

fn send(interview: &mut Interview, messages: impl IntoIterator<Item = Message>) {
    for message in messages {
        if interview.update(message) == Some(Effect::Save) {
            interview.update(Message::Saved(Ok(())));
        }
    }
}

fn key(interview: &Interview) -> String {
    interview.current_key().expect("a current place").to_owned()
}

/// Goes to the information-set list.
fn at_the_list() -> Interview {
    let questionnaire = example();
    let assessment = Assessment::new(&questionnaire, "Grupper");
    let mut interview = Interview::new(questionnaire, assessment);
    send(&mut interview, [Message::GoTo("information-set".into())]);
    assert_eq!(key(&interview), "information-set");
    interview
}

fn add(interview: &mut Interview, name: &str) {
    send(
        interview,
        [Message::AddItem, Message::SetItemName(name.into())],
    );
}

#[test]
fn three_items_answered_renamed_and_one_removed() {
    let mut interview = at_the_list();
    add(&mut interview, "Hälsouppgifter");
    add(&mut interview, "Inloggningsuppgifter");
    add(&mut interview, "Loggar");
    let names: Vec<&str> = interview.current_items().iter().map(|i| i.name).collect();
    assert_eq!(names, ["Hälsouppgifter", "Inloggningsuppgifter", "Loggar"]);
    assert_eq!(interview.highlighted_item().map(|i| i.name), Some("Loggar"));

    // Into the first item's questions; one that follows from the item's own answer.
    send(&mut interview, [Message::Next]);
    assert_eq!(
        key(&interview),
        "information-set/halsouppgifter/set-personal"
    );
    send(&mut interview, [Message::Yes, Message::Confirm]);
    assert_eq!(key(&interview), "information-set/halsouppgifter/set-art9");
    send(&mut interview, [Message::No, Message::Confirm]);
    send(&mut interview, [Message::Digit(3), Message::Confirm]);
    send(&mut interview, [Message::No, Message::Confirm]);
    // The next item starts with its first question; it was not asked about art. 9.
    assert_eq!(
        key(&interview),
        "information-set/inloggningsuppgifter/set-personal"
    );
    send(&mut interview, [Message::No, Message::Confirm]);
    assert_eq!(
        key(&interview),
        "information-set/inloggningsuppgifter/set-confidentiality"
    );

    // The finding over the group names the item behind it.
    let fired = interview
        .fired()
        .iter()
        .find(|f| interview.questionnaire().findings[f.finding].id == "unencrypted-confidential")
        .expect("fires for Hälsouppgifter");
    assert_eq!(
        fired.reasons,
        [
            "information-set/halsouppgifter/set-confidentiality",
            "information-set/halsouppgifter/set-encrypted"
        ]
    );

    // Back to the list: rename the second, remove the first after a yes.
    send(&mut interview, [Message::GoTo("information-set".into())]);
    send(
        &mut interview,
        [Message::CursorUp, Message::CursorUp, Message::CursorDown],
    );
    assert_eq!(
        interview.highlighted_item().map(|i| i.id),
        Some("inloggningsuppgifter")
    );
    send(&mut interview, [Message::RenameItem]);
    assert_eq!(interview.mode(), Mode::EditItemName { renaming: true });
    send(
        &mut interview,
        [Message::SetItemName("E-legitimation".into())],
    );
    let assessment = interview.assessment();
    assert_eq!(
        assessment.item_name("information-set", "inloggningsuppgifter"),
        Some("E-legitimation")
    );

    send(&mut interview, [Message::CursorUp, Message::RemoveItem]);
    assert_eq!(interview.mode(), Mode::ConfirmRemoveItem);
    send(&mut interview, [Message::No]);
    assert_eq!(
        interview.current_items().len(),
        3,
        "anything but yes keeps it"
    );
    send(&mut interview, [Message::RemoveItem, Message::Yes]);
    let assessment = interview.assessment();
    assert!(
        assessment
            .answers
            .keys()
            .all(|k| !k.contains("halsouppgifter"))
    );
    assert_eq!(interview.current_items().len(), 2);
    assert!(
        !interview
            .fired()
            .iter()
            .any(|f| interview.questionnaire().findings[f.finding].id
                == "unencrypted-confidential")
    );

    // Undo brings the item back whole, with every answer.
    send(&mut interview, [Message::Undo]);
    let assessment = interview.assessment();
    assert_eq!(
        assessment.value("information-set/halsouppgifter/set-confidentiality"),
        Some(&Value::Level(3))
    );
    assert_eq!(assessment.items("information-set").len(), 3);
    // And shows where it changed: on the restored item's questions.
    assert!(key(&interview).starts_with("information-set/halsouppgifter/"));
}

#[test]
fn the_file_after_an_interview_is_deterministic_and_one_answer_is_one_line() {
    let mut interview = at_the_list();
    add(&mut interview, "Hälsouppgifter");
    add(&mut interview, "Loggar");
    send(
        &mut interview,
        [Message::Next, Message::Yes, Message::Confirm],
    );
    let first = store::to_ron(interview.assessment());
    assert_eq!(first, store::to_ron(&interview.assessment().clone()));
    send(&mut interview, [Message::Previous, Message::No]);
    let second = store::to_ron(interview.assessment());
    let changed: Vec<(&str, &str)> = first
        .lines()
        .zip(second.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [("            value: Yes,", "            value: No,")]
    );
}

#[test]
fn an_empty_or_numbered_name_adds_nothing() {
    let mut interview = at_the_list();
    send(
        &mut interview,
        [Message::AddItem, Message::SetItemName("   ".into())],
    );
    assert!(interview.current_items().is_empty());
    assert!(interview.notice().is_some());
    send(
        &mut interview,
        [
            Message::AddItem,
            Message::SetItemName("Klient 811218-9876".into()),
        ],
    );
    assert!(interview.current_items().is_empty(), "warned first");
}

#[test]
fn yes_and_digits_on_the_list_answer_nothing() {
    let mut interview = at_the_list();
    add(&mut interview, "Loggar");
    let before = interview.assessment().clone();
    send(
        &mut interview,
        [
            Message::Yes,
            Message::No,
            Message::Digit(1),
            Message::Toggle,
        ],
    );
    assert_eq!(interview.assessment(), &before);
}

#[test]
fn not_applicable_only_where_allowed() {
    let questionnaire = example();
    let assessment = Assessment::new(&questionnaire, "NA");
    let mut interview = Interview::new(questionnaire, assessment);
    send(
        &mut interview,
        [Message::GoTo("client-data".into()), Message::NotApplicable],
    );
    assert_eq!(interview.assessment().value("client-data"), None);
    assert!(interview.notice().is_some());
    send(
        &mut interview,
        [Message::GoTo("sol-secrecy".into()), Message::NotApplicable],
    );
    assert_eq!(
        interview.assessment().value("sol-secrecy"),
        Some(&Value::NotApplicable)
    );
    assert_eq!(interview.counts().not_applicable, 1);
    assert_eq!(interview.assessment().format, 2);
}

#[test]
fn answering_moves_the_file_to_the_questionnaire_version() {
    let questionnaire = example();
    let mut assessment = Assessment::new(&questionnaire, "Gammal");
    assessment.questionnaire_version = 1;
    let mut interview = Interview::new(questionnaire, assessment);
    send(
        &mut interview,
        [Message::GoTo("client-data".into()), Message::Yes],
    );
    assert_eq!(interview.assessment().questionnaire_version, 2);
}

#[test]
fn derived_values_and_findings_that_wait_are_in_the_model() {
    let mut interview = at_the_list();
    let pending: Vec<&str> = interview
        .pending()
        .iter()
        .map(|p| interview.questionnaire().findings[p.finding].id.as_str())
        .collect();
    assert!(pending.contains(&"no-dpf"), "{pending:?}");
    add(&mut interview, "Hälsouppgifter");
    add(&mut interview, "Loggar");
    send(
        &mut interview,
        [
            Message::GoTo("information-set/loggar/set-confidentiality".into()),
            Message::Digit(2),
        ],
    );
    let derived = interview.derived_for("information-set");
    let values: Vec<(&str, Option<i64>)> = derived
        .iter()
        .map(|(d, v)| (d.id.as_str(), v.value))
        .collect();
    assert_eq!(
        values,
        [("service-confidentiality", Some(2)), ("set-count", Some(2))]
    );
    assert_eq!(
        derived[0].1.keys,
        ["information-set/loggar/set-confidentiality"]
    );
}

#[test]
fn two_items_of_one_name_are_refused() {
    let mut interview = at_the_list();
    add(&mut interview, "Salesforce");
    add(&mut interview, "salesforce ");
    assert_eq!(interview.current_items().len(), 1);
    assert!(interview.notice().is_some());
    // Renaming an item to its own name is no conflict.
    send(
        &mut interview,
        [
            Message::RenameItem,
            Message::SetItemName("Salesforce".into()),
        ],
    );
    assert!(interview.notice().is_none());
}

#[test]
fn a_value_that_does_not_fit_is_asked_again_not_counted() {
    let questionnaire = example();
    let mut assessment = Assessment::new(&questionnaire, "Handskriven");
    assessment.answers.insert(
        "client-data".into(),
        molnkoll::assessment::Answer::new(Value::Choice("banana".into())),
    );
    let mut interview = Interview::new(questionnaire, assessment);
    assert_eq!(interview.counts().answered, 0, "banana is no answer");
    send(&mut interview, [Message::GoTo("client-data".into())]);
    assert!(interview.current_misfits());
    send(&mut interview, [Message::Yes]);
    assert!(!interview.current_misfits());
    assert_eq!(
        interview.assessment().value("client-data"),
        Some(&Value::Yes)
    );
}

#[test]
fn setting_an_owner_settles_a_merge_conflict_on_the_action() {
    use molnkoll::assessment::{Action, ActionConflict};
    let questionnaire = example();
    let mut assessment = Assessment::new(&questionnaire, "Konflikt");
    assessment.answers.insert(
        "vendor-seat".into(),
        molnkoll::assessment::Answer::new(Value::Choice("usa".into())),
    );
    assessment.answers.insert(
        "dpf-certified".into(),
        molnkoll::assessment::Answer::new(Value::No),
    );
    let ours = Action {
        owner: "Anna".into(),
        due: String::new(),
    };
    assessment.actions.insert("no-dpf".into(), ours.clone());
    assessment.conflicts.actions.insert(
        "no-dpf".into(),
        ActionConflict {
            ours: Some(ours),
            theirs: Some(Action {
                owner: "Bertil".into(),
                due: "2027-01-31".into(),
            }),
        },
    );
    let mut interview = Interview::new(questionnaire, assessment);
    send(&mut interview, [Message::ToggleFindings]);
    let selected = interview
        .fired()
        .iter()
        .position(|f| interview.questionnaire().findings[f.finding].id == "no-dpf")
        .expect("fires");
    for _ in 0..selected {
        send(&mut interview, [Message::CursorDown]);
    }
    // Keeping our owner as it is, on purpose, is a decision too.
    send(
        &mut interview,
        [Message::EditOwner, Message::SetOwner("Anna".into())],
    );
    assert!(interview.assessment().conflicts.actions.is_empty());
    assert_eq!(interview.assessment().actions["no-dpf"].owner, "Anna");
}

#[test]
fn a_note_over_the_limit_is_refused_not_saved() {
    let mut interview = at_the_list();
    let long = "x".repeat(molnkoll::strict::MAX_TEXT_CHARS + 1);
    send(&mut interview, [Message::EditNote, Message::SetNote(long)]);
    assert!(interview.notice().is_some());
    assert!(interview.assessment().answers.is_empty());
    assert_eq!(
        interview.mode(),
        Mode::EditNote,
        "the editor stays open to shorten it"
    );
}

#[test]
fn a_new_title_settles_a_merge_conflict_on_the_title() {
    use molnkoll::assessment::TitleConflict;
    let questionnaire = example();
    let mut assessment = Assessment::new(&questionnaire, "Vår titel");
    assessment.conflicts.title = Some(TitleConflict {
        ours: "Vår titel".into(),
        theirs: "Deras titel".into(),
    });
    let mut interview = Interview::new(questionnaire, assessment);
    send(&mut interview, [Message::EditTitle]);
    assert_eq!(interview.mode(), Mode::EditTitle);
    // Keeping ours, on purpose, settles it too.
    send(&mut interview, [Message::SetTitle("Vår titel".into())]);
    assert!(interview.assessment().conflicts.title.is_none());
    assert_eq!(interview.assessment().title, "Vår titel");
    send(
        &mut interview,
        [Message::EditTitle, Message::SetTitle("Ny".into())],
    );
    assert_eq!(interview.assessment().title, "Ny");
    send(&mut interview, [Message::Undo]);
    assert_eq!(interview.assessment().title, "Vår titel");
}
