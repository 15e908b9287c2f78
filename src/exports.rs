//! `export --actions` and `export --supplier`: the two exports beside the report, written to
//! `-o OUT` or to standard output.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use molnkoll::action_plan;
use molnkoll::assessment::Assessment;
use molnkoll::error::UserError;
use molnkoll::i18n::{Localizer, Message};
use molnkoll::questionnaire::Questionnaire;
use molnkoll::store;

/// The action plan, as `.xlsx` when OUT ends so, else as CSV for Swedish Excel; without
/// OUT, the CSV to standard output (`> plan.csv` gives the same bytes as `-o plan.csv`).
pub fn actions(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    file: &Path,
    output: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let rows = action_plan::open_actions(questionnaire, assessment, localizer);
    let table = action_plan::table(&rows, localizer);
    let Some(out) = output else {
        let bytes = action_plan::csv(&table);
        let mut stdout = std::io::stdout().lock();
        if stdout.is_terminal() {
            // On a terminal, text to read: no byte order mark, no carriage returns, and
            // nothing from a note that would act on the terminal.
            let text = String::from_utf8_lossy(&bytes);
            let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
            molnkoll::terminal_safe::print(&text);
        } else {
            // A closed pipe (`| head`) is no error worth a message.
            let _ = stdout.write_all(&bytes);
        }
        return Ok(ExitCode::SUCCESS);
    };
    let bytes = match action_plan::wants_xlsx(&out) {
        true => action_plan::xlsx(&table, &localizer.text("plan-sheet")).map_err(|error| {
            UserError::new(Message::new("error-plan-xlsx").with("reason", error.to_string()))
        })?,
        false => action_plan::csv(&table),
    };
    store::write_export(&out, file, &bytes)?;
    molnkoll::terminal_safe::eprintln(
        &localizer.message(&Message::new("plan-written").with("path", out.display().to_string())),
    );
    Ok(ExitCode::SUCCESS)
}

/// The questions for the supplier, Markdown in the chosen language: to OUT, or to standard
/// output as the report goes.
pub fn supplier(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    file: &Path,
    output: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let date = molnkoll::commands::today().to_string();
    let text = molnkoll::supplier::markdown(questionnaire, assessment, localizer, &date);
    match output {
        Some(out) => {
            store::write_report(&out, file, &text)?;
            molnkoll::terminal_safe::eprintln(&localizer.message(
                &Message::new("supplier-written").with("path", out.display().to_string()),
            ));
        }
        None => molnkoll::terminal_safe::print(&text),
    }
    Ok(ExitCode::SUCCESS)
}
