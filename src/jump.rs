//! Finding a question by its number or by words of its text, as the interview's jump box and
//! the `--plain` shell's "go to" both do: one numbering, one search, whichever shell asks.

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
    let query = query.trim().to_lowercase();
    let visible = (0..interview.question_count())
        .filter(|&i| interview.is_visible(i))
        .enumerate()
        .map(|(n, i)| (n + 1, i));
    if let Ok(wanted) = query.parse::<usize>() {
        return visible.filter(|&(number, _)| number == wanted).collect();
    }
    visible
        .filter(|&(_, i)| {
            query.is_empty()
                || interview.question_at(i).is_some_and(|(_, q)| {
                    q.id.contains(&query)
                        || label_at(interview, localizer, i)
                            .to_lowercase()
                            .contains(&query)
                })
        })
        .collect()
}
