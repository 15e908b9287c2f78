//! After a change the interview re-decides only what the changed answers can reach (issue
//! 17). Whatever the changes, what it shows must equal what opening the interview on the
//! same answers computes from scratch: visibility, numbers, counts, findings that fire or
//! wait, and derived values.

mod common;

use std::path::Path;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::interview::{Interview, Message};
use molnkoll::items::member_key;
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
    check_from(
        questionnaire,
        Assessment::new(questionnaire, "Steg för steg"),
        steps,
    )
}

fn check_from(
    questionnaire: &Questionnaire,
    assessment: Assessment,
    steps: Vec<Step>,
) -> Result<(), TestCaseError> {
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

/// Repeat groups read every way the rules read them, so that each item's kept outcome is
/// put to the test (issue 17): quantifiers at the top, in named conditions shared by two
/// findings, nested in another item's scope and over another group; an item's condition
/// that also reads a question outside the group, or a derived value over all items;
/// comparisons with a derived maximum both ways; and items' questions asked by their own
/// item and by a question outside the group. A section and a question hang on
/// quantifiers too.
const QUANTIFIED: &str = r#"Questionnaire(format: 2, id: "quantified", version: 1, content_as_of: "2026-11-27",
    conditions: {
        "confidential": LevelAtLeast("conf", 3),
        "some-unencrypted": AnyItem("sets", Not(Is("encrypted", Yes))),
    },
    sections: [
        Section(id: "s", questions: [
            Question(id: "seat", kind: Choice(["sweden", "usa"])),
            Question(id: "sets", kind: Group([
                Question(id: "personal", kind: YesNo),
                Question(id: "art9", kind: YesNo, show_if: Some(Is("personal", Yes))),
                Question(id: "conf", kind: Level(0, 4)),
                Question(id: "encrypted", kind: YesNo, not_applicable: true),
                Question(id: "abroad", kind: YesNo,
                         show_if: Some(All([Is("seat", Choice("usa")), Not(Is("personal", No))]))),
            ])),
            Question(id: "all-encrypted-why", kind: YesNo,
                     show_if: Some(EveryItem("sets", Is("encrypted", Yes)))),
        ]),
        Section(id: "vendors", show_if: Some(AnyItem("sets", Is("personal", Yes))), questions: [
            Question(id: "vendor", kind: Group([
                Question(id: "vetted", kind: YesNo),
                Question(id: "risk", kind: Level(1, 4)),
            ])),
        ]),
    ],
    derived: [
        Derived(id: "max-conf", value: Max("sets", "conf")),
        Derived(id: "set-count", value: Count("sets")),
        Derived(id: "max-risk", value: Max("vendor", "risk")),
    ],
    findings: [
        Finding(id: "unencrypted", severity: High,
                when: AnyItem("sets", All([Named("confidential"), Not(Is("encrypted", Yes))]))),
        Finding(id: "all-personal", severity: Info, when: EveryItem("sets", Is("personal", Yes))),
        Finding(id: "high", severity: Warning, when: LevelAtLeast("max-conf", 3)),
        Finding(id: "low", severity: Info, when: LevelAtMost("max-conf", 1)),
        Finding(id: "abroad-personal", severity: High,
                when: AnyItem("sets", All([Is("personal", Yes), Is("seat", Choice("usa"))]))),
        Finding(id: "art9-somewhere", severity: Warning,
                when: EveryItem("sets", AnyItem("sets", Is("art9", Yes)))),
        Finding(id: "near-max", severity: Info,
                when: AnyItem("sets", All([LevelAtLeast("max-conf", 2), Is("encrypted", No)]))),
        Finding(id: "personal-all-low", severity: Info,
                when: AnyItem("sets", All([Is("personal", Yes), LevelAtMost("max-conf", 2)]))),
        Finding(id: "some-unencrypted", severity: Info, when: Named("some-unencrypted")),
        Finding(id: "unencrypted-abroad", severity: High,
                when: All([Named("some-unencrypted"), Is("seat", Choice("usa"))])),
        Finding(id: "conf-open", severity: Info, when: AnyItem("sets", Unanswered("conf"))),
        Finding(id: "conf-given", severity: Info, when: EveryItem("sets", Answered("conf"))),
        Finding(id: "two-of", severity: Warning,
                when: AtLeast(2, [
                    AnyItem("sets", Is("encrypted", NotApplicable)),
                    EveryItem("sets", LevelAtMost("conf", 2)),
                    Is("seat", Choice("sweden")),
                ])),
        Finding(id: "many", severity: Info, when: LevelAtLeast("set-count", 3)),
        Finding(id: "unvetted-personal", severity: High,
                when: AnyItem("vendor", All([Is("vetted", No), AnyItem("sets", Is("personal", Yes))]))),
        Finding(id: "risky", severity: Warning, when: LevelAtLeast("max-risk", 3)),
    ],
)"#;

/// Three sets and one vendor, partly answered.
fn quantified_assessment(questionnaire: &Questionnaire) -> Assessment {
    let mut assessment = Assessment::new(questionnaire, "Kvantifierat");
    assessment.set_value("seat", Some(Value::Choice("usa".into())));
    for (name, personal, conf) in [
        ("Elever", true, Some(3)),
        ("Personal", false, Some(1)),
        ("Övrigt", true, None),
    ] {
        let item = assessment.add_item("sets", name);
        let key = |question: &str| member_key("sets", &item, question);
        let personal = if personal { Value::Yes } else { Value::No };
        assessment.set_value(&key("personal"), Some(personal));
        match conf {
            Some(conf) => assessment.set_value(&key("conf"), Some(Value::Level(conf))),
            None => assessment.set_value(&key("encrypted"), Some(Value::Yes)),
        }
    }
    let vendor = assessment.add_item("vendor", "Leverantör");
    assessment.set_value(&member_key("vendor", &vendor, "vetted"), Some(Value::No));
    assessment
}

/// Follow-ups of follow-ups: a change at the top hides or shows a chain of questions, a
/// section, and the findings that read the end of the chain, through visibility alone.
const CHAINED: &str = r#"Questionnaire(format: 2, id: "chained", version: 1, content_as_of: "2026-11-27",
    sections: [
        Section(id: "a", questions: [
            Question(id: "cloud", kind: YesNo),
            Question(id: "personal", kind: YesNo, show_if: Some(Is("cloud", Yes))),
            Question(id: "sensitive", kind: YesNo, show_if: Some(Is("personal", Yes))),
            Question(id: "why", kind: Text(max_chars: 40), show_if: Some(Answered("sensitive"))),
        ]),
        Section(id: "b", show_if: Some(Is("sensitive", Yes)), questions: [
            Question(id: "dpia", kind: YesNo),
        ]),
        Section(id: "c", questions: [
            Question(id: "later", kind: YesNo, show_if: Some(Not(Answered("why")))),
        ]),
    ],
    findings: [
        Finding(id: "sensitive-in-cloud", severity: High, when: Is("sensitive", Yes)),
        Finding(id: "why-missing", severity: Info,
                when: All([Answered("sensitive"), Unanswered("why")])),
    ],
)"#;

fn chained_assessment(questionnaire: &Questionnaire) -> Assessment {
    let mut assessment = Assessment::new(questionnaire, "Kedja");
    for id in ["cloud", "personal", "sensitive"] {
        assessment.set_value(id, Some(Value::Yes));
    }
    assessment.set_value("why", Some(Value::Text("journaler".into())));
    assessment
}

#[test]
fn a_change_reaches_the_whole_chain_of_follow_ups() {
    let questionnaire = common::questionnaire(CHAINED);
    let steps = vec![
        Step::GoTo(0),
        Step::Send(Message::No),
        Step::Send(Message::Undo),
        Step::GoTo(1),
        Step::Send(Message::No),
        Step::Send(Message::Yes),
        Step::GoTo(0),
        Step::Send(Message::ClearAnswer),
        Step::Send(Message::Redo),
    ];
    check_from(&questionnaire, chained_assessment(&questionnaire), steps).unwrap();
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

proptest! {
    // Twice the cases: each item's kept outcome goes wrong only on some paths.
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn quantified_groups_match_a_fresh_interview(
        steps in prop::collection::vec(step(), 0..80),
    ) {
        let questionnaire = common::questionnaire(QUANTIFIED);
        check_from(&questionnaire, quantified_assessment(&questionnaire), steps)?;
    }

    #[test]
    fn chained_follow_ups_match_a_fresh_interview(
        steps in prop::collection::vec(step(), 0..40),
    ) {
        let questionnaire = common::questionnaire(CHAINED);
        check_from(&questionnaire, chained_assessment(&questionnaire), steps)?;
    }
}
