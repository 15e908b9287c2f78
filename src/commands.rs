//! The plain-text commands (`show`, `list`), as pure functions from data to text, and the
//! checks that several commands share.

use std::path::PathBuf;

use crate::assessment::{Answer, Assessment, Value};
use crate::i18n::Message;
use crate::questionnaire::Questionnaire;
use crate::rules::ActiveAnswers;

/// The stable, untranslated form of a value, as `show` prints it.
pub fn value_keyword(value: &Value) -> String {
    match value {
        Value::Yes => "yes".to_owned(),
        Value::No => "no".to_owned(),
        Value::Unknown => "unknown".to_owned(),
        Value::Choice(option) => option.clone(),
        Value::Multi(options) => options.iter().cloned().collect::<Vec<_>>().join(" + "),
        Value::Level(level) => format!("level {level}"),
        Value::Text(text) => format!("{text:?}"),
        Value::Number(number) => number.to_string(),
        Value::Date(date) => date.clone(),
        Value::NotApplicable => "not-applicable".to_owned(),
    }
}

fn show_line(id: &str, answer: &Answer, orphan: bool) -> String {
    let mut line = format!(
        "{id}: {}",
        answer
            .value
            .as_ref()
            .map_or_else(|| "-".to_owned(), value_keyword)
    );
    if !answer.state.is_settled() {
        line.push_str(&format!(" [{}]", answer.state.keyword()));
    }
    if orphan {
        line.push_str(" [orphan]");
    }
    if !answer.note.is_empty() {
        // One line per answer, whatever the note holds: a diff shows which answer changed.
        line.push_str(&format!(
            "  # {}",
            answer.note.replace('\\', "\\\\").replace('\n', "\\n")
        ));
    }
    line
}

/// One line per given answer, in questionnaire order, then answers the questionnaire no
/// longer has. Meant for `git diff` (textconv): stable and untranslated.
pub fn show(assessment: &Assessment, questionnaire: &Questionnaire) -> String {
    let mut out = format!(
        "title: {:?}\nquestionnaire: {} v{}\n",
        assessment.title, assessment.questionnaire, assessment.questionnaire_version
    );
    // Another questionnaire's file: its own order, and nothing called an orphan that is
    // only unknown to the questionnaire at hand.
    if assessment.questionnaire != questionnaire.id {
        for (key, answer) in &assessment.answers {
            out.push_str(&show_line(key, answer, false));
            out.push('\n');
        }
        return out;
    }
    for question in questionnaire.questions() {
        if let Some(answer) = assessment.answers.get(&question.id) {
            out.push_str(&show_line(&question.id, answer, false));
            out.push('\n');
        }
        if question.is_group() {
            // Each item's name, then its answers: one block per item, in id order.
            let prefix = format!("{}{}", question.id, crate::items::SEPARATOR);
            for (key, answer) in crate::items::entries_with_prefix(&assessment.answers, &prefix) {
                if questionnaire.question_for_key(key).is_some() {
                    out.push_str(&show_line(key, answer, false));
                    out.push('\n');
                }
            }
        }
    }
    for (id, answer) in assessment.orphans(questionnaire) {
        out.push_str(&show_line(id, answer, true));
        out.push('\n');
    }
    out
}

/// What `show --textconv` prints for a version that cannot be read: one line saying why,
/// then the raw text, so that `git log -p` goes on and still shows what changed.
pub fn show_unreadable(reason: &str, raw: Option<&str>) -> String {
    let mut out = format!("cannot be read: {reason}\n");
    if let Some(raw) = raw {
        out.push_str(raw);
        if !raw.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// `new --title` refuses a title with a personal identity number: a title is shown on
/// every screen and in every listing, and nothing asks to confirm it there.
pub fn check_title(title: &str) -> Result<(), crate::error::UserError> {
    let found = crate::personal_number::find(title);
    if found.is_empty() {
        return Ok(());
    }
    Err(crate::error::UserError::new(
        Message::new("error-title-personal-number").with(
            "numbers",
            found
                .iter()
                .map(|m| &title[m.start..m.end])
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ))
}

/// How far an assessment has come, over the answers asked for now (each question of each
/// item of a repeat group counts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Given answers, "unknown yet" and "not applicable" included.
    pub answered: usize,
    pub unknown: usize,
    pub not_applicable: usize,
    pub visible: usize,
}

pub fn progress(questionnaire: &Questionnaire, assessment: &Assessment) -> Progress {
    let active = ActiveAnswers::new(questionnaire, &assessment.answers);
    let mut progress = Progress {
        visible: active.asked().len(),
        ..Progress::default()
    };
    for key in active.asked() {
        // A value that does not fit its question is no answer, however it got into the file.
        let fits = |value: &Value| {
            questionnaire
                .question_for_key(key)
                .is_some_and(|question| crate::strict::fits(question, value))
        };
        match active.value(key) {
            Some(value) if !fits(value) => continue,
            Some(Value::Unknown) => progress.unknown += 1,
            Some(Value::NotApplicable) => progress.not_applicable += 1,
            _ => {}
        }
        progress.answered += usize::from(active.is_given(key));
    }
    progress
}

/// A row of `list`: the columns of the start screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ListRow {
    pub path: PathBuf,
    pub title: String,
    pub progress: Progress,
    /// High findings that fire.
    pub high: usize,
    /// YYYY-MM-DD of the file's last change (UTC), empty when unknown.
    pub changed: String,
}

impl ListRow {
    pub fn new(questionnaire: &Questionnaire, path: PathBuf, assessment: Assessment) -> Self {
        let high = crate::rules::fired_findings(questionnaire, &assessment.answers)
            .iter()
            .filter(|f| f.finding.severity == crate::questionnaire::Severity::High)
            .count();
        ListRow {
            progress: progress(questionnaire, &assessment),
            changed: last_change(&path),
            title: assessment.title,
            high,
            path,
        }
    }
}

/// The day a file last changed, YYYY-MM-DD in UTC; empty when the system does not say.
pub fn last_change(path: &std::path::Path) -> String {
    path.metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|time| jiff::Timestamp::try_from(time).ok())
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A warning when the questionnaire's legal content was checked more than a year before
/// `today`: statutes, adequacy decisions and IMY's list change.
pub fn stale_content(questionnaire: &Questionnaire, today: jiff::civil::Date) -> Option<Message> {
    let checked: jiff::civil::Date = questionnaire.content_as_of.parse().ok()?;
    let limit = checked.saturating_add(jiff::Span::new().years(1));
    (today > limit).then(|| {
        Message::new("warning-stale-content").with("date", questionnaire.content_as_of.clone())
    })
}

/// A warning for the next opening when a note or answer was saved with a number masked (a
/// signal ended the program while its warning was open): which answers to look at.
pub fn masked_numbers(assessment: &Assessment) -> Option<Message> {
    let keys: Vec<&str> = assessment
        .answers
        .iter()
        .filter(|(_, answer)| {
            answer.note.contains(crate::personal_number::MASK)
                || matches!(&answer.value, Some(Value::Text(text)) if text.contains(crate::personal_number::MASK))
        })
        .map(|(key, _)| key.as_str())
        .collect();
    (!keys.is_empty()).then(|| Message::new("warning-masked-number").with("ids", keys.join(", ")))
}

/// A warning for the opening when two branches gave the assessment different titles.
pub fn title_conflict(assessment: &Assessment) -> Option<Message> {
    let conflict = assessment.conflicts.title.as_ref()?;
    Some(
        Message::new("warning-title-conflict")
            .with("ours", conflict.ours.as_str())
            .with("theirs", conflict.theirs.as_str()),
    )
}

/// Today's date in UTC; a day off at midnight does not matter for a one-year warning.
pub fn today() -> jiff::civil::Date {
    jiff::tz::TimeZone::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

/// A typed value as the editor shows it for changing.
pub fn typed_text(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Date(date) => date.clone(),
        _ => String::new(),
    }
}
