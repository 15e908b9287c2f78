//! Loading is strict about meaning (issue 15, item 6): values that do not fit their
//! question, duplicate keys and a newer questionnaire are reported, never counted.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use molnkoll::assessment::{Answer, Assessment, Value};
use molnkoll::check::{self, Issue};
use molnkoll::commands;
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};
use molnkoll::store;
use molnkoll::strict;

fn example() -> Questionnaire {
    QuestionnaireSource::from_path(&common::example_path())
        .unwrap()
        .parse()
        .unwrap()
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 27)
}

fn misfit_ids(issues: &[Issue]) -> Vec<&str> {
    issues
        .iter()
        .filter_map(|issue| match issue {
            Issue::Misfit { question } => Some(question.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn loading_is_strict_values_that_do_not_fit_are_reported_and_not_counted() {
    let q = example();
    let mut a = Assessment::new(&q, "t");
    for (id, value) in [
        ("sensitive", Value::Choice("banana".into())),
        ("vendor-seat", Value::Text("usa".into())),
        ("next-review", Value::Date("not a date".into())),
        ("confidentiality", Value::Level(9)),
        ("user-count", Value::Number(-5)),
        (
            "data-kinds",
            Value::Multi(BTreeSet::from(["cars".to_owned()])),
        ),
        ("children", Value::Level(1)),
    ] {
        a.answers.insert(id.into(), Answer::new(value));
    }
    let issues = check::check(&q, &a, today());
    let mut ids = misfit_ids(&issues);
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "children",
            "confidentiality",
            "data-kinds",
            "next-review",
            "sensitive",
            "user-count",
            "vendor-seat"
        ]
    );
    assert_eq!(commands::progress(&q, &a).answered, 0);
    assert_eq!(strict::misfits(&q, &a).len(), 7);
}

#[test]
fn loading_is_strict_every_fitting_value_fits() {
    let q = example();
    let mut a = Assessment::new(&q, "t");
    for (id, value) in [
        ("sensitive", Value::Yes),
        ("children", Value::Unknown),
        ("vendor-seat", Value::Choice("usa".into())),
        ("next-review", Value::Date("2027-02-28".into())),
        ("confidentiality", Value::Level(4)),
        ("user-count", Value::Number(0)),
        (
            "data-kinds",
            Value::Multi(BTreeSet::from(["health".to_owned()])),
        ),
        ("service-name", Value::Text("Tjänst".into())),
    ] {
        a.answers.insert(id.into(), Answer::new(value));
    }
    assert_eq!(
        misfit_ids(&check::check(&q, &a, today())),
        Vec::<&str>::new()
    );
    assert_eq!(commands::progress(&q, &a).answered, 8);
    // A date that does not exist is no date.
    a.answers.insert(
        "next-review".into(),
        Answer::new(Value::Date("2027-02-30".into())),
    );
    assert_eq!(misfit_ids(&check::check(&q, &a, today())), ["next-review"]);
}

#[test]
fn loading_is_strict_a_duplicate_answer_key_is_an_error_not_last_wins() {
    let text = "Assessment(format: 1, questionnaire: \"x\", questionnaire_version: 1, title: \"\",\n    answers: {\n        \"a\": (value: Yes),\n        \"a\": (value: No),\n    },\n)\n";
    let error = store::parse(Path::new("dup.molnkoll.ron"), text.to_owned()).unwrap_err();
    assert_eq!(error.message.id, "error-duplicate-key", "{error}");
    let location = error.location.expect("located");
    assert_eq!((location.line, location.column), (4, 9));
    // The same for actions.
    let text = "Assessment(format: 1, questionnaire: \"x\", questionnaire_version: 1, title: \"\",\n    actions: {\"f\": (owner: \"A\"), \"f\": (owner: \"B\")},\n)\n";
    let error = store::parse(Path::new("dup.molnkoll.ron"), text.to_owned()).unwrap_err();
    assert_eq!(error.message.id, "error-duplicate-key", "{error}");
}

#[test]
fn loading_is_strict_a_newer_questionnaire_version_is_reported() {
    let q = example();
    let mut a = Assessment::new(&q, "t");
    a.questionnaire_version = q.version + 1;
    let issues = check::check(&q, &a, today());
    assert!(
        issues.contains(&Issue::NewerQuestionnaire {
            found: q.version + 1,
            known: q.version
        }),
        "{issues:?}"
    );
}

#[test]
fn limits_a_note_over_the_limit_is_reported_by_check() {
    let q = example();
    let mut a = Assessment::new(&q, "t");
    a.answers.insert(
        "sensitive".into(),
        Answer::new(Value::Yes).with_note("x".repeat(strict::MAX_TEXT_CHARS + 1)),
    );
    let issues = check::check(&q, &a, today());
    assert!(
        issues.contains(&Issue::TextOverLimit {
            place: "note:sensitive".into(),
            max: strict::MAX_TEXT_CHARS
        }),
        "{issues:?}"
    );
}
