//! A repeat group's items at the plain prompt: added, renamed and removed through the same
//! messages as the full screen's `a`, `r` and `d`, the item chosen by its number in the list.

use std::io::{BufRead, Write};

use crate::i18n::Message as Text;
use crate::interview::Message;

use super::act::split_number;
use super::{Plain, Refusal};

impl<R: BufRead, W: Write> Plain<R, W> {
    pub(super) fn add_item(&mut self, name: String, on_group: bool) -> Result<(), Refusal> {
        if !on_group {
            return Err(self.refusal(Text::new("plain-not-a-group")));
        }
        if name.is_empty() {
            return Err(self.usage("plain-usage-add"));
        }
        self.send(Message::AddItem);
        let said = self.send(Message::SetItemName(name.clone()));
        self.back_to_question();
        self.refused(said.notice)?;
        self.tell(Some(&Text::new("plain-item-added").with("name", name)));
        Ok(())
    }

    pub(super) fn rename_item(&mut self, argument: &str) -> Result<(), Refusal> {
        let (item, name) = self.item_argument(argument, "plain-usage-rename")?;
        if name.is_empty() {
            return Err(self.usage("plain-usage-rename"));
        }
        self.select_item(item);
        self.send(Message::RenameItem);
        let said = self.send(Message::SetItemName(name));
        self.back_to_question();
        self.refused(said.notice)?;
        self.tell_text("plain-renamed");
        Ok(())
    }

    /// Asks first: the model waits for a yes, which the next line gives or not.
    pub(super) fn remove_item(&mut self, argument: &str) -> Result<(), Refusal> {
        let (item, _) = self.item_argument(argument, "plain-usage-remove")?;
        self.select_item(item);
        self.send(Message::RemoveItem);
        Ok(())
    }

    fn item_argument(
        &self,
        argument: &str,
        usage: &'static str,
    ) -> Result<(usize, String), Refusal> {
        if !self.on_group() {
            return Err(self.refusal(Text::new("plain-not-a-group")));
        }
        let (number, rest) = split_number(argument).ok_or_else(|| self.usage(usage))?;
        if !(1..=self.interview.current_items().len()).contains(&number) {
            let input = argument.split_whitespace().next().unwrap_or_default();
            return Err(self.refusal(Text::new("plain-no-such-item").with("input", input)));
        }
        Ok((number, rest))
    }

    /// Moves the highlight of the group's list to the item numbered `number`.
    fn select_item(&mut self, number: usize) {
        for _ in 0..self.interview.current_items().len() {
            self.send(Message::CursorUp);
        }
        for _ in 1..number {
            self.send(Message::CursorDown);
        }
    }
}
