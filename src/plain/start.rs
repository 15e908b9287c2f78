//! Which assessment, when the data folder holds several: the start screen as a numbered list
//! and one line read.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use crate::commands::ListRow;
use crate::i18n::{Localizer, Message as Text};
use crate::questionnaire::Questionnaire;

use super::words::{Command, Words};

/// What the user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Open(PathBuf),
    New,
    Quit,
}

/// With one assessment in `dir` that one, with none a new one; with several, asks. In a
/// `script` the line read is written after the prompt, as the interview does.
pub fn pick(
    questionnaire: &Questionnaire,
    localizer: &Localizer,
    dir: &Path,
    mut input: impl BufRead,
    mut output: impl Write,
    script: bool,
) -> std::io::Result<Pick> {
    let paths = crate::store::assessments_in(dir);
    match paths.as_slice() {
        [] => return Ok(Pick::New),
        [only] => return Ok(Pick::Open(only.clone())),
        _ => {}
    }
    let mut rows: Vec<ListRow> = paths
        .into_iter()
        .filter_map(|path| {
            let assessment = crate::store::load(&path).ok()?;
            Some(ListRow::new(questionnaire, path, assessment))
        })
        .collect();
    rows.sort_by(|a, b| b.changed.cmp(&a.changed).then(a.path.cmp(&b.path)));
    let say = |output: &mut dyn Write, text: String| {
        writeln!(output, "{}", crate::terminal_safe::visible(&text))
    };
    say(&mut output, localizer.text("plain-pick-lead"))?;
    for (number, row) in rows.iter().enumerate() {
        let progress = localizer.message(
            &Text::new("ui-progress")
                .with(
                    "answered",
                    row.progress
                        .answered
                        .saturating_sub(row.progress.unknown + row.progress.not_applicable),
                )
                .with("unknown", row.progress.unknown)
                .with("na", row.progress.not_applicable)
                .with("total", row.progress.visible),
        );
        let line = Text::new("plain-pick-row")
            .with("number", number + 1)
            .with("title", row.title.as_str())
            .with("progress", progress)
            .with("changed", row.changed.as_str());
        say(&mut output, localizer.message(&line))?;
    }
    let words = Words::new();
    loop {
        say(&mut output, localizer.text("plain-pick-how"))?;
        let prompt = localizer.text("plain-prompt-pick");
        if !script {
            write!(output, "{prompt} ")?;
            output.flush()?;
        }
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Ok(Pick::Quit);
        }
        if script {
            say(&mut output, format!("{prompt} {}", line.trim_end()))?;
        }
        match words.parse(&line) {
            Some(Command::Numbers(numbers)) => {
                if let [n] = numbers.as_slice()
                    && let Some(row) = usize::try_from(*n)
                        .ok()
                        .and_then(|n| n.checked_sub(1))
                        .and_then(|i| rows.get(i))
                {
                    return Ok(Pick::Open(row.path.clone()));
                }
            }
            Some(Command::No) => return Ok(Pick::New),
            Some(Command::Quit) => return Ok(Pick::Quit),
            _ => {}
        }
    }
}
