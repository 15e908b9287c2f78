//! Shared by the benchmarks: synthetic questionnaires of any size, a fully answered
//! assessment for any questionnaire, and an `App` drawn into a `TestBackend`.
//! Each bench binary uses only some of these.
#![allow(dead_code)]

pub mod groups;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use molnkoll::assessment::{Action, AnswerState, Assessment, Value};
use molnkoll::i18n::{FtlSource, Lang, Localizer};
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::{Kind, Questionnaire, QuestionnaireSource, SourceText, validate};
use molnkoll::tui::{App, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The sizes the scale benchmarks run on: 100, 1,000 and 10,000 questions, or the
/// comma-separated multiples of ten in `MOLNKOLL_BENCH_SIZES`.
pub fn sizes() -> Vec<usize> {
    match std::env::var("MOLNKOLL_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .map(|n| n.trim().parse().expect("MOLNKOLL_BENCH_SIZES: numbers"))
            .collect(),
        Err(_) => vec![100, 1_000, 10_000],
    }
}

/// Questions per section in the synthetic questionnaires (the embedded one has about ten).
pub const PER_SECTION: usize = 10;

/// The language every benchmark renders in.
pub const LANG: Lang = Lang::Sv;

/// A synthetic questionnaire of `n` questions (a multiple of ten), in memory, with its texts
/// in Swedish and English. Every block of ten questions holds each kind of question; three
/// in ten have a `show_if` naming earlier questions (near and far); there is one finding per
/// four questions (`AtLeast`, `All`, `Any`, `Not`, `LevelAtLeast/AtMost`, `Answered`) and one
/// contradiction per fifty. It validates without a single problem.
pub fn synthetic(n: usize) -> QuestionnaireSource {
    assert!(
        n >= 10 && n.is_multiple_of(10),
        "n must be a multiple of ten"
    );
    let mut ron = String::with_capacity(n * 120);
    ron.push_str("// A synthetic questionnaire for the benchmarks.\n");
    ron.push_str("Questionnaire(\n    id: \"synthetic\",\n    version: 1,\n");
    ron.push_str("    content_as_of: \"2026-11-23\",\n    sections: [\n");
    for s in 0..n / PER_SECTION {
        let _ = writeln!(ron, "        Section(id: \"s{}\", questions: [", s + 1);
        for i in s * PER_SECTION..(s + 1) * PER_SECTION {
            let _ = writeln!(
                ron,
                "            Question(id: \"q{i}\", {}),",
                question_body(i)
            );
        }
        ron.push_str("        ]),\n");
    }
    ron.push_str("    ],\n    findings: [\n");
    for k in 0..n / 4 {
        let _ = writeln!(ron, "        {},", finding(k, n));
    }
    ron.push_str("    ],\n    contradictions: [\n");
    for c in 0..n / 50 {
        let b = block(c * 5, n);
        let _ = writeln!(
            ron,
            "        Contradiction(id: \"c{c}\", when: All([Is(\"q{b}\", Yes), Is(\"q{}\", No)])),",
            b + 1
        );
    }
    ron.push_str("    ],\n)\n");
    let texts = Lang::ALL
        .iter()
        .map(|&lang| {
            let source = FtlSource {
                path: PathBuf::from(format!("synthetic.{}.ftl", lang.code())),
                text: synthetic_ftl(n, lang).into(),
            };
            (lang, vec![source])
        })
        .collect::<BTreeMap<_, _>>();
    QuestionnaireSource {
        ron: SourceText {
            path: PathBuf::from("synthetic.ron"),
            text: ron,
        },
        texts,
    }
}

/// The first question of the block of ten that the `k`th finding (or contradiction) names;
/// findings spread over the whole questionnaire.
fn block(k: usize, n: usize) -> usize {
    (k * 7919 % (n / PER_SECTION)) * PER_SECTION
}

fn question_body(i: usize) -> String {
    let kind = match i % 10 {
        0 | 1 | 5 | 7 => "YesNo".to_owned(),
        2 => "Choice([\"alpha\", \"beta\", \"gamma\"])".to_owned(),
        3 => "Multi(options: [\"alpha\", \"beta\", \"gamma\", \"none\"], exclusive: [\"none\"])"
            .to_owned(),
        4 => "Level(0, 4)".to_owned(),
        6 => "Text(max_chars: 200)".to_owned(),
        8 => "Number(min: Some(0), max: Some(100000)), required: false".to_owned(),
        _ => "Date, required: false".to_owned(),
    };
    let b = i - i % 10;
    let show_if = match i % 10 {
        // Near: earlier questions of the same block.
        5 => Some(format!(
            "Any([Is(\"q{b}\", Yes), Is(\"q{}\", Choice(\"alpha\")), LevelAtLeast(\"q{}\", 2)])",
            b + 2,
            b + 4
        )),
        7 => Some(format!("Not(Is(\"q{b}\", No))")),
        // Far: a question about half-way back in the file.
        9 if i >= 20 => Some(format!("Answered(\"q{}\")", (i / 2) - (i / 2) % 10)),
        _ => None,
    };
    match show_if {
        Some(condition) => format!("kind: {kind}, show_if: Some({condition})"),
        None => format!("kind: {kind}"),
    }
}

fn finding(k: usize, n: usize) -> String {
    let b = block(k, n);
    let (severity, when) = match k % 4 {
        0 => (
            "High",
            format!(
                "AtLeast(2, [Is(\"q{b}\", Yes), Is(\"q{}\", Yes), Is(\"q{}\", Yes), Is(\"q{}\", Yes)])",
                b + 1,
                b + 5,
                b + 7
            ),
        ),
        1 => (
            "Warning",
            format!(
                "All([Is(\"q{}\", Choice(\"beta\")), Not(Is(\"q{}\", Choice(\"none\"))), LevelAtLeast(\"q{}\", 3)])",
                b + 2,
                b + 3,
                b + 4
            ),
        ),
        2 => (
            "Info",
            format!(
                "Any([Is(\"q{}\", No), Is(\"q{}\", Choice(\"alpha\")), Answered(\"q{}\"), LevelAtMost(\"q{}\", 10)])",
                b + 1,
                b + 3,
                b + 9,
                b + 8
            ),
        ),
        _ => (
            "Warning",
            format!(
                "All([Answered(\"q{}\"), Any([Is(\"q{b}\", Unknown), Not(Is(\"q{}\", Yes))])])",
                b + 6,
                b + 7
            ),
        ),
    };
    format!("Finding(id: \"f{k}\", severity: {severity}, when: {when})")
}

/// Fluent texts of the synthetic questionnaire, of about the length of the real ones.
fn synthetic_ftl(n: usize, lang: Lang) -> String {
    let sv = lang == Lang::Sv;
    let mut ftl = String::with_capacity(n * 400);
    let shared: [(&str, &str, &str); 4] = [
        (
            "alpha",
            "Alfa, det första alternativet",
            "Alpha, the first option",
        ),
        (
            "beta",
            "Beta, det andra alternativet",
            "Beta, the second option",
        ),
        (
            "gamma",
            "Gamma, det tredje alternativet",
            "Gamma, the third option",
        ),
        ("none", "Inget av dem", "None of them"),
    ];
    for (id, s, e) in shared {
        let _ = writeln!(ftl, "option-{id} = {}", if sv { s } else { e });
    }
    for level in 0..=4 {
        let _ = writeln!(
            ftl,
            "level-{level} = {level} – {}",
            if sv {
                "konsekvensnivå"
            } else {
                "consequence level"
            }
        );
    }
    for s in 0..n / PER_SECTION {
        let _ = writeln!(
            ftl,
            "section-s{} = {} {}",
            s + 1,
            if sv { "Avsnitt" } else { "Section" },
            s + 1
        );
    }
    for i in 0..n {
        if sv {
            let _ = writeln!(
                ftl,
                "q{i} = Fråga {i}: hanterar leverantören personuppgifterna enligt avtalet och \
                 den dokumentation nämnden har tagit del av?\n    \
                 .help = Hjälptext till fråga {i}. Gå igenom avtalet, personuppgiftsbiträdesavtalet \
                 och leverantörens underlag tillsammans. Anteckna vad ni inte vet ännu och vem som \
                 tar reda på det till nästa möte.\n    \
                 .ref = GDPR art. 28 · OSL 10 kap. 2 a § · Källa {}",
                i % 97
            );
        } else {
            let _ = writeln!(
                ftl,
                "q{i} = Question {i}: does the supplier handle the personal data as the contract \
                 and the documentation the committee has seen say?\n    \
                 .help = Help for question {i}. Go through the contract, the data processing \
                 agreement and the supplier's documents together. Note what you do not know yet \
                 and who finds out before the next meeting.\n    \
                 .ref = GDPR art. 28 · OSL 10 kap. 2 a § · Source {}",
                i % 97
            );
        }
    }
    for k in 0..n / 4 {
        if sv {
            let _ = writeln!(
                ftl,
                "finding-f{k} = Fynd {k}: svaren pekar på en risk som behöver hanteras\n    \
                 .action = Åtgärd {k}: utred risken, dokumentera beslutet och följ upp det vid \
                 nästa granskning."
            );
        } else {
            let _ = writeln!(
                ftl,
                "finding-f{k} = Finding {k}: the answers point to a risk to handle\n    \
                 .action = Action {k}: look into the risk, document the decision and follow it \
                 up at the next review."
            );
        }
    }
    for c in 0..n / 50 {
        let _ = writeln!(
            ftl,
            "contradiction-c{c} = {} {c}",
            if sv { "Motsägelse" } else { "Contradiction" }
        );
    }
    ftl
}

/// Parses a source and checks it validates cleanly, so that the benchmarks measure the
/// path a good questionnaire takes.
pub fn load(source: &QuestionnaireSource) -> Questionnaire {
    let questionnaire = source.parse().expect("the questionnaire parses");
    let problems = validate(&questionnaire, source);
    assert!(problems.is_empty(), "validation problems: {problems:?}");
    questionnaire
}

pub fn localizer(source: &QuestionnaireSource) -> Localizer {
    let (localizer, errors) = Localizer::new(LANG, source.texts(LANG));
    assert!(errors.is_empty(), "{errors:?}");
    localizer
}

/// Every question answered (hidden ones too: answers to them are kept), as a group would:
/// mostly yes, some "unknown yet", notes on every third answer, some marked "ask the
/// supplier" or "follow up", and an owner and due date for every second finding. Many
/// findings fire, which makes the report and the findings panel as large as they get.
pub fn full_assessment(questionnaire: &Questionnaire) -> Assessment {
    let mut assessment = Assessment::new(questionnaire, "Molntjänst X, årlig granskning");
    let questions: Vec<_> = questionnaire.questions().cloned().collect();
    for (i, question) in questions.iter().enumerate() {
        let value = match &question.kind {
            _ if i % 13 == 12 => Value::Unknown,
            Kind::YesNo => Value::Yes,
            Kind::Choice(options) => Value::Choice(options[1 % options.len()].clone()),
            Kind::Multi { options, exclusive } => Value::Multi(
                options
                    .iter()
                    .filter(|o| !exclusive.contains(o))
                    .take(2)
                    .cloned()
                    .collect(),
            ),
            Kind::Level(min, max) => Value::Level((*max).saturating_sub(1).max(*min)),
            Kind::Text { max_chars } => Value::Text(
                "Leverantören AB, avtal 2026-114"
                    .chars()
                    .take(*max_chars)
                    .collect(),
            ),
            Kind::Number { min, max } => {
                Value::Number(1200_i64.clamp(min.unwrap_or(i64::MIN), max.unwrap_or(i64::MAX)))
            }
            Kind::Date => Value::Date("2027-03-31".to_owned()),
            // A group's own answer is its note and state; its items are added elsewhere.
            Kind::Group(_) => continue,
        };
        assessment.answer_question(question, Some(value));
        if i % 3 == 0 {
            assessment.set_note(
                &question.id,
                "Gruppen diskuterade frågan; leverantören ska bekräfta skriftligt.\n\
                 Se protokoll 2026-11-30, punkt 4.",
            );
        }
        if i % 7 == 3 {
            assessment.set_state(&question.id, AnswerState::AskSupplier);
        } else if i % 11 == 5 {
            assessment.set_state(&question.id, AnswerState::FollowUp);
        }
    }
    for finding in questionnaire.findings.iter().step_by(2) {
        assessment.actions.insert(
            finding.id.clone(),
            Action {
                owner: "IT-chefen".to_owned(),
                due: "2027-01-31".to_owned(),
            },
        );
    }
    assessment
}

/// A YesNo question about half-way through: where the keypress benchmarks stand.
pub fn middle_yes_no(questionnaire: &Questionnaire) -> String {
    let questions: Vec<_> = questionnaire.questions().collect();
    questions[questions.len() / 2..]
        .iter()
        .chain(questions.iter())
        .find(|q| q.kind == Kind::YesNo && q.show_if.is_none())
        .map(|q| q.id.clone())
        .expect("a yes/no question")
}

/// The app as the binary builds it, with a saver that does nothing (or the one given).
pub fn app_with_saver(
    questionnaire: Questionnaire,
    assessment: Assessment,
    localizer: Localizer,
    saver: molnkoll::tui::Saver,
) -> App {
    let interview = Interview::new(questionnaire, assessment);
    App::new(interview, localizer, Theme::DARK, saver)
}

pub fn app(questionnaire: Questionnaire, assessment: Assessment, localizer: Localizer) -> App {
    app_with_saver(
        questionnaire,
        assessment,
        localizer,
        Box::new(|_: &Assessment| Ok(())),
    )
}

/// An app standing on `question_id`.
pub fn app_at(
    questionnaire: Questionnaire,
    assessment: Assessment,
    localizer: Localizer,
    question_id: &str,
    saver: molnkoll::tui::Saver,
) -> App {
    let mut app = app_with_saver(questionnaire, assessment, localizer, saver);
    app.dispatch(Message::GoTo(question_id.to_owned()));
    assert_eq!(
        app.interview.current_question().map(|q| q.id.as_str()),
        Some(question_id),
        "the app stands on the question"
    );
    app
}

pub fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(width, height)).expect("test backend")
}

/// Draws the app (update of the buffer, the view, and the diff against the last frame).
pub fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| view::render(app, frame))
        .expect("drawing never fails on a test backend");
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// A temporary folder for saves: under `MOLNKOLL_BENCH_DIR` when set (to measure a given
/// disk), else the system's temporary folder.
pub fn temp_dir() -> tempfile::TempDir {
    match std::env::var_os("MOLNKOLL_BENCH_DIR") {
        Some(dir) => tempfile::tempdir_in(dir).expect("a temporary folder"),
        None => tempfile::tempdir().expect("a temporary folder"),
    }
}
