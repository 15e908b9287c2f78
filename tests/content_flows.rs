//! Whole assessments as a group would answer them (issue 11's flows): a service without
//! client data, and one about children. Which questions and sections are asked, and which
//! findings fire with which reasons.

mod content_support;

use content_support::flows::*;
use content_support::*;

#[test]
fn a_service_without_client_data() {
    let q = questionnaire();
    let answers = merged(
        a(&[
            ("assessment-client-data", no()),
            ("assessment-controller", choice("other-committee")),
            ("mapping-personal-data", yes()),
            // Answers kept from before the group said so count for nothing.
            ("legal-solpul", no()),
            ("records-sosfs", no()),
        ]),
        screening(&["dpia-evaluation", "dpia-large-scale"]),
    )
    .infoset(
        "Personalschema",
        &[
            ("set-categories", multi(&["staff"])),
            ("set-subjects", multi(&["staff"])),
            ("set-secrecy", choice("none")),
        ],
    );
    let shown = asked(&q, &answers);
    assert_hidden(
        &shown,
        &["legal-activity-law", "legal-solpul", "records-sosfs"],
        "no client data",
    );
    assert_shown(
        &shown,
        &[
            "legal-register-entry",
            "legal-who-how-where",
            "assessment-controller",
        ],
        "no client data",
    );
    quiet(
        &answers,
        &["legal-basis-unclear", "documentation-outside-record"],
        "no client data",
    );
    // Two criteria: the DPIA itself is asked, and required until it is written.
    let dpia_proper: Vec<String> = section_questions(&q, "dpia-proper")
        .into_iter()
        .filter(|id| id != "dpia-views-summary")
        .collect();
    assert_shown(&shown, &strs(&dpia_proper), "two criteria");
    assert_eq!(
        fired(&q, &answers, "dpia-required"),
        Some(
            [
                "dpia-decision",
                "dpia-description",
                "dpia-dpo-advice",
                "dpia-evaluation",
                "dpia-large-scale",
                "dpia-necessity",
            ]
            .map(str::to_owned)
            .to_vec()
        )
    );
}

#[test]
fn children_bring_their_questions_and_the_guardian_risk() {
    let q = questionnaire();
    let children = [
        "children-information",
        "children-guardian-secrecy",
        "children-alternative-login",
    ];
    let answers = a(&[
        ("mapping-personal-data", yes()),
        ("mapping-children", yes()),
        ("mapping-individuals-use", yes()),
        ("children-information", no()),
    ]);
    let shown = asked(&q, &answers);
    assert_shown(&shown, &children, "children");
    assert_hidden(
        &shown,
        &["protected-identity-care"],
        "children, no protected identity",
    );
    assert_eq!(
        fired(&q, &answers, "guardian-risk-missing"),
        Some(vec!["mapping-children".to_owned()])
    );
    assert_eq!(
        fired(&q, &answers, "child-information"),
        Some(vec!["children-information".to_owned()])
    );
    let registered = answers.clone().risk(
        "Vårdnadshavare får veta",
        &[("risk-harm", choice("reaches-guardian"))],
    );
    assert_eq!(fired(&q, &registered, "guardian-risk-missing"), None);

    let no_children = answers.clone().set("mapping-children", no());
    assert_hidden(&asked(&q, &no_children), &children, "no children");
    quiet(
        &no_children,
        &["guardian-risk-missing", "child-information"],
        "no children",
    );

    let no_personal_data = answers.set("mapping-personal-data", no());
    let shown = asked(&q, &no_personal_data);
    assert_hidden(
        &shown,
        &strs(&section_questions(&q, "children")),
        "no personal data",
    );
    assert_hidden(&shown, &["mapping-children"], "no personal data");
}
