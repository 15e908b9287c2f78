//! The localizer parses each message when it is first formatted. Every message and
//! attribute of the UI and the embedded questionnaire, in both languages, must read exactly
//! as from a bundle built from the whole files, whatever was formatted before it.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use molnkoll::i18n::{Arg, FtlSource, Lang, Localizer, ui_source};
use molnkoll::questionnaire::QuestionnaireSource;

/// What the localizer did before it parsed lazily: every file parsed and added whole.
fn whole_bundle(lang: Lang, texts: &[FtlSource]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.langid()]);
    bundle.set_use_isolating(false);
    let sources = std::iter::once(ui_source(lang).to_owned())
        .chain(texts.iter().map(|source| source.text.to_string()));
    for text in sources {
        // A broken file's valid entries still load, as they do in the localizer.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, _)| resource);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Every message id with its attributes, every variable any pattern reads, and the ids
/// of messages that refer to another message or a term.
struct Inventory {
    messages: Vec<(String, Vec<String>)>,
    variables: BTreeSet<String>,
    referring: BTreeSet<String>,
}

fn inventory(texts: &[String]) -> Inventory {
    let mut inventory = Inventory {
        messages: Vec::new(),
        variables: BTreeSet::new(),
        referring: BTreeSet::new(),
    };
    for text in texts {
        let resource =
            fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(resource, _)| resource);
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                let attributes = message.attributes.iter().map(|a| a.id.name.to_owned());
                inventory.messages.push((id.clone(), attributes.collect()));
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                let source = format!("{patterns:?}", patterns = patterns.collect::<Vec<_>>());
                if source.contains("MessageReference") || source.contains("TermReference") {
                    inventory.referring.insert(id);
                }
                collect_variables(&source, &mut inventory.variables);
            }
        }
    }
    inventory
}

/// Variable names from a pattern's debug form: `VariableReference { id: Identifier { name: "x" } }`.
fn collect_variables(debug: &str, into: &mut BTreeSet<String>) {
    let marker = "VariableReference { id: Identifier { name: \"";
    for (at, _) in debug.match_indices(marker) {
        let rest = &debug[at + marker.len()..];
        if let Some(end) = rest.find('"') {
            into.insert(rest[..end].to_owned());
        }
    }
}

fn whole_format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    attribute: Option<&str>,
    args: &[(String, i64)],
) -> String {
    let message = bundle.get_message(id).expect("message exists");
    let pattern = match attribute {
        Some(name) => message
            .get_attribute(name)
            .expect("attribute exists")
            .value(),
        None => match message.value() {
            Some(value) => value,
            None => return id.to_owned(),
        },
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(name.as_str(), FluentValue::from(*value));
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

fn lazy_format(
    localizer: &Localizer,
    id: &str,
    attribute: Option<&str>,
    args: &[(String, i64)],
) -> String {
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| (name.as_str(), Arg::Number(*value)))
        .collect();
    localizer.format(id, attribute, &args)
}

/// Formats every message and attribute through one lazy localizer, in reverse order (so
/// that a message often comes before the ones it refers to), and each message that refers
/// to others through a fresh one, and compares each with the whole-file bundle.
fn assert_reads_as_whole(lang: Lang, texts: &[FtlSource]) -> Inventory {
    let whole = whole_bundle(lang, texts);
    let all_texts: Vec<String> = std::iter::once(ui_source(lang).to_owned())
        .chain(texts.iter().map(|t| t.text.to_string()))
        .collect();
    let inventory = inventory(&all_texts);
    let with_args: Vec<(String, i64)> = inventory
        .variables
        .iter()
        .map(|name| (name.clone(), 3))
        .collect();
    let shared = Localizer::lazy(lang, texts);
    for (id, attributes) in inventory.messages.iter().rev() {
        let names = std::iter::once(None).chain(attributes.iter().map(|a| Some(a.as_str())));
        for attribute in names {
            for args in [&[][..], &with_args[..]] {
                assert_eq!(
                    lazy_format(&shared, id, attribute, args),
                    whole_format(&whole, id, attribute, args),
                    "{lang:?} {id} {attribute:?}"
                );
            }
        }
        assert!(shared.has(id), "{lang:?} {id}");
        for attribute in attributes {
            assert!(
                shared.has_attribute(id, attribute),
                "{lang:?} {id}.{attribute}"
            );
        }
    }
    for id in &inventory.referring {
        let fresh = Localizer::lazy(lang, texts);
        assert_eq!(
            lazy_format(&fresh, id, None, &with_args),
            whole_format(&whole, id, None, &with_args),
            "{lang:?} {id} first"
        );
    }
    inventory
}

#[test]
fn every_embedded_message_reads_as_from_the_whole_files() {
    let source = QuestionnaireSource::embedded();
    for lang in Lang::ALL {
        let inventory = assert_reads_as_whole(lang, source.texts(lang));
        assert!(
            inventory.messages.len() > 1000,
            "{lang:?}: the inventory is complete"
        );
    }
}

#[test]
fn every_example_and_fixture_text_reads_as_from_the_whole_file() {
    // `broken` refers to a term that does not exist and to a variable it is not given.
    let files = [
        "docs/example/example",
        "docs/example/groups",
        "tests/fixtures/format1/outside",
        "tests/fixtures/validate_texts/unused",
        "tests/fixtures/validate_texts/broken",
    ];
    for stem in files {
        for lang in Lang::ALL {
            let path = format!("{stem}.{}.ftl", lang.code());
            let text = std::fs::read_to_string(&path).expect("fixture exists");
            let source = FtlSource {
                path: path.clone().into(),
                text: text.into(),
            };
            let inventory = assert_reads_as_whole(lang, std::slice::from_ref(&source));
            assert!(!inventory.messages.is_empty(), "{path}");
        }
    }
}

/// Every place a message or term can be referred to from, nested, with comments and
/// blank lines inside and between entries, and a later entry replacing an earlier one.
const REFERRING: &str = "\
## Group comment

-brand = Molnkoll
    .gender = neuter
-thing = { $case ->
    [genitive] { -brand }s
   *[other] { -brand }
}
base = Base text
    .short = Base
# A comment that belongs to the next message.
by-message = Before { base } and { base.short }
by-term = { -thing(case: \"genitive\") } ok

by-select = { $count ->
    [one] one { by-message }

    *[other] { $count } { NUMBER($count, minimumFractionDigits: 1) } { by-term }
}
by-term-attribute = { -brand.gender ->
    [neuter] it { { by-select } }
   *[other] other
}
by-function = { NUMBER($count) } { \"literal\" }
replaced = first
replaced = second, { base }
chain-a = { chain-b }
chain-b = { chain-c }
chain-c = end of { -brand }
";

#[test]
fn references_of_every_kind_are_loaded_with_the_message() {
    let text = FtlSource {
        path: "q.en.ftl".into(),
        text: REFERRING.into(),
    };
    let inventory = assert_reads_as_whole(Lang::En, std::slice::from_ref(&text));
    for id in [
        "by-message",
        "by-term",
        "by-select",
        "by-term-attribute",
        "chain-a",
        "replaced",
    ] {
        assert!(
            inventory.referring.contains(id),
            "{id} is checked on a fresh localizer"
        );
    }
    // As saved on Windows: CRLF line ends, and a byte order mark.
    for windows in [
        REFERRING.replace('\n', "\r\n"),
        format!("\u{feff}{REFERRING}"),
    ] {
        let windows = FtlSource {
            path: "q.en.ftl".into(),
            text: windows.into(),
        };
        assert_reads_as_whole(Lang::En, &[windows]);
    }
    let localizer = Localizer::lazy(Lang::En, &[text]);
    assert_eq!(localizer.text("chain-a"), "end of Molnkoll");
    assert_eq!(localizer.text("replaced"), "second, Base text");
}

#[test]
fn a_questionnaire_text_replaces_a_ui_text_of_the_same_id() {
    let ui_id = "default-title";
    let text = FtlSource {
        path: "q.sv.ftl".into(),
        text: format!("{ui_id} = Ersatt\n").into(),
    };
    let localizer = Localizer::lazy(Lang::Sv, &[text]);
    assert_eq!(localizer.text(ui_id), "Ersatt");
}

#[test]
fn a_missing_message_shows_its_id_and_a_term_is_no_message() {
    let text = FtlSource {
        path: "q.en.ftl".into(),
        text: "-brand = Molnkoll\nuses-brand = { -brand } here\n".into(),
    };
    let localizer = Localizer::lazy(Lang::En, &[text]);
    assert_eq!(localizer.text("uses-brand"), "Molnkoll here");
    assert_eq!(localizer.text("no-such-message"), "no-such-message");
    assert!(!localizer.has("brand"));
    assert!(!localizer.has("-brand"));
}

#[test]
fn syntax_errors_are_still_reported_with_their_line() {
    let text = FtlSource {
        path: "q.en.ftl".into(),
        text: "good = fine\nbroken = { $\nafter = still here\n".into(),
    };
    let (localizer, errors) = Localizer::new(Lang::En, &[text]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].location.line, 2);
    assert_eq!(localizer.text("good"), "fine");
    assert_eq!(localizer.text("after"), "still here");
}
