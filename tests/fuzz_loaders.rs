//! The loaders never panic: on arbitrary bytes, on RON token soup and on mutated valid files
//! (bytes flipped, inserted, deleted, duplicated, RON tokens spliced in, the file cut short),
//! every failure is an error value. What does load goes on to what the program does next
//! with it (validation; check, show, merge, saving again), which must not panic either.

mod common;

use std::path::Path;
use std::sync::OnceLock;

use molnkoll::assessment::{Answer, AnswerState, Assessment, Value};
use molnkoll::questionnaire::{self, Questionnaire, QuestionnaireSource};
use molnkoll::{check, commands, merge, rules, store};
use proptest::prelude::*;
use proptest::sample::Index;

/// Cases per loader and strategy; the three strategies add up to 13,000 per loader.
const ARBITRARY: u32 = 2_000;
const SOUP: u32 = 3_000;
const MUTATED: u32 = 8_000;

/// The seeds: the docs example with its texts, and the embedded questionnaire (20 times
/// larger, so a quarter of the mutated cases, to keep the test fast).
fn seeds() -> &'static [QuestionnaireSource; 2] {
    static SEEDS: OnceLock<[QuestionnaireSource; 2]> = OnceLock::new();
    SEEDS.get_or_init(|| {
        [
            QuestionnaireSource::from_path(&common::example_path()).unwrap(),
            QuestionnaireSource::embedded(),
        ]
    })
}

fn example() -> &'static Questionnaire {
    static EXAMPLE: OnceLock<Questionnaire> = OnceLock::new();
    EXAMPLE.get_or_init(|| seeds()[0].parse().unwrap())
}

/// A saved assessment of the example with every kind of value, state, conflict and action.
fn saved() -> &'static Assessment {
    static SAVED: OnceLock<Assessment> = OnceLock::new();
    SAVED.get_or_init(|| {
        let mut a = Assessment::new(example(), "Självskattning, leverantör Å Ä Ö");
        let values = [
            (
                "service-name",
                Value::Text("Molntjänst \"Ärendet\" \\ v2".into()),
            ),
            ("vendor-seat", Value::Choice("usa".into())),
            (
                "data-kinds",
                Value::Multi(["health".into(), "finance".into()].into()),
            ),
            ("user-count", Value::Number(-1200)),
            ("next-review", Value::Date("2027-06-30".into())),
            ("sensitive", Value::Yes),
            ("children", Value::No),
            ("dpf-certified", Value::Unknown),
            ("confidentiality", Value::Level(3)),
        ];
        for (i, (id, value)) in values.into_iter().enumerate() {
            let answer = Answer::new(value)
                .with_note(format!("anteckning {i}\n😀 åäö"))
                .with_state(AnswerState::ALL[i % 4]);
            a.answers.insert(id.to_owned(), answer);
        }
        let conflict = molnkoll::assessment::Conflict {
            ours: Answer::new(Value::Yes),
            theirs: Answer::new(Value::No).with_note("nej"),
        };
        a.answers.get_mut("children").unwrap().conflict = Some(Box::new(conflict));
        a.answers.insert(
            "removed-question".into(),
            Answer::new(Value::Choice("gammalt".into())),
        );
        let action = molnkoll::assessment::Action {
            owner: "DSO".into(),
            due: "2027-01-31".into(),
        };
        a.actions.insert("dpia-required".into(), action);
        a
    })
}

fn saved_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| store::to_ron(saved()))
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 23)
}

/// Loads a questionnaire from `text` with the seed's texts, as `--questionnaire` does, and
/// uses a valid one as the interview and `check` would.
fn load_questionnaire(seed: &QuestionnaireSource, text: String) {
    let mut source = seed.clone();
    source.ron.text = text;
    let Ok(questionnaire) = source.parse() else {
        return;
    };
    if questionnaire::validate(&questionnaire, &source).is_empty() {
        let _ = check::check(&questionnaire, saved(), today());
        let _ = commands::show(saved(), &questionnaire);
        let _ = rules::fired_findings(&questionnaire, &saved().answers);
    }
}

/// Loads an assessment from `text` and does with it what the commands do: check, show,
/// merge, and save it again, which must give back what was loaded.
fn load_assessment(text: String) {
    let path = Path::new("fuzz.molnkoll.ron");
    let Ok(assessment) = store::parse(path, text) else {
        return;
    };
    let again = store::parse(path, store::to_ron(&assessment))
        .unwrap_or_else(|error| panic!("a loaded assessment saves unreadably: {error}"));
    assert_eq!(again, assessment, "a loaded assessment changes when saved");
    let _ = check::check(example(), &assessment, today());
    let _ = commands::show(&assessment, example());
    let _ = commands::progress(example(), &assessment);
    for (base, ours, theirs) in [
        (saved(), &assessment, saved()),
        (saved(), saved(), &assessment),
        (&assessment, saved(), saved()),
    ] {
        if let Ok(merged) = merge::merge(base, ours, theirs) {
            let text = store::to_ron(&merged.assessment);
            store::parse(path, text)
                .unwrap_or_else(|error| panic!("a merge saves unreadably: {error}"));
        }
    }
}

/// Pieces of RON and of both file formats, to splice into files and to make token soup of.
#[rustfmt::skip]
const TOKENS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ",", ":", "\"", "'", "#", "/*", "*/", "//", "\\", "\n", "\r",
    "\r\n", "\t", " ", "#![enable(implicit_some)]", "#![enable(", "Some(", "None", "r#\"",
    "\"#", "b\"", "\\u{", "\\u{110000}", "\\x", "0", "-1", "255", "256", "-0", "1e400", "0x",
    "99999999999999999999999", "-9223372036854775809", "4294967296", "true", "()", "ä", "😀",
    "\u{0}", "\u{feff}", "Assessment(", "Questionnaire(", "Section(", "Question(", "Finding(",
    "Answer(", "Conflict(", "Action(", "format: ", "format: 2", "answers: {", "actions: {",
    "conflict: ", "ours: ", "theirs: ", "value: ", "note: ", "state: ", "Disputed", "Yes", "No",
    "Unknown", "Level(", "Text(", "Number(", "Date(", "Choice(", "Multi([", "YesNo", "id: ",
    "id: \"\"", "kind: ", "required: false", "max_chars: 0", "Level(4, 0)", "Level(0, 255)",
    "Number(min: Some(5), max: Some(1))", "show_if: Some(", "exclusive: ", "severity: ", "High",
    "when: ", "Is(", "All([", "Any([", "Not(", "AtLeast(", "AtLeast(0, [", "AtLeast(99, [",
    "LevelAtLeast(", "Answered(", "sections: [", "findings: [", "\"sensitive\"",
    "\"vendor-seat\"", "\"usa\"", "\"health\"",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    Duplicate(Index, Index, usize),
    Token(Index, usize),
    Truncate(Index),
    /// Lines deleted, copied or swapped: the file stays mostly well-formed and gets deep.
    DeleteLine(Index),
    CopyLine(Index, Index),
    SwapLines(Index, Index),
    /// A number in the file replaced by another from `NUMBERS`.
    Number(Index, usize),
    /// A string in the file replaced by another string of the file: ids that clash or
    /// refer to the wrong thing.
    String(Index, Index),
}

#[rustfmt::skip]
const NUMBERS: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "9", "10", "99", "255", "256", "65535", "4294967295",
    "4294967296", "-1", "9223372036854775807", "18446744073709551616",
];

/// Byte ranges of the lines, the numbers and the string contents of `bytes`.
fn lines(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            ranges.push(start..i + 1);
            start = i + 1;
        }
    }
    ranges.push(start..bytes.len());
    ranges
}

fn numbers(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if end > i {
            ranges.push(i..end);
        }
        i = end + 1;
    }
    ranges
}

fn strings(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let quotes: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\\'))
        .collect();
    quotes.chunks_exact(2).map(|q| q[0] + 1..q[1]).collect()
}

fn pick<T: Clone>(items: &[T], index: &Index) -> Option<T> {
    (!items.is_empty()).then(|| items[index.index(items.len())].clone())
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<Index>(), 0..8u8).prop_map(|(at, bit)| Mutation::Flip(at, bit)),
        2 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..4))
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        3 => (any::<Index>(), 1..40usize).prop_map(|(at, len)| Mutation::Delete(at, len)),
        1 => (any::<Index>(), any::<Index>(), 1..200usize)
            .prop_map(|(from, to, len)| Mutation::Duplicate(from, to, len)),
        4 => (any::<Index>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Token(at, token)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        2 => any::<Index>().prop_map(Mutation::DeleteLine),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::CopyLine(a, b)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        3 => (any::<Index>(), 0..NUMBERS.len()).prop_map(|(at, n)| Mutation::Number(at, n)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::String(a, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let at = |index: &Index, len: usize| index.index(len + 1);
    match mutation {
        Mutation::Flip(index, bit) if !bytes.is_empty() => {
            let i = index.index(bytes.len());
            bytes[i] ^= 1 << bit;
        }
        Mutation::Flip(..) => {}
        Mutation::Insert(index, inserted) => {
            let i = at(index, bytes.len());
            bytes.splice(i..i, inserted.iter().copied());
        }
        Mutation::Delete(index, len) => {
            let i = at(index, bytes.len());
            let end = (i + len).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Duplicate(from, to, len) => {
            let i = at(from, bytes.len());
            let copy = bytes[i..(i + len).min(bytes.len())].to_vec();
            let j = at(to, bytes.len());
            bytes.splice(j..j, copy);
        }
        Mutation::Token(index, token) => {
            let i = at(index, bytes.len());
            bytes.splice(i..i, TOKENS[*token].bytes());
        }
        Mutation::Truncate(index) => bytes.truncate(at(index, bytes.len())),
        Mutation::DeleteLine(index) => {
            let line = pick(&lines(bytes), index).unwrap();
            bytes.drain(line);
        }
        Mutation::CopyLine(from, to) => {
            let all = lines(bytes);
            let copy = bytes[pick(&all, from).unwrap()].to_vec();
            let j = pick(&all, to).unwrap().start;
            bytes.splice(j..j, copy);
        }
        Mutation::SwapLines(a, b) => {
            let all = lines(bytes);
            let (a, b) = (pick(&all, a).unwrap(), pick(&all, b).unwrap());
            let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
            if first.end <= second.start {
                let (one, two) = (
                    bytes[first.clone()].to_vec(),
                    bytes[second.clone()].to_vec(),
                );
                bytes.splice(second, one);
                bytes.splice(first, two);
            }
        }
        Mutation::Number(index, number) => {
            if let Some(range) = pick(&numbers(bytes), index) {
                bytes.splice(range, NUMBERS[*number].bytes());
            }
        }
        Mutation::String(index, other) => {
            let all = strings(bytes);
            if let (Some(range), Some(other)) = (pick(&all, index), pick(&all, other)) {
                let content = bytes[other].to_vec();
                bytes.splice(range, content);
            }
        }
    }
}

fn mutated(seed: &str, mutations: &[Mutation]) -> String {
    let mut bytes = seed.as_bytes().to_vec();
    for mutation in mutations {
        apply(&mut bytes, mutation);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(0..TOKENS.len(), 0..60)
        .prop_map(|tokens| tokens.into_iter().map(|t| TOKENS[t]).collect())
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    prop::collection::vec(mutation(), 1..4)
}

fn bytes() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..512)
        .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(ARBITRARY))]

    #[test]
    fn the_questionnaire_loader_never_panics_on_arbitrary_bytes(text in bytes()) {
        load_questionnaire(&seeds()[0], text);
    }

    #[test]
    fn the_assessment_loader_never_panics_on_arbitrary_bytes(text in bytes()) {
        load_assessment(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(SOUP))]

    #[test]
    fn the_questionnaire_loader_never_panics_on_token_soup(text in soup()) {
        load_questionnaire(&seeds()[0], text);
    }

    #[test]
    fn the_assessment_loader_never_panics_on_token_soup(text in soup()) {
        load_assessment(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(MUTATED))]

    #[test]
    fn the_questionnaire_loader_never_panics_on_mutated_files(
        seed in prop_oneof![3 => Just(0usize), 1 => Just(1usize)],
        mutations in mutations(),
    ) {
        let source = &seeds()[seed];
        load_questionnaire(source, mutated(&source.ron.text, &mutations));
    }

    #[test]
    fn the_assessment_loader_never_panics_on_mutated_files(mutations in mutations()) {
        load_assessment(mutated(saved_text(), &mutations));
    }
}

/// The seeds themselves load, so the mutations start from files that get deep.
#[test]
fn the_seeds_load_cleanly() {
    for seed in seeds() {
        let questionnaire = seed.parse().unwrap();
        assert!(
            questionnaire::validate(&questionnaire, seed).is_empty(),
            "{}",
            seed.ron.path.display()
        );
    }
    assert_eq!(
        store::parse(Path::new("x"), saved_text().to_owned()).unwrap(),
        *saved()
    );
}

/// Nesting deeper than any file needs is refused, never a stack overflow (which would abort
/// the program, not return an error): conflicts hold answers that hold conflicts, and
/// conditions hold conditions.
#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for depth in [10, 100, 1_000, 100_000] {
        let conflict = "conflict: Some(Conflict(ours: Answer(";
        let close = "), theirs: Answer())),";
        let assessment = format!(
            "Assessment(format: 1, questionnaire: \"example\", questionnaire_version: 1, \
             title: \"\", answers: {{\"sensitive\": Answer({}{})}})",
            conflict.repeat(depth),
            close.repeat(depth)
        );
        let parsed = store::parse(Path::new("deep"), assessment.clone());
        assert_eq!(parsed.is_ok(), depth <= 10, "depth {depth}");
        load_assessment(assessment);
        load_assessment("[".repeat(depth));
        load_assessment(format!("Assessment({}", "(".repeat(depth)));

        let example = &seeds()[0].ron.text;
        let nested = format!(
            "{}Is(\"sensitive\", Yes){}",
            "Not(".repeat(depth),
            ")".repeat(depth)
        );
        let when = "when: AtLeast(2, [Is(\"sensitive\", Yes), Is(\"children\", Yes), Is(\"data-kinds\", Choice(\"health\"))])";
        assert!(example.contains(when));
        load_questionnaire(
            &seeds()[0],
            example.replace(when, &format!("when: {nested}")),
        );
    }
}
