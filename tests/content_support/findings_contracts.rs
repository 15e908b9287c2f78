//! Cases for the findings about contracts, public records and the overall assessment.

use super::*;

fn click_through() -> Answers {
    a(&[("contract-type", choice("click-through"))])
}

/// A support recipient outside the EU/EEA with SCC as its basis: the SCC version is asked.
fn scc_recipient() -> Answers {
    Answers::default().recipient(
        "Support",
        &[
            ("recipient-access", multi(&["other"])),
            ("recipient-basis", choice("scc")),
        ],
    )
}

/// An information set without secrecy or sensitive data that asks for backups.
fn plain_set() -> Answers {
    Answers::default().infoset(
        "Tidbokning",
        &[
            ("set-categories", multi(&["identity"])),
            ("set-secrecy", choice("none")),
            ("set-availability", level(1)),
        ],
    )
}

fn secret_set() -> Answers {
    Answers::default().infoset(
        "Klientakt",
        &[
            ("set-secrecy", choice("osl-26")),
            ("set-availability", level(1)),
        ],
    )
}

const NOT_SENSITIVE: [&str; 2] = [
    "infosets/tidbokning/set-categories",
    "infosets/tidbokning/set-secrecy",
];
const SECRET: &str = "infosets/klientakt/set-secrecy";

pub fn cases() -> Vec<Case> {
    vec![
        no_or_unknown_after(
            "click-through-not-saved",
            "contract-click-saved",
            click_through(),
        ),
        case("click-through-sensitive")
            .fires(
                click_through().set("dpia-sensitive", yes()),
                &["contract-type", "dpia-sensitive"],
            )
            .fires(
                secret_set().set("contract-type", choice("click-through")),
                &["contract-type", SECRET],
            )
            .quiet(a(&[
                ("contract-type", choice("negotiated")),
                ("dpia-sensitive", yes()),
            ]))
            .quiet(plain_set().with(&[
                ("contract-type", choice("click-through")),
                ("dpia-sensitive", no()),
            ])),
        case("no-dpa")
            .fires(
                a(&[
                    ("contract-dpa", choice("none")),
                    ("mapping-personal-data", yes()),
                ]),
                &["contract-dpa", "mapping-personal-data"],
            )
            .fires(
                a(&[
                    ("contract-dpa", unknown()),
                    ("mapping-personal-data", unknown()),
                ]),
                &["contract-dpa", "mapping-personal-data"],
            )
            .quiet(a(&[
                ("contract-dpa", choice("none")),
                ("mapping-personal-data", no()),
            ]))
            .quiet(a(&[
                ("contract-dpa", choice("in-terms")),
                ("mapping-personal-data", yes()),
            ])),
        no_or_unknown_after(
            "dpa-incomplete",
            "contract-dpa-content",
            a(&[("contract-dpa", choice("vendor-template"))]),
        ),
        case("scc-outdated")
            .fires(
                scc_recipient().set("contract-scc", choice("older")),
                &["contract-scc"],
            )
            .fires(
                scc_recipient().set("contract-scc", choice("not-signed")),
                &["contract-scc"],
            )
            .fires(
                scc_recipient().set("contract-scc", unknown()),
                &["contract-scc"],
            )
            .quiet(scc_recipient().set("contract-scc", choice("scc-2021")))
            // No recipient relies on SCC: the question is not asked.
            .quiet(a(&[("contract-scc", choice("older"))])),
        no_or_unknown("subprocessor-control", "contract-subprocessor-approval"),
        no_or_unknown("location-not-in-contract", "contract-location-stated"),
        no_or_unknown("vendor-own-use", "contract-ownership"),
        no_or_unknown("no-exit-terms", "contract-exit"),
        case("routines-missing")
            .fires(
                a(&[("contract-documents", multi(&["manuals"]))]),
                &["contract-documents"],
            )
            .quiet(a(&[(
                "contract-documents",
                multi(&["routines-roles", "manuals"]),
            )]))
            .quiet(a(&[])),
        // Public records
        case("only-copy")
            .fires(
                plain_set().with(&[
                    ("records-only-store", yes()),
                    ("req-backup", choice("partly")),
                ]),
                &[
                    NOT_SENSITIVE[0],
                    NOT_SENSITIVE[1],
                    "records-only-store",
                    "req-backup",
                ],
            )
            .quiet(plain_set().with(&[
                ("records-only-store", yes()),
                ("req-backup", choice("fulfilled")),
            ]))
            .quiet(plain_set().with(&[
                ("records-only-store", no()),
                ("req-backup", choice("not-fulfilled")),
            ]))
            .quiet(secret_set().with(&[
                ("records-only-store", yes()),
                ("req-backup", choice("not-fulfilled")),
            ])),
        case("only-copy-sensitive")
            .fires(
                secret_set().with(&[
                    ("records-only-store", yes()),
                    ("req-backup", choice("not-fulfilled")),
                ]),
                &[SECRET, "records-only-store", "req-backup"],
            )
            .quiet(secret_set().with(&[
                ("records-only-store", yes()),
                ("req-backup", choice("fulfilled")),
            ]))
            .quiet(secret_set().with(&[
                ("records-public-docs", no()),
                ("records-only-store", yes()),
                ("req-backup", choice("not-fulfilled")),
            ])),
        no_or_unknown("public-access-hard", "records-disclosure").quiet(a(&[
            ("records-public-docs", no()),
            ("records-disclosure", no()),
        ])),
        case("no-deletion")
            .fires(
                plain_set().set("records-deletion", no()),
                &[NOT_SENSITIVE[0], NOT_SENSITIVE[1], "records-deletion"],
            )
            .quiet(plain_set().set("records-deletion", yes()))
            .quiet(secret_set().set("records-deletion", no())),
        case("no-deletion-sensitive")
            .fires(
                secret_set().set("records-deletion", unknown()),
                &[SECRET, "records-deletion"],
            )
            .quiet(secret_set().set("records-deletion", yes()))
            .quiet(plain_set().set("records-deletion", no())),
        no_or_unknown("no-archive-export", "records-export"),
        no_or_unknown("not-in-records-plan", "records-plan"),
        no_or_unknown("documentation-outside-record", "records-sosfs")
            .quiet(a(&[
                ("assessment-client-data", no()),
                ("records-sosfs", no()),
            ]))
            .quiet(a(&[("records-sosfs", not_applicable())])),
        // The overall assessment
        // The recommendation alone, before the decision: see content_findings_contracts.rs.
        case("prior-consultation")
            .fires(
                a(&[
                    ("overall-high-risk", yes()),
                    ("overall-recommendation", choice("postpone")),
                    ("overall-decision", choice("approve-with-conditions")),
                ]),
                &["overall-decision", "overall-high-risk"],
            )
            .quiet(a(&[
                ("overall-high-risk", yes()),
                ("overall-recommendation", choice("reject")),
                ("overall-decision", choice("postpone")),
            ]))
            .quiet(a(&[
                ("overall-high-risk", no()),
                ("overall-recommendation", choice("approve")),
                ("overall-decision", choice("approve")),
            ])),
        case("risk-unclear")
            .fires(
                a(&[("overall-high-risk", unknown())]),
                &["overall-high-risk"],
            )
            .quiet(a(&[("overall-high-risk", yes())])),
        no_or_unknown("dpo-not-heard", "overall-dpo-opinion"),
    ]
}
