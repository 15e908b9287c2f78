//! Helpers for the flow tests: whole assessments as a group would answer them.

use super::*;

/// Every question about a recipient's transfer basis, its DPF certification, its transfer
/// impact assessment and its staff abroad.
pub const TRANSFER: [&str; 4] = [
    "recipient-basis",
    "recipient-dpf-certified",
    "recipient-tia",
    "recipient-staff-confidentiality",
];

/// The findings about transfers, US law and the UK.
pub const TRANSFER_FINDINGS: [&str; 9] = [
    "no-transfer-basis",
    "adequacy-does-not-cover",
    "dpf-not-us-recipient",
    "us-no-dpf",
    "tia-missing",
    "cloud-act",
    "uk-adequacy",
    "uk-adequacy-unchecked",
    "uk-no-fallback",
];

pub fn recipient_keys(item: &str, questions: &[&str]) -> Vec<String> {
    questions
        .iter()
        .map(|q| format!("recipients/{item}/{q}"))
        .collect()
}

pub fn strs(keys: &[String]) -> Vec<&str> {
    keys.iter().map(String::as_str).collect()
}

pub fn quiet(answers: &Answers, findings: &[&str], context: &str) {
    let q = questionnaire();
    let fired: Vec<(String, Vec<String>)> = all_fired(&q, answers)
        .into_iter()
        .filter(|(id, _)| findings.contains(&id.as_str()))
        .collect();
    assert!(fired.is_empty(), "{context}: fired {fired:?}");
}

/// A municipal service holding client records under secrecy.
pub fn client_service() -> Answers {
    a(&[
        ("assessment-client-data", yes()),
        ("assessment-controller", choice("committee")),
        ("mapping-personal-data", yes()),
    ])
    .infoset(
        "Klientakt",
        &[
            ("set-categories", multi(&["case-records", "identity"])),
            ("set-subjects", multi(&["clients-adults"])),
            ("set-secrecy", choice("osl-26")),
            ("set-confidentiality", level(3)),
            ("set-integrity", level(2)),
            ("set-availability", level(1)),
            ("set-traceability", level(2)),
        ],
    )
}

/// The nine criteria of IMY's list answered, `yes` of them yes.
pub fn screening(yes_to: &[&str]) -> Answers {
    [
        "dpia-evaluation",
        "dpia-automated-decisions",
        "dpia-monitoring",
        "dpia-sensitive",
        "dpia-large-scale",
        "dpia-combining",
        "dpia-vulnerable",
        "dpia-innovative",
        "dpia-blocks-right",
    ]
    .iter()
    .fold(Answers::default(), |answers, id| {
        let value = if yes_to.contains(id) { yes() } else { no() };
        answers.set(id, value)
    })
}

pub fn merged(first: Answers, second: Answers) -> Answers {
    second
        .0
        .into_iter()
        .fold(first, |answers, (key, value)| answers.set(&key, value))
}
