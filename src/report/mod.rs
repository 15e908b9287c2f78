//! The Markdown report for the nämnd, the data protection officer and procurement. Pure:
//! the same assessment, questionnaire, language and context give the same bytes.

mod markdown;

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::assessment::{Answer, AnswerState, Assessment, Value};
use crate::commands::progress;
use crate::i18n::{Localizer, Message};
use crate::questionnaire::{Question, Questionnaire, Severity};
use crate::rules::{ActiveAnswers, fired_findings};

pub use markdown::{escape, yaml_string};

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
    report.summary();
    report.findings();
    report.action_plan();
    report.supplier_questions();
    report.sections();
    report.open_items();
    report.orphans();
    report.references();
    report.footer(context);
    report.out
}

impl Report<'_> {
    fn t(&self, id: &str) -> String {
        self.localizer.text(id)
    }

    fn m(&self, message: Message) -> String {
        self.localizer.message(&message)
    }

    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// A heading with exactly one blank line before and after it.
    fn heading(&mut self, level: usize, text: &str) {
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

    fn summary(&mut self) {
        let progress = progress(self.questionnaire, self.assessment);
        let fired = fired_findings(self.questionnaire, &self.assessment.answers);
        let count = |severity| {
            fired
                .iter()
                .filter(|f| f.finding.severity == severity)
                .count()
        };
        let supplier = self.supplier_items().len();
        let heading = self.t("report-summary");
        self.heading(2, &heading);
        let lines = [
            self.m(Message::new("report-progress")
                .with("answered", progress.answered)
                .with("visible", progress.visible)),
            self.m(Message::new("report-finding-counts")
                .with("high", count(Severity::High))
                .with("warning", count(Severity::Warning))
                .with("info", count(Severity::Info))),
            self.m(Message::new("report-supplier-count").with("count", supplier)),
        ];
        for line in lines {
            self.line(&format!("- {line}"));
        }
    }

    fn severity_label(&self, severity: Severity) -> String {
        self.t(match severity {
            Severity::High => "report-severity-high",
            Severity::Warning => "report-severity-warning",
            Severity::Info => "report-severity-info",
        })
    }

    fn answer_text(&self, question: &Question, answer: Option<&Answer>) -> String {
        match answer.and_then(|a| a.value.as_ref()) {
            Some(value) => escape(&self.localizer.value_text(question, value)),
            None => self.t("report-unanswered"),
        }
    }

    fn findings(&mut self) {
        let fired = fired_findings(self.questionnaire, &self.assessment.answers);
        let heading = self.t("report-findings");
        self.heading(2, &heading);
        if fired.is_empty() {
            let none = self.t("report-no-findings");
            self.line(&none);
            return;
        }
        for fired in fired {
            let finding = fired.finding;
            let title = format!(
                "{}: {}",
                self.severity_label(finding.severity),
                self.localizer.finding_title(finding)
            );
            self.heading(3, &title);
            let id = format!("finding-{}", finding.id);
            if let Some(help) = self.localizer.attribute(&id, "help") {
                self.line(&help);
                self.line("");
            }
            if let Some(action) = self.localizer.finding_action(finding) {
                let label = self.t("report-action");
                self.line(&format!("**{label}** {action}"));
                self.line("");
            }
            if !fired.reasons.is_empty() {
                let label = self.t("report-reasons");
                self.line(&format!("**{label}**"));
                self.line("");
                for reason in &fired.reasons {
                    if let Some(question) = self.questionnaire.question(reason) {
                        let answer = self.answer_text(question, self.assessment.answer(reason));
                        let text = self.localizer.question_text(question);
                        self.line(&format!("- {text} *{answer}*"));
                    }
                }
            }
        }
    }

    fn action_plan(&mut self) {
        let fired = fired_findings(self.questionnaire, &self.assessment.answers);
        let heading = self.t("report-action-plan");
        self.heading(2, &heading);
        if fired.is_empty() {
            let none = self.t("report-no-actions");
            self.line(&none);
            return;
        }
        let header = format!(
            "| # | {} | {} | {} | {} |",
            self.t("report-col-action"),
            self.t("report-col-finding"),
            self.t("report-col-owner"),
            self.t("report-col-due")
        );
        self.line(&header);
        self.line("|---|---|---|---|---|");
        for (n, fired) in fired.iter().enumerate() {
            let finding = fired.finding;
            let plan = self.assessment.actions.get(&finding.id);
            let row = format!(
                "| {} | {} | {} | {} | {} |",
                n + 1,
                self.localizer.finding_action(finding).unwrap_or_default(),
                self.localizer.finding_title(finding),
                plan.map(|p| escape(&p.owner)).unwrap_or_default(),
                plan.map(|p| escape(&p.due)).unwrap_or_default(),
            );
            self.line(&row);
        }
    }

    /// Visible questions marked "ask the supplier" or answered "unknown yet".
    fn supplier_items(&self) -> Vec<&Question> {
        self.questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id))
            .filter(|q| {
                self.assessment.answer(&q.id).is_some_and(|a| {
                    a.state == AnswerState::AskSupplier || a.value == Some(Value::Unknown)
                })
            })
            .collect()
    }

    fn supplier_questions(&mut self) {
        let heading = self.t("report-supplier");
        self.heading(2, &heading);
        let items = self.supplier_items();
        if items.is_empty() {
            let none = self.t("report-none");
            self.line(&none);
            return;
        }
        let lines: Vec<String> = items
            .iter()
            .map(|q| {
                let note = self
                    .assessment
                    .answer(&q.id)
                    .map(|a| a.note.as_str())
                    .unwrap_or("");
                let mut line = format!("- {}", self.localizer.question_text(q));
                if !note.is_empty() {
                    let _ = write!(line, " ({})", escape(note));
                }
                line
            })
            .collect();
        for line in lines {
            self.line(&line);
        }
    }

    fn sections(&mut self) {
        let heading = self.t("report-answers");
        self.heading(2, &heading);
        for (s, section) in self.questionnaire.sections.iter().enumerate() {
            let title = format!("{} {}", s + 1, self.localizer.section_title(section));
            self.heading(3, &title);
            let mut number = 0;
            for question in &section.questions {
                if !self.active.is_visible(&question.id) {
                    continue;
                }
                number += 1;
                let answer = self.assessment.answer(&question.id);
                self.question_block(&format!("{}.{number}", s + 1), question, answer);
            }
        }
    }

    fn question_block(&mut self, number: &str, question: &Question, answer: Option<&Answer>) {
        let text = self.localizer.question_text(question);
        self.line(&format!("**{number} {text}**"));
        self.line("");
        let mut items = vec![(self.t("report-answer"), self.answer_text(question, answer))];
        if let Some(answer) = answer {
            if !answer.state.is_settled() {
                items.push((
                    self.t("report-state"),
                    self.localizer.state_label(answer.state),
                ));
            }
            if !answer.note.is_empty() {
                items.push((self.t("report-note"), escape(&answer.note)));
            }
        }
        if let Some(reference) = self.localizer.question_ref(question) {
            items.push((self.t("report-reference"), reference));
        }
        for (label, value) in items {
            self.line(&format!("- *{label}:* {value}"));
        }
        self.line("");
    }

    fn open_items(&mut self) {
        let unanswered: Vec<String> = self
            .questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id) && q.required)
            .filter(|q| self.assessment.value(&q.id).is_none())
            .map(|q| format!("- {}", self.localizer.question_text(q)))
            .collect();
        let heading = self.t("report-unanswered-heading");
        self.heading(2, &heading);
        if unanswered.is_empty() {
            let none = self.t("report-none");
            self.line(&none);
        }
        for line in unanswered {
            self.line(&line);
        }
        let flagged: Vec<String> = self
            .questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id))
            .filter_map(|q| {
                let answer = self.assessment.answer(&q.id)?;
                matches!(answer.state, AnswerState::Disputed | AnswerState::FollowUp).then(|| {
                    format!(
                        "- {} ({})",
                        self.localizer.question_text(q),
                        self.localizer.state_label(answer.state)
                    )
                })
            })
            .collect();
        let heading = self.t("report-flagged-heading");
        self.heading(2, &heading);
        if flagged.is_empty() {
            let none = self.t("report-none");
            self.line(&none);
        }
        for line in flagged {
            self.line(&line);
        }
    }

    fn orphans(&mut self) {
        let orphans: Vec<String> = self
            .assessment
            .orphans(self.questionnaire)
            .map(|(id, answer)| {
                let value = answer
                    .value
                    .as_ref()
                    .map(crate::commands::value_keyword)
                    .unwrap_or_default();
                let mut line = format!("- `{id}`: {}", escape(&value));
                if !answer.note.is_empty() {
                    let _ = write!(line, " ({})", escape(&answer.note));
                }
                line
            })
            .collect();
        if orphans.is_empty() {
            return;
        }
        let heading = self.t("report-orphans-heading");
        self.heading(2, &heading);
        let explanation = self.t("report-orphans-explanation");
        self.line(&explanation);
        self.line("");
        for line in orphans {
            self.line(&line);
        }
    }

    fn references(&mut self) {
        let references: BTreeSet<String> = self
            .questionnaire
            .questions()
            .filter(|q| self.active.is_visible(&q.id))
            .filter_map(|q| self.localizer.question_ref(q))
            .flat_map(|r| {
                r.split(" · ")
                    .map(str::trim)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|r| !r.is_empty())
            .collect();
        let heading = self.t("report-references");
        self.heading(2, &heading);
        for reference in references {
            self.line(&format!("- {reference}"));
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
