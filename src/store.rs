//! Assessment files on disk: loading that never harms the file, atomic saving, and a lock
//! that keeps a second writer out.

use std::fs::{File, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::assessment::{Assessment, FORMAT};
use crate::error::UserError;
use crate::i18n::Message;
use crate::questionnaire::{SourceText, parse_ron};

/// Assessment files end in this, so that `.gitattributes` can match them.
pub const EXTENSION: &str = ".molnkoll.ron";

/// Only the format number, read before the whole file so that a newer file is refused with a
/// message about its version rather than about a field this build does not know.
#[derive(Deserialize)]
#[serde(rename = "Assessment")]
struct Header {
    format: u32,
}

/// Loads an assessment. On any error the file is left exactly as it was.
pub fn load(path: &Path) -> Result<Assessment, UserError> {
    let text = crate::file_guard::read_text(path)?;
    parse(path, text)
}

/// Parses an assessment's text; `path` is used only in messages.
pub fn parse(path: &Path, text: String) -> Result<Assessment, UserError> {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    let source = SourceText {
        path: path.to_owned(),
        text,
    };
    let header: Header = parse_ron(&source, "Assessment").map_err(|e| plainer(&source, e))?;
    if header.format > FORMAT {
        return Err(UserError::new(
            Message::new("error-newer-format")
                .with("path", path.display().to_string())
                .with("format", i64::from(header.format))
                .with("supported", i64::from(FORMAT)),
        ));
    }
    let assessment: Assessment =
        parse_ron(&source, "Assessment").map_err(|e| plainer(&source, e))?;
    crate::strict::check_duplicate_keys(&source)?;
    Ok(assessment)
}

/// Rewrites the parser's sentences a person cannot act on: ron's advice on its recursion
/// limit, and "is a x, not an Assessment" for a file that is no assessment at all.
fn plainer(source: &SourceText, error: UserError) -> UserError {
    let path = source.path.display().to_string();
    let detail = error.message.args.iter().find_map(|(name, arg)| match arg {
        crate::i18n::Arg::Text(text) if *name == "detail" => Some(text.as_str()),
        _ => None,
    });
    let message = match (error.message.id, detail) {
        ("error-ron-syntax", Some(detail)) if detail.contains("recursion") => {
            Message::new("error-too-deep").with("path", path)
        }
        // "is a Questionnaire, not an Assessment" helps; "is a x" or "is a root" does not.
        ("error-foreign-file", _)
            if !error.message.args.iter().any(|(name, arg)| {
                *name == "found"
                    && matches!(arg, crate::i18n::Arg::Text(found)
                        if matches!(found.as_str(), "Questionnaire" | "Answer" | "Action" | "Conflict"))
            }) =>
        {
            Message::new("error-not-an-assessment").with("path", path)
        }
        _ => return error,
    };
    UserError {
        location: error.location,
        message,
    }
}

/// The file's text: pretty, keys sorted, one block per answer, so that changing one answer
/// changes only its lines.
pub fn to_ron(assessment: &Assessment) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
        .indentor("    ")
        .new_line("\n");
    let mut text = ron::ser::to_string_pretty(assessment, config)
        .unwrap_or_else(|error| unreachable!("an assessment always serializes: {error}"));
    text.push('\n');
    text
}

fn save_error(path: &Path, error: impl std::fmt::Display) -> UserError {
    UserError::new(
        Message::new("error-save")
            .with("path", path.display().to_string())
            .with("reason", error.to_string()),
    )
}

/// Writes atomically: a temporary file in the same folder (mode 0600), fsync, rename over the
/// old file, fsync the folder. A crash at any moment leaves the old or the new file whole.
pub fn save(path: &Path, assessment: &Assessment) -> Result<(), UserError> {
    write_atomically(path, to_ron(assessment).as_bytes(), true)
}

/// Writes any text atomically, as `save` does: the exported report, for one.
pub fn write_text(path: &Path, text: &str) -> Result<(), UserError> {
    write_atomically(path, text.as_bytes(), true)
}

/// Writes an exported report to `out`, refusing a path that names the input or any
/// assessment: `export F -o F` replaced the assessment with Markdown. An open assessment is
/// an assessment, so the interview's lock needs no separate check here.
pub fn write_report(out: &Path, input: &Path, text: &str) -> Result<(), UserError> {
    write_export(out, input, text.as_bytes())
}

/// `write_report` for any export, the action plan's `.xlsx` included.
pub fn write_export(out: &Path, input: &Path, bytes: &[u8]) -> Result<(), UserError> {
    let refuse = || {
        Err(UserError::new(
            Message::new("error-output-is-assessment").with("path", out.display().to_string()),
        ))
    };
    let named_so = out
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(EXTENSION));
    if named_so || same_file(out, input) {
        return refuse();
    }
    if out.exists() && load(out).is_ok() {
        return refuse();
    }
    write_atomically(out, bytes, true)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Like `save`, but refuses to replace an existing file.
pub fn create(path: &Path, assessment: &Assessment) -> Result<(), UserError> {
    if path.exists() {
        return Err(UserError::new(
            Message::new("error-exists").with("path", path.display().to_string()),
        ));
    }
    write_atomically(path, to_ron(assessment).as_bytes(), false)
}

fn write_atomically(path: &Path, bytes: &[u8], replace: bool) -> Result<(), UserError> {
    // The rename would replace a link by a regular file and a read-only file regardless of
    // its mode: both are refused here, in the one place every write passes.
    let path = &crate::file_guard::writable(path)?;
    let dir = parent_dir(path);
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&dir)
        .map_err(|e| save_error(path, e))?;
    temp.write_all(bytes).map_err(|e| save_error(path, e))?;
    temp.as_file().sync_all().map_err(|e| save_error(path, e))?;
    if replace {
        crate::replace::persist(temp.into_temp_path(), path)?;
    } else {
        temp.persist_noclobber(path)
            .map_err(|e| save_error(path, e.error))?;
    }
    crate::replace::sync_dir(&dir).map_err(|e| save_error(path, e))
}

const TEMP_SUFFIX: &str = ".tmp";

/// Temporary files are named after the file they will replace, so that whoever holds that
/// file's lock knows which leftovers of a killed save are its own to remove.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".molnkoll-{name}.")
}

/// Removes what saves of `path` that were killed midway left behind. Only the lock holder
/// may call this: nobody else saves `path` meanwhile.
fn remove_leftover_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = std::fs::read_dir(parent_dir(path)) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            // A leftover that cannot be removed is only clutter; the next open tries again.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Held while an assessment is open for writing. The OS releases it when the process dies,
/// so a crash never leaves a stale lock behind.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    path: PathBuf,
}

/// `DIR/.NAME.lock` beside `DIR/NAME`: the assessment file itself is replaced on every save,
/// so a lock on it would not be seen by the next opener.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    parent_dir(path).join(format!(".{name}.lock"))
}

impl Lock {
    /// Takes the lock of the file `path` names. A symlink or read-only file is refused
    /// before any lock file is touched.
    pub fn acquire(path: &Path) -> Result<Lock, UserError> {
        let canonical = crate::file_guard::writable(path)?;
        let lock_path = lock_path(&canonical);
        let lock_error = |e: std::io::Error| {
            UserError::new(
                Message::new("error-lock")
                    .with("path", lock_path.display().to_string())
                    .with("reason", e.to_string()),
            )
        };
        let mut file = crate::file_guard::open_lock_file(&lock_path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                // The holder is only a courtesy in the message; an unreadable one is no error.
                let _ = file.read_to_string(&mut holder);
                let field = |name: &str| {
                    holder
                        .lines()
                        .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
                        .unwrap_or("?")
                        .trim()
                        .to_owned()
                };
                return Err(UserError::new(
                    Message::new("error-locked")
                        .with("path", path.display().to_string())
                        .with("pid", field("pid"))
                        .with("host", field("host")),
                ));
            }
            Err(TryLockError::Error(e)) => return Err(lock_error(e)),
        }
        // Data, not a sentence: the message that names the holder is localized when shown.
        let holder = format!("pid={}\nhost={}\n", std::process::id(), hostname());
        // Written over the last holder, and cut only when that was longer: truncating a
        // lock file that every interview leaves behind frees its block and cost half a
        // millisecond of every start on ext4.
        let previous_len = file.metadata().map_or(u64::MAX, |m| m.len());
        file.write_all(holder.as_bytes()).map_err(lock_error)?;
        let len = holder.len() as u64;
        if previous_len > len {
            file.set_len(len).map_err(lock_error)?;
        }
        remove_leftover_temps(&canonical);
        Ok(Lock {
            _file: file,
            path: canonical,
        })
    }

    /// The file this lock keeps others from writing, its folder resolved.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether some other molnkoll has `path` open for writing now. Commands that write an
    /// assessment without the interview (`merge`, `new`, `export -o`) ask this first, so they
    /// never write under an open interview.
    /// An interview always leaves its lock file behind, so no lock file means nobody has
    /// the file open, and none is created here (the merge driver's files are temporary).
    pub fn check_free(path: &Path) -> Result<(), UserError> {
        let canonical = crate::file_guard::writable(path)?;
        let lock_path = lock_path(&canonical);
        if std::fs::symlink_metadata(&lock_path).is_err() {
            return Ok(());
        }
        Lock::acquire(path).map(drop)
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        // Windows names the computer here.
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "?".to_owned())
}

/// Assessment files directly in `dir`, sorted by path.
pub fn assessments_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(EXTENSION) && !n.starts_with('.'))
                && path.is_file()
        })
        .collect();
    paths.sort();
    paths
}

/// The most recently modified assessment in `dir`.
pub fn most_recent(dir: &Path) -> Option<PathBuf> {
    assessments_in(dir)
        .into_iter()
        .filter_map(|path| {
            let modified = path.metadata().and_then(|m| m.modified()).ok()?;
            Some((modified, path))
        })
        .max()
        .map(|(_, path)| path)
}

/// A file name for a new assessment: the title made safe, unique in `dir`.
pub fn new_path(dir: &Path, title: &str) -> PathBuf {
    // A file name travels further than the file (listings, logs, commit messages): a
    // personal identity number never goes into one, confirmed or not.
    let slug: String = crate::personal_number::mask(title)
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        "assessment".to_owned()
    } else {
        // Shortened, the slug must not end in the hyphen of a cut word boundary.
        let short: String = slug.chars().take(60).collect();
        short.trim_end_matches('-').to_owned()
    };
    let mut candidate = dir.join(format!("{slug}{EXTENSION}"));
    let mut n = 2;
    while candidate.exists() {
        candidate = dir.join(format!("{slug}-{n}{EXTENSION}"));
        n += 1;
    }
    candidate
}
