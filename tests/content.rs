//! The default questionnaire's content as a whole: every finding has a case (the tables are in
//! content_support/ and run by the content_*.rs tests), nothing fires on answers nobody gave
//! or on answers to questions not asked, and the structure follows the content outline.

mod content_support;

use std::collections::BTreeSet;

use content_support::*;
use molnkoll::questionnaire::{Aggregate, Kind, Questionnaire};
use molnkoll::rules::Condition;

#[test]
fn every_finding_has_a_test_case() {
    let q = questionnaire();
    let cases = all_finding_cases();
    let tested: BTreeSet<&str> = cases.iter().map(|c| c.id).collect();
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
    let unknown: Vec<&&str> = tested
        .iter()
        .filter(|id| !q.findings.iter().any(|f| f.id == **id))
        .collect();
    assert!(unknown.is_empty(), "cases for no finding: {unknown:?}");
}

#[test]
fn every_contradiction_and_measure_has_a_test_case() {
    let q = questionnaire();
    let contradictions: BTreeSet<&str> = contradictions::cases().iter().map(|c| c.id).collect();
    for contradiction in &q.contradictions {
        assert!(
            contradictions.contains(contradiction.id.as_str()),
            "contradiction {} has no case",
            contradiction.id
        );
    }
    for question in q.questions().filter(|q| q.id.starts_with("req-")) {
        assert!(
            !findings_measures::findings_of(&question.id).is_empty(),
            "measure {} has no finding case",
            question.id
        );
    }
}

/// Nothing fires on answers nobody gave: a list still empty is a gap only once the group has
/// moved past it.
#[test]
fn an_empty_assessment_fires_no_finding() {
    let q = questionnaire();
    assert_eq!(all_fired(&q, &a(&[])), []);
}

/// Past the list, each finding about an empty list names the list and the later answer that
/// shows the group has moved on.
#[test]
fn an_empty_list_is_a_finding_once_the_group_has_moved_past_it() {
    let q = questionnaire();
    let moved_on = a(&[
        ("legal-who-how-where", yes()),
        ("sec-staff-auth", multi(&["bankid"])),
        ("contract-type", choice("negotiated")),
    ]);
    let expected: Vec<(String, Vec<String>)> = [
        ("no-information-sets", ["infosets", "legal-who-how-where"]),
        ("no-recipients", ["recipients", "sec-staff-auth"]),
        ("risk-analysis-missing", ["contract-type", "risks"]),
    ]
    .iter()
    .map(|(finding, keys)| {
        (
            (*finding).to_owned(),
            keys.iter().map(|k| (*k).to_owned()).collect(),
        )
    })
    .collect();
    let fired: Vec<(String, Vec<String>)> = all_fired(&q, &moved_on)
        .into_iter()
        .filter(|(id, _)| expected.iter().any(|(e, _)| e == id))
        .collect();
    assert_eq!(fired, expected);
}

#[test]
fn an_answer_to_a_hidden_question_counts_for_nothing() {
    let q = questionnaire();
    let certified = |basis: &str| {
        Answers::default().recipient(
            "Leverantören",
            &[
                ("recipient-country", choice("usa")),
                ("recipient-access", multi(&["usa"])),
                ("recipient-basis", choice(basis)),
                ("recipient-dpf-certified", no()),
            ],
        )
    };
    assert!(fired(&q, &certified("dpf"), "us-no-dpf").is_some());
    // The group corrects the basis: the kept certification answer no longer counts.
    assert_eq!(fired(&q, &certified("scc"), "us-no-dpf"), None);

    // A whole section hidden: the UK questions once no recipient touches the UK.
    let uk = |country: &str| {
        Answers::default()
            .recipient("Drift", &[("recipient-country", choice(country))])
            .set("uk-adequacy-checked", no())
    };
    assert!(fired(&q, &uk("uk"), "uk-adequacy-unchecked").is_some());
    assert_eq!(fired(&q, &uk("eu-eea"), "uk-adequacy-unchecked"), None);
}

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
    assert_eq!((q.id.as_str(), q.format, q.version), ("molnkoll", 2, 2));
}

/// The outline's parts, with the sections a condition ties to earlier answers placed after
/// them: the law and children after the classification, the DPIA itself after the risks.
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
            "classification",
            "legal",
            "children",
            "transfer",
            "uk",
            "security",
            "risk",
            "dpia-proper",
            "contracts",
            "records",
            "overall",
        ]
    );
    let groups: Vec<&str> = q
        .questions()
        .filter(|question| question.is_group())
        .map(|question| question.id.as_str())
        .collect();
    assert_eq!(groups, ["infosets", "recipients", "risks"]);
}

#[test]
fn klassa_levels_run_from_0_to_4_and_risks_on_a_4_level_scale() {
    let q = questionnaire();
    for question in q.all_questions() {
        if let Kind::Level(min, max) = question.kind {
            let scale = if question.id.starts_with("risk-") {
                (1, 4)
            } else {
                (0, 4)
            };
            assert_eq!((min, max), scale, "{} is on the wrong scale", question.id);
        }
    }
    let infosets = q.question("infosets").expect("the information sets");
    let aspects: Vec<&str> = infosets
        .kind
        .members()
        .iter()
        .filter(|m| matches!(m.kind, Kind::Level(..)))
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(
        aspects,
        [
            "set-confidentiality",
            "set-integrity",
            "set-availability",
            "set-traceability",
        ]
    );
}

/// Every condition of the questionnaire: named, `show_if`, findings and contradictions.
fn all_conditions(q: &Questionnaire) -> Vec<&Condition> {
    let mut conditions: Vec<&Condition> = q.conditions.values().collect();
    conditions.extend(q.sections.iter().filter_map(|s| s.show_if.as_ref()));
    conditions.extend(
        q.all_questions()
            .filter_map(|question| question.show_if.as_ref()),
    );
    conditions.extend(q.findings.iter().map(|f| &f.when));
    conditions.extend(q.contradictions.iter().map(|c| &c.when));
    conditions
}

/// Every question and derived value some condition or derived value names.
fn driving(q: &Questionnaire) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = all_conditions(q)
        .iter()
        .flat_map(|c| c.question_ids())
        .map(str::to_owned)
        .collect();
    for derived in &q.derived {
        match &derived.value {
            Aggregate::Max(_, question) => ids.insert(question.clone()),
            Aggregate::Count(group) => ids.insert(group.clone()),
        };
    }
    ids
}

/// Issue 11: every answer counts. A question the group answers by a choice, yes/no or level
/// feeds a finding, a measure, a derived value or the order of the interview; free text and
/// dates are the assessment's own record, shown as written. The risk register's levels before
/// measures and owners feed the risk matrix and the register as the report draws them.
#[test]
fn every_answer_counts() {
    let q = questionnaire();
    let driving = driving(&q);
    let register = [
        "risk-before-likelihood",
        "risk-before-consequence",
        "risk-owner",
    ];
    let idle: Vec<&str> = q
        .all_questions()
        .filter(|question| {
            !matches!(
                question.kind,
                Kind::Text { .. } | Kind::Date | Kind::Group(_)
            )
        })
        .map(|question| question.id.as_str())
        .filter(|id| !driving.contains(*id) && !register.contains(id))
        .collect();
    assert!(idle.is_empty(), "answers that drive nothing: {idle:?}");
}

#[test]
fn every_service_level_asks_measures() {
    let q = questionnaire();
    let driving = driving(&q);
    for derived in q.derived.iter().filter(|d| d.id != "risk-count") {
        assert!(
            driving.contains(&derived.id),
            "derived value {} is used by no condition",
            derived.id
        );
    }
}

#[test]
fn every_named_condition_is_used() {
    let q = questionnaire();
    let named: BTreeSet<&str> = all_conditions(&q)
        .into_iter()
        .flat_map(|condition| condition.names())
        .collect();
    let unused: Vec<&String> = q
        .conditions
        .keys()
        .filter(|name| !named.contains(name.as_str()))
        .collect();
    assert!(
        unused.is_empty(),
        "named conditions nothing uses: {unused:?}"
    );
}
