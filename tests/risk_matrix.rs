//! The risk matrix: which questions place a risk, what the validator refuses, and where each
//! risk of a register lands before and after measures.

mod common;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::items::{item_key, member_key};
use molnkoll::questionnaire::validate;
use molnkoll::rules::{ActiveAnswers, Zone};

use common::{at, questionnaire, render, source};

const REGISTER: &str = r#"Questionnaire(format: 2, id: "t", version: 1, content_as_of: "2026-11-27",
sections: [
Section(id: "s", questions: [
Question(id: "risks", kind: Group([
Question(id: "l", kind: Level(1, 4)),
Question(id: "c", kind: Level(1, 4)),
Question(id: "rl", kind: Level(1, 4)),
Question(id: "rc", kind: Level(1, 4)),
])),
]),
],
risk_matrix: Some(RiskMatrix(group: "risks", before: ("l", "c"), after: ("rl", "rc"))),
)"#;

fn structure(ron: &str) -> Vec<(&'static str, usize, usize)> {
    let source = source(ron);
    let questionnaire = source
        .parse()
        .unwrap_or_else(|e| panic!("does not parse: {e}"));
    let problems: Vec<_> = validate(&questionnaire, &source)
        .into_iter()
        .filter(|p| {
            !matches!(
                p.message.id,
                "validate-missing-text" | "validate-ftl-missing-file"
            )
        })
        .collect();
    eprintln!("{}", render(&problems));
    problems.iter().map(at).collect()
}

#[test]
fn a_register_of_four_level_questions_is_a_valid_matrix() {
    assert_eq!(structure(REGISTER), []);
}

#[test]
fn a_matrix_over_something_else_is_refused_where_it_is_named() {
    let ron = r#"Questionnaire(format: 2, id: "t", version: 1, content_as_of: "2026-11-27",
sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "risks", kind: Group([
Question(id: "l", kind: Level(1, 4)),
Question(id: "c", kind: Level(0, 4)),
Question(id: "yes", kind: YesNo),
Question(id: "rc", kind: Level(1, 4)),
])),
]),
],
risk_matrix: Some(RiskMatrix(group: "risks", before: ("l", "c"), after: ("yes", "rc"))),
)"#;
    assert_eq!(
        structure(ron),
        [
            ("validate-bad-matrix-axis", 13, 74),
            ("validate-matrix-scales-differ", 13, 81),
        ]
    );
    let not_a_group = ron.replace(r#"group: "risks""#, r#"group: "a""#);
    assert_eq!(structure(&not_a_group), [("validate-not-a-group", 13, 37)]);
}

#[test]
fn a_matrix_needs_format_two() {
    let ron = REGISTER.replace("format: 2, ", "");
    let problems = structure(&ron);
    assert!(
        problems
            .iter()
            .any(|(id, _, _)| *id == "validate-needs-format-2"),
        "{problems:?}"
    );
}

fn risk(assessment: &mut Assessment, item: &str, levels: [Option<Value>; 4]) {
    assessment.set_value(&item_key("risks", item), Some(Value::Text(item.to_owned())));
    for (question, value) in ["l", "c", "rl", "rc"].into_iter().zip(levels) {
        assessment.set_value(&member_key("risks", item, question), value);
    }
}

fn level(n: u8) -> Option<Value> {
    Some(Value::Level(n))
}

#[test]
fn each_risk_lands_in_its_cell_before_and_after_measures() {
    let q = questionnaire(REGISTER);
    let mut assessment = Assessment::new(&q, "test");
    risk(
        &mut assessment,
        "leak",
        [level(3), level(4), level(1), level(4)],
    );
    risk(
        &mut assessment,
        "loss",
        [level(3), level(4), level(2), level(2)],
    );
    risk(
        &mut assessment,
        "open",
        [level(2), None, None, Some(Value::Unknown)],
    );
    let active = ActiveAnswers::new(&q, &assessment.answers);
    let matrices = active
        .risk_matrices()
        .expect("the questionnaire has a matrix");

    assert_eq!(matrices.before.items_at(3, 4), ["leak", "loss"]);
    assert_eq!(matrices.before.placed(), 2);
    assert_eq!(matrices.before.unplaced, ["open"]);
    assert_eq!(matrices.after.items_at(1, 4), ["leak"]);
    assert_eq!(matrices.after.items_at(2, 2), ["loss"]);
    assert_eq!(matrices.after.count(3, 4), 0);
    assert_eq!(matrices.after.unplaced, ["open"]);
    assert_eq!(matrices.before.zone_counts(), [0, 0, 2]);
    assert_eq!(matrices.after.zone_counts(), [0, 2, 0]);
    assert_eq!(matrices.before.zone_of("leak"), Some(Zone::High));
    assert_eq!(matrices.after.zone_of("leak"), Some(Zone::Medium));
    assert_eq!(matrices.after.zone_of("open"), None);
}

#[test]
fn the_upper_third_of_likelihood_and_consequence_is_high() {
    let q = questionnaire(REGISTER);
    let assessment = Assessment::new(&q, "test");
    let active = ActiveAnswers::new(&q, &assessment.answers);
    let grid = active.risk_matrices().expect("a matrix").before;
    let zones: Vec<Vec<Zone>> = (1..=4)
        .rev()
        .map(|c| (1..=4).map(|l| grid.zone(l, c)).collect())
        .collect();
    use Zone::{High as H, Low as L, Medium as M};
    assert_eq!(
        zones,
        [
            [M, H, H, H], // consequence 4
            [M, M, H, H], // consequence 3
            [L, M, M, H], // consequence 2
            [L, L, M, M], // consequence 1
        ]
    );
}

#[test]
fn a_questionnaire_without_a_matrix_draws_none() {
    let q = questionnaire(&REGISTER.replace(
        r#"risk_matrix: Some(RiskMatrix(group: "risks", before: ("l", "c"), after: ("rl", "rc"))),"#,
        "",
    ));
    let assessment = Assessment::new(&q, "test");
    assert!(
        ActiveAnswers::new(&q, &assessment.answers)
            .risk_matrices()
            .is_none()
    );
}
