//! What a line typed at the `--plain` prompt means. The command words come from Fluent
//! (`plain-words-*`), in Swedish and English alike, so that either works in either language,
//! as j/y and v/u both work in the full-screen interview.

use crate::i18n::{Lang, Localizer};

/// A command of the plain interview, with its argument where it takes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Yes,
    No,
    Unknown,
    NotApplicable,
    /// Option numbers, or a level.
    Numbers(Vec<u32>),
    /// An empty line: move on, as Enter does.
    Enter,
    Next,
    Back,
    Go(String),
    /// A note; `None` asks for it on the next line.
    Note(Option<String>),
    State,
    Clear,
    HelpText,
    Repeat,
    Commands,
    Overview(Option<String>),
    Findings,
    Owner(String),
    Due(String),
    Summary,
    Export,
    Undo,
    Redo,
    Add(String),
    Rename(String),
    Remove(String),
    Title(String),
    Quit,
}

/// The commands by their Fluent id, in the order `?` lists them; `true` where the command
/// takes an argument after its word.
pub const KINDS: [(&str, bool); 26] = [
    ("yes", false),
    ("no", false),
    ("unknown", false),
    ("not-applicable", false),
    ("next", false),
    ("back", false),
    ("go", true),
    ("note", true),
    ("state", false),
    ("clear", false),
    ("help-text", false),
    ("repeat", false),
    ("commands", false),
    ("overview", true),
    ("findings", false),
    ("owner", true),
    ("due", true),
    ("summary", false),
    ("export", false),
    ("undo", false),
    ("redo", false),
    ("add", true),
    ("rename", true),
    ("remove", true),
    ("title", true),
    ("quit", false),
];

fn build(kind: &str, argument: String) -> Option<Command> {
    let optional = || (!argument.is_empty()).then(|| argument.clone());
    Some(match kind {
        "yes" => Command::Yes,
        "no" => Command::No,
        "unknown" => Command::Unknown,
        "not-applicable" => Command::NotApplicable,
        "next" => Command::Next,
        "back" => Command::Back,
        "go" => Command::Go(argument),
        "note" => Command::Note(optional()),
        "state" => Command::State,
        "clear" => Command::Clear,
        "help-text" => Command::HelpText,
        "repeat" => Command::Repeat,
        "commands" => Command::Commands,
        "overview" => Command::Overview(optional()),
        "findings" => Command::Findings,
        "owner" => Command::Owner(argument),
        "due" => Command::Due(argument),
        "summary" => Command::Summary,
        "export" => Command::Export,
        "undo" => Command::Undo,
        "redo" => Command::Redo,
        "add" => Command::Add(argument),
        "rename" => Command::Rename(argument),
        "remove" => Command::Remove(argument),
        "title" => Command::Title(argument),
        "quit" => Command::Quit,
        _ => return None,
    })
}

/// Every command word of every language, longest first, so that "ta bort svaret" wins over
/// "ta bort".
pub struct Words {
    words: Vec<(String, &'static str, bool)>,
}

/// The Fluent id of a command's words.
pub fn words_id(kind: &str) -> String {
    format!("plain-words-{kind}")
}

/// A command's words in one language, as Fluent lists them ("j | ja").
pub fn words_of(localizer: &Localizer, kind: &str) -> Vec<String> {
    localizer
        .text(&words_id(kind))
        .split('|')
        .map(|word| word.trim().to_lowercase())
        .filter(|word| !word.is_empty())
        .collect()
}

impl Words {
    pub fn new() -> Self {
        let mut words = Vec::new();
        for lang in Lang::ALL {
            let localizer = Localizer::lazy(lang, &[]);
            for (kind, takes) in KINDS {
                for word in words_of(&localizer, kind) {
                    words.push((word, kind, takes));
                }
            }
        }
        words.sort_by(|a, b| {
            (b.0.chars().count().cmp(&a.0.chars().count()))
                .then_with(|| a.0.cmp(&b.0))
                .then_with(|| a.1.cmp(b.1))
        });
        words.dedup();
        Words { words }
    }

    /// The command a line names, or None. A leading colon is allowed everywhere (and is the
    /// only way to a command on a text question).
    pub fn parse(&self, line: &str) -> Option<Command> {
        let line = line.trim();
        let line = line.strip_prefix(':').unwrap_or(line).trim();
        if line.is_empty() {
            return Some(Command::Enter);
        }
        if let Some(numbers) = numbers(line) {
            return Some(Command::Numbers(numbers));
        }
        let lower = line.to_lowercase();
        for (word, kind, takes) in &self.words {
            if lower == *word {
                return build(kind, String::new());
            }
            let Some(rest) = lower.strip_prefix(word.as_str()) else {
                continue;
            };
            if *takes && rest.starts_with(' ') {
                // The argument as typed, case kept: a note or a name is the group's words.
                let argument: String = line.chars().skip(word.chars().count()).collect();
                return build(kind, argument.trim().to_owned());
            }
        }
        None
    }
}

impl Default for Words {
    fn default() -> Self {
        Words::new()
    }
}

/// "1 3", "1,3", "2": the numbers of a line made of digits, spaces and commas only.
pub fn numbers(line: &str) -> Option<Vec<u32>> {
    if !line.starts_with(|c: char| c.is_ascii_digit())
        || !line
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == ',')
    {
        return None;
    }
    line.split([' ', ','])
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_names_two_commands_in_either_language() {
        let words = Words::new();
        for (word, kind, _) in &words.words {
            for (other, other_kind, _) in &words.words {
                assert!(
                    word != other || kind == other_kind,
                    "{word:?} is both {kind} and {other_kind}"
                );
            }
        }
        assert!(words.words.len() > KINDS.len() * 2, "both languages loaded");
    }

    #[test]
    fn words_of_both_languages_and_arguments_with_their_case() {
        let words = Words::new();
        assert_eq!(words.parse("ja"), Some(Command::Yes));
        assert_eq!(words.parse(" Yes "), Some(Command::Yes));
        assert_eq!(words.parse(":v"), Some(Command::Unknown));
        assert_eq!(words.parse("vet ej"), Some(Command::Unknown));
        assert_eq!(words.parse(""), Some(Command::Enter));
        assert_eq!(words.parse("1 3"), Some(Command::Numbers(vec![1, 3])));
        assert_eq!(words.parse("2,4"), Some(Command::Numbers(vec![2, 4])));
        assert_eq!(
            words.parse("e Beslut i workshopen"),
            Some(Command::Note(Some("Beslut i workshopen".into())))
        );
        assert_eq!(words.parse("anteckning"), Some(Command::Note(None)));
        assert_eq!(
            words.parse("Lägg till Hälsodata"),
            Some(Command::Add("Hälsodata".into()))
        );
        assert_eq!(words.parse("ta bort svaret"), Some(Command::Clear));
        assert_eq!(words.parse("ta bort 2"), Some(Command::Remove("2".into())));
        assert_eq!(words.parse("gör om"), Some(Command::Redo));
        // A word that takes nothing does not swallow what follows it.
        assert_eq!(words.parse("ja tack"), None);
        assert_eq!(words.parse("jaha"), None);
    }
}
