//! Errors a person can act on: one localized sentence, with file:line:column where there is
//! one. The core describes them as message ids; the shell formats them with Fluent.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::Message;

/// A place in a text file, 1-based like editors and compilers show it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub fn new(file: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            file: file.into(),
            line,
            column,
        }
    }

    /// The location of a byte offset in `text`.
    pub fn of_offset(file: &Path, text: &str, offset: usize) -> Self {
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location::new(file, line, column)
    }
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// An error caused by the user's input (a file, an argument), as opposed to a bug.
#[derive(Debug, Clone, PartialEq)]
pub struct UserError {
    /// Where the problem is; for errors about a whole file, the file alone is in the message.
    pub location: Option<Location>,
    pub message: Message,
}

impl UserError {
    pub fn new(message: Message) -> Self {
        UserError {
            location: None,
            message,
        }
    }

    pub fn at(location: Location, message: Message) -> Self {
        UserError {
            location: Some(location),
            message,
        }
    }
}

/// Untranslated, for logs and test failures; people see the localized form.
impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for UserError {}
