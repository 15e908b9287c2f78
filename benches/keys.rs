//! Every keypress to a drawn frame at 200x60, in every mode, where the questionnaire is
//! large: 10,000 questions (the synthetic questionnaire) and a repeat group of 1,000 items.
//! Also a 50,000-character paste into a note, and typing at the end of a long note (of
//! paragraphs, and of one paragraph).
//!
//! `cargo bench --bench keys`; `MOLNKOLL_BENCH_SIZES=1000,10000` and
//! `MOLNKOLL_BENCH_ITEMS=100,1000` for other sizes (defaults 10,000 and 1,000).

mod common;

use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use molnkoll::assessment::Assessment;
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Message};
use molnkoll::items::member_key;
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};
use molnkoll::tui::{App, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::{app_at, draw, full_assessment, key, load, localizer, middle_yes_no, synthetic};

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn sizes(var: &str, default: usize) -> Vec<usize> {
    match std::env::var(var) {
        Ok(list) => list
            .split(',')
            .map(|n| n.trim().parse().expect("a list of numbers"))
            .collect(),
        Err(_) => vec![default],
    }
}

/// The modes, each as the keys that open it (untimed) and two keys pressed in turn.
fn modes() -> Vec<(&'static str, Vec<KeyEvent>, [KeyEvent; 2])> {
    let down_up = [key(KeyCode::Down), key(KeyCode::Up)];
    vec![
        (
            "answer",
            vec![],
            [key(KeyCode::Char('n')), key(KeyCode::Char('y'))],
        ),
        ("move", vec![], [key(KeyCode::Right), key(KeyCode::Left)]),
        ("overview", vec![key(KeyCode::Tab)], down_up),
        ("findings", vec![key(KeyCode::Char('f'))], down_up),
        (
            "jump",
            vec![key(KeyCode::Char('/')), key(KeyCode::Char('f'))],
            [key(KeyCode::Char('r')), key(KeyCode::Backspace)],
        ),
        // One answer to take back and give again.
        (
            "undo-redo",
            vec![key(KeyCode::Char('n'))],
            [ctrl('z'), ctrl('y')],
        ),
    ]
}

/// Presses the two keys in turn, one per iteration, each followed by its frame; the save
/// the key asks for runs untimed after the frame, as in the event loop.
fn press(c: &mut Criterion, group: &str, size: usize, make: &dyn Fn() -> App) {
    let mut group = c.benchmark_group(format!("keys/{group}"));
    group.sample_size(20);
    for (mode, opening, keys) in modes() {
        let mut app = make();
        for key in &opening {
            app.handle_key(*key);
        }
        app.run_effects();
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
        draw(&mut terminal, &app);
        // As the event loop does after its first frame, before it reads a key.
        app.interview.prepare_for_changes();
        let mut turn = 0;
        group.bench_with_input(BenchmarkId::new(mode, size), &size, |b, _| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let start = Instant::now();
                    app.handle_key(keys[turn % 2]);
                    draw(&mut terminal, &app);
                    total += start.elapsed();
                    turn += 1;
                    if app.run_effects() {
                        draw(&mut terminal, &app);
                    }
                }
                total
            })
        });
    }
    group.finish();
}

/// Makes a fresh app on the yes/no question half-way through, saving nowhere.
fn at_middle_yes_no<'a>(
    source: &'a QuestionnaireSource,
    questionnaire: &'a Questionnaire,
    assessment: &'a Assessment,
) -> impl Fn() -> App + 'a {
    let at = middle_yes_no(questionnaire);
    move || {
        app_at(
            questionnaire.clone(),
            assessment.clone(),
            localizer(source),
            &at,
            Box::new(|_: &Assessment| Ok(())),
        )
    }
}

fn questions(c: &mut Criterion) {
    for n in sizes("MOLNKOLL_BENCH_SIZES", 10_000) {
        let source = synthetic(n);
        let questionnaire = load(&source);
        let assessment = full_assessment(&questionnaire);
        let make = at_middle_yes_no(&source, &questionnaire, &assessment);
        press(c, "questions", n, &make);
    }
}

fn items(c: &mut Criterion) {
    let source = common::groups::source();
    let questionnaire = source.parse().expect("the bench questionnaire parses");
    for n in sizes("MOLNKOLL_BENCH_ITEMS", 1_000) {
        let assessment = common::groups::assessment(&questionnaire, n);
        let last = assessment
            .items("sets")
            .last()
            .map(|item| item.id.to_owned())
            .expect("items");
        let make = || {
            let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
            let interview = Interview::new(questionnaire.clone(), assessment.clone());
            let mut app = App::new(
                interview,
                localizer,
                Theme::DARK,
                Box::new(|_: &Assessment| Ok(())),
            );
            app.dispatch(Message::GoTo(member_key("sets", &last, "personal")));
            app
        };
        press(c, "items", n, &make);
    }
}

/// A long note as a group writes one: sentences, dates and reference numbers, a line break
/// now and then.
fn note_text(chars: usize) -> String {
    let sentence = "Leverantören bekräftar lagring i Sverige, avtal 2026-114, dnr 2026/0815. ";
    let mut text = String::new();
    let mut sentences = 0;
    while text.chars().count() < chars {
        text.push_str(sentence);
        sentences += 1;
        if sentences % 6 == 0 {
            text.push('\n');
        }
    }
    text.chars().take(chars).collect()
}

fn texts(c: &mut Criterion) {
    let source = QuestionnaireSource::embedded();
    let questionnaire = load(&source);
    let assessment = Assessment::new(&questionnaire, "Molntjänst X");
    let make = at_middle_yes_no(&source, &questionnaire, &assessment);
    let mut group = c.benchmark_group("keys/text");
    group.sample_size(10);
    // The paste goes into the question's note (the file keeps at most 10,000 characters of
    // it); the note is then closed and taken back, untimed, for the next paste.
    let paste = note_text(50_000);
    let mut app = make();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    draw(&mut terminal, &app);
    group.bench_function("paste-50000-into-note", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let start = Instant::now();
                app.paste(&paste);
                draw(&mut terminal, &app);
                total += start.elapsed();
                app.handle_key(key(KeyCode::Esc));
                app.run_effects();
                app.handle_key(ctrl('z'));
                app.run_effects();
                draw(&mut terminal, &app);
            }
            total
        })
    });
    // A key typed at the end of a note of 9,990 characters, and taken back: a note of
    // paragraphs, and one paragraph alone (the editor wraps per line of text).
    let note = note_text(9_990);
    for (name, text) in [
        ("type-at-end-of-9990-char-note", note.clone()),
        (
            "type-at-end-of-9990-char-paragraph",
            note.replace('\n', " "),
        ),
    ] {
        let mut app = make();
        app.paste(&text);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
        draw(&mut terminal, &app);
        let keys = [key(KeyCode::Char('a')), key(KeyCode::Backspace)];
        let mut turn = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                app.handle_key(keys[turn % 2]);
                turn += 1;
                draw(&mut terminal, &app);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, questions, items, texts);
criterion_main!(benches);
