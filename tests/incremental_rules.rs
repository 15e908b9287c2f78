//! After a change the interview re-decides only what the changed answers can reach (issue
//! 17). Whatever the changes, what it shows must equal what opening the interview on the
//! same answers computes from scratch: visibility, numbers, counts, findings that fire or
//! wait, and derived values.

use std::path::Path;

use molnkoll::assessment::Assessment;
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Step {
    Send(Message),
    /// Go to the place at this position (modulo the number of places).
    GoTo(usize),
}

fn step() -> impl Strategy<Value = Step> {
    let message = prop_oneof![
        Just(Message::Yes),
        Just(Message::No),
        Just(Message::Unknown),
        Just(Message::NotApplicable),
        (0u8..6).prop_map(Message::Digit),
        Just(Message::Toggle),
        Just(Message::CursorDown),
        Just(Message::ClearAnswer),
        Just(Message::CycleState),
        Just(Message::Undo),
        Just(Message::Redo),
        Just(Message::AddItem),
        Just(Message::RemoveItem),
        Just(Message::Confirm),
        "[A-Za-z]{1,8}".prop_map(Message::SetItemName),
        "[a-z0-9 ]{0,12}".prop_map(Message::SetTyped),
        Just(Message::EditAnswer),
        Just(Message::Cancel),
    ];
    prop_oneof![
        3 => message.prop_map(Step::Send),
        2 => (0usize..500).prop_map(Step::GoTo),
    ]
}

fn load(path: Option<&str>) -> Questionnaire {
    let source = match path {
        Some(path) => QuestionnaireSource::from_path(Path::new(path)).expect("reads"),
        None => QuestionnaireSource::embedded(),
    };
    source.parse().expect("parses")
}

/// Everything the interview derives from the answers, as its public accessors show it.
fn derived_state(interview: &Interview) -> String {
    let mut out = String::new();
    for index in 0..interview.question_count() {
        out.push_str(&format!(
            "{} {} {:?}\n",
            interview.slot_at(index).map_or("", |s| s.key.as_str()),
            interview.is_visible(index),
            interview.number_of(index)
        ));
    }
    for section in 0..interview.questionnaire().sections.len() {
        out.push_str(&format!("{:?}\n", interview.section_counts(section)));
    }
    out.push_str(&format!(
        "{:?}\n{:?}\n",
        interview.fired(),
        interview.pending()
    ));
    for question in interview.questionnaire().questions() {
        if question.is_group() {
            out.push_str(&format!("{:?}\n", interview.derived_for(&question.id)));
            out.push_str(&format!(
                "{:?}\n",
                interview.risk_matrices_for(&question.id)
            ));
        }
    }
    out
}

fn check(questionnaire: &Questionnaire, steps: Vec<Step>) -> Result<(), TestCaseError> {
    let assessment = Assessment::new(questionnaire, "Steg för steg");
    let mut interview = Interview::new(questionnaire.clone(), assessment);
    for step in steps {
        match step {
            Step::Send(message) => {
                interview.update(message);
            }
            Step::GoTo(n) => {
                let count = interview.question_count().max(1);
                if let Some(key) = interview.slot_at(n % count).map(|s| s.key.clone()) {
                    interview.update(Message::Cancel);
                    interview.update(Message::GoTo(key));
                }
            }
        }
        let fresh = Interview::new(questionnaire.clone(), interview.assessment().clone());
        prop_assert_eq!(derived_state(&interview), derived_state(&fresh));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn groups_example_matches_a_fresh_interview(steps in prop::collection::vec(step(), 0..60)) {
        check(&load(Some("docs/example/groups.ron")), steps)?;
    }

    #[test]
    fn embedded_questionnaire_matches_a_fresh_interview(
        steps in prop::collection::vec(step(), 0..60),
    ) {
        check(&load(None), steps)?;
    }
}
