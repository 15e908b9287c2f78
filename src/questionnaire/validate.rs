//! Validation of a questionnaire and its texts. Every problem is reported, each with the
//! place in the file where it is.

use std::collections::{HashMap, HashSet};

use crate::error::UserError;
use crate::i18n::{Lang, Message};
use crate::rules::{Condition, Expect};

use super::locator::Locator;
use super::translations::check_texts;
use super::{Kind, Question, Questionnaire, QuestionnaireSource};
use super::{control, suggest};

/// All problems in the questionnaire, in file order, then the problems of its texts.
pub fn validate(questionnaire: &Questionnaire, source: &QuestionnaireSource) -> Vec<UserError> {
    let locator = Locator::new(&source.ron.path, &source.ron.text);
    let mut checker = Checker {
        questionnaire,
        locator,
        problems: Vec::new(),
        declared: HashMap::new(),
        earlier: HashSet::new(),
        cursor: 0,
    };
    checker.check_structure();
    let mut problems = checker.problems;
    problems.extend(control::check_ron(&checker.locator, &source.ron.text));
    for lang in Lang::ALL {
        problems.extend(check_texts(
            questionnaire,
            source,
            lang,
            &checker.locator,
            &checker.declared,
        ));
    }
    problems
}

struct Checker<'a> {
    questionnaire: &'a Questionnaire,
    locator: Locator<'a>,
    problems: Vec<UserError>,
    /// Every declared section, question and finding id, with its offset in the file.
    declared: HashMap<&'a str, usize>,
    /// Questions declared so far: the only ones a `show_if` may name.
    earlier: HashSet<&'a str>,
    cursor: usize,
}

impl<'a> Checker<'a> {
    fn problem(&mut self, offset: usize, message: Message) {
        let location = self.locator.location(offset);
        self.problems.push(UserError::at(location, message));
    }

    /// Moves the cursor to the declaration of `id` and checks it is well-formed and unique.
    fn declare(&mut self, id: &'a str) -> usize {
        let offset = self
            .locator
            .declaration(id, self.cursor)
            .unwrap_or(self.cursor);
        self.cursor = offset + 1;
        if !is_valid_id(id) {
            self.problem(offset, Message::new("validate-bad-id").with("id", id));
        }
        if let Some(&first) = self.declared.get(id) {
            let first = self.locator.location(first);
            self.problem(
                offset,
                Message::new("validate-duplicate-id")
                    .with("id", id)
                    .with("first", first.to_string()),
            );
        } else {
            self.declared.insert(id, offset);
        }
        offset
    }

    fn check_structure(&mut self) {
        let questionnaire = self.questionnaire;
        let start = self.locator.declaration(&questionnaire.id, 0).unwrap_or(0);
        if !is_valid_id(&questionnaire.id) {
            self.problem(
                start,
                Message::new("validate-bad-id").with("id", &questionnaire.id),
            );
        }
        if questionnaire
            .content_as_of
            .parse::<jiff::civil::Date>()
            .is_err()
        {
            let offset = self
                .locator
                .reference(&questionnaire.content_as_of, 0)
                .unwrap_or(0);
            self.problem(
                offset,
                Message::new("validate-bad-date").with("value", &questionnaire.content_as_of),
            );
        }
        if questionnaire.sections.is_empty() {
            self.problem(start, Message::new("validate-no-sections"));
        }
        for section in &questionnaire.sections {
            let offset = self.declare(&section.id);
            if section.questions.is_empty() {
                self.problem(
                    offset,
                    Message::new("validate-empty-section").with("id", &section.id),
                );
            }
            for question in &section.questions {
                let offset = self.declare(&question.id);
                self.check_kind(question, offset);
                if let Some(condition) = &question.show_if {
                    self.check_condition(condition, offset, Some(&question.id));
                }
                self.earlier.insert(&question.id);
            }
        }
        for finding in &questionnaire.findings {
            let offset = self.declare(&finding.id);
            self.check_condition(&finding.when, offset, None);
        }
        for contradiction in &questionnaire.contradictions {
            let offset = self.declare(&contradiction.id);
            self.check_condition(&contradiction.when, offset, None);
        }
    }

    fn check_kind(&mut self, question: &'a Question, offset: usize) {
        let id = question.id.as_str();
        match &question.kind {
            Kind::Choice(options) | Kind::Multi { options, .. } => {
                if options.is_empty() {
                    self.problem(offset, Message::new("validate-no-options").with("id", id));
                }
                let mut seen = HashSet::new();
                // Each option is found after the previous one, so that a duplicate is
                // reported where it is repeated.
                let mut from = offset + 1;
                for option in options {
                    let at = self.locator.reference(option, from).unwrap_or(offset);
                    from = at + 1;
                    if !is_valid_id(option) {
                        self.problem(at, Message::new("validate-bad-id").with("id", option));
                    }
                    if !seen.insert(option) {
                        self.problem(
                            at,
                            Message::new("validate-duplicate-option")
                                .with("question", id)
                                .with("option", option),
                        );
                    }
                }
                if let Kind::Multi { exclusive, .. } = &question.kind {
                    for option in exclusive.iter().filter(|o| !options.contains(o)) {
                        let at = self.locator.reference(option, from).unwrap_or(offset);
                        self.problem(at, suggest::unknown_option(question, option));
                    }
                }
            }
            Kind::Level(min, max) if min > max || *max > 9 => {
                self.problem(
                    offset,
                    Message::new("validate-bad-level-range").with("id", id),
                );
            }
            Kind::Text { max_chars: 0 } => {
                self.problem(
                    offset,
                    Message::new("validate-bad-text-limit").with("id", id),
                );
            }
            Kind::Number {
                min: Some(min),
                max: Some(max),
            } if min > max => {
                self.problem(
                    offset,
                    Message::new("validate-bad-number-range").with("id", id),
                );
            }
            _ => {}
        }
    }

    /// `asker` is the question whose `show_if` this is; such a condition may only name
    /// earlier questions.
    fn check_condition(&mut self, condition: &'a Condition, owner: usize, asker: Option<&'a str>) {
        match condition {
            Condition::Is(id, expect) => {
                if let Some(question) = self.referenced(id, owner, asker) {
                    self.check_expect(question, expect, owner);
                }
            }
            Condition::Answered(id) => {
                self.referenced(id, owner, asker);
            }
            Condition::LevelAtLeast(id, bound) | Condition::LevelAtMost(id, bound) => {
                let Some(question) = self.referenced(id, owner, asker) else {
                    return;
                };
                let at = self.locator.reference(id, owner + 1).unwrap_or(owner);
                match question.kind {
                    Kind::Level(min, max) if (i64::from(min)..=i64::from(max)).contains(bound) => {}
                    Kind::Number { .. } => {}
                    Kind::Level(..) => self.problem(
                        at,
                        Message::new("validate-level-out-of-range")
                            .with("question", id)
                            .with("level", *bound),
                    ),
                    _ => self.problem(
                        at,
                        Message::new("validate-wrong-kind")
                            .with("question", id)
                            .with("expected", "Level/Number")
                            .with("form", suggest::condition_form(question)),
                    ),
                }
            }
            Condition::Not(inner) => self.check_condition(inner, owner, asker),
            Condition::All(all) | Condition::Any(all) => {
                if all.is_empty() {
                    self.problem(owner, Message::new("validate-empty-condition"));
                }
                all.iter()
                    .for_each(|c| self.check_condition(c, owner, asker));
            }
            Condition::AtLeast(n, all) => {
                if *n == 0 || *n > all.len() {
                    self.problem(
                        owner,
                        Message::new("validate-bad-at-least")
                            .with("n", *n)
                            .with("count", all.len()),
                    );
                }
                all.iter()
                    .for_each(|c| self.check_condition(c, owner, asker));
            }
        }
    }

    /// The question a condition names, or a problem when it is unknown or comes too late.
    /// References are searched after the owner's own id, so that a question naming itself
    /// is reported at the name in its condition.
    fn referenced(&mut self, id: &str, owner: usize, asker: Option<&str>) -> Option<&'a Question> {
        let at = self
            .locator
            .reference(id, owner + 1)
            .or_else(|| self.locator.reference(id, 0))
            .unwrap_or(owner);
        let Some(question) = self.questionnaire.question(id) else {
            let known = self.questionnaire.questions().map(|q| q.id.as_str());
            self.problem(at, suggest::unknown_question(id, known));
            return None;
        };
        if let Some(asker) = asker
            && !self.earlier.contains(id)
        {
            self.problem(
                at,
                Message::new("validate-forward-reference")
                    .with("question", asker)
                    .with("id", id),
            );
        }
        Some(question)
    }

    fn check_expect(&mut self, question: &Question, expect: &Expect, owner: usize) {
        let at = self
            .locator
            .reference(&question.id, owner + 1)
            .unwrap_or(owner);
        match (expect, &question.kind) {
            (Expect::Unknown, _) | (Expect::Yes | Expect::No, Kind::YesNo) => {}
            (Expect::Choice(option), Kind::Choice(options) | Kind::Multi { options, .. }) => {
                if !options.contains(option) {
                    let at = self.locator.reference(option, at + 1).unwrap_or(at);
                    self.problem(at, suggest::unknown_option(question, option));
                }
            }
            (Expect::Yes | Expect::No, _) => self.problem(
                at,
                Message::new("validate-wrong-kind")
                    .with("question", &question.id)
                    .with("expected", "YesNo")
                    .with("form", suggest::condition_form(question)),
            ),
            (Expect::Choice(_), _) => self.problem(
                at,
                Message::new("validate-wrong-kind")
                    .with("question", &question.id)
                    .with("expected", "Choice/Multi")
                    .with("form", suggest::condition_form(question)),
            ),
        }
    }
}

/// Ids are Fluent message ids too, and `--` separates a question from its option.
pub(super) fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.contains("--")
        && !id.ends_with('-')
}
