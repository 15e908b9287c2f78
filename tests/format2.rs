//! Questionnaire format 2, driven through the documented example (docs/example/groups.ron):
//! three-valued conditions, named conditions, section conditions, repeat groups with their
//! items, derived values, "not applicable", supplier questions and renames.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use molnkoll::assessment::{Answer, Assessment, Value};
use molnkoll::commands::{progress, show};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::items::{AnswerKey, member_key, slug};
use molnkoll::merge::merge;
use molnkoll::migrate::follow_renames;
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource, validate};
use molnkoll::rules::{ActiveAnswers, Truth, fired_findings, pending_findings};
use molnkoll::store;

fn example() -> (Questionnaire, QuestionnaireSource) {
    let source = QuestionnaireSource::from_path(Path::new("docs/example/groups.ron"))
        .expect("the example reads");
    let questionnaire = source.parse().expect("the example parses");
    (questionnaire, source)
}

fn fired(questionnaire: &Questionnaire, assessment: &Assessment) -> Vec<(String, Vec<String>)> {
    fired_findings(questionnaire, &assessment.answers)
        .into_iter()
        .map(|f| (f.finding.id.clone(), f.reasons))
        .collect()
}

fn fired_ids(questionnaire: &Questionnaire, assessment: &Assessment) -> Vec<String> {
    fired(questionnaire, assessment)
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

fn answer(assessment: &mut Assessment, questionnaire: &Questionnaire, key: &str, value: Value) {
    let question = questionnaire
        .question_for_key(key)
        .unwrap_or_else(|| panic!("{key} is a place for an answer"));
    assert!(question.accepts(&value), "{value:?} fits {key}");
    let mut single = Assessment::new(questionnaire, "");
    single.answer_question(question, Some(value.clone()));
    let given = single.answers.remove(&question.id).expect("answered");
    assessment.answers.insert(key.to_owned(), given);
}

#[test]
fn the_documented_example_validates_in_both_languages() {
    let (questionnaire, source) = example();
    let problems = validate(&questionnaire, &source);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(questionnaire.format, 2);
}

#[test]
fn nothing_fires_at_zero_answers() {
    let (questionnaire, _) = example();
    let assessment = Assessment::new(&questionnaire, "Ny");
    // The gap finding is the only one: it says what is missing, nothing is invented.
    assert_eq!(
        fired_ids(&questionnaire, &assessment),
        ["no-information-sets"]
    );
    let pending: Vec<String> = pending_findings(&questionnaire, &assessment.answers)
        .into_iter()
        .map(|p| p.finding.id.clone())
        .collect();
    // Undecided findings say which open answers would decide them.
    assert_eq!(pending, ["no-dpf", "secrecy-unclear"]);
}

fn three_valued(condition: &str, answers: &[(&str, Value)]) -> Truth {
    let ron = format!(
        r#"Questionnaire(format: 2, id: "t", version: 1, content_as_of: "2026-11-27",
        sections: [Section(id: "s", questions: [
            Question(id: "a", kind: YesNo), Question(id: "b", kind: YesNo),
            Question(id: "c", kind: YesNo, not_applicable: true),
        ])],
        findings: [Finding(id: "f", severity: Info, when: {condition})])"#
    );
    let questionnaire = common::questionnaire(&ron);
    let answers: BTreeMap<String, Answer> = answers
        .iter()
        .map(|(id, value)| (id.to_string(), Answer::new(value.clone())))
        .collect();
    let active = ActiveAnswers::new(&questionnaire, &answers);
    active.evaluate(&questionnaire.findings[0].when).truth
}

#[test]
fn kleene_truth_tables() {
    use Truth::{False as F, True as T, Undetermined as U};
    let yes = |id: &'static str| (id, Value::Yes);
    let no = |id: &'static str| (id, Value::No);
    // (condition, answers, expected)
    type Case = (&'static str, Vec<(&'static str, Value)>, Truth);
    let cases: Vec<Case> = vec![
        (r#"Is("a", Yes)"#, vec![], U),
        (r#"Is("a", Yes)"#, vec![yes("a")], T),
        (r#"Is("a", Yes)"#, vec![no("a")], F),
        (r#"Not(Is("a", Yes))"#, vec![], U),
        (r#"Not(Is("a", Yes))"#, vec![no("a")], T),
        (r#"Not(Is("a", Yes))"#, vec![yes("a")], F),
        (r#"All([Is("a", Yes), Is("b", Yes)])"#, vec![yes("a")], U),
        (r#"All([Is("a", Yes), Is("b", Yes)])"#, vec![no("a")], F),
        (
            r#"All([Is("a", Yes), Is("b", Yes)])"#,
            vec![yes("a"), yes("b")],
            T,
        ),
        (r#"Any([Is("a", Yes), Is("b", Yes)])"#, vec![yes("a")], T),
        (r#"Any([Is("a", Yes), Is("b", Yes)])"#, vec![no("a")], U),
        (
            r#"Any([Is("a", Yes), Is("b", Yes)])"#,
            vec![no("a"), no("b")],
            F,
        ),
        (
            r#"AtLeast(2, [Is("a", Yes), Is("b", Yes), Is("c", Yes)])"#,
            vec![yes("a")],
            U,
        ),
        (
            r#"AtLeast(2, [Is("a", Yes), Is("b", Yes), Is("c", Yes)])"#,
            vec![yes("a"), yes("b")],
            T,
        ),
        (
            r#"AtLeast(2, [Is("a", Yes), Is("b", Yes), Is("c", Yes)])"#,
            vec![no("a"), no("b")],
            F,
        ),
        (r#"Unanswered("a")"#, vec![], T),
        (r#"Unanswered("a")"#, vec![("a", Value::Unknown)], F),
        (r#"Answered("a")"#, vec![], F),
        (r#"Is("a", Unknown)"#, vec![("a", Value::Unknown)], T),
        // "Not applicable" decides no test but its own.
        (r#"Is("c", No)"#, vec![("c", Value::NotApplicable)], U),
        (r#"Not(Is("c", Yes))"#, vec![("c", Value::NotApplicable)], U),
        (
            r#"Is("c", NotApplicable)"#,
            vec![("c", Value::NotApplicable)],
            T,
        ),
        (r#"Is("c", NotApplicable)"#, vec![no("c")], F),
    ];
    for (condition, answers, expected) in cases {
        assert_eq!(
            three_valued(condition, &answers),
            expected,
            "{condition} on {answers:?}"
        );
    }
}

#[test]
fn format_one_keeps_its_two_valued_meaning() {
    let ron = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-11-27",
        sections: [Section(id: "s", questions: [Question(id: "a", kind: YesNo)])],
        findings: [Finding(id: "not-yes", severity: Info, when: Not(Is("a", Yes)))])"#;
    let questionnaire = common::questionnaire(ron);
    assert_eq!(questionnaire.format, 1);
    let assessment = Assessment::new(&questionnaire, "");
    // As it always did: an unanswered question is "not yes".
    assert_eq!(fired_ids(&questionnaire, &assessment), ["not-yes"]);
}

#[test]
fn a_named_condition_and_a_section_condition_explain_down_to_the_answers() {
    let (questionnaire, _) = example();
    let mut assessment = Assessment::new(&questionnaire, "");
    let active = ActiveAnswers::new(&questionnaire, &assessment.answers);
    assert!(
        !active.is_visible("dpf-certified"),
        "hidden until the seat is known"
    );

    answer(
        &mut assessment,
        &questionnaire,
        "vendor-seat",
        Value::Choice("usa".into()),
    );
    let active = ActiveAnswers::new(&questionnaire, &assessment.answers);
    assert!(active.is_visible("dpf-certified"));
    answer(&mut assessment, &questionnaire, "dpf-certified", Value::No);
    let no_dpf = fired(&questionnaire, &assessment)
        .into_iter()
        .find(|(id, _)| id == "no-dpf")
        .expect("fires");
    assert_eq!(no_dpf.1, ["vendor-seat", "dpf-certified"]);

    // A Swedish vendor hides the section; the kept answer counts for nothing.
    answer(
        &mut assessment,
        &questionnaire,
        "vendor-seat",
        Value::Choice("sweden".into()),
    );
    assert!(!fired_ids(&questionnaire, &assessment).contains(&"no-dpf".to_owned()));
    assert!(
        assessment.answers.contains_key("dpf-certified"),
        "kept in the file"
    );
}

#[test]
fn not_applicable_fires_nothing_and_is_listed() {
    let (questionnaire, _) = example();
    let mut assessment = Assessment::new(&questionnaire, "");
    answer(&mut assessment, &questionnaire, "client-data", Value::Yes);
    answer(&mut assessment, &questionnaire, "sol-secrecy", Value::No);
    assert!(fired_ids(&questionnaire, &assessment).contains(&"secrecy-unclear".to_owned()));
    assert_eq!(assessment.format, 1, "nothing needs format 2 yet");

    answer(
        &mut assessment,
        &questionnaire,
        "sol-secrecy",
        Value::NotApplicable,
    );
    assessment.set_value("sol-secrecy", Some(Value::NotApplicable));
    assert!(!fired_ids(&questionnaire, &assessment).contains(&"secrecy-unclear".to_owned()));
    assert_eq!(
        assessment.format, 2,
        "a not-applicable answer needs format 2"
    );
    let counted = progress(&questionnaire, &assessment);
    assert_eq!(counted.not_applicable, 1);

    let question = questionnaire.question("client-data").expect("exists");
    assert!(
        !question.accepts(&Value::NotApplicable),
        "only where allowed"
    );
}

/// Three information sets, as a workshop would list them.
fn with_three_sets(questionnaire: &Questionnaire) -> (Assessment, [String; 3]) {
    let mut assessment = Assessment::new(questionnaire, "Tre mängder");
    let health = assessment.add_item("information-set", "Hälsouppgifter");
    let login = assessment.add_item("information-set", "Inloggningsuppgifter");
    let logs = assessment.add_item("information-set", "Loggar");
    (assessment, [health, login, logs])
}

#[test]
fn a_repeat_group_is_built_answered_renamed_and_trimmed() {
    let (questionnaire, _) = example();
    let (mut assessment, [health, login, logs]) = with_three_sets(&questionnaire);
    assert_eq!(health, "halsouppgifter");
    assert_eq!(assessment.format, 2);
    let names: Vec<&str> = assessment
        .items("information-set")
        .iter()
        .map(|item| item.name)
        .collect();
    assert_eq!(names, ["Hälsouppgifter", "Inloggningsuppgifter", "Loggar"]);

    let key = |item: &str, q: &str| member_key("information-set", item, q);
    // A question of the item that depends on an earlier one of the same item.
    let active = ActiveAnswers::new(&questionnaire, &assessment.answers);
    assert!(!active.is_visible(&key(&health, "set-art9")));
    answer(
        &mut assessment,
        &questionnaire,
        &key(&health, "set-personal"),
        Value::Yes,
    );
    answer(
        &mut assessment,
        &questionnaire,
        &key(&login, "set-personal"),
        Value::No,
    );
    let active = ActiveAnswers::new(&questionnaire, &assessment.answers);
    assert!(active.is_visible(&key(&health, "set-art9")));
    assert!(!active.is_visible(&key(&login, "set-art9")));

    answer(
        &mut assessment,
        &questionnaire,
        &key(&health, "set-confidentiality"),
        Value::Level(3),
    );
    answer(
        &mut assessment,
        &questionnaire,
        &key(&login, "set-confidentiality"),
        Value::Level(2),
    );
    answer(
        &mut assessment,
        &questionnaire,
        &key(&logs, "set-confidentiality"),
        Value::Level(1),
    );
    answer(
        &mut assessment,
        &questionnaire,
        &key(&health, "set-encrypted"),
        Value::No,
    );

    // The group-level finding names the item that made it fire.
    let found = fired(&questionnaire, &assessment);
    let unencrypted = found
        .iter()
        .find(|(id, _)| id == "unencrypted-confidential")
        .expect("fires for one item");
    assert_eq!(
        unencrypted.1,
        [
            key(&health, "set-confidentiality"),
            key(&health, "set-encrypted")
        ]
    );
    let localizer = Localizer::new(Lang::Sv, example().1.texts(Lang::Sv)).0;
    let reason = localizer.reason_text(&questionnaire, &assessment.answers, &unencrypted.1[0]);
    assert!(
        reason.starts_with("Hälsouppgifter: Konfidentialitet"),
        "{reason}"
    );
    assert!(reason.ends_with("3 allvarlig"), "{reason}");

    // The derived maximum, with the item that gives it.
    let active = ActiveAnswers::new(&questionnaire, &assessment.answers);
    let max = active.derived(
        questionnaire
            .derived_value("service-confidentiality")
            .expect("declared"),
    );
    assert_eq!(max.value, Some(3));
    assert_eq!(max.keys, [key(&health, "set-confidentiality")]);
    assert_eq!((max.assessed, max.items), (3, 3));
    assert!(fired_ids(&questionnaire, &assessment).contains(&"high-confidentiality".to_owned()));

    // Renaming changes the name only: the id, and so every answer's key, stays.
    let before = assessment.answers.len();
    assessment.rename_item("information-set", &login, "E-legitimation");
    assert_eq!(assessment.answers.len(), before);
    assert_eq!(
        assessment.item_name("information-set", &login),
        Some("E-legitimation")
    );

    // Removing takes the item and all its answers at once, and gives them back for undo.
    let removed = assessment.remove_item("information-set", &health);
    // The name and the three answers given.
    assert_eq!(removed.len(), 4, "{removed:?}");
    assert!(assessment.answers.keys().all(|k| !k.contains(&health)));
    assert!(!fired_ids(&questionnaire, &assessment).contains(&"high-confidentiality".to_owned()));
    assessment.answers.extend(removed);
    assert!(fired_ids(&questionnaire, &assessment).contains(&"high-confidentiality".to_owned()));
}

#[test]
fn items_with_the_same_name_get_their_own_ids_and_numbers_stay_out_of_ids() {
    let (questionnaire, _) = example();
    let mut assessment = Assessment::new(&questionnaire, "");
    let first = assessment.add_item("information-set", "Loggar");
    let second = assessment.add_item("information-set", "Loggar");
    assert_eq!((first.as_str(), second.as_str()), ("loggar", "loggar-2"));
    // A name with a number as long as a personal identity number keeps no digit at all.
    assert_eq!(slug("Klient 811218-9876 år 2025"), "klient-ar");
    assert_eq!(slug("Loggar 2025"), "loggar-2025");
    assert_eq!(slug("2025"), "item-2025");
    assert_eq!(slug("«»"), "item");
}

#[test]
fn the_saved_file_is_deterministic_and_one_answer_changes_only_its_lines() {
    let (questionnaire, _) = example();
    let (mut assessment, [health, _, _]) = with_three_sets(&questionnaire);
    let key = member_key("information-set", &health, "set-confidentiality");
    answer(&mut assessment, &questionnaire, &key, Value::Level(2));
    let first = store::to_ron(&assessment);
    assert_eq!(first, store::to_ron(&assessment.clone()));

    answer(&mut assessment, &questionnaire, &key, Value::Level(3));
    let second = store::to_ron(&assessment);
    let changed: Vec<(&str, &str)> = first
        .lines()
        .zip(second.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(first.lines().count(), second.lines().count());
    assert_eq!(
        changed,
        [(
            "            value: Level(2),",
            "            value: Level(3),"
        )]
    );

    // Renaming an item changes one line too.
    let before = store::to_ron(&assessment);
    assessment.rename_item("information-set", &health, "Hälsa och vård");
    let after = store::to_ron(&assessment);
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].1.contains("Hälsa och vård"));

    // And it loads back the same.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("x.molnkoll.ron");
    store::save(&path, &assessment).expect("saves");
    assert_eq!(store::load(&path).expect("loads"), assessment);
    assert!(after.contains("format: 2,"), "{after}");
}

#[test]
fn show_keeps_each_item_together() {
    let (questionnaire, _) = example();
    let (mut assessment, [health, _, _]) = with_three_sets(&questionnaire);
    answer(
        &mut assessment,
        &questionnaire,
        &member_key("information-set", &health, "set-personal"),
        Value::Yes,
    );
    let shown = show(&assessment, &questionnaire);
    let lines: Vec<&str> = shown.lines().skip(2).collect();
    assert_eq!(
        lines,
        [
            "information-set/halsouppgifter: \"Hälsouppgifter\"",
            "information-set/halsouppgifter/set-personal: yes",
            "information-set/inloggningsuppgifter: \"Inloggningsuppgifter\"",
            "information-set/loggar: \"Loggar\"",
        ]
    );
    assert!(!shown.contains("[orphan]"));
}

#[test]
fn two_branches_adding_different_items_merge_cleanly() {
    let (questionnaire, _) = example();
    let base = Assessment::new(&questionnaire, "Bas");
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let a = ours.add_item("information-set", "Hälsouppgifter");
    answer(
        &mut ours,
        &questionnaire,
        &member_key("information-set", &a, "set-personal"),
        Value::Yes,
    );
    let b = theirs.add_item("information-set", "Loggar");
    answer(
        &mut theirs,
        &questionnaire,
        &member_key("information-set", &b, "set-personal"),
        Value::No,
    );
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let names: Vec<&str> = merged
        .assessment
        .items("information-set")
        .iter()
        .map(|i| i.name)
        .collect();
    assert_eq!(names, ["Hälsouppgifter", "Loggar"]);
    assert_eq!(merged.assessment.answers.len(), 4);
    assert_eq!(merged.assessment.format, 2);
}

#[test]
fn the_same_item_changed_on_both_sides_is_a_conflict_on_that_answer_only() {
    let (questionnaire, _) = example();
    let (base, [health, login, _]) = with_three_sets(&questionnaire);
    let key = member_key("information-set", &health, "set-confidentiality");
    let mut ours = base.clone();
    let mut theirs = base.clone();
    answer(&mut ours, &questionnaire, &key, Value::Level(3));
    answer(&mut theirs, &questionnaire, &key, Value::Level(2));
    theirs.rename_item("information-set", &login, "E-legitimation");
    let merged = merge(&base, &ours, &theirs).expect("merges");
    assert_eq!(merged.conflicts, std::slice::from_ref(&key));
    let conflict = merged.assessment.answers[&key]
        .conflict
        .as_ref()
        .expect("both kept");
    assert_eq!(conflict.ours.value, Some(Value::Level(3)));
    assert_eq!(conflict.theirs.value, Some(Value::Level(2)));
    assert_eq!(
        merged.assessment.item_name("information-set", &login),
        Some("E-legitimation")
    );
}

#[test]
fn an_item_removed_on_one_side_and_changed_on_the_other_keeps_its_name() {
    let (questionnaire, _) = example();
    let (base, [health, _, _]) = with_three_sets(&questionnaire);
    let key = member_key("information-set", &health, "set-personal");
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.remove_item("information-set", &health);
    answer(&mut theirs, &questionnaire, &key, Value::Yes);
    let merged = merge(&base, &ours, &theirs).expect("merges");
    // The removal meets an answer given to the item: the item comes back, disputed.
    let item = molnkoll::items::item_key("information-set", &health);
    assert_eq!(merged.conflicts, std::slice::from_ref(&item));
    assert_eq!(
        merged.assessment.item_name("information-set", &health),
        Some("Hälsouppgifter")
    );
    assert!(merged.assessment.answers[&item].conflict.is_some());
    assert_eq!(merged.assessment.answers[&key].value, Some(Value::Yes));
    assert_eq!(merged.assessment.orphans(&questionnaire).count(), 0);
}

#[test]
fn renamed_questions_and_options_carry_old_answers() {
    let (questionnaire, _) = example();
    let mut assessment = Assessment::new(&questionnaire, "Förra året");
    assessment.answers.insert(
        "vendor-country".into(),
        Answer::new(Value::Choice("us".into())).with_note("enligt avtal"),
    );
    assert_eq!(assessment.orphans(&questionnaire).count(), 1);
    assert_eq!(follow_renames(&mut assessment, &questionnaire), 2);
    let moved = &assessment.answers["vendor-seat"];
    assert_eq!(moved.value, Some(Value::Choice("usa".into())));
    assert_eq!(moved.note, "enligt avtal");
    assert_eq!(assessment.orphans(&questionnaire).count(), 0);
}

#[test]
fn an_answer_whose_option_is_gone_cannot_be_confirmed_again() {
    let (questionnaire, _) = example();
    let mut assessment = Assessment::new(&questionnaire, "");
    let mut stale = Answer::new(Value::Choice("opt-out".into()));
    stale.definition = "00000000".into();
    assessment.answers.insert("vendor-seat".into(), stale);
    let question = questionnaire.question("vendor-seat").expect("exists");
    assert!(
        !assessment.reconfirm(question),
        "the group must choose again"
    );
    assert_eq!(assessment.answers["vendor-seat"].definition, "00000000");
}

#[test]
fn only_supplier_questions_go_to_the_supplier() {
    let (questionnaire, source) = example();
    let (mut assessment, [health, _, _]) = with_three_sets(&questionnaire);
    answer(
        &mut assessment,
        &questionnaire,
        "vendor-seat",
        Value::Choice("usa".into()),
    );
    answer(
        &mut assessment,
        &questionnaire,
        "client-data",
        Value::Unknown,
    );
    let localizer = Localizer::new(Lang::En, source.texts(Lang::En)).0;
    let report = molnkoll::report::markdown(
        &questionnaire,
        &assessment,
        &localizer,
        &molnkoll::report::Context::default(),
    );
    // The group's own answer is its items, not "unanswered".
    assert!(
        report.contains("*Answer:* 3: Hälsouppgifter, Inloggningsuppgifter, Loggar"),
        "{report}"
    );
    let supplier = report
        .split("## ")
        .find(|part| part.starts_with("Questions for the supplier"))
        .expect("a supplier section");
    assert!(
        supplier.contains("Is the vendor itself certified under the"),
        "{supplier}"
    );
    assert!(
        supplier
            .lines()
            .any(|l| l.starts_with("- Hälsouppgifter") && l.contains("Is the set encrypted")),
        "{supplier}"
    );
    // An internal question answered "unknown yet" is the group's follow-up, not the vendor's.
    assert!(!supplier.contains("clients"), "{supplier}");
    let _ = health;
}

#[test]
fn answer_keys_parse_and_refuse_what_is_not_a_key() {
    assert_eq!(AnswerKey::parse("q"), Some(AnswerKey::Question("q")));
    assert_eq!(
        AnswerKey::parse("g/i/q"),
        Some(AnswerKey::Member {
            group: "g",
            item: "i",
            question: "q"
        })
    );
    for bad in ["", "/", "g/", "g//q", "g/i/q/x"] {
        assert_eq!(AnswerKey::parse(bad), None, "{bad}");
    }
}

#[test]
fn the_format_document_shows_the_example_as_it_is() {
    let doc = std::fs::read_to_string("docs/questionnaire-format.md").expect("reads");
    let example = std::fs::read_to_string("docs/example/groups.ron").expect("reads");
    assert!(
        doc.contains(example.trim_end()),
        "the document's copy is out of date"
    );
}
