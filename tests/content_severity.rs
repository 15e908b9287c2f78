//! Severity that matches the harm (issue 11, item 7): for information under secrecy or with
//! art. 9 data the same gap is High where it is a Warning otherwise, classification raises
//! severity, and a transfer without a basis that holds is High.

mod content_support;

use content_support::findings_measures::{only, secret_set};
use content_support::*;
use molnkoll::questionnaire::Severity;

fn severity(id: &str) -> Severity {
    questionnaire()
        .findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no finding {id:?}"))
        .severity
}

/// (Warning for ordinary information, High for secret or sensitive or at level 3).
const RAISED: [(&str, &str); 6] = [
    ("no-deletion", "no-deletion-sensitive"),
    ("no-backup", "no-backup-sensitive"),
    ("only-copy", "only-copy-sensitive"),
    ("no-access-logging", "no-access-logging-sensitive"),
    ("no-encryption-at-rest", "no-encryption-at-rest-level-3"),
    ("no-continuity-plan", "no-continuity-plan-level-3"),
];

#[test]
fn the_same_gap_is_high_for_secret_sensitive_or_level_3_information() {
    for (plain, raised) in RAISED {
        assert_eq!(severity(plain), Severity::Warning, "{plain}");
        assert_eq!(severity(raised), Severity::High, "{raised}");
    }
}

#[test]
fn serious_gaps_are_high() {
    for id in [
        "click-through-sensitive",
        "in-use-serious-gaps",
        "no-transfer-basis",
        "us-no-dpf",
        "dpf-not-us-recipient",
        "adequacy-does-not-cover",
        "secrecy-not-assessed",
        "secrecy-unsuitable",
        "guardian-secrecy",
        "protected-identity",
        "no-dpa",
        "dpia-required",
        "prior-consultation",
        "risk-unacceptable",
    ] {
        assert_eq!(severity(id), Severity::High, "{id}");
    }
}

/// On one gap, exactly one of the two severities fires: the information decides which.
#[test]
fn one_gap_fires_one_severity() {
    let q = questionnaire();
    let gaps = [
        (
            "req-backup",
            choice("not-fulfilled"),
            "no-backup",
            "no-backup-sensitive",
        ),
        (
            "req-access-logging",
            choice("partly"),
            "no-access-logging",
            "no-access-logging-sensitive",
        ),
        (
            "records-deletion",
            no(),
            "no-deletion",
            "no-deletion-sensitive",
        ),
    ];
    for (question, value, plain, raised) in gaps {
        let ordinary = only("set-availability", 1)
            .set("infosets/tidbokning/set-traceability", level(1))
            .set(question, value.clone());
        let secret = secret_set([0, 0, 1, 1]).set(question, value.clone());
        let fired_on = |answers: &Answers| {
            [plain, raised]
                .into_iter()
                .filter(|id| fired(&q, answers, id).is_some())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            fired_on(&ordinary),
            [plain],
            "{question} on ordinary information"
        );
        assert_eq!(
            fired_on(&secret),
            [raised],
            "{question} on secret information"
        );
    }
    let rest = |n: u8| only("set-confidentiality", n).set("req-encryption-rest", choice("partly"));
    for (n, expected) in [
        (2, "no-encryption-at-rest"),
        (3, "no-encryption-at-rest-level-3"),
        (4, "no-encryption-at-rest-level-3"),
    ] {
        let fired_now: Vec<&str> = ["no-encryption-at-rest", "no-encryption-at-rest-level-3"]
            .into_iter()
            .filter(|id| fired(&q, &rest(n), id).is_some())
            .collect();
        assert_eq!(fired_now, [expected], "confidentiality {n}");
    }
}
