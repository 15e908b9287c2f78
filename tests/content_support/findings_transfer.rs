//! Cases for the findings about recipients and transfers, judged per recipient, and the UK.

use super::*;

/// A recipient that reaches the data from outside the EU/EEA, with more answers.
pub fn abroad(name: &str, from: &str, members: &[(&str, Value)]) -> Answers {
    let mut all = vec![("recipient-access", multi(&[from]))];
    all.extend(members.iter().cloned());
    Answers::default().recipient(name, &all)
}

/// A recipient established, storing, processing and reached in Sweden only.
pub fn swedish(name: &str) -> Answers {
    Answers::default().recipient(
        name,
        &[
            ("recipient-role", choice("vendor")),
            ("recipient-country", choice("sweden")),
            ("recipient-parent", choice("no-parent")),
            ("recipient-storage", multi(&["sweden"])),
            ("recipient-processing", multi(&["sweden"])),
            ("recipient-access", multi(&["sweden"])),
        ],
    )
}

fn secret_set() -> Answers {
    Answers::default().infoset("Klientakt", &[("set-secrecy", choice("osl-26"))])
}

pub fn cases() -> Vec<Case> {
    vec![
        case("unknown-subprocessors")
            .fires(
                a(&[("transfer-subprocessors-known", choice("partly"))]),
                &["transfer-subprocessors-known"],
            )
            .fires(
                a(&[("transfer-subprocessors-known", choice("unknown"))]),
                &["transfer-subprocessors-known"],
            )
            .fires(
                a(&[("transfer-subprocessors-known", unknown())]),
                &["transfer-subprocessors-known"],
            )
            .quiet(a(&[("transfer-subprocessors-known", choice("listed"))]))
            .quiet(a(&[("transfer-subprocessors-known", choice("none-used"))])),
        case("no-recipients")
            .fires(
                a(&[("sec-staff-auth", multi(&["bankid"]))]),
                &["recipients", "sec-staff-auth"],
            )
            .quiet(a(&[]))
            .quiet(a(&[("sec-staff-auth", multi(&["bankid"]))]).recipient("Leverantören", &[])),
        case("vendor-not-listed")
            .fires(
                Answers::default().recipient("Drift", &[("recipient-role", choice("operations"))]),
                &["recipients/drift/recipient-role"],
            )
            .quiet(
                Answers::default()
                    .recipient("Drift", &[("recipient-role", choice("operations"))])
                    .recipient("Leverantören", &[("recipient-role", choice("vendor"))]),
            )
            // Roles not given yet decide nothing.
            .quiet(Answers::default().recipient("Drift", &[])),
        case("no-transfer-basis")
            .fires(
                abroad("Support", "other", &[("recipient-basis", choice("none"))]),
                &["recipients/support/recipient-basis"],
            )
            .fires(
                abroad("Support", "usa", &[("recipient-basis", unknown())]),
                &["recipients/support/recipient-basis"],
            )
            .quiet(abroad(
                "Support",
                "other",
                &[("recipient-basis", choice("scc"))],
            ))
            // Reached from Sweden only: the basis is not asked and counts for nothing.
            .quiet(abroad(
                "Support",
                "sweden",
                &[("recipient-basis", choice("none"))],
            )),
        case("adequacy-does-not-cover")
            .fires(
                Answers::default().recipient(
                    "Drift",
                    &[
                        ("recipient-storage", multi(&["usa"])),
                        ("recipient-basis", choice("adequacy")),
                    ],
                ),
                &[
                    "recipients/drift/recipient-basis",
                    "recipients/drift/recipient-storage",
                ],
            )
            .fires(
                abroad("Drift", "other", &[("recipient-basis", choice("adequacy"))]),
                &[
                    "recipients/drift/recipient-access",
                    "recipients/drift/recipient-basis",
                ],
            )
            .quiet(Answers::default().recipient(
                "Drift",
                &[
                    ("recipient-storage", multi(&["uk"])),
                    ("recipient-processing", multi(&["adequate-other"])),
                    ("recipient-access", multi(&["eu-eea"])),
                    ("recipient-basis", choice("adequacy")),
                ],
            ))
            .quiet(abroad(
                "Drift",
                "usa",
                &[("recipient-basis", choice("scc"))],
            )),
        case("dpf-not-us-recipient")
            .fires(
                abroad(
                    "Underbiträde",
                    "other",
                    &[
                        ("recipient-country", choice("other")),
                        ("recipient-basis", choice("dpf")),
                    ],
                ),
                &[
                    "recipients/underbitrade/recipient-basis",
                    "recipients/underbitrade/recipient-country",
                ],
            )
            .quiet(abroad(
                "Underbiträde",
                "usa",
                &[
                    ("recipient-country", choice("usa")),
                    ("recipient-basis", choice("dpf")),
                ],
            ))
            .quiet(abroad(
                "Underbiträde",
                "other",
                &[
                    ("recipient-country", choice("other")),
                    ("recipient-basis", choice("scc")),
                ],
            )),
        case("us-no-dpf")
            .fires(
                abroad(
                    "Leverantören",
                    "usa",
                    &[
                        ("recipient-country", choice("usa")),
                        ("recipient-basis", choice("dpf")),
                        ("recipient-dpf-certified", no()),
                    ],
                ),
                &["recipients/leverantoren/recipient-dpf-certified"],
            )
            .fires(
                abroad(
                    "Leverantören",
                    "usa",
                    &[
                        ("recipient-basis", choice("dpf")),
                        ("recipient-dpf-certified", unknown()),
                    ],
                ),
                &["recipients/leverantoren/recipient-dpf-certified"],
            )
            .quiet(abroad(
                "Leverantören",
                "usa",
                &[
                    ("recipient-basis", choice("dpf")),
                    ("recipient-dpf-certified", yes()),
                ],
            ))
            .quiet(abroad(
                "Leverantören",
                "usa",
                &[
                    ("recipient-basis", choice("scc")),
                    ("recipient-dpf-certified", no()),
                ],
            )),
        case("tia-missing")
            .fires(
                abroad(
                    "Support",
                    "other",
                    &[("recipient-basis", choice("scc")), ("recipient-tia", no())],
                ),
                &["recipients/support/recipient-tia"],
            )
            .fires(
                abroad(
                    "Support",
                    "other",
                    &[
                        ("recipient-basis", choice("bcr")),
                        ("recipient-tia", unknown()),
                    ],
                ),
                &["recipients/support/recipient-tia"],
            )
            .quiet(abroad(
                "Support",
                "other",
                &[("recipient-basis", choice("scc")), ("recipient-tia", yes())],
            ))
            .quiet(abroad(
                "Support",
                "uk",
                &[
                    ("recipient-basis", choice("adequacy")),
                    ("recipient-tia", no()),
                ],
            )),
        case("cloud-act")
            .fires(
                Answers::default()
                    .recipient("Leverantören", &[("recipient-parent", choice("usa"))]),
                &["recipients/leverantoren/recipient-parent"],
            )
            .fires(
                Answers::default()
                    .recipient("Leverantören", &[("recipient-country", choice("usa"))])
                    .risk("Förlust", &[("risk-harm", choice("loss"))]),
                // The risk register holds no risk of foreign authorities' access.
                &[
                    "recipients/leverantoren/recipient-country",
                    "risks/forlust/risk-harm",
                ],
            )
            .quiet(
                Answers::default()
                    .recipient("Leverantören", &[("recipient-parent", choice("usa"))])
                    .risk("CLOUD Act", &[("risk-harm", choice("foreign-authority"))]),
            )
            .quiet(Answers::default().recipient(
                "Leverantören",
                &[
                    ("recipient-country", choice("eu-eea")),
                    ("recipient-parent", choice("uk")),
                ],
            )),
        case("staff-confidentiality")
            .fires(
                secret_set().recipient(
                    "Leverantören",
                    &[
                        ("recipient-country", choice("eu-eea")),
                        ("recipient-staff-confidentiality", no()),
                    ],
                ),
                &[
                    "infosets/klientakt/set-secrecy",
                    "recipients/leverantoren/recipient-staff-confidentiality",
                ],
            )
            .fires(
                Answers::default()
                    .infoset("Fritext", &[("set-secrecy", unknown())])
                    .recipient(
                        "Support",
                        &[
                            ("recipient-access", multi(&["usa"])),
                            ("recipient-staff-confidentiality", unknown()),
                        ],
                    ),
                &[
                    "infosets/fritext/set-secrecy",
                    "recipients/support/recipient-staff-confidentiality",
                ],
            )
            .quiet(secret_set().recipient(
                "Leverantören",
                &[
                    ("recipient-country", choice("eu-eea")),
                    ("recipient-staff-confidentiality", yes()),
                ],
            ))
            .quiet(
                Answers::default()
                    .infoset("Schema", &[("set-secrecy", choice("none"))])
                    .recipient(
                        "Leverantören",
                        &[
                            ("recipient-country", choice("eu-eea")),
                            ("recipient-staff-confidentiality", no()),
                        ],
                    ),
            )
            // Lag (2020:914) covers a Swedish vendor's staff: not asked.
            .quiet(secret_set().item(
                "recipients",
                "Leverantören",
                &[
                    ("recipient-country", choice("sweden")),
                    ("recipient-access", multi(&["sweden"])),
                    ("recipient-staff-confidentiality", no()),
                ],
            )),
        case("uk-adequacy")
            .fires(
                Answers::default().recipient("Drift", &[("recipient-country", choice("uk"))]),
                &["recipients/drift/recipient-country"],
            )
            .fires(
                Answers::default()
                    .recipient("Drift", &[("recipient-storage", multi(&["sweden", "uk"]))]),
                &["recipients/drift/recipient-storage"],
            )
            .quiet(swedish("Drift")),
        no_or_unknown_after(
            "uk-adequacy-unchecked",
            "uk-adequacy-checked",
            Answers::default().recipient("Drift", &[("recipient-country", choice("uk"))]),
        ),
        no_or_unknown_after(
            "uk-no-fallback",
            "uk-fallback",
            Answers::default().recipient("Drift", &[("recipient-access", multi(&["uk"]))]),
        ),
    ]
}
