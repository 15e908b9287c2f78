//! Validation of a questionnaire's texts: every message it needs, in every language.

use std::collections::HashMap;

use crate::error::UserError;
use crate::i18n::{Lang, Localizer, Message};

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
    required
}

pub(super) fn check_texts(
    questionnaire: &Questionnaire,
    source: &QuestionnaireSource,
    lang: Lang,
    locator: &Locator,
    declared: &HashMap<&str, usize>,
) -> Vec<UserError> {
    let sources = source.texts(lang);
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
    let file = sources
        .first()
        .map(|s| s.path.display().to_string())
        .unwrap_or_else(|| {
            source
                .ron
                .path
                .with_extension(format!("{}.ftl", lang.code()))
                .display()
                .to_string()
        });
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
        if !present {
            let shown = attribute.map_or_else(|| id.clone(), |a| format!("{id}.{a}"));
            problems.push(missing(shown, offset));
        }
    }
    for question in questionnaire.all_questions() {
        let offset = declared.get(question.id.as_str()).copied().unwrap_or(0);
        for option in question.kind.options() {
            let specific = format!("{}--{option}", question.id);
            if !has_text(&specific) && !has_text(&format!("option-{option}")) {
                problems.push(missing(specific, offset));
            }
        }
        if let Kind::Level(min, max) = question.kind {
            for level in min..=max {
                let specific = format!("{}--level-{level}", question.id);
                if !has_text(&specific) && !has_text(&format!("level-{level}")) {
                    problems.push(missing(specific, offset));
                }
            }
        }
    }
    problems
}
