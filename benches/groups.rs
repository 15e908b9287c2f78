//! A repeat group with 100, 1,000 and 10,000 items, every item answered: evaluating the
//! rules (visibility, group quantifiers, the derived maximum), loading the file, and the
//! report. Throughput is in items per second: a step that grows linearly keeps it constant.
//!
//! `cargo bench --bench groups`; `MOLNKOLL_BENCH_ITEMS=100,1000` for other sizes.

mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use molnkoll::assessment::Assessment;
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Message};
use molnkoll::items::member_key;
use molnkoll::report::{self, Context};
use molnkoll::rules::{ActiveAnswers, fired_findings};
use molnkoll::store;
use molnkoll::tui::{App, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use common::groups::{assessment, sizes, source};

fn groups(c: &mut Criterion) {
    let source = source();
    let mut questionnaire = source.parse().expect("the bench questionnaire parses");
    questionnaire.reindex();
    let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<(usize, Assessment, PathBuf)> = sizes()
        .into_iter()
        .map(|n| {
            let assessment = assessment(&questionnaire, n);
            let path = dir.path().join(format!("{n}.molnkoll.ron"));
            store::save(&path, &assessment).expect("saves");
            eprintln!(
                "{n} items: file {} kB",
                store::to_ron(&assessment).len() / 1024
            );
            (n, assessment, path)
        })
        .collect();

    let mut bench = |name: &str, f: &mut dyn FnMut(&Assessment, &Path)| {
        let mut group = c.benchmark_group(format!("groups/{name}"));
        group.sample_size(10);
        for (n, assessment, path) in &cases {
            group.throughput(Throughput::Elements(*n as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), n, |b, _| {
                b.iter(|| f(assessment, path))
            });
        }
        group.finish();
    };
    bench("rules", &mut |assessment, _| {
        let answers: &BTreeMap<_, _> = &assessment.answers;
        let active = ActiveAnswers::new(&questionnaire, answers);
        black_box(active.asked().len());
        black_box(fired_findings(&questionnaire, answers).len());
    });
    bench("load", &mut |_, path| {
        black_box(store::load(path).expect("loads"));
    });
    bench("save-text", &mut |assessment, _| {
        black_box(store::to_ron(assessment).len());
    });
    bench("export", &mut |assessment, _| {
        let context = Context::default();
        black_box(report::markdown(&questionnaire, assessment, &localizer, &context).len());
    });
}

/// A keypress in the interview on the list's last item, answered, and the frame drawn at
/// 200x60: the work between a key and what the room sees.
fn keypress(c: &mut Criterion) {
    let source = source();
    let questionnaire = source.parse().expect("the bench questionnaire parses");
    let mut group = c.benchmark_group("groups/keypress");
    group.sample_size(20);
    for n in sizes() {
        let assessment = assessment(&questionnaire, n);
        let last = assessment
            .items("sets")
            .last()
            .map(|item| item.id.to_owned())
            .expect("items");
        let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
        let interview = Interview::new(questionnaire.clone(), assessment);
        let mut app = App::new(
            interview,
            localizer,
            Theme::DARK,
            Box::new(|_: &Assessment| Ok(())),
        );
        app.dispatch(Message::GoTo(member_key("sets", &last, "personal")));
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
        let mut yes = false;
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("answer", n), &n, |b, _| {
            b.iter(|| {
                yes = !yes;
                app.dispatch(if yes { Message::Yes } else { Message::No });
                app.run_effects();
                terminal
                    .draw(|frame| view::render(&app, frame))
                    .expect("draws");
            })
        });
        group.bench_with_input(BenchmarkId::new("move", n), &n, |b, _| {
            b.iter(|| {
                app.dispatch(Message::Next);
                app.dispatch(Message::Previous);
                terminal
                    .draw(|frame| view::render(&app, frame))
                    .expect("draws");
            })
        });
    }
    group.finish();
}

criterion_group!(benches, groups, keypress);
criterion_main!(benches);
