//! Cases for the contradictions `molnkoll check` reports.

use super::*;

fn set(name: &str, members: &[(&str, Value)]) -> Answers {
    Answers::default().infoset(name, members)
}

pub fn cases() -> Vec<Case> {
    let mut cases = answer_cases();
    cases.extend(set_cases());
    cases
}

/// The contradictions between the group's own answers.
fn answer_cases() -> Vec<Case> {
    vec![
        case("lvu-without-children")
            .fires(
                a(&[
                    ("legal-activity-law", multi(&["sol", "lvu"])),
                    ("mapping-children", no()),
                ]),
                &["legal-activity-law", "mapping-children"],
            )
            .quiet(a(&[
                ("legal-activity-law", multi(&["sol", "lvu"])),
                ("mapping-children", yes()),
            ]))
            .quiet(a(&[
                ("legal-activity-law", multi(&["sol"])),
                ("mapping-children", no()),
            ])),
        case("no-personal-data-but-sensitive")
            .fires(
                a(&[("mapping-personal-data", no()), ("dpia-sensitive", yes())]),
                &["dpia-sensitive", "mapping-personal-data"],
            )
            .fires(
                set("Hälsa", &[("set-categories", multi(&["health"]))])
                    .set("mapping-personal-data", no()),
                &["infosets/halsa/set-categories", "mapping-personal-data"],
            )
            .quiet(a(&[
                ("mapping-personal-data", yes()),
                ("dpia-sensitive", yes()),
            ]))
            .quiet(
                set(
                    "Loggar",
                    &[("set-categories", multi(&["no-personal-data"]))],
                )
                .with(&[("mapping-personal-data", no()), ("dpia-sensitive", no())]),
            ),
        case("no-personal-data-but-children")
            .fires(
                a(&[("mapping-personal-data", no()), ("dpia-vulnerable", yes())]),
                &["dpia-vulnerable", "mapping-personal-data"],
            )
            .quiet(a(&[
                ("mapping-personal-data", yes()),
                ("dpia-vulnerable", yes()),
            ]))
            .quiet(a(&[
                ("mapping-personal-data", no()),
                ("dpia-vulnerable", no()),
            ])),
        case("children-not-vulnerable")
            .fires(
                a(&[("mapping-children", yes()), ("dpia-vulnerable", no())]),
                &["dpia-vulnerable", "mapping-children"],
            )
            .quiet(a(&[
                ("mapping-children", yes()),
                ("dpia-vulnerable", yes()),
            ]))
            .quiet(a(&[("mapping-children", no()), ("dpia-vulnerable", no())])),
        case("sensitive-sets-not-screened")
            .fires(
                set("Missbruk", &[("set-categories", multi(&["substance-use"]))])
                    .set("dpia-sensitive", no()),
                &["dpia-sensitive", "infosets/missbruk/set-categories"],
            )
            .fires(
                set(
                    "Brott",
                    &[("set-categories", multi(&["identity", "offences"]))],
                )
                .set("dpia-sensitive", no()),
                &["dpia-sensitive", "infosets/brott/set-categories"],
            )
            .quiet(
                set("Missbruk", &[("set-categories", multi(&["substance-use"]))])
                    .set("dpia-sensitive", yes()),
            )
            .quiet(
                set("Kontakt", &[("set-categories", multi(&["contact"]))])
                    .set("dpia-sensitive", no()),
            ),
        case("no-client-data-but-client-sets")
            .fires(
                set(
                    "Klientakt",
                    &[
                        ("set-categories", multi(&["identity", "contact"])),
                        ("set-subjects", multi(&["clients-adults"])),
                    ],
                )
                .set("assessment-client-data", no()),
                &["assessment-client-data", "infosets/klientakt/set-subjects"],
            )
            .quiet(
                set(
                    "Klientakt",
                    &[
                        ("set-categories", multi(&["case-records"])),
                        ("set-subjects", multi(&["clients-adults"])),
                    ],
                )
                .set("assessment-client-data", yes()),
            )
            .quiet(
                set(
                    "Schema",
                    &[
                        ("set-categories", multi(&["staff"])),
                        ("set-subjects", multi(&["staff"])),
                    ],
                )
                .set("assessment-client-data", no()),
            ),
        case("residual-risk-high-but-overall-not")
            .fires(
                a(&[("overall-high-risk", no())]).risk(
                    "Läcka",
                    &[
                        ("risk-after-likelihood", level(3)),
                        ("risk-after-consequence", level(3)),
                    ],
                ),
                &[
                    "overall-high-risk",
                    "risks/lacka/risk-after-consequence",
                    "risks/lacka/risk-after-likelihood",
                ],
            )
            .quiet(a(&[("overall-high-risk", yes())]).risk(
                "Läcka",
                &[
                    ("risk-after-likelihood", level(3)),
                    ("risk-after-consequence", level(3)),
                ],
            ))
            .quiet(a(&[("overall-high-risk", no())]).risk(
                "Läcka",
                &[
                    ("risk-after-likelihood", level(1)),
                    ("risk-after-consequence", level(4)),
                ],
            )),
        case("click-through-but-negotiated-dpa")
            .fires(
                a(&[
                    ("contract-type", choice("click-through")),
                    ("contract-dpa", choice("skr-template")),
                ]),
                &["contract-dpa", "contract-type"],
            )
            .quiet(a(&[
                ("contract-type", choice("negotiated")),
                ("contract-dpa", choice("skr-template")),
            ]))
            .quiet(a(&[
                ("contract-type", choice("click-through")),
                ("contract-dpa", choice("in-terms")),
            ])),
    ]
}

/// The contradictions between the information sets and the mapping or the screening.
pub fn set_cases() -> Vec<Case> {
    vec![
        case("no-personal-data-but-personal-sets")
            .fires(
                set("Kontakter", &[("set-categories", multi(&["personnummer"]))])
                    .set("mapping-personal-data", no()),
                &["infosets/kontakter/set-categories", "mapping-personal-data"],
            )
            .quiet(
                set("Kontakter", &[("set-categories", multi(&["personnummer"]))])
                    .set("mapping-personal-data", yes()),
            )
            .quiet(
                set(
                    "Driftdata",
                    &[("set-categories", multi(&["no-personal-data"]))],
                )
                .set("mapping-personal-data", no()),
            ),
        case("no-children-but-children-sets")
            .fires(
                set(
                    "Barnets svar",
                    &[
                        ("set-categories", multi(&["self-assessment"])),
                        ("set-subjects", multi(&["children"])),
                    ],
                )
                .set("mapping-children", no()),
                &["infosets/barnets-svar/set-subjects", "mapping-children"],
            )
            .quiet(
                set(
                    "Barnets svar",
                    &[
                        ("set-categories", multi(&["self-assessment"])),
                        ("set-subjects", multi(&["children"])),
                    ],
                )
                .set("mapping-children", yes()),
            )
            .quiet(
                set(
                    "Vuxnas svar",
                    &[
                        ("set-categories", multi(&["self-assessment"])),
                        ("set-subjects", multi(&["clients-adults"])),
                    ],
                )
                .set("mapping-children", no()),
            ),
        case("vulnerable-sets-not-screened")
            .fires(
                set(
                    "Schema",
                    &[
                        ("set-categories", multi(&["staff"])),
                        ("set-subjects", multi(&["staff"])),
                    ],
                )
                .set("dpia-vulnerable", no()),
                &["dpia-vulnerable", "infosets/schema/set-subjects"],
            )
            .quiet(
                set(
                    "Schema",
                    &[
                        ("set-categories", multi(&["staff"])),
                        ("set-subjects", multi(&["staff"])),
                    ],
                )
                .set("dpia-vulnerable", yes()),
            )
            .quiet(
                set(
                    "Anhöriga",
                    &[
                        ("set-categories", multi(&["contact"])),
                        ("set-subjects", multi(&["relatives"])),
                    ],
                )
                .set("dpia-vulnerable", no()),
            ),
    ]
}
