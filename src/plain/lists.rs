//! The full screen's overlays as sentences: the summary, the findings with their reasons and
//! actions, the overview of sections, and the list of commands.

use crate::i18n::{Localizer, Message as Text};
use crate::interview::Interview;
use crate::jump::label_at;
use crate::questionnaire::Severity;

use super::words::{KINDS, words_of};

/// What is left, as the ending screen lists it (`Interview::summary`).
pub fn summary(interview: &Interview, localizer: &Localizer) -> Vec<String> {
    let summary = interview.summary();
    let numbers = |indices: &[usize]| {
        indices
            .iter()
            .filter_map(|&i| interview.number_of(i))
            .map(|n| localizer.message(&Text::new("plain-question-number").with("number", n)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = vec![localizer.text("plain-summary-title")];
    let groups = [
        ("ui-summary-unanswered", numbers(&summary.unanswered)),
        ("ui-summary-unknown", numbers(&summary.unknown)),
        ("ui-summary-disputed", numbers(&summary.disputed)),
        ("ui-summary-open", numbers(&summary.open)),
        ("ui-summary-changed", numbers(&summary.changed)),
    ];
    let mut left = false;
    for (heading, items) in groups {
        if items.is_empty() {
            continue;
        }
        left = true;
        lines.push(
            localizer.message(
                &Text::new("plain-summary-line")
                    .with("heading", localizer.text(heading))
                    .with("items", items),
            ),
        );
    }
    let questionnaire = interview.questionnaire();
    let unowned: Vec<String> = summary
        .high_without_owner
        .iter()
        .filter_map(|&f| interview.fired().get(f))
        .map(|fired| localizer.finding_title(&questionnaire.findings[fired.finding]))
        .collect();
    if !unowned.is_empty() {
        left = true;
        let heading = localizer.text("plain-summary-high-unowned");
        lines.push(
            localizer.message(
                &Text::new("plain-summary-line")
                    .with("heading", heading)
                    .with("items", unowned.join("; ")),
            ),
        );
    }
    if !left {
        lines.push(localizer.text("plain-summary-done"));
    }
    lines.push(localizer.text("plain-summary-how"));
    lines
}

fn severity(localizer: &Localizer, severity: Severity) -> String {
    localizer.text(match severity {
        Severity::High => "report-severity-high",
        Severity::Warning => "report-severity-warning",
        Severity::Info => "report-severity-info",
    })
}

/// Each finding that fires, numbered as `owner` and `due` take it, with its reasons.
pub fn findings(interview: &Interview, localizer: &Localizer) -> Vec<String> {
    let questionnaire = interview.questionnaire();
    let mut lines = vec![localizer.text("ui-findings-title")];
    if interview.fired().is_empty() {
        lines.push(localizer.text("ui-no-findings"));
        return lines;
    }
    let not_set = localizer.text("ui-not-set");
    for (number, fired) in interview.fired().iter().enumerate() {
        let finding = &questionnaire.findings[fired.finding];
        lines.push(
            localizer.message(
                &Text::new("plain-finding")
                    .with("number", number + 1)
                    .with("severity", severity(localizer, finding.severity))
                    .with("title", localizer.finding_title(finding)),
            ),
        );
        let reasons: Vec<String> = fired
            .reasons
            .iter()
            .map(|key| localizer.reason_text(questionnaire, &interview.assessment().answers, key))
            .collect();
        if !reasons.is_empty() {
            lines.push(
                localizer.message(
                    &Text::new("plain-finding-reasons").with("reasons", reasons.join("; ")),
                ),
            );
        }
        if let Some(action) = localizer.finding_action(finding) {
            lines
                .push(localizer.message(&Text::new("plain-finding-action").with("action", action)));
        }
        let plan = interview.action_of(&finding.id);
        let owner = plan
            .map(|a| a.owner.clone())
            .filter(|o| !o.is_empty())
            .unwrap_or_else(|| not_set.clone());
        let due = plan
            .map(|a| a.due.clone())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| not_set.clone());
        lines.push(
            localizer.message(
                &Text::new("plain-finding-owner")
                    .with("owner", owner)
                    .with("due", due),
            ),
        );
    }
    lines.push(localizer.text("plain-findings-how"));
    lines
}

/// The sections with how far each has come; or, given a section's number, its questions.
pub fn overview(
    interview: &Interview,
    localizer: &Localizer,
    section: Option<usize>,
) -> Vec<String> {
    let sections = &interview.questionnaire().sections;
    match section {
        None => {
            let mut lines: Vec<String> = sections
                .iter()
                .enumerate()
                .map(|(s, section)| {
                    let (done, total) = interview.section_progress(s);
                    let title = localizer.section_title(section);
                    if total == 0 {
                        return localizer.message(
                            &Text::new("plain-overview-hidden")
                                .with("number", s + 1)
                                .with("title", title),
                        );
                    }
                    localizer.message(
                        &Text::new("plain-overview-section")
                            .with("number", s + 1)
                            .with("title", title)
                            .with("done", done)
                            .with("total", total),
                    )
                })
                .collect();
            lines.push(localizer.text("plain-overview-how"));
            lines
        }
        Some(wanted) => (0..interview.question_count())
            .filter(|&i| interview.section_index_at(i) == wanted && interview.is_visible(i))
            .map(|i| {
                let answer = interview
                    .slot_at(i)
                    .and_then(|slot| interview.assessment().value(&slot.key))
                    .zip(interview.question_at(i))
                    .map(|(value, (_, question))| {
                        localizer.message(
                            &Text::new("plain-current")
                                .with("value", localizer.value_text(question, value)),
                        )
                    })
                    .unwrap_or_else(|| localizer.text("plain-no-answer"));
                localizer.message(
                    &Text::new("plain-overview-question")
                        .with("number", interview.number_of(i).unwrap_or_default())
                        .with("label", label_at(interview, localizer, i))
                        .with("answer", answer),
                )
            })
            .collect(),
    }
}

/// Every command with its words in the user's language.
pub fn commands(localizer: &Localizer) -> Vec<String> {
    let line = |words: String, what: String| {
        localizer.message(
            &Text::new("plain-help-line")
                .with("words", words)
                .with("what", what),
        )
    };
    let mut lines = vec![
        localizer.text("plain-commands-title"),
        localizer.text("plain-help-enter"),
        localizer.text("plain-help-numbers"),
    ];
    for (kind, _) in KINDS {
        lines.push(line(
            words_of(localizer, kind).join(", "),
            localizer.text(&format!("plain-help-{kind}")),
        ));
    }
    lines
}
