//! Both languages are complete, and every message the code asks for exists in both.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;
use molnkoll::i18n::{Lang, Localizer, Message};

/// "id" and "id.attribute" for every message in a Fluent file.
fn ids(path: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).expect("locale file reads");
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("locale file parses");
    let mut ids = BTreeSet::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name;
            if message.value.is_some() {
                ids.insert(id.to_owned());
            }
            for attribute in message.attributes {
                ids.insert(format!("{id}.{}", attribute.id.name));
            }
        }
    }
    ids
}

#[test]
fn swedish_and_english_have_the_same_messages() {
    for file in ["molnkoll.ftl", "questionnaire.ftl"] {
        let sv = ids(&format!("locales/sv/{file}"));
        let en = ids(&format!("locales/en/{file}"));
        let only_sv: Vec<_> = sv.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&sv).collect();
        assert!(
            only_sv.is_empty() && only_en.is_empty(),
            "{file}: only in sv {only_sv:?}, only in en {only_en:?}"
        );
    }
}

/// String literals in the source that name UI messages.
fn message_ids_in_source() -> BTreeSet<String> {
    const PREFIXES: [&str; 12] = [
        "ui-",
        "report-",
        "export-",
        "notice-",
        "answer-",
        "error-",
        "cli-",
        "state-",
        "list-",
        "warning-",
        "validate-",
        "default-",
    ];
    let mut found = BTreeSet::new();
    let mut dirs = vec![Path::new("src").to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src reads") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source reads");
            for literal in text.split('"').skip(1).step_by(2) {
                let is_id = PREFIXES.iter().any(|p| literal.starts_with(p))
                    && literal.len() > 4
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !literal.ends_with('-');
                if is_id {
                    found.insert(literal.to_owned());
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_uses_exists_in_both_languages() {
    let used = message_ids_in_source();
    assert!(used.len() > 50, "the scan finds the ids: {used:?}");
    for lang in Lang::ALL {
        let (localizer, errors) = Localizer::new(lang, &[]);
        assert!(errors.is_empty(), "{lang:?}: {errors:?}");
        let missing: Vec<_> = used.iter().filter(|id| !localizer.has(id)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}

#[test]
fn messages_format_with_their_arguments_and_no_isolation_marks() {
    let (sv, _) = Localizer::new(Lang::Sv, &[]);
    let (en, _) = Localizer::new(Lang::En, &[]);
    let message = Message::new("validate-summary")
        .with("file", "x.ron")
        .with("count", 2usize);
    assert_eq!(sv.message(&message), "x.ron: 2 problem.");
    assert_eq!(en.message(&message), "x.ron: 2 problems.");
    let one = Message::new("validate-summary")
        .with("file", "x.ron")
        .with("count", 1usize);
    assert_eq!(en.message(&one), "x.ron: one problem.");
    assert!(
        !sv.message(&message).contains('\u{2068}'),
        "terminals show isolation marks as garbage"
    );
}

#[test]
fn the_language_follows_the_flag_then_the_environment_then_swedish() {
    assert_eq!(Lang::negotiate(&["en"]), Lang::En);
    assert_eq!(Lang::negotiate(&["en-GB"]), Lang::En);
    assert_eq!(Lang::negotiate(&["sv"]), Lang::Sv);
    assert_eq!(Lang::negotiate(&["de"]), Lang::Sv);
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
    assert_eq!(
        Lang::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "sv_SE.UTF-8")])),
        Lang::Sv
    );
    assert_eq!(
        Lang::from_env(env(&[("LANG", "sv_SE"), ("LC_MESSAGES", "en_GB")])),
        Lang::En
    );
    assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::Sv);
    assert_eq!(Lang::from_env(env(&[])), Lang::Sv);
}

/// Two blocks written apart (one per feature) must not define the same message: Fluent
/// would keep the last one silently, with arguments the code does not pass.
#[test]
fn no_message_of_the_program_is_defined_twice() {
    for lang in molnkoll::i18n::Lang::ALL {
        let resource = fluent_syntax::parser::parse(molnkoll::i18n::ui_source(lang))
            .unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
        let mut seen = std::collections::HashSet::new();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                assert!(
                    seen.insert(message.id.name),
                    "{} defined twice in {}",
                    message.id.name,
                    lang.code()
                );
            }
        }
    }
}
