//! The Markdown report for the nämnd, the data protection officer and procurement. Pure:
//! the same assessment, questionnaire, language and context give the same bytes.

mod actions_list;
mod answers;
mod findings;
mod first_page;
mod markdown;
mod open;
mod register;
mod sources;
mod tables;

use std::fmt::Write;

use crate::assessment::{Answer, Assessment};
use crate::i18n::{Localizer, Message};
use crate::questionnaire::{Question, Questionnaire, Severity};
use crate::rules::ActiveAnswers;

pub use actions_list::{ActionSource, OpenAction, Priority, open_actions};
pub use markdown::{cell, escape, yaml_string};

/// What the report needs from outside the files, decided at the edge.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The export date, YYYY-MM-DD.
    pub date: String,
    /// The git commit the assessment file was exported from, when it is in a repository.
    pub commit: Option<String>,
}

struct Report<'a> {
    questionnaire: &'a Questionnaire,
    assessment: &'a Assessment,
    localizer: &'a Localizer,
    active: ActiveAnswers<'a>,
    out: String,
}

pub fn markdown(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    context: &Context,
) -> String {
    let mut report = Report {
        questionnaire,
        assessment,
        localizer,
        active: ActiveAnswers::new(questionnaire, &assessment.answers),
        out: String::new(),
    };
    report.front_matter(context);
    // The main part: what a nämnd reads.
    report.first_page();
    report.findings();
    report.action_plan();
    report.requirements();
    report.group_tables();
    report.contradictions();
    report.open_questions();
    // The appendix: every answer, and what stands outside the assessment.
    report.sections();
    report.unanswered_list();
    report.requirement_texts();
    report.not_applicable();
    report.orphans();
    report.references();
    report.footer(context);
    report.out
}

impl Report<'_> {
    pub(super) fn t(&self, id: &str) -> String {
        self.localizer.text(id)
    }

    pub(super) fn m(&self, message: Message) -> String {
        self.localizer.message(&message)
    }

    pub(super) fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// A heading with exactly one blank line before and after it.
    pub(super) fn heading(&mut self, level: usize, text: &str) {
        let kept = self.out.trim_end_matches('\n').len();
        self.out.truncate(kept);
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        let hashes = "#".repeat(level);
        let _ = write!(self.out, "{hashes} {text}\n\n");
    }

    fn front_matter(&mut self, context: &Context) {
        let q = self.questionnaire;
        self.line("---");
        self.line(&format!("title: {}", yaml_string(&self.assessment.title)));
        self.line(&format!(
            "subtitle: {}",
            yaml_string(&self.t("report-subtitle"))
        ));
        self.line(&format!("date: {}", yaml_string(&context.date)));
        self.line(&format!("lang: {}", self.localizer.lang().code()));
        self.line(&format!(
            "questionnaire: {}",
            yaml_string(&format!("{} v{}", q.id, q.version))
        ));
        self.line(&format!("content-as-of: {}", yaml_string(&q.content_as_of)));
        self.line("---");
        // No H1: pandoc renders the title from the front matter, and a second one would
        // stand twice in the DOCX and HTML.
    }

    pub(super) fn severity_label(&self, severity: Severity) -> String {
        self.t(match severity {
            Severity::High => "report-severity-high",
            Severity::Warning => "report-severity-warning",
            Severity::Info => "report-severity-info",
        })
    }

    pub(super) fn answer_text(&self, question: &Question, answer: Option<&Answer>) -> String {
        match answer.and_then(|a| a.value.as_ref()) {
            Some(value) => escape(&self.localizer.value_text(question, value)),
            None => self.t("report-unanswered"),
        }
    }

    fn footer(&mut self, context: &Context) {
        let q = self.questionnaire;
        let id = if context.commit.is_some() {
            "report-footer-commit"
        } else {
            "report-footer"
        };
        let mut message = Message::new(id)
            .with("version", env!("CARGO_PKG_VERSION"))
            .with("questionnaire", q.id.clone())
            .with("questionnaire-version", i64::from(q.version))
            .with("content-date", q.content_as_of.clone());
        message = message.with("commit", context.commit.clone().unwrap_or_default());
        let footer = self.m(message);
        self.line("");
        self.line("---");
        self.line("");
        self.line(&format!("*{footer}*"));
    }
}
