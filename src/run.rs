//! Carrying out each command: load what it needs, do it, print, choose the exit code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap_complete::{Shell, generate};

use molnkoll::assessment::Assessment;
use molnkoll::commands::{self, ListRow};
use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Localizer, Message};
use molnkoll::questionnaire::{self, Questionnaire, QuestionnaireSource, validate};
use molnkoll::report;
use molnkoll::store;
use molnkoll::{check, diff, merge, migrate};

use crate::cli_l10n::{exit_with_usage_error, localized_command};
use crate::{Cli, Command, ShellArg, git, session, user_error_text};

/// The questionnaire in use, its source (for validation and texts), and a localizer with
/// its texts.
struct Loaded {
    questionnaire: Questionnaire,
    localizer: Localizer,
}

fn load_questionnaire(path: Option<&Path>, lang: Lang) -> anyhow::Result<Loaded> {
    let (questionnaire, localizer) = match path {
        Some(path) => {
            let source = QuestionnaireSource::from_path(path)?;
            let questionnaire = source.parse()?;
            (questionnaire, Localizer::lazy(lang, source.texts(lang)))
        }
        None => {
            // Only the texts, not a copy of the RON it does not read.
            let texts = QuestionnaireSource::embedded_texts(lang);
            let localizer = Localizer::lazy(lang, &texts);
            (questionnaire::embedded()?, localizer)
        }
    };
    Ok(Loaded {
        questionnaire,
        localizer,
    })
}

/// The full screen asks the terminal for its background colour, which takes a round trip
/// to the terminal; asked now, on a thread of its own, the answer comes back while the
/// questionnaire, the lock and the assessment are read. Only where the full screen will
/// run: a pipe is never sent the question.
fn ask_background_early(shell: session::Shell) {
    let on_terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    if matches!(shell, session::Shell::Screen { .. }) && on_terminal {
        molnkoll::tui::theme::ask_in_background();
    }
}

fn data_dir(cli_dir: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    match cli_dir {
        Some(dir) => Ok(dir),
        None => directories::ProjectDirs::from("se", "molnkoll", "molnkoll")
            .map(|dirs| dirs.data_dir().to_owned())
            .ok_or_else(|| UserError::new(Message::new("error-no-data-dir")).into()),
    }
}

pub fn run(cli: Cli, lang: Lang) -> anyhow::Result<ExitCode> {
    let questionnaire_path = cli.globals.questionnaire.as_deref();
    match cli.command {
        Some(Command::Validate { file }) => {
            let path = file.as_deref().or(questionnaire_path);
            run_validate(path, lang)
        }
        Some(Command::New { file, title }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let title = title.unwrap_or_else(|| loaded.localizer.text("default-title"));
            commands::check_title(&title)?;
            let path = match file {
                Some(file) => file,
                None => {
                    let dir = data_dir(cli.globals.data_dir)?;
                    molnkoll::file_guard::create_dir(&dir)?;
                    store::new_path(&dir, &title)
                }
            };
            store::Lock::check_free(&path)?;
            store::create(&path, &Assessment::new(&loaded.questionnaire, title))?;
            molnkoll::terminal_safe::println(&path.display().to_string());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Show { file, textconv }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let text = match store::load(&file) {
                Ok(assessment) => commands::show(&assessment, &loaded.questionnaire),
                // git log -p must never abort on one historic version that does not parse.
                Err(error) if textconv => commands::show_unreadable(
                    &user_error_text(&loaded.localizer, &error),
                    molnkoll::file_guard::read_lossy(&file).as_deref(),
                ),
                Err(error) => return Err(error.into()),
            };
            molnkoll::terminal_safe::print(&text);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Diff { git, files }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let (old, new) = match (git, files.as_slice()) {
                (Some(rev), [file]) => {
                    let text = git::show_at(&rev, file)?;
                    let label = PathBuf::from(format!("{rev}:{}", file.display()));
                    let mut old = store::parse(&label, text)?;
                    migrate::ensure_questionnaire(&label, &old, &loaded.questionnaire)?;
                    migrate::follow_renames(&mut old, &loaded.questionnaire);
                    (old, migrate::load_for(file, &loaded.questionnaire)?)
                }
                (None, [old, new]) => (
                    migrate::load_for(old, &loaded.questionnaire)?,
                    migrate::load_for(new, &loaded.questionnaire)?,
                ),
                _ => exit_with_usage_error(
                    &loaded.localizer,
                    &loaded.localizer.text("cli-diff-usage"),
                    "diff",
                ),
            };
            let result = diff::diff(&loaded.questionnaire, &old, &new);
            molnkoll::terminal_safe::print(&diff::render(
                &result,
                &loaded.questionnaire,
                &loaded.localizer,
            ));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Merge { base, ours, theirs }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let (base, our, their) = merge::load_sides(&base, &ours, &theirs, &loaded.localizer)?;
            let merged = merge::merge(&base, &our, &their)?;
            store::Lock::check_free(&ours)?;
            store::save(&ours, &merged.assessment)?;
            if merged.conflicts.is_empty() {
                return Ok(ExitCode::SUCCESS);
            }
            let message = Message::new("merge-conflicts")
                .with("count", merged.conflicts.len())
                .with("ids", merged.conflicts.join(", "));
            molnkoll::terminal_safe::eprintln(&format!(
                "molnkoll: {}",
                loaded.localizer.message(&message)
            ));
            Ok(ExitCode::from(1))
        }
        Some(Command::Check { files }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            run_check(&loaded, &files)
        }
        Some(Command::List) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let dir = data_dir(cli.globals.data_dir)?;
            run_list(&loaded, &dir)
        }
        Some(Command::Export {
            file,
            output,
            supplier,
            actions,
        }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let assessment = migrate::load_for(&file, &loaded.questionnaire)?;
            let (questionnaire, localizer) = (&loaded.questionnaire, &loaded.localizer);
            if actions {
                return crate::exports::actions(
                    questionnaire,
                    &assessment,
                    localizer,
                    &file,
                    output,
                );
            }
            if supplier {
                return crate::exports::supplier(
                    questionnaire,
                    &assessment,
                    localizer,
                    &file,
                    output,
                );
            }
            let text = report::markdown(
                &loaded.questionnaire,
                &assessment,
                &loaded.localizer,
                &git::report_context(&file),
            );
            match output {
                Some(out) => {
                    store::write_report(&out, &file, &text)?;
                    molnkoll::terminal_safe::eprintln(&loaded.localizer.message(
                        &Message::new("export-written").with("path", out.display().to_string()),
                    ));
                }
                None => molnkoll::terminal_safe::print(&text),
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Completions { shell }) => {
            let localizer = Localizer::lazy(lang, &[]);
            let mut command = localized_command(&localizer);
            let mut out = std::io::stdout().lock();
            let name = "molnkoll";
            match shell {
                ShellArg::Bash => generate(Shell::Bash, &mut command, name, &mut out),
                ShellArg::Zsh => generate(Shell::Zsh, &mut command, name, &mut out),
                ShellArg::Fish => generate(Shell::Fish, &mut command, name, &mut out),
                ShellArg::Powershell => generate(Shell::PowerShell, &mut command, name, &mut out),
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Open { file }) => {
            let shell = session::Shell::choose(cli.globals.plain, cli.globals.projector, true);
            ask_background_early(shell);
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            session::open(loaded.questionnaire, loaded.localizer, &file, shell)
        }
        None if cli.globals.plain => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let dir = data_dir(cli.globals.data_dir)?;
            let pick = molnkoll::plain::start::pick(
                &loaded.questionnaire,
                &loaded.localizer,
                &dir,
                std::io::stdin().lock(),
                std::io::stdout().lock(),
                !std::io::IsTerminal::is_terminal(&std::io::stdin()),
            )?;
            let shell = session::Shell::Plain { automatic: false };
            match pick {
                molnkoll::plain::start::Pick::Open(file) => {
                    session::open(loaded.questionnaire, loaded.localizer, &file, shell)
                }
                molnkoll::plain::start::Pick::New => {
                    session::start_new(loaded.questionnaire, loaded.localizer, &dir, shell)
                }
                molnkoll::plain::start::Pick::Quit => Ok(ExitCode::SUCCESS),
            }
        }
        None => {
            let shell = session::Shell::Screen {
                projector: cli.globals.projector,
            };
            ask_background_early(shell);
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let dir = data_dir(cli.globals.data_dir)?;
            // More than one assessment: the start screen asks which (issue 13).
            match molnkoll::tui::start::pick(&loaded.questionnaire, &loaded.localizer, &dir)? {
                molnkoll::tui::start::Pick::Open(file) => {
                    session::open(loaded.questionnaire, loaded.localizer, &file, shell)
                }
                molnkoll::tui::start::Pick::New => {
                    session::start_new(loaded.questionnaire, loaded.localizer, &dir, shell)
                }
                molnkoll::tui::start::Pick::Quit => Ok(ExitCode::SUCCESS),
            }
        }
    }
}

fn run_validate(path: Option<&Path>, lang: Lang) -> anyhow::Result<ExitCode> {
    let localizer = Localizer::lazy(lang, &[]);
    let source = match path {
        Some(path) => QuestionnaireSource::from_path(path)?,
        None => QuestionnaireSource::embedded(),
    };
    let file = source.ron.path.display().to_string();
    let questionnaire = source.parse()?;
    // validate() refuses control characters in the RON and Fluent texts itself.
    let problems = validate(&questionnaire, &source);
    for problem in &problems {
        molnkoll::terminal_safe::println(&user_error_text(&localizer, problem));
    }
    // Unused texts are warnings: listed, but the questionnaire still passes.
    for warning in questionnaire::warnings(&questionnaire, &source) {
        let text = user_error_text(&localizer, &warning);
        let line = localizer.message(&Message::new("validate-warning").with("text", text));
        molnkoll::terminal_safe::println(&line);
    }
    if let Some(warning) = commands::stale_content(&questionnaire, commands::today()) {
        molnkoll::terminal_safe::println(&localizer.message(&warning));
    }
    let summary = Message::new("validate-summary")
        .with("file", file)
        .with("count", problems.len());
    molnkoll::terminal_safe::println(&localizer.message(&summary));
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn run_check(loaded: &Loaded, files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let localizer = &loaded.localizer;
    let mut clean = true;
    for file in files {
        let assessment = match migrate::load_for(file, &loaded.questionnaire) {
            Ok(assessment) => assessment,
            Err(error) => {
                molnkoll::terminal_safe::println(&user_error_text(localizer, &error));
                clean = false;
                continue;
            }
        };
        let issues = check::check(&loaded.questionnaire, &assessment, commands::today());
        for issue in &issues {
            let text = check::describe(issue, &loaded.questionnaire, &assessment, localizer);
            molnkoll::terminal_safe::println(&format!("{}: {text}", file.display()));
        }
        let summary = Message::new("check-summary")
            .with("file", file.display().to_string())
            .with("count", issues.len());
        molnkoll::terminal_safe::println(&localizer.message(&summary));
        clean &= issues.is_empty();
    }
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn run_list(loaded: &Loaded, dir: &Path) -> anyhow::Result<ExitCode> {
    let localizer = &loaded.localizer;
    let mut rows = Vec::new();
    for path in store::assessments_in(dir) {
        match store::load(&path) {
            Ok(assessment) => rows.push(ListRow::new(&loaded.questionnaire, path, assessment)),
            // One unreadable file must not hide the others.
            Err(error) => molnkoll::terminal_safe::eprintln(&format!(
                "molnkoll: {}",
                user_error_text(localizer, &error)
            )),
        }
    }
    if rows.is_empty() {
        molnkoll::terminal_safe::println(
            &localizer.message(&Message::new("list-empty").with("dir", dir.display().to_string())),
        );
    }
    for row in rows {
        let line = Message::new("list-row")
            .with("title", row.title)
            .with("answered", row.progress.answered)
            .with("visible", row.progress.visible)
            .with("high", row.high)
            .with("changed", row.changed)
            .with("path", row.path.display().to_string());
        molnkoll::terminal_safe::println(&localizer.message(&line));
    }
    Ok(ExitCode::SUCCESS)
}
