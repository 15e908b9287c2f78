//! The derived values: the service's KLASSA level per aspect is the highest over its
//! information sets (a set with "unknown yet" or no level yet does not lower or raise it), and
//! risk-count counts the risk register. The interview shows the same values.

mod content_support;

use content_support::*;
use molnkoll::interview::Interview;
use molnkoll::questionnaire::Derived;
use molnkoll::rules::{ActiveAnswers, DerivedValue};

const SERVICE: [(&str, &str); 4] = [
    ("service-confidentiality", "set-confidentiality"),
    ("service-integrity", "set-integrity"),
    ("service-availability", "set-availability"),
    ("service-traceability", "set-traceability"),
];

fn derived<'q>(q: &'q molnkoll::questionnaire::Questionnaire, id: &str) -> &'q Derived {
    q.derived_value(id)
        .unwrap_or_else(|| panic!("no derived value {id:?}"))
}

fn value_of(answers: &Answers, id: &str) -> DerivedValue {
    let q = questionnaire();
    let assessment = assess(&q, answers);
    ActiveAnswers::new(&q, &assessment.answers).derived(derived(&q, id))
}

fn keys(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| (*k).to_owned()).collect()
}

#[test]
fn each_service_level_is_the_highest_over_the_information_sets() {
    for (service, question) in SERVICE {
        let answers = Answers::default()
            .infoset("Inloggning", &[(question, level(1))])
            .infoset("Klientakt", &[(question, level(3))])
            .infoset("Loggar", &[(question, level(2))]);
        assert_eq!(
            value_of(&answers, service),
            DerivedValue {
                value: Some(3),
                keys: keys(&[&format!("infosets/klientakt/{question}")]),
                assessed: 3,
                items: 3,
            },
            "{service}"
        );
    }
}

#[test]
fn sets_at_the_same_highest_level_all_give_it() {
    let answers = Answers::default()
        .infoset("Klientakt", &[("set-confidentiality", level(3))])
        .infoset("Fritext", &[("set-confidentiality", level(3))])
        .infoset("Loggar", &[("set-confidentiality", level(0))]);
    let value = value_of(&answers, "service-confidentiality");
    assert_eq!(value.value, Some(3));
    assert_eq!(
        value.keys,
        keys(&[
            "infosets/fritext/set-confidentiality",
            "infosets/klientakt/set-confidentiality",
        ])
    );
}

#[test]
fn a_set_not_classified_yet_neither_lowers_nor_raises_the_service_level() {
    for (service, question) in SERVICE {
        let answers = Answers::default()
            .infoset("Klientakt", &[(question, level(2))])
            .infoset("Fritext", &[(question, unknown())])
            .infoset("Loggar", &[]);
        assert_eq!(
            value_of(&answers, service),
            DerivedValue {
                value: Some(2),
                keys: keys(&[&format!("infosets/klientakt/{question}")]),
                assessed: 1,
                items: 3,
            },
            "{service}"
        );
        let none = Answers::default()
            .infoset("Fritext", &[(question, unknown())])
            .infoset("Loggar", &[]);
        let value = value_of(&none, service);
        assert_eq!(
            (value.value, value.assessed, value.items),
            (None, 0, 2),
            "{service}"
        );
    }
}

#[test]
fn the_service_level_decides_the_findings_and_measures_at_it() {
    let q = questionnaire();
    // Two sets: the service is at 4 through one of them.
    let answers = Answers::default()
        .infoset("Loggar", &[("set-availability", level(1))])
        .infoset("Journal", &[("set-availability", level(4))]);
    assert_eq!(
        fired(&q, &answers, "class-level-4"),
        Some(keys(&["infosets/journal/set-availability"]))
    );
    assert_shown(
        &asked(&q, &answers),
        &[
            "req-restore-test",
            "req-continuity",
            "req-availability-terms",
        ],
        "availability 4",
    );
    let lower = Answers::default()
        .infoset("Loggar", &[("set-availability", level(1))])
        .infoset("Journal", &[("set-availability", unknown())]);
    assert_hidden(
        &asked(&q, &lower),
        &[
            "req-restore-test",
            "req-continuity",
            "req-availability-terms",
        ],
        "availability 1 and unknown",
    );
    assert_shown(&asked(&q, &lower), &["req-backup"], "availability 1");
}

#[test]
fn risk_count_counts_the_risk_register() {
    assert_eq!(value_of(&a(&[]), "risk-count").value, Some(0));
    let answers = Answers::default()
        .risk(
            "Obehörig åtkomst",
            &[("risk-harm", choice("unauthorised-access"))],
        )
        .risk("Förlust", &[])
        .recipient("Leverantören", &[]);
    let value = value_of(&answers, "risk-count");
    assert_eq!((value.value, value.items), (Some(2), 2));
}

#[test]
fn the_interview_shows_the_same_derived_values() {
    let q = questionnaire();
    let answers = Answers::default()
        .infoset("Inloggning", &[("set-confidentiality", level(1))])
        .infoset(
            "Klientakt",
            &[
                ("set-confidentiality", level(3)),
                ("set-integrity", level(2)),
            ],
        )
        .risk("Förlust", &[]);
    let interview = Interview::new(q.clone(), assess(&q, &answers));
    let shown: Vec<(String, Option<i64>)> = interview
        .derived_for("infosets")
        .into_iter()
        .map(|(d, v)| (d.id.clone(), v.value))
        .collect();
    assert_eq!(
        shown,
        [
            ("service-confidentiality".to_owned(), Some(3)),
            ("service-integrity".to_owned(), Some(2)),
            ("service-availability".to_owned(), None),
            ("service-traceability".to_owned(), None),
        ]
    );
    let risks: Vec<Option<i64>> = interview
        .derived_for("risks")
        .into_iter()
        .map(|(_, v)| v.value)
        .collect();
    assert_eq!(risks, [Some(1)]);
}

#[test]
fn every_derived_value_has_a_test() {
    let q = questionnaire();
    let tested: Vec<&str> = SERVICE
        .iter()
        .map(|(service, _)| *service)
        .chain(["risk-count"])
        .collect();
    let ids: Vec<&str> = q.derived.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, tested);
}
