//! The report of a realistic assessment of the default questionnaire, as a nämnd reads it:
//! snapshots in both languages, the first page's structure through a CommonMark parser,
//! tables that are tables, hostile text that stays text, and the same through pandoc when
//! it is installed.

mod common;
mod content_support;
mod report_support;

use std::collections::BTreeMap;

use common::snapshot;
use molnkoll::assessment::{Action, Answer, Assessment, Value};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::report::{self, Context};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn render(assessment: &Assessment, lang: Lang) -> String {
    let questionnaire = content_support::questionnaire();
    let source = QuestionnaireSource::embedded();
    let (localizer, _) = Localizer::new(lang, source.texts(lang));
    let context = Context {
        date: "2026-12-01".into(),
        commit: None,
    };
    report::markdown(&questionnaire, assessment, &localizer, &context)
}

#[test]
fn realistic_reports_in_both_languages() {
    for lang in Lang::ALL {
        let code = lang.code();
        snapshot(
            &format!("report-realistic-complete-{code}"),
            render(&report_support::complete(), lang),
        );
        snapshot(
            &format!("report-realistic-partial-{code}"),
            render(&report_support::partial(), lang),
        );
    }
}

fn events(markdown: &str) -> Vec<Event<'_>> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    Parser::new_ext(markdown, options).collect()
}

/// The document as blocks: each heading with its level and text, and under it the kinds of
/// block it holds, in order.
#[derive(Debug, Default)]
struct Outline {
    headings: Vec<(HeadingLevel, String)>,
    /// For each heading (by index), the text of the whole section up to the next heading.
    text: Vec<String>,
    /// Tables under each heading: (header cells, rows).
    tables: Vec<Vec<(usize, usize)>>,
}

fn outline(markdown: &str) -> Outline {
    let mut outline = Outline::default();
    let mut in_heading = false;
    let (mut cells, mut rows, mut in_table) = (0, 0, false);
    for event in events(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = true;
                outline.headings.push((level, String::new()));
                outline.text.push(String::new());
                outline.tables.push(Vec::new());
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Table(_)) => (cells, rows, in_table) = (0, 0, true),
            Event::Start(Tag::TableRow) => rows += 1,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::Table) => {
                in_table = false;
                if let Some(tables) = outline.tables.last_mut() {
                    tables.push((cells, rows));
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if in_heading {
                    outline.headings.last_mut().unwrap().1.push_str(&text);
                } else if let Some(section) = outline.text.last_mut() {
                    section.push_str(&text);
                    section.push(' ');
                }
            }
            _ => {}
        }
        let _ = in_table;
    }
    outline
}

impl Outline {
    fn h2(&self) -> Vec<&str> {
        self.headings
            .iter()
            .filter(|(level, _)| *level == HeadingLevel::H2)
            .map(|(_, text)| text.as_str())
            .collect()
    }

    /// The H3 headings between the first H2 and the second: the first page's blocks.
    fn first_page(&self) -> Vec<&str> {
        self.headings
            .iter()
            .skip(1)
            .take_while(|(level, _)| *level != HeadingLevel::H2)
            .map(|(_, text)| text.as_str())
            .collect()
    }

    fn section(&self, heading: &str) -> usize {
        self.headings
            .iter()
            .position(|(_, text)| text == heading)
            .unwrap_or_else(|| panic!("no heading {heading:?} in {:?}", self.headings))
    }
}

#[test]
fn the_first_page_stands_alone() {
    let markdown = render(&report_support::complete(), Lang::Sv);
    let outline = outline(&markdown);
    assert_eq!(outline.h2()[0], "Sammanfattning");
    assert_eq!(
        outline.first_page(),
        [
            "Rekommendation och beslut",
            "Konsekvensbedömning",
            "Informationsklassning",
            "Riskmatris",
            "Allvarliga iakttagelser",
            "Dataskyddsombudets råd",
        ]
    );
    let summary = &outline.text[0];
    for fact in [
        "Stegvis självskattning 3.2",
        "Omsorgsdata Nordic AB",
        "Socialnämnden",
        "Informationsägare, Jurist eller dataskyddsombud",
    ] {
        assert!(summary.contains(fact), "{fact:?} not in {summary:?}");
    }
    let decision = &outline.text[outline.section("Rekommendation och beslut")];
    for fact in ["2026-12-15", "SN 2026/412", "Socialnämnden"] {
        assert!(decision.contains(fact), "{fact:?} not in {decision:?}");
    }
    let dpia = &outline.text[outline.section("Konsekvensbedömning")];
    assert!(dpia.contains("Ja (bedömning eller poängsättning"), "{dpia}");
    let classification = outline.section("Informationsklassning");
    assert_eq!(
        outline.tables[classification],
        [(3 * 5, 4)],
        "aspect, level, sets: a header and four aspects"
    );
    assert!(outline.text[classification].contains("3 allvarlig"));
    assert!(
        !outline.text[classification].contains("3 3"),
        "the level's number once"
    );
    let matrix = outline.section("Riskmatris");
    assert_eq!(
        outline.tables[matrix].len(),
        1,
        "before and after in one table"
    );
    let advice = &outline.text[outline.section("Dataskyddsombudets råd")];
    assert!(advice.contains("tillstyrker under två villkor"), "{advice}");
    assert!(
        markdown.contains("> Dataskyddsombudet tillstyrker"),
        "the advice is quoted in the group's words"
    );
}

#[test]
fn the_main_part_then_the_appendix() {
    let markdown = render(&report_support::complete(), Lang::En);
    let outline = outline(&markdown);
    assert_eq!(
        outline.h2(),
        [
            "Summary",
            "Findings",
            "Action plan",
            "Security measures the classification calls for",
            "Risk register",
            "Recipients and transfers",
            "Open questions",
            "Appendix: every answer and note",
            "Appendix: requirements to put to the supplier",
            "Sources",
        ]
    );
    // Risks: one row per risk, name + harm + before + measures + after + owner.
    let risks = outline.section("Risk register");
    assert_eq!(outline.tables[risks], [(6 * 6, 5)]);
    // Recipients: more questions than recipients, so one column per recipient.
    let recipients = outline.section("Recipients and transfers");
    let (cells, rows) = outline.tables[recipients][0];
    assert_eq!(cells / (rows + 1), 4, "the question and three recipients");
    let text = &outline.text[recipients];
    assert!(text.contains("Andra linjens support (Indien)") && text.contains("USA"));
    // The action plan: six columns, a row per action.
    let plan = outline.section("Action plan");
    let (cells, rows) = outline.tables[plan][0];
    assert_eq!(cells, 6 * (rows + 1));
    assert!(outline.text[plan].contains("Dataskyddsombud"));
    assert!(outline.text[plan].contains("Risk: Supporten i tredje land ser klientsvar"));
}

#[test]
fn open_questions_are_where_a_reader_looks() {
    let markdown = render(&report_support::partial(), Lang::Sv);
    let outline = outline(&markdown);
    let open = outline.section("Öppna frågor");
    let lists: Vec<&str> = outline.headings[open + 1..]
        .iter()
        .take_while(|(level, _)| *level == HeadingLevel::H3)
        .map(|(_, text)| text.as_str())
        .collect();
    assert!(lists[0].starts_with("Omstridda svar (1)"), "{lists:?}");
    assert!(
        lists
            .iter()
            .any(|l| l.starts_with("Frågor till leverantören"))
    );
    assert!(lists.iter().any(|l| l.starts_with("Obesvarade frågor")));
    let disputed = &outline.text[open + 1];
    assert!(disputed.contains("Ungdomar 16-17 år"), "{disputed}");
    // A section the answers hide has no heading.
    assert!(
        !outline
            .headings
            .iter()
            .any(|(_, t)| t.contains("Storbritannien"))
    );
    // No decision yet: said so, not left blank.
    let decision = &outline.text[outline.section("Rekommendation och beslut")];
    assert!(decision.contains("Beslut:  inte ifyllt än"), "{decision}");
}

/// An assessment whose every typed text is hostile.
fn hostile() -> Assessment {
    let mut assessment = report_support::partial();
    let hostile = hostile_strings();
    assessment.title = hostile.join(" ");
    for (n, key) in ["assessment-purpose", "mapping-free-text", "dpia-evaluation"]
        .iter()
        .enumerate()
    {
        let answer = assessment.answers.get_mut(*key).unwrap();
        answer.note = hostile[n % hostile.len()].to_owned() + "\n" + &hostile.join("\n");
    }
    assessment.answers.insert(
        "assessment-service-name".into(),
        Answer::new(Value::Text(hostile[0].clone())),
    );
    // An item name and an orphan id.
    let set = assessment
        .answers
        .keys()
        .find(|k| k.starts_with("infosets/") && k.matches('/').count() == 1)
        .cloned()
        .unwrap();
    assessment.answers.get_mut(&set).unwrap().value = Some(Value::Text(hostile.join(" ")));
    assessment.answers.insert(
        "<img src=x onerror=alert(1)>".into(),
        Answer::new(Value::Yes).with_note(hostile.join("\n")),
    );
    let mut actions = BTreeMap::new();
    actions.insert(
        "dpia-required".to_owned(),
        Action {
            owner: hostile.join(" | "),
            due: "2027-01-31 | <b>x</b>\nny rad".into(),
        },
    );
    assessment.actions = actions;
    assessment
}

fn hostile_strings() -> Vec<String> {
    std::fs::read_to_string(common::manifest_dir().join("tests/fixtures/hostile-text.txt"))
        .expect("the fixture reads")
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn hostile_text_stays_text_in_commonmark() {
    let catalogue_links: Vec<String> = content_support::questionnaire()
        .references
        .iter()
        .filter_map(|r| r.link.clone())
        .collect();
    for lang in Lang::ALL {
        let markdown = render(&hostile(), lang);
        let mut texts = String::new();
        for event in events(&markdown) {
            match event {
                Event::Html(html) | Event::InlineHtml(html) => {
                    panic!("raw HTML got through: {html}")
                }
                // The only links are the questionnaire's own, to its sources.
                Event::Start(Tag::Link { dest_url, .. }) => assert!(
                    catalogue_links.contains(&dest_url.to_string()),
                    "a link got through: {dest_url}"
                ),
                Event::Start(Tag::Image { .. }) => panic!("an image got through"),
                Event::Code(code) => panic!("code got through: {code}"),
                Event::Start(Tag::Emphasis) | Event::Start(Tag::Strong) => {}
                Event::Text(text) => texts.push_str(&text),
                _ => {}
            }
        }
        for hostile in hostile_strings() {
            assert!(
                texts.contains(&hostile),
                "{hostile:?} is not in the text as typed"
            );
        }
        // The owner's pipes stay in one cell: every table row has its header's cells.
        let mut widths = Vec::new();
        let (mut row_cells, mut header) = (0, 0);
        for event in events(&markdown) {
            match event {
                Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => row_cells = 0,
                Event::Start(Tag::TableCell) => row_cells += 1,
                Event::End(TagEnd::TableHead) => header = row_cells,
                Event::End(TagEnd::TableRow) => widths.push((header, row_cells)),
                _ => {}
            }
        }
        assert!(widths.iter().all(|(h, r)| h == r), "{widths:?}");
        // The front matter is one YAML block whose title is one quoted line.
        let title = markdown.lines().nth(1).unwrap();
        assert!(
            title.starts_with("title: '") && title.ends_with('\''),
            "{title}"
        );
    }
}

/// pandoc's HTML of the report, or `None` when pandoc is not installed.
fn pandoc(markdown: &str, from: &str) -> Option<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("pandoc")
        .args(["-f", from, "-t", "html", "--standalone"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(markdown.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "pandoc failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8(output.stdout).unwrap())
}

#[test]
fn hostile_text_stays_text_through_pandoc() {
    let markdown = render(&hostile(), Lang::Sv);
    for from in ["markdown", "gfm"] {
        let Some(html) = pandoc(&markdown, from) else {
            eprintln!("pandoc is not installed: skipped");
            return;
        };
        let lower = html.to_lowercase();
        for markup in [
            "<script",
            "<img",
            "href=\"javascript",
            "<b>",
            "<code",
            "<sup",
            "<sub",
            "<del",
            "<h1 id",
            "<blockquote",
            "<span class=\"math",
            "<span class=\"citation",
            "<div class=\"varning",
        ] {
            assert!(
                !lower.contains(markup),
                "{markup} in pandoc's HTML (-f {from})"
            );
        }
        assert!(
            html.contains("&lt;script&gt;"),
            "the title is shown as typed (-f {from})"
        );
    }
}

#[test]
fn the_realistic_report_converts_with_pandoc_into_real_tables() {
    let markdown = render(&report_support::complete(), Lang::Sv);
    for from in ["markdown", "gfm"] {
        let Some(html) = pandoc(&markdown, from) else {
            eprintln!("pandoc is not installed: skipped");
            return;
        };
        // Classification, the matrix, action plan, measures, risks, recipients.
        assert_eq!(html.matches("<table").count(), 6, "-f {from}");
        assert!(html.contains("<blockquote>"), "-f {from}");
        assert!(!html.contains("\\("), "no stray escapes (-f {from})");
    }
}

#[test]
fn sources_are_listed_once_and_only_those_the_assessment_selected() {
    let markdown = render(&report_support::complete(), Lang::Sv);
    let sources = &markdown[markdown.find("## Källor").expect("a sources section")..];
    let items: Vec<&str> = sources.lines().filter(|l| l.starts_with("- **")).collect();
    let mut names: Vec<&str> = items
        .iter()
        .map(|l| &l[4..l.find(":**").unwrap()])
        .collect();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "each source once: {names:?}");
    // The group chose SoL and LVM as the service's laws; not LSS nor LVU.
    for chosen in ["SoL", "LVM", "GDPR", "OSL"] {
        assert!(names.contains(&chosen), "{chosen} missing from {names:?}");
    }
    for not_chosen in ["LSS", "LVU", "Adekvansbeslutet för Förenade kungariket"] {
        assert!(
            !names.contains(&not_chosen),
            "{not_chosen} listed: {names:?}"
        );
    }
    // EU law comes before Swedish statutes, statutes before guidance.
    let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
    assert!(at("GDPR") < at("OSL") && at("OSL") < at("KLASSA 4.0"));
    // Answers cite by short name; no answer repeats a reference string.
    assert!(!markdown.contains("*Referens:*"));
    assert!(markdown.contains("- *Källor:* GDPR"));
}

#[test]
fn contradictions_and_changed_questions_are_in_the_report() {
    let mut assessment = report_support::complete();
    // Children use the service, but the screening says no vulnerable data subjects.
    assessment
        .answers
        .insert("dpia-vulnerable".into(), Answer::new(Value::No));
    // An answer given to an earlier wording of its question.
    assessment
        .answers
        .get_mut("contract-exit")
        .unwrap()
        .definition = "00000000".into();
    let markdown = render(&assessment, Lang::Sv);
    let outline = outline(&markdown);
    let contradictions = &outline.text[outline.section("Motsägelser")];
    let q = content_support::questionnaire();
    let (localizer, _) = Localizer::new(Lang::Sv, QuestionnaireSource::embedded().texts(Lang::Sv));
    assert!(
        contradictions.contains(&localizer.text("contradiction-children-not-vulnerable")),
        "{contradictions}"
    );
    let changed = outline
        .headings
        .iter()
        .position(|(_, t)| t.starts_with("Frågor som har ändrats sedan de besvarades (1)"))
        .expect("a list of changed questions");
    let exit = q.question("contract-exit").unwrap();
    assert!(outline.text[changed].contains(&localizer.question_text(exit)));
}
