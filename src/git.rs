//! What git knows about a file, asked at the edge. Absent git, or a file outside a
//! repository, gives nothing: the report then simply has no commit.

use std::path::Path;
use std::process::{Command, Stdio};

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The short commit the file was exported from; "-modified" when the file has changes that
/// are not committed.
pub fn commit_of(path: &Path) -> Option<String> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path.file_name()?.to_str()?;
    git(dir, &["ls-files", "--error-unmatch", "--", name])?;
    let commit = git(dir, &["rev-parse", "--short", "HEAD"])?;
    let clean = git(dir, &["diff", "--quiet", "HEAD", "--", name]).is_some();
    Some(if clean {
        commit
    } else {
        format!("{commit}-modified")
    })
}

/// The text of `path` as committed at `rev`.
pub fn show_at(rev: &str, path: &Path) -> Result<String, molnkoll::error::UserError> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let failed = |reason: String| {
        molnkoll::error::UserError::new(
            molnkoll::i18n::Message::new("error-git")
                .with("path", path.display().to_string())
                .with("rev", rev)
                .with("reason", reason),
        )
    };
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        // A revision such as `--output=PATH` must stay a revision, never become an option.
        .arg("--end-of-options")
        .arg(format!("{rev}:./{name}"))
        .stdin(Stdio::null())
        .output()
        .map_err(|error| failed(error.to_string()))?;
    if !output.status.success() {
        return Err(failed(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|error| failed(error.to_string()))
}

/// The export date (SOURCE_DATE_EPOCH when set, for reproducible output; else today) and
/// the commit the file comes from.
pub fn report_context(file: &Path) -> molnkoll::report::Context {
    let date = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .map(|t| jiff::tz::TimeZone::UTC.to_datetime(t).date())
        .unwrap_or_else(molnkoll::commands::today);
    molnkoll::report::Context {
        date: date.to_string(),
        commit: commit_of(file),
    }
}
