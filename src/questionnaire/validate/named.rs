//! Named conditions: declared once, used by name. Their bodies are checked where they are
//! declared; whether what they name may be named is checked where they are used, since a
//! named condition can serve a `show_if` as well as a finding, inside a group or outside.

use std::collections::HashSet;

use crate::i18n::Message;
use crate::rules::Condition;

use super::{Checker, Scope, is_valid_id};

impl<'a> Checker<'a> {
    pub(super) fn check_named_conditions(&mut self) {
        let questionnaire = self.questionnaire;
        if !questionnaire.conditions.is_empty() {
            let at = self
                .locator
                .reference_after_key("conditions", "")
                .unwrap_or(0);
            self.needs_format_two(at, "conditions");
        }
        for (name, condition) in &questionnaire.conditions {
            let offset = self.name_offset(name);
            if !is_valid_id(name) {
                self.problem(offset, Message::new("validate-bad-id").with("id", name));
            }
            self.check_condition(condition, offset, Scope::Any);
            if self.in_reported_cycle.contains(name.as_str()) {
                continue;
            }
            if let Some(path) = self.cycle_from(name) {
                self.in_reported_cycle.extend(path.iter().cloned());
                self.problem(
                    offset,
                    Message::new("validate-named-cycle")
                        .with("name", name)
                        .with("path", path.join(" → ")),
                );
            }
        }
    }

    /// Where a named condition is declared: its quoted name, first found in the file.
    fn name_offset(&self, name: &str) -> usize {
        self.locator.reference(name, 0).unwrap_or(0)
    }

    /// A path of names from `start` back to itself, if there is one.
    fn cycle_from(&self, start: &str) -> Option<Vec<String>> {
        let conditions = &self.questionnaire.conditions;
        let mut stack: Vec<(String, Vec<String>)> =
            vec![(start.to_owned(), vec![start.to_owned()])];
        let mut seen = HashSet::new();
        while let Some((name, path)) = stack.pop() {
            let Some(condition) = conditions.get(&name) else {
                continue;
            };
            for next in condition.names() {
                if next == start {
                    let mut path = path.clone();
                    path.push(next.to_owned());
                    return Some(path);
                }
                if seen.insert(next.to_owned()) {
                    let mut path = path.clone();
                    path.push(next.to_owned());
                    stack.push((next.to_owned(), path));
                }
            }
        }
        None
    }

    /// A use of a named condition: it must exist, and every question it names (through
    /// other named conditions too) must be one this place may name.
    pub(super) fn check_named_use(&mut self, name: &str, owner: usize, scope: Scope<'a>) {
        let questionnaire = self.questionnaire;
        let at = self.locator.reference(name, owner + 1).unwrap_or(owner);
        let Some(condition) = questionnaire.conditions.get(name) else {
            self.problem(
                at,
                Message::new("validate-unknown-condition").with("name", name),
            );
            return;
        };
        if scope == Scope::Any {
            return;
        }
        let mut seen = HashSet::new();
        let mut pending: Vec<(&'a Condition, Scope<'a>)> = vec![(condition, scope)];
        while let Some((condition, scope)) = pending.pop() {
            self.check_named_references(name, condition, at, scope, &mut seen, &mut pending);
        }
    }

    fn check_named_references(
        &mut self,
        name: &str,
        condition: &'a Condition,
        at: usize,
        scope: Scope<'a>,
        seen: &mut HashSet<&'a str>,
        pending: &mut Vec<(&'a Condition, Scope<'a>)>,
    ) {
        let questionnaire = self.questionnaire;
        match condition {
            Condition::Is(id, _)
            | Condition::Answered(id)
            | Condition::Unanswered(id)
            | Condition::LevelAtLeast(id, _)
            | Condition::LevelAtMost(id, _) => {
                let group = questionnaire.group_of(id).map(|g| g.id.as_str());
                if let Some(group) = group
                    && scope != Scope::Group(group)
                {
                    self.problem(
                        at,
                        Message::new("validate-named-outside-group")
                            .with("name", name)
                            .with("id", id.as_str())
                            .with("group", group),
                    );
                }
                let needed = questionnaire
                    .derived_value(id)
                    .map_or(id.as_str(), |d| d.value.group());
                if let Some(asker) = self.asker
                    && !self.earlier.contains(needed)
                {
                    self.problem(
                        at,
                        Message::new("validate-named-forward-reference")
                            .with("question", asker)
                            .with("name", name)
                            .with("id", id.as_str()),
                    );
                }
            }
            Condition::Not(inner) => pending.push((inner, scope)),
            Condition::All(all) | Condition::Any(all) | Condition::AtLeast(_, all) => {
                pending.extend(all.iter().map(|c| (c, scope)))
            }
            Condition::AnyItem(group, inner) | Condition::EveryItem(group, inner) => {
                pending.push((inner, Scope::Group(group)));
            }
            Condition::Named(next) => {
                // A cycle is reported where the names are declared; follow each name once.
                if seen.insert(next)
                    && let Some(body) = questionnaire.conditions.get(next)
                {
                    pending.push((body, scope));
                }
            }
        }
    }
}
