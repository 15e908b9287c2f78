//! molnkoll: guides Swedish social services through the assessment of a cloud service.
//!
//! The core (everything but `tui`) knows nothing of the terminal: questionnaire, assessment,
//! rules, store, i18n and the plain-text commands are pure and tested on their own.

pub mod action_plan;
pub mod assessment;
pub mod check;
pub mod commands;
pub mod concurrent;
pub mod diff;
pub mod error;
pub mod export_files;
pub mod fast_hash;
pub mod file_guard;
pub mod i18n;
pub mod interview;
pub mod items;
pub mod jump;
pub mod merge;
pub mod migrate;
pub mod personal_number;
pub mod plain;
pub mod questionnaire;
pub mod replace;
pub mod report;
pub mod rules;
pub mod shell;
pub mod store;
pub mod strict;
pub mod supplier;
pub mod terminal_safe;
pub mod texts;
pub mod tui;
