//! The constructs of format 2 that stand on their own: derived values, renames, and the
//! rule that a format 1 questionnaire does not use them.

use crate::i18n::Message;
use crate::questionnaire::{Aggregate, Kind, Question, Rename};

use super::Checker;

impl<'a> Checker<'a> {
    pub(super) fn check_derived(&mut self, aggregate: &'a Aggregate, offset: usize) {
        let group = aggregate.group();
        if !self
            .questionnaire
            .question(group)
            .is_some_and(Question::is_group)
        {
            let at = self.locator.reference(group, offset + 1).unwrap_or(offset);
            self.problem(at, Message::new("validate-not-a-group").with("id", group));
            return;
        }
        if let Aggregate::Max(_, member) = aggregate {
            let at = self.locator.reference(member, offset + 1).unwrap_or(offset);
            let in_group = self
                .questionnaire
                .group_of(member)
                .is_some_and(|g| g.id == group);
            let numeric = self
                .questionnaire
                .question(member)
                .is_some_and(|q| matches!(q.kind, Kind::Level(..) | Kind::Number { .. }));
            if !in_group || !numeric {
                self.problem(
                    at,
                    Message::new("validate-bad-max")
                        .with("group", group)
                        .with("question", member.as_str()),
                );
            }
        }
    }

    pub(super) fn check_renames(&mut self, start: usize) {
        let questionnaire = self.questionnaire;
        for rename in &questionnaire.renames {
            let problem = match rename {
                Rename::Question(from, to) => {
                    if questionnaire.question(to).is_none() {
                        Some((to, Message::new("validate-unknown-question").with("id", to)))
                    } else if questionnaire.question(from).is_some() {
                        Some((
                            from,
                            Message::new("validate-rename-in-use").with("id", from),
                        ))
                    } else {
                        None
                    }
                }
                Rename::Option(question, from, to) => match questionnaire.question(question) {
                    None => Some((
                        question,
                        Message::new("validate-unknown-question").with("id", question),
                    )),
                    Some(q) if !q.kind.options().contains(to) => Some((
                        to,
                        Message::new("validate-unknown-option")
                            .with("question", question)
                            .with("option", to),
                    )),
                    Some(q) if q.kind.options().contains(from) => Some((
                        from,
                        Message::new("validate-rename-in-use").with("id", from),
                    )),
                    Some(_) => None,
                },
            };
            if let Some((id, message)) = problem {
                let at = self
                    .locator
                    .reference_after_key("renames", id)
                    .unwrap_or(start);
                self.problem(at, message);
            }
        }
    }

    /// Format 2's constructs change how conditions read; a format 1 questionnaire keeps its
    /// meaning by not having them.
    pub(super) fn needs_format_two(&mut self, offset: usize, construct: &str) {
        // One sentence is enough: the first construct found says what to add.
        if self.questionnaire.format < 2 && !self.format_two_reported {
            self.format_two_reported = true;
            self.problem(
                offset,
                Message::new("validate-needs-format-2").with("construct", construct),
            );
        }
    }
}
