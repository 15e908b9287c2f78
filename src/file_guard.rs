//! The checks that stand between molnkoll and a file it must not touch: a symlink planted in
//! a repository, a file somebody made read-only, a lock file that is not ours, a file far too
//! large to be an assessment, a data folder others can write into.
//!
//! Why a symlinked assessment is refused rather than written through: the file comes from a
//! repository that anybody with push access shapes, and a link can point anywhere the reader
//! may write. Reading through a link is harmless (`show`, `check`, `diff` follow it); writing
//! is not, so `open`, `merge`, `new` and `export -o` refuse a link and say which file to open
//! instead. With no write through a link, the target and the link can never be open for
//! writing at once, and the lock beside the canonical folder is the one lock of the file.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Location, UserError};
use crate::i18n::Message;

/// An assessment larger than this is refused before it is read whole: the largest real
/// assessment is a few hundred kilobytes, and `show /dev/zero` must not read until memory
/// runs out.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// Where `path` may be written, with its folder resolved so that every way of naming the
/// file leads to one lock. Refuses a symlink, anything but a regular file, and a read-only
/// file; a file that does not exist yet is fine.
pub fn writable(path: &Path) -> Result<PathBuf, UserError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            let target = std::fs::read_link(path)
                .map(|t| shown(&t))
                .unwrap_or_default();
            return Err(UserError::new(
                Message::new("error-symlink")
                    .with("path", shown(path))
                    .with("target", target),
            ));
        }
        Ok(meta) if !meta.is_file() => {
            return Err(UserError::new(
                Message::new("error-not-a-file").with("path", shown(path)),
            ));
        }
        Ok(meta) if meta.permissions().readonly() => {
            return Err(UserError::new(
                Message::new("error-read-only").with("path", shown(path)),
            ));
        }
        Ok(_) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => {
            return Err(UserError::new(
                Message::new("error-save")
                    .with("path", shown(path))
                    .with("reason", error.to_string()),
            ));
        }
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path.file_name().unwrap_or(path.as_os_str());
    // A folder that does not exist is reported by the write itself, with its reason.
    Ok(std::fs::canonicalize(parent)
        .map(|dir| dir.join(name))
        .unwrap_or_else(|_| path.to_owned()))
}

/// Reads a text file, refusing one over [`MAX_FILE_BYTES`] before reading it whole. A byte
/// order mark at the start (Windows editors write one) is dropped.
pub fn read_text(path: &Path) -> Result<String, UserError> {
    let read_error = |error: std::io::Error| {
        UserError::new(
            Message::new("error-read")
                .with("path", shown(path))
                .with("reason", error.to_string()),
        )
    };
    let file = File::open(path).map_err(read_error)?;
    let meta = file.metadata().map_err(read_error)?;
    if meta.is_dir() {
        return Err(UserError::new(
            Message::new("error-not-a-file").with("path", shown(path)),
        ));
    }
    let too_large = || {
        UserError::new(
            Message::new("error-too-large")
                .with("path", shown(path))
                .with("limit", (MAX_FILE_BYTES / (1024 * 1024)) as i64),
        )
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    // Devices and pipes report no length: read no more than one byte past the limit.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(error.as_bytes());
        UserError::at(
            Location::of_offset(path, &text, offset),
            Message::new("error-not-utf8").with("path", shown(path)),
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// The file's bytes as text, invalid UTF-8 replaced, or nothing when it cannot be read or
/// is over the limit: for showing a file that does not parse.
pub fn read_lossy(path: &Path) -> Option<String> {
    let file = File::open(path).ok()?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= MAX_FILE_BYTES).then(|| String::from_utf8_lossy(&bytes).into_owned())
}

/// Creates the data folder readable and writable by the owner only (0700): under a lax
/// umask another user could otherwise rename, delete or plant assessments in it. A path
/// that exists but is no folder gets a sentence saying so.
pub fn create_dir(dir: &Path) -> Result<(), UserError> {
    if dir.exists() && !dir.is_dir() {
        return Err(UserError::new(
            Message::new("error-not-a-folder").with("path", shown(dir)),
        ));
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|error| {
        let message = if error.kind() == std::io::ErrorKind::NotADirectory
            || error.kind() == std::io::ErrorKind::AlreadyExists
        {
            Message::new("error-not-a-folder").with("path", shown(dir))
        } else {
            Message::new("error-create-folder")
                .with("path", shown(dir))
                .with("reason", error.to_string())
        };
        UserError::new(message)
    })
}

/// Opens (or creates, mode 0600) a lock file without following a symlink, and accepts it
/// only as a regular file with one link, owned by the user: a committed
/// `.x.molnkoll.ron.lock -> ../.bashrc` must never be truncated through.
pub fn open_lock_file(lock_path: &Path) -> Result<File, UserError> {
    let unsafe_lock =
        || UserError::new(Message::new("error-lock-unsafe").with("path", shown(lock_path)));
    let lock_error = |e: std::io::Error| {
        UserError::new(
            Message::new("error-lock")
                .with("path", shown(lock_path))
                .with("reason", e.to_string()),
        )
    };
    // Windows has no O_NOFOLLOW: a lock that is a link is refused before it is opened.
    #[cfg(not(unix))]
    if std::fs::symlink_metadata(lock_path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(unsafe_lock());
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK);
    }
    let file = options.open(lock_path).map_err(|error| {
        #[cfg(unix)]
        if error.raw_os_error() == Some(libc::ELOOP) {
            return unsafe_lock();
        }
        lock_error(error)
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let meta = file.metadata().map_err(lock_error)?;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if !meta.file_type().is_file() || meta.uid() != me || meta.nlink() != 1 {
            return Err(unsafe_lock());
        }
        // A lock left by an earlier version, or checked out of git, may be 0644: ours, so
        // made private rather than refused.
        if meta.mode() & 0o7777 != 0o600 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(lock_error)?;
        }
    }
    Ok(file)
}
