//! The shell driven by key events and pastes, as a terminal drives it: what a room types is
//! what is saved, and no typed word is a command.

use std::path::Path;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Mode};
use molnkoll::tui::{App, Theme, clean_text};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn app(lang: Lang) -> App {
    let source = molnkoll::questionnaire::QuestionnaireSource::from_path(Path::new(
        "docs/example/example.ron",
    ))
    .expect("reads");
    let questionnaire = source.parse().expect("parses");
    let (localizer, _) = Localizer::new(lang, source.texts(lang));
    let assessment = Assessment::new(&questionnaire, "Test");
    let interview = Interview::new(questionnaire, assessment);
    App::new(
        interview,
        localizer,
        Theme::DARK,
        Box::new(|_: &Assessment| Ok(())),
    )
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    app.run_effects();
}

fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    app.run_effects();
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn current(app: &App) -> String {
    app.interview
        .current_question()
        .expect("a question")
        .id
        .clone()
}

fn go(app: &mut App, id: &str) {
    app.dispatch(molnkoll::interview::Message::GoTo(id.into()));
}

#[test]
fn a_word_typed_on_a_text_question_is_the_answer_and_nothing_else() {
    let mut app = app(Lang::Sv);
    assert_eq!(current(&app), "service-name");
    // Every letter here was once a command: i help, r, e note, s state, o, f findings, t,
    // l, a answer, n no, d; q quit, x export and p projector are in the second word.
    typed(&mut app, "Microsoft Ireland qxp");
    assert_eq!(app.interview.mode(), Mode::EditAnswer);
    assert!(!app.interview.projector());
    key(&mut app, KeyCode::Enter);
    let assessment = app.interview.assessment();
    assert_eq!(
        assessment.value("service-name"),
        Some(&Value::Text("Microsoft Ireland qxp".into()))
    );
    assert_eq!(assessment.answers.len(), 1);
    let answer = assessment.answer("service-name").expect("answered");
    assert!(answer.note.is_empty() && answer.state.is_settled());
    assert_eq!(current(&app), "vendor-seat", "Enter saves and moves on");
    assert!(!app.interview.should_quit());
}

#[test]
fn typing_on_an_answered_text_question_replaces_it_and_f2_edits_it() {
    let mut app = app(Lang::En);
    typed(&mut app, "Lifecare");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        current(&app),
        "service-name",
        "Esc keeps the answer and stays"
    );
    assert_eq!(
        app.interview.assessment().value("service-name"),
        Some(&Value::Text("Lifecare".into()))
    );
    key(&mut app, KeyCode::F(2));
    typed(&mut app, " AB");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.interview.assessment().value("service-name"),
        Some(&Value::Text("Lifecare AB".into()))
    );
    typed(&mut app, "X");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.interview.assessment().value("service-name"),
        Some(&Value::Text("X".into()))
    );
    // Ctrl+Z outside the editor undoes the last change, and the one before.
    ctrl(&mut app, 'z');
    assert_eq!(
        app.interview.assessment().value("service-name"),
        Some(&Value::Text("Lifecare AB".into()))
    );
    ctrl(&mut app, 'y');
    assert_eq!(
        app.interview.assessment().value("service-name"),
        Some(&Value::Text("X".into()))
    );
}

#[test]
fn ctrl_letters_never_act_as_the_letter() {
    let mut app = app(Lang::Sv);
    go(&mut app, "sensitive");
    for c in ['y', 'j', 'n', 'u', 'v', 's', 'a', 'x', 'h', 'k', 'd', 'o'] {
        ctrl(&mut app, c);
    }
    assert!(app.interview.assessment().answers.is_empty());
    assert_eq!(app.interview.mode(), Mode::Question);
    assert!(app.interview.show_help_text(), "Ctrl+H is not h");
    // Alt+letter neither.
    app.handle_key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::ALT));
    assert!(app.interview.assessment().answers.is_empty());
}

#[test]
fn swedish_and_english_answer_keys_both_work() {
    let mut app = app(Lang::Sv);
    go(&mut app, "sensitive");
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(
        app.interview.assessment().value("sensitive"),
        Some(&Value::Yes)
    );
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(
        app.interview.assessment().value("sensitive"),
        Some(&Value::Unknown)
    );
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(
        app.interview.assessment().value("sensitive"),
        Some(&Value::Yes)
    );
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(
        app.interview.assessment().value("sensitive"),
        Some(&Value::Unknown)
    );
}

#[test]
fn backspace_never_erases_an_answer_and_del_is_undoable() {
    let mut app = app(Lang::Sv);
    go(&mut app, "sensitive");
    key(&mut app, KeyCode::Char('y'));
    key(&mut app, KeyCode::Backspace);
    assert_eq!(
        app.interview.assessment().value("sensitive"),
        Some(&Value::Yes)
    );
    key(&mut app, KeyCode::Delete);
    assert_eq!(app.interview.assessment().value("sensitive"), None);
    ctrl(&mut app, 'z');
    assert_eq!(
        app.interview.assessment().value("sensitive"),
        Some(&Value::Yes)
    );
}

#[test]
fn enter_on_an_unanswered_question_only_moves_on() {
    let mut app = app(Lang::En);
    for _ in 0..8 {
        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Enter);
    }
    assert!(app.interview.assessment().answers.is_empty());
    assert_eq!(app.interview.mode(), Mode::Summary { selected: 0 });
}

#[test]
fn a_paste_is_one_edit_without_control_characters() {
    let mut app = app(Lang::Sv);
    go(&mut app, "vendor-seat");
    // On a choice question a paste goes into the note; none of it is a key.
    app.paste("Svar 2 maj:\r\n1. data i EU\x1b[2J\x07\n\tq y 3");
    assert_eq!(app.interview.mode(), Mode::EditNote);
    key(&mut app, KeyCode::Esc);
    let answer = app
        .interview
        .assessment()
        .answer("vendor-seat")
        .expect("a note");
    assert_eq!(answer.note, "Svar 2 maj:\n1. data i EU[2J\n q y 3");
    assert_eq!(answer.value, None);
    assert!(!app.interview.should_quit());
    // On a text question a paste starts the answer, on one line.
    go(&mut app, "service-name");
    app.paste("Microsoft\nIreland");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.assessment().value("service-name"),
        Some(&Value::Text("Microsoft Ireland".into()))
    );
}

#[test]
fn a_paste_keeps_the_character_limit_of_a_text_answer() {
    let mut app = app(Lang::En);
    app.paste(&"x".repeat(500));
    key(&mut app, KeyCode::Enter);
    let Some(Value::Text(text)) = app.interview.assessment().value("service-name") else {
        panic!("a text answer");
    };
    assert_eq!(text.chars().count(), 80, "the example's limit");
}

#[test]
fn control_characters_are_dropped_from_text() {
    assert_eq!(clean_text("a\tb\u{7}c\r\nd\u{1b}", true), "a bc\nd");
    assert_eq!(clean_text("a\r\nb\rc", false), "a b c");
    assert_eq!(clean_text("\u{85}x\u{9f}", true), "x", "C1 controls too");
}

#[test]
fn esc_keeps_the_note_like_every_editor() {
    let mut app = app(Lang::Sv);
    go(&mut app, "sensitive");
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "Beslut");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "rad två");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.interview
            .assessment()
            .answer("sensitive")
            .map(|a| a.note.as_str()),
        Some("Beslut\nrad två")
    );
    // Ctrl+E opens the note on a text question too.
    go(&mut app, "service-name");
    ctrl(&mut app, 'e');
    assert_eq!(app.interview.mode(), Mode::EditNote);
    // Ctrl+Z in the editor undoes typing, not the assessment.
    typed(&mut app, "abc");
    ctrl(&mut app, 'z');
    key(&mut app, KeyCode::Esc);
    let note = app
        .interview
        .assessment()
        .answer("service-name")
        .map(|a| a.note.clone())
        .unwrap_or_default();
    assert!(
        note.len() < 3,
        "the editor's own undo took typing back: {note:?}"
    );
    assert_eq!(
        app.interview
            .assessment()
            .answer("sensitive")
            .map(|a| a.note.as_str()),
        Some("Beslut\nrad två")
    );
}

#[test]
fn the_help_screen_scrolls_no_further_than_its_end() {
    let mut app = app(Lang::Sv);
    key(&mut app, KeyCode::F(1));
    assert_eq!(app.interview.mode(), Mode::Help);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("backend");
    for _ in 0..200 {
        terminal
            .draw(|frame| molnkoll::tui::view::render(&app, frame))
            .expect("draws");
        key(&mut app, KeyCode::Down);
    }
    let max = app.help_max_scroll.get();
    assert!(max > 0, "at 80x24 the help is longer than the screen");
    assert_eq!(app.interview.help_scroll(), max);
    key(&mut app, KeyCode::Up);
    assert_eq!(
        app.interview.help_scroll(),
        max - 1,
        "one up scrolls back at once"
    );
}

#[test]
fn an_emptied_editor_keeps_the_answer_clearing_is_del() {
    let mut app = app(Lang::En);
    typed(&mut app, "Lifecare");
    key(&mut app, KeyCode::Esc);
    // A stray key replaces the answer in the editor; taking it back and leaving keeps it.
    typed(&mut app, "f");
    ctrl(&mut app, 'z');
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.interview.assessment().value("service-name"),
        Some(&Value::Text("Lifecare".into()))
    );
    key(&mut app, KeyCode::Delete);
    assert_eq!(app.interview.assessment().value("service-name"), None);
}

#[test]
fn a_paste_into_a_note_stops_at_the_files_limit() {
    let mut app = app(Lang::En);
    go(&mut app, "sensitive");
    app.paste(&"y".repeat(molnkoll::strict::MAX_TEXT_CHARS + 5_000));
    key(&mut app, KeyCode::Esc);
    let note = &app.interview.assessment().answers["sensitive"].note;
    assert_eq!(note.chars().count(), molnkoll::strict::MAX_TEXT_CHARS);
}
