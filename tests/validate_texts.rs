//! Validation of what authors get wrong in a questionnaire's texts and ids: Fluent references
//! to nothing, variables, duplicates, unused texts, control characters, a missing text file,
//! and the suggestions for a misspelt id or a condition of the wrong kind. Each problem is
//! checked with the file, line and column it names.
//!
//! Inline Fluent texts are written so that columns can be counted by eye; the comment above
//! each assertion counts them.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Message};
use molnkoll::questionnaire::{QuestionnaireSource, validate, warnings};

use common::{at, ftl, render, source};

/// A questionnaire with one yes/no question, whose complete texts are `COMPLETE`.
const ONE_QUESTION: &str = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "q", kind: YesNo),
]),
])"#;

const COMPLETE: &str = "section-s = S\nq = Q\n    .help = H\n    .ref = R\n";

/// `ONE_QUESTION` with complete Swedish texts and the given English ones.
fn with_english(ron: &str, english: &str) -> QuestionnaireSource {
    let mut source = source(ron);
    source.texts.insert(Lang::Sv, vec![ftl(Lang::Sv, COMPLETE)]);
    source.texts.insert(Lang::En, vec![ftl(Lang::En, english)]);
    source
}

fn problems_of(source: &QuestionnaireSource) -> Vec<UserError> {
    let questionnaire = source
        .parse()
        .unwrap_or_else(|e| panic!("the test questionnaire does not parse: {e}"));
    validate(&questionnaire, source)
}

fn warnings_of(source: &QuestionnaireSource) -> Vec<UserError> {
    let questionnaire = source.parse().expect("parses");
    warnings(&questionnaire, source)
}

fn located(problems: &[UserError]) -> Vec<(&'static str, usize, usize)> {
    problems.iter().map(at).collect()
}

fn assert_in_file(problems: &[UserError], file: &str) {
    for problem in problems {
        let location = problem.location.as_ref().expect("located");
        assert_eq!(location.file.to_str(), Some(file), "{problem}");
    }
}

fn fixture(name: &str) -> PathBuf {
    common::manifest_dir()
        .join("tests/fixtures/validate_texts")
        .join(name)
}

// ---- Fluent references ----

#[test]
fn undefined_terms_messages_attributes_variables_and_functions_are_errors_where_written() {
    let english = "section-s = S { -brand }
q = Q { other } for { $who }
    .help = H { q.nothing }
    .ref = { NUMBER(1) }
";
    let problems = problems_of(&with_english(ONE_QUESTION, english));
    // `section-s = S { ` is 16 characters, `q = Q { ` 8, `q = Q { other } for { ` 22,
    // `    .help = H { ` 16, `    .ref = { ` 13.
    assert_eq!(
        located(&problems),
        [
            ("validate-ftl-unknown-term", 1, 17),
            ("validate-ftl-unknown-message", 2, 9),
            ("validate-ftl-variable", 2, 23),
            ("validate-ftl-unknown-attribute", 3, 17),
            ("validate-ftl-unknown-function", 4, 14),
        ],
        "{}",
        render(&problems)
    );
    assert_in_file(&problems, "t.en.ftl");
    assert_eq!(
        problems
            .iter()
            .map(|p| p.message.clone())
            .collect::<Vec<_>>(),
        [
            Message::new("validate-ftl-unknown-term").with("id", "-brand"),
            Message::new("validate-ftl-unknown-message").with("id", "other"),
            Message::new("validate-ftl-variable").with("id", "who"),
            Message::new("validate-ftl-unknown-attribute")
                .with("id", "q")
                .with("attribute", "nothing"),
            Message::new("validate-ftl-unknown-function").with("id", "NUMBER"),
        ]
    );
}

#[test]
fn references_inside_select_expressions_and_term_arguments_are_checked() {
    let english = "section-s = S
q = { -missing.kind ->
        [one] One { $count }
       *[other] Other { gone }
    }
    .help = { -vendor(nowhere, case: \"x\") }
    .ref = R
-vendor = { $case ->
       *[other] the vendor
    }
";
    let problems = problems_of(&with_english(ONE_QUESTION, english));
    // `q = { ` is 6 characters, `        [one] One { ` 20, `       *[other] Other { ` 24,
    // `    .help = { -vendor(` 22. The term's own `$case` is its parameter: no problem.
    assert_eq!(
        located(&problems),
        [
            ("validate-ftl-unknown-term", 2, 7),
            ("validate-ftl-variable", 3, 21),
            ("validate-ftl-unknown-message", 4, 25),
            ("validate-ftl-unknown-message", 6, 23),
        ],
        "{}",
        render(&problems)
    );
}

#[test]
fn a_misspelt_reference_suggests_the_nearest_term_or_message() {
    let english = "-vendor = the vendor
section-s = S { -vendr }
q = Q { sectoin-s }
    .help = H
    .ref = R
";
    let problems = problems_of(&with_english(ONE_QUESTION, english));
    // `section-s = S { ` is 16 characters, `q = Q { ` 8.
    assert_eq!(
        problems
            .iter()
            .map(|p| (at(p), p.message.clone()))
            .collect::<Vec<_>>(),
        [
            (
                ("validate-ftl-unknown-term-near", 2, 17),
                Message::new("validate-ftl-unknown-term-near")
                    .with("id", "-vendr")
                    .with("suggestion", "-vendor")
            ),
            (
                ("validate-ftl-unknown-message-near", 3, 9),
                Message::new("validate-ftl-unknown-message-near")
                    .with("id", "sectoin-s")
                    .with("suggestion", "section-s")
            ),
        ],
        "{}",
        render(&problems)
    );
}

#[test]
fn references_that_exist_pass() {
    // A term and its attribute in a selector, a message of the questionnaire, an attribute of
    // it, a UI message (the texts share one bundle), a term called with an argument.
    let english = "-vendor = the vendor
    .gender = common
-seat = { $case ->
        [genitive] the seat's
       *[other] the seat
    }
intro = Read this first.
section-s = { intro } { q.help } ({ answer-yes })
q = { -vendor.gender ->
        [common] Is { -vendor } in Sweden?
       *[other] Is it in Sweden?
    }
    .help = { -seat(case: \"genitive\") } country decides.
    .ref = R
";
    let source = with_english(ONE_QUESTION, english);
    let problems = problems_of(&source);
    assert!(problems.is_empty(), "{}", render(&problems));
    // Referenced texts are used, not listed as unused.
    let warnings = warnings_of(&source);
    assert!(warnings.is_empty(), "{}", render(&warnings));
}

// ---- duplicates ----

#[test]
fn a_message_defined_twice_is_one_duplicate_naming_both_places_not_missing_texts() {
    // The second `q` has no attributes: Fluent keeps only it, so before this check the
    // problems were "q.help missing" and "q.ref missing".
    let english = "section-s = S\nq = Q\n    .help = H\n    .ref = R\nq = Q again\n";
    let problems = problems_of(&with_english(ONE_QUESTION, english));
    assert_eq!(
        problems,
        [UserError::at(
            molnkoll::error::Location::new("t.en.ftl", 5, 1),
            Message::new("validate-ftl-duplicate")
                .with("id", "q")
                .with("first", "t.en.ftl:2:1")
        )],
        "{}",
        render(&problems)
    );
}

#[test]
fn a_duplicate_option_label_or_term_is_reported_too() {
    let ron = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "q", kind: YesNo),
Question(id: "c", kind: Choice(["x"])),
]),
])"#;
    let mut source = source(ron);
    let complete = format!("{COMPLETE}c = C\n    .help = H\n    .ref = R\noption-x = X\n");
    source
        .texts
        .insert(Lang::Sv, vec![ftl(Lang::Sv, &complete)]);
    let english = format!("{complete}-t = T\noption-x = X again\n-t = T again\n");
    source.texts.insert(Lang::En, vec![ftl(Lang::En, &english)]);
    let problems = problems_of(&source);
    assert_eq!(
        located(&problems),
        [
            ("validate-ftl-duplicate", 10, 1),
            ("validate-ftl-duplicate", 11, 2)
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-ftl-duplicate")
            .with("id", "-t")
            .with("first", "t.en.ftl:9:2")
    );
}

#[test]
fn a_text_with_the_id_of_a_program_text_is_an_error_where_it_is_defined() {
    // A question "answer-yes" would replace the program's label of the answer Yes.
    let ron = ONE_QUESTION.replace(r#"id: "q""#, r#"id: "answer-yes""#);
    let english = "section-s = S\nanswer-yes = Q\n    .help = H\n    .ref = R\n";
    let mut source = with_english(&ron, english);
    source.texts.insert(Lang::Sv, vec![ftl(Lang::Sv, english)]);
    let problems = problems_of(&source);
    assert_eq!(
        located(&problems),
        [
            ("validate-ftl-program-id", 2, 1),
            ("validate-ftl-program-id", 2, 1)
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-ftl-program-id").with("id", "answer-yes")
    );
}

// ---- unused texts ----

#[test]
fn unused_texts_are_warnings_at_their_place_with_the_documented_optional_ones_allowed() {
    let source = QuestionnaireSource::from_path(&fixture("unused.ron")).unwrap();
    // Only warnings: the questionnaire itself has no problem.
    let problems = problems_of(&source);
    assert!(problems.is_empty(), "{}", render(&problems));
    let warnings = warnings_of(&source);
    // The Swedish file uses `.hint` on a question and `.help` on a finding (documented,
    // optional) and the shared `option-usa`: nothing unused. The English one misspells
    // `.hint` as `.hnit` (line 5, column 6), which nothing would ever show, keeps `option-usa` although the question has its
    // own label (line 8), and the text of a removed question with its help (line 17).
    assert_eq!(
        located(&warnings),
        [
            ("validate-unused-text-near", 5, 6),
            ("validate-unused-text", 8, 1),
            ("validate-unused-text", 17, 1),
        ],
        "{}",
        render(&warnings)
    );
    assert_in_file(&warnings, &fixture("unused.en.ftl").display().to_string());
    assert_eq!(
        warnings[0].message,
        Message::new("validate-unused-text-near")
            .with("suggestion", "vendor-seat.hint")
            .with("id", "vendor-seat.hnit")
    );
    assert_eq!(
        warnings[2].message,
        Message::new("validate-unused-text").with("id", "old-question")
    );
}

#[test]
fn an_unused_term_or_attribute_is_a_warning_and_a_used_one_is_not() {
    let english = "q = Q\n    .help = H\n    .ref = R\n-used = U\n-unused = N\n    .kind = k\nsection-s = S { -used }\n    .help = no help for sections\n";
    let source = with_english(ONE_QUESTION, english);
    let warnings = warnings_of(&source);
    // A term's attribute serves its selectors; a section has no documented `.help`.
    assert_eq!(
        warnings
            .iter()
            .map(|w| (at(w), w.message.clone()))
            .collect::<Vec<_>>(),
        [
            (
                ("validate-unused-text", 5, 2),
                Message::new("validate-unused-text").with("id", "-unused")
            ),
            (
                ("validate-unused-text", 8, 6),
                Message::new("validate-unused-text").with("id", "section-s.help")
            ),
        ],
        "{}",
        render(&warnings)
    );
}

#[test]
fn the_shipped_questionnaires_have_no_unused_texts() {
    for source in [
        QuestionnaireSource::embedded(),
        QuestionnaireSource::from_path(&common::example_path()).unwrap(),
    ] {
        let warnings = warnings_of(&source);
        assert!(
            warnings.is_empty(),
            "{}: {}",
            source.ron.path.display(),
            render(&warnings)
        );
    }
}

// ---- control characters ----

#[test]
fn control_characters_in_texts_are_refused_where_they_stand() {
    // An escape sequence written raw, a bell as a Fluent escape in a string literal.
    // Windows line endings and a tab are no control characters.
    let english = "section-s = S\r\nq = Q \u{1b}[31mred\r\n    .help = H\t{ \"\\u0007\" }\r\n    .ref = R\r\n";
    let problems = problems_of(&with_english(ONE_QUESTION, english));
    // `q = Q ` is 6 characters; `    .help = H\t{ "` 17.
    assert_eq!(
        located(&problems),
        [
            ("validate-control-character", 2, 7),
            ("validate-control-character", 3, 18)
        ],
        "{}",
        render(&problems)
    );
    assert_in_file(&problems, "t.en.ftl");
    assert_eq!(
        problems[0].message,
        Message::new("validate-control-character").with("code", "U+001B")
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-control-character").with("code", "U+0007")
    );
}

#[test]
fn control_characters_in_the_ron_file_are_refused_where_they_stand() {
    // An escape in an option id, a raw bell in the content date's string, a newline escape
    // in a condition's option. Each is found in the RON text, where the author wrote it.
    let ron = "Questionnaire(id: \"t\", version: 1, content_as_of: \"2026-01-01\u{7}\", sections: [
Section(id: \"s\", questions: [
Question(id: \"q\", kind: YesNo),
Question(id: \"c\", kind: Choice([\"x\\u{1b}\"]), show_if: Some(Is(\"c\", Choice(\"y\\n\")))),
]),
])";
    let mut source = source(ron);
    let questionnaire = source.parse().expect("parses");
    let texts = common::ftl_for(&questionnaire, &[]);
    for lang in Lang::ALL {
        source.texts.insert(lang, vec![ftl(lang, &texts)]);
    }
    // (The generated texts carry the option's escape too; only the RON file is looked at.)
    let problems: Vec<UserError> = validate(&questionnaire, &source)
        .into_iter()
        .filter(|p| p.message.id == "validate-control-character")
        .filter(|p| {
            p.location
                .as_ref()
                .is_some_and(|l| l.file == Path::new("t.ron"))
        })
        .collect();
    // `Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01` is 61 characters;
    // `Question(id: "c", kind: Choice(["x` 34; `..., show_if: Some(Is("c", Choice("y` 76.
    assert_eq!(
        located(&problems),
        [
            ("validate-control-character", 1, 62),
            ("validate-control-character", 4, 35),
            ("validate-control-character", 4, 77),
        ],
        "{}",
        render(&problems)
    );
    assert_in_file(&problems, "t.ron");
}

// ---- suggestions ----

const SUGGEST: &str = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "dpia-sensitive", kind: YesNo),
Question(id: "risk", kind: Choice(["low", "high"])),
Question(id: "level", kind: Level(0, 4)),
Question(id: "name", kind: Text(max_chars: 10)),
]),
], findings: [
Finding(id: "a", severity: High, when: Is("dpia-sensitve", Yes)),
Finding(id: "b", severity: High, when: Is("risk", Choice("hihg"))),
Finding(id: "c", severity: High, when: Is("risk", Yes)),
Finding(id: "d", severity: High, when: Is("level", Yes)),
Finding(id: "e", severity: High, when: LevelAtLeast("dpia-sensitive", 1)),
Finding(id: "f", severity: High, when: Is("name", No)),
])"#;

fn structure_problems(ron: &str) -> Vec<UserError> {
    problems_of(&source(ron))
        .into_iter()
        .filter(|p| p.message.id != "validate-ftl-missing-file")
        .collect()
}

#[test]
fn an_unknown_question_or_option_suggests_the_nearest_known_one() {
    let problems = structure_problems(SUGGEST);
    // `Finding(id: "a", severity: High, when: Is(` is 42 characters;
    // `Finding(id: "b", severity: High, when: Is("risk", Choice(` 57.
    assert_eq!(
        located(&problems)[..2],
        [
            ("validate-unknown-question-near", 9, 43),
            ("validate-unknown-option-near", 10, 58),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-unknown-question-near")
            .with("id", "dpia-sensitve")
            .with("suggestion", "dpia-sensitive")
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-unknown-option-near")
            .with("suggestion", "high")
            .with("question", "risk")
            .with("option", "hihg")
    );
}

#[test]
fn a_condition_of_the_wrong_kind_names_the_form_that_fits() {
    let problems = structure_problems(SUGGEST);
    let forms: Vec<(usize, String)> = problems[2..]
        .iter()
        .map(|p| {
            assert_eq!(p.message.id, "validate-wrong-kind", "{p}");
            let form = p
                .message
                .args
                .iter()
                .find(|(name, _)| *name == "form")
                .map(|(_, value)| format!("{value:?}"))
                .unwrap_or_default();
            (p.location.as_ref().unwrap().line, form)
        })
        .collect();
    assert_eq!(
        forms,
        [
            (11, r#"Text("Is(\"risk\", Choice(\"low\"))")"#.to_owned()),
            (12, r#"Text("LevelAtLeast(\"level\", 3)")"#.to_owned()),
            (13, r#"Text("Is(\"dpia-sensitive\", Yes)")"#.to_owned()),
            (14, r#"Text("Answered(\"name\")")"#.to_owned()),
        ],
        "{}",
        render(&problems)
    );
}

// ---- a missing text file ----

#[test]
fn a_missing_text_file_is_one_problem_naming_where_it_is_expected() {
    let path = fixture("only-swedish.ron");
    let source = QuestionnaireSource::from_path(&path).unwrap();
    let problems = problems_of(&source);
    assert_eq!(
        problems,
        [UserError::new(
            Message::new("validate-ftl-missing-file")
                .with("lang", "en")
                .with("file", fixture("only-swedish.en.ftl").display().to_string())
                .with("questionnaire", path.display().to_string())
        )],
        "{}",
        render(&problems)
    );
}

#[test]
fn a_text_file_without_messages_is_one_problem_naming_the_file() {
    for english in ["", "# only a comment\n", "this is no fluent\n"] {
        let problems: Vec<UserError> = problems_of(&with_english(ONE_QUESTION, english))
            .into_iter()
            .filter(|p| p.message.id != "validate-ftl-syntax")
            .collect();
        assert_eq!(
            problems,
            [UserError::new(
                Message::new("validate-ftl-no-messages")
                    .with("lang", "en")
                    .with("file", "t.en.ftl")
            )],
            "{english:?}: {}",
            render(&problems)
        );
    }
}

// ---- the command line ----

fn molnkoll(args: &[&str]) -> (i32, String) {
    let home = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home.path())
        .current_dir(home.path())
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    (output.status.code().expect("exited"), stdout)
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

#[test]
fn validate_lists_warnings_and_still_passes_when_there_are_only_warnings() {
    let ron = shown(&fixture("unused.ron"));
    let (code, stdout) = molnkoll(&["--lang", "en", "validate", &ron]);
    assert_eq!(code, 0, "{stdout}");
    let en = shown(&fixture("unused.en.ftl"));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "warning: {en}:5:6: the text \"vendor-seat.hnit\" is used by nothing in the questionnaire; did you mean \"vendor-seat.hint\"?"
            ),
            format!(
                "warning: {en}:8:1: the text \"option-usa\" is used by nothing in the questionnaire."
            ),
            format!(
                "warning: {en}:17:1: the text \"old-question\" is used by nothing in the questionnaire."
            ),
            format!("{ron}: no problems."),
        ]
    );
    let (code, stdout) = molnkoll(&["--lang", "sv", "validate", &ron]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.starts_with(&format!("varning: {en}:5:6: ")),
        "{stdout}"
    );
}

#[test]
fn validate_names_the_fluent_file_line_and_column_of_an_undefined_reference() {
    let ron = shown(&fixture("broken.ron"));
    let (code, stdout) = molnkoll(&["--lang", "en", "validate", &ron]);
    assert_eq!(code, 1, "{stdout}");
    let en = shown(&fixture("broken.en.ftl"));
    // `section-vendor = About { ` is 25 characters, `vendor-seat = Does { ` 21.
    assert!(
        stdout.starts_with(&format!(
            "{en}:1:26: the text refers to the term \"-vendr\", which does not exist"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{en}:2:22: the text uses the variable \"$who\"")),
        "{stdout}"
    );
    assert!(
        stdout.ends_with(&format!("{ron}: 2 problems.\n")),
        "{stdout}"
    );
}

#[test]
fn validate_help_describes_file_as_a_questionnaire() {
    for (lang, expected) in [
        ("en", "the questionnaire FILE"),
        ("sv", "frågeformuläret FIL"),
    ] {
        let (code, stdout) = molnkoll(&["--lang", lang, "validate", "--help"]);
        assert_eq!(code, 0, "{stdout}");
        assert!(stdout.contains(expected), "{stdout}");
        // The argument itself, not only the command, says it is a questionnaire.
        assert!(!stdout.contains(".molnkoll.ron"), "{stdout}");
    }
}
