//! Swedish personal identity numbers (personnummer) and coordination numbers
//! (samordningsnummer) in free text.
//!
//! Why: the guidance on cloud services warns against free text, because names and personal
//! identity numbers typed into notes end up in the vendor's hands; and an assessment file is
//! shown on a projector, shared and kept in version control. Every text the user types is
//! checked with [`find`], so that a number can be shown and confirmed or removed before it is
//! saved, and `check` can report it.
//!
//! A number is 10 digits, `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYMMDD NNNC` or `YYMMDDNNNC`, or 12
//! digits, `YYYYMMDD-NNNC` or `YYYYMMDDNNNC` (century 18, 19 or 20), or the date written
//! with dashes (`1981-12-18-9876`). The month is 01-12, the day 01-31, or 61-91 for a
//! coordination number (day + 60), and the last digit is the Luhn check digit of the
//! 10-digit form. Digits right before or after make it part of something longer (an account
//! number, an order number), which is no match: a false alarm in every note would teach
//! people to click it away.
//!
//! The text is normalised before it is scanned, so that no Unicode spelling slips through:
//! NFKC (full-width and other compatibility digits), the decimal digits of other scripts,
//! every dash and minus sign, every space (NBSP, thin space) and line break as one space
//! around the separator, and zero-width characters and soft hyphens dropped. Offsets still
//! point into the original text.
//!
//! Where the text itself says a number is something else, it is no match: after a word such
//! as "tel", "dnr" or "ärende", after a country code (`+46`), or a timestamp
//! `YYYYMMDD-HHMM` on a quarter hour. The `personnummer` crate validates one clean candidate
//! string; the date and Luhn check here are those few lines, so it would add nothing.

mod normalize;

use normalize::Normalized;

/// A number found in a text: `&text[start..end]` is the number as written, separator
/// included. Offsets are in bytes and always on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
}

/// Every personal identity or coordination number in `text`, in order, none overlapping.
pub fn find(text: &str) -> Vec<Match> {
    let norm = Normalized::new(text);
    let bytes = &norm.bytes;
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // `i` starts a run of digits: the byte before it, if any, is no digit.
        let run = digit_run(bytes, i);
        let hit = number_at(bytes, i, run).filter(|&(end, _)| {
            !joined_to_more(bytes, i, end) && !said_otherwise(text, norm.origin[i].0)
        });
        match hit {
            Some((end, timestamp)) if !timestamp => {
                found.push(Match {
                    start: norm.origin[i].0,
                    end: norm.origin[end - 1].1,
                });
                i = end;
            }
            Some((end, _)) => i = end,
            None => i += run,
        }
    }
    found
}

/// What a masked number reads as.
pub const MASK: &str = "******-****";

/// `text` with every number found replaced by `******-****`: what is kept when a number
/// was never confirmed (a signal ended the program while the warning was open), and what a
/// file name is made from.
pub fn mask(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in find(text) {
        out.push_str(&text[last..m.start]);
        out.push_str(MASK);
        last = m.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Words that say the number after them is not a person's: a phone number, a case or
/// file reference, an organisation number, a time.
const OTHER_NUMBER_WORDS: [&str; 24] = [
    "tel",
    "tfn",
    "telefon",
    "telefonnummer",
    "mobil",
    "mobilnummer",
    "phone",
    "fax",
    "dnr",
    "diarienr",
    "diarienummer",
    "ärende",
    "ärendenr",
    "ärendenummer",
    "case",
    "ref",
    "referens",
    "reference",
    "orgnr",
    "org.nr",
    "organisationsnummer",
    "kl",
    "klockan",
    "time",
];

/// Whether the text right before `start` says the number is something else.
fn said_otherwise(text: &str, start: usize) -> bool {
    let before =
        text[..start].trim_end_matches(|c: char| c.is_whitespace() || c == ':' || c == '#');
    if before.ends_with("+46") || before.ends_with("0046") {
        return true;
    }
    let before = before.trim_end_matches('.');
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    OTHER_NUMBER_WORDS.contains(&word.as_str())
}

/// Whether the number at `start..end` is one group of a longer hyphenated or dotted number,
/// such as the account number `1234-121212-1212-99`. A space does not join: prose puts
/// numbers next to each other ("2 st 811218-9876").
fn joined_to_more(bytes: &[u8], start: usize, end: usize) -> bool {
    let joiner = |b: Option<&u8>| matches!(b, Some(b'-' | b'+' | b'/' | b'.'));
    let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    let before = start
        .checked_sub(1)
        .map(|i| (bytes.get(i), i.checked_sub(1).and_then(|j| bytes.get(j))));
    let joined_before =
        before.is_some_and(|(sep, digit_before)| joiner(sep) && digit(digit_before));
    let joined_after = joiner(bytes.get(end)) && digit(bytes.get(end + 1));
    joined_before || joined_after
}

/// The length of the run of ASCII digits at `start`.
fn digit_run(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// The end of the separator at `at` between date and serial: spaces and line breaks around
/// one `-` or `+`, or spaces alone. At most three spaces on each side.
fn separator_end(bytes: &[u8], at: usize) -> Option<usize> {
    let spaces = |from: usize| {
        bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|&&b| b == b' ')
            .count()
    };
    let before = spaces(at);
    if before > 3 {
        return None;
    }
    let sign = at + before;
    match bytes.get(sign) {
        Some(b'-' | b'+') => {
            let after = spaces(sign + 1);
            (after <= 3).then_some(sign + 1 + after)
        }
        _ if before > 0 => Some(sign),
        _ => None,
    }
}

/// The end of the number whose date starts with the run of `run` digits at `start`, if it
/// is one, and whether it is rather a timestamp (`YYYYMMDD-HHMM` on a quarter hour).
fn number_at(bytes: &[u8], start: usize, run: usize) -> Option<(usize, bool)> {
    let date = &bytes[start..start + run];
    let (date, separator): (Vec<u8>, usize) = match run {
        10 | 12 => return is_valid(date).then_some((start + run, false)),
        6 | 8 => (date.to_vec(), start + run),
        // `1981-12-18-9876` and `81-12-18-9876`.
        2 | 4 => {
            let mut at = start + run;
            let mut digits = date.to_vec();
            for _ in 0..2 {
                if bytes.get(at) != Some(&b'-') || digit_run(bytes, at + 1) != 2 {
                    return None;
                }
                digits.extend_from_slice(&bytes[at + 1..at + 3]);
                at += 3;
            }
            (digits, at)
        }
        _ => return None,
    };
    let serial = separator_end(bytes, separator)?;
    if digit_run(bytes, serial) != 4 {
        return None;
    }
    let serial_digits = &bytes[serial..serial + 4];
    let digits = [date.as_slice(), serial_digits].concat();
    if !is_valid(&digits) {
        return None;
    }
    let two = |d: &[u8]| (d[0] - b'0') * 10 + (d[1] - b'0');
    let timestamp = date.len() == 8
        && two(&serial_digits[..2]) <= 23
        && matches!(two(&serial_digits[2..]), 0 | 15 | 30 | 45);
    Some((serial + 4, timestamp))
}

/// 10 or 12 ASCII digits without separator: a plausible date and a correct check digit.
fn is_valid(digits: &[u8]) -> bool {
    let ten = match digits.len() {
        10 => digits,
        12 if matches!(&digits[..2], b"18" | b"19" | b"20") => &digits[2..],
        _ => return false,
    };
    let two = |at: usize| (ten[at] - b'0') * 10 + (ten[at + 1] - b'0');
    let month = two(2);
    let day = two(4);
    (1..=12).contains(&month)
        && ((1..=31).contains(&day) || (61..=91).contains(&day))
        && check_digit(&ten[..9]) == ten[9] - b'0'
}

/// The Luhn check digit of nine ASCII digits: weights 2, 1, 2, ... from the left, the digits
/// of each product summed.
fn check_digit(nine: &[u8]) -> u8 {
    let sum: u32 = nine
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let product = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            product / 10 + product % 10
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers `find` reports, as written.
    fn found(text: &str) -> Vec<&str> {
        find(text).iter().map(|m| &text[m.start..m.end]).collect()
    }

    /// Nine digits with their correct check digit: to build numbers whose only fault is
    /// elsewhere (the date).
    fn with_check(nine: &str) -> String {
        format!("{nine}{}", check_digit(nine.as_bytes()))
    }

    #[test]
    fn a_valid_number_is_found_in_every_written_form() {
        for text in [
            "811218-9876",
            "811218+9876",
            "811218 9876",
            "8112189876",
            "19811218-9876",
            "19811218 9876",
            "198112189876",
            "20081218-9876",
        ] {
            assert_eq!(found(text), [text], "{text}");
        }
    }

    #[test]
    fn a_group_of_a_longer_hyphenated_number_is_no_match() {
        assert!(found("Konto 1234-121212-1212-99").is_empty());
        assert!(found("Order 7.8112189876").is_empty());
        assert!(found("Ref 811218-9876-2").is_empty());
        // A space does not join, and punctuation after a number is fine.
        assert_eq!(found("2 st 811218-9876."), ["811218-9876"]);
        assert_eq!(found("(811218-9876)"), ["811218-9876"]);
    }

    #[test]
    fn exactly_one_check_digit_is_right() {
        for (prefix, right) in [
            ("811218-987", '6'),
            ("19811218987", '6'),
            ("701063-239", '1'),
            ("000101+000", '8'),
        ] {
            let hits: Vec<char> = ('0'..='9')
                .filter(|c| !find(&format!("{prefix}{c}")).is_empty())
                .collect();
            assert_eq!(hits, [right], "{prefix}");
        }
    }

    #[test]
    fn coordination_numbers_are_found() {
        for text in ["701063-2391", "7010632391", "19701063-2391", "197010632391"] {
            assert_eq!(found(text), [text], "{text}");
        }
        // Day 61 and day 91 are the bounds (day 1 and day 31 plus 60).
        assert_eq!(found(&with_check("010161123")).len(), 1);
        assert_eq!(found(&with_check("010191123")).len(), 1);
    }

    #[test]
    fn an_impossible_date_is_no_number_even_with_a_right_check_digit() {
        for nine in [
            "810018987", // month 00
            "811318987", // month 13
            "811200987", // day 00
            "811232987", // day 32
            "811260987", // day 60: neither a birth day nor a coordination day
            "811292987", // day 92
        ] {
            let number = with_check(nine);
            let dashed = format!("{}-{}", &number[..6], &number[6..]);
            assert_none(&[&number, &dashed]);
        }
        // A 12-digit number from a century no living person was born in.
        assert_none(&["17811218-9876", "218112189876"]);
    }

    fn assert_none(texts: &[&str]) {
        for text in texts {
            assert_eq!(find(text), [], "{text}");
        }
    }

    #[test]
    fn digits_right_before_or_after_make_it_no_number() {
        assert_none(&[
            "18112189876",         // 11 digits
            "81121898761",         // 11 digits
            "5581121898761234",    // inside a 16-digit account number
            "12345678112189876",   // the 10 digits at the end of 17
            "1811218-9876",        // 7 digits before the separator
            "811218-98761",        // 5 after it
            "019811218-9876",      // 10 before the separator
            "3300 19811218987612", // 14 digits
        ]);
    }

    #[test]
    fn other_separators_dates_phone_numbers_and_short_texts_are_no_number() {
        assert_none(&[
            "811218--9876",
            "811218/9876",
            "811218.9876",
            "811218_9876",
            "8112 189876",
            "Workshop 2026-11-23, uppföljning 2027-01-15.",
            "20261123",
            "Ring 070-123 45 67 eller 08-123 456 78.",
            "+46 70 123 45 67",
            "tel. 070-1234567",
            "Version 1.2.3, 100 000 kr, 12 345 678 användare",
            "",
            "åäö",
            "811218-",
            "811218-987",
            "😀 811218 😀",
        ]);
    }

    #[test]
    fn several_numbers_in_one_text_are_found_in_order() {
        let text = "811218-9876, 701063-2391 och 198112189876;8112189876 811218 9876";
        let all = [
            "811218-9876",
            "701063-2391",
            "198112189876",
            "8112189876",
            "811218 9876",
        ];
        assert_eq!(found(text), all);
    }

    #[test]
    fn offsets_are_bytes_around_swedish_letters() {
        let text = "Åsa Öberg (pnr 811218-9876) bor i Västerås; 19701063-2391 är hennes sambos.";
        let at = |start, end| Match { start, end };
        assert_eq!(find(text), [at(17, 28), at(48, 61)]);
        // Letters right before or after are no digits: the number is still found.
        assert_eq!(found("ä811218-9876ö"), ["811218-9876"]);
        assert_eq!(found("pnr:8112189876."), ["8112189876"]);
    }
}
