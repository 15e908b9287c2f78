//! Undo and redo keep only what each change changed (issue 17): any sequence of changes,
//! taken back one by one, gives back every assessment the room saw, in reverse, and redone
//! gives them again.

use std::path::Path;

use molnkoll::assessment::Assessment;
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::QuestionnaireSource;
use proptest::prelude::*;

fn message() -> impl Strategy<Value = Message> {
    prop_oneof![
        Just(Message::Yes),
        Just(Message::No),
        Just(Message::Unknown),
        Just(Message::NotApplicable),
        (0u8..10).prop_map(Message::Digit),
        Just(Message::Toggle),
        Just(Message::CursorDown),
        Just(Message::Confirm),
        Just(Message::Next),
        Just(Message::Previous),
        Just(Message::ClearAnswer),
        Just(Message::CycleState),
        Just(Message::EditNote),
        "[a-z ]{0,20}".prop_map(Message::SetNote),
        Just(Message::EditTitle),
        "[A-Za-z ]{1,20}".prop_map(Message::SetTitle),
        Just(Message::AddItem),
        Just(Message::RenameItem),
        Just(Message::RemoveItem),
        "[A-Za-z]{1,12}".prop_map(Message::SetItemName),
        Just(Message::GoTo("information-set".into())),
        Just(Message::ToggleFindings),
        Just(Message::EditOwner),
        "[a-z]{1,8}".prop_map(Message::SetOwner),
        Just(Message::Cancel),
    ]
}

fn interview() -> Interview {
    let source =
        QuestionnaireSource::from_path(Path::new("docs/example/groups.ron")).expect("reads");
    let questionnaire = source.parse().expect("parses");
    let assessment = Assessment::new(&questionnaire, "Grupper");
    Interview::new(questionnaire, assessment)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn undo_gives_back_every_assessment_and_redo_every_one_again(
        messages in prop::collection::vec(message(), 0..60),
    ) {
        let mut interview = interview();
        let mut seen: Vec<Assessment> = vec![interview.assessment().clone()];
        for message in messages {
            interview.update(message);
            if interview.assessment() != seen.last().expect("one at least") {
                seen.push(interview.assessment().clone());
            }
        }
        // Leave whatever is open, so that undo is a command.
        interview.update(Message::Cancel);
        interview.update(Message::Cancel);
        for expected in seen.iter().rev().skip(1) {
            prop_assert!(interview.can_undo());
            interview.update(Message::Undo);
            prop_assert_eq!(interview.assessment(), expected);
        }
        prop_assert!(!interview.can_undo());
        for expected in seen.iter().skip(1) {
            interview.update(Message::Redo);
            prop_assert_eq!(interview.assessment(), expected);
        }
        prop_assert!(!interview.can_redo());
    }
}
