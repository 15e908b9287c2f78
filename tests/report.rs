//! The Markdown report: snapshots, real CommonMark structure, escaping, determinism.

mod common;

use common::snapshot;
use molnkoll::assessment::{Action, Answer, AnswerState, Assessment, Value};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};
use molnkoll::report::{self, Context};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn example() -> (Questionnaire, QuestionnaireSource) {
    common::docs_example()
}

fn render(assessment: &Assessment, lang: Lang) -> String {
    let (questionnaire, source) = example();
    let (localizer, _) = Localizer::new(lang, source.texts(lang));
    let context = Context {
        date: "2026-11-23".into(),
        commit: Some("abc1234".into()),
    };
    report::markdown(&questionnaire, assessment, &localizer, &context)
}

fn complete() -> Assessment {
    let (questionnaire, _) = example();
    let mut a = Assessment::new(&questionnaire, "Självskattning, leverantör X");
    let mut set = |id: &str, answer: Answer| {
        a.answers.insert(id.to_owned(), answer);
    };
    set(
        "service-name",
        Answer::new(Value::Text("Lifecare *Självskattning*".into())),
    );
    set(
        "vendor-seat",
        Answer::new(Value::Choice("usa".into())).with_note("Moderbolaget i Seattle"),
    );
    set(
        "data-kinds",
        Answer::new(Value::Multi(
            ["health".to_owned(), "finance".to_owned()].into(),
        )),
    );
    set("user-count", Answer::new(Value::Number(1200)));
    set("next-review", Answer::new(Value::Date("2027-11-01".into())));
    set(
        "sensitive",
        Answer::new(Value::Yes)
            .with_note("Hälsouppgifter i självskattningen\nbeslut i workshopen 20/11"),
    );
    set(
        "children",
        Answer::new(Value::Yes).with_state(AnswerState::Disputed),
    );
    set(
        "dpf-certified",
        Answer::new(Value::Unknown)
            .with_state(AnswerState::AskSupplier)
            .with_note("Fråga efter intyget"),
    );
    set("confidentiality", Answer::new(Value::Level(4)));
    a.actions.insert(
        "dpia-required".into(),
        Action {
            owner: "Dataskyddsombudet | DSO".into(),
            due: "2027-01-31".into(),
        },
    );
    a
}

fn partial() -> Assessment {
    let (questionnaire, _) = example();
    let mut a = Assessment::new(&questionnaire, "Delvis");
    a.answers.insert(
        "vendor-seat".into(),
        Answer::new(Value::Choice("sweden".into())),
    );
    a.answers.insert(
        "sensitive".into(),
        Answer::new(Value::No).with_state(AnswerState::FollowUp),
    );
    a.answers.insert(
        "removed-question".into(),
        Answer::new(Value::Yes).with_note("gammalt svar"),
    );
    a
}

#[test]
fn reports_in_both_languages() {
    for lang in Lang::ALL {
        snapshot(
            &format!("report-complete-{}", lang.code()),
            render(&complete(), lang),
        );
        snapshot(
            &format!("report-partial-{}", lang.code()),
            render(&partial(), lang),
        );
    }
}

fn events(markdown: &str) -> Vec<Event<'_>> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    Parser::new_ext(markdown, options).collect()
}

/// Headings as (level, text).
fn headings(markdown: &str) -> Vec<(HeadingLevel, String)> {
    let mut found = Vec::new();
    let mut current: Option<(HeadingLevel, String)> = None;
    for event in events(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading)) = current.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => found.extend(current.take()),
            _ => {}
        }
    }
    found
}

#[test]
fn the_report_is_real_commonmark_with_headings_and_a_table() {
    let markdown = render(&complete(), Lang::Sv);
    let headings = headings(&markdown);
    assert!(
        !headings.iter().any(|(level, _)| *level == HeadingLevel::H1),
        "the title comes from the front matter only"
    );
    assert!(markdown.starts_with("---\ntitle: 'Självskattning, leverantör X'\n"));
    let h2: Vec<&str> = headings
        .iter()
        .filter(|(level, _)| *level == HeadingLevel::H2)
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(
        h2,
        [
            "Sammanfattning",
            "Iakttagelser",
            "Åtgärdsplan",
            "Öppna frågor",
            "Bilaga: Alla svar och anteckningar",
            "Rättsliga referenser och källor",
        ]
    );
    let events = events(&markdown);
    assert!(
        matches!(events[0], Event::Start(Tag::MetadataBlock(_))),
        "YAML front matter first"
    );
    let tables = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
        .count();
    assert_eq!(tables, 1, "the action plan is a table");
    // The table has a header and one row per firing finding, six cells each.
    let rows = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::TableRow)))
        .count();
    let cells = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::TableCell)))
        .count();
    assert_eq!(
        cells,
        6 * (rows + 1),
        "a pipe in the owner must not add a cell"
    );
}

#[test]
fn markup_typed_by_people_stays_text() {
    let (questionnaire, _) = example();
    let mut a = Assessment::new(&questionnaire, "# Rubrik *fet* [länk](http://x) <b>");
    a.answers.insert(
        "sensitive".into(),
        Answer::new(Value::Yes).with_note("*inte fet* _inte kursiv_ [ingen](länk) <script>x</script> `kod` | rör\n# ingen rubrik\n- ingen lista"),
    );
    let markdown = render(&a, Lang::Sv);
    for event in events(&markdown) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => panic!("raw HTML got through: {html}"),
            Event::Start(Tag::Link { .. }) => panic!("a link got through"),
            Event::Code(code) => panic!("code got through: {code}"),
            _ => {}
        }
    }
    assert!(
        markdown.contains("title: '\\# Rubrik \\*fet\\* \\[länk\\](http://x) \\<b>'\n"),
        "the title is a quoted YAML string of escaped Markdown, as pandoc reads it"
    );
    assert!(!headings(&markdown).iter().any(|(_, t)| t == "ingen rubrik"));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    assert_eq!(render(&complete(), Lang::En), render(&complete(), Lang::En));
}

#[test]
fn orphans_and_owners_appear() {
    let partial = render(&partial(), Lang::En);
    assert!(
        partial.contains("- removed-question: yes (gammalt svar)"),
        "{partial}"
    );
    let complete = render(&complete(), Lang::En);
    assert!(
        complete.contains("Dataskyddsombudet \\| DSO | 2027-01-31"),
        "{complete}"
    );
    assert!(complete.contains("from git commit abc1234"));
}
