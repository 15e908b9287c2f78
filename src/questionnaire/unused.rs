//! Texts in a questionnaire's Fluent files that nothing shows: a misspelt id or attribute
//! (`.hlep`), or the text of a question since removed. Warnings, not errors: the
//! questionnaire works, but the author meant something else or left something behind.

use std::collections::HashSet;

use crate::error::UserError;
use crate::i18n::{Lang, Message};

use super::fluent_file::{FtlFile, Used};
use super::suggest::nearest;
use super::translations::wanted_keys;
use super::{Questionnaire, QuestionnaireSource};

/// The unused texts of every language, each at its place in its Fluent file.
pub fn warnings(questionnaire: &Questionnaire, source: &QuestionnaireSource) -> Vec<UserError> {
    Lang::ALL
        .iter()
        .flat_map(|&lang| {
            let files: Vec<FtlFile> = source.texts(lang).iter().map(FtlFile::parse).collect();
            unused(questionnaire, &files)
        })
        .collect()
}

/// How many unused texts get a "did you mean".
const MAX_SUGGESTIONS: usize = 20;

fn unused(questionnaire: &Questionnaire, files: &[FtlFile<'_>]) -> Vec<UserError> {
    let definitions: Vec<_> = files.iter().map(FtlFile::definitions).collect();
    let with_value: HashSet<&str> = definitions
        .iter()
        .flatten()
        .filter(|d| d.has_value)
        .map(|d| d.id.as_str())
        .collect();
    let wanted = wanted_keys(questionnaire, |id| with_value.contains(id));
    // A text another text refers to is used through it.
    let mut referenced = HashSet::new();
    for usage in files.iter().flat_map(FtlFile::uses) {
        let (id, attribute) = match usage.used {
            Used::Message(id, attribute) => (id.to_owned(), attribute),
            Used::Term(id, attribute) => (format!("-{id}"), attribute),
            _ => continue,
        };
        if let Some(attribute) = attribute {
            referenced.insert(format!("{id}.{attribute}"));
        }
        referenced.insert(id);
    }
    let used = |key: &str| wanted.contains(key) || referenced.contains(key);
    // A misspelt text is one the questionnaire wants and does not find: only those are
    // suggested, so a file whose wanted texts are all there costs no comparison at all.
    let defined: HashSet<String> = definitions
        .iter()
        .flatten()
        .flat_map(|d| {
            let id = d.id.as_str();
            let attributes = d.attributes.iter().map(move |a| format!("{id}.{a}"));
            d.has_value
                .then(|| id.to_owned())
                .into_iter()
                .chain(attributes)
        })
        .collect();
    let mut missing: Vec<&str> = wanted
        .iter()
        .filter(|key| !defined.contains(*key))
        .map(String::as_str)
        .collect();
    missing.sort_unstable();
    // Each suggestion looks at every missing text: after the first few, a file of leftovers
    // beside many missing texts (every id renamed) gets its list without them, in linear time.
    let mut suggestions_left = MAX_SUGGESTIONS;
    let mut warning = |file: &FtlFile, at: &str, key: String| {
        let near = (suggestions_left > 0)
            .then(|| nearest(&key, missing.iter().copied()))
            .flatten();
        suggestions_left = suggestions_left.saturating_sub(1);
        let message = match near {
            Some(near) => Message::new("validate-unused-text-near").with("suggestion", near),
            None => Message::new("validate-unused-text"),
        };
        UserError::at(file.location(at), message.with("id", key))
    };
    let mut warnings = Vec::new();
    for (file, definitions) in files.iter().zip(&definitions) {
        for definition in definitions {
            let id = &definition.id;
            let id_used = used(id);
            // A term's attributes serve only its own selectors.
            if id.starts_with('-') {
                if !id_used {
                    warnings.push(warning(file, definition.at, id.clone()));
                }
                continue;
            }
            let unused_attributes: Vec<&str> = definition
                .attributes
                .iter()
                .copied()
                .filter(|a| !used(&format!("{id}.{a}")))
                .collect();
            // A message nothing uses at all is one warning, not one per attribute.
            if !id_used && unused_attributes.len() == definition.attributes.len() {
                warnings.push(warning(file, definition.at, id.clone()));
                continue;
            }
            if definition.has_value && !id_used {
                warnings.push(warning(file, definition.at, id.clone()));
            }
            for attribute in unused_attributes {
                warnings.push(warning(file, attribute, format!("{id}.{attribute}")));
            }
        }
    }
    warnings
}
