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

/// The embedded questionnaire's RON: its source, for validation and located errors.
const EMBEDDED_RON: &str = include_str!("../../questionnaires/molnkoll.ron");

/// The same questionnaire compiled to JSON by build.rs, for start-up: serde_json decodes it
/// in a quarter of the time ron parses the RON (issue 17).
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/questionnaire.json"));

impl QuestionnaireSource {
    pub fn embedded() -> Self {
        let texts = Lang::ALL
            .iter()
            .map(|&lang| (lang, Self::embedded_texts(lang)))
            .collect();
        QuestionnaireSource {
            ron: SourceText {
                path: "questionnaires/molnkoll.ron".into(),
                text: EMBEDDED_RON.to_owned(),
            },
            texts,
        }
    }

    /// The embedded questionnaire's texts in one language, borrowed from the binary: what
    /// start-up needs of the source, without the copy of the RON that `embedded` makes.
    pub fn embedded_texts(lang: Lang) -> Vec<FtlSource> {
        let text = crate::i18n::embedded_questionnaire_texts(lang);
        vec![FtlSource {
            path: format!("locales/{}/questionnaire.ftl", lang.code()).into(),
            text: text.into(),
        }]
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

/// The embedded questionnaire, decoded from its compiled JSON.
pub fn embedded_questionnaire() -> Result<Questionnaire, UserError> {
    decode_or_parse(EMBEDDED_JSON, QuestionnaireSource::embedded)
}

/// Decodes the compiled JSON of a questionnaire, or else parses its RON source. The JSON
/// fails only if the build is broken; the RON then still gives the questionnaire, or the
/// error located in the file, where a panic would give neither.
fn decode_or_parse(
    json: &str,
    source: impl FnOnce() -> QuestionnaireSource,
) -> Result<Questionnaire, UserError> {
    match serde_json::from_str::<Questionnaire>(json) {
        Ok(mut questionnaire) => {
            questionnaire.reindex();
            Ok(questionnaire)
        }
        Err(_) => source().parse(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_questionnaire_is_the_one_parsed_from_its_ron() {
        let parsed = QuestionnaireSource::embedded().parse().unwrap();
        // The JSON itself, not the fallback to the RON, which would pass on its own.
        let decoded = decode_or_parse(EMBEDDED_JSON, || panic!("the compiled JSON fails"));
        assert_eq!(decoded.unwrap(), parsed);
        assert_eq!(embedded_questionnaire().unwrap(), parsed);
    }

    #[test]
    fn broken_json_falls_back_to_the_ron() {
        let parsed = QuestionnaireSource::embedded().parse().unwrap();
        let half = (EMBEDDED_JSON.len() / 2..)
            .find(|&i| EMBEDDED_JSON.is_char_boundary(i))
            .unwrap();
        let cut = &EMBEDDED_JSON[..half];
        for json in ["", "{", cut, "{\"id\": 1}"] {
            let fallback = decode_or_parse(json, QuestionnaireSource::embedded);
            assert_eq!(fallback.unwrap(), parsed, "{json:.40}");
        }
    }

    #[test]
    fn broken_json_and_broken_ron_give_the_located_ron_error() {
        let broken = || QuestionnaireSource {
            ron: SourceText {
                path: "broken.ron".into(),
                text: "Questionnaire(\n    id: 1,\n)".into(),
            },
            texts: BTreeMap::new(),
        };
        let expected = broken().parse().unwrap_err();
        let error = decode_or_parse("{", broken).unwrap_err();
        assert_eq!(error, expected);
        let location = error.location.as_ref().expect("located");
        assert_eq!((location.line, location.column), (2, 9));
    }
}
