//! The supplier's questionnaire as Markdown that converts with pandoc like the report: YAML
//! front matter, one heading per topic and per item, each question with its options as a
//! checklist and the reference the group types back in the interview.

use std::fmt::Write;

use crate::assessment::Assessment;
use crate::i18n::{Localizer, Message};
use crate::questionnaire::{Kind, Questionnaire};
use crate::report::{escape, yaml_string};

use super::{SupplierQuestion, open_questions};

/// The document in the localizer's language; `date` (YYYY-MM-DD) is the day it is made.
pub fn markdown(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    date: &str,
) -> String {
    let questions = open_questions(questionnaire, assessment);
    let mut out = String::new();
    let title =
        localizer.message(&Message::new("supplier-title").with("title", assessment.title.clone()));
    let _ = writeln!(out, "---");
    // pandoc reads a metadata value as Markdown: the title is escaped as text first.
    let _ = writeln!(out, "title: {}", yaml_string(&title));
    let _ = writeln!(out, "date: {}", yaml_string(date));
    let _ = writeln!(out, "lang: {}", localizer.lang().code());
    let _ = writeln!(out, "---");
    out.push('\n');
    if questions.is_empty() {
        let _ = writeln!(out, "{}", localizer.text("supplier-none"));
        return out;
    }
    let _ = writeln!(out, "{}\n", localizer.text("supplier-intro"));
    let _ = writeln!(out, "{}", localizer.text("supplier-how"));
    let mut section = None;
    let mut item = None;
    for (n, question) in questions.iter().enumerate() {
        if section != Some(question.section) {
            section = Some(question.section);
            item = None;
            let s = &questionnaire.sections[question.section];
            let _ = write!(out, "\n## {}\n\n", localizer.section_title(s));
            let context = format!("supplier-context-{}", s.id);
            if localizer.has(&context) {
                let _ = writeln!(out, "{}", localizer.text(&context));
            }
        }
        if question.item != item {
            item.clone_from(&question.item);
            if let Some((group, id)) = &question.item {
                let heading = item_heading(questionnaire, assessment, localizer, group, id);
                let _ = write!(out, "\n### {heading}\n");
            }
        }
        write_question(&mut out, localizer, n + 1, question);
    }
    let _ = write!(out, "\n## {}\n\n", localizer.text("supplier-after"));
    let _ = writeln!(out, "{}", localizer.text("supplier-after-text"));
    out
}

fn item_heading(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    group: &str,
    item: &str,
) -> String {
    let kind = questionnaire
        .question(group)
        .map(|g| localizer.group_item_kind(g))
        .unwrap_or_default();
    let name = assessment
        .item_name(group, item)
        .filter(|name| !name.trim().is_empty())
        .unwrap_or(item);
    // "mottagare" heads its block as "Mottagare".
    let mut chars = kind.chars();
    let kind: String = chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    });
    localizer.message(
        &Message::new("supplier-item")
            .with("kind", kind)
            .with("item", escape(name)),
    )
}

fn write_question(out: &mut String, localizer: &Localizer, number: usize, q: &SupplierQuestion) {
    let question = q.question;
    let _ = write!(
        out,
        "\n**{number}. {}**\n\n",
        localizer.question_text(question)
    );
    let why = format!("supplier-why-{}", question.id);
    if localizer.has(&why) {
        let _ = write!(out, "{}\n\n", localizer.text(&why));
    }
    let options: Vec<String> = match &question.kind {
        Kind::YesNo => vec![localizer.text("answer-yes"), localizer.text("answer-no")],
        Kind::Choice(options) | Kind::Multi { options, .. } => options
            .iter()
            .map(|o| localizer.option_label(question, o))
            .collect(),
        _ => Vec::new(),
    };
    let how = match &question.kind {
        Kind::Multi { .. } => "supplier-pick-several",
        Kind::YesNo | Kind::Choice(_) => "supplier-pick-one",
        _ => "supplier-write",
    };
    let _ = write!(out, "*{}*\n\n", localizer.text(how));
    for option in &options {
        let _ = writeln!(out, "- [ ] {option}");
    }
    if !options.is_empty() {
        out.push('\n');
    }
    if let Some(value) = &q.tentative {
        let ours = escape(&localizer.value_text(question, value));
        let line = localizer.message(&Message::new("supplier-tentative").with("answer", ours));
        let _ = write!(out, "{line}\n\n");
    }
    let comment = localizer.text("supplier-comment");
    let reference = localizer.message(
        &Message::new("supplier-reference").with("reference", format!("`{}`", question.id)),
    );
    let _ = writeln!(out, "{comment}\n\n{reference}");
}
