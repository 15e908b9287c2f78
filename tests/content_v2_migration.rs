//! Version 2 of the default questionnaire rebuilt its content (information sets, recipients,
//! risks and measures as repeat groups and questions of their own). An assessment answered
//! under version 1 still loads: every answer is kept, those to questions version 2 still asks
//! mean what they meant, and the others stay in the file as orphans that the report lists.

mod common;

use std::collections::BTreeSet;

use molnkoll::i18n::{Lang, Localizer};
use molnkoll::migrate::load_for;
use molnkoll::questionnaire::embedded;
use molnkoll::report::{Context, markdown};
use molnkoll::store;

use common::random::{Dice, fixture, random_assessment};

#[test]
fn every_answer_of_version_1_survives_loading_and_saving_under_version_2() {
    let (old, new) = (
        fixture("tests/fixtures/molnkoll-v1.ron"),
        embedded().expect("loads"),
    );
    assert_eq!(
        (old.id.as_str(), old.version, new.version),
        ("molnkoll", 1, 2)
    );
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut dice = Dice(0x5eed_0fc0_ffee_1100);
    for round in 0..50 {
        let answered = random_assessment(&old, &mut dice, round % 2 == 0);
        let path = dir.path().join(format!("r{round}.molnkoll.ron"));
        store::save(&path, &answered).expect("saves");
        let loaded = load_for(&path, &new).expect("a version 1 file loads under version 2");
        assert_eq!(
            loaded.answers, answered.answers,
            "round {round}: nothing moved or lost"
        );
        for (key, answer) in &loaded.answers {
            match new.question_for_key(key) {
                // A question both versions ask still takes the answer it was given (the
                // generator also writes some that neither version takes).
                Some(question) => assert!(
                    answer.value.as_ref().is_none_or(|v| {
                        let fitted = old.question_for_key(key).is_some_and(|q| q.accepts(v));
                        !fitted || question.accepts(v)
                    }),
                    "round {round}: {key} = {:?} no longer fits",
                    answer.value
                ),
                None => assert!(old.question(key).is_some(), "{key}"),
            }
        }
        store::save(&path, &loaded).expect("saves again");
        let again = store::load(&path).expect("reloads");
        assert_eq!(
            again.answers, answered.answers,
            "round {round}: kept on saving"
        );
    }
}

#[test]
fn the_report_lists_the_answers_to_questions_version_2_no_longer_asks() {
    let (old, new) = (
        fixture("tests/fixtures/molnkoll-v1.ron"),
        embedded().expect("loads"),
    );
    let answered = random_assessment(&old, &mut Dice(7), true);
    let orphans: BTreeSet<&String> = answered.orphans(&new).map(|(key, _)| key).collect();
    for gone in [
        "class-confidentiality",
        "transfer-basis",
        "sec-backup",
        "risk-analysis",
    ] {
        assert!(orphans.contains(&gone.to_owned()), "{gone} is an orphan");
    }
    let source = molnkoll::questionnaire::QuestionnaireSource::embedded();
    let (localizer, _) = Localizer::new(Lang::En, source.texts(Lang::En));
    let report = markdown(&new, &answered, &localizer, &Context::default());
    let orphan_part = report
        .split("## Appendix: answers to questions that no longer exist")
        .nth(1)
        .expect("the report has the orphans' section");
    for key in orphans {
        assert!(orphan_part.contains(key.as_str()), "{key} is listed");
    }
}
