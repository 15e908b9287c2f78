//! The personal-number guard: the guidance warns that names and personal identity numbers
//! typed as free text end up with the vendor, and an assessment file is shown on a projector
//! and kept in git. Text that holds one is saved only once the group has confirmed it.

use crate::i18n::Message as Text;
use crate::personal_number;

use super::Interview;

impl Interview {
    /// Whether `text` may be saved: it holds no personal identity number, or the group saw
    /// the warning and committed the very same text again.
    pub(super) fn personal_numbers_cleared(&mut self, text: &str) -> bool {
        // Every text the group types passes here: the one place to keep the file's limit.
        let count = text.chars().count();
        if count > crate::strict::MAX_TEXT_CHARS {
            self.notice = Some(
                Text::new("notice-text-over-limit")
                    .with("count", count)
                    .with("max", crate::strict::MAX_TEXT_CHARS),
            );
            return false;
        }
        let found = personal_number::find(text);
        if found.is_empty() || self.unconfirmed_text.as_deref() == Some(text) {
            self.unconfirmed_text = None;
            return true;
        }
        let numbers: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
        self.notice = Some(
            Text::new("notice-personal-number")
                .with("numbers", numbers.join(", "))
                .with("count", numbers.len()),
        );
        self.unconfirmed_text = Some(text.to_owned());
        false
    }

    /// The numbers the group is being warned about, for the editor to highlight.
    pub fn unconfirmed_personal_numbers(&self) -> Vec<String> {
        let Some(text) = self.unconfirmed_text.as_deref() else {
            return Vec::new();
        };
        personal_number::find(text)
            .iter()
            .map(|m| text[m.start..m.end].to_owned())
            .collect()
    }
}
