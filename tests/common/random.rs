//! Random assessments for the migration tests: a small deterministic generator, so every
//! run sees the same ones.

use std::collections::BTreeSet;
use std::path::Path;

use molnkoll::assessment::{Answer, Assessment, Value};
use molnkoll::questionnaire::{Kind, Question, Questionnaire, SourceText, parse_ron};

/// A questionnaire's structure from a fixture file, without its texts.
pub fn fixture(path: &str) -> Questionnaire {
    let path = Path::new(path);
    let source = SourceText {
        path: path.to_owned(),
        text: std::fs::read_to_string(path).expect("the fixture reads"),
    };
    let mut questionnaire: Questionnaire = parse_ron(&source, "Questionnaire").expect("parses");
    questionnaire.reindex();
    questionnaire
}

/// A small deterministic generator: the same assessments on every run.
pub struct Dice(pub u64);

impl Dice {
    pub fn roll(&mut self, sides: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % sides as u64) as usize
    }
}

pub fn random_value(question: &Question, dice: &mut Dice) -> Option<Value> {
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

pub fn random_assessment(questionnaire: &Questionnaire, dice: &mut Dice, all: bool) -> Assessment {
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
            assessment
                .answers
                .insert(question.id.clone(), Answer::new(value));
        }
    }
    assessment
}
