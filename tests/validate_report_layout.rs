//! Validation of the report layout (`report`) and of the risk matrix's measures and owner:
//! each wrong id named at its line and column.

mod common;

use molnkoll::error::UserError;
use molnkoll::questionnaire::validate;

use common::{at, render, source};

fn problems(ron: &str) -> Vec<UserError> {
    let source = source(ron);
    let questionnaire = source
        .parse()
        .unwrap_or_else(|e| panic!("does not parse: {e}"));
    validate(&questionnaire, &source)
}

fn located(ron: &str) -> Vec<(&'static str, usize, usize)> {
    let problems: Vec<UserError> = problems(ron)
        .into_iter()
        .filter(|p| {
            !matches!(
                p.message.id,
                "validate-missing-text" | "validate-ftl-missing-file"
            )
        })
        .collect();
    eprintln!("{}", render(&problems));
    problems.iter().map(at).collect()
}

fn questionnaire(format: u32, report: &str) -> String {
    format!(
        r#"Questionnaire(format: {format}, id: "t", version: 1, content_as_of: "2026-11-27",
conditions: {{ "many": LevelAtLeast("count", 2) }},
sections: [
Section(id: "s", questions: [
Question(id: "name", kind: Text(max_chars: 80)),
Question(id: "advice", kind: Text(max_chars: 800)),
Question(id: "ok", kind: YesNo),
Question(id: "risks", kind: Group([
Question(id: "l", kind: Level(1, 4)),
Question(id: "c", kind: Level(1, 4)),
Question(id: "measures", kind: Text(max_chars: 400)),
Question(id: "owner", kind: Choice(["me", "you"])),
])),
]),
],
derived: [Derived(id: "count", value: Count("risks")), Derived(id: "worst", value: Max("risks", "c"))],
risk_matrix: Some(RiskMatrix(group: "risks", before: ("l", "c"), after: ("l", "c"), measures: Some("measures"), owner: Some("owner"))),
{report}
)"#
    )
}

#[test]
fn a_layout_of_the_right_ids_is_valid() {
    let ron = questionnaire(
        2,
        r#"report: Some(ReportLayout(service: ["name"], decision: ["ok"], dpia: ["many", "ok"],
classification: ["worst"], quotes: ["advice"], tables: ["risks"])),"#,
    );
    assert_eq!(located(&ron), []);
}

#[test]
fn each_id_of_the_wrong_kind_is_named_where_it_stands() {
    let ron = questionnaire(
        2,
        r#"report: Some(ReportLayout(service: ["l"], decision: ["nowhere"], dpia: ["risks"],
classification: ["name"], quotes: ["ok"], tables: ["count"])),"#,
    );
    assert_eq!(
        located(&ron),
        [
            ("validate-bad-report-id", 18, 37),
            ("validate-bad-report-id", 18, 54),
            ("validate-bad-report-id", 18, 73),
            ("validate-bad-report-id", 19, 18),
            ("validate-bad-report-id", 19, 36),
            ("validate-bad-report-id", 19, 52),
        ]
    );
}

#[test]
fn a_layout_needs_format_two() {
    let ron = questionnaire(1, r#"report: Some(ReportLayout(service: ["name"])),"#);
    let ids: Vec<&str> = located(&ron).iter().map(|p| p.0).collect();
    assert!(ids.contains(&"validate-needs-format-2"), "{ids:?}");
}

#[test]
fn a_named_condition_on_the_first_page_needs_its_label() {
    let ron = questionnaire(2, r#"report: Some(ReportLayout(dpia: ["many"])),"#);
    let source = common::source_with_texts(&ron);
    let parsed = source.parse().expect("parses");
    let missing: Vec<String> = validate(&parsed, &source)
        .iter()
        .filter(|p| p.message.id == "validate-missing-text")
        .map(|p| p.to_string())
        .collect();
    assert!(
        missing.iter().any(|m| m.contains("condition-many")),
        "{missing:?}"
    );
}

#[test]
fn the_matrix_measures_and_owner_must_be_a_text_and_a_choice_of_the_register() {
    let ron = questionnaire(2, "").replace(
        r#"measures: Some("measures"), owner: Some("owner")"#,
        r#"measures: Some("owner"), owner: Some("name")"#,
    );
    let ids: Vec<(&str, usize, usize)> = located(&ron);
    assert_eq!(
        ids,
        [
            ("validate-bad-matrix-member", 17, 100),
            ("validate-bad-matrix-member", 17, 122),
        ]
    );
}

fn with_catalogue(format: u32, references: &str, refs: &str) -> String {
    questionnaire(format, &format!("references: [{references}],")).replace(
        r#"Question(id: "ok", kind: YesNo)"#,
        &format!(r#"Question(id: "ok", kind: YesNo, {refs})"#),
    )
}

#[test]
fn a_catalogue_and_its_citations_are_valid() {
    let ron = with_catalogue(
        2,
        r#"Reference(id: "gdpr", number: Some("CELEX 32016R0679"), date: Some("2016-04-27"), link: Some("https://eur-lex.europa.eu/eli/reg/2016/679/oj")), Reference(id: "osl")"#,
        r#"refs: ["gdpr", "osl"]"#,
    );
    assert_eq!(located(&ron), []);
}

#[test]
fn a_bad_catalogue_or_citation_is_named_where_it_stands() {
    let ron = with_catalogue(
        2,
        r#"Reference(id: "gdpr", date: Some("2016-13-01"), link: Some("javascript:alert(1)")), Reference(id: "gdpr")"#,
        r#"refs: ["gpdr"], option_refs: {"maybe": ["gdpr"]}"#,
    );
    let ids: Vec<&str> = located(&ron).iter().map(|p| p.0).collect();
    assert_eq!(
        ids,
        [
            "validate-bad-date",
            "validate-bad-link",
            "validate-duplicate-reference",
            "validate-unknown-reference",
            "validate-unknown-option",
        ]
    );
    let (_, line, _) = located(&ron)[3];
    assert_eq!(
        line, 7,
        "the unknown source is named on its question's line"
    );
}

#[test]
fn a_catalogue_needs_format_two_and_a_title_per_source() {
    let ron = with_catalogue(1, r#"Reference(id: "gdpr")"#, r#"refs: ["gdpr"]"#);
    let ids: Vec<&str> = located(&ron).iter().map(|p| p.0).collect();
    assert!(ids.contains(&"validate-needs-format-2"), "{ids:?}");
    let ron = with_catalogue(2, r#"Reference(id: "gdpr")"#, r#"refs: ["gdpr"]"#);
    let source = common::source_with_texts(&ron);
    let parsed = source.parse().expect("parses");
    let missing: Vec<String> = validate(&parsed, &source)
        .iter()
        .filter(|p| p.message.id == "validate-missing-text")
        .map(|p| p.to_string())
        .collect();
    assert!(
        missing.iter().any(|m| m.contains("source-gdpr.short")),
        "{missing:?}"
    );
}
