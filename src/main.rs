//! The command line: parse, dispatch, exit codes. Errors are printed localized, after the
//! terminal is restored, as one sentence with file:line:column where there is one.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use molnkoll::error::UserError;
use molnkoll::i18n::{Lang, Localizer, Message};

mod cli_l10n;
mod exports;
mod git;
mod run;
mod session;

/// Help texts come from Fluent (`cli-*` messages), applied in `cli_l10n::localized_command`.
#[derive(Parser)]
#[command(name = "molnkoll", version)]
pub(crate) struct Cli {
    #[command(flatten)]
    globals: Globals,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The options every command takes.
#[derive(Args, Debug, PartialEq)]
pub(crate) struct Globals {
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
    #[arg(long, global = true, value_name = "PATH")]
    questionnaire: Option<PathBuf>,
    #[arg(long, global = true, env = "MOLNKOLL_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[arg(long, global = true)]
    projector: bool,
    // Also turned on by MOLNKOLL_PLAIN=1 (or yes, true, on).
    #[arg(
        long,
        global = true,
        env = "MOLNKOLL_PLAIN",
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    plain: bool,
    #[arg(long, global = true, value_parser = ["light", "dark"])]
    theme: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum LangArg {
    Sv,
    En,
}

#[derive(Subcommand)]
pub(crate) enum Command {
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
        #[arg(long, conflicts_with = "actions")]
        supplier: bool,
        #[arg(long)]
        actions: bool,
    },
    Show {
        file: PathBuf,
        #[arg(long)]
        textconv: bool,
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
    Completions {
        #[arg(value_enum)]
        shell: ShellArg,
    },
}

/// The shells `completions` writes for.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let lang = language(&args);
    let cli = match cli_l10n::interview_start(&args) {
        Some(globals) => Cli {
            globals,
            command: None,
        },
        None => match parse(&args, lang) {
            Ok(cli) => cli,
            Err(code) => return code,
        },
    };
    molnkoll::tui::theme::choose(cli.globals.theme.as_deref());
    let lang = cli.globals.lang.map_or(lang, |l| match l {
        LangArg::Sv => Lang::Sv,
        LangArg::En => Lang::En,
    });
    let outcome = run::run(cli, lang);
    // A command that ends before its full screen starts (an error, say) may have left the
    // question about the background out, with the terminal in raw mode: its answer is
    // waited for, so that the message below and the shell find the terminal as it was.
    molnkoll::tui::theme::settle();
    match outcome {
        Ok(code) => code,
        Err(error) => {
            let localizer = Localizer::lazy(lang, &[]);
            report_error(&localizer, &error);
            ExitCode::from(1)
        }
    }
}

/// The whole command line. Help texts are localized only when clap has something to print
/// (help, version, a usage error): start-up does not pay for them.
fn parse(args: &[String], lang: Lang) -> Result<Cli, ExitCode> {
    let matches = match cli_l10n::base_command().try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(_) => {
            let ui = Localizer::lazy(lang, &[]);
            return Err(
                match cli_l10n::localized_command(&ui).try_get_matches_from(args) {
                    Err(error) => cli_l10n::report(&ui, &error),
                    Ok(_) => ExitCode::from(2),
                },
            );
        }
    };
    Cli::from_arg_matches(&matches).map_err(|error| {
        let ui = Localizer::lazy(lang, &[]);
        cli_l10n::report(&ui, &error)
    })
}

fn report_error(localizer: &Localizer, error: &anyhow::Error) {
    let text = match error.downcast_ref::<UserError>() {
        Some(user_error) => user_error_text(localizer, user_error),
        None => localizer
            .message(&Message::new("error-unexpected").with("detail", format!("{error:#}"))),
    };
    molnkoll::terminal_safe::eprintln(&format!("molnkoll: {text}"));
}

pub(crate) fn user_error_text(localizer: &Localizer, error: &UserError) -> String {
    let message = localizer.message(&error.message);
    match &error.location {
        Some(location) => format!("{location}: {message}"),
        None => message,
    }
}
