//! The core on the embedded questionnaire: loading and validating it, the assessment file
//! (parse, serialise, save with and without fsync), the Markdown report of a full
//! assessment, and the findings.
//!
//! `cargo bench --bench core`; see BENCHMARKS.md.

mod common;

use std::hint::black_box;
use std::io::Write;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use molnkoll::assessment::Assessment;
use molnkoll::i18n::Localizer;
use molnkoll::questionnaire::{QuestionnaireSource, validate};
use molnkoll::report::{self, Context};
use molnkoll::rules::{ActiveAnswers, fired_findings};
use molnkoll::store;

use common::{LANG, full_assessment, load, localizer, temp_dir};

fn questionnaire(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.bench_function("embedded/parse", |b| {
        let source = QuestionnaireSource::embedded();
        b.iter(|| source.parse().expect("parses"));
    });
    // What start-up does instead: the JSON build.rs compiled from the RON, decoded.
    group.bench_function("embedded/compiled", |b| {
        b.iter(|| molnkoll::questionnaire::embedded().expect("decodes"));
    });
    group.bench_function("embedded/validate", |b| {
        let source = QuestionnaireSource::embedded();
        let questionnaire = load(&source);
        b.iter(|| validate(black_box(&questionnaire), &source));
    });
    // What `molnkoll validate` does: the embedded texts copied out, parsed and validated.
    group.bench_function("embedded/source+parse+validate", |b| {
        b.iter(|| {
            let source = QuestionnaireSource::embedded();
            let questionnaire = source.parse().expect("parses");
            validate(&questionnaire, &source)
        });
    });
    // What every start-up does besides parsing: one language's UI and questionnaire texts,
    // split into entries that are parsed when first shown.
    group.bench_function("embedded/localizer", |b| {
        let source = QuestionnaireSource::embedded();
        b.iter(|| Localizer::lazy(LANG, source.texts(LANG)));
    });
    // What `validate` does: the same, with every text parsed for syntax errors.
    group.bench_function("embedded/localizer+syntax-check", |b| {
        let source = QuestionnaireSource::embedded();
        b.iter(|| Localizer::new(LANG, source.texts(LANG)));
    });
    group.bench_function("assessment/parse-full", |b| {
        let questionnaire = load(&QuestionnaireSource::embedded());
        let text = store::to_ron(&full_assessment(&questionnaire));
        let path = Path::new("bench.molnkoll.ron");
        b.iter(|| store::parse(path, text.clone()).expect("parses"));
    });
    group.finish();
}

/// What `store::save` does, without its two fsyncs: a temporary file in the same folder,
/// written and renamed over the old one (through public API: `to_ron` and `tempfile`).
fn save_without_fsync(path: &Path, assessment: &Assessment) {
    let dir = path.parent().expect("a folder");
    let mut temp = tempfile::Builder::new()
        .prefix(".molnkoll-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .expect("a temporary file");
    temp.write_all(store::to_ron(assessment).as_bytes())
        .expect("written");
    temp.persist(path).expect("renamed");
}

fn save(c: &mut Criterion) {
    let questionnaire = load(&QuestionnaireSource::embedded());
    let assessment = full_assessment(&questionnaire);
    let dir = temp_dir();
    let path = dir.path().join("bench.molnkoll.ron");
    let mut group = c.benchmark_group("save");
    group.bench_function("full/to_ron", |b| {
        b.iter(|| store::to_ron(black_box(&assessment)));
    });
    group.bench_function("full/to_ron+write+rename (no fsync)", |b| {
        b.iter(|| save_without_fsync(&path, black_box(&assessment)));
    });
    group.bench_function("full/store::save (fsync)", |b| {
        b.iter(|| store::save(&path, black_box(&assessment)).expect("saved"));
    });
    group.finish();
}

fn export(c: &mut Criterion) {
    let source = QuestionnaireSource::embedded();
    let questionnaire = load(&source);
    let assessment = full_assessment(&questionnaire);
    let localizer = localizer(&source);
    let context = Context {
        date: "2026-12-01".to_owned(),
        commit: Some("0123abc".to_owned()),
    };
    let mut group = c.benchmark_group("export");
    group.bench_function("full/markdown", |b| {
        b.iter(|| report::markdown(&questionnaire, black_box(&assessment), &localizer, &context));
    });
    group.finish();
}

fn findings(c: &mut Criterion) {
    let questionnaire = load(&QuestionnaireSource::embedded());
    let assessment = full_assessment(&questionnaire);
    let fired = fired_findings(&questionnaire, &assessment.answers).len();
    eprintln!(
        "findings: {fired} of {} fire on the full assessment",
        questionnaire.findings.len()
    );
    let mut group = c.benchmark_group("findings");
    group.bench_function("full/fired_findings", |b| {
        b.iter(|| fired_findings(&questionnaire, black_box(&assessment.answers)));
    });
    group.bench_function("full/visibility (ActiveAnswers::new)", |b| {
        b.iter(|| {
            ActiveAnswers::new(&questionnaire, black_box(&assessment.answers)).is_visible("x")
        });
    });
    group.finish();
}

criterion_group!(benches, questionnaire, save, export, findings);
criterion_main!(benches);
