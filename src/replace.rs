//! The last step of an atomic save: putting the finished temporary file in the place of the
//! old one, and making that durable.
//!
//! On Windows another program often holds the file for a moment just after it was written:
//! an antivirus scanner, the search indexer, or a sync client such as OneDrive. The replace
//! then fails with a sharing violation or "access denied" although nothing is wrong, so it
//! is retried for a short while before the save is reported as failed. The retry loop is
//! written against a trait so that it is tested on every platform.

use std::io;
use std::path::Path;
use std::time::Duration;

use crate::error::UserError;
use crate::i18n::Message;

/// What the retry loop needs from the file system (and the clock).
pub trait Replacer {
    /// Puts `from` in the place of `to`, replacing it if it exists.
    fn replace(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    /// Whether `error` is worth another attempt: the file is held by another program.
    fn is_transient(&self, error: &io::Error) -> bool;
    fn sleep(&mut self, duration: Duration);
}

/// How long to keep trying: `attempts` in all, waiting `first_delay`, then twice as long
/// each time, never more than `max_delay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    pub attempts: u32,
    pub first_delay: Duration,
    pub max_delay: Duration,
}

impl Retry {
    /// About two seconds in all: long enough for a scanner to let go, short enough that the
    /// group at the projector does not wait for a save.
    pub const DEFAULT: Retry = Retry {
        attempts: 10,
        first_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(500),
    };
}

/// A replace that did not happen: the last error, how many attempts were made, and whether
/// the file was held by another program all along (the message then says so).
#[derive(Debug)]
pub struct ReplaceError {
    pub error: io::Error,
    pub attempts: u32,
    pub held_by_another_program: bool,
}

/// Replaces `to` by `from`, retrying while another program holds the file.
pub fn replace_with_retry(
    replacer: &mut impl Replacer,
    from: &Path,
    to: &Path,
    retry: Retry,
) -> Result<(), ReplaceError> {
    let mut delay = retry.first_delay;
    let mut attempts = 0;
    loop {
        attempts += 1;
        let error = match replacer.replace(from, to) {
            Ok(()) => return Ok(()),
            Err(error) => error,
        };
        let transient = replacer.is_transient(&error);
        if !transient || attempts >= retry.attempts.max(1) {
            return Err(ReplaceError {
                error,
                attempts,
                held_by_another_program: transient,
            });
        }
        replacer.sleep(delay);
        delay = (delay * 2).min(retry.max_delay);
    }
}

/// Windows error codes that mean "another program has the file open just now".
pub fn is_windows_sharing_error(code: i32) -> bool {
    // ERROR_ACCESS_DENIED (a file being deleted or scanned), ERROR_SHARING_VIOLATION,
    // ERROR_LOCK_VIOLATION.
    matches!(code, 5 | 32 | 33)
}

/// The real file system of this platform.
pub struct SystemReplacer;

impl Replacer for SystemReplacer {
    fn replace(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        platform::replace(from, to)
    }

    fn is_transient(&self, error: &io::Error) -> bool {
        cfg!(windows) && error.raw_os_error().is_some_and(is_windows_sharing_error)
    }

    fn sleep(&mut self, duration: Duration) {
        std::thread::sleep(duration);
    }
}

/// Replaces `to` by `from` on the real file system, retrying as `Retry::DEFAULT` says.
pub fn replace(from: &Path, to: &Path) -> Result<(), ReplaceError> {
    replace_with_retry(&mut SystemReplacer, from, to, Retry::DEFAULT)
}

impl ReplaceError {
    /// One sentence for the person saving `path`.
    pub fn to_user_error(&self, path: &Path) -> UserError {
        let message = if self.held_by_another_program {
            Message::new("error-save-held")
                .with("path", path.display().to_string())
                .with("attempts", i64::from(self.attempts))
        } else {
            Message::new("error-save")
                .with("path", path.display().to_string())
                .with("reason", self.error.to_string())
        };
        UserError::new(message)
    }
}

/// Puts a finished temporary file in the place of `path`. On failure the temporary file is
/// removed and `path` keeps its old content.
pub fn persist(temp: tempfile::TempPath, path: &Path) -> Result<(), UserError> {
    let save_error = |error: io::Error| ReplaceError {
        error,
        attempts: 1,
        held_by_another_program: false,
    };
    // Kept first: on Windows this also clears the temporary-file attribute, which the saved
    // file must not carry.
    let temp = temp
        .keep()
        .map_err(|e| save_error(e.error).to_user_error(path))?;
    replace(&temp, path).map_err(|error| {
        // A leftover would only be clutter, and the next lock holder removes it anyway.
        let _ = std::fs::remove_file(&temp);
        error.to_user_error(path)
    })
}

/// Makes a rename in `dir` durable. On Unix the folder's entry is on disk only once the
/// folder is synced. Windows has no such call for a folder (it cannot be opened for
/// writing); the replace itself is asked to write through there instead.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(not(windows))]
mod platform {
    use std::io;
    use std::path::Path;

    pub fn replace(from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }
}

#[cfg(windows)]
mod platform {
    use std::io;
    use std::os::windows::ffi::OsStrExt;
    use std::path::Path;

    use windows_sys::Win32::Storage::FileSystem::{
        MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH, MoveFileExW,
    };

    fn wide(path: &Path) -> Vec<u16> {
        path.as_os_str().encode_wide().chain([0]).collect()
    }

    /// `MoveFileExW` as `std::fs::rename` would call it, plus write-through: the call
    /// returns only once the rename is on disk, which is what the folder sync does on Unix.
    pub fn replace(from: &Path, to: &Path) -> io::Result<()> {
        let (from, to) = (wide(from), wide(to));
        // SAFETY: both are NUL-terminated wide strings that outlive the call.
        let ok = unsafe {
            MoveFileExW(
                from.as_ptr(),
                to.as_ptr(),
                MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH,
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// Fails with the given errors in turn, then succeeds; records every call.
    struct Scripted {
        failures: Vec<io::Error>,
        replaced: Vec<(PathBuf, PathBuf)>,
        slept: Vec<Duration>,
    }

    impl Scripted {
        fn new(codes: &[i32]) -> Self {
            Scripted {
                failures: codes.iter().rev().map(|&c| sharing(c)).collect(),
                replaced: Vec::new(),
                slept: Vec::new(),
            }
        }
    }

    fn sharing(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    impl Replacer for Scripted {
        fn replace(&mut self, from: &Path, to: &Path) -> io::Result<()> {
            self.replaced.push((from.to_owned(), to.to_owned()));
            match self.failures.pop() {
                Some(error) => Err(error),
                None => Ok(()),
            }
        }

        fn is_transient(&self, error: &io::Error) -> bool {
            error.raw_os_error().is_some_and(is_windows_sharing_error)
        }

        fn sleep(&mut self, duration: Duration) {
            self.slept.push(duration);
        }
    }

    const FAST: Retry = Retry {
        attempts: 5,
        first_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(30),
    };

    fn run(replacer: &mut Scripted) -> Result<(), ReplaceError> {
        replace_with_retry(replacer, Path::new("t.tmp"), Path::new("a.ron"), FAST)
    }

    #[test]
    fn a_free_file_is_replaced_at_once_without_waiting() {
        let mut replacer = Scripted::new(&[]);
        run(&mut replacer).expect("replaced");
        assert_eq!(
            replacer.replaced,
            vec![(PathBuf::from("t.tmp"), PathBuf::from("a.ron"))]
        );
        assert!(replacer.slept.is_empty());
    }

    #[test]
    fn a_file_held_for_a_moment_is_replaced_after_backing_off() {
        // A sharing violation, a lock violation, then access denied: all three let go.
        let mut replacer = Scripted::new(&[32, 33, 5]);
        run(&mut replacer).expect("replaced on the fourth attempt");
        assert_eq!(replacer.replaced.len(), 4);
        assert_eq!(
            replacer.slept,
            [10, 20, 30].map(Duration::from_millis).to_vec(),
            "the wait doubles and stops at the maximum"
        );
    }

    #[test]
    fn a_file_held_too_long_fails_after_the_last_attempt_and_says_why() {
        let mut replacer = Scripted::new(&[32; 9]);
        let error = run(&mut replacer).expect_err("gives up");
        assert_eq!(error.attempts, 5);
        assert!(error.held_by_another_program);
        assert_eq!(error.error.raw_os_error(), Some(32));
        assert_eq!(replacer.replaced.len(), 5);
        assert_eq!(replacer.slept.len(), 4, "no wait after the last attempt");
    }

    #[test]
    fn any_other_error_fails_at_once() {
        // ERROR_PATH_NOT_FOUND: waiting would not help.
        let mut replacer = Scripted::new(&[3]);
        let error = run(&mut replacer).expect_err("fails");
        assert_eq!(error.attempts, 1);
        assert!(!error.held_by_another_program);
        assert!(replacer.slept.is_empty());
    }

    #[test]
    fn a_held_file_is_named_as_held_and_any_other_failure_gives_its_reason() {
        let path = Path::new("a.molnkoll.ron");
        let held = ReplaceError {
            error: sharing(32),
            attempts: 10,
            held_by_another_program: true,
        };
        let message = held.to_user_error(path).message;
        assert_eq!(message.id, "error-save-held");
        assert!(
            message
                .args
                .contains(&("attempts", crate::i18n::Arg::Number(10)))
        );
        let other = ReplaceError {
            error: io::Error::new(io::ErrorKind::NotFound, "borta"),
            attempts: 1,
            held_by_another_program: false,
        };
        let message = other.to_user_error(path).message;
        assert_eq!(message.id, "error-save");
        assert!(message.args.contains(&("reason", "borta".into())));
    }

    #[test]
    fn zero_attempts_still_tries_once() {
        let mut replacer = Scripted::new(&[]);
        let retry = Retry {
            attempts: 0,
            ..FAST
        };
        replace_with_retry(&mut replacer, Path::new("a"), Path::new("b"), retry).expect("once");
        assert_eq!(replacer.replaced.len(), 1);
    }

    #[test]
    fn the_default_gives_up_within_about_two_seconds() {
        let mut replacer = Scripted::new(&[32; 20]);
        let error = replace_with_retry(
            &mut replacer,
            Path::new("a"),
            Path::new("b"),
            Retry::DEFAULT,
        )
        .expect_err("gives up");
        assert_eq!(error.attempts, Retry::DEFAULT.attempts);
        let waited: Duration = replacer.slept.iter().sum();
        assert!(
            waited >= Duration::from_secs(1) && waited <= Duration::from_secs(3),
            "{waited:?}"
        );
    }

    /// On the real file system (also under Wine, where the Windows code path runs): the new
    /// content replaces the old, the temporary file is gone, and the folder sync succeeds.
    #[test]
    fn the_system_replacer_replaces_an_existing_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let to = dir.path().join("bedömning med mellanslag.molnkoll.ron");
        let from = dir.path().join(".ny.tmp");
        std::fs::write(&to, "gammal").expect("old file");
        std::fs::write(&from, "ny").expect("new file");
        replace(&from, &to).expect("replaced");
        assert_eq!(std::fs::read_to_string(&to).expect("read"), "ny");
        assert!(!from.exists());
        sync_dir(dir.path()).expect("folder synced");
    }

    /// Windows only: a file another program has open without sharing deletion cannot be
    /// replaced; the replace retries, then reports the file as held by another program.
    #[cfg(windows)]
    #[test]
    fn the_system_replacer_reports_a_file_held_open_by_another_program() {
        use std::os::windows::fs::OpenOptionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let to = dir.path().join("hållen.molnkoll.ron");
        let from = dir.path().join(".ny.tmp");
        std::fs::write(&to, "gammal").expect("old file");
        std::fs::write(&from, "ny").expect("new file");
        // Share mode read only: what a scanner holding the file looks like.
        let held = std::fs::OpenOptions::new()
            .read(true)
            .share_mode(1)
            .open(&to)
            .expect("held");
        let retry = Retry {
            attempts: 3,
            first_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
        };
        let error = replace_with_retry(&mut SystemReplacer, &from, &to, retry).expect_err("held");
        assert!(error.held_by_another_program, "{:?}", error.error);
        assert_eq!(error.attempts, 3);
        drop(held);
        replace(&from, &to).expect("replaced once let go");
        assert_eq!(std::fs::read_to_string(&to).expect("read"), "ny");
    }
}
