//! The terminal cursor follows the focus in the full screen (issue 14): screen magnifiers and
//! screen readers that track the cursor land on the highlighted option or the selected row,
//! and that row carries a marker character, not only a colour or reverse video.

use std::path::Path;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::tui::{App, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app() -> App {
    let source =
        QuestionnaireSource::from_path(Path::new("docs/example/example.ron")).expect("reads");
    let questionnaire = source.parse().expect("parses");
    let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
    let assessment = Assessment::new(&questionnaire, "Markören");
    let interview = Interview::new(questionnaire, assessment);
    // No colour at all: the focus must show without it.
    let theme = Theme {
        color: false,
        light: false,
    };
    App::new(
        interview,
        localizer,
        theme,
        Box::new(|_: &Assessment| Ok(())),
    )
}

/// Draws the app; the cursor's cell and the rest of its row, or None when it is hidden.
fn focus(app: &App, width: u16, height: u16) -> Option<(String, String)> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| view::render(app, frame))
        .expect("draws");
    let backend = terminal.backend();
    if !backend.cursor_visible() {
        return None;
    }
    let position = backend.cursor_position();
    let buffer = backend.buffer();
    let cell = buffer[(position.x, position.y)].symbol().to_owned();
    let rest: String = (position.x..width)
        .map(|x| buffer[(x, position.y)].symbol())
        .collect();
    Some((cell, rest))
}

#[test]
fn the_cursor_is_on_the_highlighted_option_and_its_marker_in_both_screens() {
    let mut app = app();
    app.dispatch(Message::GoTo("sensitive".into()));
    app.dispatch(Message::CursorDown);
    for projector in [false, true] {
        if projector {
            app.dispatch(Message::ToggleProjector);
        }
        let (cell, rest) = focus(&app, 100, 32).expect("a visible cursor");
        assert_eq!(cell, "▸", "projector {projector}: {rest}");
        let no = rest
            .find("Nej")
            .expect("the highlighted option right of the cursor");
        assert!(
            rest.find("Vet ej").is_none_or(|unknown| no < unknown),
            "projector {projector}: the cursor is on Nej: {rest}"
        );
        assert!(!rest.contains("Ja "), "projector {projector}: {rest}");
    }
}

#[test]
fn the_cursor_is_on_the_marker_of_the_selected_row_in_every_list() {
    let mut app = app();
    app.dispatch(Message::GoTo("vendor-seat".into()));
    app.dispatch(Message::Digit(3)); // USA: no-dpf, a High finding, fires
    assert_eq!(
        app.interview.assessment().value("vendor-seat"),
        Some(&Value::Choice("usa".into()))
    );

    app.dispatch(Message::ToggleOverview);
    let (cell, rest) = focus(&app, 100, 32).expect("a visible cursor in the overview");
    assert_eq!(cell, "▶", "{rest}");
    assert!(
        rest.contains("USA"),
        "the selected question is the one on screen: {rest}"
    );
    app.dispatch(Message::Cancel);

    app.dispatch(Message::ToggleFindings);
    let (cell, rest) = focus(&app, 100, 32).expect("a visible cursor in the findings");
    assert_eq!(cell, "▶", "{rest}");
    app.dispatch(Message::Cancel);

    app.dispatch(Message::ShowSummary);
    let (cell, rest) = focus(&app, 100, 32).expect("a visible cursor in the summary");
    assert_eq!(cell, "▶", "{rest}");
}

#[test]
fn the_cursor_shows_in_the_note_editor_and_hides_where_nothing_has_focus() {
    let mut app = app();
    app.dispatch(Message::EditNote);
    assert!(focus(&app, 100, 32).is_some(), "where the note is typed");
    app.dispatch(Message::Cancel);
    app.dispatch(Message::ToggleHelp);
    assert_eq!(focus(&app, 100, 32), None, "the help screen has no focus");
}

#[test]
fn the_cursor_is_on_the_selected_assessment_of_the_start_screen() {
    use molnkoll::tui::start::{Entry, StartMessage, StartScreen};
    let entry = |file: &str, title: Option<&str>, day| Entry {
        path: std::path::PathBuf::from(format!("/data/{file}.molnkoll.ron")),
        title: title.map(str::to_owned),
        answered: 1,
        unknown: 0,
        visible: 2,
        high: 0,
        changed: format!("2026-11-{day}"),
    };
    // Newest first: trasig (unreadable, one line), then Teams, then Lifecare.
    let mut screen = StartScreen::new(vec![
        entry("lifecare", Some("Lifecare"), 20),
        entry("teams", Some("Teams"), 25),
        entry("trasig", None, 26),
    ]);
    let source =
        QuestionnaireSource::from_path(Path::new("docs/example/example.ron")).expect("reads");
    let (localizer, _) = Localizer::new(Lang::Sv, source.texts(Lang::Sv));
    let theme = Theme {
        color: false,
        light: false,
    };
    for (downs, title) in [(1, "Teams"), (2, "Lifecare")] {
        screen.selected = 0;
        for _ in 0..downs {
            screen.update(StartMessage::Down);
        }
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        terminal
            .draw(|frame| screen.render(&localizer, &theme, frame))
            .expect("draws");
        let backend = terminal.backend();
        assert!(backend.cursor_visible());
        let position = backend.cursor_position();
        let row: String = (position.x..80)
            .map(|x| backend.buffer()[(x, position.y)].symbol())
            .collect();
        assert!(row.starts_with('▶'), "{row}");
        assert!(row.contains(title), "{title}: {row}");
    }
}
