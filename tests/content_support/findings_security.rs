//! Cases for the findings about logging in and devices, and the risk register.

use super::*;

/// Individuals log in with a password, but the guidance's exception holds.
fn single_factor_exception() -> Answers {
    a(&[
        ("mapping-individuals-use", yes()),
        ("sec-individual-auth", multi(&["password-only"])),
        ("sec-history-off", yes()),
        ("sec-alias-id", yes()),
        ("sec-incomplete-deleted", yes()),
    ])
}

fn individuals() -> Answers {
    a(&[("mapping-individuals-use", yes())])
}

fn offline() -> Answers {
    a(&[("mapping-offline-use", yes())])
}

/// A risk with its residual likelihood and consequence.
fn residual(likelihood: u8, consequence: u8) -> Answers {
    Answers::default().risk(
        "Obehörig åtkomst",
        &[
            ("risk-harm", choice("unauthorised-access")),
            ("risk-after-likelihood", level(likelihood)),
            ("risk-after-consequence", level(consequence)),
        ],
    )
}

const RESIDUAL: &[&str] = &[
    "risks/obehorig-atkomst/risk-after-consequence",
    "risks/obehorig-atkomst/risk-after-likelihood",
];

fn protected_set() -> Answers {
    Answers::default().infoset(
        "Skyddade personer",
        &[("set-categories", multi(&["protected-identity"]))],
    )
}

pub fn cases() -> Vec<Case> {
    vec![
        case("weak-auth-staff")
            .fires(
                a(&[
                    ("sec-staff-auth", multi(&["password-only"])),
                    ("sec-staff-open-network", yes()),
                ]),
                &["sec-staff-auth", "sec-staff-open-network"],
            )
            .fires(
                a(&[
                    ("sec-staff-auth", unknown()),
                    ("sec-staff-open-network", unknown()),
                ]),
                &["sec-staff-auth", "sec-staff-open-network"],
            )
            .quiet(a(&[
                ("sec-staff-auth", multi(&["password-only"])),
                ("sec-staff-open-network", no()),
            ]))
            .quiet(a(&[
                ("sec-staff-auth", multi(&["siths"])),
                ("sec-staff-open-network", yes()),
            ]))
            .quiet(a(&[("sec-staff-auth", multi(&["password-only"]))])),
        case("weak-auth-individuals")
            .fires(
                individuals().with(&[
                    ("sec-individual-auth", multi(&["password-only"])),
                    ("sec-history-off", no()),
                ]),
                &["sec-history-off", "sec-individual-auth"],
            )
            .fires(
                single_factor_exception().set("sec-alias-id", no()),
                &["sec-alias-id", "sec-individual-auth"],
            )
            .quiet(single_factor_exception())
            .quiet(individuals().set("sec-individual-auth", multi(&["bankid"])))
            .quiet(
                single_factor_exception()
                    .set("mapping-individuals-use", no())
                    .set("sec-history-off", no()),
            ),
        case("single-factor-exception")
            .fires(
                single_factor_exception(),
                &[
                    "sec-alias-id",
                    "sec-history-off",
                    "sec-incomplete-deleted",
                    "sec-individual-auth",
                ],
            )
            .quiet(single_factor_exception().set("sec-incomplete-deleted", no())),
        no_or_unknown_after(
            "individual-device-copies",
            "sec-individual-no-local-copy",
            individuals(),
        ),
        case("offline-devices")
            .fires(
                offline().set("sec-offline-encrypted", no()),
                &["sec-offline-encrypted"],
            )
            .fires(
                offline().with(&[
                    ("sec-offline-encrypted", yes()),
                    ("sec-offline-wiped", unknown()),
                ]),
                &["sec-offline-wiped"],
            )
            .quiet(offline().with(&[
                ("sec-offline-encrypted", yes()),
                ("sec-offline-wiped", yes()),
            ]))
            .quiet(a(&[
                ("mapping-offline-use", no()),
                ("sec-offline-encrypted", no()),
            ])),
        // Risks
        case("risk-analysis-missing")
            .fires(
                a(&[("contract-type", choice("negotiated"))]),
                &["contract-type", "risks"],
            )
            .quiet(a(&[]))
            .quiet(a(&[("contract-type", choice("negotiated"))]).risk("Förlust", &[])),
        // The high zone of the risk matrix: likelihood + consequence of 6 or more.
        case("risk-unacceptable")
            .fires(residual(3, 3), RESIDUAL)
            .fires(residual(2, 4), RESIDUAL)
            .fires(residual(4, 2), RESIDUAL)
            .fires(residual(4, 4), RESIDUAL)
            .quiet(residual(2, 3))
            .quiet(residual(3, 2))
            .quiet(residual(1, 4))
            .quiet(a(&[])),
        case("guardian-risk-missing")
            .fires(a(&[("mapping-children", yes())]), &["mapping-children"])
            .fires(
                a(&[("mapping-children", yes())]).risk("Förlust", &[("risk-harm", choice("loss"))]),
                &["mapping-children", "risks/forlust/risk-harm"],
            )
            .quiet(a(&[("mapping-children", yes())]).risk(
                "Vårdnadshavare",
                &[("risk-harm", choice("reaches-guardian"))],
            ))
            .quiet(a(&[("mapping-children", no())])),
        case("protected-person-risk-missing")
            .fires(
                protected_set(),
                &["infosets/skyddade-personer/set-categories"],
            )
            .quiet(protected_set().risk("Anhörig", &[("risk-harm", choice("reaches-relative"))]))
            .quiet(Answers::default().infoset("Hälsa", &[("set-categories", multi(&["health"]))])),
    ]
}
