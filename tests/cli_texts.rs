//! The command line's own texts (help, usage, usage errors), which clap writes in English,
//! come out in the user's language; and shell completions.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn molnkoll(home: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_molnkoll"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("MOLNKOLL_DATA_DIR")
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .current_dir(home)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    Run {
        code: output.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

/// Words clap prints on its own, in English; none may appear in the Swedish texts.
const CLAP_ENGLISH: [&str; 27] = [
    "usage",
    "options",
    "option",
    "print",
    "help",
    "version",
    "error",
    "unexpected",
    "argument",
    "arguments",
    "found",
    "commands",
    "command",
    "subcommand",
    "possible",
    "values",
    "value",
    "tip",
    "try",
    "information",
    "required",
    "invalid",
    "missing",
    "env",
    "file",
    "path",
    "title",
];

/// The English words of `CLAP_ENGLISH` in `text`. Flags (`--help`) are names, not words.
fn english_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|token| !token.starts_with('-'))
        .flat_map(|token| token.split(|c: char| !c.is_alphabetic()))
        .map(str::to_lowercase)
        .filter(|word| CLAP_ENGLISH.contains(&word.as_str()))
        .collect()
}

/// The three texts of the issue: the help, a subcommand's help and a usage error.
fn texts(lang: &str) -> [(String, Run); 3] {
    let home = tempfile::tempdir().expect("temp dir");
    let h = home.path();
    [
        ("help", molnkoll(h, &["--lang", lang, "--help"])),
        (
            "export-help",
            molnkoll(h, &["--lang", lang, "export", "--help"]),
        ),
        (
            "usage-error",
            molnkoll(h, &["--lang", lang, "--no-such-flag", "list"]),
        ),
    ]
    .map(|(name, run)| (format!("cli-{name}-{lang}"), run))
}

#[test]
fn help_and_usage_errors_are_snapshotted_in_both_languages() {
    for lang in ["sv", "en"] {
        let [
            (help_name, help),
            (export_name, export),
            (error_name, error),
        ] = texts(lang);
        assert_eq!(help.code, 0, "{}", help.stderr);
        assert!(help.stderr.is_empty(), "{}", help.stderr);
        common::snapshot(&help_name, help.stdout);
        assert_eq!(export.code, 0, "{}", export.stderr);
        common::snapshot(&export_name, export.stdout);
        assert_eq!(error.code, 2, "a usage error exits with 2");
        assert!(error.stdout.is_empty(), "{}", error.stdout);
        common::snapshot(&error_name, error.stderr);
    }
}

#[test]
fn the_swedish_command_line_has_no_english_word_of_clap() {
    for (name, run) in texts("sv") {
        let text = format!("{}{}", run.stdout, run.stderr);
        assert!(!text.trim().is_empty(), "{name} printed nothing");
        let english = english_words(&text);
        assert!(english.is_empty(), "{name}: {english:?} in\n{text}");
    }
    // The same check finds clap's words in the English texts: it is not blind.
    let english: Vec<String> = texts("en")
        .iter()
        .flat_map(|(_, run)| english_words(&format!("{}{}", run.stdout, run.stderr)))
        .collect();
    for word in [
        "usage",
        "options",
        "print",
        "help",
        "version",
        "unexpected",
        "argument",
    ] {
        assert!(
            english.contains(&word.to_owned()),
            "{word} not in {english:?}"
        );
    }
}

#[test]
fn usage_errors_of_every_kind_are_swedish_and_exit_with_2() {
    let home = tempfile::tempdir().expect("temp dir");
    let h = home.path();
    let cases: [&[&str]; 7] = [
        &["bogus"],
        &["shwo"],
        &["show"],
        &["new", "a", "b"],
        &["--lang", "fi", "list"],
        &["diff", "bara-en.molnkoll.ron"],
        &["completions", "cmd"],
    ];
    for args in cases {
        let run = molnkoll(h, args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        assert!(
            run.stderr.starts_with("molnkoll: "),
            "{args:?}: {}",
            run.stderr
        );
        let english = english_words(&run.stderr);
        assert!(
            english.is_empty(),
            "{args:?}: {english:?} in {}",
            run.stderr
        );
    }
    // clap's suggestion survives the translation.
    let run = molnkoll(h, &["shwo"]);
    assert!(run.stderr.contains("menade du show?"), "{}", run.stderr);
}

#[test]
fn short_and_long_help_and_the_version_keep_clap_behaviour() {
    let home = tempfile::tempdir().expect("temp dir");
    let h = home.path();
    let long = molnkoll(h, &["check", "--help"]);
    let short = molnkoll(h, &["check", "-h"]);
    assert_eq!(long.code, 0);
    assert_eq!(long.stdout, short.stdout);
    assert!(
        long.stdout.contains("Användning: molnkoll check"),
        "{}",
        long.stdout
    );
    let version = molnkoll(h, &["--version"]);
    assert_eq!(version.code, 0);
    assert_eq!(
        version.stdout.trim(),
        format!("molnkoll {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(molnkoll(h, &["-V"]).stdout, version.stdout);
}

#[test]
fn completions_are_written_for_each_shell_with_every_subcommand() {
    let home = tempfile::tempdir().expect("temp dir");
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let run = molnkoll(home.path(), &["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        for subcommand in ["new", "open", "export", "check", "merge", "completions"] {
            assert!(
                run.stdout.contains(subcommand),
                "{shell} completions lack {subcommand}"
            );
        }
    }
    // The descriptions are in the chosen language.
    let fish = molnkoll(home.path(), &["--lang", "sv", "completions", "fish"]);
    assert!(
        fish.stdout.contains("Skapa en ny bedömningsfil"),
        "{}",
        fish.stdout
    );
}
