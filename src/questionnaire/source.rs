//! Where a questionnaire comes from: its RON text and its Fluent texts per language.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::{Location, UserError};
use crate::i18n::{FtlSource, Lang, Message};

use super::Questionnaire;

/// A text file's content with the path used in error messages.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: PathBuf,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct QuestionnaireSource {
    pub ron: SourceText,
    pub texts: BTreeMap<Lang, Vec<FtlSource>>,
}

impl QuestionnaireSource {
    pub fn embedded() -> Self {
        let texts = Lang::ALL
            .iter()
            .map(|&lang| {
                let text = match lang {
                    Lang::Sv => include_str!("../../locales/sv/questionnaire.ftl"),
                    Lang::En => include_str!("../../locales/en/questionnaire.ftl"),
                };
                let source = FtlSource {
                    path: format!("locales/{}/questionnaire.ftl", lang.code()).into(),
                    text: text.into(),
                };
                (lang, vec![source])
            })
            .collect();
        QuestionnaireSource {
            ron: SourceText {
                path: "questionnaires/molnkoll.ron".into(),
                text: include_str!("../../questionnaires/molnkoll.ron").to_owned(),
            },
            texts,
        }
    }

    /// `DIR/NAME.ron` with its texts in `DIR/NAME.sv.ftl` and `DIR/NAME.en.ftl`. A missing
    /// text file is not an error here: validation names it, once.
    pub fn from_path(path: &Path) -> Result<Self, UserError> {
        let text = read_text(path)?;
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            let ftl_path = path.with_extension(format!("{}.ftl", lang.code()));
            let sources = if ftl_path.exists() {
                vec![FtlSource {
                    text: read_text(&ftl_path)?.into(),
                    path: ftl_path,
                }]
            } else {
                Vec::new()
            };
            texts.insert(lang, sources);
        }
        Ok(QuestionnaireSource {
            ron: SourceText {
                path: path.to_owned(),
                text,
            },
            texts,
        })
    }

    pub fn parse(&self) -> Result<Questionnaire, UserError> {
        let mut questionnaire: Questionnaire = parse_ron(&self.ron, "Questionnaire")?;
        questionnaire.reindex();
        Ok(questionnaire)
    }

    pub fn texts(&self, lang: Lang) -> &[FtlSource] {
        self.texts.get(&lang).map_or(&[], Vec::as_slice)
    }
}

/// Reads a UTF-8 text file, naming the file in the error.
pub fn read_text(path: &Path) -> Result<String, UserError> {
    let bytes = std::fs::read(path).map_err(|error| {
        UserError::new(
            Message::new("error-read")
                .with("path", path.display().to_string())
                .with("reason", error.to_string()),
        )
    })?;
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(error.as_bytes());
        UserError::at(
            Location::of_offset(path, &text, offset),
            Message::new("error-not-utf8").with("path", path.display().to_string()),
        )
    })
}

/// Parses RON into `T`, turning syntax and shape errors into a located, localizable error.
/// `expected` names the top-level struct, for the message about an empty or foreign file.
pub fn parse_ron<T: DeserializeOwned>(source: &SourceText, expected: &str) -> Result<T, UserError> {
    let path = source.path.display().to_string();
    if source.text.trim().is_empty() {
        return Err(UserError::new(
            Message::new("error-empty-file")
                .with("path", path)
                .with("expected", expected),
        ));
    }
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str(&source.text).map_err(|error| {
        let text = source.text.as_str();
        let start = offset_of(text, &error.span.start);
        let location = match start {
            // RON sometimes reports the whitespace before the offending token
            // (`version: one` fails at the space before `one`); a person wants the token.
            Some(start) if !text[start..].trim().is_empty() => {
                let rest = &text[start..];
                let token = start + rest.len() - rest.trim_start().len();
                Location::of_offset(&source.path, text, token)
            }
            _ => Location::new(&source.path, error.span.start.line, error.span.start.col),
        };
        let truncated = || {
            Message::new("error-truncated-file")
                .with("path", path.as_str())
                .with("expected", expected)
        };
        // A file cut short fails where the text ends, with whatever the parser expected
        // next ("Expected comma", a field name cut in half, a struct name cut in half...).
        let at_end = (error.span.end.line, error.span.end.col) == end_position(text);
        let rest = start.map_or("", |start| text[start..].trim());
        let message = match &error.code {
            ron::Error::Eof | ron::Error::ExpectedStringEnd => truncated(),
            ron::Error::ExpectedDifferentStructName {
                expected: name,
                found,
            } if at_end && name.starts_with(found.as_str()) => truncated(),
            ron::Error::ExpectedDifferentStructName {
                expected: name,
                found,
            } if *name == expected => Message::new("error-foreign-file")
                .with("path", path.as_str())
                .with("expected", expected)
                .with("found", found.as_str()),
            // `#![enable(implicit_some)]` cut short.
            ron::Error::ExpectedAttribute if "enable(".starts_with(rest) => truncated(),
            _ if at_end => truncated(),
            code => Message::new("error-ron-syntax").with("detail", code.to_string()),
        };
        UserError::at(location, message)
    })
}

/// The byte offset of a RON position (1-based line and column in characters).
fn offset_of(text: &str, position: &ron::error::Position) -> Option<usize> {
    let line_start = match position.line {
        0 | 1 => 0,
        line => text.match_indices('\n').nth(line - 2)?.0 + 1,
    };
    text[line_start..]
        .char_indices()
        .map(|(i, _)| line_start + i)
        .chain(std::iter::once(text.len()))
        .nth(position.col.saturating_sub(1))
}

/// The (line, column) just past the end of `text`, as RON reports positions.
fn end_position(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.rsplit('\n').next().unwrap_or_default().chars().count();
    (line, column)
}
