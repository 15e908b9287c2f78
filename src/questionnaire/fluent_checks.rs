//! What Fluent accepts but a person would see broken: a reference to a message or term that
//! does not exist, a variable (questionnaire texts get none), a function, a message defined
//! twice, a control character. fluent-bundle shows such a text literally (`{ -x }`) or
//! keeps only the last definition, so validation names them where they are written.

use std::collections::{HashMap, HashSet};

use crate::error::UserError;
use crate::i18n::{FtlSource, Lang, Message, ui_source};

use super::control;
use super::fluent_file::{FtlFile, Used};
use super::suggest::nearest;

/// What exists to refer to: "id" for messages, "-id" for terms, with their attributes.
struct Defined<'s> {
    entries: HashMap<String, HashSet<&'s str>>,
}

impl<'s> Defined<'s> {
    fn add(&mut self, file: &FtlFile<'s>) {
        for definition in file.definitions() {
            self.entries
                .entry(definition.id)
                .or_default()
                .extend(definition.attributes);
        }
    }

    /// The problem with a reference to `id` (and its attribute), if it does not exist.
    fn missing(&self, id: String, attribute: Option<&str>) -> Option<Message> {
        let Some(attributes) = self.entries.get(&id) else {
            let term = id.starts_with('-');
            // A term is suggested among terms, a message among messages.
            let known = self.entries.keys().map(String::as_str);
            let near = nearest(&id, known.filter(|k| k.starts_with('-') == term));
            let kind = match (term, near) {
                (true, None) => "validate-ftl-unknown-term",
                (true, Some(_)) => "validate-ftl-unknown-term-near",
                (false, None) => "validate-ftl-unknown-message",
                (false, Some(_)) => "validate-ftl-unknown-message-near",
            };
            let message = Message::new(kind).with("id", id.as_str());
            return Some(match near {
                Some(near) => message.with("suggestion", near),
                None => message,
            });
        };
        let attribute = attribute.filter(|a| !attributes.contains(a))?;
        Some(
            Message::new("validate-ftl-unknown-attribute")
                .with("id", id)
                .with("attribute", attribute),
        )
    }
}

/// The problems of one language's questionnaire files, and the ids defined more than once
/// (their texts are not reported missing: the duplicate is the problem to fix).
pub(super) fn check_files(files: &[FtlFile<'_>], lang: Lang) -> (Vec<UserError>, HashSet<String>) {
    let ui = FtlSource {
        path: format!("locales/{}/molnkoll.ftl", lang.code()).into(),
        text: ui_source(lang).into(),
    };
    let ui = FtlFile::parse(&ui);
    let mut defined = Defined {
        entries: HashMap::new(),
    };
    defined.add(&ui);
    // A questionnaire text with the id of one of the program's own replaces it everywhere
    // (the bundles override), e.g. a question "answer-yes" would rename the answer Yes.
    let program_ids: HashSet<String> = defined.entries.keys().cloned().collect();
    files.iter().for_each(|file| defined.add(file));

    let mut problems = Vec::new();
    let mut first_seen = HashMap::new();
    let mut duplicated = HashSet::new();
    for file in files {
        for definition in file.definitions() {
            let here = file.location(definition.at);
            if program_ids.contains(&definition.id) {
                problems.push(UserError::at(
                    here.clone(),
                    Message::new("validate-ftl-program-id").with("id", &definition.id),
                ));
            }
            match first_seen.get(&definition.id) {
                Some(first) => {
                    problems.push(UserError::at(
                        here,
                        Message::new("validate-ftl-duplicate")
                            .with("id", &definition.id)
                            .with("first", format!("{first}")),
                    ));
                    duplicated.insert(definition.id);
                }
                None => {
                    first_seen.insert(definition.id, here);
                }
            }
        }
        for usage in file.uses() {
            // Terms and variables are located at their sigil (`-x`, `$who`).
            let sigil = file.offset(usage.at).saturating_sub(1);
            let (offset, message) = match usage.used {
                Used::Message(id, attribute) => (
                    file.offset(usage.at),
                    defined.missing(id.to_owned(), attribute),
                ),
                Used::Term(id, attribute) => (sigil, defined.missing(format!("-{id}"), attribute)),
                Used::Variable(_) if usage.in_term => (sigil, None),
                Used::Variable(id) => (
                    sigil,
                    Some(Message::new("validate-ftl-variable").with("id", id)),
                ),
                Used::Function(id) => (
                    file.offset(usage.at),
                    Some(Message::new("validate-ftl-unknown-function").with("id", id)),
                ),
                Used::Literal(value) => (
                    file.offset(usage.at),
                    control::in_fluent_literal(value).map(control::message),
                ),
            };
            if let Some(message) = message {
                problems.push(UserError::at(file.location_of_offset(offset), message));
            }
        }
        for (offset, c) in control::in_fluent(file.text()) {
            problems.push(UserError::at(
                file.location_of_offset(offset),
                control::message(c),
            ));
        }
    }
    problems.sort_by(|a, b| a.location.cmp(&b.location));
    (problems, duplicated)
}
