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
            "legal-gdpr-basis",
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
                "dpia-purpose",
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

#[test]
fn the_dpia_itself_is_asked_while_it_is_made_here() {
    let q = questionnaire();
    let proper: Vec<String> = section_questions(&q, "dpia-proper")
        .into_iter()
        .filter(|id| id != "dpia-views-summary")
        .collect();
    let skip = ["dpia-skip-documented", "dpia-skip-dpo"];
    let two = screening(&["dpia-sensitive", "dpia-vulnerable"]);
    let one = screening(&["dpia-sensitive"]);
    for (answers, made_here, context) in [
        (two.clone(), true, "two criteria, no decision yet"),
        (
            two.clone().set("dpia-decision", unknown()),
            true,
            "two criteria, decision unknown",
        ),
        (
            two.clone().set("dpia-decision", choice("done")),
            false,
            "done elsewhere",
        ),
        (
            two.clone().set("dpia-decision", choice("not-needed")),
            false,
            "not needed",
        ),
        (one.clone(), false, "one criterion"),
        (
            one.set("dpia-decision", choice("planned")),
            true,
            "one criterion, planned anyway",
        ),
    ] {
        let shown = asked(&q, &answers);
        if made_here {
            assert_shown(&shown, &strs(&proper), context);
        } else {
            assert_hidden(&shown, &strs(&proper), context);
        }
    }
    assert_shown(
        &asked(&q, &two.clone().set("dpia-decision", choice("not-needed"))),
        &skip,
        "not needed",
    );
    assert_hidden(&asked(&q, &two), &skip, "no decision yet");
    // The data subjects' views are summarised whenever the group took a position on them.
    let here = a(&[("dpia-decision", choice("planned"))]);
    for (views, summary) in [
        ("asked", true),
        ("representatives", true),
        ("not-appropriate", true),
        ("not-asked", false),
    ] {
        let shown = asked(&q, &here.clone().set("dpia-views", choice(views)));
        assert_eq!(shown.contains("dpia-views-summary"), summary, "{views}");
    }
}

#[test]
fn the_individual_login_questions_follow_the_use_by_individuals() {
    let q = questionnaire();
    let individual = [
        "sec-individual-auth",
        "sec-history-off",
        "sec-alias-id",
        "sec-incomplete-deleted",
        "sec-individual-no-local-copy",
    ];
    let shown = asked(&q, &a(&[("mapping-individuals-use", no())]));
    assert_hidden(&shown, &individual, "no individual users");

    let bankid = a(&[
        ("mapping-individuals-use", yes()),
        ("sec-individual-auth", multi(&["bankid"])),
    ]);
    let shown = asked(&q, &bankid);
    assert_shown(
        &shown,
        &["sec-individual-auth", "sec-individual-no-local-copy"],
        "BankID",
    );
    assert_hidden(
        &shown,
        &["sec-history-off", "sec-alias-id", "sec-incomplete-deleted"],
        "BankID",
    );

    let password = bankid.set("sec-individual-auth", multi(&["password-only"]));
    let shown = asked(&q, &password);
    assert_shown(&shown, &["sec-history-off"], "password");
    assert_hidden(
        &shown,
        &["sec-alias-id", "sec-incomplete-deleted"],
        "password",
    );
    // The single-factor exception only when history is switched off.
    assert_shown(
        &asked(&q, &password.clone().set("sec-history-off", yes())),
        &["sec-alias-id", "sec-incomplete-deleted"],
        "history off",
    );
    assert_hidden(
        &asked(&q, &password.set("sec-history-off", no())),
        &["sec-alias-id", "sec-incomplete-deleted"],
        "history on",
    );
}

#[test]
fn public_records_questions_follow_whether_the_service_holds_them() {
    let q = questionnaire();
    let records = [
        "records-only-store",
        "records-disclosure",
        "records-export",
        "records-plan",
    ];
    // Retention and deletion concern every personal data, public records or not (a private
    // provider's too: GDPR art. 5.1 e, LSS 23 c §).
    let retention = ["records-retention", "records-deletion"];
    assert_shown(&asked(&q, &a(&[])), &records, "not answered yet");
    assert_shown(&asked(&q, &a(&[])), &retention, "not answered yet");
    let none = a(&[("records-public-docs", no()), ("records-deletion", no())]);
    assert_hidden(&asked(&q, &none), &records, "no public records");
    assert_shown(&asked(&q, &none), &retention, "no public records");
    assert_eq!(
        fired(&q, &none, "no-deletion"),
        Some(vec!["records-deletion".to_owned()])
    );
    let no_personal_data = a(&[
        ("mapping-personal-data", no()),
        ("records-public-docs", no()),
        ("records-deletion", no()),
    ]);
    assert_hidden(
        &asked(&q, &no_personal_data),
        &retention,
        "no personal data",
    );
    assert_eq!(fired(&q, &no_personal_data, "no-deletion"), None);
}
