//! The questionnaire for the supplier (`export --supplier`): only the questions the
//! questionnaire marks as the supplier's (`answered_by: Supplier`) that the group has not
//! settled, per item where they belong to a repeat group, grouped by section, with short
//! context for a vendor who does not know Swedish law. Pure: the same input gives the same
//! bytes.

mod markdown;

pub use markdown::markdown;

use crate::assessment::{AnswerState, Assessment, Value};
use crate::items::AnswerKey;
use crate::questionnaire::{Question, Questionnaire, Respondent};
use crate::rules::ActiveAnswers;

/// One question to put to the supplier.
#[derive(Debug, Clone, PartialEq)]
pub struct SupplierQuestion<'q> {
    /// The answer key: a question id, or `GROUP/ITEM/QUESTION` for an item's question.
    pub key: String,
    pub question: &'q Question,
    /// The section it belongs to (its index in the questionnaire).
    pub section: usize,
    /// The group and item id for an item's question.
    pub item: Option<(String, String)>,
    /// The group's own answer when it asked the supplier to confirm it.
    pub tentative: Option<Value>,
}

/// The supplier's questions that are asked now and open: unanswered, answered "unknown
/// yet", or marked "ask the supplier". In questionnaire order, so that items stay together.
pub fn open_questions<'q>(
    questionnaire: &'q Questionnaire,
    assessment: &Assessment,
) -> Vec<SupplierQuestion<'q>> {
    let active = ActiveAnswers::new(questionnaire, &assessment.answers);
    active
        .asked()
        .iter()
        .filter_map(|key| {
            let question = questionnaire.question_for_key(key)?;
            if question.answered_by != Respondent::Supplier || question.is_group() {
                return None;
            }
            let answer = assessment.answer(key);
            let value = answer.and_then(|a| a.value.as_ref());
            let ask = answer.is_some_and(|a| a.state == AnswerState::AskSupplier);
            let open = value.is_none_or(|v| *v == Value::Unknown);
            if !(open || ask) {
                return None;
            }
            let item = match AnswerKey::parse(key)? {
                AnswerKey::Member { group, item, .. } => Some((group.to_owned(), item.to_owned())),
                _ => None,
            };
            Some(SupplierQuestion {
                key: key.clone(),
                question,
                section: questionnaire.place(&question.id)?.section,
                item,
                tentative: value.filter(|v| **v != Value::Unknown).cloned(),
            })
        })
        .collect()
}
