//! Starting the interview from the command line: open or create the file, take the lock,
//! wire saving to the store, and run the shell: the full screen or `--plain`.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use molnkoll::assessment::Assessment;
use molnkoll::commands;
use molnkoll::concurrent::{Incoming, SyncedFile};
use molnkoll::error::UserError;
use molnkoll::export_files;
use molnkoll::i18n::{Localizer, Message};
use molnkoll::interview::Interview;
use molnkoll::plain::{Outcome, Plain};
use molnkoll::questionnaire::Questionnaire;
use molnkoll::shell::{Edges, News, Saver};
use molnkoll::store::{self, Lock};
use molnkoll::tui::{self, App, Exporter, Theme};

/// Which shell runs the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Screen {
        projector: bool,
    },
    /// Lines on standard input and output (`--plain`); `automatic` when chosen because
    /// there is no terminal, which is said once the interview starts.
    Plain {
        automatic: bool,
    },
}

impl Shell {
    /// `--plain` (or MOLNKOLL_PLAIN) when asked for; for `open` also, with a note, when
    /// standard input or output is not a terminal, where the full screen cannot run.
    pub fn choose(plain: bool, projector: bool, automatic: bool) -> Shell {
        if plain {
            return Shell::Plain { automatic: false };
        }
        if automatic && !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
            return Shell::Plain { automatic: true };
        }
        Shell::Screen { projector }
    }
}

/// Runs the interview in `shell`, saving through `saver`, until the group quits.
fn run_shell(
    shell: Shell,
    interview: Interview,
    localizer: Localizer,
    saver: Saver,
    news: Option<News>,
    exporter: Exporter,
    warning: Option<Message>,
) -> anyhow::Result<ExitCode> {
    match shell {
        Shell::Screen { projector } => {
            let interview = interview.with_projector(projector);
            let mut app = App::new(interview, localizer, Theme::from_env(), saver)
                .with_warning(warning)
                .with_exporter(exporter);
            if let Some(news) = news {
                app = app.with_news(news);
            }
            tui::run(app)?;
            Ok(ExitCode::SUCCESS)
        }
        Shell::Plain { automatic } => {
            // Said here, once the file is open: a file that cannot be opened gets its one
            // sentence and nothing else.
            if automatic {
                molnkoll::terminal_safe::eprintln(&format!(
                    "molnkoll: {}",
                    localizer.text("plain-auto")
                ));
            }
            let mut edges = Edges::new(saver).with_exporter(exporter);
            if let Some(news) = news {
                edges = edges.with_news(news);
            }
            let script = !std::io::stdin().is_terminal();
            let plain = Plain::new(
                interview,
                localizer,
                edges,
                std::io::stdin().lock(),
                std::io::stdout().lock(),
                script,
            )
            .with_warning(warning);
            match plain.run() {
                Ok(Outcome::Stopped(reason)) => {
                    molnkoll::terminal_safe::eprintln(&format!("molnkoll: {reason}"));
                    Ok(ExitCode::from(1))
                }
                // A closed output is the reader gone: everything is saved.
                Ok(Outcome::Done) | Err(_) => Ok(ExitCode::SUCCESS),
            }
        }
    }
}

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
    shell: Shell,
) -> anyhow::Result<ExitCode> {
    // Locked before it is read: nothing this session reads can change under it unseen,
    // but for writers that do not know the lock (git), which the saver merges in.
    let lock = Lock::acquire(path)?;
    let assessment = molnkoll::migrate::load_for(path, &questionnaire)?;
    let lang = localizer.lang();
    // A masked number is the more urgent news: the group must look at that answer.
    let warning = commands::masked_numbers(&assessment)
        .or_else(|| commands::title_conflict(&assessment))
        .or_else(|| commands::stale_content(&questionnaire, commands::today()));
    let interview = Interview::new(questionnaire, assessment);
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
    let code = run_shell(
        shell,
        interview,
        localizer,
        saver,
        Some(Box::new(move || {
            let mut news = shown_news.borrow_mut();
            let last = news.pop().map(|incoming| incoming.message());
            // Shown now; none of them is left to tell after the interview.
            news.clear();
            last
        })),
        exporter(move || Some(export_path.clone())),
        warning,
    )?;
    drop(lock);
    tell_what_came_in(&news.borrow(), &Localizer::lazy(lang, &[]));
    Ok(code)
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
    shell: Shell,
) -> anyhow::Result<ExitCode> {
    // Said before the interview starts, not at its first save.
    if dir.exists() && !dir.is_dir() {
        return Err(UserError::new(
            Message::new("error-not-a-folder").with("path", dir.display().to_string()),
        )
        .into());
    }
    let warning = commands::stale_content(&questionnaire, commands::today());
    let assessment = Assessment::new(&questionnaire, "");
    let interview = Interview::new_untitled(questionnaire, assessment);
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
    let code = run_shell(
        shell,
        interview,
        localizer,
        saver,
        None,
        exporter(move || {
            export_state
                .borrow()
                .as_ref()
                .map(|(path, _, _)| path.clone())
        }),
        warning,
    )?;
    if let Some((path, _, _)) = created.borrow().as_ref() {
        molnkoll::terminal_safe::println(&path.display().to_string());
    }
    Ok(code)
}
