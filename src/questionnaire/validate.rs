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

/// Where a condition is read: at the top level, inside one repeat group (a question of the
/// group, or `AnyItem`/`EveryItem` over it), or anywhere (the body of a named condition,
/// checked where it is used).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope<'a> {
    Top,
    Group(&'a str),
    Any,
}

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
        asker: None,
        format_two_reported: false,
        in_reported_cycle: HashSet::new(),
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
    /// The question whose `show_if` is being checked: such a condition may only name
    /// questions that come before it.
    asker: Option<&'a str>,
    format_two_reported: bool,
    /// Named conditions already reported as part of a cycle: one cycle, one problem.
    in_reported_cycle: HashSet<String>,
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
        if !(1..=2).contains(&questionnaire.format) {
            let at = self
                .locator
                .reference_after_key("format", "")
                .unwrap_or(start);
            self.problem(
                at,
                Message::new("validate-bad-format").with("format", i64::from(questionnaire.format)),
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
        self.check_named_conditions();
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
            if let Some(condition) = &section.show_if {
                self.needs_format_two(offset, "Section(show_if)");
                self.asker = Some(&section.id);
                self.check_condition(condition, offset, Scope::Top);
                self.asker = None;
            }
            for question in &section.questions {
                self.check_question(question, Scope::Top);
            }
        }
        for derived in &questionnaire.derived {
            let offset = self.declare(&derived.id);
            self.needs_format_two(offset, "derived");
            self.check_derived(&derived.value, offset);
        }
        for finding in &questionnaire.findings {
            let offset = self.declare(&finding.id);
            self.check_condition(&finding.when, offset, Scope::Top);
        }
        for contradiction in &questionnaire.contradictions {
            let offset = self.declare(&contradiction.id);
            self.check_condition(&contradiction.when, offset, Scope::Top);
        }
        self.check_renames(start);
        self.check_risk_matrix(start);
        self.check_report_layout(start);
        self.check_references(start);
    }

    fn check_question(&mut self, question: &'a Question, scope: Scope<'a>) {
        let offset = self.declare(&question.id);
        self.check_kind(question, offset);
        if question.not_applicable {
            self.needs_format_two(offset, "not_applicable");
        }
        if let Some(condition) = &question.show_if {
            self.asker = Some(&question.id);
            self.check_condition(condition, offset, scope);
            self.asker = None;
        }
        self.earlier.insert(&question.id);
        if let Kind::Group(members) = &question.kind {
            self.needs_format_two(offset, "Group");
            if scope != Scope::Top {
                self.problem(
                    offset,
                    Message::new("validate-nested-group").with("id", &question.id),
                );
                return;
            }
            if members.is_empty() {
                self.problem(
                    offset,
                    Message::new("validate-empty-group").with("id", &question.id),
                );
            }
            for member in members {
                self.check_question(member, Scope::Group(&question.id));
            }
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

    /// Checks a condition that belongs to the declaration at `owner`.
    fn check_condition(&mut self, condition: &'a Condition, owner: usize, scope: Scope<'a>) {
        match condition {
            Condition::Is(id, expect) => {
                if *expect == Expect::NotApplicable {
                    self.needs_format_two(owner, "Is(.., NotApplicable)");
                }
                if let Some(question) = self.referenced(id, owner, scope) {
                    self.check_expect(question, expect, owner);
                }
            }
            Condition::Answered(id) => {
                self.referenced(id, owner, scope);
            }
            Condition::Unanswered(id) => {
                self.needs_format_two(owner, "Unanswered");
                self.referenced(id, owner, scope);
            }
            Condition::LevelAtLeast(id, bound) | Condition::LevelAtMost(id, bound) => {
                if let Some(derived) = self.questionnaire.derived_value(id) {
                    self.check_derived_use(id, derived.value.group(), owner);
                    return;
                }
                let Some(question) = self.referenced(id, owner, scope) else {
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
            Condition::Not(inner) => self.check_condition(inner, owner, scope),
            Condition::All(all) | Condition::Any(all) => {
                if all.is_empty() {
                    self.problem(owner, Message::new("validate-empty-condition"));
                }
                all.iter()
                    .for_each(|c| self.check_condition(c, owner, scope));
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
                    .for_each(|c| self.check_condition(c, owner, scope));
            }
            Condition::Named(name) => {
                self.needs_format_two(owner, "Named");
                self.check_named_use(name, owner, scope);
            }
            Condition::AnyItem(group, inner) | Condition::EveryItem(group, inner) => {
                self.needs_format_two(owner, "AnyItem/EveryItem");
                let at = self.locator.reference(group, owner + 1).unwrap_or(owner);
                let Some(question) = self.questionnaire.question(group) else {
                    self.problem(
                        at,
                        Message::new("validate-unknown-question").with("id", group),
                    );
                    return;
                };
                if !question.is_group() {
                    self.problem(at, Message::new("validate-not-a-group").with("id", group));
                    return;
                }
                if let Some(asker) = self.asker
                    && !self.earlier.contains(group.as_str())
                {
                    self.problem(
                        at,
                        Message::new("validate-forward-reference")
                            .with("question", asker)
                            .with("id", group),
                    );
                }
                let inner_scope = match scope {
                    Scope::Any => Scope::Any,
                    _ => Scope::Group(group),
                };
                self.check_condition(inner, owner, inner_scope);
            }
        }
    }

    /// A derived value may be used once its group has been asked.
    fn check_derived_use(&mut self, id: &str, group: &str, owner: usize) {
        if let Some(asker) = self.asker
            && !self.earlier.contains(group)
        {
            let at = self.locator.reference(id, owner + 1).unwrap_or(owner);
            self.problem(
                at,
                Message::new("validate-forward-reference")
                    .with("question", asker)
                    .with("id", id),
            );
        }
    }

    /// The question a condition names, or a problem when it is unknown, comes too late, or
    /// belongs to a repeat group the condition is not inside. References are searched after
    /// the owner's own id, so that a question naming itself is reported at the name in its
    /// condition.
    fn referenced(&mut self, id: &str, owner: usize, scope: Scope<'_>) -> Option<&'a Question> {
        let at = self
            .locator
            .reference(id, owner + 1)
            .or_else(|| self.locator.reference(id, 0))
            .unwrap_or(owner);
        let Some(question) = self.questionnaire.question(id) else {
            if self.questionnaire.derived_value(id).is_some() {
                self.problem(at, Message::new("validate-derived-in-test").with("id", id));
            } else {
                let known = self.questionnaire.all_questions().map(|q| q.id.as_str());
                self.problem(at, suggest::unknown_question(id, known));
            }
            return None;
        };
        if let Some(group) = self.questionnaire.group_of(id)
            && scope != Scope::Any
            && scope != Scope::Group(group.id.as_str())
        {
            self.problem(
                at,
                Message::new("validate-outside-group")
                    .with("id", id)
                    .with("group", &group.id),
            );
        }
        if let Some(asker) = self.asker
            && scope != Scope::Any
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
            (Expect::NotApplicable, _) if question.not_applicable => {}
            (Expect::NotApplicable, _) => self.problem(
                at,
                Message::new("validate-not-applicable-not-allowed").with("question", &question.id),
            ),
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

mod format2;
mod layout;
mod named;
mod references;

/// Ids are Fluent message ids too, and `--` separates a question from its option.
pub(super) fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.contains("--")
        && !id.ends_with('-')
}
