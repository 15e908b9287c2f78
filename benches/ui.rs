//! The interview on the embedded questionnaire, drawn into ratatui's TestBackend: the first
//! frame, and one keypress to a drawn frame (key -> keys::action -> dispatch -> update ->
//! view -> diff against the last frame).
//!
//! `cargo bench --bench ui`; see BENCHMARKS.md.

mod common;

use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use molnkoll::assessment::Assessment;
use molnkoll::i18n::Localizer;
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::store;
use ratatui::crossterm::event::KeyCode;

use common::{
    LANG, app, app_at, draw, full_assessment, key, load, localizer, middle_yes_no, temp_dir,
    terminal,
};

fn first_frame(c: &mut Criterion) {
    let source = QuestionnaireSource::embedded();
    let questionnaire = load(&source);
    let fresh = Assessment::new(&questionnaire, "Molntjänst X");
    let full = full_assessment(&questionnaire);
    let mut group = c.benchmark_group("first_frame");
    for (name, assessment) in [("new", &fresh), ("full", &full)] {
        // The model (Interview::new: visibility, findings, where to start) and the view,
        // from a parsed questionnaire and a built localizer.
        group.bench_function(format!("200x60/{name}/model+view"), |b| {
            b.iter_batched(
                || {
                    (
                        questionnaire.clone(),
                        assessment.clone(),
                        localizer(&source),
                    )
                },
                |(questionnaire, assessment, localizer)| {
                    let app = app(questionnaire, assessment, localizer);
                    let mut terminal = terminal(200, 60);
                    draw(&mut terminal, &app);
                    (app, terminal)
                },
                BatchSize::SmallInput,
            );
        });
    }
    // All the start-up work but the terminal's: the embedded questionnaire parsed, the
    // localizer built (its messages parsed as the frame shows them), the assessment file's
    // text parsed, the model built, one frame. One thread: the binary parses the
    // questionnaire on a second one.
    let fresh_text = store::to_ron(&fresh);
    group.bench_function("200x60/new/from_source", |b| {
        b.iter(|| {
            let source = QuestionnaireSource::embedded();
            let questionnaire = source.parse().expect("parses");
            let localizer = Localizer::lazy(LANG, source.texts(LANG));
            let assessment =
                store::parse(Path::new("x.molnkoll.ron"), fresh_text.clone()).expect("parses");
            let app = app(questionnaire, assessment, localizer);
            let mut terminal = terminal(200, 60);
            draw(&mut terminal, &app);
            (app, terminal)
        });
    });
    group.finish();
}

/// Presses `keys` in turn, one per iteration, drawing after each.
fn press_in_turn(
    b: &mut criterion::Bencher,
    app: &mut molnkoll::tui::App,
    size: (u16, u16),
    keys: &[KeyCode],
) {
    let mut terminal = terminal(size.0, size.1);
    draw(&mut terminal, app);
    let mut turn = 0;
    // As the event loop does: the key, the frame (timed), then the save it asked for and the
    // frame that shows it saved (not timed: the answer is already on screen).
    b.iter_custom(|iterations| {
        let mut to_frame = std::time::Duration::ZERO;
        for _ in 0..iterations {
            let start = std::time::Instant::now();
            app.handle_key(key(keys[turn % keys.len()]));
            draw(&mut terminal, app);
            to_frame += start.elapsed();
            turn += 1;
            if app.run_effects() {
                draw(&mut terminal, app);
            }
        }
        to_frame
    });
}

fn keypress(c: &mut Criterion) {
    let source = QuestionnaireSource::embedded();
    let questionnaire = load(&source);
    let full = full_assessment(&questionnaire);
    let at = middle_yes_no(&questionnaire);
    let new_app = |saver: molnkoll::tui::Saver| {
        app_at(
            questionnaire.clone(),
            full.clone(),
            localizer(&source),
            &at,
            saver,
        )
    };
    let no_save = || -> molnkoll::tui::Saver { Box::new(|_: &Assessment| Ok(())) };
    let yes_no = [KeyCode::Char('n'), KeyCode::Char('y')];
    let mut group = c.benchmark_group("keypress");
    // Answering: the model re-runs visibility and findings, asks for a save (here one that
    // does nothing, to see the interview's own cost), and the frame is drawn.
    for size in [(80, 24), (200, 60)] {
        group.bench_function(format!("{}x{}/yes-no", size.0, size.1), |b| {
            let mut app = new_app(no_save());
            press_in_turn(b, &mut app, size, &yes_no);
        });
    }
    // The same with the real saver, as the binary wires it: the save runs in the keypress.
    let dir = temp_dir();
    let path = dir.path().join("bench.molnkoll.ron");
    group.bench_function("200x60/yes-no+store::save (fsync)", |b| {
        let path = path.clone();
        let mut app = new_app(Box::new(move |a: &Assessment| store::save(&path, a)));
        press_in_turn(b, &mut app, (200, 60), &yes_no);
    });
    group.bench_function("200x60/next-previous", |b| {
        let mut app = new_app(no_save());
        press_in_turn(b, &mut app, (200, 60), &[KeyCode::Right, KeyCode::Left]);
    });
    group.bench_function("200x60/overview-down-up", |b| {
        let mut app = new_app(no_save());
        app.handle_key(key(KeyCode::Tab));
        press_in_turn(b, &mut app, (200, 60), &[KeyCode::Down, KeyCode::Up]);
    });
    group.bench_function("200x60/findings-down-up", |b| {
        let mut app = new_app(no_save());
        app.handle_key(key(KeyCode::Char('f')));
        press_in_turn(b, &mut app, (200, 60), &[KeyCode::Down, KeyCode::Up]);
    });
    group.finish();
}

/// A 50,000-character paste (a vendor's answer, several paragraphs) into the open note, to
/// the frame that shows it, and the note saved when the editor closes. The bar is 100 ms.
fn paste(c: &mut Criterion) {
    let source = QuestionnaireSource::embedded();
    let questionnaire = load(&source);
    let full = full_assessment(&questionnaire);
    let at = middle_yes_no(&questionnaire);
    let paragraph = "Leverantören lagrar data i Sverige och Finland; support ges från Irland \
                     och i undantagsfall från USA enligt underbiträdesavtal.\n";
    let text: String = paragraph.chars().cycle().take(50_000).collect();
    let mut group = c.benchmark_group("paste");
    group.sample_size(10);
    for size in [(80, 24), (200, 60)] {
        group.bench_function(format!("{}x{}/50k-into-note", size.0, size.1), |b| {
            b.iter_batched(
                || {
                    let mut app = app_at(
                        questionnaire.clone(),
                        full.clone(),
                        localizer(&source),
                        &at,
                        Box::new(|_: &Assessment| Ok(())),
                    );
                    app.handle_key(key(KeyCode::Char('e')));
                    let mut terminal = terminal(size.0, size.1);
                    draw(&mut terminal, &app);
                    (app, terminal)
                },
                |(mut app, mut terminal)| {
                    app.paste(&text);
                    draw(&mut terminal, &app);
                    app.handle_key(key(KeyCode::Esc));
                    app.run_effects();
                    draw(&mut terminal, &app);
                    (app, terminal)
                },
                BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, first_frame, keypress, paste);
criterion_main!(benches);
