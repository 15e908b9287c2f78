//! Findings about contracts, public records and the overall assessment.

mod content_support;

use content_support::*;

#[test]
fn contract_records_and_overall_findings() {
    check_findings(findings_contracts::cases());
}

/// Art. 36: prior consultation only when the controller goes ahead despite a residual high
/// risk. The nämnd's decision, once taken, is the controller's; the group's recommendation
/// to approve does not bring a consultation about processing the nämnd refused.
#[test]
fn no_prior_consultation_when_the_controller_refrains() {
    let q = questionnaire();
    // Before the decision, the group's recommendation to go ahead calls for it.
    let recommended = a(&[
        ("overall-high-risk", yes()),
        ("overall-recommendation", choice("approve-with-conditions")),
    ]);
    let reasons = fired(&q, &recommended, "prior-consultation").unwrap_or_default();
    assert!(
        reasons.contains(&"overall-high-risk".to_owned())
            && reasons.contains(&"overall-recommendation".to_owned()),
        "recommended to go ahead: reasons {reasons:?}"
    );
    for decision in ["reject", "postpone"] {
        let answers = a(&[
            ("overall-high-risk", yes()),
            ("overall-recommendation", choice("approve")),
            ("overall-decision", choice(decision)),
        ]);
        assert_eq!(
            fired(&q, &answers, "prior-consultation"),
            None,
            "decision {decision}"
        );
    }
}

/// The service is the only store of public records: backups cannot be "not applicable".
#[test]
fn backups_marked_not_applicable_do_not_hide_the_only_copy() {
    let q = questionnaire();
    let answers = Answers::default()
        .infoset(
            "Klientakt",
            &[
                ("set-secrecy", choice("osl-26")),
                ("set-availability", level(2)),
            ],
        )
        .with(&[
            ("records-only-store", yes()),
            ("req-backup", not_applicable()),
        ]);
    assert_eq!(
        fired(&q, &answers, "only-copy-sensitive"),
        Some(
            [
                "infosets/klientakt/set-secrecy",
                "records-only-store",
                "req-backup",
            ]
            .map(str::to_owned)
            .to_vec()
        )
    );
}
