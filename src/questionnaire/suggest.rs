//! "Did you mean": the nearest known id to a misspelt one, and the form of condition that
//! fits a question's kind. An author who mistypes an id or writes `Is("q", Yes)` for a
//! choice question learns the fix from the message, not from the documentation.

use crate::i18n::Message;

use super::{Kind, Question};

/// The known id closest to `unknown`, if one is close enough to be a slip of the keyboard:
/// at most one edit in three characters (three at most). Short ids get no suggestion,
/// since any other short id is as near.
pub(super) fn nearest<'k>(
    unknown: &str,
    known: impl IntoIterator<Item = &'k str>,
) -> Option<&'k str> {
    let unknown: Vec<char> = unknown.chars().collect();
    let limit = (unknown.len() / 3).min(3);
    let mut best: Option<(usize, &str)> = None;
    let mut candidate_chars = Vec::new();
    for candidate in known {
        // Most ids are out of reach by length alone: no distance to compute.
        if candidate.len().abs_diff(unknown.len()) > limit * 4 {
            continue;
        }
        candidate_chars.clear();
        candidate_chars.extend(candidate.chars());
        let reach = best.map_or(limit, |(distance, _)| distance);
        if let Some(distance) = distance_within(&unknown, &candidate_chars, reach)
            && distance > 0
            && best.is_none_or(|(d, c)| (distance, candidate) < (d, c))
        {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// The optimal-string-alignment distance of `a` and `b` (edits, with a swap of two
/// neighbours as one), if it is at most `limit`. Only the band the limit allows is
/// computed, and a row that already exceeds it ends the work: a validation suggesting ids
/// among ten thousand stays linear in practice.
fn distance_within(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let over = limit + 1;
    let mut two_ago = vec![over; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).map(|j| j.min(over)).collect();
    let mut current = vec![over; b.len() + 1];
    for i in 1..=a.len() {
        current.fill(over);
        current[0] = i.min(over);
        let mut row_min = current[0];
        for j in i.saturating_sub(limit).max(1)..=(i + limit).min(b.len()) {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(two_ago[j - 2] + 1);
            }
            current[j] = d.min(over);
            row_min = row_min.min(current[j]);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut two_ago, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&d| d <= limit)
}

/// `validate-unknown-question`, with the nearest question when there is one.
pub(super) fn unknown_question<'k>(id: &str, known: impl IntoIterator<Item = &'k str>) -> Message {
    match nearest(id, known) {
        Some(near) => Message::new("validate-unknown-question-near")
            .with("id", id)
            .with("suggestion", near),
        None => Message::new("validate-unknown-question").with("id", id),
    }
}

/// `validate-unknown-option`, with the nearest option of the question when there is one.
pub(super) fn unknown_option(question: &Question, option: &str) -> Message {
    let message = match nearest(option, question.kind.options().iter().map(String::as_str)) {
        Some(near) => Message::new("validate-unknown-option-near").with("suggestion", near),
        None => Message::new("validate-unknown-option"),
    };
    message
        .with("question", &question.id)
        .with("option", option)
}

/// A condition that fits the question, written as in the RON file, for the message about a
/// condition of the wrong kind.
pub(super) fn condition_form(question: &Question) -> String {
    let id = &question.id;
    match &question.kind {
        Kind::YesNo => format!("Is(\"{id}\", Yes)"),
        Kind::Choice(options) | Kind::Multi { options, .. } => {
            let option = options.first().map_or("OPTION", String::as_str);
            format!("Is(\"{id}\", Choice(\"{option}\"))")
        }
        Kind::Level(min, max) => {
            format!(
                "LevelAtLeast(\"{id}\", {})",
                max.saturating_sub(1).max(*min)
            )
        }
        Kind::Number { min, .. } => format!("LevelAtLeast(\"{id}\", {})", min.unwrap_or(0)),
        // Text, date, and whatever kinds come: whether the question is answered.
        _ => format!("Answered(\"{id}\")"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_of_the_keyboard_finds_the_intended_id() {
        let known = ["dpia-sensitive", "dpia-profiling", "vendor-seat"];
        assert_eq!(nearest("dpia-sensitve", known), Some("dpia-sensitive"));
        assert_eq!(nearest("vendor-saet", known), Some("vendor-seat"));
        assert_eq!(nearest("something-else", known), None);
        // Short ids are all near each other: no guess.
        assert_eq!(nearest("z", ["x", "y"]), None);
        assert_eq!(nearest("ghost", ["a", "b"]), None);
        // The nearest wins over an earlier, farther one.
        assert_eq!(
            nearest("finding-abcd", ["finding-abxy", "finding-abce"]),
            Some("finding-abce")
        );
    }

    #[test]
    fn the_distance_counts_edits_and_swaps_within_the_limit() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        let within = |a: &str, b: &str, limit| distance_within(&chars(a), &chars(b), limit);
        assert_eq!(within("kitten", "sitting", 3), Some(3));
        assert_eq!(within("kitten", "sitting", 2), None);
        assert_eq!(within("q.hlep", "q.help", 1), Some(1));
        assert_eq!(within("abc", "abc", 0), Some(0));
        assert_eq!(within("", "ab", 2), Some(2));
        assert_eq!(within("old-question-1", "question-1", 3), None);
        assert_eq!(within("källa", "kalla", 1), Some(1));
    }
}
