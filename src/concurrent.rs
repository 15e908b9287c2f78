//! No lost updates: the interview's saves merge in what others wrote to the file meanwhile.
//!
//! Why: with the interview open, `git pull`, `git merge`, `git checkout` or `molnkoll merge`
//! rewrite the file; git does not know molnkoll's lock. A plain save would silently revert
//! a colleague's answers, notes and owners. So every save first compares the file on disk
//! with what this session last read or wrote (the whole text, not the mtime, which a quick
//! rewrite within the same tick does not change) and, if it differs, three-way merges:
//! base = the interview's state at its last save, ours = the interview now, theirs = the
//! disk. What both changed differently becomes a conflict written into the file, as the
//! merge driver does. Nothing is lost either way.
//!
//! The interview's own state is not replaced: the merged-in changes stay in the file, and
//! the next save merges again against the same base chain, so they are never reverted.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::assessment::Assessment;
use crate::error::UserError;
use crate::i18n::Message;
use crate::{file_guard, merge, store};

/// An assessment file as this session last saw it on disk.
#[derive(Debug)]
pub struct SyncedFile {
    path: PathBuf,
    /// The interview's state at the last load or save: the merge base.
    base: Assessment,
    /// The file's text as this session last read or wrote it.
    on_disk: String,
    /// `on_disk`, parsed, when it differs from `base` (after a save that merged something
    /// in). Mostly it does not, and a second copy of a large assessment is felt: about
    /// 18 MB at 10,000 items.
    on_disk_parsed: Option<Assessment>,
}

/// What a save found on disk and merged in: for the shell to tell the room.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    /// Question ids (and `title`, `action:ID`) another writer changed.
    pub changed: Vec<String>,
    /// Of those, the ones both sides changed differently: both versions are in the file.
    pub conflicts: Vec<String>,
}

impl Incoming {
    /// The sentence the shell shows.
    pub fn message(&self) -> Message {
        Message::new("notice-merged-in")
            .with("count", self.changed.len())
            .with("ids", self.changed.join(", "))
            .with("conflicts", self.conflicts.len())
    }
}

impl SyncedFile {
    /// The file as just loaded (or created) with this text and content.
    pub fn new(path: &Path, assessment: &Assessment) -> Self {
        SyncedFile {
            path: path.to_owned(),
            base: assessment.clone(),
            on_disk_parsed: None,
            on_disk: text_of(assessment),
        }
    }

    fn on_disk_parsed(&self) -> &Assessment {
        self.on_disk_parsed.as_ref().unwrap_or(&self.base)
    }

    /// Saves `ours`, merging in first whatever another writer put on disk since.
    pub fn save(&mut self, ours: &Assessment) -> Result<Option<Incoming>, UserError> {
        let disk = match file_guard::read_text(&self.path) {
            Ok(text) => Some(text),
            // Gone (a checkout of a branch without it): saving recreates it.
            Err(_) if !self.path.exists() => None,
            Err(error) => return Err(changed_unreadable(&self.path, error)),
        };
        let theirs = match disk {
            Some(text) if text != self.on_disk => Cow::Owned(
                store::parse(&self.path, text)
                    .map_err(|error| changed_unreadable(&self.path, error))?,
            ),
            Some(_) => Cow::Borrowed(self.on_disk_parsed()),
            None => Cow::Borrowed(&self.base),
        };
        let merged = if *theirs == self.base {
            None
        } else {
            let merged = merge::merge(&self.base, ours, &theirs)?;
            // Only what is new on disk since this session's last write is news.
            let incoming = (*theirs != *self.on_disk_parsed()).then(|| Incoming {
                changed: changed_ids(self.on_disk_parsed(), &theirs),
                conflicts: merged.conflicts.clone(),
            });
            Some((merged.assessment, incoming))
        };
        let to_write = merged.as_ref().map_or(ours, |(merged, _)| merged);
        store::save(&self.path, to_write)?;
        self.on_disk = text_of(to_write);
        self.base = ours.clone();
        let (on_disk_parsed, incoming) = merged.unzip();
        self.on_disk_parsed = on_disk_parsed;
        Ok(incoming.flatten())
    }
}

/// The assessment's text as written, without the spare room of the growing buffer (up to
/// as much again) that would otherwise stay with it for the whole session.
fn text_of(assessment: &Assessment) -> String {
    let mut text = store::to_ron(assessment);
    text.shrink_to_fit();
    text
}

/// The file changed on disk into something that does not load (a text merge with conflict
/// markers, a hand edit): it is not overwritten; the interview keeps every answer in memory.
fn changed_unreadable(path: &Path, error: UserError) -> UserError {
    let message = match error.location {
        Some(at) => Message::new("error-changed-unreadable")
            .with("at", format!("{}:{}", at.line, at.column)),
        None => Message::new("error-changed-unreadable-whole"),
    };
    UserError::new(message.with("path", path.display().to_string()))
}

fn changed_ids(base: &Assessment, theirs: &Assessment) -> Vec<String> {
    let mut ids = Vec::new();
    if base.title != theirs.title {
        ids.push("title".to_owned());
    }
    let keys: std::collections::BTreeSet<&String> =
        base.answers.keys().chain(theirs.answers.keys()).collect();
    ids.extend(
        keys.into_iter()
            .filter(|id| base.answers.get(*id) != theirs.answers.get(*id))
            .cloned(),
    );
    let actions: std::collections::BTreeSet<&String> =
        base.actions.keys().chain(theirs.actions.keys()).collect();
    ids.extend(
        actions
            .into_iter()
            .filter(|id| base.actions.get(*id) != theirs.actions.get(*id))
            .map(|id| format!("action:{id}")),
    );
    ids
}
