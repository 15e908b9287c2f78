//! Whole assessments about where a service's recipients are (issue 11's flows): which
//! questions are asked for which recipient, and which findings fire with which reasons.

mod content_support;

use content_support::findings_transfer::swedish;
use content_support::flows::*;
use content_support::*;
use molnkoll::assessment::Value;
use molnkoll::rules::pending_findings;

#[test]
fn a_swedish_vendor_with_everything_in_sweden() {
    let q = questionnaire();
    for criteria in [&[][..], &["dpia-sensitive"][..]] {
        let answers = merged(
            merged(client_service(), screening(criteria)),
            swedish("Leverantören"),
        )
        .set("transfer-subprocessors-known", choice("none-used"));
        let shown = asked(&q, &answers);
        let context = format!("Swedish vendor, criteria {criteria:?}");
        assert_hidden(
            &shown,
            &strs(&recipient_keys("leverantoren", &TRANSFER)),
            &context,
        );
        assert_hidden(
            &shown,
            &["uk-adequacy-checked", "uk-fallback", "contract-scc"],
            &context,
        );
        let dpia_proper = section_questions(&q, "dpia-proper");
        assert_hidden(&shown, &strs(&dpia_proper), &context);
        assert_shown(
            &shown,
            &strs(&recipient_keys(
                "leverantoren",
                &["recipient-country", "recipient-parent", "recipient-access"],
            )),
            &context,
        );
        quiet(&answers, &TRANSFER_FINDINGS, &context);
        quiet(
            &answers,
            &["dpia-required", "dpia-skipped", "staff-confidentiality"],
            &context,
        );
        // Nothing else: the risk register is a gap only once the group has moved past it.
        assert_eq!(all_fired(&q, &answers), [], "{context}");
    }
}

/// The vendor is established in the EU with a US parent; nobody reaches the data from outside
/// the EU/EEA. Not a transfer, but US law can compel the parent: a CLOUD Act risk.
fn eu_vendor_with_us_parent() -> Answers {
    client_service().recipient(
        "Leverantören",
        &[
            ("recipient-role", choice("vendor")),
            ("recipient-country", choice("eu-eea")),
            ("recipient-parent", choice("usa")),
            ("recipient-storage", multi(&["eu-eea"])),
            ("recipient-processing", multi(&["eu-eea"])),
            ("recipient-access", multi(&["sweden", "eu-eea"])),
            ("recipient-staff-confidentiality", yes()),
        ],
    )
}

#[test]
fn an_eu_vendor_with_a_us_parent_and_no_access_from_outside_the_eea() {
    let q = questionnaire();
    let answers = eu_vendor_with_us_parent();
    let shown = asked(&q, &answers);
    assert_hidden(
        &shown,
        &strs(&recipient_keys(
            "leverantoren",
            &[
                "recipient-basis",
                "recipient-dpf-certified",
                "recipient-tia",
            ],
        )),
        "EU vendor",
    );
    assert_hidden(
        &shown,
        &["uk-adequacy-checked", "contract-scc"],
        "EU vendor",
    );
    // Staff outside Sweden are outside lag (2020:914)'s reach: asked.
    assert_shown(
        &shown,
        &["recipients/leverantoren/recipient-staff-confidentiality"],
        "EU vendor",
    );
    assert_eq!(
        fired(&q, &answers, "cloud-act"),
        Some(vec!["recipients/leverantoren/recipient-parent".to_owned()])
    );
    quiet(&answers, &TRANSFER_FINDINGS[..5], "EU vendor");
    quiet(&answers, &["staff-confidentiality"], "EU vendor");
    let no_transfer_pending: Vec<&str> = pending_findings(&q, &assess(&q, &answers).answers)
        .iter()
        .map(|p| p.finding.id.as_str())
        .filter(|id| TRANSFER_FINDINGS[..5].contains(id))
        .collect();
    assert!(
        no_transfer_pending.is_empty(),
        "pending {no_transfer_pending:?}"
    );

    // The risk register takes up the CLOUD Act: the finding has done its work.
    let registered = answers.risk(
        "Utländsk myndighet",
        &[("risk-harm", choice("foreign-authority"))],
    );
    assert_eq!(fired(&q, &registered, "cloud-act"), None);
    quiet(
        &registered,
        &TRANSFER_FINDINGS,
        "EU vendor, risk registered",
    );
}

/// The vendor is in the EU; its second-line support works from a third country without an
/// adequacy decision.
fn second_line_support(more: &[(&str, Value)]) -> Answers {
    let mut members = vec![
        ("recipient-role", choice("support")),
        ("recipient-country", choice("other")),
        ("recipient-parent", choice("no-parent")),
        ("recipient-storage", multi(&["none"])),
        ("recipient-processing", multi(&["none"])),
        ("recipient-access", multi(&["other"])),
    ];
    members.extend(more.iter().cloned());
    client_service()
        .recipient(
            "Leverantören",
            &[
                ("recipient-role", choice("vendor")),
                ("recipient-country", choice("eu-eea")),
                ("recipient-parent", choice("no-parent")),
                ("recipient-storage", multi(&["eu-eea"])),
                ("recipient-processing", multi(&["eu-eea"])),
                ("recipient-access", multi(&["eu-eea"])),
            ],
        )
        .recipient("Andra linjens support", &members)
}

#[test]
fn an_eu_vendor_whose_second_line_support_works_from_a_third_country() {
    let q = questionnaire();
    let support = "andra-linjens-support";
    let shown = asked(&q, &second_line_support(&[]));
    assert_shown(
        &shown,
        &strs(&recipient_keys(support, &["recipient-basis"])),
        "support",
    );
    assert_hidden(
        &shown,
        &strs(&recipient_keys(
            "leverantoren",
            &["recipient-basis", "recipient-tia"],
        )),
        "vendor",
    );

    // SCC: the transfer impact assessment is asked for the support, and the SCC version.
    let scc = second_line_support(&[("recipient-basis", choice("scc")), ("recipient-tia", no())]);
    let shown = asked(&q, &scc);
    assert_shown(
        &shown,
        &strs(&recipient_keys(support, &["recipient-tia"])),
        "SCC",
    );
    assert_shown(&shown, &["contract-scc"], "SCC");
    assert_hidden(
        &shown,
        &strs(&recipient_keys("leverantoren", &["recipient-tia"])),
        "SCC",
    );
    assert_eq!(
        fired(&q, &scc, "tia-missing"),
        Some(recipient_keys(support, &["recipient-tia"]))
    );
    quiet(
        &scc,
        &["no-transfer-basis", "cloud-act", "uk-adequacy"],
        "SCC",
    );

    let none = second_line_support(&[("recipient-basis", choice("none"))]);
    assert_eq!(
        fired(&q, &none, "no-transfer-basis"),
        Some(recipient_keys(support, &["recipient-basis"]))
    );
    quiet(&none, &["tia-missing"], "no basis");
    let with_tia =
        second_line_support(&[("recipient-basis", choice("scc")), ("recipient-tia", yes())]);
    quiet(
        &with_tia,
        &TRANSFER_FINDINGS,
        "SCC with a transfer impact assessment",
    );
}

/// A DPF-certified US vendor with a subprocessor in another third country.
fn dpf_vendor_with_subprocessor(more: &[(&str, Value)]) -> Answers {
    let mut members = vec![
        ("recipient-role", choice("subprocessor")),
        ("recipient-country", choice("other")),
        ("recipient-parent", choice("no-parent")),
        ("recipient-storage", multi(&["other"])),
        ("recipient-processing", multi(&["other"])),
        ("recipient-access", multi(&["other"])),
    ];
    members.extend(more.iter().cloned());
    client_service()
        .recipient(
            "Molnleverantören Inc",
            &[
                ("recipient-role", choice("vendor")),
                ("recipient-country", choice("usa")),
                ("recipient-parent", choice("no-parent")),
                ("recipient-storage", multi(&["eu-eea"])),
                ("recipient-processing", multi(&["usa"])),
                ("recipient-access", multi(&["usa"])),
                ("recipient-basis", choice("dpf")),
                ("recipient-dpf-certified", yes()),
            ],
        )
        .recipient("Driftpartner", &members)
}

#[test]
fn a_dpf_certified_us_vendor_does_not_cover_its_subprocessor() {
    let q = questionnaire();
    let vendor = "molnleverantoren-inc";
    let sub = "driftpartner";
    let open = dpf_vendor_with_subprocessor(&[]);
    assert_shown(
        &asked(&q, &open),
        &strs(&recipient_keys(sub, &["recipient-basis"])),
        "sub",
    );
    // Its basis is still open: the finding waits on the subprocessor's basis alone.
    let pending: Vec<(String, Vec<String>)> = pending_findings(&q, &assess(&q, &open).answers)
        .into_iter()
        .filter(|p| p.finding.id == "no-transfer-basis")
        .map(|p| (p.finding.id.clone(), p.open))
        .collect();
    assert_eq!(
        pending,
        [(
            "no-transfer-basis".to_owned(),
            recipient_keys(sub, &["recipient-basis"])
        )]
    );
    // The vendor's certification covers the vendor: no DPF finding names it. US control
    // brings the CLOUD Act risk.
    quiet(
        &open,
        &[
            "us-no-dpf",
            "dpf-not-us-recipient",
            "adequacy-does-not-cover",
        ],
        "vendor",
    );
    assert_eq!(
        fired(&q, &open, "cloud-act"),
        Some(recipient_keys(vendor, &["recipient-country"]))
    );

    let borrowed = dpf_vendor_with_subprocessor(&[("recipient-basis", choice("dpf"))]);
    assert_eq!(
        fired(&q, &borrowed, "dpf-not-us-recipient"),
        Some(recipient_keys(
            sub,
            &["recipient-basis", "recipient-country"]
        ))
    );
    let none = dpf_vendor_with_subprocessor(&[("recipient-basis", choice("none"))]);
    assert_eq!(
        fired(&q, &none, "no-transfer-basis"),
        Some(recipient_keys(sub, &["recipient-basis"]))
    );
    let scc = dpf_vendor_with_subprocessor(&[
        ("recipient-basis", choice("scc")),
        ("recipient-tia", yes()),
    ]);
    quiet(&scc, &TRANSFER_FINDINGS[..5], "subprocessor under SCC");
}
