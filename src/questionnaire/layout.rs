//! What the report's first page shows and which repeat groups it prints as tables: ids of
//! the questionnaire, so that the content decides and the report code names no question.

use serde::{Deserialize, Serialize};

/// The `report` of a questionnaire (format 2). Each list holds ids in the order shown; an
/// empty list leaves its block out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportLayout {
    /// The service: questions (not of a repeat group), e.g. its name, vendor, purpose,
    /// controller and the roles that took part.
    #[serde(default)]
    pub service: Vec<String>,
    /// The group's recommendation and the decision: questions.
    #[serde(default)]
    pub decision: Vec<String>,
    /// Whether a DPIA is needed and its conclusion: questions or named conditions (a named
    /// condition is shown as yes, no or not decided yet).
    #[serde(default)]
    pub dpia: Vec<String>,
    /// The service's classification: derived values, each with the items that give it.
    #[serde(default)]
    pub classification: Vec<String>,
    /// Text answers quoted in full on the first page, in the group's own words (the data
    /// protection officer's advice).
    #[serde(default)]
    pub quotes: Vec<String>,
    /// Repeat groups printed in the main part as a table, one row per item (the recipients;
    /// the risk register, whose levels before and after share one column each).
    #[serde(default)]
    pub tables: Vec<String>,
}

impl ReportLayout {
    /// Every id the layout names, with the list it is in, in file order.
    pub fn ids(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("service", &self.service),
            ("decision", &self.decision),
            ("dpia", &self.dpia),
            ("classification", &self.classification),
            ("quotes", &self.quotes),
            ("tables", &self.tables),
        ]
        .into_iter()
        .flat_map(|(list, ids)| ids.iter().map(move |id| (list, id.as_str())))
    }
}
