//! A number masked because a signal ended the program during its warning is announced the
//! next time the file opens.

use molnkoll::assessment::{Answer, AnswerState, Assessment, Value};
use molnkoll::commands::masked_numbers;
use molnkoll::personal_number::{MASK, mask};
use molnkoll::questionnaire::embedded;

#[test]
fn the_next_opening_names_the_answers_with_a_masked_number() {
    let questionnaire = embedded().expect("loads");
    let mut assessment = Assessment::new(&questionnaire, "Maskerad");
    assert_eq!(masked_numbers(&assessment), None);
    let note = mask("Gäller 811218-9876 enligt beslut");
    assert!(note.contains(MASK), "{note}");
    assessment.answers.insert(
        "dpia-sensitive".into(),
        Answer::new(Value::Yes)
            .with_note(note)
            .with_state(AnswerState::FollowUp),
    );
    let warning = masked_numbers(&assessment).expect("announced");
    assert_eq!(warning.id, "warning-masked-number");
    assert!(format!("{warning}").contains("dpia-sensitive"), "{warning}");
}
