//! The questionnaire as data: model, RON loading, validation.

mod control;
mod fluent_checks;
mod fluent_file;
mod layout;
mod locator;
mod model;
mod schema;
mod source;
mod suggest;
mod translations;
mod unused;
mod validate;

pub use layout::ReportLayout;
pub use schema::{
    Aggregate, Contradiction, Derived, Finding, Kind, Place, Question, Questionnaire, Reference,
    Rename, Respondent, RiskMatrix, Section, Severity,
};
pub use source::{QuestionnaireSource, SourceText, parse_ron, read_text};
pub use unused::warnings;
pub use validate::validate;

use crate::error::UserError;

/// The default questionnaire, embedded in the binary (compiled from its RON at build time;
/// `QuestionnaireSource::embedded` has the RON).
pub fn embedded() -> Result<Questionnaire, UserError> {
    source::embedded_questionnaire()
}
