//! The default questionnaire moved to format 2 (named conditions, three-valued logic)
//! without changing which questions are asked, and changing findings only where they used
//! to fire on answers nobody gave. Compared with the format 1 version it replaced
//! (tests/fixtures/format1/molnkoll-before-format2.ron) over many random assessments. The
//! format 2 side is version 1 of the content as it was then (tests/fixtures/molnkoll-v1.ron);
//! version 2 changed the content itself, which tests/content_v2_migration.rs covers.

mod common;

use common::random::{Dice, fixture, random_assessment};

use std::collections::BTreeSet;

use molnkoll::assessment::Assessment;
use molnkoll::questionnaire::Questionnaire;
use molnkoll::rules::{ActiveAnswers, fired_findings};

fn before() -> Questionnaire {
    fixture("tests/fixtures/format1/molnkoll-before-format2.ron")
}

fn after() -> Questionnaire {
    fixture("tests/fixtures/molnkoll-v1.ron")
}

#[test]
fn the_same_questions_are_asked_as_before() {
    let (old, new) = (before(), after());
    assert_eq!((old.format, new.format), (1, 2));
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    for round in 0..600 {
        let assessment = random_assessment(&old, &mut dice, false);
        let (a, b) = (
            ActiveAnswers::new(&old, &assessment.answers),
            ActiveAnswers::new(&new, &assessment.answers),
        );
        for question in old.questions() {
            assert_eq!(
                a.is_visible(&question.id),
                b.is_visible(&question.id),
                "round {round}: {} on {:?}",
                question.id,
                assessment.answers
            );
        }
    }
}

#[test]
fn with_every_question_answered_the_same_findings_fire() {
    let (old, new) = (before(), after());
    let mut dice = Dice(0x2545_f491_4f6c_dd1d);
    let ids = |q: &Questionnaire, a: &Assessment| -> Vec<String> {
        fired_findings(q, &a.answers)
            .into_iter()
            .map(|f| f.finding.id.clone())
            .collect()
    };
    for round in 0..600 {
        let assessment = random_assessment(&old, &mut dice, true);
        assert_eq!(
            ids(&old, &assessment),
            ids(&new, &assessment),
            "round {round} on {:?}",
            assessment.answers
        );
    }
}

#[test]
fn with_gaps_format_two_only_fires_less() {
    let (old, new) = (before(), after());
    let mut dice = Dice(0x1234_5678_9abc_def1);
    for _ in 0..600 {
        let assessment = random_assessment(&old, &mut dice, false);
        let fired = |q: &Questionnaire| -> BTreeSet<String> {
            fired_findings(q, &assessment.answers)
                .into_iter()
                .map(|f| f.finding.id.clone())
                .collect()
        };
        let (was, now) = (fired(&old), fired(&new));
        let added: Vec<&String> = now.difference(&was).collect();
        // Three-valued logic takes away findings that rested on gaps; it adds none.
        assert!(added.is_empty(), "{added:?} on {:?}", assessment.answers);
    }
}
