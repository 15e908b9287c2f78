//! The same steps on synthetic questionnaires of 100, 1,000 and 10,000 questions (see
//! `common::synthetic`), each with a fully answered assessment. Throughput is reported in
//! questions per second: a step that grows linearly keeps it constant across sizes.
//!
//! `cargo bench --bench scale`; `MOLNKOLL_BENCH_SIZES=100,1000,3000` for other sizes.

mod common;

use std::hint::black_box;
use std::io::Write;
use std::path::Path;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use molnkoll::assessment::Assessment;
use molnkoll::i18n::Localizer;
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource, validate};
use molnkoll::report::{self, Context};
use molnkoll::rules::fired_findings;
use molnkoll::store;
use molnkoll::tui::view;
use ratatui::crossterm::event::KeyCode;

use common::{
    LANG, app, app_at, draw, full_assessment, key, load, localizer, middle_yes_no, sizes,
    synthetic, temp_dir, terminal,
};

struct Case {
    n: usize,
    source: QuestionnaireSource,
    questionnaire: Questionnaire,
    assessment: Assessment,
}

fn cases() -> Vec<Case> {
    sizes()
        .into_iter()
        .map(|n| {
            let source = synthetic(n);
            let questionnaire = load(&source);
            let assessment = full_assessment(&questionnaire);
            let fired = fired_findings(&questionnaire, &assessment.answers).len();
            eprintln!(
                "synthetic {n}: {} sections, {} findings ({fired} fire), RON {} kB, \
                 FTL {} kB per language, assessment {} kB",
                questionnaire.sections.len(),
                questionnaire.findings.len(),
                source.ron.text.len() / 1024,
                source.texts(LANG)[0].text.len() / 1024,
                store::to_ron(&assessment).len() / 1024,
            );
            Case {
                n,
                source,
                questionnaire,
                assessment,
            }
        })
        .collect()
}

/// Runs `bench` for every size in a group of its own, in questions per second.
fn group<F>(c: &mut Criterion, cases: &[Case], name: &str, mut bench: F)
where
    F: FnMut(&mut criterion::Bencher, &Case),
{
    let mut group = c.benchmark_group(format!("scale/{name}"));
    group.sample_size(10);
    for case in cases {
        group.throughput(Throughput::Elements(case.n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(case.n), case, |b, case| {
            bench(b, case)
        });
    }
    group.finish();
}

fn scale(c: &mut Criterion) {
    let cases = cases();
    group(c, &cases, "parse", |b, case| {
        b.iter(|| case.source.parse().expect("parses"));
    });
    group(c, &cases, "validate", |b, case| {
        b.iter(|| validate(black_box(&case.questionnaire), &case.source));
    });
    group(c, &cases, "localizer", |b, case| {
        b.iter(|| Localizer::lazy(LANG, case.source.texts(LANG)));
    });
    group(c, &cases, "assessment-parse", |b, case| {
        let text = store::to_ron(&case.assessment);
        b.iter(|| store::parse(Path::new("x.molnkoll.ron"), text.clone()).expect("parses"));
    });
    group(c, &cases, "first-frame-200x60", |b, case| {
        b.iter_batched(
            || {
                (
                    case.questionnaire.clone(),
                    case.assessment.clone(),
                    localizer(&case.source),
                )
            },
            |(questionnaire, assessment, localizer)| {
                let app = app(questionnaire, assessment, localizer);
                let mut terminal = terminal(200, 60);
                draw(&mut terminal, &app);
                (app, terminal)
            },
            BatchSize::LargeInput,
        );
    });
    let keypress = |opening: Option<KeyCode>, keys: [KeyCode; 2]| {
        move |b: &mut criterion::Bencher, case: &Case| {
            let at = middle_yes_no(&case.questionnaire);
            let mut app = app_at(
                case.questionnaire.clone(),
                case.assessment.clone(),
                localizer(&case.source),
                &at,
                Box::new(|_: &Assessment| Ok(())),
            );
            if let Some(opening) = opening {
                app.handle_key(key(opening));
            }
            let mut terminal = terminal(200, 60);
            draw(&mut terminal, &app);
            let mut turn = 0;
            b.iter(|| {
                app.handle_key(key(keys[turn % 2]));
                turn += 1;
                draw(&mut terminal, &app);
                // The no-op save the key asked for, so that effects do not pile up.
                app.run_effects();
            });
        }
    };
    let yes_no = [KeyCode::Char('n'), KeyCode::Char('y')];
    let down_up = [KeyCode::Down, KeyCode::Up];
    group(c, &cases, "keypress-200x60-yes-no", keypress(None, yes_no));
    group(
        c,
        &cases,
        "keypress-200x60-next-previous",
        keypress(None, [KeyCode::Right, KeyCode::Left]),
    );
    group(
        c,
        &cases,
        "keypress-200x60-overview",
        keypress(Some(KeyCode::Tab), down_up),
    );
    // The narrow screen has no findings panel: the difference is the panel's cost.
    group(c, &cases, "keypress-80x24-next-previous", |b, case| {
        let at = middle_yes_no(&case.questionnaire);
        let mut app = app_at(
            case.questionnaire.clone(),
            case.assessment.clone(),
            localizer(&case.source),
            &at,
            Box::new(|_: &Assessment| Ok(())),
        );
        let mut terminal = terminal(80, 24);
        draw(&mut terminal, &app);
        let mut turn = 0;
        b.iter(|| {
            let key_code = [KeyCode::Right, KeyCode::Left][turn % 2];
            app.handle_key(key(key_code));
            turn += 1;
            draw(&mut terminal, &app);
            app.run_effects();
        });
    });
    model_parts(c, &cases);
    group(c, &cases, "to_ron", |b, case| {
        b.iter(|| store::to_ron(black_box(&case.assessment)));
    });
    let dir = temp_dir();
    group(c, &cases, "save-no-fsync", |b, case| {
        let path = dir.path().join(format!("s{}.molnkoll.ron", case.n));
        b.iter(|| {
            let mut temp = tempfile::Builder::new()
                .prefix(".molnkoll-")
                .suffix(".tmp")
                .tempfile_in(dir.path())
                .expect("a temporary file");
            temp.write_all(store::to_ron(&case.assessment).as_bytes())
                .expect("written");
            temp.persist(&path).expect("renamed");
        });
    });
    let context = Context {
        date: "2026-12-01".to_owned(),
        commit: None,
    };
    group(c, &cases, "export", |b, case| {
        let localizer = localizer(&case.source);
        b.iter(|| report::markdown(&case.questionnaire, &case.assessment, &localizer, &context));
    });
    group(c, &cases, "findings", |b, case| {
        b.iter(|| fired_findings(&case.questionnaire, black_box(&case.assessment.answers)));
    });
}

/// The parts of the model a frame or a keypress calls, one by one, to find which of them
/// grows faster than the questionnaire.
fn model_parts(c: &mut Criterion, cases: &[Case]) {
    let interviews: Vec<(Interview, Localizer, String)> = cases
        .iter()
        .map(|case| {
            let mut interview = Interview::new(case.questionnaire.clone(), case.assessment.clone());
            let at = middle_yes_no(&case.questionnaire);
            interview.update(Message::GoTo(at.clone()));
            (interview, localizer(&case.source), at)
        })
        .collect();
    let at = |case: &Case| {
        let index = cases.iter().position(|c| c.n == case.n).expect("a case");
        &interviews[index]
    };
    group(c, cases, "model-progress", |b, case| {
        let (interview, _, _) = at(case);
        b.iter(|| interview.progress());
    });
    group(c, cases, "model-position_in_section", |b, case| {
        let (interview, _, _) = at(case);
        b.iter(|| interview.position_in_section());
    });
    // What the overview does: the progress of every section.
    group(
        c,
        cases,
        "model-section_progress-all-sections",
        |b, case| {
            let (interview, _, _) = at(case);
            let sections = case.questionnaire.sections.len();
            b.iter(|| {
                (0..sections)
                    .map(|s| interview.section_progress(s).0)
                    .sum::<usize>()
            });
        },
    );
    group(c, cases, "model-go_to", |b, case| {
        let (interview, _, id) = at(case);
        let mut interview =
            Interview::new(case.questionnaire.clone(), interview.assessment().clone());
        b.iter(|| interview.update(Message::GoTo(id.clone())));
    });
    group(c, cases, "model-jump_matches", |b, case| {
        let (interview, localizer, _) = at(case);
        b.iter(|| view::jump_matches(interview, localizer, "frågan finns inte"));
    });
}

criterion_group!(benches, scale);
criterion_main!(benches);
