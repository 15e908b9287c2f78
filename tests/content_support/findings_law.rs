//! Cases for the findings about children and protected persons, the classification and the
//! law and secrecy.

use super::*;

fn secret_set() -> Answers {
    Answers::default().infoset("Klientakt", &[("set-secrecy", choice("osl-26"))])
}

fn protected_set() -> Answers {
    Answers::default().infoset(
        "Skyddade personer",
        &[("set-categories", multi(&["protected-identity"]))],
    )
}

fn children() -> Answers {
    a(&[("mapping-children", yes())])
}

pub fn cases() -> Vec<Case> {
    let mut cases = vec![
        // Children and protected persons
        no_or_unknown_after("child-information", "children-information", children()),
        no_or_unknown_after("guardian-secrecy", "children-guardian-secrecy", children()),
        no_or_unknown_after(
            "minor-login",
            "children-alternative-login",
            children().set("mapping-individuals-use", yes()),
        )
        .quiet(children().with(&[
            ("mapping-individuals-use", no()),
            ("children-alternative-login", no()),
        ])),
        no_or_unknown_after(
            "protected-identity",
            "protected-identity-care",
            protected_set(),
        )
        .quiet(
            Answers::default()
                .infoset("Hälsa", &[("set-categories", multi(&["health"]))])
                .set("protected-identity-care", no()),
        ),
        // Classification
        case("classification-missing")
            .fires(
                a(&[("class-method", choice("none-yet"))]),
                &["class-method"],
            )
            .fires(a(&[("class-method", unknown())]), &["class-method"])
            .quiet(a(&[("class-method", choice("klassa"))]))
            // Classified here, set by set: the method's "not yet" is overtaken.
            .quiet(
                a(&[("class-method", choice("none-yet"))])
                    .infoset("Svar", &[("set-confidentiality", level(3))]),
            ),
        case("no-information-sets")
            .fires(
                a(&[("legal-who-how-where", yes())]),
                &["infosets", "legal-who-how-where"],
            )
            // Not before the group has moved past the list.
            .quiet(a(&[]))
            .quiet(a(&[("legal-who-how-where", yes())]).infoset("Inloggningsuppgifter", &[])),
        // Law and secrecy
        no_or_unknown("legal-basis-unclear", "legal-solpul")
            // A service without client data: SoLPUL is not asked, and "not applicable"
            // decides nothing.
            .quiet(a(&[
                ("assessment-client-data", no()),
                ("legal-solpul", no()),
            ]))
            .quiet(a(&[("legal-solpul", not_applicable())])),
        no_or_unknown("who-how-where-unknown", "legal-who-how-where"),
        // A service without client data is asked too; without personal data it is not.
        no_or_unknown("gdpr-basis-unclear", "legal-gdpr-basis")
            .fires(
                a(&[("assessment-client-data", no()), ("legal-gdpr-basis", no())]),
                &["legal-gdpr-basis"],
            )
            .quiet(a(&[
                ("mapping-personal-data", no()),
                ("legal-gdpr-basis", no()),
            ])),
        no_or_unknown("no-register-entry", "legal-register-entry").quiet(a(&[
            ("mapping-personal-data", no()),
            ("legal-register-entry", no()),
        ])),
        case("secrecy-not-assessed")
            .fires(
                secret_set().set("legal-secrecy-assessed", no()),
                &["infosets/klientakt/set-secrecy", "legal-secrecy-assessed"],
            )
            .fires(
                Answers::default()
                    .infoset("Fritext", &[("set-secrecy", unknown())])
                    .set("legal-secrecy-assessed", unknown()),
                &["infosets/fritext/set-secrecy", "legal-secrecy-assessed"],
            )
            .quiet(secret_set().set("legal-secrecy-assessed", yes()))
            .quiet(
                Answers::default()
                    .infoset("Schema", &[("set-secrecy", choice("none"))])
                    .set("legal-secrecy-assessed", no()),
            ),
        case("secrecy-beyond-technical")
            .fires(
                secret_set().set("legal-technical-only", no()),
                &["legal-technical-only"],
            )
            .quiet(secret_set().set("legal-technical-only", yes()))
            // Before any information set is listed the secrecy questions are asked too.
            .fires(
                a(&[("legal-technical-only", no())]),
                &["legal-technical-only"],
            )
            .quiet(
                a(&[("legal-technical-only", no())])
                    .infoset("Scheman", &[("set-secrecy", choice("none"))]),
            ),
        case("secrecy-unsuitable")
            .fires(
                secret_set().set("legal-unsuitable", yes()),
                &["legal-unsuitable"],
            )
            .fires(
                secret_set().set("legal-unsuitable", unknown()),
                &["legal-unsuitable"],
            )
            .quiet(secret_set().set("legal-unsuitable", no()))
            .quiet(
                a(&[("legal-unsuitable", yes())])
                    .infoset("Scheman", &[("set-secrecy", choice("none"))]),
            ),
        case("cybersecurity-act")
            .quiet(a(&[("legal-cybersecurity", no())]))
            .fires(
                a(&[
                    ("assessment-controller", choice("committee")),
                    ("legal-cybersecurity", unknown()),
                ]),
                &["assessment-controller", "legal-cybersecurity"],
            )
            .quiet(a(&[
                ("assessment-controller", choice("committee")),
                ("legal-cybersecurity", yes()),
            ]))
            .quiet(a(&[
                ("assessment-controller", choice("private-provider")),
                ("legal-cybersecurity", no()),
            ])),
        case("outdated-references")
            .fires(
                a(&[("legal-outdated-docs", yes())]),
                &["legal-outdated-docs"],
            )
            .quiet(a(&[("legal-outdated-docs", no())])),
    ];
    cases.extend(level_4_cases());
    cases
}

/// KLASSA 4.0 has no measures for level 4: any aspect at 4 calls for a separate analysis.
fn level_4_cases() -> Vec<Case> {
    let mut case = case("class-level-4");
    for aspect in [
        "set-confidentiality",
        "set-integrity",
        "set-availability",
        "set-traceability",
    ] {
        let reason = format!("infosets/klientakt/{aspect}");
        case = case
            .fires(
                Answers::default().infoset("Klientakt", &[(aspect, level(4))]),
                &[reason.as_str()],
            )
            .quiet(Answers::default().infoset(
                "Klientakt",
                &[
                    ("set-confidentiality", level(3)),
                    ("set-integrity", level(3)),
                    ("set-availability", level(3)),
                    ("set-traceability", level(3)),
                ],
            ));
    }
    vec![case.quiet(a(&[]))]
}
