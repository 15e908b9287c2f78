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

    /// The matrix draws each item at its levels, so the four questions must be level
    /// questions of the group, the two axes before and after on the same scales.
    pub(super) fn check_risk_matrix(&mut self, start: usize) {
        let questionnaire = self.questionnaire;
        let Some(matrix) = &questionnaire.risk_matrix else {
            return;
        };
        let offset = self
            .locator
            .reference_after_key("risk_matrix", &matrix.group)
            .unwrap_or(start);
        self.needs_format_two(offset, "risk_matrix");
        if !questionnaire
            .question(&matrix.group)
            .is_some_and(Question::is_group)
        {
            self.problem(
                offset,
                Message::new("validate-not-a-group").with("id", &matrix.group),
            );
            return;
        }
        let scale = |id: &str| match questionnaire.question(id).map(|q| &q.kind) {
            Some(Kind::Level(min, max))
                if questionnaire
                    .group_of(id)
                    .is_some_and(|g| g.id == matrix.group) =>
            {
                Some((*min, *max))
            }
            _ => None,
        };
        let mut problems = Vec::new();
        for id in matrix.questions() {
            if scale(id).is_none() {
                problems.push((
                    id,
                    Message::new("validate-bad-matrix-axis")
                        .with("group", &matrix.group)
                        .with("question", id),
                ));
            }
        }
        for (before, after) in [
            (&matrix.before.0, &matrix.after.0),
            (&matrix.before.1, &matrix.after.1),
        ] {
            if let (Some(a), Some(b)) = (scale(before), scale(after))
                && a != b
            {
                problems.push((
                    after.as_str(),
                    Message::new("validate-matrix-scales-differ")
                        .with("before", before.as_str())
                        .with("after", after.as_str()),
                ));
            }
        }
        // The measures are a text and the owner a choice, each a question of the register.
        let member = |id: &str, text: bool| {
            questionnaire
                .group_of(id)
                .is_some_and(|g| g.id == matrix.group)
                && questionnaire.question(id).is_some_and(|q| match text {
                    true => matches!(q.kind, Kind::Text { .. }),
                    false => matches!(q.kind, Kind::Choice(_)),
                })
        };
        for (id, text) in [(&matrix.measures, true), (&matrix.owner, false)] {
            if let Some(id) = id
                && !member(id, text)
            {
                problems.push((
                    id.as_str(),
                    Message::new("validate-bad-matrix-member")
                        .with("group", &matrix.group)
                        .with("question", id.as_str()),
                ));
            }
        }
        for (id, message) in problems {
            let at = self
                .locator
                .reference_after_key("risk_matrix", id)
                .unwrap_or(offset);
            self.problem(at, message);
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
