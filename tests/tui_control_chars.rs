//! The interview draws no control character from a file (issue 15, item 3): a title, a note,
//! a typed answer and an orphan id holding ESC, OSC 52 and BEL reach the screen buffer as
//! harmless cells, in every mode that shows them.

use std::path::Path;

use molnkoll::assessment::{Answer, Assessment, Value};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::tui::{App, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const HOSTILE: &str = "\u{1b}[2J\u{1b}]52;c;aGFjaw==\u{7}\u{9b}31m\r";

fn hostile_app() -> App {
    let source =
        QuestionnaireSource::from_path(Path::new("docs/example/example.ron")).expect("reads");
    let questionnaire = source.parse().expect("parses");
    let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
    let mut assessment = Assessment::new(&questionnaire, format!("Titel{HOSTILE}"));
    assessment.answers.insert(
        "service-name".into(),
        Answer::new(Value::Text(format!("Svar{HOSTILE}"))).with_note(format!("Not{HOSTILE}")),
    );
    assessment.answers.insert(
        format!("orphan{HOSTILE}"),
        Answer::new(Value::Yes).with_note(format!("Föräldralös{HOSTILE}")),
    );
    let interview = Interview::new(questionnaire, assessment);
    App::new(
        interview,
        localizer,
        Theme::DARK,
        Box::new(|_: &Assessment| Ok(())),
    )
}

#[test]
fn terminal_injection_the_interview_draws_no_control_character_from_a_file() {
    let mut app = hostile_app();
    let mut terminal = Terminal::new(TestBackend::new(160, 45)).expect("backend");
    for message in [
        None,
        Some(Message::ToggleOverview),
        Some(Message::ToggleOverview),
        Some(Message::ToggleFindings),
        Some(Message::Cancel),
        Some(Message::ToggleProjector),
        Some(Message::ToggleProjector),
        Some(Message::EditNote),
    ] {
        if let Some(message) = &message {
            app.dispatch(message.clone());
        }
        terminal
            .draw(|frame| view::render(&app, frame))
            .expect("draws");
        let buffer = terminal.backend().buffer();
        let bad: Vec<char> = buffer
            .content()
            .iter()
            .flat_map(|cell| cell.symbol().chars())
            .filter(|c| c.is_control())
            .collect();
        assert!(bad.is_empty(), "after {message:?}: {bad:?}");
    }
}
