//! The normalised view of a text the personal-number scanner reads: every Unicode spelling
//! of digits, dashes, spaces and invisible characters brought to one ASCII byte each, with
//! the byte range of the original character it came from, so that matches point into the
//! text as written.

/// The text as the scanner sees it: one ASCII byte per normalised character (digits,
/// `-`, `+`, space, `/`, `.`, other ASCII as is, any other character as `a`), each with the
/// byte range of the original character it came from.
pub(super) struct Normalized {
    pub(super) bytes: Vec<u8>,
    pub(super) origin: Vec<(usize, usize)>,
}

/// The first code point of each run of ten decimal digits outside ASCII that NFKC leaves
/// alone (Arabic-Indic, Devanagari, Bengali, Thai, ...).
const DIGIT_ZEROS: [u32; 20] = [
    0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
    0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810,
];

fn digit_value(c: char) -> Option<u8> {
    if let Some(d) = c.to_digit(10) {
        return u8::try_from(d).ok();
    }
    let code = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|zero| u8::try_from(code - zero).ok())
}

/// Invisible characters a copy from a web page or a word processor leaves inside a number.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{180e}'
    )
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            ..='\u{2015}' | '\u{2212}' | '\u{2043}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}'
    )
}

fn scanner_byte(c: char) -> u8 {
    if let Some(d) = digit_value(c) {
        b'0' + d
    } else if is_dash(c) {
        b'-'
    } else if c.is_whitespace() {
        b' '
    } else if c.is_ascii() {
        c as u8
    } else {
        b'a'
    }
}

impl Normalized {
    pub(super) fn new(text: &str) -> Self {
        use unicode_normalization::UnicodeNormalization;
        let mut bytes = Vec::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (start, c) in text.char_indices() {
            let end = start + c.len_utf8();
            if is_invisible(c) {
                continue;
            }
            if c.is_ascii() {
                bytes.push(scanner_byte(c));
                origin.push((start, end));
                continue;
            }
            for d in std::iter::once(c).nfkc() {
                if !is_invisible(d) {
                    bytes.push(scanner_byte(d));
                    origin.push((start, end));
                }
            }
        }
        Normalized { bytes, origin }
    }
}
