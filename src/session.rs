//! Starting the interview from the command line: open or create the file, take the lock,
//! wire saving to the store, and run the terminal shell.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use molnkoll::assessment::Assessment;
use molnkoll::commands;
use molnkoll::concurrent::{Incoming, SyncedFile};
use molnkoll::error::UserError;
use molnkoll::export_files;
use molnkoll::i18n::{Localizer, Message};
use molnkoll::interview::Interview;
use molnkoll::questionnaire::Questionnaire;
use molnkoll::store::{self, Lock};
use molnkoll::tui::{self, App, Exporter, Theme};

/// Writes the report, the questions for the supplier and the action plan beside the
/// assessment at the path `locate` gives (none yet: nothing to export beside), never over a
/// file molnkoll did not write.
fn exporter(locate: impl Fn() -> Option<PathBuf> + 'static) -> Exporter {
    Box::new(move |questionnaire, assessment, localizer| {
        let Some(file) = locate() else {
            return Err(UserError::new(Message::new("error-export-unsaved")));
        };
        let context = crate::git::report_context(&file);
        let outcome =
            export_files::write_all(questionnaire, assessment, localizer, &file, &context);
        export_files::summary(&outcome, localizer)
    })
}

/// The interview on an existing assessment file.
pub fn open(
    questionnaire: Questionnaire,
    localizer: Localizer,
    path: &Path,
    projector: bool,
) -> anyhow::Result<()> {
    // Locked before it is read: nothing this session reads can change under it unseen,
    // but for writers that do not know the lock (git), which the saver merges in.
    let lock = Lock::acquire(path)?;
    let assessment = molnkoll::migrate::load_for(path, &questionnaire)?;
    let lang = localizer.lang();
    // A masked number is the more urgent news: the group must look at that answer.
    let warning = commands::masked_numbers(&assessment)
        .or_else(|| commands::title_conflict(&assessment))
        .or_else(|| commands::stale_content(&questionnaire, commands::today()));
    let interview = Interview::new(questionnaire, assessment).with_projector(projector);
    let mut synced = SyncedFile::new(lock.path(), interview.assessment());
    let export_path = path.to_owned();
    let news: Rc<RefCell<Vec<Incoming>>> = Rc::default();
    let saver_news = Rc::clone(&news);
    let saver = Box::new(move |assessment: &Assessment| {
        if let Some(incoming) = synced.save(assessment)? {
            saver_news.borrow_mut().push(incoming);
        }
        Ok(())
    });
    let shown_news = Rc::clone(&news);
    let app = App::new(interview, localizer, Theme::from_env(), saver)
        .with_warning(warning)
        .with_news(Box::new(move || {
            let mut news = shown_news.borrow_mut();
            let last = news.pop().map(|incoming| incoming.message());
            // Shown now; none of them is left to tell after the interview.
            news.clear();
            last
        }))
        .with_exporter(exporter(move || Some(export_path.clone())));
    tui::run(app)?;
    drop(lock);
    tell_what_came_in(&news.borrow(), &Localizer::new(lang, &[]).0);
    Ok(())
}

/// After the interview: what the last saves merged in, which the room could not see.
fn tell_what_came_in(news: &[Incoming], localizer: &Localizer) {
    for incoming in news {
        molnkoll::terminal_safe::eprintln(&localizer.message(&incoming.message()));
    }
}

/// A new assessment in `dir`: the title is asked for first, and the file is created, named
/// after the title, on the first save.
pub fn start_new(
    questionnaire: Questionnaire,
    localizer: Localizer,
    dir: &Path,
    projector: bool,
) -> anyhow::Result<()> {
    // Said before the interview starts, not at its first save.
    if dir.exists() && !dir.is_dir() {
        return Err(UserError::new(
            Message::new("error-not-a-folder").with("path", dir.display().to_string()),
        )
        .into());
    }
    let warning = commands::stale_content(&questionnaire, commands::today());
    let assessment = Assessment::new(&questionnaire, "");
    let interview = Interview::new_untitled(questionnaire, assessment).with_projector(projector);
    let created: Rc<RefCell<Option<(PathBuf, Lock, SyncedFile)>>> = Rc::default();
    let dir = dir.to_owned();
    let saver_state = Rc::clone(&created);
    let saver = Box::new(move |assessment: &Assessment| -> Result<(), UserError> {
        let mut created = saver_state.borrow_mut();
        if let Some((_, _, synced)) = created.as_mut() {
            return synced.save(assessment).map(drop);
        }
        molnkoll::file_guard::create_dir(&dir)?;
        let path = store::new_path(&dir, &assessment.title);
        let lock = Lock::acquire(&path)?;
        store::create(&path, assessment)?;
        let synced = SyncedFile::new(lock.path(), assessment);
        *created = Some((path, lock, synced));
        Ok(())
    });
    let export_state = Rc::clone(&created);
    let app = App::new(interview, localizer, Theme::from_env(), saver)
        .with_warning(warning)
        .with_exporter(exporter(move || {
            export_state
                .borrow()
                .as_ref()
                .map(|(path, _, _)| path.clone())
        }));
    tui::run(app)?;
    if let Some((path, _, _)) = created.borrow().as_ref() {
        molnkoll::terminal_safe::println(&path.display().to_string());
    }
    Ok(())
}
