//! The plain shell as a library type, with its input and output in memory and the saver
//! injected: what it does when a save fails, with a person at the prompt, and with news from
//! other writers.

mod common;

use std::cell::RefCell;
use std::io::Cursor;
use std::rc::Rc;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Localizer, Message as Text};
use molnkoll::interview::Interview;
use molnkoll::plain::{Outcome, Plain};
use molnkoll::shell::Edges;

/// Runs the docs' example questionnaire with `input`; the saver records what it was given
/// and fails while `failing` holds.
fn run(
    input: &str,
    script: bool,
    failing: bool,
    news: Option<Text>,
) -> (Outcome, String, Vec<Assessment>) {
    let (questionnaire, source) = common::docs_example();
    let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
    let interview = Interview::new(questionnaire.clone(), Assessment::new(&questionnaire, "T"));
    let saved: Rc<RefCell<Vec<Assessment>>> = Rc::default();
    let record = Rc::clone(&saved);
    let saver = Box::new(move |assessment: &Assessment| {
        if failing {
            return Err(UserError::new(
                Text::new("error-save")
                    .with("path", "t.molnkoll.ron")
                    .with("reason", "disken är full"),
            ));
        }
        record.borrow_mut().push(assessment.clone());
        Ok(())
    });
    let mut news = news;
    let edges = Edges::new(saver).with_news(Box::new(move || news.take()));
    let mut output = Vec::new();
    let outcome = Plain::new(
        interview,
        localizer,
        edges,
        Cursor::new(input.as_bytes().to_vec()),
        &mut output,
        script,
    )
    .run()
    .expect("in-memory I/O does not fail");
    let saved = saved.borrow().clone();
    (outcome, String::from_utf8(output).expect("UTF-8"), saved)
}

#[test]
fn a_failed_save_stops_a_script_with_the_reason() {
    let (outcome, output, saved) = run("Tjänst\n", true, true, None);
    let Outcome::Stopped(reason) = outcome else {
        panic!("a script must not go on unsaved: {output}");
    };
    assert!(reason.contains("disken är full"), "{reason}");
    assert!(output.contains("disken är full"), "{output}");
    assert!(saved.is_empty());
}

#[test]
fn a_person_at_the_prompt_is_told_and_asked_before_quitting_unsaved() {
    let (outcome, output, _) = run("Tjänst\nq\nq\n", false, true, None);
    assert_eq!(outcome, Outcome::Done, "{output}");
    assert!(output.contains("disken är full"), "{output}");
    assert!(
        output.contains("Den senaste ändringen kunde inte sparas. Skriv q igen"),
        "asked first: {output}"
    );
    assert!(
        output.contains("Avsluta? "),
        "the confirmation has its prompt: {output}"
    );
}

#[test]
fn a_person_at_the_prompt_gets_prompts_and_may_correct_a_refused_line() {
    // The example's second question is a choice of four: 9 is refused, 3 taken.
    let (outcome, output, saved) = run("Tjänst\n9\n3\n", false, false, None);
    assert_eq!(outcome, Outcome::Done, "{output}");
    assert!(output.contains("\"9\" passar inte frågan"), "{output}");
    assert!(output.contains("Svar: "), "{output}");
    assert!(
        !output.contains("Svar: 9"),
        "a terminal echoes what is typed; the shell does not: {output}"
    );
    let last = saved.last().expect("saved");
    assert_eq!(
        last.value("vendor-seat"),
        Some(&Value::Choice("usa".into()))
    );
}

#[test]
fn what_a_save_merged_in_from_elsewhere_is_said() {
    let news = Text::new("notice-merged-in")
        .with("count", 1usize)
        .with("ids", "children")
        .with("conflicts", 0usize);
    let (outcome, output, _) = run("Tjänst\n", true, false, Some(news));
    assert_eq!(outcome, Outcome::Done, "{output}");
    assert!(
        output.contains("ändringen fogades in: children"),
        "{output}"
    );
}

#[test]
fn a_command_without_its_colon_on_a_text_question_is_not_saved_as_the_answer() {
    // The example opens on its text question, "Vad heter tjänsten?".
    let (outcome, output, saved) = run("gå 2\n:gå 2\n3\n", false, false, None);
    assert_eq!(outcome, Outcome::Done, "{output}");
    assert!(output.contains("ser ut som ett kommando"), "{output}");
    let last = saved.last().expect("the answer to question 2 is saved");
    assert_eq!(last.value("service-name"), None, "the command is no answer");
    assert_eq!(
        last.value("vendor-seat"),
        Some(&Value::Choice("usa".into()))
    );

    // The same line again: the answer, as typed.
    let (outcome, output, saved) = run("ja\nja\n", false, false, None);
    assert_eq!(outcome, Outcome::Done, "{output}");
    let last = saved.last().expect("saved");
    assert_eq!(last.value("service-name"), Some(&Value::Text("ja".into())));
}

#[test]
fn the_same_answer_keys_are_not_said_again_on_the_next_question_of_the_kind() {
    // Text, choice, multi, number, date, yes/no, yes/no, then "l" for the whole question.
    let (outcome, output, _) = run("Tjänst\n3\n1\n5\n2027-01-01\nj\nl\n", true, false, None);
    assert_eq!(outcome, Outcome::Done, "{output}");
    let yes_no = output.matches("Svara j för ja").count();
    let typed = output
        .matches("kommandon skrivs då med kolon först")
        .count();
    // Once for the first yes/no question, and again when asked for with l.
    assert_eq!(yes_no, 2, "{output}");
    // The text question, and the number after the multiple choice; not the date after it.
    assert_eq!(typed, 2, "{output}");
}
