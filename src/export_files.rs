//! The three outputs that `x` in the interview writes beside the assessment: the report, the
//! questions for the supplier and the action plan. Each carries a signature of its own bytes
//! (a last comment line in Markdown, the archive comment of the `.xlsx`), and `x` replaces
//! a file only when its signature still matches: a hand-written `NAME.md`, or a report
//! someone edited or re-saved from Excel, is left as it is.

use std::path::{Path, PathBuf};

use crate::assessment::Assessment;
use crate::error::UserError;
use crate::i18n::{Localizer, Message};
use crate::questionnaire::Questionnaire;
use crate::report::Context;

const MARKDOWN_SIGNATURE: &str = "<!-- molnkoll ";
const ZIP_SIGNATURE: &[u8] = b"molnkoll ";
/// The end-of-central-directory record of a zip archive without its comment.
const EOCD_LEN: usize = 22;
const EOCD_MAGIC: &[u8] = b"PK\x05\x06";

/// FNV-1a, 64 bits: enough to tell an edited file from the one molnkoll wrote.
fn hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Markdown with a last line that signs the text before it. pandoc drops the comment from
/// DOCX and PDF.
pub fn sign_markdown(text: &str) -> Vec<u8> {
    let mut out = text.to_owned();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out = format!("{out}\n{MARKDOWN_SIGNATURE}{} -->\n", hash(out.as_bytes()));
    out.into_bytes()
}

/// A zip archive (an `.xlsx`) with an archive comment that signs the bytes before its
/// end record. The bytes come back unchanged if they do not end in a comment-free record.
pub fn sign_zip(bytes: Vec<u8>) -> Vec<u8> {
    let Some(start) = bytes.len().checked_sub(EOCD_LEN) else {
        return bytes;
    };
    if &bytes[start..start + 4] != EOCD_MAGIC || bytes[start + 20..] != [0, 0] {
        return bytes;
    }
    let comment = [ZIP_SIGNATURE, hash(&bytes[..start]).as_bytes()].concat();
    let mut out = bytes;
    let len = u16::try_from(comment.len()).unwrap_or(0).to_le_bytes();
    out[start + 20..].copy_from_slice(&len);
    out.extend_from_slice(&comment);
    out
}

/// Whether `bytes` are a file molnkoll signed and nobody changed since.
pub fn is_signed(bytes: &[u8]) -> bool {
    markdown_signed(bytes) || zip_signed(bytes)
}

fn markdown_signed(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let Some(body) = text.strip_suffix(" -->\n") else {
        return false;
    };
    let Some(at) = body.rfind(MARKDOWN_SIGNATURE) else {
        return false;
    };
    let (signed, signature) = (&body[..at], &body[at + MARKDOWN_SIGNATURE.len()..]);
    signed
        .strip_suffix('\n')
        .is_some_and(|signed| signature == hash(signed.as_bytes()))
}

fn zip_signed(bytes: &[u8]) -> bool {
    let comment_len = ZIP_SIGNATURE.len() + 16;
    let Some(start) = bytes.len().checked_sub(EOCD_LEN + comment_len) else {
        return false;
    };
    let record = &bytes[start..start + EOCD_LEN];
    let comment = &bytes[start + EOCD_LEN..];
    record.starts_with(EOCD_MAGIC)
        && record[20..] == u16::try_from(comment_len).unwrap_or(0).to_le_bytes()
        && comment.starts_with(ZIP_SIGNATURE)
        && comment[ZIP_SIGNATURE.len()..] == *hash(&bytes[..start]).as_bytes()
}

/// What one output is, for the message that says where it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    Report,
    Supplier,
    Actions,
}

impl OutputKind {
    pub const ALL: [OutputKind; 3] = [
        OutputKind::Report,
        OutputKind::Supplier,
        OutputKind::Actions,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            OutputKind::Report => "export-output-report",
            OutputKind::Supplier => "export-output-supplier",
            OutputKind::Actions => "export-output-actions",
        }
    }

    /// The file name's ending after the assessment's name: stable in every language, so
    /// that a second export finds the first.
    fn suffix(self) -> &'static str {
        match self {
            OutputKind::Report => ".md",
            OutputKind::Supplier => ".supplier.md",
            OutputKind::Actions => ".actions.xlsx",
        }
    }
}

/// `DIR/NAME.md`, `DIR/NAME.supplier.md` or `DIR/NAME.actions.xlsx` beside
/// `DIR/NAME.molnkoll.ron`.
pub fn output_path(assessment: &Path, kind: OutputKind) -> PathBuf {
    let name = assessment
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(crate::store::EXTENSION)
        .or_else(|| name.strip_suffix(".ron"))
        .unwrap_or(name);
    assessment.with_file_name(format!("{stem}{}", kind.suffix()))
}

/// Writes `bytes` (signed) to `out` unless a file is there that molnkoll did not write, or
/// that was changed since.
pub fn write_signed(out: &Path, input: &Path, bytes: &[u8]) -> Result<(), UserError> {
    let not_ours = || {
        UserError::new(
            Message::new("error-export-not-ours").with("path", out.display().to_string()),
        )
    };
    match std::fs::read(out) {
        Ok(existing) if !is_signed(&existing) => return Err(not_ours()),
        Ok(_) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(_) => return Err(not_ours()),
    }
    crate::store::write_export(out, input, bytes)
}

/// The bytes of one output, signed.
fn render(
    kind: OutputKind,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    context: &Context,
) -> Result<Vec<u8>, UserError> {
    Ok(match kind {
        OutputKind::Report => sign_markdown(&crate::report::markdown(
            questionnaire,
            assessment,
            localizer,
            context,
        )),
        OutputKind::Supplier => sign_markdown(&crate::supplier::markdown(
            questionnaire,
            assessment,
            localizer,
            &context.date,
        )),
        OutputKind::Actions => {
            let rows = crate::action_plan::open_actions(questionnaire, assessment, localizer);
            let table = crate::action_plan::table(&rows, localizer);
            let sheet = localizer.text("plan-sheet");
            let bytes = crate::action_plan::xlsx(&table, &sheet).map_err(|error| {
                UserError::new(Message::new("error-plan-xlsx").with("reason", error.to_string()))
            })?;
            sign_zip(bytes)
        }
    })
}

/// What `x` did with each output: where it was written, or why not.
pub type Outcome = Vec<(OutputKind, PathBuf, Result<(), UserError>)>;

/// Writes the three outputs beside `file`, each on its own: one that is refused does not
/// stop the others.
pub fn write_all(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    localizer: &Localizer,
    file: &Path,
    context: &Context,
) -> Outcome {
    OutputKind::ALL
        .iter()
        .map(|&kind| {
            let out = output_path(file, kind);
            let result = render(kind, questionnaire, assessment, localizer, context)
                .and_then(|bytes| write_signed(&out, file, &bytes));
            (kind, out, result)
        })
        .collect()
}

/// The outcome as the interview's status line says it: the folder once, then each output
/// by its file name (they stand beside the assessment), and the first refusal, if any, as
/// the error.
pub fn summary(outcome: &Outcome, localizer: &Localizer) -> Result<String, UserError> {
    let dir = outcome
        .first()
        .and_then(|(_, path, _)| path.parent())
        .map(|dir| dir.display().to_string())
        .unwrap_or_default();
    let written: Vec<String> = outcome
        .iter()
        .filter(|(_, _, result)| result.is_ok())
        .map(|(kind, path, _)| {
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            localizer.message(&Message::new(kind.message_id()).with("file", file.into_owned()))
        })
        .collect();
    let written = localizer.message(
        &Message::new("export-outputs-written")
            .with("dir", dir)
            .with("files", written.join(", ")),
    );
    let Some(error) = outcome
        .iter()
        .find_map(|(_, _, result)| result.as_ref().err())
    else {
        return Ok(written);
    };
    if outcome.iter().all(|(_, _, result)| result.is_err()) {
        return Err(error.clone());
    }
    Err(UserError::new(
        Message::new("export-outputs-partly")
            .with("problem", localizer.message(&error.message))
            .with("written", written),
    ))
}
