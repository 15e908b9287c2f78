//! Finding a question by its number or by words of its text, as the interview's jump box and
//! the `--plain` shell's "go to" both do: one numbering, one search, whichever shell asks.
//!
//! Each question's label is formatted through Fluent and lowercased the first time a query
//! reaches it, and kept until the answers change (the model's revision), which is the only
//! thing a label or the numbering depends on besides the language. A search stops once it
//! has as many matches as the box shows, so typing in the jump box costs what is on screen,
//! not the whole questionnaire, and a search that must read everything reads each label once.

use crate::i18n::Localizer;
use crate::interview::Interview;

/// The question at a position as lists show it: with its item's name for an item's answer.
pub fn label_at(interview: &Interview, localizer: &Localizer, index: usize) -> String {
    match interview.slot_at(index) {
        Some(slot) if slot.item.is_some() => localizer.key_label(
            interview.questionnaire(),
            &interview.assessment().answers,
            &slot.key,
        ),
        _ => interview
            .question_at(index)
            .map(|(_, q)| localizer.question_text(q))
            .unwrap_or_default(),
    }
}

/// Visible questions matching a jump query (their number, or words of their text or id), as
/// (number among the visible questions, index in the questionnaire).
pub fn jump_matches(
    interview: &Interview,
    localizer: &Localizer,
    query: &str,
) -> Vec<(usize, usize)> {
    SearchIndex::default().matches(interview, localizer, query, usize::MAX)
}

/// Lowercased labels of the questions, by position, valid for one revision of the answers.
#[derive(Debug, Default)]
pub struct SearchIndex {
    revision: Option<u64>,
    labels: Vec<Option<String>>,
}

impl SearchIndex {
    /// Up to `limit` visible questions matching `query`, as (number among the visible
    /// questions, position in the questionnaire).
    pub fn matches(
        &mut self,
        interview: &Interview,
        localizer: &Localizer,
        query: &str,
        limit: usize,
    ) -> Vec<(usize, usize)> {
        if self.revision != Some(interview.revision()) {
            self.revision = Some(interview.revision());
            self.labels.clear();
        }
        self.labels.resize(interview.question_count(), None);
        let query = query.trim().to_lowercase();
        let visible = (0..interview.question_count())
            .filter(|&i| interview.is_visible(i))
            .enumerate()
            .map(|(n, i)| (n + 1, i));
        if let Ok(wanted) = query.parse::<usize>() {
            return visible
                .filter(|&(number, _)| number == wanted)
                .take(limit)
                .collect();
        }
        let mut found = Vec::new();
        for (number, index) in visible {
            if found.len() >= limit {
                break;
            }
            if query.is_empty() {
                found.push((number, index));
                continue;
            }
            let Some((_, question)) = interview.question_at(index) else {
                continue;
            };
            if question.id.contains(&query) {
                found.push((number, index));
                continue;
            }
            let label = self.labels[index]
                .get_or_insert_with(|| label_at(interview, localizer, index).to_lowercase());
            if label.contains(&query) {
                found.push((number, index));
            }
        }
        found
    }
}
