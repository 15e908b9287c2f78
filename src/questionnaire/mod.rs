//! The questionnaire as data: model, RON loading, validation.

mod locator;
mod model;
mod source;
mod translations;
mod validate;

pub use model::{
    Aggregate, Contradiction, Derived, Finding, Kind, Place, Question, Questionnaire, Rename,
    Respondent, Section, Severity,
};
pub use source::{QuestionnaireSource, SourceText, parse_ron, read_text};
pub use validate::validate;

use crate::error::UserError;

/// The default questionnaire, embedded in the binary.
pub fn embedded() -> Result<Questionnaire, UserError> {
    QuestionnaireSource::embedded().parse()
}
