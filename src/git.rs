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
