//! Conditions (`show_if`) and findings: every operator, hidden questions, and findings that
//! explain themselves.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use molnkoll::assessment::{Answer, AnswerState, Assessment, Value};
use molnkoll::commands::{Progress, progress};
use molnkoll::questionnaire::{Questionnaire, Severity};
use molnkoll::rules::{ActiveAnswers, Condition, Expect, fired_findings};

use common::questionnaire;

/// One question of every kind, none of them conditional.
const KINDS: &str = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
    Section(id: "s", questions: [
        Question(id: "yn", kind: YesNo),
        Question(id: "other", kind: YesNo),
        Question(id: "pick", kind: Choice(["a", "b"])),
        Question(id: "multi", kind: Multi(options: ["x", "y", "none"], exclusive: ["none"])),
        Question(id: "lvl", kind: Level(0, 4)),
        Question(id: "num", kind: Number(min: None, max: None)),
        Question(id: "txt", kind: Text(max_chars: 20)),
        Question(id: "day", kind: Date),
    ]),
])"#;

fn kinds() -> Questionnaire {
    questionnaire(KINDS)
}

fn answers(values: &[(&str, Value)]) -> BTreeMap<String, Answer> {
    values
        .iter()
        .map(|(id, value)| ((*id).to_owned(), Answer::new(value.clone())))
        .collect()
}

fn multi(options: &[&str]) -> Value {
    Value::Multi(
        options
            .iter()
            .map(|o| (*o).to_owned())
            .collect::<BTreeSet<_>>(),
    )
}

/// `Some(reasons)` when the condition holds on these answers to `KINDS`.
fn explain(values: &[(&str, Value)], condition: &Condition) -> Option<Vec<String>> {
    let questionnaire = kinds();
    let answers = answers(values);
    let active = ActiveAnswers::new(&questionnaire, &answers);
    let explained = active.explain(condition);
    assert_eq!(
        active.holds(condition),
        explained.is_some(),
        "holds and explain disagree on {condition:?}"
    );
    explained
}

fn holds(values: &[(&str, Value)], condition: &Condition) -> bool {
    explain(values, condition).is_some()
}

fn is(id: &str, expect: Expect) -> Condition {
    Condition::Is(id.to_owned(), expect)
}

fn choice(option: &str) -> Expect {
    Expect::Choice(option.to_owned())
}

fn not(condition: Condition) -> Condition {
    Condition::Not(Box::new(condition))
}

fn answered(id: &str) -> Condition {
    Condition::Answered(id.to_owned())
}

fn at_least_level(id: &str, bound: i64) -> Condition {
    Condition::LevelAtLeast(id.to_owned(), bound)
}

fn at_most_level(id: &str, bound: i64) -> Condition {
    Condition::LevelAtMost(id.to_owned(), bound)
}

fn reasons(ids: &[&str]) -> Option<Vec<String>> {
    Some(ids.iter().map(|id| (*id).to_owned()).collect())
}

#[test]
fn is_yes_no_unknown_matches_exactly_the_given_answer() {
    let values = [Value::Yes, Value::No, Value::Unknown];
    let expects = [Expect::Yes, Expect::No, Expect::Unknown];
    for (i, value) in values.iter().enumerate() {
        for (j, expect) in expects.iter().enumerate() {
            let got = explain(&[("yn", value.clone())], &is("yn", expect.clone()));
            let want = if i == j { reasons(&["yn"]) } else { None };
            assert_eq!(got, want, "answer {value:?}, condition Is(yn, {expect:?})");
        }
    }
}

#[test]
fn is_never_holds_for_an_unanswered_question() {
    for expect in [Expect::Yes, Expect::No, Expect::Unknown] {
        assert!(!holds(&[], &is("yn", expect.clone())));
        // A note or a state alone is no answer.
        let questionnaire = kinds();
        let mut answers = BTreeMap::new();
        answers.insert(
            "yn".to_owned(),
            Answer::default()
                .with_note("vi vet inte än")
                .with_state(AnswerState::AskSupplier),
        );
        let active = ActiveAnswers::new(&questionnaire, &answers);
        assert!(!active.holds(&is("yn", expect)));
    }
    assert!(!holds(&[], &is("pick", choice("a"))));
    assert!(!holds(&[], &is("multi", choice("x"))));
}

#[test]
fn is_unknown_holds_for_unknown_yet_on_every_kind() {
    for id in ["yn", "pick", "multi", "lvl", "num", "txt", "day"] {
        assert_eq!(
            explain(&[(id, Value::Unknown)], &is(id, Expect::Unknown)),
            reasons(&[id]),
            "{id}"
        );
        assert!(
            !holds(&[(id, Value::Unknown)], &is(id, Expect::Yes)),
            "{id}"
        );
    }
    assert!(!holds(
        &[("pick", Value::Choice("a".into()))],
        &is("pick", Expect::Unknown)
    ));
}

#[test]
fn is_choice_on_a_single_choice_means_that_option() {
    let a = [("pick", Value::Choice("a".into()))];
    assert_eq!(explain(&a, &is("pick", choice("a"))), reasons(&["pick"]));
    assert_eq!(explain(&a, &is("pick", choice("b"))), None);
    assert_eq!(explain(&a, &is("pick", Expect::Yes)), None);
    assert_eq!(explain(&a, &is("pick", Expect::No)), None);
}

#[test]
fn is_choice_on_a_multiple_choice_means_includes_that_option() {
    let xy = [("multi", multi(&["x", "y"]))];
    assert_eq!(explain(&xy, &is("multi", choice("x"))), reasons(&["multi"]));
    assert_eq!(explain(&xy, &is("multi", choice("y"))), reasons(&["multi"]));
    assert_eq!(explain(&xy, &is("multi", choice("none"))), None);

    let none = [("multi", multi(&["none"]))];
    assert_eq!(
        explain(&none, &is("multi", choice("none"))),
        reasons(&["multi"])
    );
    assert_eq!(explain(&none, &is("multi", choice("x"))), None);

    let empty = [("multi", multi(&[]))];
    for option in ["x", "y", "none"] {
        assert_eq!(explain(&empty, &is("multi", choice(option))), None);
    }
}

#[test]
fn is_yes_does_not_match_answers_of_other_kinds() {
    assert!(!holds(
        &[("txt", Value::Text("Yes".into()))],
        &is("txt", Expect::Yes)
    ));
    assert!(!holds(
        &[("pick", Value::Choice("a".into()))],
        &is("pick", Expect::Yes)
    ));
    assert!(!holds(&[("yn", Value::Yes)], &is("yn", choice("yes"))));
    assert!(!holds(&[("lvl", Value::Level(1))], &is("lvl", Expect::Yes)));
}

#[test]
fn not_inverts_and_names_the_answers_that_keep_the_inner_condition_false() {
    let c = not(is("yn", Expect::Yes));
    assert_eq!(explain(&[("yn", Value::No)], &c), reasons(&["yn"]));
    assert_eq!(explain(&[("yn", Value::Unknown)], &c), reasons(&["yn"]));
    assert_eq!(explain(&[("yn", Value::Yes)], &c), None);
    // Unanswered: the inner condition is false, and no answer is the reason.
    assert_eq!(explain(&[], &c), reasons(&[]));
    // Only the answered questions of the inner condition are reasons.
    let both = not(Condition::All(vec![
        is("yn", Expect::Yes),
        is("other", Expect::Yes),
    ]));
    assert_eq!(explain(&[("yn", Value::No)], &both), reasons(&["yn"]));
    assert_eq!(
        explain(&[("yn", Value::Yes), ("other", Value::Yes)], &both),
        None
    );
    // Double negation is the condition itself.
    assert_eq!(
        explain(&[("yn", Value::Yes)], &not(not(is("yn", Expect::Yes)))),
        reasons(&["yn"])
    );
    assert_eq!(
        explain(&[("yn", Value::No)], &not(not(is("yn", Expect::Yes)))),
        None
    );
}

#[test]
fn all_holds_when_every_condition_holds_and_collects_their_reasons() {
    let c = Condition::All(vec![
        is("yn", Expect::Yes),
        is("pick", choice("b")),
        answered("yn"),
        at_least_level("lvl", 2),
    ]);
    let every = [
        ("yn", Value::Yes),
        ("pick", Value::Choice("b".into())),
        ("lvl", Value::Level(2)),
    ];
    // In order of the conditions, each question once.
    assert_eq!(explain(&every, &c), reasons(&["yn", "pick", "lvl"]));
    for missing in 0..every.len() {
        let mut some: Vec<(&str, Value)> = every.to_vec();
        some.remove(missing);
        assert_eq!(explain(&some, &c), None, "without {}", every[missing].0);
    }
    let mut wrong = every.to_vec();
    wrong[1] = ("pick", Value::Choice("a".into()));
    assert_eq!(explain(&wrong, &c), None);
}

#[test]
fn any_holds_when_one_condition_holds_and_names_only_those_that_hold() {
    let c = Condition::Any(vec![
        is("yn", Expect::Yes),
        is("other", Expect::Yes),
        is("pick", choice("a")),
    ]);
    assert_eq!(explain(&[], &c), None);
    assert_eq!(
        explain(&[("yn", Value::No), ("other", Value::No)], &c),
        None
    );
    assert_eq!(
        explain(&[("yn", Value::No), ("other", Value::Yes)], &c),
        reasons(&["other"])
    );
    assert_eq!(
        explain(
            &[
                ("yn", Value::Yes),
                ("other", Value::No),
                ("pick", Value::Choice("a".into()))
            ],
            &c
        ),
        reasons(&["yn", "pick"])
    );
}

#[test]
fn at_least_counts_the_conditions_that_hold() {
    let three = || {
        vec![
            is("yn", Expect::Yes),
            is("other", Expect::Yes),
            is("multi", choice("x")),
        ]
    };
    let two_hold = [
        ("yn", Value::Yes),
        ("other", Value::No),
        ("multi", multi(&["x", "y"])),
    ];
    assert_eq!(
        explain(&two_hold, &Condition::AtLeast(1, three())),
        reasons(&["yn", "multi"])
    );
    assert_eq!(
        explain(&two_hold, &Condition::AtLeast(2, three())),
        reasons(&["yn", "multi"])
    );
    assert_eq!(explain(&two_hold, &Condition::AtLeast(3, three())), None);

    let one_holds = [("yn", Value::No), ("other", Value::Yes)];
    assert_eq!(explain(&one_holds, &Condition::AtLeast(2, three())), None);
    assert_eq!(
        explain(&one_holds, &Condition::AtLeast(1, three())),
        reasons(&["other"])
    );

    let all_hold = [
        ("yn", Value::Yes),
        ("other", Value::Yes),
        ("multi", multi(&["x"])),
    ];
    assert_eq!(
        explain(&all_hold, &Condition::AtLeast(3, three())),
        reasons(&["yn", "other", "multi"])
    );
    // The same question in two conditions is one reason.
    let twice = Condition::AtLeast(2, vec![answered("yn"), is("yn", Expect::Yes)]);
    assert_eq!(explain(&[("yn", Value::Yes)], &twice), reasons(&["yn"]));
}

#[test]
fn answered_holds_for_any_value_unknown_included() {
    let every_kind = [
        ("yn", Value::Yes),
        ("yn", Value::No),
        ("yn", Value::Unknown),
        ("pick", Value::Choice("b".into())),
        ("multi", multi(&["none"])),
        ("lvl", Value::Level(0)),
        ("num", Value::Number(0)),
        ("txt", Value::Text(String::new())),
        ("day", Value::Date("2026-11-23".into())),
    ];
    for (id, value) in every_kind {
        assert_eq!(
            explain(&[(id, value.clone())], &answered(id)),
            reasons(&[id]),
            "{id} = {value:?}"
        );
    }
    assert_eq!(explain(&[], &answered("yn")), None);
    // An answer to another question does not count.
    assert_eq!(explain(&[("other", Value::Yes)], &answered("yn")), None);

    let questionnaire = kinds();
    let mut answers = BTreeMap::new();
    answers.insert(
        "yn".to_owned(),
        Answer::default()
            .with_note("fråga leverantören")
            .with_state(AnswerState::FollowUp),
    );
    let active = ActiveAnswers::new(&questionnaire, &answers);
    assert!(!active.holds(&answered("yn")), "a note alone is no answer");
}

#[test]
fn level_comparisons_on_levels_include_the_bound() {
    for level in 0..=4u8 {
        let answer = [("lvl", Value::Level(level))];
        for bound in -1..=5i64 {
            let l = i64::from(level);
            assert_eq!(
                holds(&answer, &at_least_level("lvl", bound)),
                l >= bound,
                "level {level} >= {bound}"
            );
            assert_eq!(
                holds(&answer, &at_most_level("lvl", bound)),
                l <= bound,
                "level {level} <= {bound}"
            );
        }
    }
    assert_eq!(
        explain(&[("lvl", Value::Level(3))], &at_least_level("lvl", 3)),
        reasons(&["lvl"])
    );
    assert_eq!(
        explain(&[("lvl", Value::Level(3))], &at_most_level("lvl", 3)),
        reasons(&["lvl"])
    );
}

#[test]
fn level_comparisons_on_numbers() {
    let cases = [
        (-40i64, false, true),
        (999, false, true),
        (1000, true, true),
        (1001, true, false),
        (i64::MAX, true, false),
    ];
    for (number, at_least_1000, at_most_1000) in cases {
        let answer = [("num", Value::Number(number))];
        assert_eq!(
            holds(&answer, &at_least_level("num", 1000)),
            at_least_1000,
            "{number} >= 1000"
        );
        assert_eq!(
            holds(&answer, &at_most_level("num", 1000)),
            at_most_1000,
            "{number} <= 1000"
        );
    }
    assert!(holds(
        &[("num", Value::Number(-5))],
        &at_most_level("num", -5)
    ));
    assert!(!holds(
        &[("num", Value::Number(-5))],
        &at_least_level("num", -4)
    ));
}

#[test]
fn level_comparisons_are_false_without_a_level_or_number() {
    for (id, value) in [
        ("yn", Value::Yes),
        ("lvl", Value::Unknown),
        ("num", Value::Unknown),
        ("txt", Value::Text("5".into())),
        ("day", Value::Date("2026-01-01".into())),
        ("pick", Value::Choice("a".into())),
    ] {
        let answer = [(id, value.clone())];
        assert!(
            !holds(&answer, &at_least_level(id, i64::MIN)),
            "{id} = {value:?}"
        );
        assert!(
            !holds(&answer, &at_most_level(id, i64::MAX)),
            "{id} = {value:?}"
        );
    }
    assert!(!holds(&[], &at_least_level("lvl", 0)));
    assert!(!holds(&[], &at_most_level("lvl", 4)));
    assert!(!holds(&[], &at_least_level("num", i64::MIN)));
    // So their negation holds, with no answer as its reason.
    assert_eq!(explain(&[], &not(at_least_level("lvl", 0))), reasons(&[]));
}

#[test]
fn conditions_parse_from_ron_as_the_format_documents() {
    let questionnaire = questionnaire(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
    Section(id: "s", questions: [
        Question(id: "a", kind: YesNo),
        Question(id: "b", kind: Choice(["x", "y"])),
        Question(id: "c", kind: Level(0, 4)),
        Question(id: "d", kind: YesNo, show_if: Some(All([
            Is("a", Yes), Not(Is("b", Choice("y"))), Any([Answered("c"), LevelAtMost("c", 1)]),
            AtLeast(1, [LevelAtLeast("c", 2), Is("a", Unknown)]),
        ]))),
    ]),
])"#,
    );
    let expected = Condition::All(vec![
        is("a", Expect::Yes),
        not(is("b", choice("y"))),
        Condition::Any(vec![answered("c"), at_most_level("c", 1)]),
        Condition::AtLeast(1, vec![at_least_level("c", 2), is("a", Expect::Unknown)]),
    ]);
    let d = questionnaire.question("d").unwrap();
    assert_eq!(d.show_if.as_ref(), Some(&expected));
    assert_eq!(expected.question_ids(), ["a", "b", "c", "c", "c", "a"]);

    let shown = answers(&[
        ("a", Value::Yes),
        ("b", Value::Choice("x".into())),
        ("c", Value::Level(3)),
    ]);
    assert!(ActiveAnswers::new(&questionnaire, &shown).is_visible("d"));
    let hidden = answers(&[
        ("a", Value::Yes),
        ("b", Value::Choice("y".into())),
        ("c", Value::Level(3)),
    ]);
    assert!(!ActiveAnswers::new(&questionnaire, &hidden).is_visible("d"));
}

/// `detail` is asked only after `gate` is yes; `more` only once `detail` is answered.
const GATED: &str = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
    Section(id: "s", questions: [
        Question(id: "gate", kind: YesNo),
        Question(id: "detail", kind: YesNo, show_if: Some(Is("gate", Yes))),
        Question(id: "more", kind: Level(0, 4), show_if: Some(Answered("detail"))),
        Question(id: "free", kind: YesNo),
    ]),
], findings: [
    Finding(id: "detail-yes", severity: High, when: Is("detail", Yes)),
    Finding(id: "more-high", severity: Warning, when: LevelAtLeast("more", 3)),
    Finding(id: "no-detail", severity: Info, when: Not(Answered("detail"))),
    Finding(id: "any-detail", severity: Info, when: AtLeast(1, [Is("detail", No), Is("detail", Yes), Is("free", Yes)])),
])"#;

fn fired_ids(questionnaire: &Questionnaire, answers: &BTreeMap<String, Answer>) -> Vec<String> {
    fired_findings(questionnaire, answers)
        .iter()
        .map(|fired| format!("{} {:?}", fired.finding.id, fired.reasons))
        .collect()
}

#[test]
fn a_hidden_question_counts_for_nothing_but_its_answer_is_kept() {
    let questionnaire = questionnaire(GATED);
    let mut assessment = Assessment::new(&questionnaire, "t");
    assessment.set_value("gate", Some(Value::No));
    assessment.set_value("detail", Some(Value::Yes));
    assessment.set_note("detail", "besvarad innan grinden stängdes");
    assessment.set_value("more", Some(Value::Level(4)));
    let before = assessment.clone();

    let active = ActiveAnswers::new(&questionnaire, &assessment.answers);
    assert!(active.is_visible("gate"));
    assert!(!active.is_visible("detail"));
    // Hidden because `detail`, though answered, is hidden: visibility is transitive.
    assert!(!active.is_visible("more"));
    assert!(active.is_visible("free"));
    assert_eq!(active.value("detail"), None);
    assert_eq!(active.value("more"), None);
    assert!(!active.holds(&is("detail", Expect::Yes)));
    assert!(!active.holds(&answered("detail")));
    assert!(!active.holds(&at_least_level("more", 0)));
    assert_eq!(
        active.explain(&not(is("detail", Expect::Yes))),
        reasons(&[])
    );

    assert_eq!(
        fired_ids(&questionnaire, &assessment.answers),
        ["no-detail []"]
    );
    assert_eq!(
        progress(&questionnaire, &assessment),
        Progress {
            answered: 1,
            visible: 2,
            ..Progress::default()
        }
    );

    // Nothing was dropped: the answers are still there, and are written to the file.
    assert_eq!(assessment, before);
    let text = molnkoll::store::to_ron(&assessment);
    assert!(text.contains("\"detail\": Answer("), "{text}");
    assert!(text.contains("besvarad innan grinden stängdes"), "{text}");
    assert!(text.contains("Level(4)"), "{text}");

    // Open the gate: the kept answers count again.
    assessment.set_value("gate", Some(Value::Yes));
    let active = ActiveAnswers::new(&questionnaire, &assessment.answers);
    assert!(active.is_visible("detail") && active.is_visible("more"));
    assert_eq!(active.value("detail"), Some(&Value::Yes));
    assert_eq!(
        fired_ids(&questionnaire, &assessment.answers),
        [
            "detail-yes [\"detail\"]",
            "more-high [\"more\"]",
            "any-detail [\"detail\"]"
        ]
    );
    assert_eq!(
        progress(&questionnaire, &assessment),
        Progress {
            answered: 3,
            visible: 4,
            ..Progress::default()
        }
    );
}

#[test]
fn an_unanswered_gate_hides_its_questions() {
    let questionnaire = questionnaire(GATED);
    let answers = answers(&[("detail", Value::No), ("free", Value::Yes)]);
    let active = ActiveAnswers::new(&questionnaire, &answers);
    assert!(!active.is_visible("detail"));
    assert!(!active.is_visible("more"));
    assert_eq!(
        fired_ids(&questionnaire, &answers),
        ["no-detail []", "any-detail [\"free\"]"]
    );
}

#[test]
fn findings_fire_most_severe_first_then_in_questionnaire_order_with_their_reasons() {
    let questionnaire = questionnaire(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
    Section(id: "s", questions: [
        Question(id: "yn", kind: YesNo),
        Question(id: "other", kind: YesNo),
        Question(id: "pick", kind: Choice(["a", "b"])),
        Question(id: "multi", kind: Multi(options: ["x", "y"])),
        Question(id: "lvl", kind: Level(0, 4)),
    ]),
], findings: [
    Finding(id: "info-first", severity: Info, when: Answered("yn")),
    Finding(id: "high-one", severity: High, when: Is("yn", Yes)),
    Finding(id: "warn", severity: Warning, when: LevelAtLeast("lvl", 2)),
    Finding(id: "never", severity: High, when: Is("yn", No)),
    Finding(id: "high-two", severity: High,
            when: AtLeast(2, [Is("pick", Choice("a")), Is("multi", Choice("x")), Is("other", Yes)])),
    Finding(id: "not-low", severity: Warning, when: Not(LevelAtMost("lvl", 1))),
])"#,
    );
    let answers = answers(&[
        ("yn", Value::Yes),
        ("other", Value::No),
        ("pick", Value::Choice("a".into())),
        ("multi", multi(&["x"])),
        ("lvl", Value::Level(3)),
    ]);
    let fired = fired_findings(&questionnaire, &answers);
    let summary: Vec<(&str, Severity, Vec<String>)> = fired
        .iter()
        .map(|f| (f.finding.id.as_str(), f.finding.severity, f.reasons.clone()))
        .collect();
    let owned = |ids: &[&str]| ids.iter().map(|id| (*id).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        summary,
        vec![
            ("high-one", Severity::High, owned(&["yn"])),
            ("high-two", Severity::High, owned(&["pick", "multi"])),
            ("warn", Severity::Warning, owned(&["lvl"])),
            ("not-low", Severity::Warning, owned(&["lvl"])),
            ("info-first", Severity::Info, owned(&["yn"])),
        ]
    );
    // Each fired finding is the questionnaire's own.
    for f in &fired {
        assert!(std::ptr::eq(
            f.finding,
            questionnaire
                .findings
                .iter()
                .find(|g| g.id == f.finding.id)
                .unwrap()
        ));
    }

    // Nothing answered: only a negation holds, and no answer is its reason.
    assert_eq!(fired_ids(&questionnaire, &BTreeMap::new()), ["not-low []"]);
}

#[test]
fn the_docs_example_findings_fire_as_documented() {
    let source =
        molnkoll::questionnaire::QuestionnaireSource::from_path(&common::example_path()).unwrap();
    let questionnaire = source.parse().unwrap();
    // Two of three DPIA criteria; a US vendor without DPF; high confidentiality.
    let answers = answers(&[
        ("sensitive", Value::Yes),
        ("children", Value::No),
        ("data-kinds", multi(&["health", "finance"])),
        ("vendor-seat", Value::Choice("usa".into())),
        ("dpf-certified", Value::No),
        ("confidentiality", Value::Level(3)),
    ]);
    assert_eq!(
        fired_ids(&questionnaire, &answers),
        [
            "dpia-required [\"sensitive\", \"data-kinds\"]",
            "no-dpf [\"vendor-seat\", \"dpf-certified\"]",
            "high-confidentiality [\"confidentiality\"]",
        ]
    );
    // A Swedish vendor hides the DPF question: its "no" no longer counts.
    let mut swedish = answers.clone();
    swedish.insert(
        "vendor-seat".into(),
        Answer::new(Value::Choice("sweden".into())),
    );
    swedish.insert("user-count".into(), Answer::new(Value::Number(5000)));
    assert_eq!(
        fired_ids(&questionnaire, &swedish),
        [
            "dpia-required [\"sensitive\", \"data-kinds\"]",
            "high-confidentiality [\"confidentiality\"]",
            "many-users [\"user-count\"]",
        ]
    );
}
