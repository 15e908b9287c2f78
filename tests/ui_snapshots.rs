//! Frames of the interview rendered into ratatui's TestBackend and kept as insta snapshots
//! in snapshots/. Each snapshot ends with a hash of every cell's style, so a change of colour
//! or emphasis shows in review even where the text is the same.

mod common;

use std::hash::{Hash, Hasher};
use std::path::Path;

use common::snapshot;
use molnkoll::assessment::Assessment;
use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Localizer, Message as Text};
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::tui::{App, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app(lang: Lang, fail_saves: bool) -> App {
    let source = QuestionnaireSource::from_path(Path::new("docs/example/example.ron"))
        .expect("the docs example reads");
    let questionnaire = source.parse().expect("the docs example parses");
    let (localizer, errors) = Localizer::new(lang, source.texts(lang));
    assert!(errors.is_empty(), "{errors:?}");
    let assessment = Assessment::new(&questionnaire, "Självskattning, leverantör X");
    let interview = Interview::new(questionnaire, assessment);
    let saver = Box::new(move |_: &Assessment| {
        if fail_saves {
            Err(UserError::new(
                Text::new("error-save")
                    .with("path", "/media/usb/x.molnkoll.ron")
                    .with("reason", "Read-only file system (os error 30)"),
            ))
        } else {
            Ok(())
        }
    });
    App::new(interview, localizer, Theme::DARK, saver)
}

/// The frame as text, then a stable hash of all cell styles.
fn frame(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| view::render(app, frame))
        .expect("drawing never fails on a test backend");
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
    for y in 0..height {
        for x in 0..width {
            let cell = &buffer[(x, y)];
            text.push_str(cell.symbol());
            (cell.fg, cell.bg, cell.modifier).hash(&mut hasher);
        }
        let trimmed = text.trim_end_matches(' ').len();
        text.truncate(trimmed);
        text.push('\n');
    }
    format!("{text}--- styles {:016x}\n", hasher.finish())
}

/// FNV-1a: stable across runs and platforms, unlike the standard library's hasher.
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Scenarios: messages that bring the app to the state worth seeing.
fn scenarios() -> Vec<(&'static str, Vec<Message>)> {
    let goto = |id: &str| Message::GoTo(id.to_owned());
    vec![
        ("text", vec![goto("service-name")]),
        (
            "text-editing",
            vec![goto("service-name"), Message::EditAnswer],
        ),
        (
            "choice",
            vec![goto("vendor-seat"), Message::Digit(3), Message::CursorDown],
        ),
        (
            "multi",
            vec![goto("data-kinds"), Message::Digit(1), Message::Digit(2)],
        ),
        (
            "number",
            vec![
                goto("user-count"),
                Message::EditAnswer,
                Message::SetTyped("1200".into()),
                goto("user-count"),
            ],
        ),
        ("date", vec![goto("next-review")]),
        (
            "yes-no",
            vec![
                goto("sensitive"),
                Message::Yes,
                Message::EditNote,
                Message::SetNote(
                    "Hälsouppgifter i självskattningen; beslut i workshopen 20/11".into(),
                ),
                Message::CycleState,
            ],
        ),
        ("level", vec![goto("confidentiality"), Message::Digit(3)]),
        ("note-editing", vec![goto("sensitive"), Message::EditNote]),
        (
            "overview",
            vec![
                goto("sensitive"),
                Message::Yes,
                goto("vendor-seat"),
                Message::Digit(3),
                Message::ToggleOverview,
            ],
        ),
        ("help", vec![Message::ToggleHelp]),
        ("findings", findings_messages(Message::ToggleFindings)),
        (
            "findings-summary",
            findings_messages(Message::ToggleHelpText),
        ),
        ("findings-owner", {
            let mut messages = findings_messages(Message::ToggleFindings);
            messages.extend([
                Message::CursorDown,
                Message::EditOwner,
                Message::SetOwner("Dataskyddsombudet".into()),
                Message::EditDue,
            ]);
            messages
        }),
        ("jump", vec![Message::StartJump]),
        (
            "unknown-choice",
            vec![goto("vendor-seat"), Message::Unknown],
        ),
        ("ending", ending_messages()),
        ("projector-note", projector_note_messages()),
        (
            "projector-note-editing",
            vec![
                goto("sensitive"),
                Message::ToggleProjector,
                Message::Yes,
                Message::EditNote,
            ],
        ),
        ("help-scrolled", {
            let mut messages = vec![goto("vendor-seat"), Message::ToggleHelp];
            messages.extend(std::iter::repeat_n(Message::CursorDown, 6));
            messages
        }),
        // Scrolled to the end: the legend of every symbol.
        ("legend", {
            let mut messages = vec![Message::ToggleHelp];
            messages.extend(std::iter::repeat_n(Message::CursorDown, 80));
            messages
        }),
        (
            "projector",
            vec![goto("sensitive"), Message::Yes, Message::ToggleProjector],
        ),
        (
            "projector-choice",
            vec![
                goto("vendor-seat"),
                Message::Digit(1),
                Message::ToggleProjector,
            ],
        ),
        // Nothing of the big question shows around the box.
        (
            "projector-overview",
            vec![
                goto("sensitive"),
                Message::Yes,
                Message::ToggleProjector,
                Message::ToggleOverview,
            ],
        ),
    ]
}

/// The ending after a partial interview: open, unknown, disputed, and a High finding with
/// an owner and one without.
fn ending_messages() -> Vec<Message> {
    let mut messages = findings_messages(Message::ToggleFindings);
    messages.extend([
        Message::EditOwner,
        Message::SetOwner("Socialchefen".into()),
        Message::Cancel,
        Message::GoTo("children".into()),
        Message::CycleState,
        Message::CycleState,
        Message::CycleState,
        Message::GoTo("service-name".into()),
        Message::EditAnswer,
        Message::SetTyped("Lifecare".into()),
        Message::Unknown,
        Message::GoTo("data-kinds".into()),
        Message::Unknown,
        Message::GoTo("confidentiality".into()),
        Message::Confirm,
    ]);
    messages
}

fn projector_note_messages() -> Vec<Message> {
    vec![
        Message::GoTo("sensitive".into()),
        Message::ToggleProjector,
        Message::Yes,
        Message::EditNote,
        Message::SetNote(
            "Hälsouppgifter i självskattningen; beslut i workshopen 20/11.\nDataskyddsombudet \
             tillfrågas om konsekvensbedömningen."
                .into(),
        ),
        Message::CycleState,
    ]
}

fn findings_messages(last: Message) -> Vec<Message> {
    let goto = |id: &str| Message::GoTo(id.to_owned());
    vec![
        goto("vendor-seat"),
        Message::Digit(3),
        goto("sensitive"),
        Message::Yes,
        goto("children"),
        Message::Yes,
        goto("dpf-certified"),
        Message::No,
        goto("confidentiality"),
        Message::Digit(4),
        last,
    ]
}

#[test]
fn every_screen_in_both_languages_and_two_sizes() {
    for lang in Lang::ALL {
        for (width, height) in [(80, 24), (160, 45)] {
            for (name, messages) in scenarios() {
                let mut app = app(lang, false);
                for message in messages {
                    app.dispatch(message);
                }
                let name = format!("{name}-{}-{width}x{height}", lang.code());
                snapshot(&name, frame(&app, width, height));
            }
        }
    }
}

/// The screens where the background matters, on a light one: no light grey, no yellow.
#[test]
fn light_background_screens() {
    let chosen = [
        "ending",
        "projector-note",
        "help-scrolled",
        "legend",
        "yes-no",
    ];
    for lang in Lang::ALL {
        for (width, height) in [(80, 24), (160, 45)] {
            for (name, messages) in scenarios()
                .into_iter()
                .filter(|(name, _)| chosen.contains(name))
            {
                let mut app = app(lang, false);
                app.theme = Theme::LIGHT;
                for message in messages {
                    app.dispatch(message);
                }
                let name = format!("{name}-light-{}-{width}x{height}", lang.code());
                snapshot(&name, frame(&app, width, height));
            }
        }
    }
}

#[test]
fn a_failed_save_is_shown_and_quitting_asks() {
    for lang in Lang::ALL {
        let mut app = app(lang, true);
        app.dispatch(Message::GoTo("sensitive".into()));
        app.dispatch(Message::Yes);
        for (width, height) in [(80, 24), (160, 45)] {
            snapshot(
                &format!("save-failed-{}-{width}x{height}", lang.code()),
                frame(&app, width, height),
            );
        }
        app.dispatch(Message::Quit);
        for (width, height) in [(80, 24), (160, 45)] {
            snapshot(
                &format!("confirm-quit-{}-{width}x{height}", lang.code()),
                frame(&app, width, height),
            );
        }
        app.dispatch(Message::ToggleProjector);
        app.dispatch(Message::Yes);
        app.dispatch(Message::ToggleProjector);
        snapshot(
            &format!("save-failed-projector-{}-160x45", lang.code()),
            frame(&app, 160, 45),
        );
    }
}

#[test]
fn a_tiny_terminal_says_it_is_too_small() {
    for lang in Lang::ALL {
        let app = app(lang, false);
        snapshot(
            &format!("too-small-{}-30x8", lang.code()),
            frame(&app, 30, 8),
        );
    }
}

#[test]
fn a_new_assessment_asks_for_a_title() {
    for lang in Lang::ALL {
        let source =
            QuestionnaireSource::from_path(Path::new("docs/example/example.ron")).expect("reads");
        let questionnaire = source.parse().expect("parses");
        let (localizer, _) = Localizer::new(lang, source.texts(lang));
        let assessment = Assessment::new(&questionnaire, "");
        let interview = Interview::new_untitled(questionnaire, assessment);
        let app = App::new(
            interview,
            localizer,
            Theme::DARK,
            Box::new(|_: &Assessment| Ok(())),
        );
        snapshot(
            &format!("ask-title-{}-80x24", lang.code()),
            frame(&app, 80, 24),
        );
    }
}

#[test]
fn without_colour_the_screen_keeps_its_emphasis_only() {
    let mut app = app(Lang::Sv, false);
    app.theme = Theme {
        color: false,
        light: false,
    };
    app.dispatch(Message::GoTo("vendor-seat".into()));
    app.dispatch(Message::Digit(3));
    snapshot("no-color-choice-sv-80x24", frame(&app, 80, 24));
}

#[test]
fn jumping_finds_questions_by_number_and_by_words() {
    let app = app(Lang::Sv, false);
    let ids = |query: &str| -> Vec<(usize, String)> {
        molnkoll::tui::view::jump_matches(&app.interview, &app.localizer, query)
            .into_iter()
            .map(|(number, index)| {
                let (_, question) = app.interview.question_at(index).expect("exists");
                (number, question.id.clone())
            })
            .collect()
    };
    // dpf-certified is hidden (the vendor is not American), so confidentiality is number 8.
    assert_eq!(ids("8"), [(8, "confidentiality".to_owned())]);
    assert_eq!(ids("BARN"), [(7, "children".to_owned())]);
    assert_eq!(ids("").len(), 8, "every visible question");
    assert!(ids("99").is_empty());
}

fn start_screen() -> molnkoll::tui::start::StartScreen {
    use molnkoll::tui::start::{Entry, StartScreen};
    let entry =
        |file: &str, title: Option<&str>, counts: (usize, usize, usize, usize), day| Entry {
            path: std::path::PathBuf::from(format!("/data/{file}.molnkoll.ron")),
            title: title.map(str::to_owned),
            answered: counts.0,
            unknown: counts.1,
            visible: counts.2,
            high: counts.3,
            changed: format!("2026-11-{day}"),
        };
    StartScreen::new(vec![
        entry("lifecare", Some("Lifecare, Tietoevry"), (62, 7, 83, 2), 20),
        entry(
            "teams",
            Some("Microsoft Teams för biståndshandläggning"),
            (81, 0, 81, 0),
            26,
        ),
        entry("trasig", None, (0, 0, 0, 0), 1),
    ])
}

/// The start screen, when the data directory holds several assessments.
#[test]
fn the_start_screen_lists_assessments_with_progress_dates_and_high_findings() {
    use molnkoll::tui::start::{Pick, StartMessage};
    for lang in Lang::ALL {
        let source =
            QuestionnaireSource::from_path(Path::new("docs/example/example.ron")).expect("reads");
        let (localizer, _) = Localizer::new(lang, source.texts(lang));
        for (theme, shade) in [(Theme::DARK, ""), (Theme::LIGHT, "-light")] {
            for (width, height) in [(80, 24), (160, 45)] {
                let screen = start_screen();
                let mut terminal =
                    Terminal::new(TestBackend::new(width, height)).expect("test backend");
                terminal
                    .draw(|frame| screen.render(&localizer, &theme, frame))
                    .expect("draws");
                let buffer = terminal.backend().buffer();
                let mut text = String::new();
                let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
                for y in 0..height {
                    for x in 0..width {
                        let cell = &buffer[(x, y)];
                        text.push_str(cell.symbol());
                        (cell.fg, cell.bg, cell.modifier).hash(&mut hasher);
                    }
                    let trimmed = text.trim_end_matches(' ').len();
                    text.truncate(trimmed);
                    text.push('\n');
                }
                snapshot(
                    &format!("start{shade}-{}-{width}x{height}", lang.code()),
                    format!("{text}--- styles {:016x}\n", hasher.finish()),
                );
            }
        }
    }
    // Most recent first; the unreadable file cannot be opened; n starts a new one.
    let mut screen = start_screen();
    assert_eq!(screen.entries[0].changed, "2026-11-26");
    screen.update(StartMessage::Down);
    screen.update(StartMessage::Down);
    screen.update(StartMessage::Down);
    screen.update(StartMessage::Open);
    assert_eq!(screen.picked, None, "an unreadable file is not opened");
    screen.update(StartMessage::Up);
    screen.update(StartMessage::Open);
    assert_eq!(
        screen.picked,
        Some(Pick::Open("/data/lifecare.molnkoll.ron".into()))
    );
    let mut screen = start_screen();
    screen.update(StartMessage::New);
    assert_eq!(screen.picked, Some(Pick::New));
}
