//! Writes the benchmarks' synthetic questionnaires and their fully answered assessments to a
//! folder as files, so that the real binary can open them (`benches/memory.sh`):
//!
//! ```sh
//! cargo run --release --example write_synthetic -- DIR questions 100 1000 10000
//! cargo run --release --example write_synthetic -- DIR items 100 1000
//! cargo run --release --example write_synthetic -- DIR embedded
//! ```
//!
//! `questions N` writes `synthetic-N.ron` with `synthetic-N.sv.ftl` and `synthetic-N.en.ftl`
//! beside it, and `synthetic-N.molnkoll.ron`, every question answered (`common::synthetic`,
//! `common::full_assessment`). `items N` writes the repeat-group questionnaire of
//! `benches/groups.rs` once, as `groups.ron` and its texts, and `groups-N.molnkoll.ron` with
//! N items, every item answered. `embedded` writes `embedded.molnkoll.ron`, the embedded
//! questionnaire fully answered (`common::full_assessment`). Each written path is printed on its own line.

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use molnkoll::assessment::Assessment;
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::store;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: write_synthetic DIR (questions N...|items N...|embedded)";
    let [dir, what, sizes @ ..] = args.as_slice() else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let dir = Path::new(dir);
    if what == "embedded" && sizes.is_empty() {
        return report(write_embedded(dir));
    }
    let sizes: Result<Vec<usize>, _> = sizes.iter().map(|n| n.parse()).collect();
    let sizes = match sizes {
        Ok(sizes) if !sizes.is_empty() => sizes,
        _ => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let written = match what.as_str() {
        "questions" => write_questions(dir, &sizes),
        "items" => write_items(dir, &sizes),
        _ => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    report(written)
}

/// Prints the written paths, or the error.
fn report(written: std::io::Result<Vec<PathBuf>>) -> ExitCode {
    match written {
        Ok(paths) => {
            for path in paths {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("write_synthetic: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write_questions(dir: &Path, sizes: &[usize]) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for &n in sizes {
        if n < 10 || !n.is_multiple_of(10) {
            return Err(std::io::Error::other(format!(
                "{n} questions: a multiple of ten, at least 10"
            )));
        }
        let source = common::synthetic(n);
        let questionnaire = common::load(&source);
        let assessment = common::full_assessment(&questionnaire);
        written.extend(write_source(dir, &format!("synthetic-{n}"), &source)?);
        written.push(write_assessment(
            dir,
            &format!("synthetic-{n}"),
            &assessment,
        )?);
    }
    Ok(written)
}

fn write_items(dir: &Path, sizes: &[usize]) -> std::io::Result<Vec<PathBuf>> {
    let source = common::groups::source();
    let questionnaire = source
        .parse()
        .map_err(|error| std::io::Error::other(format!("{error:?}")))?;
    let mut written = write_source(dir, "groups", &source)?;
    for &n in sizes {
        let assessment = common::groups::assessment(&questionnaire, n);
        written.push(write_assessment(dir, &format!("groups-{n}"), &assessment)?);
    }
    Ok(written)
}

fn write_embedded(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let questionnaire = common::load(&QuestionnaireSource::embedded());
    let assessment = common::full_assessment(&questionnaire);
    Ok(vec![write_assessment(dir, "embedded", &assessment)?])
}

/// `DIR/NAME.ron` and `DIR/NAME.LANG.ftl`, where `QuestionnaireSource::from_path` looks.
fn write_source(
    dir: &Path,
    name: &str,
    source: &QuestionnaireSource,
) -> std::io::Result<Vec<PathBuf>> {
    let ron = dir.join(format!("{name}.ron"));
    std::fs::write(&ron, &source.ron.text)?;
    let mut written = vec![ron];
    for (lang, texts) in &source.texts {
        let path = dir.join(format!("{name}.{}.ftl", lang.code()));
        let text: String = texts.iter().map(|t| t.text.as_ref()).collect();
        std::fs::write(&path, text)?;
        written.push(path);
    }
    Ok(written)
}

fn write_assessment(dir: &Path, name: &str, assessment: &Assessment) -> std::io::Result<PathBuf> {
    let path = dir.join(format!("{name}.molnkoll.ron"));
    std::fs::write(&path, store::to_ron(assessment))?;
    Ok(path)
}
