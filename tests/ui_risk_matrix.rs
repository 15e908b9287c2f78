//! The risk register on screen: both matrices under the list, each cell the number of risks
//! and the zone's mark, so that a projector without colour shows the same picture.

mod common;

use common::ui::{screen, send};

use molnkoll::assessment::Assessment;
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::{Interview, Message};
use molnkoll::questionnaire::{QuestionnaireSource, embedded};
use molnkoll::tui::{App, Theme};

fn app(lang: Lang) -> App {
    let source = QuestionnaireSource::embedded();
    let (localizer, _) = Localizer::new(lang, source.texts(lang));
    let questionnaire = embedded().expect("parses");
    let assessment = Assessment::new(&questionnaire, "Riskregister");
    App::new(
        Interview::new(questionnaire, assessment),
        localizer,
        Theme::DARK,
        Box::new(|_: &Assessment| Ok(())),
    )
}

/// A risk with its four levels, typed as the group would: likelihood and consequence before
/// measures, then after.
fn add_risk(app: &mut App, name: &str, id: &str, levels: [u8; 4]) {
    send(
        app,
        [
            Message::GoTo("risks".into()),
            Message::AddItem,
            Message::SetItemName(name.into()),
        ],
    );
    for (question, level) in [
        "risk-before-likelihood",
        "risk-before-consequence",
        "risk-after-likelihood",
        "risk-after-consequence",
    ]
    .into_iter()
    .zip(levels)
    {
        send(
            app,
            [
                Message::GoTo(format!("risks/{id}/{question}")),
                Message::Digit(level),
            ],
        );
    }
}

#[test]
fn the_register_shows_its_matrices_before_and_after_measures() {
    for lang in [Lang::Sv, Lang::En] {
        let code = lang.code();
        let mut app = app(lang);
        add_risk(
            &mut app,
            "Obehörig åtkomst",
            "obehorig-atkomst",
            [3, 4, 1, 4],
        );
        add_risk(
            &mut app,
            "Uppgifter förloras",
            "uppgifter-forloras",
            [2, 3, 2, 2],
        );
        send(
            &mut app,
            [
                Message::GoTo("risks".into()),
                Message::AddItem,
                Message::SetItemName("Ännu inte bedömd".into()),
                Message::GoTo("risks".into()),
            ],
        );
        let answers = &app.interview.assessment().answers;
        assert_eq!(
            answers
                .get("risks/obehorig-atkomst/risk-before-consequence")
                .and_then(|a| a.value.clone()),
            Some(molnkoll::assessment::Value::Level(4)),
            "the digits answered the levels"
        );
        common::snapshot(&format!("risk-matrix-{code}-100x36"), screen(&app, 100, 36));
    }
}
