//! Long questionnaires on screen: the overview, the findings and the jump box format only
//! the rows they show (issue 17), and must still show the selected row, the right numbers
//! and what the answers say now.

mod common;

use std::fmt::Write as _;

use molnkoll::assessment::Assessment;
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Message, Mode};
use molnkoll::tui::{App, Theme, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 30 sections of 10 yes/no questions; each question but the first of a section is shown
/// only when the first is answered yes; each question has a finding that fires on yes.
fn long_ron() -> String {
    let mut ron = String::from(
        "Questionnaire(id: \"long\", version: 1, content_as_of: \"2026-11-01\", sections: [",
    );
    for s in 0..30 {
        write!(ron, "Section(id: \"s{s}\", questions: [").unwrap();
        for q in 0..10 {
            let show_if = if q == 0 {
                String::new()
            } else {
                format!(", show_if: Some(Is(\"q{s}-0\", Yes))")
            };
            write!(ron, "Question(id: \"q{s}-{q}\", kind: YesNo{show_if}),").unwrap();
        }
        ron.push_str("]),");
    }
    ron.push_str("], findings: [");
    // One finding resting on every answer of the first section and the last.
    let all: Vec<String> = (0..10)
        .flat_map(|q| {
            [
                format!("Is(\"q0-{q}\", Yes)"),
                format!("Is(\"q29-{q}\", Yes)"),
            ]
        })
        .collect();
    write!(
        ron,
        "Finding(id: \"everything\", severity: High, when: All([{}])),",
        all.join(", ")
    )
    .unwrap();
    for s in 0..30 {
        for q in 0..10 {
            write!(
                ron,
                "Finding(id: \"f{s}-{q}\", severity: Warning, when: Is(\"q{s}-{q}\", Yes)),"
            )
            .unwrap();
        }
    }
    ron.push_str("])");
    ron
}

fn app() -> App {
    let source = common::source_with_texts(&long_ron());
    let questionnaire = source.parse().expect("parses");
    let (localizer, errors) = Localizer::new(Lang::En, source.texts(Lang::En));
    assert!(errors.is_empty(), "{errors:?}");
    let mut assessment = Assessment::new(&questionnaire, "Long");
    for question in questionnaire.questions() {
        assessment.set_value(&question.id, Some(molnkoll::assessment::Value::Yes));
    }
    let interview = Interview::new(questionnaire, assessment);
    App::new(
        interview,
        localizer,
        Theme::DARK,
        Box::new(|_: &Assessment| Ok(())),
    )
}

fn screen(app: &App, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| view::render(app, frame))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect::<String>()
        })
        .collect()
}

fn line_with<'a>(screen: &'a [String], text: &str) -> Option<&'a String> {
    screen.iter().find(|line| line.contains(text))
}

#[test]
fn the_overview_far_down_shows_the_selected_question_with_its_number() {
    let mut app = app();
    app.dispatch(Message::GoTo("q25-3".into()));
    app.dispatch(Message::ToggleOverview);
    let screen = screen(&app, 200, 60);
    let selected = line_with(&screen, "▶").expect("the selected row is on screen");
    // Question 254 of 300 (section 25, fourth question), all visible.
    assert!(selected.contains(" 254 "), "{selected}");
    assert!(selected.contains("Text of q25-3"), "{selected}");
    // The rows before it, up to its section's heading, are there too.
    assert!(line_with(&screen, "Text of q25-0").is_some());
    assert!(line_with(&screen, "26 Text of section-s25").is_some());
    // Moving down keeps it in sight, one row further.
    app.dispatch(Message::CursorDown);
    let screen = self::screen(&app, 200, 60);
    let selected = line_with(&screen, "▶").expect("on screen");
    assert!(selected.contains(" 255 "), "{selected}");
}

/// The row of the screen that holds `text`.
fn row_of(screen: &[String], text: &str) -> Option<usize> {
    screen.iter().position(|line| line.contains(text))
}

#[test]
fn the_overview_scrolls_only_as_far_as_the_selection_leaves_the_screen() {
    let mut app = app();
    app.dispatch(Message::GoTo("q25-3".into()));
    app.dispatch(Message::ToggleOverview);
    let opened = screen(&app, 200, 30);
    let bottom = row_of(&opened, "▶").expect("on screen");
    // Up moves the marker, not the rows.
    app.dispatch(Message::CursorUp);
    let up = screen(&app, 200, 30);
    assert_eq!(row_of(&up, "▶"), Some(bottom - 1), "{up:#?}");
    assert_eq!(up[2], opened[2], "the first row stayed");
    // Down twice: once back to the bottom row, once past it, which scrolls by one row.
    app.dispatch(Message::CursorDown);
    app.dispatch(Message::CursorDown);
    let down = screen(&app, 200, 30);
    assert_eq!(row_of(&down, "▶"), Some(bottom), "{down:#?}");
    assert_eq!(down[2], opened[3], "scrolled by one row");
    // Far up, the selection is the first row.
    for _ in 0..40 {
        app.dispatch(Message::CursorUp);
    }
    let top = screen(&app, 200, 30);
    assert_eq!(row_of(&top, "▶"), Some(2), "{top:#?}");
    // Closed and opened again, it starts as it first did.
    app.dispatch(Message::ToggleOverview);
    screen(&app, 200, 30);
    app.dispatch(Message::GoTo("q25-3".into()));
    app.dispatch(Message::ToggleOverview);
    assert_eq!(screen(&app, 200, 30), opened);
}

#[test]
fn every_finding_selected_in_a_narrow_overlay_is_on_screen_where_it_is_marked() {
    let mut app = app();
    app.dispatch(Message::ToggleFindings);
    let total = app.interview.fired().len();
    for selected in 0..total {
        assert_eq!(app.interview.mode(), Mode::Findings { selected });
        // 60 columns: the titles and the 20 reasons of the first finding wrap.
        let screen = screen(&app, 60, 20);
        let marked = line_with(&screen, "▶").expect("the selected finding is on screen");
        let finding = &app.interview.fired()[selected];
        let id = &app.interview.questionnaire().findings[finding.finding].id;
        let title = format!("finding-{id}");
        assert!(
            marked.contains(&title[..title.len().min(20)]),
            "{selected}: {marked} in {screen:#?}"
        );
        // Past the first few, the selected finding's title stands a third down the list
        // (15 rows from row 2): five rows of the findings before it show above it.
        if selected >= 5 {
            assert_eq!(row_of(&screen, "▶"), Some(7), "{selected}: {screen:#?}");
        }
        app.dispatch(Message::CursorDown);
    }
}

#[test]
fn the_overview_shown_again_after_an_answer_follows_it() {
    let mut app = app();
    app.dispatch(Message::GoTo("q2-0".into()));
    app.dispatch(Message::ToggleOverview);
    let before = screen(&app, 200, 60);
    assert!(
        line_with(&before, "▶")
            .expect("on screen")
            .contains("  21 ")
    );
    app.dispatch(Message::ToggleOverview);
    // Section 0's first question answered no hides its nine follow-ups.
    app.dispatch(Message::GoTo("q0-0".into()));
    app.dispatch(Message::No);
    app.run_effects();
    app.dispatch(Message::GoTo("q2-0".into()));
    app.dispatch(Message::ToggleOverview);
    let after = screen(&app, 200, 60);
    assert!(line_with(&after, "▶").expect("on screen").contains("  12 "));
}

#[test]
fn the_overview_numbers_only_visible_questions() {
    let mut app = app();
    // Section 0's first question answered no hides its nine follow-ups.
    app.dispatch(Message::GoTo("q0-0".into()));
    app.dispatch(Message::No);
    app.run_effects();
    app.dispatch(Message::GoTo("q2-0".into()));
    app.dispatch(Message::ToggleOverview);
    let screen = screen(&app, 200, 60);
    let selected = line_with(&screen, "▶").expect("on screen");
    // 1 in section 0, 10 in section 1: the first of section 2 is number 12.
    assert!(selected.contains("  12 "), "{selected}");
}

#[test]
fn the_findings_overlay_far_down_shows_the_selected_finding() {
    let mut app = app();
    app.dispatch(Message::ToggleFindings);
    for _ in 0..200 {
        app.dispatch(Message::CursorDown);
    }
    assert_eq!(app.interview.mode(), Mode::Findings { selected: 200 });
    let screen = screen(&app, 200, 60);
    let selected = line_with(&screen, "▶").expect("the selected finding is on screen");
    // The High finding comes first: the 201st is the 200th Warning.
    assert!(selected.contains("Text of finding-f19-9"), "{selected}");
    assert!(line_with(&screen, "Text of finding-f0-0").is_none());
}

#[test]
fn the_findings_panel_lists_the_first_findings() {
    let app = app();
    let screen = screen(&app, 200, 60);
    assert!(line_with(&screen, "Text of finding-everything").is_some());
    assert!(line_with(&screen, "Text of finding-f0-0").is_some());
}

#[test]
fn a_finding_with_more_reasons_than_rows_says_how_many_more() {
    let app = app();
    // 20 reasons in a panel of 14 rows below its title.
    let screen = screen(&app, 200, 16);
    let lines: Vec<&String> = screen
        .iter()
        .filter(|line| line.contains("· Text of q"))
        .collect();
    assert!(!lines.is_empty() && lines.len() < 20, "{screen:#?}");
    let mut app = app;
    app.dispatch(Message::ToggleFindings);
    let screen = self::screen(&app, 200, 20);
    let shown = screen
        .iter()
        .filter(|line| line.contains("· Text of q"))
        .count();
    let more = line_with(&screen, "more answers").expect("the rest is counted");
    assert!(more.contains(&format!("and {} more", 20 - shown)), "{more}");
}

#[test]
fn the_jump_box_follows_the_answers_it_searches() {
    let mut app = app();
    let jump_to = |app: &mut App, query: &str| {
        app.dispatch(Message::StartJump);
        for c in query.chars() {
            app.handle_key(ratatui::crossterm::event::KeyEvent::from(
                ratatui::crossterm::event::KeyCode::Char(c),
            ));
            screen(app, 200, 60);
        }
        app.handle_key(ratatui::crossterm::event::KeyEvent::from(
            ratatui::crossterm::event::KeyCode::Enter,
        ));
        app.interview.current_key().map(str::to_owned)
    };
    assert_eq!(jump_to(&mut app, "q29-9").as_deref(), Some("q29-9"));
    // Hide section 29's follow-ups: the same search no longer finds q29-9; the labels the
    // jump box kept from the last search must not bring it back.
    app.dispatch(Message::GoTo("q29-0".into()));
    app.dispatch(Message::No);
    app.run_effects();
    app.dispatch(Message::GoTo("q0-0".into()));
    assert_eq!(jump_to(&mut app, "text of q29-9").as_deref(), Some("q0-0"));
    assert_eq!(jump_to(&mut app, "text of q29-0").as_deref(), Some("q29-0"));
}

#[test]
fn the_jump_box_finds_an_item_by_its_new_name() {
    let source = molnkoll::questionnaire::QuestionnaireSource::from_path(std::path::Path::new(
        "docs/example/groups.ron",
    ))
    .expect("reads");
    let questionnaire = source.parse().expect("parses");
    let (localizer, _) = Localizer::new(Lang::En, source.texts(Lang::En));
    let assessment = Assessment::new(&questionnaire, "Groups");
    let mut app = App::new(
        Interview::new(questionnaire, assessment),
        localizer,
        Theme::DARK,
        Box::new(|_: &Assessment| Ok(())),
    );
    for message in [
        Message::GoTo("information-set".into()),
        Message::AddItem,
        Message::SetItemName("Alphadata".into()),
    ] {
        app.dispatch(message);
    }
    let found = |app: &App, query: &str| {
        app.search
            .borrow_mut()
            .matches(&app.interview, &app.localizer, query, usize::MAX)
            .len()
    };
    assert!(found(&app, "alphadata") > 0);
    for message in [
        Message::GoTo("information-set".into()),
        Message::RenameItem,
        Message::SetItemName("Betadata".into()),
    ] {
        app.dispatch(message);
    }
    assert_eq!(found(&app, "alphadata"), 0, "the old name is gone");
    assert!(found(&app, "betadata") > 0);
}
