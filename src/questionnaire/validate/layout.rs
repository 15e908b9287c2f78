//! The report layout: every id it names must be of the kind its list shows.

use crate::i18n::Message;
use crate::questionnaire::Kind;

use super::Checker;

impl Checker<'_> {
    pub(super) fn check_report_layout(&mut self, start: usize) {
        let questionnaire = self.questionnaire;
        let Some(layout) = &questionnaire.report else {
            return;
        };
        let offset = self
            .locator
            .reference_after_key("report", "")
            .unwrap_or(start);
        self.needs_format_two(offset, "report");
        // A plain question: not a repeat group nor one of its questions.
        let plain = |id: &str| {
            questionnaire
                .question(id)
                .is_some_and(|q| !q.is_group() && questionnaire.group_of(id).is_none())
        };
        let mut problems = Vec::new();
        for (list, id) in layout.ids() {
            let fits = match list {
                "dpia" => plain(id) || questionnaire.conditions.contains_key(id),
                "classification" => questionnaire.derived_value(id).is_some(),
                "quotes" => {
                    plain(id)
                        && questionnaire
                            .question(id)
                            .is_some_and(|q| matches!(q.kind, Kind::Text { .. }))
                }
                "tables" => questionnaire.question(id).is_some_and(|q| q.is_group()),
                _ => plain(id),
            };
            if !fits {
                problems.push((
                    id,
                    Message::new("validate-bad-report-id")
                        .with("list", list)
                        .with("id", id),
                ));
            }
        }
        for (id, message) in problems {
            let at = self
                .locator
                .reference_after_key("report", id)
                .unwrap_or(offset);
            self.problem(at, message);
        }
    }
}
