//! Any state at any terminal size renders without panicking.

use std::path::Path;

use molnkoll::assessment::Assessment;
use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Localizer, Message as Text};
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::tui::{App, Theme, view};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn message() -> impl Strategy<Value = Message> {
    prop_oneof![
        Just(Message::Yes),
        Just(Message::No),
        Just(Message::Unknown),
        (0u8..10).prop_map(Message::Digit),
        Just(Message::Toggle),
        Just(Message::CursorUp),
        Just(Message::CursorDown),
        Just(Message::Confirm),
        Just(Message::Next),
        Just(Message::Previous),
        Just(Message::ClearAnswer),
        Just(Message::CycleState),
        Just(Message::ToggleHelpText),
        Just(Message::ToggleOverview),
        Just(Message::ToggleFindings),
        Just(Message::ToggleHelp),
        Just(Message::ToggleProjector),
        Just(Message::EditNote),
        Just(Message::EditAnswer),
        Just(Message::StartJump),
        Just(Message::Cancel),
        Just(Message::Undo),
        Just(Message::Redo),
        Just(Message::ShowSummary),
        Just(Message::EditOwner),
        Just(Message::Quit),
        ".{0,300}".prop_map(Message::SetNote),
        ".{0,100}".prop_map(Message::SetTyped),
        "[a-z]{0,3}".prop_map(|t| Message::GoTo(format!("s{t}"))),
    ]
}

fn app(lang: Lang, fail_saves: bool, untitled: bool) -> App {
    let source =
        QuestionnaireSource::from_path(Path::new("docs/example/example.ron")).expect("reads");
    let questionnaire = source.parse().expect("parses");
    let (localizer, _) = Localizer::new(lang, source.texts(lang));
    let assessment = Assessment::new(
        &questionnaire,
        "Ett mycket långt namn på en bedömning ".repeat(4),
    );
    let interview = if untitled {
        Interview::new_untitled(questionnaire, assessment)
    } else {
        Interview::new(questionnaire, assessment)
    };
    let saver = Box::new(move |_: &Assessment| {
        if fail_saves {
            Err(UserError::new(
                Text::new("error-save").with("reason", "disk full"),
            ))
        } else {
            Ok(())
        }
    });
    App::new(
        interview,
        localizer,
        Theme {
            color: !fail_saves,
            light: false,
        },
        saver,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_state_renders_at_any_size(
        messages in prop::collection::vec(message(), 0..40),
        width in 1u16..=300,
        height in 1u16..=100,
        english in any::<bool>(),
        fail_saves in any::<bool>(),
        untitled in any::<bool>(),
    ) {
        let lang = if english { Lang::En } else { Lang::Sv };
        let mut app = app(lang, fail_saves, untitled);
        if untitled {
            app.dispatch(Message::SetTitle("Titel".into()));
        }
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("backend");
        for message in messages {
            app.dispatch(message);
            terminal.draw(|frame| view::render(&app, frame)).expect("draws");
        }
        // Resizing keeps the state: the same app draws at another size.
        terminal.backend_mut().resize(height.max(1), width.max(1));
        terminal.autoresize().expect("resizes");
        terminal.draw(|frame| view::render(&app, frame)).expect("draws after resize");
    }
}
