//! `molnkoll check`: what still stands between an assessment and a decision, found without
//! opening it. For CI and pre-commit hooks.

use crate::assessment::{Assessment, Value};
use crate::i18n::{Localizer, Message};
use crate::questionnaire::{Kind, Questionnaire, Severity};
use crate::rules::{ActiveAnswers, fired_findings};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A required question that is asked but has no answer.
    Unanswered { question: String },
    /// A high-severity finding with no one to act on it.
    HighWithoutOwner { finding: String },
    /// Answers the questionnaire declares cannot all be true.
    Contradiction { id: String, reasons: Vec<String> },
    /// An answer given before the questionnaire changed the question.
    Reconfirm { question: String },
    /// Two branches answered differently and nobody has settled it yet.
    Conflict { question: String },
    /// Two branches gave the assessment different titles.
    TitleConflict { ours: String, theirs: String },
    /// Two branches changed the owner or due date of one action differently.
    ActionConflict { finding: String },
    /// A personal identity number in typed text: `place` is `title`, `note:ID`,
    /// `answer:ID` or `owner:FINDING`.
    PersonalNumber { place: String, numbers: Vec<String> },
    /// A text answer longer than its question allows (written by hand or by another tool).
    TextTooLong { question: String, max: usize },
    /// The questionnaire's legal content is more than a year old.
    StaleContent { date: String },
    /// A value that does not fit its question (kind, option, range, date): not an answer.
    Misfit { question: String },
    /// The assessment names a newer version of the questionnaire than the one in use.
    NewerQuestionnaire { found: u32, known: u32 },
    /// A note, title or owner longer than [`crate::strict::MAX_TEXT_CHARS`]; `place` as for
    /// `PersonalNumber`.
    TextOverLimit { place: String, max: usize },
}

pub fn check(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    today: jiff::civil::Date,
) -> Vec<Issue> {
    let active = ActiveAnswers::new(questionnaire, &assessment.answers);
    let mut issues = Vec::new();
    if crate::strict::newer_questionnaire(questionnaire, assessment) {
        issues.push(Issue::NewerQuestionnaire {
            found: assessment.questionnaire_version,
            known: questionnaire.version,
        });
    }
    for key in active.asked() {
        let Some(question) = questionnaire.question_for_key(key) else {
            continue;
        };
        let answer = assessment.answer(key);
        if question.required && !active.is_given(key) {
            issues.push(Issue::Unanswered {
                question: key.clone(),
            });
        }
        if answer.is_some_and(|a| a.conflict.is_some()) {
            issues.push(Issue::Conflict {
                question: key.clone(),
            });
        }
        if let (Kind::Text { max_chars }, Some(Value::Text(text))) =
            (&question.kind, answer.and_then(|a| a.value.as_ref()))
            && text.chars().count() > *max_chars
        {
            issues.push(Issue::TextTooLong {
                question: key.clone(),
                max: *max_chars,
            });
        }
        if answer
            .and_then(|a| a.value.as_ref())
            .is_some_and(|value| !crate::strict::fits(question, value))
        {
            issues.push(Issue::Misfit {
                question: key.clone(),
            });
        }
        if answer.is_some_and(|a| a.needs_reconfirmation(question)) {
            issues.push(Issue::Reconfirm {
                question: key.clone(),
            });
        }
    }
    for fired in fired_findings(questionnaire, &assessment.answers) {
        let owned = assessment
            .actions
            .get(&fired.finding.id)
            .is_some_and(|action| !action.owner.trim().is_empty());
        if fired.finding.severity == Severity::High && !owned {
            issues.push(Issue::HighWithoutOwner {
                finding: fired.finding.id.clone(),
            });
        }
    }
    for contradiction in &questionnaire.contradictions {
        if let Some(reasons) = active.explain(&contradiction.when) {
            issues.push(Issue::Contradiction {
                id: contradiction.id.clone(),
                reasons,
            });
        }
    }
    if let Some(title) = &assessment.conflicts.title {
        issues.push(Issue::TitleConflict {
            ours: title.ours.clone(),
            theirs: title.theirs.clone(),
        });
    }
    for finding in assessment.conflicts.actions.keys() {
        issues.push(Issue::ActionConflict {
            finding: finding.clone(),
        });
    }
    issues.extend(personal_numbers(assessment));
    issues.extend(over_limit(assessment));
    if crate::commands::stale_content(questionnaire, today).is_some() {
        issues.push(Issue::StaleContent {
            date: questionnaire.content_as_of.clone(),
        });
    }
    issues
}

/// Every typed text of the assessment, in file order, with its place.
fn typed_texts(assessment: &Assessment) -> Vec<(String, &str)> {
    let mut texts: Vec<(String, &str)> = vec![("title".to_owned(), assessment.title.as_str())];
    for (id, answer) in &assessment.answers {
        if let Some(Value::Text(text)) = &answer.value {
            texts.push((format!("answer:{id}"), text));
        }
        texts.push((format!("note:{id}"), &answer.note));
    }
    for (id, action) in &assessment.actions {
        texts.push((format!("owner:{id}"), &action.owner));
    }
    texts
}

fn over_limit(assessment: &Assessment) -> Vec<Issue> {
    typed_texts(assessment)
        .into_iter()
        .filter(|(_, text)| text.chars().count() > crate::strict::MAX_TEXT_CHARS)
        .map(|(place, _)| Issue::TextOverLimit {
            place,
            max: crate::strict::MAX_TEXT_CHARS,
        })
        .collect()
}

/// Every typed text of the assessment, checked for personal numbers.
fn personal_numbers(assessment: &Assessment) -> Vec<Issue> {
    typed_texts(assessment)
        .into_iter()
        .filter_map(|(place, text)| {
            let found = crate::personal_number::find(text);
            (!found.is_empty()).then(|| Issue::PersonalNumber {
                place,
                numbers: found
                    .iter()
                    .map(|m| text[m.start..m.end].to_owned())
                    .collect(),
            })
        })
        .collect()
}

/// One line per issue, in the localizer's language.
pub fn describe(
    issue: &Issue,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
) -> String {
    let question = |key: &str| localizer.key_label(questionnaire, &assessment.answers, key);
    let message = match issue {
        Issue::Unanswered { question: id } => Message::new("check-unanswered")
            .with("id", id)
            .with("question", question(id)),
        Issue::HighWithoutOwner { finding } => {
            let title = questionnaire
                .findings
                .iter()
                .find(|f| &f.id == finding)
                .map_or_else(|| finding.clone(), |f| localizer.finding_title(f));
            Message::new("check-no-owner")
                .with("id", finding)
                .with("finding", title)
        }
        Issue::Contradiction { id, reasons } => Message::new("check-contradiction")
            .with("text", localizer.text(&format!("contradiction-{id}")))
            .with("reasons", reasons.join(", ")),
        Issue::Reconfirm { question: id } => Message::new("check-reconfirm")
            .with("id", id)
            .with("question", question(id)),
        Issue::Conflict { question: id } => Message::new("check-conflict")
            .with("id", id)
            .with("question", question(id)),
        Issue::PersonalNumber { place, numbers } => Message::new("check-personal-number")
            .with("place", place)
            .with("numbers", numbers.join(", ")),
        Issue::TextTooLong { question: id, max } => Message::new("check-text-too-long")
            .with("id", id)
            .with("question", question(id))
            .with("max", *max),
        Issue::StaleContent { date } => Message::new("warning-stale-content").with("date", date),
        Issue::TitleConflict { ours, theirs } => Message::new("check-title-conflict")
            .with("ours", ours)
            .with("theirs", theirs),
        Issue::ActionConflict { finding } => {
            let title = questionnaire
                .findings
                .iter()
                .find(|f| &f.id == finding)
                .map_or_else(|| finding.clone(), |f| localizer.finding_title(f));
            Message::new("check-action-conflict")
                .with("id", finding)
                .with("finding", title)
        }
        Issue::Misfit { question: id } => Message::new("check-misfit")
            .with("id", id)
            .with("question", question(id)),
        Issue::NewerQuestionnaire { found, known } => Message::new("check-newer-questionnaire")
            .with("found", i64::from(*found))
            .with("known", i64::from(*known)),
        Issue::TextOverLimit { place, max } => Message::new("check-note-too-long")
            .with("place", place)
            .with("max", *max),
    };
    localizer.message(&message)
}
