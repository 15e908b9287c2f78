//! Repeat groups as tables (the layout's `tables`): one row per item, one column per
//! question asked of some item; the risk matrix's likelihood and consequence share one
//! column before and one after measures. A table with more questions than items is turned
//! so that it has the fewer columns: the recipients (many questions, few recipients) then
//! stand one per column.

use crate::items::member_key;
use crate::questionnaire::Question;
use crate::rules::{Grid, Zone};

use super::Report;
use super::actions_list::label;
use super::markdown::cell;

enum Column<'q> {
    One(&'q Question),
    /// Likelihood and consequence, and whether they are the levels after measures.
    Pair(&'q str, &'q str, bool),
}

impl Report<'_> {
    pub(super) fn group_tables(&mut self) {
        let Some(layout) = self.questionnaire.report.clone() else {
            return;
        };
        for id in &layout.tables {
            self.group_table(id);
        }
    }

    fn group_table(&mut self, id: &str) {
        let questionnaire = self.questionnaire;
        let Some(group) = questionnaire.question(id) else {
            return;
        };
        if !self.active.is_visible(id) {
            return;
        }
        let heading = label(self.localizer, group);
        self.heading(2, &heading);
        let items: Vec<&str> = self.active.items(id).to_vec();
        if items.is_empty() {
            let none = self.t("report-no-items");
            self.line(&none);
            return;
        }
        let matrix = questionnaire.risk_matrix.as_ref().filter(|m| m.group == id);
        let mut columns = Vec::new();
        for member in group.kind.members() {
            match matrix {
                Some(m) if member.id == m.before.0 => {
                    columns.push(Column::Pair(&m.before.0, &m.before.1, false))
                }
                Some(m) if member.id == m.after.0 => {
                    columns.push(Column::Pair(&m.after.0, &m.after.1, true))
                }
                Some(m) if member.id == m.before.1 || member.id == m.after.1 => {}
                _ => {
                    let asked = items
                        .iter()
                        .any(|item| self.active.is_visible(&member_key(id, item, &member.id)));
                    if asked {
                        columns.push(Column::One(member));
                    }
                }
            }
        }
        let matrices = self.active.risk_matrices();
        let header: Vec<String> = columns
            .iter()
            .map(|column| match column {
                Column::One(question) => label(self.localizer, question),
                Column::Pair(.., false) => self.t("report-col-before"),
                Column::Pair(.., true) => self.t("report-col-after"),
            })
            .collect();
        let rows: Vec<(String, Vec<String>)> = items
            .iter()
            .map(|item| {
                let name = self.assessment.item_name(id, item).unwrap_or(item);
                let cells = columns
                    .iter()
                    .map(|column| match column {
                        Column::One(question) => self.member_cell(id, item, question),
                        Column::Pair(likelihood, consequence, after) => {
                            let grid = matrices.as_ref().map(|m| match after {
                                true => &m.after,
                                false => &m.before,
                            });
                            self.pair_cell(id, item, likelihood, consequence, grid)
                        }
                    })
                    .collect();
                (cell(name), cells)
            })
            .collect();
        // The corner names what a row (or column) is: "Risk", "Mottagare".
        let kind = self.localizer.group_item_kind(group);
        let mut letters = kind.chars();
        let kind: String = letters
            .next()
            .map(|first| first.to_uppercase().chain(letters).collect())
            .unwrap_or_default();
        if columns.len() > items.len() {
            // Turned: one row per question, one column per item.
            let names: Vec<&str> = rows.iter().map(|(name, _)| name.as_str()).collect();
            self.table_row(&kind, &names);
            self.table_rule(names.len() + 1);
            for (c, title) in header.iter().enumerate() {
                let cells: Vec<&str> = rows.iter().map(|(_, cells)| cells[c].as_str()).collect();
                self.table_row(title, &cells);
            }
        } else {
            let titles: Vec<&str> = header.iter().map(String::as_str).collect();
            self.table_row(&kind, &titles);
            self.table_rule(titles.len() + 1);
            for (name, cells) in &rows {
                let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
                self.table_row(name, &cells);
            }
        }
    }

    fn table_row(&mut self, first: &str, rest: &[&str]) {
        let mut row = format!("| {first} |");
        for text in rest {
            row.push_str(&format!(" {text} |"));
        }
        self.line(&row);
    }

    fn table_rule(&mut self, columns: usize) {
        self.line(&format!("|{}", " --- |".repeat(columns)));
    }

    /// An item's answer: its value, "unanswered", or a dash where it is not asked.
    fn member_cell(&self, group: &str, item: &str, question: &Question) -> String {
        let key = member_key(group, item, &question.id);
        if !self.active.is_visible(&key) {
            return "–".to_owned();
        }
        match self.assessment.answer(&key).and_then(|a| a.value.as_ref()) {
            Some(value) => cell(&self.localizer.value_text(question, value)),
            None => self.t("report-unanswered"),
        }
    }

    /// Likelihood and consequence as "2/4 (high)", the zone in words.
    fn pair_cell(
        &self,
        group: &str,
        item: &str,
        likelihood: &str,
        consequence: &str,
        grid: Option<&Grid>,
    ) -> String {
        let level = |question: &str| match self.active.value(&member_key(group, item, question)) {
            Some(crate::assessment::Value::Level(level)) => Some(*level),
            _ => None,
        };
        match (level(likelihood), level(consequence), grid) {
            (Some(l), Some(c), Some(grid)) => {
                let zone = self.t(match grid.zone(l, c) {
                    Zone::High => "report-zone-high",
                    Zone::Medium => "report-zone-medium",
                    Zone::Low => "report-zone-low",
                });
                format!("{l}/{c} ({zone})")
            }
            (l, c, _) => {
                let shown =
                    |level: Option<u8>| level.map_or_else(|| "?".to_owned(), |l| l.to_string());
                format!("{}/{}", shown(l), shown(c))
            }
        }
    }
}
