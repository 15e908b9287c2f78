//! The command line: parse, dispatch, exit codes. Errors are printed localized, after the
//! terminal is restored, as one sentence with file:line:column where there is one.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use molnkoll::assessment::Assessment;
use molnkoll::commands::{self, ListRow};
use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Localizer, Message};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource, validate};
use molnkoll::report;
use molnkoll::store;
use molnkoll::{check, diff, merge};

mod git;
mod session;

/// Help texts come from Fluent (`cli-*` messages), applied in `localized_command`.
#[derive(Parser)]
#[command(name = "molnkoll", version)]
struct Cli {
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
    #[arg(long, global = true, value_name = "PATH")]
    questionnaire: Option<PathBuf>,
    #[arg(long, global = true, env = "MOLNKOLL_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[arg(long, global = true)]
    projector: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Sv,
    En,
}

#[derive(Subcommand)]
enum Command {
    New {
        file: Option<PathBuf>,
        #[arg(long)]
        title: Option<String>,
    },
    Validate {
        file: Option<PathBuf>,
    },
    Open {
        file: PathBuf,
    },
    Export {
        file: PathBuf,
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    Show {
        file: PathBuf,
    },
    Diff {
        #[arg(long, value_name = "REV")]
        git: Option<String>,
        #[arg(required = true, num_args = 1..=2, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
    },
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    List,
}

/// The language from `--lang` if given (read before clap, whose help is localized), else
/// from the environment.
fn language(args: &[String]) -> Lang {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(value) = value {
            return Lang::negotiate(&[value]);
        }
    }
    Lang::from_env(|name| std::env::var(name).ok())
}

fn localized_command(localizer: &Localizer) -> clap::Command {
    let localize_args = |mut command: clap::Command, prefix: &str| {
        let ids: Vec<String> = command
            .get_arguments()
            .map(|arg| arg.get_id().to_string())
            .collect();
        for id in ids {
            let key = format!("cli-arg-{}", id.replace('_', "-"));
            if localizer.has(&key) {
                let help = localizer.text(&key);
                command = command.mut_arg(id, |arg| arg.help(help));
            }
        }
        let about = format!("cli-{prefix}");
        if localizer.has(&about) {
            command = command.about(localizer.text(&about));
        }
        command
    };
    let mut command = localize_args(Cli::command(), "about");
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| localize_args(sub, &format!("cmd-{name}")));
    }
    command
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let lang = language(&args);
    let (ui, _) = Localizer::new(lang, &[]);
    let matches = match localized_command(&ui).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => {
            // clap prints help and version itself, with exit code 0, and usage errors with 2.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(2);
        }
    };
    let lang = cli.lang.map_or(lang, |l| match l {
        LangArg::Sv => Lang::Sv,
        LangArg::En => Lang::En,
    });
    match run(cli, lang) {
        Ok(code) => code,
        Err(error) => {
            let (localizer, _) = Localizer::new(lang, &[]);
            report_error(&localizer, &error);
            ExitCode::from(1)
        }
    }
}

fn report_error(localizer: &Localizer, error: &anyhow::Error) {
    let text = match error.downcast_ref::<UserError>() {
        Some(user_error) => user_error_text(localizer, user_error),
        None => localizer
            .message(&Message::new("error-unexpected").with("detail", format!("{error:#}"))),
    };
    eprintln!("molnkoll: {text}");
}

fn user_error_text(localizer: &Localizer, error: &UserError) -> String {
    let message = localizer.message(&error.message);
    match &error.location {
        Some(location) => format!("{location}: {message}"),
        None => message,
    }
}

/// The questionnaire in use, its source (for validation and texts), and a localizer with
/// its texts.
struct Loaded {
    questionnaire: Questionnaire,
    localizer: Localizer,
}

fn load_questionnaire(path: Option<&Path>, lang: Lang) -> anyhow::Result<Loaded> {
    let source = match path {
        Some(path) => QuestionnaireSource::from_path(path)?,
        None => QuestionnaireSource::embedded(),
    };
    let questionnaire = source.parse()?;
    let (localizer, _) = Localizer::new(lang, source.texts(lang));
    Ok(Loaded {
        questionnaire,
        localizer,
    })
}

fn data_dir(cli_dir: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    match cli_dir {
        Some(dir) => Ok(dir),
        None => directories::ProjectDirs::from("se", "molnkoll", "molnkoll")
            .map(|dirs| dirs.data_dir().to_owned())
            .ok_or_else(|| UserError::new(Message::new("error-no-data-dir")).into()),
    }
}

fn run(cli: Cli, lang: Lang) -> anyhow::Result<ExitCode> {
    let questionnaire_path = cli.questionnaire.as_deref();
    match cli.command {
        Some(Command::Validate { file }) => {
            let path = file.as_deref().or(questionnaire_path);
            run_validate(path, lang)
        }
        Some(Command::New { file, title }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let title = title.unwrap_or_else(|| loaded.localizer.text("default-title"));
            let path = match file {
                Some(file) => file,
                None => {
                    let dir = data_dir(cli.data_dir)?;
                    std::fs::create_dir_all(&dir).with_context(|| dir.display().to_string())?;
                    store::new_path(&dir, &title)
                }
            };
            store::create(&path, &Assessment::new(&loaded.questionnaire, title))?;
            println!("{}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Show { file }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let assessment = store::load(&file)?;
            print!("{}", commands::show(&assessment, &loaded.questionnaire));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Diff { git, files }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let (old, new) = match (git, files.as_slice()) {
                (Some(rev), [file]) => {
                    let text = git::show_at(&rev, file)?;
                    let label = PathBuf::from(format!("{rev}:{}", file.display()));
                    (store::parse(&label, text)?, store::load(file)?)
                }
                (None, [old, new]) => (store::load(old)?, store::load(new)?),
                _ => {
                    let message = loaded.localizer.text("cli-diff-usage");
                    localized_command(&loaded.localizer)
                        .error(clap::error::ErrorKind::WrongNumberOfValues, message)
                        .exit()
                }
            };
            let result = diff::diff(&loaded.questionnaire, &old, &new);
            print!(
                "{}",
                diff::render(&result, &loaded.questionnaire, &loaded.localizer)
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Merge { base, ours, theirs }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let merged = merge::merge(
                &store::load(&base)?,
                &store::load(&ours)?,
                &store::load(&theirs)?,
            )?;
            store::save(&ours, &merged.assessment)?;
            if merged.conflicts.is_empty() {
                return Ok(ExitCode::SUCCESS);
            }
            let message = Message::new("merge-conflicts")
                .with("count", merged.conflicts.len())
                .with("ids", merged.conflicts.join(", "));
            eprintln!("molnkoll: {}", loaded.localizer.message(&message));
            Ok(ExitCode::from(1))
        }
        Some(Command::Check { files }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            run_check(&loaded, &files)
        }
        Some(Command::List) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let dir = data_dir(cli.data_dir)?;
            run_list(&loaded, &dir)
        }
        Some(Command::Export { file, output }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let assessment = store::load(&file)?;
            let text = report::markdown(
                &loaded.questionnaire,
                &assessment,
                &loaded.localizer,
                &git::report_context(&file),
            );
            match output {
                Some(out) => {
                    std::fs::write(&out, text).map_err(|error| {
                        UserError::new(
                            Message::new("error-save")
                                .with("path", out.display().to_string())
                                .with("reason", error.to_string()),
                        )
                    })?;
                    eprintln!(
                        "{}",
                        loaded.localizer.message(
                            &Message::new("export-written").with("path", out.display().to_string())
                        )
                    );
                }
                None => print!("{text}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Open { file }) => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            session::open(loaded.questionnaire, loaded.localizer, &file, cli.projector)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let loaded = load_questionnaire(questionnaire_path, lang)?;
            let dir = data_dir(cli.data_dir)?;
            match store::most_recent(&dir) {
                Some(file) => {
                    session::open(loaded.questionnaire, loaded.localizer, &file, cli.projector)?
                }
                None => {
                    session::start_new(loaded.questionnaire, loaded.localizer, &dir, cli.projector)?
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run_validate(path: Option<&Path>, lang: Lang) -> anyhow::Result<ExitCode> {
    let (localizer, _) = Localizer::new(lang, &[]);
    let source = match path {
        Some(path) => QuestionnaireSource::from_path(path)?,
        None => QuestionnaireSource::embedded(),
    };
    let file = source.ron.path.display().to_string();
    let questionnaire = source.parse()?;
    let problems = validate(&questionnaire, &source);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for problem in &problems {
        writeln!(out, "{}", user_error_text(&localizer, problem))?;
    }
    if let Some(warning) = commands::stale_content(&questionnaire, commands::today()) {
        writeln!(out, "{}", localizer.message(&warning))?;
    }
    let summary = Message::new("validate-summary")
        .with("file", file)
        .with("count", problems.len());
    writeln!(out, "{}", localizer.message(&summary))?;
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
        let assessment = match store::load(file) {
            Ok(assessment) => assessment,
            Err(error) => {
                println!("{}", user_error_text(localizer, &error));
                clean = false;
                continue;
            }
        };
        let issues = check::check(&loaded.questionnaire, &assessment, commands::today());
        for issue in &issues {
            let text = check::describe(issue, &loaded.questionnaire, localizer);
            println!("{}: {text}", file.display());
        }
        let summary = Message::new("check-summary")
            .with("file", file.display().to_string())
            .with("count", issues.len());
        println!("{}", localizer.message(&summary));
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
            Ok(assessment) => rows.push(ListRow {
                progress: commands::progress(&loaded.questionnaire, &assessment),
                title: assessment.title,
                path,
            }),
            // One unreadable file must not hide the others.
            Err(error) => eprintln!("molnkoll: {}", user_error_text(localizer, &error)),
        }
    }
    if rows.is_empty() {
        println!(
            "{}",
            localizer.message(&Message::new("list-empty").with("dir", dir.display().to_string()))
        );
    }
    for row in rows {
        let line = Message::new("list-row")
            .with("title", row.title)
            .with("answered", row.progress.answered)
            .with("visible", row.progress.visible)
            .with("path", row.path.display().to_string());
        println!("{}", localizer.message(&line));
    }
    Ok(ExitCode::SUCCESS)
}
