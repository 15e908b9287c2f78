//! Repeat groups and "not applicable" on screen: snapshots of the list, an item's question
//! with its name and hint, the question to confirm a removal, and any sequence of messages
//! at any size without a panic.

mod common;

use common::ui::{screen, send};

use std::path::Path;

use molnkoll::assessment::Assessment;
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::QuestionnaireSource;
use molnkoll::tui::{App, Theme};
use proptest::prelude::*;

fn app(lang: Lang) -> App {
    let source =
        QuestionnaireSource::from_path(Path::new("docs/example/groups.ron")).expect("reads");
    let questionnaire = source.parse().expect("parses");
    let (localizer, _) = Localizer::new(lang, source.texts(lang));
    let assessment = Assessment::new(&questionnaire, "Grupper");
    let interview = Interview::new(questionnaire, assessment);
    App::new(
        interview,
        localizer,
        Theme::DARK,
        Box::new(|_: &Assessment| Ok(())),
    )
}

#[test]
fn the_list_an_item_and_a_removal_on_screen() {
    for lang in [Lang::Sv, Lang::En] {
        let code = lang.code();
        let mut app = app(lang);
        send(&mut app, [Message::GoTo("information-set".into())]);
        common::snapshot(&format!("group-empty-{code}-80x24"), screen(&app, 80, 24));
        send(
            &mut app,
            [
                Message::AddItem,
                Message::SetItemName("Hälsouppgifter".into()),
                Message::AddItem,
                Message::SetItemName("Loggar".into()),
            ],
        );
        common::snapshot(&format!("group-items-{code}-80x24"), screen(&app, 80, 24));
        send(&mut app, [Message::RemoveItem]);
        common::snapshot(&format!("group-remove-{code}-80x24"), screen(&app, 80, 24));
        send(
            &mut app,
            [
                Message::No,
                Message::GoTo("information-set/halsouppgifter/set-confidentiality".into()),
            ],
        );
        let item = screen(&app, 120, 36);
        assert!(item.contains("Hälsouppgifter: "), "{item}");
        common::snapshot(&format!("group-item-question-{code}-120x36"), item);
        send(&mut app, [Message::ToggleOverview]);
        let overview = screen(&app, 120, 36);
        assert!(overview.contains("Hälsouppgifter: "), "{overview}");
        send(&mut app, [Message::Cancel]);
        send(
            &mut app,
            [Message::GoTo("sol-secrecy".into()), Message::NotApplicable],
        );
        common::snapshot(
            &format!("not-applicable-{code}-80x24"),
            screen(&app, 80, 24),
        );
    }
}

fn message() -> impl Strategy<Value = Message> {
    prop_oneof![
        Just(Message::Yes),
        Just(Message::No),
        Just(Message::NotApplicable),
        (0u8..10).prop_map(Message::Digit),
        Just(Message::CursorUp),
        Just(Message::CursorDown),
        Just(Message::Confirm),
        Just(Message::Next),
        Just(Message::Previous),
        Just(Message::AddItem),
        Just(Message::RenameItem),
        Just(Message::RemoveItem),
        ".{0,60}".prop_map(Message::SetItemName),
        Just(Message::Undo),
        Just(Message::Redo),
        Just(Message::ToggleOverview),
        Just(Message::ToggleFindings),
        Just(Message::ToggleProjector),
        Just(Message::GoTo("information-set".into())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_messages_on_groups_render_at_any_size(
        messages in prop::collection::vec(message(), 0..40),
        width in 1u16..140,
        height in 1u16..50,
    ) {
        let mut app = app(Lang::Sv);
        for message in messages {
            app.dispatch(message);
            app.run_effects();
            let _ = screen(&app, width, height);
        }
    }
}
