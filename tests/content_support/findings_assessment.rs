//! Cases for the findings of the assessment, the DPIA, the mapping, children and protected
//! persons, the classification and the law.

use super::*;

/// An information set under social-services secrecy.
fn secret_set() -> Answers {
    Answers::default().infoset("Klientakt", &[("set-secrecy", choice("osl-26"))])
}

fn protected_set() -> Answers {
    Answers::default().infoset(
        "Skyddade personer",
        &[("set-categories", multi(&["protected-identity"]))],
    )
}

/// The group plans the DPIA, so its own questions are asked.
fn dpia_here() -> Answers {
    a(&[("dpia-decision", choice("planned"))])
}

pub fn cases() -> Vec<Case> {
    vec![
        case("controller-unclear")
            .fires(
                a(&[("assessment-controller", choice("unclear"))]),
                &["assessment-controller"],
            )
            .fires(
                a(&[("assessment-controller", unknown())]),
                &["assessment-controller"],
            )
            .quiet(a(&[("assessment-controller", choice("committee"))]))
            .quiet(a(&[("assessment-controller", choice("other-committee"))])),
        case("document-storage-sensitive")
            .fires(
                a(&[("assessment-service-type", choice("document-storage"))])
                    .infoset("Utredningar", &[("set-secrecy", choice("osl-26"))]),
                &[
                    "assessment-service-type",
                    "infosets/utredningar/set-secrecy",
                ],
            )
            .quiet(
                a(&[("assessment-service-type", choice("software-service"))])
                    .infoset("Utredningar", &[("set-secrecy", choice("osl-26"))]),
            )
            .quiet(
                a(&[("assessment-service-type", choice("document-storage"))])
                    .infoset("Scheman", &[("set-secrecy", choice("none"))]),
            ),
        case("participants-missing")
            .fires(
                a(&[(
                    "assessment-participants",
                    multi(&["system-manager", "security-officer"]),
                )]),
                &["assessment-participants"],
            )
            .quiet(a(&[(
                "assessment-participants",
                multi(&["security-officer", "lawyer-dpo"]),
            )]))
            .quiet(a(&[])),
        case("already-in-use")
            .fires(
                a(&[("assessment-stage", choice("in-use"))]),
                &["assessment-stage"],
            )
            .quiet(a(&[("assessment-stage", choice("planning"))])),
        case("in-use-serious-gaps")
            .fires(
                secret_set().with(&[
                    ("assessment-stage", choice("in-use")),
                    ("mapping-suitable", no()),
                ]),
                &[
                    "assessment-stage",
                    "infosets/klientakt/set-secrecy",
                    "mapping-suitable",
                ],
            )
            .fires(
                secret_set()
                    .with(&[("assessment-stage", choice("in-use"))])
                    .recipient(
                        "Leverantören",
                        &[
                            ("recipient-access", multi(&["usa"])),
                            ("recipient-basis", choice("none")),
                        ],
                    ),
                &[
                    "assessment-stage",
                    "infosets/klientakt/set-secrecy",
                    "recipients/leverantoren/recipient-basis",
                ],
            )
            .fires(
                protected_set().with(&[
                    ("assessment-stage", choice("in-use")),
                    ("req-access-logging", choice("not-fulfilled")),
                ]),
                &[
                    "assessment-stage",
                    "infosets/skyddade-personer/set-categories",
                    "req-access-logging",
                ],
            )
            .quiet(secret_set().with(&[
                ("assessment-stage", choice("procurement")),
                ("mapping-suitable", no()),
            ]))
            .quiet(secret_set().with(&[
                ("assessment-stage", choice("in-use")),
                ("mapping-suitable", yes()),
                ("contract-dpa", choice("skr-template")),
            ]))
            .quiet(
                Answers::default()
                    .infoset(
                        "Schema",
                        &[
                            ("set-categories", multi(&["staff"])),
                            ("set-secrecy", choice("none")),
                        ],
                    )
                    .with(&[
                        ("assessment-stage", choice("in-use")),
                        ("mapping-suitable", no()),
                    ]),
            ),
        // DPIA screening and the DPIA itself
        case("dpia-required")
            .fires(
                a(&[("dpia-sensitive", yes()), ("dpia-vulnerable", yes())]),
                // The decision not taken and the DPIA's open parts are why.
                &[
                    "dpia-decision",
                    "dpia-description",
                    "dpia-dpo-advice",
                    "dpia-necessity",
                    "dpia-purpose",
                    "dpia-sensitive",
                    "dpia-vulnerable",
                ],
            )
            .fires(
                a(&[
                    ("dpia-large-scale", yes()),
                    ("dpia-innovative", yes()),
                    ("dpia-decision", choice("planned")),
                    ("dpia-description", text("Beskrivning")),
                    ("dpia-necessity", text("Nödvändigt")),
                ]),
                &[
                    "dpia-decision",
                    "dpia-dpo-advice",
                    "dpia-innovative",
                    "dpia-large-scale",
                    "dpia-purpose",
                ],
            )
            .quiet(a(&[("dpia-sensitive", yes()), ("dpia-vulnerable", no())]))
            .quiet(a(&[
                ("dpia-sensitive", yes()),
                ("dpia-vulnerable", yes()),
                ("dpia-decision", choice("done")),
            ]))
            .quiet(a(&[
                ("dpia-sensitive", yes()),
                ("dpia-vulnerable", yes()),
                ("dpia-decision", choice("not-needed")),
            ]))
            .quiet(a(&[
                ("dpia-sensitive", yes()),
                ("dpia-vulnerable", yes()),
                ("dpia-description", text("Beskrivning")),
                ("dpia-purpose", text("Ändamål")),
                ("dpia-necessity", text("Nödvändigt")),
                ("dpia-dpo-advice", text("Dataskyddsombudets råd")),
            ])),
        case("dpia-skipped")
            .quiet(a(&[
                ("dpia-evaluation", yes()),
                ("dpia-combining", yes()),
                ("dpia-decision", choice("not-needed")),
            ]))
            .fires(
                a(&[
                    ("dpia-evaluation", yes()),
                    ("dpia-combining", yes()),
                    ("dpia-decision", choice("not-needed")),
                    ("dpia-skip-documented", no()),
                ]),
                &[
                    "dpia-combining",
                    "dpia-decision",
                    "dpia-evaluation",
                    "dpia-skip-documented",
                ],
            )
            .fires(
                a(&[
                    ("dpia-evaluation", yes()),
                    ("dpia-combining", yes()),
                    ("dpia-decision", choice("not-needed")),
                    ("dpia-skip-documented", yes()),
                    ("dpia-skip-dpo", no()),
                ]),
                &[
                    "dpia-combining",
                    "dpia-decision",
                    "dpia-evaluation",
                    "dpia-skip-dpo",
                ],
            )
            .quiet(a(&[
                ("dpia-evaluation", yes()),
                ("dpia-combining", yes()),
                ("dpia-decision", choice("not-needed")),
                ("dpia-skip-documented", yes()),
                ("dpia-skip-dpo", yes()),
            ]))
            .quiet(a(&[
                ("dpia-evaluation", yes()),
                ("dpia-decision", choice("not-needed")),
                ("dpia-skip-documented", no()),
            ])),
        case("dpia-not-minimised")
            .fires(
                dpia_here().set("dpia-minimisation", no()),
                &["dpia-minimisation"],
            )
            .fires(
                dpia_here().set("dpia-minimisation", unknown()),
                &["dpia-minimisation"],
            )
            .quiet(dpia_here().set("dpia-minimisation", yes()))
            // No DPIA here: its questions are not asked.
            .quiet(a(&[
                ("dpia-decision", choice("done")),
                ("dpia-minimisation", no()),
            ])),
        case("dpia-views-not-asked")
            .fires(
                dpia_here().set("dpia-views", choice("not-asked")),
                &["dpia-views"],
            )
            .quiet(dpia_here().set("dpia-views", choice("representatives")))
            .quiet(a(&[
                ("dpia-decision", choice("not-needed")),
                ("dpia-views", choice("not-asked")),
            ])),
        case("dpo-advice-not-followed")
            .fires(
                dpia_here().set("dpia-dpo-advice-followed", choice("partly")),
                &["dpia-dpo-advice-followed"],
            )
            .fires(
                dpia_here().set("dpia-dpo-advice-followed", choice("not-followed")),
                &["dpia-dpo-advice-followed"],
            )
            .quiet(dpia_here().set("dpia-dpo-advice-followed", choice("followed"))),
        // Mapping
        case("unsuitable-for-cloud")
            .fires(a(&[("mapping-suitable", no())]), &["mapping-suitable"])
            .quiet(a(&[("mapping-suitable", yes())]))
            .quiet(a(&[("mapping-suitable", unknown())])),
        case("free-text")
            .quiet(a(&[("mapping-free-text", yes())]))
            .fires(
                a(&[
                    ("mapping-free-text", yes()),
                    ("mapping-free-text-limited", choice("limited")),
                ]),
                &["mapping-free-text", "mapping-free-text-limited"],
            )
            .quiet(a(&[
                ("mapping-free-text", yes()),
                ("mapping-free-text-limited", choice("removed")),
            ]))
            .quiet(a(&[
                ("mapping-free-text", no()),
                ("mapping-free-text-limited", choice("kept")),
            ])),
    ]
}
