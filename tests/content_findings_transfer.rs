//! Findings about recipients and transfers, judged per recipient, and the UK: each fires with
//! the keys of the recipient it concerns, and stays quiet on close assessments.

mod content_support;

use content_support::*;

#[test]
fn recipient_and_transfer_findings() {
    check_findings(findings_transfer::cases());
}

#[test]
fn a_basis_given_for_one_recipient_never_covers_another() {
    let q = questionnaire();
    let answers = findings_transfer::abroad(
        "Leverantören",
        "usa",
        &[
            ("recipient-country", choice("usa")),
            ("recipient-basis", choice("scc")),
            ("recipient-tia", yes()),
        ],
    )
    .recipient(
        "Support",
        &[
            ("recipient-access", multi(&["other"])),
            ("recipient-basis", choice("none")),
        ],
    );
    assert_eq!(
        fired(&q, &answers, "no-transfer-basis"),
        Some(vec!["recipients/support/recipient-basis".to_owned()])
    );
    assert_eq!(fired(&q, &answers, "tia-missing"), None);
}
