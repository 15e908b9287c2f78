//! Validation of a questionnaire's texts: every message it needs, in every language.

use std::collections::{HashMap, HashSet};

use crate::error::UserError;
use crate::i18n::{Lang, Localizer, Message};

use super::fluent_checks::check_files;
use super::fluent_file::FtlFile;
use super::locator::Locator;
use super::{Kind, Questionnaire, QuestionnaireSource};

/// The message ids a questionnaire needs in every language, each with the offset in the RON
/// file of what needs it.
fn required_messages(
    questionnaire: &Questionnaire,
    declared: &HashMap<&str, usize>,
) -> Vec<(String, Option<&'static str>, usize)> {
    let at = |id: &str| declared.get(id).copied().unwrap_or(0);
    let mut required = Vec::new();
    for section in &questionnaire.sections {
        required.push((format!("section-{}", section.id), None, at(&section.id)));
        let members = section.questions.iter().flat_map(|q| q.kind.members());
        for question in section.questions.iter().chain(members) {
            let offset = at(&question.id);
            required.push((question.id.clone(), None, offset));
            required.push((question.id.clone(), Some("help"), offset));
            required.push((question.id.clone(), Some("ref"), offset));
            if question.is_group() {
                // What one item is called: "informationsmängd", "mottagare".
                required.push((question.id.clone(), Some("item"), offset));
            }
        }
    }
    for finding in &questionnaire.findings {
        let offset = at(&finding.id);
        required.push((format!("finding-{}", finding.id), None, offset));
        required.push((format!("finding-{}", finding.id), Some("action"), offset));
    }
    for contradiction in &questionnaire.contradictions {
        let offset = at(&contradiction.id);
        required.push((format!("contradiction-{}", contradiction.id), None, offset));
    }
    for derived in &questionnaire.derived {
        required.push((format!("derived-{}", derived.id), None, at(&derived.id)));
    }
    for reference in &questionnaire.references {
        let id = format!("source-{}", reference.id);
        required.push((id.clone(), None, at(&reference.id)));
        required.push((id, Some("short"), at(&reference.id)));
    }
    // A named condition on the report's first page is shown under its own label.
    if let Some(layout) = &questionnaire.report {
        for (_, id) in layout.ids() {
            if questionnaire.conditions.contains_key(id) {
                required.push((format!("condition-{id}"), None, at(id)));
            }
        }
    }
    required
}

/// Every text key ("id" or "id.attribute") the questionnaire can show: the required ones,
/// the documented optional attributes, and the option and level labels. A shared label
/// (`option-x`, `level-2`) counts only where no question-specific one takes its place, as
/// `has_text` tells.
pub(super) fn wanted_keys(
    questionnaire: &Questionnaire,
    has_text: impl Fn(&str) -> bool,
) -> HashSet<String> {
    let mut wanted: HashSet<String> = required_messages(questionnaire, &HashMap::new())
        .into_iter()
        .map(|(id, attribute, _)| attribute.map_or_else(|| id.clone(), |a| format!("{id}.{a}")))
        .collect();
    for question in questionnaire.all_questions() {
        wanted.insert(format!("{}.hint", question.id));
        wanted.insert(format!("{}.requirement", question.id));
        wanted.insert(format!("{}.label", question.id));
        let mut label = |specific: String, shared: String| {
            if !has_text(&specific) {
                wanted.insert(shared);
            }
            wanted.insert(specific);
        };
        for option in question.kind.options() {
            label(
                format!("{}--{option}", question.id),
                format!("option-{option}"),
            );
        }
        if let Kind::Level(min, max) = question.kind {
            for level in min..=max {
                label(
                    format!("{}--level-{level}", question.id),
                    format!("level-{level}"),
                );
            }
        }
    }
    for finding in &questionnaire.findings {
        wanted.insert(format!("finding-{}.help", finding.id));
    }
    for derived in &questionnaire.derived {
        wanted.insert(format!("derived-{}.label", derived.id));
    }
    wanted
}

pub(super) fn check_texts(
    questionnaire: &Questionnaire,
    source: &QuestionnaireSource,
    lang: Lang,
    locator: &Locator,
    declared: &HashMap<&str, usize>,
) -> Vec<UserError> {
    let sources = source.texts(lang);
    let expected = source
        .ron
        .path
        .with_extension(format!("{}.ftl", lang.code()));
    // Without the file every text is missing: one problem names the file instead.
    if sources.is_empty() {
        return vec![UserError::new(
            Message::new("validate-ftl-missing-file")
                .with("lang", lang.code())
                .with("file", expected.display().to_string())
                .with("questionnaire", source.ron.path.display().to_string()),
        )];
    }
    let (localizer, syntax_errors) = Localizer::new(lang, sources);
    let mut problems: Vec<UserError> = syntax_errors
        .into_iter()
        .map(|e| {
            UserError::at(
                e.location,
                Message::new("validate-ftl-syntax").with("detail", e.detail),
            )
        })
        .collect();
    let file = sources.first().map_or_else(
        || expected.display().to_string(),
        |s| s.path.display().to_string(),
    );
    let files: Vec<FtlFile> = sources.iter().map(FtlFile::parse).collect();
    if files.iter().all(|f| f.definitions().is_empty()) {
        problems.push(UserError::new(
            Message::new("validate-ftl-no-messages")
                .with("lang", lang.code())
                .with("file", file),
        ));
        return problems;
    }
    let (fluent_problems, duplicated) = check_files(&files, lang);
    problems.extend(fluent_problems);
    let missing = |id: String, offset: usize| {
        UserError::at(
            locator.location(offset),
            Message::new("validate-missing-text")
                .with("id", id)
                .with("lang", lang.code())
                .with("file", &file),
        )
    };
    // A message with attributes but no value (`q =` followed by `.help = ...`) has no text:
    // it would show as its id, just like a missing one.
    let has_text = |id: &str| localizer.has(id) && localizer.text(id) != id;
    for (id, attribute, offset) in required_messages(questionnaire, declared) {
        let present = match attribute {
            Some(attribute) => localizer.has_attribute(&id, attribute),
            None => has_text(&id),
        };
        if !present && !duplicated.contains(&id) {
            let shown = attribute.map_or_else(|| id.clone(), |a| format!("{id}.{a}"));
            problems.push(missing(shown, offset));
        }
    }
    for question in questionnaire.all_questions() {
        let offset = declared.get(question.id.as_str()).copied().unwrap_or(0);
        for option in question.kind.options() {
            let specific = format!("{}--{option}", question.id);
            let shared = format!("option-{option}");
            let duplicate = duplicated.contains(&specific) || duplicated.contains(&shared);
            if !has_text(&specific) && !has_text(&shared) && !duplicate {
                problems.push(missing(specific, offset));
            }
        }
        if let Kind::Level(min, max) = question.kind {
            for level in min..=max {
                let specific = format!("{}--level-{level}", question.id);
                let shared = format!("level-{level}");
                let duplicate = duplicated.contains(&specific) || duplicated.contains(&shared);
                if !has_text(&specific) && !has_text(&shared) && !duplicate {
                    problems.push(missing(specific, offset));
                }
            }
        }
    }
    problems
}
