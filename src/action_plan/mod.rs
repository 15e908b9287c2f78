//! The action plan as a spreadsheet: every open action of an assessment (fired findings,
//! measures not or partly fulfilled, the risk register's measures) with priority, owner, due
//! date and source, written as `.xlsx` or as CSV that Excel with Swedish regional settings
//! opens in columns. Pure: rows in, bytes out; the command line decides where they go.

mod csv;
mod rows;
mod xlsx;

pub use csv::{csv, guard_formula};
pub use rows::{ActionRow, Priority, SourceKind, open_actions};
pub use xlsx::xlsx;

use crate::i18n::Localizer;

/// The columns, in order; each is a Fluent id (`plan-col-*`).
const COLUMNS: [&str; 8] = [
    "plan-col-number",
    "plan-col-priority",
    "plan-col-action",
    "plan-col-owner",
    "plan-col-due",
    "plan-col-source",
    "plan-col-note",
    "plan-col-id",
];

/// The plan as a table of text: a header row, then one row per action, numbered from 1.
/// Both formats write exactly these cells, so a test of one reads the other's rows too.
pub fn table(rows: &[ActionRow], localizer: &Localizer) -> Vec<Vec<String>> {
    let header = COLUMNS.iter().map(|id| localizer.text(id)).collect();
    std::iter::once(header)
        .chain(rows.iter().enumerate().map(|(n, row)| {
            vec![
                (n + 1).to_string(),
                localizer.text(row.priority.message_id()),
                row.action.clone(),
                row.owner.clone(),
                row.due.clone(),
                row.source.clone(),
                row.note.clone(),
                row.id.clone(),
            ]
        }))
        .collect()
}

/// Whether an output path asks for the `.xlsx` format (any case: `Plan.XLSX` too).
pub fn wants_xlsx(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}
