//! Findings of the assessment, the DPIA and the mapping: each fires on the smallest assessment
//! that should make it fire, with its exact reasons, and stays quiet on close ones that should
//! not.

mod content_support;

use content_support::*;

#[test]
fn assessment_dpia_and_mapping_findings() {
    check_findings(findings_assessment::cases());
}

#[test]
fn imy_lists_nine_criteria_and_two_make_a_dpia() {
    let q = questionnaire();
    let criteria = [
        "dpia-evaluation",
        "dpia-automated-decisions",
        "dpia-monitoring",
        "dpia-sensitive",
        "dpia-large-scale",
        "dpia-combining",
        "dpia-vulnerable",
        "dpia-innovative",
        "dpia-blocks-right",
    ];
    let all_no = || {
        criteria
            .iter()
            .fold(Answers::default(), |answers, id| answers.set(id, no()))
    };
    for (i, first) in criteria.iter().enumerate() {
        assert_eq!(
            fired(&q, &all_no().set(first, yes()), "dpia-required"),
            None,
            "{first} alone"
        );
        for second in &criteria[i + 1..] {
            let answers = all_no().set(first, yes()).set(second, yes());
            let reasons = fired(&q, &answers, "dpia-required")
                .unwrap_or_else(|| panic!("{first} and {second} make no DPIA"));
            assert!(
                reasons.contains(&(*first).to_owned()) && reasons.contains(&(*second).to_owned()),
                "{first} and {second}: reasons {reasons:?}"
            );
        }
    }
}
