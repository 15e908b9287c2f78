//! Fluent bundles with the embedded locales, and language negotiation.

use std::borrow::Cow;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::{LanguageIdentifier, langid};

use crate::error::Location;

mod embedded_ftl;
mod ftl_entries;
mod lazy_bundle;

use lazy_bundle::LazyBundle;

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

    pub fn langid(self) -> LanguageIdentifier {
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
        Lang::Sv => embedded_ftl::UI_SV.text,
        Lang::En => embedded_ftl::UI_EN.text,
    }
}

/// The embedded questionnaire's texts.
pub fn embedded_questionnaire_texts(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => embedded_ftl::QUESTIONNAIRE_SV.text,
        Lang::En => embedded_ftl::QUESTIONNAIRE_EN.text,
    }
}

/// A Fluent source file and where it came from, for error locations.
#[derive(Debug, Clone)]
pub struct FtlSource {
    pub path: std::path::PathBuf,
    /// Borrowed for the embedded texts, which are then never copied.
    pub text: Cow<'static, str>,
}

/// A Fluent syntax error in one of the sources.
#[derive(Debug, Clone, PartialEq)]
pub struct FtlSyntaxError {
    pub location: Location,
    pub detail: String,
}

/// Formats messages in one language. Each message is parsed the first time it is
/// formatted (`LazyBundle`).
pub struct Localizer {
    lang: Lang,
    bundle: LazyBundle,
}

impl Localizer {
    /// The UI strings and the given questionnaire texts, with the syntax errors of all of
    /// them for `validate` to show. The valid parts still load, so the app keeps working.
    pub fn new(lang: Lang, questionnaire_texts: &[FtlSource]) -> (Self, Vec<FtlSyntaxError>) {
        let ui = FtlSource {
            path: format!("locales/{}/molnkoll.ftl", lang.code()).into(),
            text: Cow::Borrowed(ui_source(lang)),
        };
        let errors = std::iter::once(&ui)
            .chain(questionnaire_texts)
            .flat_map(syntax_errors)
            .collect();
        (Self::lazy(lang, questionnaire_texts), errors)
    }

    /// As `new`, without reading the texts through for syntax errors: what start-up needs.
    pub fn lazy(lang: Lang, questionnaire_texts: &[FtlSource]) -> Self {
        let mut bundle = FluentBundle::new(vec![lang.langid()]);
        // Terminals render the Unicode isolation marks as garbage.
        bundle.set_use_isolating(false);
        // A questionnaire's texts win over a UI id of the same name rather than fail to
        // load at all; validation reports real conflicts.
        let sources = std::iter::once(Cow::Borrowed(ui_source(lang)))
            .chain(questionnaire_texts.iter().map(|source| source.text.clone()))
            .collect();
        Localizer {
            lang,
            bundle: LazyBundle::new(bundle, sources),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .with_message(id, |bundle| bundle.has_message(id))
    }

    pub fn has_attribute(&self, id: &str, attribute: &str) -> bool {
        self.bundle.with_message(id, |bundle| {
            bundle
                .get_message(id)
                .is_some_and(|message| message.get_attribute(attribute).is_some())
        })
    }

    /// The message's text; a missing message shows its id, so a gap is visible, not fatal.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, &[])
    }

    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.has_attribute(id, attribute)
            .then(|| self.format(id, Some(attribute), &[]))
    }

    pub fn message(&self, message: &Message) -> String {
        self.format(message.id, None, &message.args)
    }

    pub fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        self.bundle.with_message(id, |bundle| {
            let Some(message) = bundle.get_message(id) else {
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
            bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned()
        })
    }
}

/// The syntax errors of one Fluent file, located.
pub fn syntax_errors(source: &FtlSource) -> Vec<FtlSyntaxError> {
    match FluentResource::try_new(source.text.clone().into_owned()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .into_iter()
            .map(|e| FtlSyntaxError {
                location: Location::of_offset(&source.path, &source.text, e.pos.start),
                detail: e.kind.to_string(),
            })
            .collect(),
    }
}
