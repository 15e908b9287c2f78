//! Validation of format 2's constructs: each problem with its message and the exact line and
//! column. As in tests/validate.rs, the questionnaires are written without indentation so
//! that columns are easy to check by eye.

mod common;

use molnkoll::error::UserError;
use molnkoll::questionnaire::validate;

use common::{at, render, source};

fn structure(ron: &str) -> Vec<UserError> {
    let source = source(ron);
    let questionnaire = source
        .parse()
        .unwrap_or_else(|e| panic!("does not parse: {e}"));
    validate(&questionnaire, &source)
        .into_iter()
        .filter(|p| {
            !matches!(
                p.message.id,
                "validate-missing-text" | "validate-ftl-missing-file"
            )
        })
        .collect()
}

fn located(ron: &str) -> Vec<(&'static str, usize, usize)> {
    let problems = structure(ron);
    eprintln!("{}", render(&problems));
    problems.iter().map(at).collect()
}

const HEAD: &str = r#"Questionnaire(format: 2, id: "t", version: 1, content_as_of: "2026-11-27","#;

#[test]
fn a_valid_format_two_questionnaire_has_no_problems() {
    let ron = format!(
        r#"{HEAD}
conditions: {{
"abroad": Any([Is("seat", Choice("usa")), Is("seat", Choice("other"))]),
"high": LevelAtLeast("conf", 3),
}},
sections: [
Section(id: "s", questions: [
Question(id: "seat", kind: Choice(["sweden", "usa", "other"])),
Question(id: "na", kind: YesNo, not_applicable: true, answered_by: Supplier),
Question(id: "sets", kind: Group([
Question(id: "personal", kind: YesNo),
Question(id: "art9", kind: YesNo, show_if: Some(Is("personal", Yes))),
Question(id: "conf", kind: Level(0, 4), show_if: Some(Named("abroad"))),
])),
]),
Section(id: "later", show_if: Some(Any([Named("abroad"), LevelAtLeast("max-conf", 2)])), questions: [
Question(id: "basis", kind: YesNo),
]),
],
derived: [Derived(id: "max-conf", value: Max("sets", "conf")), Derived(id: "count", value: Count("sets"))],
findings: [
Finding(id: "f1", severity: High, when: AnyItem("sets", Named("high"))),
Finding(id: "f2", severity: Info, when: EveryItem("sets", Is("personal", No))),
Finding(id: "f3", severity: Info, when: All([Unanswered("basis"), Is("na", NotApplicable), LevelAtMost("count", 0)])),
],
renames: [Question("old-seat", "seat"), Option("seat", "us", "usa")],
)"#
    );
    assert_eq!(located(&ron), []);
}

#[test]
fn format_two_constructs_in_a_format_one_questionnaire_are_named_once() {
    let ron = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-11-27", sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo, not_applicable: true),
Question(id: "b", kind: YesNo, show_if: Some(Unanswered("a"))),
]),
])"#;
    assert_eq!(located(ron), [("validate-needs-format-2", 3, 14)]);
}

#[test]
fn an_unknown_format_is_refused() {
    let ron = r#"Questionnaire(format: 3, id: "t", version: 1, content_as_of: "2026-11-27", sections: [
Section(id: "s", questions: [Question(id: "a", kind: YesNo)]),
])"#;
    assert_eq!(located(ron), [("validate-bad-format", 1, 15)]);
}

#[test]
fn unknown_and_cyclic_named_conditions() {
    let ron = format!(
        r#"{HEAD}
conditions: {{
"one": Any([Named("two"), Is("a", Yes)]),
"two": Named("one"),
}},
sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "b", kind: YesNo, show_if: Some(Named("nowhere"))),
]),
])"#
    );
    assert_eq!(
        located(&ron),
        [
            ("validate-named-cycle", 3, 1),
            ("validate-unknown-condition", 9, 52),
        ]
    );
}

#[test]
fn a_named_condition_that_names_a_later_question_where_it_is_used() {
    let ron = format!(
        r#"{HEAD}
conditions: {{"later-yes": Is("later", Yes)}},
sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo, show_if: Some(Named("later-yes"))),
Question(id: "later", kind: YesNo),
]),
], findings: [
Finding(id: "fine", severity: Info, when: Named("later-yes")),
])"#
    );
    assert_eq!(located(&ron), [("validate-named-forward-reference", 5, 52)]);
}

#[test]
fn a_question_of_a_group_named_outside_its_group() {
    let ron = format!(
        r#"{HEAD}
conditions: {{"personal": Is("p", Yes)}},
sections: [
Section(id: "s", questions: [
Question(id: "g", kind: Group([Question(id: "p", kind: YesNo)])),
Question(id: "after", kind: YesNo, show_if: Some(Is("p", Yes))),
]),
], findings: [
Finding(id: "direct", severity: Info, when: Is("p", Yes)),
Finding(id: "named", severity: Info, when: Named("personal")),
Finding(id: "fine", severity: Info, when: AnyItem("g", Named("personal"))),
])"#
    );
    assert_eq!(
        located(&ron),
        [
            ("validate-outside-group", 6, 53),
            ("validate-outside-group", 9, 48),
            ("validate-named-outside-group", 10, 50),
        ]
    );
}

#[test]
fn groups_that_cannot_be() {
    let ron = format!(
        r#"{HEAD}
sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "empty", kind: Group([])),
Question(id: "outer", kind: Group([
Question(id: "inner", kind: Group([Question(id: "x", kind: YesNo)])),
])),
]),
], findings: [
Finding(id: "f", severity: Info, when: AnyItem("a", Is("a", Yes))),
])"#
    );
    assert_eq!(
        located(&ron),
        [
            ("validate-empty-group", 5, 14),
            ("validate-nested-group", 7, 14),
            ("validate-not-a-group", 11, 48),
        ]
    );
}

#[test]
fn a_question_of_a_group_may_name_only_earlier_questions_of_its_item() {
    let ron = format!(
        r#"{HEAD}
sections: [
Section(id: "s", questions: [
Question(id: "g", kind: Group([
Question(id: "first", kind: YesNo, show_if: Some(Is("second", Yes))),
Question(id: "second", kind: YesNo),
])),
]),
])"#
    );
    assert_eq!(located(&ron), [("validate-forward-reference", 5, 53)]);
}

#[test]
fn derived_values_that_cannot_be() {
    let ron = format!(
        r#"{HEAD}
sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "g", kind: Group([Question(id: "yes", kind: YesNo), Question(id: "lvl", kind: Level(0, 4))])),
]),
],
derived: [
Derived(id: "not-group", value: Count("a")),
Derived(id: "not-level", value: Max("g", "yes")),
Derived(id: "fine", value: Max("g", "lvl")),
],
findings: [
Finding(id: "is-on-derived", severity: Info, when: Is("fine", Yes)),
])"#
    );
    assert_eq!(
        located(&ron),
        [
            ("validate-not-a-group", 9, 39),
            ("validate-bad-max", 10, 42),
            ("validate-derived-in-test", 14, 55),
        ]
    );
}

#[test]
fn a_derived_value_used_before_its_group_is_asked() {
    let ron = format!(
        r#"{HEAD}
sections: [
Section(id: "s", questions: [
Question(id: "early", kind: YesNo, show_if: Some(LevelAtLeast("max", 2))),
Question(id: "g", kind: Group([Question(id: "lvl", kind: Level(0, 4))])),
]),
],
derived: [Derived(id: "max", value: Max("g", "lvl"))],
)"#
    );
    assert_eq!(located(&ron), [("validate-forward-reference", 4, 63)]);
}

#[test]
fn not_applicable_where_the_question_does_not_allow_it() {
    let ron = format!(
        r#"{HEAD}
sections: [Section(id: "s", questions: [Question(id: "a", kind: YesNo)])],
findings: [Finding(id: "f", severity: Info, when: Is("a", NotApplicable))],
)"#
    );
    assert_eq!(
        located(&ron),
        [("validate-not-applicable-not-allowed", 3, 54)]
    );
}

#[test]
fn renames_that_do_not_fit() {
    let ron = format!(
        r#"{HEAD}
sections: [Section(id: "s", questions: [
Question(id: "a", kind: Choice(["x", "y"])),
Question(id: "b", kind: YesNo),
])],
renames: [
Question("b", "a"),
Question("gone", "missing"),
Option("a", "x", "y"),
Option("a", "old", "z"),
],
)"#
    );
    assert_eq!(
        located(&ron),
        [
            ("validate-rename-in-use", 7, 10),
            ("validate-unknown-question", 8, 18),
            ("validate-rename-in-use", 9, 13),
            ("validate-unknown-option", 10, 20),
        ]
    );
}
