//! The security measures the classification calls for: each is asked exactly from the KLASSA
//! level that calls for it and not below, and each one left partly, not or not known to be
//! fulfilled turns into its finding.

mod content_support;

use content_support::findings_measures::{
    ASPECTS, MEASURES, findings_of, just_below, only, plain_set, secret_set,
};
use content_support::*;

#[test]
fn each_measure_is_asked_from_its_level_and_not_below() {
    let q = questionnaire();
    let mut problems = Vec::new();
    for measure in MEASURES {
        let below = just_below(measure);
        if asked(&q, &plain_set(below)).contains(measure.id) {
            problems.push(format!("{} asked at levels {below:?}", measure.id));
        }
        for &(aspect, from) in measure.from {
            let i = ASPECTS
                .iter()
                .position(|a| *a == aspect)
                .expect("an aspect");
            // Raising one aspect to the level that calls for the measure asks it, however
            // high the others are below theirs.
            let mut levels = below;
            levels[i] = from;
            if !asked(&q, &plain_set(levels)).contains(measure.id) {
                problems.push(format!("{} not asked at levels {levels:?}", measure.id));
            }
            for n in from..=4 {
                if !asked(&q, &only(aspect, n)).contains(measure.id) {
                    problems.push(format!("{} not asked at {aspect} {n}", measure.id));
                }
            }
            for n in 0..from {
                if asked(&q, &only(aspect, n)).contains(measure.id) {
                    problems.push(format!("{} asked at {aspect} {n} alone", measure.id));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn no_measure_is_asked_before_any_information_set_is_classified() {
    let q = questionnaire();
    for shown in [
        asked(&q, &a(&[])),
        asked(&q, &Answers::default().infoset("Oklassad", &[])),
    ] {
        let measures: Vec<&String> = shown.iter().filter(|k| k.starts_with("req-")).collect();
        assert!(measures.is_empty(), "asked {measures:?}");
    }
}

#[test]
fn access_logging_is_asked_for_secret_or_sensitive_information_at_any_level() {
    let q = questionnaire();
    assert!(asked(&q, &secret_set([0, 0, 0, 0])).contains("req-access-logging"));
    let health = Answers::default().infoset(
        "Hälsa",
        &[
            ("set-categories", multi(&["health"])),
            ("set-secrecy", choice("none")),
            ("set-traceability", level(0)),
        ],
    );
    assert!(asked(&q, &health).contains("req-access-logging"));
    assert!(!asked(&q, &only("set-traceability", 0)).contains("req-access-logging"));
}

#[test]
fn the_highest_set_decides_which_measures_are_asked() {
    let q = questionnaire();
    let two_sets =
        only("set-confidentiality", 1).infoset("Klientakt", &[("set-confidentiality", level(3))]);
    let shown = asked(&q, &two_sets);
    assert_shown(
        &shown,
        &[
            "req-access-control",
            "req-encryption-rest",
            "req-key-custody",
        ],
        "sets at 1 and 3",
    );
}

#[test]
fn every_measure_is_in_the_table_and_turns_into_a_finding() {
    let q = questionnaire();
    let in_questionnaire: Vec<&str> = q
        .questions()
        .map(|question| question.id.as_str())
        .filter(|id| id.starts_with("req-"))
        .collect();
    let in_table: Vec<&str> = MEASURES.iter().map(|m| m.id).collect();
    assert_eq!(
        in_questionnaire, in_table,
        "the table lists every measure in order"
    );
    assert!(in_table.len() >= 10, "the catalogue is too small");
    let without: Vec<&str> = in_table
        .iter()
        .copied()
        .filter(|id| findings_of(id).is_empty())
        .collect();
    assert!(
        without.is_empty(),
        "measures without a tested finding: {without:?}"
    );
}

#[test]
fn every_measure_finding_fires_on_the_measure_unmet() {
    check_findings(findings_measures::cases());
}

/// A level the group has not decided yet ("unknown yet") must not hide an unmet measure that
/// another set's level asks for: one of the two severities fires.
#[test]
fn an_unknown_level_does_not_hide_an_unmet_measure() {
    let q = questionnaire();
    for (aspect, measure, findings) in [
        (
            "set-confidentiality",
            "req-encryption-rest",
            ["no-encryption-at-rest", "no-encryption-at-rest-level-3"],
        ),
        (
            "set-availability",
            "req-continuity",
            ["no-continuity-plan", "no-continuity-plan-level-3"],
        ),
    ] {
        let answers = only(aspect, 2)
            .infoset("Fritext", &[(aspect, unknown())])
            .set(measure, choice("not-fulfilled"));
        assert!(asked(&q, &answers).contains(measure));
        let fired: Vec<&str> = findings
            .into_iter()
            .filter(|f| fired(&q, &answers, f).is_some())
            .collect();
        assert!(!fired.is_empty(), "{measure} not fulfilled fires nothing");
    }
}
