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

/// The contradictions that hold on these answers.
fn holding(answers: &Answers) -> Vec<String> {
    let q = questionnaire();
    q.contradictions
        .iter()
        .filter(|c| contradicted(&q, answers, &c.id).is_some())
        .map(|c| c.id.clone())
        .collect()
}

/// Case records and social-services secrecy (OSL 26 kap.) are client data.
#[test]
fn case_records_or_social_services_secrecy_contradict_no_client_data() {
    for (name, member) in [
        ("Personakt", ("set-categories", multi(&["case-records"]))),
        ("Besöksanteckningar", ("set-secrecy", choice("osl-26"))),
    ] {
        let answers = a(&[("assessment-client-data", no())])
            .infoset(name, &[("set-categories", multi(&["identity"])), member]);
        assert_eq!(
            holding(&answers),
            ["no-client-data-but-client-sets"],
            "{name}"
        );
    }
}

/// Two sources of the same fact must agree: a set holding personal data, or about children,
/// contradicts the mapping's "no" (the children's questions are then skipped).
#[test]
fn information_sets_agree_with_the_mapping() {
    check_contradictions(
        contradictions::set_cases()
            .into_iter()
            .filter(|c| c.id != "vulnerable-sets-not-screened")
            .collect(),
    );
}

/// IMY's list and WP248 count children and employees among vulnerable data subjects.
#[test]
fn sets_about_staff_or_children_contradict_no_vulnerable_subjects() {
    check_contradictions(
        contradictions::set_cases()
            .into_iter()
            .filter(|c| c.id == "vulnerable-sets-not-screened")
            .collect(),
    );
    for subjects in ["staff", "children"] {
        let answers = a(&[("dpia-vulnerable", no())]).infoset(
            "Uppgifter",
            &[
                ("set-categories", multi(&["identity"])),
                ("set-subjects", multi(&[subjects])),
            ],
        );
        assert!(
            holding(&answers).contains(&"vulnerable-sets-not-screened".to_owned()),
            "{subjects}"
        );
    }
}
