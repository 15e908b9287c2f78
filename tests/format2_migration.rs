//! The default questionnaire moved to format 2 (named conditions, three-valued logic)
//! without changing which questions are asked, and changing findings only where they used
//! to fire on answers nobody gave. Compared with the format 1 version it replaced
//! (tests/fixtures/format1/molnkoll-before-format2.ron) over many random assessments.

use std::collections::BTreeSet;
use std::path::Path;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::questionnaire::{Kind, Question, Questionnaire, SourceText, embedded, parse_ron};
use molnkoll::rules::{ActiveAnswers, fired_findings};

fn before() -> Questionnaire {
    let path = Path::new("tests/fixtures/format1/molnkoll-before-format2.ron");
    let source = SourceText {
        path: path.to_owned(),
        text: std::fs::read_to_string(path).expect("the fixture reads"),
    };
    let mut questionnaire: Questionnaire = parse_ron(&source, "Questionnaire").expect("parses");
    questionnaire.reindex();
    questionnaire
}

/// A small deterministic generator: the same assessments on every run.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % sides as u64) as usize
    }
}

fn random_value(question: &Question, dice: &mut Dice) -> Option<Value> {
    if dice.roll(5) == 0 {
        return None;
    }
    if dice.roll(8) == 0 {
        return Some(Value::Unknown);
    }
    Some(match &question.kind {
        Kind::YesNo => [Value::Yes, Value::No][dice.roll(2)].clone(),
        Kind::Choice(options) => Value::Choice(options[dice.roll(options.len())].clone()),
        Kind::Multi { options, .. } => Value::Multi(
            options
                .iter()
                .filter(|_| dice.roll(3) == 0)
                .cloned()
                .collect::<BTreeSet<_>>(),
        ),
        Kind::Level(min, max) => Value::Level(min + dice.roll(usize::from(max - min) + 1) as u8),
        Kind::Text { .. } => Value::Text("text".into()),
        Kind::Number { .. } => Value::Number(dice.roll(2000) as i64),
        Kind::Date => Value::Date("2027-01-31".into()),
        Kind::Group(_) => return None,
    })
}

fn random_assessment(questionnaire: &Questionnaire, dice: &mut Dice, all: bool) -> Assessment {
    let mut assessment = Assessment::new(questionnaire, "slump");
    for question in questionnaire.questions() {
        let value = match all {
            true => loop {
                if let Some(value) = random_value(question, dice) {
                    break Some(value);
                }
            },
            false => random_value(question, dice),
        };
        if let Some(value) = value {
            assessment.answers.insert(
                question.id.clone(),
                molnkoll::assessment::Answer::new(value),
            );
        }
    }
    assessment
}

#[test]
fn the_same_questions_are_asked_as_before() {
    let (old, new) = (before(), embedded().expect("loads"));
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
    let (old, new) = (before(), embedded().expect("loads"));
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
    let (old, new) = (before(), embedded().expect("loads"));
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
