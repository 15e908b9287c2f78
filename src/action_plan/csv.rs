//! The plan as CSV for Excel with Swedish regional settings: there the list separator is a
//! semicolon (a comma-separated file lands in one column), a file without a byte order mark
//! is read as Windows-1252 (å, ä, ö garbled), and lines end in CRLF.

/// UTF-8's byte order mark: Excel reads the file as UTF-8 only with it.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// A cell as text that no spreadsheet runs: one starting with `=`, `+`, `-` or `@` (or a tab
/// or carriage return, which some programs skip before looking) would be a formula in Excel
/// and LibreOffice, so a note saying `=HYPERLINK(...)` gets a leading apostrophe, which
/// both show as text.
pub fn guard_formula(cell: &str) -> String {
    match cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{cell}"),
        false => cell.to_owned(),
    }
}

/// The table as CSV bytes: BOM, semicolons, every field quoted, CRLF line ends.
pub fn csv(table: &[Vec<String>]) -> Vec<u8> {
    let mut out = BOM.to_vec();
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(b';')
        .quote_style(::csv::QuoteStyle::Always)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut out);
    for row in table {
        let cells: Vec<String> = row.iter().map(|cell| guard_formula(cell)).collect();
        // Writing to memory cannot fail: the writer's only errors are I/O errors.
        let _ = writer.write_record(&cells);
    }
    let _ = writer.flush();
    drop(writer);
    out
}
