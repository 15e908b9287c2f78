//! The plan as an Excel workbook: one sheet, a bold header row that stays in view, a filter
//! on every column, and wrapped text in the long columns. Every cell is written as text, so
//! nothing in a note can become a formula.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// Excel's limit on the characters of one cell; a longer note is cut there instead of
/// failing the whole export.
const MAX_CELL_CHARS: usize = 32_767;

/// Column widths in characters, by column: number, priority, action, owner, due, source,
/// note, id.
const WIDTHS: [f64; 8] = [5.0, 10.0, 60.0, 20.0, 12.0, 40.0, 40.0, 28.0];

/// The table as `.xlsx` bytes; `sheet` names the worksheet.
pub fn xlsx(table: &[Vec<String>], sheet: &str) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    // A name Excel refuses ([]:*?/\ or over 31 characters) keeps the default "Sheet1".
    let _ = worksheet.set_name(sheet);
    let header = Format::new().set_bold().set_text_wrap();
    let body = Format::new().set_text_wrap();
    for (r, row) in table.iter().enumerate() {
        let format = if r == 0 { &header } else { &body };
        for (c, cell) in row.iter().enumerate() {
            let text: String = cell.chars().take(MAX_CELL_CHARS).collect();
            worksheet.write_string_with_format(to_u32(r), to_u16(c), text, format)?;
        }
    }
    for (c, width) in WIDTHS.iter().enumerate() {
        worksheet.set_column_width(to_u16(c), *width)?;
    }
    let columns = table.first().map_or(0, Vec::len);
    if columns > 0 {
        worksheet.set_freeze_panes(1, 0)?;
        worksheet.autofilter(0, 0, to_u32(table.len() - 1), to_u16(columns - 1))?;
    }
    workbook.save_to_buffer()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
