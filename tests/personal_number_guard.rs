//! The personal-number guard (issue 15, item 9): every Unicode spelling of a number is
//! caught, and a number the text itself calls something else is not. One test per case.

use molnkoll::personal_number::{find, mask};

fn found(text: &str) -> Vec<&str> {
    find(text).iter().map(|m| &text[m.start..m.end]).collect()
}

macro_rules! must_catch {
    ($($name:ident: $text:expr,)*) => {$(
        #[test]
        fn $name() {
            let text: &str = $text;
            let hits = found(text);
            assert_eq!(hits.len(), 1, "{text:?}: {hits:?}");
            // The match covers the number as written, and masking removes every digit of it.
            let masked = mask(text);
            assert!(find(&masked).is_empty(), "{masked:?}");
            assert!(!masked.contains("9876") && !masked.contains("９８７６"), "{masked:?}");
        }
    )*};
}

macro_rules! must_not_catch {
    ($($name:ident: $text:expr,)*) => {$(
        #[test]
        fn $name() {
            let text: &str = $text;
            assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
        }
    )*};
}

must_catch! {
    personal_number_guard_catches_en_dash: "Klient 811218–9876 har beslut",
    personal_number_guard_catches_minus_sign: "811218−9876",
    personal_number_guard_catches_nbsp: "811218\u{a0}9876",
    personal_number_guard_catches_thin_space: "811218\u{2009}9876",
    personal_number_guard_catches_narrow_nbsp: "811218\u{202f}9876",
    personal_number_guard_catches_full_width_digits: "８１１２１８-９８７６",
    personal_number_guard_catches_full_width_hyphen: "８１１２１８－９８７６",
    personal_number_guard_catches_spaces_around_dash: "811218 - 9876",
    personal_number_guard_catches_dashed_date_with_century: "1981-12-18-9876",
    personal_number_guard_catches_dashed_date_without_century: "81-12-18-9876",
    personal_number_guard_catches_zero_width_space_inside: "8112\u{200b}18-9876",
    personal_number_guard_catches_zero_width_joiner_inside: "811218-98\u{200d}76",
    personal_number_guard_catches_soft_hyphen_inside: "811218\u{ad}9876",
    personal_number_guard_catches_line_break_after_dash: "pnr 811218-\n9876",
    personal_number_guard_catches_crlf_after_dash: "811218-\r\n9876",
    personal_number_guard_catches_line_break_instead_of_dash: "811218\n9876",
    personal_number_guard_catches_tab: "811218\t9876",
    personal_number_guard_catches_arabic_indic_digits: "٨١١٢١٨-٩٨٧٦",
    personal_number_guard_catches_twelve_digits_en_dash: "19811218–9876",
    personal_number_guard_catches_mathematical_digits: "𝟖𝟏𝟏𝟐𝟏𝟖-𝟗𝟖𝟕𝟔",
    personal_number_guard_catches_coordination_number_nbsp: "701063\u{a0}2391 samordningsnummer",
}

must_not_catch! {
    personal_number_guard_ignores_timestamp: "20250101-0900",
    personal_number_guard_ignores_timestamp_in_prose: "Loggen 20250101-0900 visar inloggningen",
    personal_number_guard_ignores_case_reference_dnr: "Dnr 811218-9876",
    personal_number_guard_ignores_case_reference_arende: "ärende: 811218-9876",
    personal_number_guard_ignores_phone_tel: "tel. 811218 9876",
    personal_number_guard_ignores_phone_country_code: "+46 811218 9876",
    personal_number_guard_ignores_phone_written_as_such: "Ring 070-123 45 67 eller 08-123 456 78.",
    personal_number_guard_ignores_org_number: "org.nr 811218-9876",
    personal_number_guard_ignores_date_alone: "Workshop 2026-11-23, uppföljning 2027-01-15.",
    personal_number_guard_ignores_wrong_check_digit_en_dash: "811218–9875",
    personal_number_guard_ignores_double_dash: "811218--9876",
    personal_number_guard_ignores_account_number: "Konto 1234-121212-1212-99",
}

#[test]
fn personal_number_guard_offsets_point_into_the_original_text() {
    let text = "Åsa ８１１２１８-９８７６ bor";
    let m = find(text);
    assert_eq!(m.len(), 1);
    assert_eq!(&text[m[0].start..m[0].end], "８１１２１８-９８７６");
    assert_eq!(mask(text), "Åsa ******-**** bor");
}

#[test]
fn personal_number_guard_new_title_with_a_number_is_refused_and_never_a_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_molnkoll"))
        .args(["--lang", "en", "--data-dir"])
        .arg(dir.path())
        .args(["new", "--title", "Klient Anna 811218–9876"])
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("personal identity number"), "{stderr}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // The name the interview would choose for such a title holds no digit of it.
    let path = molnkoll::store::new_path(dir.path(), "Klient Anna ８１１２１８-９８７６");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name, "klient-anna.molnkoll.ron");
}
