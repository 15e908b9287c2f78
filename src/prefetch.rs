//! The embedded questionnaire, loaded on a second thread from the first moment of the
//! process.
//!
//! Parsing its RON was the longest single step before the first frame (about 2.5 ms of a
//! cold start, against 0.6 ms for clap and a few tenths for the lock, the assessment and
//! the terminal's background). It is now decoded from JSON compiled at build time (about a
//! quarter of that), and still started before clap, so it runs beside all of those.

use std::sync::Mutex;
use std::thread::JoinHandle;

use molnkoll::error::UserError;
use molnkoll::questionnaire::{self, Questionnaire};

type Parsed = Result<Questionnaire, UserError>;

static EMBEDDED: Mutex<Option<JoinHandle<Parsed>>> = Mutex::new(None);

/// Starts loading the embedded questionnaire, unless `--questionnaire` names another: a
/// start-up that does not use it only spends the other core on it.
pub fn start(args: &[String]) {
    let other = args
        .iter()
        .any(|arg| arg == "--questionnaire" || arg.starts_with("--questionnaire="));
    if other {
        return;
    }
    let spawned = std::thread::Builder::new()
        .name("parse-questionnaire".into())
        .spawn(questionnaire::embedded);
    if let (Ok(handle), Ok(mut slot)) = (spawned, EMBEDDED.lock()) {
        *slot = Some(handle);
    }
}

/// The embedded questionnaire: the one loaded in the background if it was started, else
/// loaded now.
pub fn embedded() -> Parsed {
    let handle = EMBEDDED.lock().ok().and_then(|mut slot| slot.take());
    match handle.map(JoinHandle::join) {
        Some(Ok(parsed)) => parsed,
        // Not started, or the thread failed: the same work here gives the same answer or
        // the same error.
        _ => questionnaire::embedded(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use molnkoll::questionnaire::QuestionnaireSource;

    #[test]
    fn the_prefetched_questionnaire_is_the_one_parsed_directly() {
        let direct = QuestionnaireSource::embedded().parse().unwrap();
        start(&["molnkoll".to_owned()]);
        assert_eq!(embedded().unwrap(), direct);
        // Taken once; a second call loads again and still agrees.
        assert_eq!(embedded().unwrap(), direct);
        start(&["molnkoll".to_owned(), "--questionnaire=x.ron".to_owned()]);
        assert!(
            EMBEDDED.lock().unwrap().is_none(),
            "not started for another questionnaire"
        );
    }
}
