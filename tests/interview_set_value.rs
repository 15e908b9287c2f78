//! `Message::SetValue`: a whole answer in one message, as `--plain` reads "1 3". One change,
//! one undo, and checked against the question like every answer.

mod common;

use std::collections::BTreeSet;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::interview::{Effect, Interview, Message};

fn interview() -> Interview {
    let (questionnaire, _) = common::docs_example();
    let assessment = Assessment::new(&questionnaire, "T");
    let mut interview = Interview::new(questionnaire, assessment);
    interview.update(Message::GoTo("data-kinds".into()));
    interview
}

fn multi(options: &[&str]) -> Value {
    Value::Multi(
        options
            .iter()
            .map(|o| (*o).to_owned())
            .collect::<BTreeSet<_>>(),
    )
}

#[test]
fn several_options_are_one_change_and_one_undo() {
    let mut interview = interview();
    let effect = interview.update(Message::SetValue(multi(&["health", "finance"])));
    assert_eq!(effect, Some(Effect::Save));
    assert_eq!(
        interview.assessment().value("data-kinds"),
        Some(&multi(&["health", "finance"]))
    );
    interview.update(Message::Undo);
    assert_eq!(
        interview.assessment().value("data-kinds"),
        None,
        "undone whole"
    );
    assert!(!interview.can_undo());
}

#[test]
fn a_value_that_does_not_fit_is_not_taken() {
    let mut interview = interview();
    // "none" is exclusive: it cannot stand with another option.
    for wrong in [
        multi(&["none", "health"]),
        multi(&["no-such-option"]),
        Value::Yes,
        Value::Level(2),
        Value::NotApplicable,
    ] {
        let effect = interview.update(Message::SetValue(wrong.clone()));
        assert_eq!(effect, None, "{wrong:?}");
        assert_eq!(
            interview.assessment().value("data-kinds"),
            None,
            "{wrong:?}"
        );
    }
    assert!(
        interview.notice().is_some(),
        "not applicable says why it is refused"
    );
}
