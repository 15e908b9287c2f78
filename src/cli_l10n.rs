//! clap's own texts in the user's language: help headings, the usage line, the help and
//! version flags, value names, and usage errors, all from Fluent (`cli-*` messages).
//!
//! clap writes "Usage:", "Options:", "Print help" and its error sentences in English and has
//! no hook to translate them. So the built-in help and version flags are replaced by our own
//! with localized help, every heading is set explicitly, the usage line is rendered once and
//! given back with its placeholders translated, and usage errors are written here from the
//! error's kind and context instead of by clap.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Args, CommandFactory, FromArgMatches};

use molnkoll::i18n::{Localizer, Message};

use crate::{Cli, Globals};

/// The options alone, when that is all the command line holds: the interview's start
/// (`molnkoll --lang sv`, say). It is read without building the derived command's ten
/// subcommands, which clap does on every parse and which was most of its part in start-up.
/// Anything else, a command, `--help`, `--version` or a mistake, gives None: the whole
/// command then reads the line, so the result is always the one it gives.
pub fn interview_start(args: &[String]) -> Option<Globals> {
    let options = Globals::augment_args(clap::Command::new("molnkoll"))
        .disable_help_flag(true)
        .disable_version_flag(true);
    let matches = options.try_get_matches_from(args).ok()?;
    Globals::from_arg_matches(&matches).ok()
}

/// The command as parsed on every start: the derived one with our help and version flags.
/// Texts are not localized here, so that start-up does not pay for them.
pub fn base_command() -> clap::Command {
    let mut command = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| sub.disable_help_flag(true));
    }
    command
}

/// The command with every text clap prints taken from Fluent.
pub fn localized_command(localizer: &Localizer) -> clap::Command {
    let mut command = localize(base_command(), localizer, "about")
        .subcommand_help_heading(localizer.text("cli-heading-commands"))
        .subcommand_value_name(localizer.text("cli-value-command"));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in &names {
        command =
            command.mut_subcommand(name, |sub| localize(sub, localizer, &format!("cmd-{name}")));
    }
    // The usage lines exist only once clap has built the command (global flags propagated,
    // the program's name in front of each subcommand's).
    let mut built = command.clone();
    built.build();
    command = command.override_usage(usage_line(&mut built, localizer));
    for name in &names {
        let Some(sub) = built.find_subcommand_mut(name) else {
            continue;
        };
        let usage = usage_line(sub, localizer);
        command = command.mut_subcommand(name, |sub| sub.override_usage(usage));
    }
    command
}

/// The help of one command and its own arguments, all under localized headings.
fn localize(mut command: clap::Command, localizer: &Localizer, about: &str) -> clap::Command {
    let options = localizer.text("cli-heading-options");
    let positionals = localizer.text("cli-heading-arguments");
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        let key = id.replace('_', "-");
        command = command.mut_arg(&id, |arg| {
            // A command may say more of an argument it shares with others (`validate`'s FILE
            // is a questionnaire, not an assessment).
            let specific = format!("cli-arg-{}-{key}", about.trim_start_matches("cmd-"));
            let mut help = match localizer.has(&specific) {
                true => localizer.text(&specific),
                false => localizer.text(&format!("cli-arg-{key}")),
            };
            // clap's "[env: ...]" and "[possible values: ...]" are English: the first is
            // said here, the second is in each such argument's own help text.
            if let Some(env) = arg.get_env() {
                let name = env.to_string_lossy().into_owned();
                help = format!(
                    "{help} {}",
                    localizer.message(&Message::new("cli-env").with("name", name))
                );
            }
            let heading = if arg.is_positional() {
                &positionals
            } else {
                &options
            };
            let takes_value = arg.get_action().takes_values();
            let mut arg = arg
                .help(help)
                .help_heading(heading.clone())
                .hide_env(true)
                .hide_possible_values(takes_value);
            let value = format!("cli-value-{key}");
            if localizer.has(&value) {
                arg = arg.value_name(localizer.text(&value));
            }
            arg
        });
    }
    let about = format!("cli-{about}");
    if localizer.has(&about) {
        command = command.about(localizer.text(&about));
    }
    command.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        localizer.text("cli-heading-usage")
    ))
}

/// clap's usage line of a built command, without its English title and with its English
/// placeholder translated.
fn usage_line(command: &mut clap::Command, localizer: &Localizer) -> String {
    let usage = command.render_usage().to_string();
    let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
    usage.replace("[OPTIONS]", &localizer.text("cli-value-options"))
}

/// Prints what clap stopped at (help, version or a usage error) and says how to exit:
/// 0 for help and version, 2 for a usage error.
pub fn report(localizer: &Localizer, error: &clap::Error) -> ExitCode {
    match error.kind() {
        // Already in the user's language: the localized command rendered them.
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
        }
        _ => {
            eprint!("{}", usage_error_text(localizer, error));
            ExitCode::from(2)
        }
    }
}

/// A usage error of our own in `subcommand` (not found by clap), shown like clap's.
pub fn exit_with_usage_error(localizer: &Localizer, sentence: &str, subcommand: &str) -> ! {
    let usage = localized_command(localizer)
        .find_subcommand(subcommand)
        .and_then(clap::Command::get_overridden_usage)
        .map(ToString::to_string)
        .unwrap_or_default();
    eprint!("{}", usage_error_layout(localizer, sentence, &usage));
    std::process::exit(2)
}

/// The whole text of a usage error: the sentence, the usage line, where to read more.
pub fn usage_error_text(localizer: &Localizer, error: &clap::Error) -> String {
    let usage = match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => {
            let usage = usage.to_string();
            usage
                .strip_prefix("Usage:")
                .unwrap_or(&usage)
                .trim()
                .to_owned()
        }
        _ => String::new(),
    };
    usage_error_layout(localizer, &sentence(localizer, error), &usage)
}

fn usage_error_layout(localizer: &Localizer, sentence: &str, usage: &str) -> String {
    let mut text = format!("molnkoll: {sentence}\n");
    if !usage.is_empty() {
        text.push_str(&format!(
            "\n{} {usage}\n",
            localizer.text("cli-heading-usage")
        ));
        // The help of the command the usage is of: its first two words are the program
        // and, if any, the subcommand.
        let command = usage
            .split_whitespace()
            .take_while(|word| !word.starts_with(['[', '<', '-']))
            .collect::<Vec<_>>()
            .join(" ");
        let more = Message::new("cli-error-more").with("command", command);
        text.push_str(&format!("\n{}\n", localizer.message(&more)));
    }
    text
}

fn text_of(value: Option<&ContextValue>) -> Option<String> {
    match value? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::Strings(texts) => Some(texts.join(", ")),
        ContextValue::StyledStr(text) => Some(text.to_string()),
        ContextValue::StyledStrs(texts) => Some(
            texts
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// The error as one localized sentence (and a suggestion, when clap has one).
fn sentence(localizer: &Localizer, error: &clap::Error) -> String {
    let get = |kind| text_of(error.get(kind)).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let message = match error.kind() {
        ErrorKind::UnknownArgument => Message::new("cli-error-unknown-argument").with("arg", arg),
        ErrorKind::InvalidSubcommand => Message::new("cli-error-unknown-command")
            .with("command", get(ContextKind::InvalidSubcommand)),
        ErrorKind::InvalidValue => Message::new("cli-error-invalid-value")
            .with("value", get(ContextKind::InvalidValue))
            .with("arg", arg)
            .with("valid", get(ContextKind::ValidValue)),
        ErrorKind::MissingRequiredArgument => {
            Message::new("cli-error-missing-argument").with("arg", arg)
        }
        ErrorKind::MissingSubcommand => Message::new("cli-error-missing-command"),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Message::new("cli-error-wrong-number").with("arg", arg)
        }
        ErrorKind::ArgumentConflict => Message::new("cli-error-conflict")
            .with("arg", arg)
            .with("other", get(ContextKind::PriorArg)),
        ErrorKind::NoEquals => Message::new("cli-error-no-equals").with("arg", arg),
        ErrorKind::InvalidUtf8 => Message::new("cli-error-invalid-utf8"),
        _ => Message::new("cli-error-usage"),
    };
    let mut text = localizer.message(&message);
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|kind| text_of(error.get(kind)));
    if let Some(suggestion) = suggestion {
        let tip = Message::new("cli-error-suggestion").with("suggestion", suggestion);
        text.push_str(&format!(" {}", localizer.message(&tip)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(words: &[&str]) -> Vec<String> {
        words.iter().map(|word| (*word).to_owned()).collect()
    }

    /// What the whole command reads: the options, and whether a command was given.
    fn whole(args: &[String]) -> Option<(Globals, bool)> {
        let matches = base_command().try_get_matches_from(args).ok()?;
        let cli = Cli::from_arg_matches(&matches).ok()?;
        Some((cli.globals, cli.command.is_some()))
    }

    #[test]
    fn the_options_alone_read_as_the_whole_command_reads_them() {
        let lines: &[&[&str]] = &[
            &["molnkoll"],
            &["molnkoll", "--lang", "sv"],
            &[
                "molnkoll",
                "--lang=en",
                "--data-dir",
                "/tmp/x",
                "--projector",
            ],
            &["molnkoll", "--plain"],
            &["molnkoll", "--theme", "light", "--questionnaire", "q.ron"],
            &["molnkoll", "--"],
            // Not the interview's start: left to the whole command.
            &["molnkoll", "open", "f.ron"],
            &["molnkoll", "--projector", "new"],
            &["molnkoll", "list", "--lang", "sv"],
            &["molnkoll", "--help"],
            &["molnkoll", "-V"],
            &["molnkoll", "--lang", "xx"],
            &["molnkoll", "--theme", "blue"],
            &["molnkoll", "--data-dir"],
        ];
        let mut starts = 0;
        for words in lines {
            let args = line(words);
            match interview_start(&args) {
                Some(globals) => {
                    starts += 1;
                    assert_eq!(whole(&args), Some((globals, false)), "{words:?}");
                }
                None => assert!(
                    whole(&args).is_none_or(|(_, command)| command),
                    "{words:?} starts the interview but was left to the whole command"
                ),
            }
        }
        assert_eq!(starts, 6, "the first six lines start the interview");
    }
}
