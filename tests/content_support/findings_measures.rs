//! The security measures the classification calls for (`req-*`): the KLASSA levels each is
//! asked from, and the finding each turns into when it is not (or only partly, or not known
//! to be) fulfilled.

use super::*;

pub const ASPECTS: [&str; 4] = [
    "set-confidentiality",
    "set-integrity",
    "set-availability",
    "set-traceability",
];

/// A measure and the levels that call for it: any one (aspect, level) is enough.
pub struct Measure {
    pub id: &'static str,
    pub from: &'static [(&'static str, u8)],
}

const C: &str = "set-confidentiality";
const I: &str = "set-integrity";
const A: &str = "set-availability";
const T: &str = "set-traceability";

pub const MEASURES: &[Measure] = &[
    Measure {
        id: "req-access-control",
        from: &[(C, 1)],
    },
    Measure {
        id: "req-strong-authentication",
        from: &[(C, 2)],
    },
    Measure {
        id: "req-access-review",
        from: &[(C, 2)],
    },
    Measure {
        id: "req-encryption-transit",
        from: &[(C, 1)],
    },
    Measure {
        id: "req-encryption-rest",
        from: &[(C, 2)],
    },
    Measure {
        id: "req-key-custody",
        from: &[(C, 3)],
    },
    Measure {
        id: "req-inactivity-lock",
        from: &[(C, 2)],
    },
    Measure {
        id: "req-integrity-protection",
        from: &[(I, 2)],
    },
    Measure {
        id: "req-backup",
        from: &[(A, 1), (I, 2)],
    },
    Measure {
        id: "req-restore-test",
        from: &[(A, 2)],
    },
    Measure {
        id: "req-continuity",
        from: &[(A, 2)],
    },
    Measure {
        id: "req-availability-terms",
        from: &[(A, 2)],
    },
    // Also asked for every set with secrecy or sensitive data: see the cases below.
    Measure {
        id: "req-access-logging",
        from: &[(T, 1)],
    },
    Measure {
        id: "req-log-review",
        from: &[(T, 2)],
    },
    Measure {
        id: "req-log-protection",
        from: &[(T, 3)],
    },
    Measure {
        id: "req-incident-handling",
        from: &[(C, 1), (I, 1), (A, 1), (T, 1)],
    },
    Measure {
        id: "req-supplier-follow-up",
        from: &[(C, 2), (I, 2), (A, 2), (T, 2)],
    },
    Measure {
        id: "req-deletion",
        from: &[(C, 1)],
    },
    Measure {
        id: "req-export",
        from: &[(A, 2), (I, 2)],
    },
];

pub fn measure(id: &str) -> &'static Measure {
    MEASURES
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no measure {id:?} in the table"))
}

/// One information set without secrecy or sensitive data, with these levels (aspect order
/// as in `ASPECTS`).
pub fn plain_set(levels: [u8; 4]) -> Answers {
    let mut members = vec![
        ("set-categories", multi(&["identity"])),
        ("set-secrecy", choice("none")),
    ];
    members.extend(ASPECTS.iter().zip(levels).map(|(a, n)| (*a, level(n))));
    Answers::default().infoset("Tidbokning", &members)
}

/// A plain set with every aspect at 0 but `aspect` at `n`.
pub fn only(aspect: &str, n: u8) -> Answers {
    plain_set(ASPECTS.map(|a| if a == aspect { n } else { 0 }))
}

/// The highest levels that do not call for the measure: each aspect just below the level
/// that would, or 4 where no level of that aspect does.
pub fn just_below(measure: &Measure) -> [u8; 4] {
    ASPECTS.map(|aspect| {
        measure
            .from
            .iter()
            .filter(|(a, _)| *a == aspect)
            .map(|(_, n)| n - 1)
            .min()
            .unwrap_or(4)
    })
}

/// A set under social-services secrecy with these levels.
pub fn secret_set(levels: [u8; 4]) -> Answers {
    let mut members = vec![
        ("set-categories", multi(&["case-records"])),
        ("set-secrecy", choice("osl-26")),
    ];
    members.extend(ASPECTS.iter().zip(levels).map(|(a, n)| (*a, level(n))));
    Answers::default().infoset("Klientakt", &members)
}

const NOT_SENSITIVE: &[&str] = &[
    "infosets/tidbokning/set-categories",
    "infosets/tidbokning/set-secrecy",
];

/// The finding fires on the measure partly, not or not known to be fulfilled, after `setup`
/// (which asks it); not on "fulfilled" or "not applicable", nor when the levels are just
/// below those that call for the measure.
fn measure_case(finding: &'static str, id: &'static str, setup: Answers, extra: &[&str]) -> Case {
    let mut reasons = extra.to_vec();
    reasons.push(id);
    let mut case = case(finding);
    for value in [choice("partly"), choice("not-fulfilled"), unknown()] {
        case = case.fires(setup.clone().set(id, value), &reasons);
    }
    case.quiet(setup.clone().set(id, choice("fulfilled")))
        .quiet(setup.set(id, not_applicable()))
        .quiet(plain_set(just_below(measure(id))).set(id, choice("not-fulfilled")))
        .quiet(a(&[(id, choice("not-fulfilled"))]))
}

/// A measure whose finding needs nothing but the level that asks it.
fn simple(finding: &'static str, id: &'static str) -> Case {
    let (aspect, n) = measure(id).from[0];
    measure_case(finding, id, only(aspect, n), &[])
}

pub fn cases() -> Vec<Case> {
    let conf = "infosets/tidbokning/set-confidentiality";
    let avail = "infosets/tidbokning/set-availability";
    let secret = "infosets/klientakt/set-secrecy";
    vec![
        simple("no-access-control", "req-access-control"),
        simple("strong-authentication-unmet", "req-strong-authentication"),
        simple("access-review-unmet", "req-access-review"),
        simple("unencrypted-transfer", "req-encryption-transit"),
        // Classification raises severity: at confidentiality 3 no encryption at rest is High.
        measure_case(
            "no-encryption-at-rest",
            "req-encryption-rest",
            only(C, 2),
            &[conf],
        )
        .quiet(only(C, 3).set("req-encryption-rest", choice("not-fulfilled"))),
        measure_case(
            "no-encryption-at-rest-level-3",
            "req-encryption-rest",
            only(C, 3),
            &[conf],
        )
        .fires(
            only(C, 4).set("req-encryption-rest", choice("partly")),
            &[conf, "req-encryption-rest"],
        )
        .quiet(only(C, 2).set("req-encryption-rest", choice("not-fulfilled"))),
        simple("key-custody-unmet", "req-key-custody"),
        simple("inactivity-lock-unmet", "req-inactivity-lock"),
        simple("integrity-protection-unmet", "req-integrity-protection"),
        measure_case("no-backup", "req-backup", only(A, 1), NOT_SENSITIVE)
            .fires(
                only(I, 2).set("req-backup", choice("partly")),
                &[NOT_SENSITIVE, &["req-backup"]].concat(),
            )
            .quiet(secret_set([0, 0, 1, 0]).set("req-backup", choice("not-fulfilled"))),
        measure_case(
            "no-backup-sensitive",
            "req-backup",
            secret_set([0, 0, 1, 0]),
            &[secret],
        )
        .quiet(only(A, 1).set("req-backup", choice("not-fulfilled"))),
        simple("restore-test-unmet", "req-restore-test"),
        measure_case("no-continuity-plan", "req-continuity", only(A, 2), &[avail])
            .quiet(only(A, 3).set("req-continuity", choice("not-fulfilled"))),
        measure_case(
            "no-continuity-plan-level-3",
            "req-continuity",
            only(A, 3),
            &[avail],
        )
        .quiet(only(A, 2).set("req-continuity", choice("not-fulfilled"))),
        simple("availability-terms-unmet", "req-availability-terms"),
        measure_case(
            "no-access-logging",
            "req-access-logging",
            only(T, 1),
            NOT_SENSITIVE,
        )
        .quiet(secret_set([0, 0, 0, 1]).set("req-access-logging", choice("not-fulfilled"))),
        // Secret information: access logging is asked whatever the traceability level.
        measure_case(
            "no-access-logging-sensitive",
            "req-access-logging",
            secret_set([0, 0, 0, 0]),
            &[secret],
        )
        .quiet(only(T, 1).set("req-access-logging", choice("not-fulfilled"))),
        simple("log-review-unmet", "req-log-review"),
        simple("log-protection-unmet", "req-log-protection"),
        simple("incident-routine-missing", "req-incident-handling"),
        simple("supplier-follow-up-missing", "req-supplier-follow-up"),
        simple("deletion-unmet", "req-deletion"),
        simple("export-unmet", "req-export"),
    ]
}

/// The finding each measure turns into, for the check that every measure has one.
pub fn findings_of(measure: &str) -> Vec<&'static str> {
    let q = questionnaire();
    let mut findings: Vec<&'static str> = cases()
        .into_iter()
        .filter(|case| {
            q.findings
                .iter()
                .any(|f| f.id == case.id && f.when.question_ids().contains(&measure))
        })
        .map(|case| case.id)
        .collect();
    findings.dedup();
    findings
}
