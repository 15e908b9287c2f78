//! Fluent bundles with the embedded locales, and language negotiation.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::{LanguageIdentifier, langid};

use crate::error::Location;

/// A message to show a person: a Fluent id and its arguments. The core builds these; only
/// the `Localizer` turns them into text.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Number(value)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.id)?;
        for (name, arg) in &self.args {
            match arg {
                Arg::Text(text) => write!(f, " {name}={text:?}")?,
                Arg::Number(number) => write!(f, " {name}={number}")?,
            }
        }
        Ok(())
    }
}

/// A language the app ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Sv => langid!("sv"),
            Lang::En => langid!("en"),
        }
    }

    /// Picks a shipped language for the requested ones (from `--lang` or the locale
    /// variables); Swedish when nothing matches.
    pub fn negotiate(requested: &[&str]) -> Lang {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|tag| posix_to_bcp47(tag).parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
        let default = Lang::Sv.langid();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        match chosen.first().map(|id| id.language.as_str()) {
            Some("en") => Lang::En,
            _ => Lang::Sv,
        }
    }

    /// The language asked for by the environment: LC_ALL, then LC_MESSAGES, then LANG.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        let tag = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| get(name))
            .find(|value| !value.is_empty());
        match tag {
            Some(tag) => Lang::negotiate(&[tag.as_str()]),
            None => Lang::Sv,
        }
    }
}

/// "sv_SE.UTF-8@euro" -> "sv-SE"; "C" and "POSIX" name no language.
fn posix_to_bcp47(tag: &str) -> String {
    let tag = tag.split(['.', '@']).next().unwrap_or_default();
    if tag == "C" || tag == "POSIX" {
        return String::new();
    }
    tag.replace('_', "-")
}

/// The UI strings, embedded so the binary needs no files at run time.
pub fn ui_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => include_str!("../locales/sv/molnkoll.ftl"),
        Lang::En => include_str!("../locales/en/molnkoll.ftl"),
    }
}

/// A Fluent source file and where it came from, for error locations.
#[derive(Debug, Clone)]
pub struct FtlSource {
    pub path: std::path::PathBuf,
    pub text: String,
}

/// A Fluent syntax error in one of the sources.
#[derive(Debug, Clone, PartialEq)]
pub struct FtlSyntaxError {
    pub location: Location,
    pub detail: String,
}

/// Formats messages in one language. Built once; formatting is lazy, per message.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// The UI strings and the given questionnaire texts. Syntax errors are returned for
    /// `validate` to show; the valid parts still load, so the app keeps working.
    pub fn new(lang: Lang, questionnaire_texts: &[FtlSource]) -> (Self, Vec<FtlSyntaxError>) {
        let mut bundle = FluentBundle::new(vec![lang.langid()]);
        // Terminals render the Unicode isolation marks as garbage.
        bundle.set_use_isolating(false);
        let mut errors = Vec::new();
        let ui = FtlSource {
            path: format!("locales/{}/molnkoll.ftl", lang.code()).into(),
            text: ui_source(lang).to_owned(),
        };
        for source in std::iter::once(&ui).chain(questionnaire_texts) {
            let resource = match FluentResource::try_new(source.text.clone()) {
                Ok(resource) => resource,
                Err((resource, parse_errors)) => {
                    errors.extend(parse_errors.into_iter().map(|e| FtlSyntaxError {
                        location: Location::of_offset(&source.path, &source.text, e.pos.start),
                        detail: e.kind.to_string(),
                    }));
                    resource
                }
            };
            // Overriding lets a questionnaire's texts win over a UI id of the same name
            // rather than fail to load at all; validation reports real conflicts.
            bundle.add_resource_overriding(resource);
        }
        (Localizer { lang, bundle }, errors)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    pub fn has_attribute(&self, id: &str, attribute: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|message| message.get_attribute(attribute).is_some())
    }

    /// The message's text; a missing message shows its id, so a gap is visible, not fatal.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, &[])
    }

    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.bundle
            .get_message(id)?
            .get_attribute(attribute)
            .map(|_| self.format(id, Some(attribute), &[]))
    }

    pub fn message(&self, message: &Message) -> String {
        self.format(message.id, None, &message.args)
    }

    pub fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        let Some(message) = self.bundle.get_message(id) else {
            return id.to_owned();
        };
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}
