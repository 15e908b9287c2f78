//! The UK after Brexit: a recipient established in the UK, or storing, processing or reaching
//! the data from there, brings the UK questions; UK adequacy (renewed to 27 Dec 2031) is the
//! basis for that recipient, with no transfer impact assessment asked.

mod content_support;

use content_support::flows::*;
use content_support::*;

const UK: [&str; 2] = ["uk-adequacy-checked", "uk-fallback"];

fn eu_vendor_with(question: &str, value: molnkoll::assessment::Value) -> Answers {
    Answers::default()
        .recipient(
            "Leverantören",
            &[
                ("recipient-country", choice("eu-eea")),
                ("recipient-parent", choice("no-parent")),
                ("recipient-storage", multi(&["eu-eea"])),
                ("recipient-processing", multi(&["eu-eea"])),
                ("recipient-access", multi(&["eu-eea"])),
            ],
        )
        .set(&format!("recipients/leverantoren/{question}"), value)
}

#[test]
fn a_uk_vendor_relying_on_uk_adequacy() {
    let q = questionnaire();
    let answers = Answers::default().recipient(
        "UK Cloud Ltd",
        &[
            ("recipient-country", choice("uk")),
            ("recipient-parent", choice("no-parent")),
            ("recipient-storage", multi(&["uk"])),
            ("recipient-processing", multi(&["uk"])),
            ("recipient-access", multi(&["uk"])),
            ("recipient-basis", choice("adequacy")),
        ],
    );
    let shown = asked(&q, &answers);
    assert_shown(&shown, &UK, "UK vendor");
    assert_shown(
        &shown,
        &strs(&recipient_keys(
            "uk-cloud-ltd",
            &["recipient-basis", "recipient-staff-confidentiality"],
        )),
        "UK vendor",
    );
    assert_hidden(
        &shown,
        &strs(&recipient_keys(
            "uk-cloud-ltd",
            &["recipient-tia", "recipient-dpf-certified"],
        )),
        "UK vendor on adequacy",
    );
    assert_eq!(
        fired(&q, &answers, "uk-adequacy"),
        Some(recipient_keys(
            "uk-cloud-ltd",
            &[
                "recipient-access",
                "recipient-country",
                "recipient-processing",
                "recipient-storage"
            ]
        ))
    );
    let checked = answers.with(&[("uk-adequacy-checked", yes()), ("uk-fallback", yes())]);
    let transfer: Vec<(String, Vec<String>)> = all_fired(&q, &checked)
        .into_iter()
        .filter(|(id, _)| TRANSFER_FINDINGS.contains(&id.as_str()))
        .collect();
    assert_eq!(
        transfer,
        [(
            "uk-adequacy".to_owned(),
            recipient_keys(
                "uk-cloud-ltd",
                &[
                    "recipient-access",
                    "recipient-country",
                    "recipient-processing",
                    "recipient-storage"
                ]
            )
        )]
    );
}

#[test]
fn a_uk_data_centre_or_support_alone_brings_the_uk_questions() {
    let q = questionnaire();
    for question in [
        "recipient-storage",
        "recipient-processing",
        "recipient-access",
    ] {
        let answers = eu_vendor_with(question, multi(&["eu-eea", "uk"]));
        let shown = asked(&q, &answers);
        assert_shown(&shown, &UK, question);
        assert_shown(
            &shown,
            &strs(&recipient_keys("leverantoren", &["recipient-basis"])),
            question,
        );
        assert_eq!(
            fired(&q, &answers, "uk-adequacy"),
            Some(recipient_keys("leverantoren", &[question])),
            "{question}"
        );
    }
    let eu_only = eu_vendor_with("recipient-access", multi(&["eu-eea"]));
    assert_hidden(&asked(&q, &eu_only), &UK, "EU only");
    assert_eq!(fired(&q, &eu_only, "uk-adequacy"), None);
}
