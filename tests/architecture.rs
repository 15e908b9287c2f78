//! The core never touches the terminal: only `src/main.rs` and `src/tui/` may name the
//! terminal crates.

use std::fs;
use std::path::{Path, PathBuf};

const TERMINAL_CRATES: [&str; 2] = ["ratatui", "crossterm"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, recursively, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn is_shell(path: &Path) -> bool {
    let relative = path.strip_prefix(src()).unwrap();
    relative == Path::new("main.rs") || relative.starts_with("tui")
}

#[test]
fn the_core_never_mentions_the_terminal_crates() {
    let core: Vec<PathBuf> = rust_files(&src())
        .into_iter()
        .filter(|p| !is_shell(p))
        .collect();
    // The core is really there: the check is not vacuous.
    for expected in [
        "lib.rs",
        "rules/eval.rs",
        "store.rs",
        "assessment.rs",
        "questionnaire/validate.rs",
    ] {
        assert!(
            core.contains(&src().join(expected)),
            "{expected} not found among {core:?}"
        );
    }
    let mut offenders = Vec::new();
    for path in &core {
        let text = fs::read_to_string(path).unwrap().to_lowercase();
        for (number, line) in text.lines().enumerate() {
            for name in TERMINAL_CRATES {
                if line.contains(name) {
                    offenders.push(format!(
                        "{}:{}: {}",
                        path.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the core must not depend on the terminal:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_shell_is_told_apart_from_the_core() {
    assert!(is_shell(&src().join("main.rs")));
    assert!(is_shell(&src().join("tui/mod.rs")));
    assert!(is_shell(&src().join("tui/view/question.rs")));
    assert!(!is_shell(&src().join("lib.rs")));
    assert!(!is_shell(&src().join("interview/mod.rs")));
    assert!(!is_shell(&src().join("tuition.rs")));
}
