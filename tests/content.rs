//! The default questionnaire's content: every finding fires on the smallest assessment that
//! should make it fire, with the right reasons, and stays quiet on a close one that should not;
//! the conditional flow asks third-country, UK and US questions only when they apply.

use std::collections::BTreeSet;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::questionnaire::{Kind, Questionnaire, embedded};
use molnkoll::rules::{ActiveAnswers, fired_findings};

type Answers = Vec<(&'static str, Value)>;

fn questionnaire() -> Questionnaire {
    embedded().expect("the embedded questionnaire parses")
}

fn yes() -> Value {
    Value::Yes
}

fn no() -> Value {
    Value::No
}

fn unknown() -> Value {
    Value::Unknown
}

fn choice(option: &str) -> Value {
    Value::Choice(option.to_owned())
}

fn multi(options: &[&str]) -> Value {
    Value::Multi(options.iter().map(|o| (*o).to_owned()).collect())
}

fn level(n: u8) -> Value {
    Value::Level(n)
}

/// An assessment with exactly these answers. Fails on a question id the questionnaire does
/// not have, so that a typo in a test cannot pass silently.
fn assess(q: &Questionnaire, answers: &[(&str, Value)]) -> Assessment {
    let mut assessment = Assessment::new(q, "test");
    for (id, value) in answers {
        assert!(
            q.question(id).is_some(),
            "no question {id:?} in the questionnaire"
        );
        assessment.set_value(id, Some(value.clone()));
    }
    assessment
}

/// The sorted reasons of `finding` if it fires on these answers.
fn fired(q: &Questionnaire, answers: &[(&str, Value)], finding: &str) -> Option<Vec<String>> {
    let assessment = assess(q, answers);
    fired_findings(q, &assessment.answers)
        .into_iter()
        .find(|f| f.finding.id == finding)
        .map(|f| {
            let mut reasons = f.reasons;
            reasons.sort();
            reasons
        })
}

fn visible(q: &Questionnaire, answers: &[(&str, Value)]) -> BTreeSet<String> {
    let assessment = assess(q, answers);
    let active = ActiveAnswers::new(q, &assessment.answers);
    q.questions()
        .filter(|question| active.is_visible(&question.id))
        .map(|question| question.id.clone())
        .collect()
}

/// One finding: assessments that make it fire, each with its expected reasons, and close
/// assessments that must not.
struct Case {
    finding: &'static str,
    fires: Vec<(Answers, Vec<&'static str>)>,
    quiet: Vec<Answers>,
}

fn case(finding: &'static str) -> Case {
    Case {
        finding,
        fires: Vec::new(),
        quiet: Vec::new(),
    }
}

impl Case {
    fn fires(mut self, answers: Answers, reasons: &[&'static str]) -> Self {
        self.fires.push((answers, reasons.to_vec()));
        self
    }

    fn quiet(mut self, answers: Answers) -> Self {
        self.quiet.push(answers);
        self
    }
}

/// A yes/no question whose "no" or "unknown yet" is the finding, and "yes" is not.
fn no_or_unknown(finding: &'static str, question: &'static str) -> Case {
    case(finding)
        .fires(vec![(question, no())], &[question])
        .fires(vec![(question, unknown())], &[question])
        .quiet(vec![(question, yes())])
}

fn cases() -> Vec<Case> {
    vec![
        // 1. The assessment
        case("controller-unclear")
            .fires(
                vec![("assessment-controller", choice("unclear"))],
                &["assessment-controller"],
            )
            .fires(
                vec![("assessment-controller", unknown())],
                &["assessment-controller"],
            )
            .quiet(vec![("assessment-controller", choice("committee"))]),
        case("participants-missing")
            .fires(
                vec![(
                    "assessment-participants",
                    multi(&["system-manager", "security-officer"]),
                )],
                &["assessment-participants"],
            )
            .quiet(vec![(
                "assessment-participants",
                multi(&["security-officer", "lawyer-dpo"]),
            )])
            .quiet(vec![]),
        case("already-in-use")
            .fires(
                vec![("assessment-stage", choice("in-use"))],
                &["assessment-stage"],
            )
            .quiet(vec![("assessment-stage", choice("planning"))]),
        // 2. DPIA
        case("dpia-required")
            .fires(
                vec![("dpia-sensitive", yes()), ("dpia-vulnerable", yes())],
                // The decision not taken yet is part of why.
                &["dpia-decision", "dpia-sensitive", "dpia-vulnerable"],
            )
            .fires(
                vec![
                    ("dpia-large-scale", yes()),
                    ("dpia-innovative", yes()),
                    ("dpia-monitoring", yes()),
                    ("dpia-decision", choice("planned")),
                ],
                &[
                    "dpia-decision",
                    "dpia-innovative",
                    "dpia-large-scale",
                    "dpia-monitoring",
                ],
            )
            .quiet(vec![("dpia-sensitive", yes()), ("dpia-vulnerable", no())])
            .quiet(vec![
                ("dpia-sensitive", yes()),
                ("dpia-vulnerable", yes()),
                ("dpia-decision", choice("done")),
            ])
            .quiet(vec![
                ("dpia-sensitive", yes()),
                ("dpia-vulnerable", yes()),
                ("dpia-decision", choice("not-needed")),
            ]),
        case("dpia-skipped")
            // Format 2: nothing fires on the two documentation answers nobody gave yet.
            .quiet(vec![
                ("dpia-evaluation", yes()),
                ("dpia-combining", yes()),
                ("dpia-decision", choice("not-needed")),
            ])
            .fires(
                vec![
                    ("dpia-evaluation", yes()),
                    ("dpia-combining", yes()),
                    ("dpia-decision", choice("not-needed")),
                    ("dpia-skip-documented", no()),
                ],
                &[
                    "dpia-combining",
                    "dpia-decision",
                    "dpia-evaluation",
                    "dpia-skip-documented",
                ],
            )
            .fires(
                vec![
                    ("dpia-evaluation", yes()),
                    ("dpia-combining", yes()),
                    ("dpia-decision", choice("not-needed")),
                    ("dpia-skip-documented", yes()),
                    ("dpia-skip-dpo", no()),
                ],
                // dpia-skip-documented is yes: it does not make the finding fire.
                &[
                    "dpia-combining",
                    "dpia-decision",
                    "dpia-evaluation",
                    "dpia-skip-dpo",
                ],
            )
            .quiet(vec![
                ("dpia-evaluation", yes()),
                ("dpia-combining", yes()),
                ("dpia-decision", choice("not-needed")),
                ("dpia-skip-documented", yes()),
                ("dpia-skip-dpo", yes()),
            ])
            .quiet(vec![
                ("dpia-evaluation", yes()),
                ("dpia-decision", choice("not-needed")),
            ]),
        // 3. Mapping
        case("unsuitable-for-cloud")
            .fires(vec![("mapping-suitable", no())], &["mapping-suitable"])
            .quiet(vec![("mapping-suitable", yes())])
            .quiet(vec![("mapping-suitable", unknown())]),
        case("free-text")
            .quiet(vec![("mapping-free-text", yes())])
            .fires(
                vec![
                    ("mapping-free-text", yes()),
                    ("mapping-free-text-limited", choice("limited")),
                ],
                &["mapping-free-text", "mapping-free-text-limited"],
            )
            .quiet(vec![
                ("mapping-free-text", yes()),
                ("mapping-free-text-limited", choice("removed")),
            ])
            .quiet(vec![("mapping-free-text", no())]),
        // 4. Law and secrecy
        no_or_unknown("legal-basis-unclear", "legal-solpul"),
        no_or_unknown("who-how-where-unknown", "legal-who-how-where"),
        case("secrecy-not-assessed")
            .fires(
                vec![("mapping-secrecy", yes()), ("legal-secrecy-assessed", no())],
                &["legal-secrecy-assessed", "mapping-secrecy"],
            )
            .fires(
                vec![
                    ("mapping-secrecy", unknown()),
                    ("legal-secrecy-assessed", unknown()),
                ],
                &["legal-secrecy-assessed", "mapping-secrecy"],
            )
            .quiet(vec![
                ("mapping-secrecy", yes()),
                ("legal-secrecy-assessed", yes()),
            ])
            .quiet(vec![
                ("mapping-secrecy", no()),
                ("legal-secrecy-assessed", no()),
            ]),
        case("secrecy-beyond-technical")
            .fires(
                vec![("legal-technical-only", no())],
                &["legal-technical-only"],
            )
            .quiet(vec![("legal-technical-only", yes())])
            .quiet(vec![
                ("mapping-secrecy", no()),
                ("legal-technical-only", no()),
            ]),
        case("secrecy-unsuitable")
            .fires(vec![("legal-unsuitable", yes())], &["legal-unsuitable"])
            .fires(vec![("legal-unsuitable", unknown())], &["legal-unsuitable"])
            .quiet(vec![("legal-unsuitable", no())])
            .quiet(vec![("mapping-secrecy", no()), ("legal-unsuitable", yes())]),
        case("cybersecurity-act")
            .quiet(vec![("legal-cybersecurity", no())])
            .fires(
                vec![
                    ("assessment-controller", choice("committee")),
                    ("legal-cybersecurity", unknown()),
                ],
                &["assessment-controller", "legal-cybersecurity"],
            )
            .quiet(vec![("legal-cybersecurity", yes())])
            .quiet(vec![
                ("assessment-controller", choice("private-provider")),
                ("legal-cybersecurity", no()),
            ]),
        case("outdated-references")
            .fires(
                vec![("legal-outdated-docs", yes())],
                &["legal-outdated-docs"],
            )
            .quiet(vec![("legal-outdated-docs", no())]),
        // 5. Third countries
        case("unknown-subprocessors")
            .fires(
                vec![("transfer-subprocessors-known", choice("partly"))],
                &["transfer-subprocessors-known"],
            )
            .fires(
                vec![("transfer-subprocessors-known", choice("unknown"))],
                &["transfer-subprocessors-known"],
            )
            .quiet(vec![("transfer-subprocessors-known", choice("listed"))])
            .quiet(vec![("transfer-subprocessors-known", choice("none-used"))]),
        case("processing-outside-eu")
            .fires(
                vec![
                    ("transfer-storage-location", multi(&["sweden"])),
                    ("transfer-processing-location", multi(&["usa"])),
                ],
                &["transfer-processing-location", "transfer-storage-location"],
            )
            .fires(
                vec![
                    ("transfer-storage-location", multi(&["eu-eea"])),
                    ("transfer-support-location", multi(&["sweden", "other"])),
                ],
                &["transfer-storage-location", "transfer-support-location"],
            )
            .quiet(vec![
                ("transfer-storage-location", multi(&["sweden"])),
                ("transfer-processing-location", multi(&["sweden"])),
                ("transfer-support-location", multi(&["eu-eea"])),
            ])
            .quiet(vec![
                ("transfer-storage-location", multi(&["usa"])),
                ("transfer-processing-location", multi(&["usa"])),
            ]),
        case("no-transfer-basis")
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("usa")),
                    ("transfer-basis", multi(&["none"])),
                ],
                &["transfer-basis"],
            )
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("sweden")),
                    ("transfer-processing-location", multi(&["other"])),
                    ("transfer-basis", unknown()),
                ],
                &["transfer-basis"],
            )
            .quiet(vec![
                ("transfer-vendor-seat", choice("usa")),
                ("transfer-basis", multi(&["scc"])),
            ])
            .quiet(vec![
                ("transfer-vendor-seat", choice("sweden")),
                ("transfer-basis", multi(&["none"])),
            ]),
        case("tia-missing")
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("usa")),
                    ("transfer-basis", multi(&["scc"])),
                    ("transfer-tia", no()),
                ],
                &["transfer-tia"],
            )
            .quiet(vec![
                ("transfer-vendor-seat", choice("usa")),
                ("transfer-basis", multi(&["scc"])),
                ("transfer-tia", yes()),
            ])
            .quiet(vec![
                ("transfer-vendor-seat", choice("usa")),
                ("transfer-basis", multi(&["dpf"])),
                ("transfer-tia", no()),
            ]),
        case("foreign-disclosure-law")
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("usa")),
                    ("transfer-foreign-law", yes()),
                ],
                &["transfer-foreign-law"],
            )
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("sweden")),
                    ("transfer-parent-seat", choice("other")),
                    ("transfer-foreign-law", unknown()),
                ],
                &["transfer-foreign-law"],
            )
            .quiet(vec![
                ("transfer-vendor-seat", choice("usa")),
                ("transfer-foreign-law", no()),
            ])
            .quiet(vec![
                ("transfer-vendor-seat", choice("sweden")),
                ("transfer-parent-seat", choice("sweden")),
                ("transfer-foreign-law", yes()),
            ]),
        case("staff-confidentiality")
            .fires(
                vec![
                    ("mapping-secrecy", yes()),
                    ("transfer-vendor-seat", choice("eu-eea")),
                    ("transfer-staff-confidentiality", no()),
                ],
                &["mapping-secrecy", "transfer-staff-confidentiality"],
            )
            .fires(
                vec![
                    ("mapping-secrecy", unknown()),
                    ("transfer-vendor-seat", choice("sweden")),
                    ("transfer-support-location", multi(&["other"])),
                    ("transfer-staff-confidentiality", unknown()),
                ],
                &["mapping-secrecy", "transfer-staff-confidentiality"],
            )
            .quiet(vec![
                ("mapping-secrecy", yes()),
                ("transfer-vendor-seat", choice("eu-eea")),
                ("transfer-staff-confidentiality", yes()),
            ])
            .quiet(vec![
                ("mapping-secrecy", no()),
                ("transfer-vendor-seat", choice("eu-eea")),
                ("transfer-staff-confidentiality", no()),
            ])
            .quiet(vec![
                ("mapping-secrecy", yes()),
                ("transfer-vendor-seat", choice("sweden")),
                ("transfer-support-location", multi(&["sweden"])),
                ("transfer-staff-confidentiality", no()),
            ]),
        case("us-no-dpf")
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("usa")),
                    ("transfer-us-dpf", no()),
                ],
                &["transfer-us-dpf"],
            )
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("sweden")),
                    ("transfer-parent-seat", choice("usa")),
                    ("transfer-us-dpf", unknown()),
                ],
                &["transfer-us-dpf"],
            )
            .quiet(vec![
                ("transfer-vendor-seat", choice("usa")),
                ("transfer-us-dpf", yes()),
            ])
            .quiet(vec![
                ("transfer-vendor-seat", choice("uk")),
                ("transfer-us-dpf", no()),
            ]),
        case("cloud-act")
            .fires(
                vec![("transfer-vendor-seat", choice("usa"))],
                &["transfer-vendor-seat"],
            )
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("eu-eea")),
                    ("transfer-parent-seat", choice("usa")),
                ],
                &["transfer-parent-seat"],
            )
            .quiet(vec![
                ("transfer-vendor-seat", choice("eu-eea")),
                ("transfer-parent-seat", choice("eu-eea")),
            ])
            // DPF certification does not remove the CLOUD Act exposure.
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("usa")),
                    ("transfer-us-dpf", yes()),
                ],
                &["transfer-vendor-seat"],
            ),
        // 6. UK
        case("uk-adequacy")
            .fires(
                vec![("transfer-vendor-seat", choice("uk"))],
                &["transfer-vendor-seat"],
            )
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("sweden")),
                    ("transfer-support-location", multi(&["sweden", "uk"])),
                ],
                &["transfer-support-location"],
            )
            .quiet(vec![
                ("transfer-vendor-seat", choice("sweden")),
                ("transfer-storage-location", multi(&["sweden"])),
            ]),
        // 7. Classification
        case("classification-missing")
            .fires(
                vec![("class-method", choice("none-yet"))],
                &["class-method"],
            )
            .fires(vec![("class-method", unknown())], &["class-method"])
            .quiet(vec![("class-method", choice("klassa"))]),
        level_case("class-confidentiality-req", "class-confidentiality"),
        level_case("class-integrity-req", "class-integrity"),
        level_case("class-availability-req", "class-availability"),
        level_case("class-traceability-req", "class-traceability"),
        // 8. Risk
        case("risk-analysis-missing")
            .fires(vec![("risk-analysis", choice("none"))], &["risk-analysis"])
            .quiet(vec![("risk-analysis", choice("done"))])
            .quiet(vec![("risk-analysis", choice("planned"))]),
        case("risk-unacceptable")
            .fires(
                vec![
                    ("risk-likelihood", choice("high")),
                    ("risk-consequence", level(3)),
                ],
                &["risk-consequence", "risk-likelihood"],
            )
            .quiet(vec![
                ("risk-likelihood", choice("medium")),
                ("risk-consequence", level(4)),
            ])
            .quiet(vec![
                ("risk-likelihood", choice("very-high")),
                ("risk-consequence", level(2)),
            ]),
        no_or_unknown("incident-routine-missing", "risk-incident-routine"),
        no_or_unknown("supplier-follow-up-missing", "risk-supplier-follow-up"),
        // 9. Security
        no_or_unknown("unencrypted-transfer", "sec-encrypted-transfer"),
        no_or_unknown("no-encryption-at-rest", "sec-encryption-at-rest"),
        case("weak-auth-staff")
            .quiet(vec![("sec-staff-auth", multi(&["password-only"]))])
            .fires(
                vec![
                    ("sec-staff-auth", multi(&["bankid", "password-only"])),
                    ("sec-staff-open-network", yes()),
                ],
                &["sec-staff-auth", "sec-staff-open-network"],
            )
            .quiet(vec![("sec-staff-auth", multi(&["bankid", "siths"]))])
            .quiet(vec![
                ("sec-staff-auth", multi(&["password-only"])),
                ("sec-staff-open-network", no()),
            ]),
        case("weak-auth-individuals")
            .quiet(vec![
                ("mapping-individuals-use", yes()),
                ("sec-individual-auth", multi(&["password-only"])),
            ])
            .fires(
                vec![
                    ("mapping-individuals-use", yes()),
                    ("sec-individual-auth", multi(&["password-only"])),
                    ("sec-history-off", no()),
                ],
                &["sec-history-off", "sec-individual-auth"],
            )
            .fires(
                vec![
                    ("mapping-individuals-use", yes()),
                    ("sec-individual-auth", multi(&["password-only"])),
                    ("sec-history-off", yes()),
                    ("sec-alias-id", no()),
                ],
                // History is off, which is part of the exception, not of the weakness.
                &["sec-alias-id", "sec-individual-auth"],
            )
            .quiet(vec![
                ("mapping-individuals-use", yes()),
                ("sec-individual-auth", multi(&["bankid"])),
            ])
            .quiet(single_factor_exception())
            .quiet(vec![
                ("mapping-individuals-use", no()),
                ("sec-individual-auth", multi(&["password-only"])),
            ]),
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
            .quiet({
                let mut answers = single_factor_exception();
                answers.retain(|(id, _)| *id != "sec-incomplete-deleted");
                answers.push(("sec-incomplete-deleted", no()));
                answers
            }),
        case("individual-device-copies")
            .fires(
                vec![
                    ("mapping-individuals-use", yes()),
                    ("sec-individual-no-local-copy", no()),
                ],
                &["sec-individual-no-local-copy"],
            )
            .quiet(vec![
                ("mapping-individuals-use", yes()),
                ("sec-individual-no-local-copy", yes()),
            ])
            .quiet(vec![
                ("mapping-individuals-use", no()),
                ("sec-individual-no-local-copy", no()),
            ]),
        no_or_unknown("no-access-control", "sec-access-control"),
        no_or_unknown("no-access-logging", "sec-access-logging"),
        case("offline-devices")
            .fires(
                vec![
                    ("mapping-offline-use", yes()),
                    ("sec-offline-encrypted", no()),
                ],
                &["sec-offline-encrypted"],
            )
            .fires(
                vec![
                    ("mapping-offline-use", yes()),
                    ("sec-offline-encrypted", yes()),
                    ("sec-offline-wiped", unknown()),
                ],
                &["sec-offline-wiped"],
            )
            .quiet(vec![
                ("mapping-offline-use", yes()),
                ("sec-offline-encrypted", yes()),
                ("sec-offline-wiped", yes()),
            ])
            .quiet(vec![
                ("mapping-offline-use", no()),
                ("sec-offline-encrypted", no()),
            ]),
        no_or_unknown("no-backup", "sec-backup"),
        case("no-continuity-plan")
            .fires(
                vec![
                    ("class-availability", level(3)),
                    ("sec-continuity-plan", no()),
                ],
                &["class-availability", "sec-continuity-plan"],
            )
            .quiet(vec![
                ("class-availability", level(2)),
                ("sec-continuity-plan", no()),
            ])
            .quiet(vec![
                ("class-availability", level(4)),
                ("sec-continuity-plan", yes()),
            ]),
        // 10. Contracts
        case("click-through-not-saved")
            .fires(
                vec![
                    ("contract-type", choice("click-through")),
                    ("contract-click-saved", no()),
                ],
                &["contract-click-saved"],
            )
            .quiet(vec![
                ("contract-type", choice("click-through")),
                ("contract-click-saved", yes()),
            ])
            .quiet(vec![
                ("contract-type", choice("procured")),
                ("contract-click-saved", no()),
            ]),
        case("click-through-sensitive")
            .fires(
                vec![
                    ("dpia-sensitive", yes()),
                    ("contract-type", choice("click-through")),
                ],
                &["contract-type", "dpia-sensitive"],
            )
            .fires(
                vec![
                    ("mapping-secrecy", yes()),
                    ("contract-type", choice("click-through")),
                ],
                &["contract-type", "mapping-secrecy"],
            )
            .quiet(vec![
                ("dpia-sensitive", no()),
                ("mapping-secrecy", no()),
                ("contract-type", choice("click-through")),
            ])
            .quiet(vec![
                ("dpia-sensitive", yes()),
                ("contract-type", choice("procured")),
            ]),
        case("no-dpa")
            .quiet(vec![("contract-dpa", choice("none"))])
            .fires(
                vec![
                    ("mapping-personal-data", yes()),
                    ("contract-dpa", unknown()),
                ],
                &["contract-dpa", "mapping-personal-data"],
            )
            .quiet(vec![("contract-dpa", choice("skr-template"))])
            .quiet(vec![
                ("mapping-personal-data", no()),
                ("contract-dpa", choice("none")),
            ]),
        case("dpa-incomplete")
            .fires(
                vec![
                    ("contract-dpa", choice("vendor-template")),
                    ("contract-dpa-content", no()),
                ],
                &["contract-dpa-content"],
            )
            .quiet(vec![
                ("contract-dpa", choice("skr-template")),
                ("contract-dpa-content", yes()),
            ])
            .quiet(vec![
                ("contract-dpa", choice("none")),
                ("contract-dpa-content", no()),
            ]),
        case("scc-outdated")
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("usa")),
                    ("transfer-basis", multi(&["scc"])),
                    ("contract-scc", choice("older")),
                ],
                &["contract-scc"],
            )
            .fires(
                vec![
                    ("transfer-vendor-seat", choice("other")),
                    ("transfer-basis", multi(&["scc", "bcr"])),
                    ("contract-scc", choice("not-signed")),
                ],
                &["contract-scc"],
            )
            .quiet(vec![
                ("transfer-vendor-seat", choice("usa")),
                ("transfer-basis", multi(&["scc"])),
                ("contract-scc", choice("scc-2021")),
            ])
            .quiet(vec![
                ("transfer-vendor-seat", choice("usa")),
                ("transfer-basis", multi(&["dpf"])),
                ("contract-scc", choice("older")),
            ]),
        no_or_unknown("subprocessor-control", "contract-subprocessor-approval"),
        no_or_unknown("location-not-in-contract", "contract-location-stated"),
        no_or_unknown("vendor-own-use", "contract-ownership"),
        no_or_unknown("no-exit-terms", "contract-exit"),
        case("routines-missing")
            .fires(
                vec![("contract-documents", multi(&["manuals"]))],
                &["contract-documents"],
            )
            .fires(
                vec![("contract-documents", multi(&["none"]))],
                &["contract-documents"],
            )
            .quiet(vec![(
                "contract-documents",
                multi(&["routines-roles", "manuals"]),
            )])
            .quiet(vec![]),
        // 11. Public records
        case("only-copy")
            .quiet(vec![("records-only-store", yes())])
            .fires(
                vec![("sec-backup", no()), ("records-only-store", yes())],
                &["records-only-store", "sec-backup"],
            )
            .quiet(vec![("sec-backup", yes()), ("records-only-store", yes())])
            .quiet(vec![
                ("records-public-docs", no()),
                ("records-only-store", yes()),
            ]),
        no_or_unknown("public-access-hard", "records-disclosure").quiet(vec![
            ("records-public-docs", no()),
            ("records-disclosure", no()),
        ]),
        no_or_unknown("no-deletion", "records-deletion").quiet(vec![
            ("records-public-docs", no()),
            ("records-deletion", no()),
        ]),
        no_or_unknown("no-archive-export", "records-export").quiet(vec![
            ("records-public-docs", no()),
            ("records-export", no()),
        ]),
        no_or_unknown("documentation-outside-record", "records-sosfs"),
        // 12. Overall
        case("prior-consultation")
            .fires(vec![("overall-high-risk", yes())], &["overall-high-risk"])
            .quiet(vec![("overall-high-risk", no())]),
        case("approved-despite-high-risk")
            .fires(
                vec![
                    ("overall-high-risk", yes()),
                    ("overall-decision", choice("approve-with-conditions")),
                ],
                &["overall-decision", "overall-high-risk"],
            )
            .quiet(vec![
                ("overall-high-risk", yes()),
                ("overall-decision", choice("postpone")),
            ])
            .quiet(vec![
                ("overall-high-risk", no()),
                ("overall-decision", choice("approve")),
            ]),
        case("risk-unclear")
            .fires(
                vec![("overall-high-risk", unknown())],
                &["overall-high-risk"],
            )
            .quiet(vec![("overall-high-risk", yes())]),
        no_or_unknown("dpo-not-heard", "overall-dpo-opinion"),
    ]
}

/// A KLASSA aspect: levels 3 and 4 bring requirements, level 2 does not.
fn level_case(finding: &'static str, question: &'static str) -> Case {
    case(finding)
        .fires(vec![(question, level(3))], &[question])
        .fires(vec![(question, level(4))], &[question])
        .quiet(vec![(question, level(2))])
        .quiet(vec![(question, unknown())])
}

/// Individuals log in with a password, but the guidance's exception holds.
fn single_factor_exception() -> Answers {
    vec![
        ("mapping-individuals-use", yes()),
        ("sec-individual-auth", multi(&["password-only"])),
        ("sec-history-off", yes()),
        ("sec-alias-id", yes()),
        ("sec-incomplete-deleted", yes()),
    ]
}

#[test]
fn every_finding_fires_with_its_reasons_and_stays_quiet_when_it_should() {
    let q = questionnaire();
    let mut problems = Vec::new();
    for case in cases() {
        assert!(
            q.findings.iter().any(|f| f.id == case.finding),
            "no finding {:?} in the questionnaire",
            case.finding
        );
        assert!(
            !case.fires.is_empty() && !case.quiet.is_empty(),
            "{}: incomplete case",
            case.finding
        );
        for (answers, expected) in &case.fires {
            let mut expected: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
            expected.sort();
            match fired(&q, answers, case.finding) {
                Some(reasons) if reasons == expected => {}
                Some(reasons) => problems.push(format!(
                    "{}: reasons {reasons:?}, expected {expected:?}, on {answers:?}",
                    case.finding
                )),
                None => problems.push(format!("{}: does not fire on {answers:?}", case.finding)),
            }
        }
        for answers in &case.quiet {
            if let Some(reasons) = fired(&q, answers, case.finding) {
                problems.push(format!(
                    "{}: fires (reasons {reasons:?}) but should not, on {answers:?}",
                    case.finding
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_finding_has_a_test_case() {
    let q = questionnaire();
    let tested: BTreeSet<&str> = cases().iter().map(|c| c.finding).collect();
    let untested: Vec<&str> = q
        .findings
        .iter()
        .map(|f| f.id.as_str())
        .filter(|id| !tested.contains(id))
        .collect();
    assert!(
        untested.is_empty(),
        "findings without a test case: {untested:?}"
    );
    assert!(
        q.findings.len() >= 20,
        "issue 4 asks for at least 20 findings"
    );
}

#[test]
fn an_empty_assessment_fires_no_finding() {
    let q = questionnaire();
    let assessment = Assessment::new(&q, "empty");
    let fired: Vec<&str> = fired_findings(&q, &assessment.answers)
        .iter()
        .map(|f| f.finding.id.as_str())
        .collect();
    assert!(fired.is_empty(), "fired before any answer: {fired:?}");
}

#[test]
fn an_answer_to_a_hidden_question_counts_for_nothing() {
    let q = questionnaire();
    let us = vec![
        ("transfer-vendor-seat", choice("usa")),
        ("transfer-us-dpf", no()),
    ];
    assert!(fired(&q, &us, "us-no-dpf").is_some());
    // The group corrects the seat: the kept DPF answer no longer counts.
    let swedish = vec![
        ("transfer-vendor-seat", choice("sweden")),
        ("transfer-us-dpf", no()),
    ];
    assert_eq!(fired(&q, &swedish, "us-no-dpf"), None);
}

// ---- The conditional flow ----

/// Asked only when something is outside the EU/EEA (or the vendor is foreign, for the staff
/// question), including the contract question on SCC.
const THIRD_COUNTRY: &[&str] = &[
    "transfer-basis",
    "transfer-tia",
    "transfer-foreign-law",
    "transfer-staff-confidentiality",
    "contract-scc",
];
const US: &[&str] = &["transfer-us-dpf", "transfer-us-cloud-act"];
const UK: &[&str] = &["uk-adequacy-checked", "uk-fallback", "uk-review-owner"];

fn all_in_sweden() -> Answers {
    vec![
        ("transfer-vendor-seat", choice("sweden")),
        ("transfer-parent-seat", choice("no-parent")),
        ("transfer-storage-location", multi(&["sweden"])),
        ("transfer-processing-location", multi(&["sweden"])),
        ("transfer-support-location", multi(&["sweden"])),
        ("transfer-subprocessors-known", choice("listed")),
        ("transfer-subprocessor-location", multi(&["sweden"])),
    ]
}

fn with(mut answers: Answers, changes: Answers) -> Answers {
    for (id, value) in changes {
        answers.retain(|(existing, _)| *existing != id);
        answers.push((id, value));
    }
    answers
}

fn assert_hidden(shown: &BTreeSet<String>, ids: &[&str], context: &str) {
    let wrongly: Vec<&&str> = ids.iter().filter(|id| shown.contains(**id)).collect();
    assert!(wrongly.is_empty(), "{context}: asked {wrongly:?}");
}

fn assert_shown(shown: &BTreeSet<String>, ids: &[&str], context: &str) {
    let missing: Vec<&&str> = ids.iter().filter(|id| !shown.contains(**id)).collect();
    assert!(missing.is_empty(), "{context}: not asked {missing:?}");
}

#[test]
fn a_swedish_vendor_with_data_in_sweden_is_asked_no_third_country_uk_or_us_question() {
    let q = questionnaire();
    let answers = with(
        all_in_sweden(),
        vec![
            ("mapping-secrecy", yes()),
            ("transfer-basis", multi(&["scc"])),
        ],
    );
    let shown = visible(&q, &answers);
    assert_hidden(&shown, THIRD_COUNTRY, "Swedish vendor");
    assert_hidden(&shown, US, "Swedish vendor");
    assert_hidden(&shown, UK, "Swedish vendor");
    assert_shown(
        &shown,
        &[
            "transfer-vendor-seat",
            "transfer-storage-location",
            "transfer-subprocessor-location",
        ],
        "Swedish vendor",
    );
}

#[test]
fn a_vendor_elsewhere_in_the_eu_is_asked_only_about_its_staff() {
    let q = questionnaire();
    let answers = with(
        all_in_sweden(),
        vec![
            ("transfer-vendor-seat", choice("eu-eea")),
            ("transfer-storage-location", multi(&["eu-eea"])),
        ],
    );
    let shown = visible(&q, &answers);
    assert_shown(&shown, &["transfer-staff-confidentiality"], "EU vendor");
    assert_hidden(
        &shown,
        &[
            "transfer-basis",
            "transfer-tia",
            "transfer-foreign-law",
            "contract-scc",
        ],
        "EU vendor",
    );
    assert_hidden(&shown, US, "EU vendor");
    assert_hidden(&shown, UK, "EU vendor");
}

#[test]
fn a_us_vendor_is_asked_the_transfer_and_us_questions() {
    let q = questionnaire();
    let answers = with(
        all_in_sweden(),
        vec![
            ("transfer-vendor-seat", choice("usa")),
            ("transfer-storage-location", multi(&["eu-eea"])),
        ],
    );
    let shown = visible(&q, &answers);
    assert_shown(
        &shown,
        &[
            "transfer-basis",
            "transfer-foreign-law",
            "transfer-staff-confidentiality",
        ],
        "US vendor",
    );
    assert_shown(&shown, US, "US vendor");
    assert_hidden(&shown, UK, "US vendor");
    // The transfer assessment and the SCC version only once SCC are the basis.
    assert_hidden(
        &shown,
        &["transfer-tia", "contract-scc"],
        "US vendor, no basis yet",
    );
    let with_scc = with(answers, vec![("transfer-basis", multi(&["scc"]))]);
    assert_shown(
        &visible(&q, &with_scc),
        &["transfer-tia", "contract-scc"],
        "US vendor with SCC",
    );
}

#[test]
fn a_us_parent_company_brings_the_us_questions() {
    let q = questionnaire();
    let answers = with(
        all_in_sweden(),
        vec![("transfer-parent-seat", choice("usa"))],
    );
    let shown = visible(&q, &answers);
    assert_shown(&shown, US, "US parent");
    assert_shown(&shown, &["transfer-foreign-law"], "US parent");
    assert_hidden(&shown, UK, "US parent");
}

#[test]
fn a_uk_vendor_is_asked_the_uk_questions() {
    let q = questionnaire();
    let answers = with(
        all_in_sweden(),
        vec![
            ("transfer-vendor-seat", choice("uk")),
            ("transfer-storage-location", multi(&["uk"])),
        ],
    );
    let shown = visible(&q, &answers);
    assert_shown(&shown, UK, "UK vendor");
    assert_shown(
        &shown,
        &["transfer-basis", "transfer-foreign-law"],
        "UK vendor",
    );
    assert_hidden(&shown, US, "UK vendor");
}

#[test]
fn a_uk_data_centre_or_support_alone_brings_the_uk_questions() {
    let q = questionnaire();
    for question in [
        "transfer-storage-location",
        "transfer-processing-location",
        "transfer-support-location",
    ] {
        let answers = with(all_in_sweden(), vec![(question, multi(&["sweden", "uk"]))]);
        let shown = visible(&q, &answers);
        assert_shown(&shown, UK, question);
        assert_shown(&shown, &["transfer-basis"], question);
    }
}

#[test]
fn a_location_outside_the_eu_or_not_yet_known_brings_the_transfer_questions() {
    let q = questionnaire();
    let cases = [
        ("transfer-processing-location", multi(&["other"])),
        ("transfer-support-location", multi(&["usa"])),
        ("transfer-subprocessor-location", multi(&["other"])),
        ("transfer-storage-location", unknown()),
        ("transfer-subprocessors-known", choice("unknown")),
    ];
    for (question, value) in cases {
        let answers = with(all_in_sweden(), vec![(question, value.clone())]);
        let shown = visible(&q, &answers);
        assert_shown(
            &shown,
            &["transfer-basis", "transfer-foreign-law"],
            question,
        );
        assert_hidden(&shown, US, question);
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
    let shown = visible(&q, &[("mapping-individuals-use", no())]);
    assert_hidden(&shown, &individual, "no individual users");

    let shown = visible(
        &q,
        &[
            ("mapping-individuals-use", yes()),
            ("sec-individual-auth", multi(&["bankid"])),
        ],
    );
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

    let password = [
        ("mapping-individuals-use", yes()),
        ("sec-individual-auth", multi(&["password-only"])),
    ];
    let shown = visible(&q, &password);
    assert_shown(&shown, &["sec-history-off"], "password");
    assert_hidden(
        &shown,
        &["sec-alias-id", "sec-incomplete-deleted"],
        "password, history on",
    );

    // The single-factor exception only when history is switched off.
    let mut history_off = password.to_vec();
    history_off.push(("sec-history-off", yes()));
    assert_shown(
        &visible(&q, &history_off),
        &["sec-alias-id", "sec-incomplete-deleted"],
        "history off",
    );
    let mut history_on = password.to_vec();
    history_on.push(("sec-history-off", no()));
    assert_hidden(
        &visible(&q, &history_on),
        &["sec-alias-id", "sec-incomplete-deleted"],
        "history on",
    );
}

// ---- The questionnaire as a whole ----

#[test]
fn the_content_is_dated_on_or_after_the_check_of_the_facts() {
    let q = questionnaire();
    let date = q.content_as_of.as_str();
    let well_formed = date.len() == 10
        && date.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    assert!(well_formed, "content_as_of {date:?} is not YYYY-MM-DD");
    assert!(
        date >= "2026-11-23",
        "content_as_of {date:?} predates the facts check"
    );
    assert_eq!(q.id, "molnkoll");
}

#[test]
fn the_sections_follow_the_content_outline() {
    let q = questionnaire();
    let ids: Vec<&str> = q.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "assessment",
            "dpia",
            "mapping",
            "legal",
            "transfer",
            "uk",
            "classification",
            "risk",
            "security",
            "contracts",
            "records",
            "overall",
        ]
    );
    let count = q.questions().count();
    assert!((70..=100).contains(&count), "{count} questions");
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
    for (i, first) in criteria.iter().enumerate() {
        assert_eq!(
            fired(&q, &[(first, yes())], "dpia-required"),
            None,
            "{first} alone"
        );
        for second in &criteria[i + 1..] {
            assert!(
                fired(&q, &[(first, yes()), (second, yes())], "dpia-required").is_some(),
                "{first} and {second}"
            );
        }
    }
}

#[test]
fn free_text_is_rare_and_short_and_klassa_levels_run_from_0_to_4() {
    let q = questionnaire();
    let texts: Vec<(&str, usize)> = q
        .questions()
        .filter_map(|question| match question.kind {
            Kind::Text { max_chars } => Some((question.id.as_str(), max_chars)),
            _ => None,
        })
        .collect();
    assert!(texts.len() <= 3, "too many free-text questions: {texts:?}");
    assert!(texts.iter().all(|(_, max)| *max <= 200), "{texts:?}");
    for question in q.questions() {
        if let Kind::Level(min, max) = question.kind {
            assert_eq!(
                (min, max),
                (0, 4),
                "{} is not on KLASSA's scale",
                question.id
            );
        }
    }
}
