//! Validation: each problem `validate` can report, with its message and the exact line and
//! column; RON syntax errors; and the shipped questionnaires validate cleanly.
//!
//! The inline questionnaires are written without indentation so that columns are easy to
//! check by eye: `Question(id: "` is 14 characters, so a question's id is at column 14;
//! `Section(id: "` and `Finding(id: "` put theirs at column 13.

mod common;

use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Message};
use molnkoll::questionnaire::{QuestionnaireSource, validate};

use common::{at, ftl, ftl_for, render, source, source_with_texts};

/// The problems of the questionnaire's structure (texts are checked on their own below).
fn structure(ron: &str) -> Vec<UserError> {
    let source = source(ron);
    let questionnaire = source
        .parse()
        .unwrap_or_else(|e| panic!("does not parse: {e}"));
    validate(&questionnaire, &source)
        .into_iter()
        .filter(|p| !["validate-missing-text", "validate-ftl-missing-file"].contains(&p.message.id))
        .collect()
}

fn located(problems: &[UserError]) -> Vec<(&'static str, usize, usize)> {
    problems.iter().map(at).collect()
}

/// Every problem is located in `t.ron`.
fn assert_in_ron_file(problems: &[UserError]) {
    for problem in problems {
        let location = problem.location.as_ref().expect("located");
        assert_eq!(location.file.to_str(), Some("t.ron"), "{problem}");
    }
}

#[test]
fn a_valid_questionnaire_with_complete_texts_has_no_problems() {
    let ron = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "b", kind: Choice(["x", "y"]), show_if: Some(Is("a", Yes))),
Question(id: "c", kind: Multi(options: ["x", "none"], exclusive: ["none"])),
Question(id: "d", kind: Level(0, 9)),
Question(id: "e", kind: Text(max_chars: 1)),
Question(id: "f", kind: Number(min: Some(1), max: Some(1))),
Question(id: "g", kind: Date, required: false),
]),
Section(id: "later", questions: [
Question(id: "h", kind: YesNo, show_if: Some(All([Is("b", Choice("x")), LevelAtLeast("d", 9), LevelAtMost("f", -3), Is("d", Unknown)]))),
]),
], findings: [
Finding(id: "fa", severity: High, when: AtLeast(2, [Is("a", Yes), Is("h", No)])),
Finding(id: "fb", severity: Info, when: Any([Answered("g"), Not(Is("c", Choice("none")))])),
])"#;
    let source = source_with_texts(ron);
    let questionnaire = source.parse().unwrap();
    let problems = validate(&questionnaire, &source);
    assert!(problems.is_empty(), "{}", render(&problems));
}

#[test]
fn bad_ids_are_reported_where_they_are_declared() {
    let ron = r#"Questionnaire(id: "Test", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s_1", questions: [
Question(id: "1q", kind: YesNo),
Question(id: "q-", kind: Choice(["ok", "Bad"])),
Question(id: "a--b", kind: YesNo),
Question(id: "", kind: YesNo),
]),
], findings: [
Finding(id: "f g", severity: Info, when: Answered("q-")),
])"#;
    let problems = structure(ron);
    assert_eq!(
        located(&problems),
        [
            ("validate-bad-id", 1, 19),
            ("validate-bad-id", 2, 13),
            ("validate-bad-id", 3, 14),
            ("validate-bad-id", 4, 14),
            ("validate-bad-id", 4, 40),
            ("validate-bad-id", 5, 14),
            ("validate-bad-id", 6, 14),
            ("validate-bad-id", 9, 13),
        ],
        "{}",
        render(&problems)
    );
    let ids: Vec<String> = problems
        .iter()
        .map(|p| p.message.to_string())
        .collect::<Vec<_>>();
    assert_eq!(
        ids,
        [
            r#"validate-bad-id id="Test""#,
            r#"validate-bad-id id="s_1""#,
            r#"validate-bad-id id="1q""#,
            r#"validate-bad-id id="q-""#,
            r#"validate-bad-id id="Bad""#,
            r#"validate-bad-id id="a--b""#,
            r#"validate-bad-id id="""#,
            r#"validate-bad-id id="f g""#,
        ]
    );
    assert_in_ron_file(&problems);
}

#[test]
fn duplicate_ids_name_both_places() {
    let ron = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "s", kind: YesNo),
]),
Section(id: "two", questions: [
Question(id: "a", kind: YesNo),
]),
], findings: [
Finding(id: "a", severity: Info, when: Answered("s")),
])"#;
    let problems = structure(ron);
    assert_eq!(
        problems
            .iter()
            .map(|p| (at(p), p.message.clone()))
            .collect::<Vec<_>>(),
        [
            (
                ("validate-duplicate-id", 4, 14),
                Message::new("validate-duplicate-id")
                    .with("id", "s")
                    .with("first", "t.ron:2:13")
            ),
            (
                ("validate-duplicate-id", 7, 14),
                Message::new("validate-duplicate-id")
                    .with("id", "a")
                    .with("first", "t.ron:3:14")
            ),
            (
                ("validate-duplicate-id", 10, 13),
                Message::new("validate-duplicate-id")
                    .with("id", "a")
                    .with("first", "t.ron:3:14")
            ),
        ],
        "{}",
        render(&problems)
    );
}

#[test]
fn a_content_date_that_is_no_date_is_reported_at_the_date() {
    for bad in ["2026-02-30", "1 nov 2026", "2026-11", ""] {
        let ron = format!(
            "Questionnaire(id: \"t\", version: 1,\ncontent_as_of: \"{bad}\", sections: [\nSection(id: \"s\", questions: [Question(id: \"a\", kind: YesNo)]),\n])"
        );
        let problems = structure(&ron);
        assert_eq!(
            located(&problems),
            [("validate-bad-date", 2, 16)],
            "{bad}: {}",
            render(&problems)
        );
        assert_eq!(
            problems[0].message,
            Message::new("validate-bad-date").with("value", bad)
        );
    }
}

#[test]
fn a_questionnaire_without_sections_is_reported_at_its_id() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [])"#,
    );
    assert_eq!(
        located(&problems),
        [("validate-no-sections", 1, 19)],
        "{}",
        render(&problems)
    );
}

#[test]
fn an_empty_section_is_reported_at_its_id() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "full", questions: [Question(id: "a", kind: YesNo)]),
Section(id: "empty", questions: []),
])"#,
    );
    assert_eq!(
        located(&problems),
        [("validate-empty-section", 3, 13)],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-empty-section").with("id", "empty")
    );
}

#[test]
fn a_choice_without_options_is_reported_at_the_question() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "single", kind: Choice([])),
Question(id: "multiple", kind: Multi(options: [], exclusive: [])),
]),
])"#,
    );
    assert_eq!(
        located(&problems),
        [
            ("validate-no-options", 3, 14),
            ("validate-no-options", 4, 14)
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-no-options").with("id", "multiple")
    );
}

#[test]
fn a_duplicate_option_is_reported_at_its_second_occurrence() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "single", kind: Choice(["x", "y", "x"])),
Question(id: "multiple", kind: Multi(options: ["y", "none", "y"], exclusive: ["none"])),
]),
])"#,
    );
    // `Question(id: "single", kind: Choice([` is 37 characters; `"x", "y", ` 10 more.
    // `Question(id: "multiple", kind: Multi(options: [` is 47; `"y", "none", ` 13 more.
    assert_eq!(
        located(&problems),
        [
            ("validate-duplicate-option", 3, 48),
            ("validate-duplicate-option", 4, 61),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-duplicate-option")
            .with("question", "single")
            .with("option", "x")
    );
}

#[test]
fn an_exclusive_option_that_is_no_option_is_reported_where_it_is_named() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "m", kind: Multi(options: ["x", "none"], exclusive: ["nothing"])),
]),
])"#,
    );
    // `Question(id: "m", kind: Multi(options: ["x", "none"], exclusive: [` is 66 characters.
    assert_eq!(
        located(&problems),
        [("validate-unknown-option", 3, 67)],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-unknown-option")
            .with("question", "m")
            .with("option", "nothing")
    );
}

#[test]
fn a_condition_naming_an_unknown_option_is_reported_at_the_option() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "c", kind: Choice(["x", "y"])),
Question(id: "m", kind: Multi(options: ["x", "y"])),
Question(id: "d", kind: YesNo, show_if: Some(Is("c", Choice("z")))),
]),
], findings: [
Finding(id: "f", severity: Info, when: Is("m", Choice("w"))),
])"#,
    );
    // `Question(id: "d", kind: YesNo, show_if: Some(Is("c", Choice(` is 60 characters;
    // `Finding(id: "f", severity: Info, when: Is("m", Choice(` is 54.
    assert_eq!(
        located(&problems),
        [
            ("validate-unknown-option", 5, 61),
            ("validate-unknown-option", 8, 55),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-unknown-option")
            .with("question", "m")
            .with("option", "w")
    );
}

#[test]
fn a_bad_level_scale_is_reported_at_the_question() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "upside-down", kind: Level(3, 1)),
Question(id: "ok", kind: Level(2, 2)),
Question(id: "too-many", kind: Level(0, 10)),
Question(id: "widest", kind: Level(0, 9)),
]),
])"#,
    );
    assert_eq!(
        located(&problems),
        [
            ("validate-bad-level-range", 3, 14),
            ("validate-bad-level-range", 5, 14),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-bad-level-range").with("id", "too-many")
    );
}

#[test]
fn a_text_allowing_no_characters_is_reported_at_the_question() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "ok", kind: Text(max_chars: 1)),
Question(id: "zero", kind: Text(max_chars: 0)),
]),
])"#,
    );
    assert_eq!(
        located(&problems),
        [("validate-bad-text-limit", 4, 14)],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-bad-text-limit").with("id", "zero")
    );
}

#[test]
fn a_number_range_with_min_above_max_is_reported_at_the_question() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "equal", kind: Number(min: Some(1), max: Some(1))),
Question(id: "open", kind: Number(min: None, max: Some(-3))),
Question(id: "reversed", kind: Number(min: Some(5), max: Some(1))),
]),
])"#,
    );
    assert_eq!(
        located(&problems),
        [("validate-bad-number-range", 5, 14)],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-bad-number-range").with("id", "reversed")
    );
}

#[test]
fn a_level_comparison_outside_the_scale_is_reported_at_the_question_it_names() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "l", kind: Level(1, 4)),
Question(id: "n", kind: Number(min: Some(0), max: Some(10))),
Question(id: "a", kind: YesNo, show_if: Some(LevelAtLeast("l", 5))),
Question(id: "b", kind: YesNo, show_if: Some(Any([LevelAtLeast("l", 4), LevelAtMost("l", 1), LevelAtLeast("n", 1000)]))),
]),
], findings: [
Finding(id: "f", severity: Info, when: LevelAtMost("l", 0)),
])"#,
    );
    // `Question(id: "a", kind: YesNo, show_if: Some(LevelAtLeast(` is 58 characters;
    // `Finding(id: "f", severity: Info, when: LevelAtMost(` is 51.
    assert_eq!(
        located(&problems),
        [
            ("validate-level-out-of-range", 5, 59),
            ("validate-level-out-of-range", 9, 52),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-level-out-of-range")
            .with("question", "l")
            .with("level", 5i64)
    );
}

#[test]
fn a_condition_of_the_wrong_kind_is_reported_at_the_question_it_names() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "l", kind: Level(0, 4)),
Question(id: "y", kind: YesNo),
Question(id: "a", kind: YesNo, show_if: Some(Is("l", Yes))),
Question(id: "b", kind: YesNo, show_if: Some(Is("y", Choice("x")))),
Question(id: "c", kind: YesNo, show_if: Some(LevelAtLeast("y", 1))),
Question(id: "d", kind: YesNo, show_if: Some(Is("l", Unknown))),
]),
], findings: [
Finding(id: "f", severity: Info, when: Not(Is("l", No))),
])"#,
    );
    // `Question(id: "a", kind: YesNo, show_if: Some(Is(` is 48 characters,
    // `... Some(LevelAtLeast(` 58, `Finding(id: "f", severity: Info, when: Not(Is(` 46.
    assert_eq!(
        located(&problems),
        [
            ("validate-wrong-kind", 5, 49),
            ("validate-wrong-kind", 6, 49),
            ("validate-wrong-kind", 7, 59),
            ("validate-wrong-kind", 11, 47),
        ],
        "{}",
        render(&problems)
    );
    // Each names the form that fits the question (issue 10).
    let expected: Vec<Message> = [
        ("l", "YesNo", r#"LevelAtLeast("l", 3)"#),
        ("y", "Choice/Multi", r#"Is("y", Yes)"#),
        ("y", "Level/Number", r#"Is("y", Yes)"#),
        ("l", "YesNo", r#"LevelAtLeast("l", 3)"#),
    ]
    .iter()
    .map(|(question, kind, form)| {
        Message::new("validate-wrong-kind")
            .with("question", *question)
            .with("expected", *kind)
            .with("form", *form)
    })
    .collect();
    assert_eq!(
        problems
            .iter()
            .map(|p| p.message.clone())
            .collect::<Vec<_>>(),
        expected
    );
}

#[test]
fn empty_all_and_any_are_reported_at_their_owner() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo, show_if: Some(All([]))),
Question(id: "b", kind: YesNo, show_if: Some(Not(Any([])))),
]),
], findings: [
Finding(id: "f", severity: Info, when: Any([])),
])"#,
    );
    assert_eq!(
        located(&problems),
        [
            ("validate-empty-condition", 3, 14),
            ("validate-empty-condition", 4, 14),
            ("validate-empty-condition", 7, 13),
        ],
        "{}",
        render(&problems)
    );
}

#[test]
fn at_least_with_n_out_of_range_is_reported_at_its_owner() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "b", kind: YesNo),
Question(id: "zero", kind: YesNo, show_if: Some(AtLeast(0, [Is("a", Yes)]))),
Question(id: "all", kind: YesNo, show_if: Some(AtLeast(2, [Is("a", Yes), Is("b", Yes)]))),
]),
], findings: [
Finding(id: "too-many", severity: High, when: AtLeast(3, [Is("a", Yes), Is("b", Yes)])),
Finding(id: "none", severity: High, when: AtLeast(1, [])),
])"#,
    );
    assert_eq!(
        located(&problems),
        [
            ("validate-bad-at-least", 5, 14),
            ("validate-bad-at-least", 9, 13),
            ("validate-bad-at-least", 10, 13),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-bad-at-least")
            .with("n", 3usize)
            .with("count", 2usize)
    );
}

#[test]
fn a_condition_naming_an_unknown_question_is_reported_at_the_name() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "a", kind: YesNo),
Question(id: "b", kind: YesNo, show_if: Some(All([Is("a", Yes), Is("nope", Yes)]))),
]),
], findings: [
Finding(id: "f", severity: Warning,
when: Any([Answered("a"), Answered("ghost")])),
])"#,
    );
    // `Question(id: "b", kind: YesNo, show_if: Some(All([Is("a", Yes), Is(` is 67
    // characters; `when: Any([Answered("a"), Answered(` is 35.
    assert_eq!(
        located(&problems),
        [
            ("validate-unknown-question", 4, 68),
            ("validate-unknown-question", 8, 36),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-unknown-question").with("id", "ghost")
    );
    assert_eq!(
        problems[1].to_string(),
        r#"t.ron:8:36: validate-unknown-question id="ghost""#
    );
}

#[test]
fn a_show_if_may_only_name_earlier_questions() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "early", kind: YesNo, show_if: Some(Is("late", Yes))),
Question(id: "me", kind: YesNo, show_if: Some(Is("me", Yes))),
Question(id: "nested", kind: YesNo, show_if: Some(Not(Any([Is("early", Yes), Answered("late")])))),
]),
Section(id: "two", questions: [
Question(id: "late", kind: YesNo, show_if: Some(Is("early", No))),
]),
], findings: [
Finding(id: "f", severity: Info, when: All([Is("late", Yes), Is("early", Yes)])),
])"#,
    );
    // `Question(id: "early", kind: YesNo, show_if: Some(Is(` is 52 characters;
    // `Question(id: "me", kind: YesNo, show_if: Some(Is(` 49;
    // `Question(id: "nested", kind: YesNo, show_if: Some(Not(Any([Is("early", Yes), Answered(` 86.
    assert_eq!(
        located(&problems),
        [
            ("validate-forward-reference", 3, 53),
            ("validate-forward-reference", 4, 50),
            ("validate-forward-reference", 5, 87),
        ],
        "{}",
        render(&problems)
    );
    assert_eq!(
        problems[1].message,
        Message::new("validate-forward-reference")
            .with("question", "me")
            .with("id", "me")
    );
    assert_eq!(
        problems[0].message,
        Message::new("validate-forward-reference")
            .with("question", "early")
            .with("id", "late")
    );
}

#[test]
fn problems_are_all_reported_in_file_order() {
    let problems = structure(
        r#"Questionnaire(id: "t", version: 1, content_as_of: "someday", sections: [
Section(id: "s", questions: [
Question(id: "a", kind: Choice([])),
Question(id: "a", kind: Level(4, 0), show_if: Some(Is("zz", Yes))),
]),
Section(id: "e", questions: []),
])"#,
    );
    assert_eq!(
        located(&problems),
        [
            ("validate-bad-date", 1, 51),
            ("validate-no-options", 3, 14),
            ("validate-duplicate-id", 4, 14),
            ("validate-bad-level-range", 4, 14),
            ("validate-unknown-question", 4, 55),
            ("validate-empty-section", 6, 13),
        ],
        "{}",
        render(&problems)
    );
}

// ---- texts ----

const TEXTS: &str = r#"Questionnaire(id: "t", version: 1, content_as_of: "2026-01-01", sections: [
Section(id: "s", questions: [
Question(id: "q", kind: YesNo),
Question(id: "c", kind: Choice(["x", "y"])),
Question(id: "l", kind: Level(1, 3)),
]),
], findings: [
Finding(id: "f", severity: High, when: Is("q", Yes)),
])"#;

/// Validates `TEXTS` with complete Swedish texts and English texts lacking `skip`.
fn missing_in_english(skip: &[&str], extra: &str) -> Vec<UserError> {
    let mut source = source(TEXTS);
    let questionnaire = source.parse().unwrap();
    let complete = ftl_for(&questionnaire, &[]);
    let english = format!("{}{extra}", ftl_for(&questionnaire, skip));
    source
        .texts
        .insert(Lang::Sv, vec![ftl(Lang::Sv, &complete)]);
    source.texts.insert(Lang::En, vec![ftl(Lang::En, &english)]);
    validate(&questionnaire, &source)
}

fn missing(id: &str, lang: &str, file: &str) -> Message {
    Message::new("validate-missing-text")
        .with("id", id)
        .with("lang", lang)
        .with("file", file)
}

#[test]
fn complete_texts_have_no_problems() {
    let problems = missing_in_english(&[], "");
    assert!(problems.is_empty(), "{}", render(&problems));
}

#[test]
fn each_missing_text_is_reported_at_what_needs_it() {
    // (the key left out, the line and column of the declaration that needs it)
    let cases: [(&str, usize, usize); 10] = [
        ("section-s", 2, 13),
        ("q", 3, 14),
        ("q.help", 3, 14),
        ("q.ref", 3, 14),
        ("c--x", 4, 14),
        ("c--y", 4, 14),
        ("l--level-1", 5, 14),
        ("l--level-3", 5, 14),
        ("finding-f", 8, 13),
        ("finding-f.action", 8, 13),
    ];
    for (key, line, column) in &cases {
        let problems = missing_in_english(&[key], "");
        assert_eq!(
            located(&problems),
            [("validate-missing-text", *line, *column)],
            "{key}: {}",
            render(&problems)
        );
        assert_eq!(problems[0].message, missing(key, "en", "t.en.ftl"), "{key}");
        assert_in_ron_file(&problems);
    }
    // The question, its help and its reference all missing: three problems.
    let problems = missing_in_english(&["q", "q.help", "q.ref"], "");
    assert_eq!(
        problems
            .iter()
            .map(|p| p.message.clone())
            .collect::<Vec<_>>(),
        [
            missing("q", "en", "t.en.ftl"),
            missing("q.help", "en", "t.en.ftl"),
            missing("q.ref", "en", "t.en.ftl"),
        ]
    );
}

#[test]
fn a_question_with_help_but_no_text_of_its_own_is_missing_its_text() {
    // `q =` followed only by attributes: Fluent accepts it, but the question has no text.
    let problems = missing_in_english(&["q"], "");
    assert_eq!(
        problems
            .iter()
            .map(|p| p.message.clone())
            .collect::<Vec<_>>(),
        [missing("q", "en", "t.en.ftl")],
        "{}",
        render(&problems)
    );
}

#[test]
fn shared_option_and_level_labels_stand_in_for_specific_ones() {
    let shared = "option-x = X\noption-y = Y\nlevel-1 = One\nlevel-2 = Two\nlevel-3 = Three\n";
    let problems = missing_in_english(
        &["c--x", "c--y", "l--level-1", "l--level-2", "l--level-3"],
        shared,
    );
    assert!(problems.is_empty(), "{}", render(&problems));
    // A shared label for another level does not count.
    let problems = missing_in_english(&["l--level-2"], "level-4 = Four\n");
    assert_eq!(
        located(&problems),
        [("validate-missing-text", 5, 14)],
        "{}",
        render(&problems)
    );
}

#[test]
fn a_locale_without_a_text_file_is_one_problem_naming_the_file() {
    // Issue 10: one problem naming the expected file, not one per missing text.
    let mut source = source(TEXTS);
    let questionnaire = source.parse().unwrap();
    source
        .texts
        .insert(Lang::Sv, vec![ftl(Lang::Sv, &ftl_for(&questionnaire, &[]))]);
    let problems = validate(&questionnaire, &source);
    assert_eq!(
        problems,
        [UserError::new(
            Message::new("validate-ftl-missing-file")
                .with("lang", "en")
                .with("file", "t.en.ftl")
                .with("questionnaire", "t.ron")
        )],
        "{}",
        render(&problems)
    );
}

#[test]
fn a_fluent_syntax_error_is_reported_in_the_fluent_file() {
    let mut source = source(TEXTS);
    let questionnaire = source.parse().unwrap();
    let complete = ftl_for(&questionnaire, &[]);
    // Junk on line 2 of the Swedish file; the messages around it still load. The parser
    // reads `det` as a message id, then expects `=` at column 5.
    let mut lines: Vec<&str> = complete.lines().collect();
    assert!(lines[1].starts_with("q = "));
    lines.insert(1, "det här är ingen fluent");
    let broken = lines.join("\n") + "\n";
    source.texts.insert(Lang::Sv, vec![ftl(Lang::Sv, &broken)]);
    source
        .texts
        .insert(Lang::En, vec![ftl(Lang::En, &complete)]);
    let problems = validate(&questionnaire, &source);
    assert_eq!(
        located(&problems),
        [("validate-ftl-syntax", 2, 5)],
        "{}",
        render(&problems)
    );
    let location = problems[0].location.as_ref().unwrap();
    assert_eq!(location.file.to_str(), Some("t.sv.ftl"));
}

#[test]
fn a_fluent_syntax_error_in_an_attribute_is_located_on_its_line() {
    let mut source = source(TEXTS);
    let questionnaire = source.parse().unwrap();
    let complete = ftl_for(&questionnaire, &[]);
    let broken = complete.replace("    .help = help of q\n", "    .help = { $unclosed\n");
    assert_ne!(broken, complete);
    let line = broken
        .lines()
        .position(|l| l.contains("$unclosed"))
        .unwrap()
        + 1;
    source
        .texts
        .insert(Lang::Sv, vec![ftl(Lang::Sv, &complete)]);
    source.texts.insert(Lang::En, vec![ftl(Lang::En, &broken)]);
    let problems = validate(&questionnaire, &source);
    let syntax: Vec<_> = problems
        .iter()
        .filter(|p| p.message.id == "validate-ftl-syntax")
        .collect();
    assert_eq!(syntax.len(), 1, "{}", render(&problems));
    let location = syntax[0].location.as_ref().unwrap();
    assert_eq!(location.file.to_str(), Some("t.en.ftl"));
    assert_eq!(location.line, line, "{location}");
    // From the broken attribute on, the entry is skipped: its attributes are missing.
    assert_eq!(
        problems
            .iter()
            .filter(|p| p.message.id == "validate-missing-text")
            .map(|p| p.message.clone())
            .collect::<Vec<_>>(),
        [
            missing("q.help", "en", "t.en.ftl"),
            missing("q.ref", "en", "t.en.ftl")
        ],
        "{}",
        render(&problems)
    );
}

// ---- RON syntax ----

fn parse_error(ron: &str) -> UserError {
    source(ron)
        .parse()
        .expect_err("the questionnaire must not parse")
}

#[test]
fn ron_syntax_errors_give_file_line_and_column() {
    let cases: [(&str, (&str, usize, usize)); 5] = [
        (
            // A missing comma between two questions.
            "Questionnaire(id: \"t\", version: 1, content_as_of: \"2026-01-01\", sections: [\nSection(id: \"s\", questions: [\nQuestion(id: \"a\", kind: YesNo)\nQuestion(id: \"b\", kind: YesNo),\n]),\n])",
            ("error-ron-syntax", 4, 1),
        ),
        (
            // An unknown field.
            "Questionnaire(id: \"t\", version: 1, content_as_of: \"2026-01-01\", sections: [\nSection(id: \"s\", questions: [\nQuestion(id: \"a\", kind: YesNo, shown_if: None),\n]),\n])",
            ("error-ron-syntax", 3, 32),
        ),
        (
            // An unknown kind.
            "Questionnaire(id: \"t\", version: 1, content_as_of: \"2026-01-01\", sections: [\nSection(id: \"s\", questions: [\nQuestion(id: \"a\", kind: Boolean),\n]),\n])",
            ("error-ron-syntax", 3, 25),
        ),
        (
            // A version that is no number.
            "Questionnaire(\n    id: \"t\",\n    version: one,\n)",
            ("error-ron-syntax", 3, 14),
        ),
        (
            // An unknown condition.
            "Questionnaire(id: \"t\", version: 1, content_as_of: \"2026-01-01\", sections: [\nSection(id: \"s\", questions: [\nQuestion(id: \"a\", kind: YesNo, show_if: Some(Maybe(\"a\"))),\n]),\n])",
            ("error-ron-syntax", 3, 46),
        ),
    ];
    for (ron, expected) in cases {
        let error = parse_error(ron);
        assert_eq!(at(&error), expected, "{error}\n{ron}");
        let location = error.location.as_ref().unwrap();
        assert_eq!(location.file.to_str(), Some("t.ron"));
        assert!(
            error
                .to_string()
                .starts_with(&format!("t.ron:{}:{}: ", expected.1, expected.2)),
            "{error}"
        );
    }
}

#[test]
fn a_truncated_questionnaire_is_reported_as_truncated() {
    let full = std::fs::read_to_string(common::example_path()).unwrap();
    let start = full.find("Questionnaire(").unwrap();
    let end = full.rfind(')').unwrap();
    let cuts = [
        start + 5,
        start + 14,
        start + 20,
        full.len() / 3,
        full.len() / 2,
        full.find("\"eu-eea\"").unwrap() + 3,
        end - 1,
        end,
    ];
    for cut in cuts {
        let cut = (0..=cut).rev().find(|&i| full.is_char_boundary(i)).unwrap();
        let error = parse_error(&full[..cut]);
        assert_eq!(
            error.message.id, "error-truncated-file",
            "cut at {cut}: {error}"
        );
        assert!(error.location.is_some(), "{error}");
    }
}

#[test]
fn an_empty_or_foreign_file_is_named_as_such() {
    for empty in ["", "  \n\t\n"] {
        let error = parse_error(empty);
        assert_eq!(
            error,
            UserError::new(
                Message::new("error-empty-file")
                    .with("path", "t.ron")
                    .with("expected", "Questionnaire")
            )
        );
    }
    let error = parse_error(
        "Assessment(format: 1, questionnaire: \"molnkoll\", questionnaire_version: 1, title: \"x\", answers: {})\n",
    );
    assert_eq!(at(&error), ("error-foreign-file", 1, 1), "{error}");
    assert_eq!(
        error.message,
        Message::new("error-foreign-file")
            .with("path", "t.ron")
            .with("expected", "Questionnaire")
            .with("found", "Assessment")
    );
}

// ---- the shipped questionnaires ----

#[test]
fn the_docs_example_validates_without_problems() {
    let source = QuestionnaireSource::from_path(&common::example_path()).unwrap();
    // Both text files were found beside it.
    for lang in Lang::ALL {
        assert_eq!(source.texts(lang).len(), 1, "{lang:?}");
    }
    let questionnaire = source.parse().unwrap();
    let problems = validate(&questionnaire, &source);
    assert!(problems.is_empty(), "{}", render(&problems));
}

#[test]
fn the_docs_example_is_the_one_the_format_document_shows() {
    let doc = std::fs::read_to_string(common::manifest_dir().join("docs/questionnaire-format.md"))
        .unwrap();
    assert!(doc.contains("docs/example/example.ron"));
}

#[test]
fn the_embedded_questionnaire_validates_without_problems() {
    let source = QuestionnaireSource::embedded();
    let questionnaire = source.parse().unwrap_or_else(|e| panic!("{e}"));
    assert!(!questionnaire.sections.is_empty());
    let problems = validate(&questionnaire, &source);
    assert!(
        problems.is_empty(),
        "{} problems, the first:\n{}",
        problems.len(),
        render(&problems[..problems.len().min(20)])
    );
}

#[test]
fn from_path_names_a_missing_or_non_utf8_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.ron");
    let error = QuestionnaireSource::from_path(&missing).unwrap_err();
    assert_eq!(error.message.id, "error-read");
    assert!(error.to_string().contains("nothing.ron"), "{error}");

    let ron = dir.path().join("q.ron");
    std::fs::write(&ron, "Questionnaire(\n  id: \"t\",").unwrap();
    std::fs::write(dir.path().join("q.sv.ftl"), b"a = b\nc = \xff\n").unwrap();
    let error = QuestionnaireSource::from_path(&ron).unwrap_err();
    assert_eq!(at(&error), ("error-not-utf8", 2, 5), "{error}");
    assert_eq!(
        error.location.as_ref().unwrap().file,
        dir.path().join("q.sv.ftl")
    );
}
