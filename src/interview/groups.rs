//! Repeat groups in the interview: the places answers go once items exist, and adding,
//! renaming and removing items. Each change is one change: saved, and undone, whole.

use crate::assessment::Assessment;
use crate::i18n::Message as Text;
use crate::items::{Item, member_key};
use crate::questionnaire::Questionnaire;

use super::{Effect, Interview, Mode};

/// A place an answer goes: a question, a repeat group's list, or one item's answer to a
/// question of its group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub section: usize,
    /// The question's index in its section (for an item's answer, its group's).
    pub question: usize,
    /// For an item's answer: the question's index among the group's questions.
    pub member: Option<usize>,
    /// For an item's answer: the item's id.
    pub item: Option<String>,
    /// The key the answer is stored under.
    pub key: String,
    group: bool,
}

impl Slot {
    /// The list of a repeat group, where items are added, renamed and removed.
    pub fn is_group(&self) -> bool {
        self.group
    }
}

/// Every place an answer goes, in questionnaire order, for the items the assessment has.
pub(super) fn order(questionnaire: &Questionnaire, assessment: &Assessment) -> Vec<Slot> {
    let mut order = Vec::with_capacity(questionnaire.questions().count());
    for (s, section) in questionnaire.sections.iter().enumerate() {
        for (q, question) in section.questions.iter().enumerate() {
            order.push(Slot {
                section: s,
                question: q,
                member: None,
                item: None,
                key: question.id.clone(),
                group: question.is_group(),
            });
            if !question.is_group() {
                continue;
            }
            for item in assessment.items(&question.id) {
                for (m, member) in question.kind.members().iter().enumerate() {
                    order.push(Slot {
                        section: s,
                        question: q,
                        member: Some(m),
                        item: Some(item.id.to_owned()),
                        key: member_key(&question.id, item.id, &member.id),
                        group: false,
                    });
                }
            }
        }
    }
    order
}

impl Interview {
    /// Rebuilds the places after a change of items, keeping the group where it was: on
    /// the same answer, or on the group's list when its item is gone.
    pub(super) fn rebuild_order(&mut self) {
        // The places change only with the items: most changes leave them, and comparing the
        // items costs far less than building every place's key anew.
        let items_now = self
            .questionnaire
            .sections
            .iter()
            .flat_map(|section| &section.questions)
            .filter(|question| question.is_group())
            .flat_map(|group| {
                let members = group.kind.members().len();
                self.assessment
                    .items(&group.id)
                    .into_iter()
                    .flat_map(move |item| std::iter::repeat_n(item.id, members))
            });
        let items_before = self.order.iter().filter_map(|slot| slot.item.as_deref());
        if !self.order.is_empty() && items_now.eq(items_before) {
            return;
        }
        let current = self.order.get(self.current).cloned();
        let order = order(&self.questionnaire, &self.assessment);
        if order == self.order {
            return;
        }
        self.order = order;
        let Some(current) = current else {
            return;
        };
        let found = self
            .order
            .iter()
            .position(|slot| slot.key == current.key)
            .or_else(|| {
                self.order.iter().position(|slot| {
                    slot.section == current.section
                        && slot.question == current.question
                        && slot.member.is_none()
                })
            });
        self.current = found.unwrap_or(0).min(self.order.len().saturating_sub(1));
    }

    /// The items of the group whose list is on screen; none on any other question.
    pub fn current_items(&self) -> Vec<Item<'_>> {
        match self.order.get(self.current) {
            Some(slot) if slot.is_group() => self.assessment.items(&slot.key),
            _ => Vec::new(),
        }
    }

    /// The highlighted item of the group on screen.
    pub fn highlighted_item(&self) -> Option<Item<'_>> {
        self.current_items().get(self.cursor).copied()
    }

    /// The item whose answer is at a position, with its name.
    pub fn item_at(&self, index: usize) -> Option<Item<'_>> {
        let slot = self.order.get(index)?;
        let item = slot.item.as_deref()?;
        let (_, group) = self.question_at_group(index)?;
        let name = self.assessment.item_name(group, item).unwrap_or(item);
        Some(Item { id: item, name })
    }

    fn question_at_group(&self, index: usize) -> Option<(usize, &str)> {
        let slot = self.order.get(index)?;
        let group = self
            .questionnaire
            .sections
            .get(slot.section)?
            .questions
            .get(slot.question)?;
        Some((slot.question, group.id.as_str()))
    }

    fn current_group(&self) -> Option<String> {
        let slot = self.order.get(self.current)?;
        slot.is_group().then(|| slot.key.clone())
    }

    pub(super) fn update_group(&mut self, message: super::Message) -> Option<Effect> {
        use super::Message;
        self.current_group()?;
        match message {
            Message::AddItem => {
                self.mode = Mode::EditItemName { renaming: false };
                None
            }
            Message::RenameItem if self.highlighted_item().is_some() => {
                self.mode = Mode::EditItemName { renaming: true };
                None
            }
            Message::RemoveItem if self.highlighted_item().is_some() => {
                self.mode = Mode::ConfirmRemoveItem;
                None
            }
            _ => None,
        }
    }

    /// The name typed for a new item, or for the highlighted one when `renaming`.
    pub(super) fn set_item_name(&mut self, name: &str, renaming: bool) -> Option<Effect> {
        let group = self.current_group()?;
        let name = name.trim();
        if name.is_empty() {
            self.mode = Mode::Question;
            self.notice = Some(Text::new("notice-item-name-required"));
            return None;
        }
        // A name goes into the file (and, made into an id, its keys): warned like any text.
        if !self.personal_numbers_cleared(name) {
            return None;
        }
        // Two items of one name cannot be told apart in findings and the report.
        let highlighted = self.highlighted_item().map(|item| item.id.to_owned());
        let taken = self.assessment.items(&group).iter().any(|item| {
            item.name.trim().eq_ignore_ascii_case(name)
                && !(renaming && highlighted.as_deref() == Some(item.id))
        });
        if taken {
            self.notice = Some(Text::new("notice-item-name-taken"));
            return None;
        }
        self.mode = Mode::Question;
        match self.highlighted_item().map(|item| item.id.to_owned()) {
            Some(item) if renaming => {
                if self.assessment.item_name(&group, &item) == Some(name) {
                    return None;
                }
                self.assessment.rename_item(&group, &item, name);
            }
            _ => {
                let id = self.assessment.add_item(&group, name);
                let position = self
                    .assessment
                    .items(&group)
                    .iter()
                    .position(|item| item.id == id);
                self.cursor = position.unwrap_or(0);
            }
        }
        self.changed()
    }

    /// Yes removes the highlighted item with all its answers; anything else keeps it.
    pub(super) fn update_confirm_remove(&mut self, message: super::Message) -> Option<Effect> {
        use super::Message;
        self.mode = Mode::Question;
        let group = self.current_group()?;
        let item = self.highlighted_item()?.id.to_owned();
        match message {
            Message::Yes => {
                self.assessment.remove_item(&group, &item);
                let count = self.assessment.items(&group).len();
                self.cursor = self.cursor.min(count.saturating_sub(1));
                self.info = Some(Text::new("info-item-removed"));
                self.changed()
            }
            _ => None,
        }
    }
}
