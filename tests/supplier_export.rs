//! The questions for the supplier (`export --supplier`): only the supplier's open questions,
//! per item, in the chosen language, as Markdown that stays Markdown.

mod content_support;
mod exports_support;

use molnkoll::i18n::Lang;
use molnkoll::items::{member_key, slug};
use molnkoll::questionnaire::Respondent;
use molnkoll::supplier;
use pulldown_cmark::{Event, Parser};

use exports_support::{SUPPORT, VENDOR, localizer, realistic};

/// Every question the supplier's questionnaire may hold: those the questionnaire marks as
/// the supplier's. Listed by hand, so that a question moved to the supplier is a decision
/// this test sees.
const MAY_CONTAIN: [&str; 8] = [
    "transfer-subprocessors-known",
    "recipient-country",
    "recipient-parent",
    "recipient-storage",
    "recipient-processing",
    "recipient-access",
    "recipient-dpf-certified",
    "recipient-staff-confidentiality",
];

#[test]
fn the_list_matches_what_the_questionnaire_marks_as_the_suppliers() {
    let (q, _) = realistic();
    let mut marked: Vec<&str> = q
        .all_questions()
        .filter(|question| question.answered_by == Respondent::Supplier)
        .map(|question| question.id.as_str())
        .collect();
    marked.sort_unstable();
    let mut listed = MAY_CONTAIN.to_vec();
    listed.sort_unstable();
    assert_eq!(marked, listed);
}

#[test]
fn only_open_supplier_questions_per_item() {
    let (q, assessment) = realistic();
    let keys: Vec<String> = supplier::open_questions(&q, &assessment)
        .into_iter()
        .map(|s| s.key)
        .collect();
    for key in &keys {
        let id = key.rsplit('/').next().unwrap();
        assert!(MAY_CONTAIN.contains(&id), "{key} is not the supplier's");
    }
    let vendor = |id: &str| member_key("recipients", &slug(VENDOR), id);
    let support = |id: &str| member_key("recipients", &slug(SUPPORT), id);
    // Unknown yet, marked "ask the supplier" though answered, and open ones are asked...
    assert!(keys.contains(&"transfer-subprocessors-known".to_owned()));
    assert!(keys.contains(&vendor("recipient-country")));
    assert!(keys.contains(&vendor("recipient-access")));
    assert!(keys.contains(&support("recipient-country")));
    assert!(keys.contains(&support("recipient-parent")));
    // ...what the group settled is not.
    assert!(!keys.contains(&vendor("recipient-parent")), "{keys:?}");
    assert!(!keys.contains(&vendor("recipient-storage")), "{keys:?}");
    assert!(!keys.contains(&support("recipient-storage")), "{keys:?}");
}

#[test]
fn the_document_holds_no_internal_question_in_either_language() {
    let (q, assessment) = realistic();
    for lang in [Lang::Sv, Lang::En] {
        let l = localizer(lang);
        let text = supplier::markdown(&q, &assessment, &l, "2026-11-27");
        for question in q.all_questions() {
            let wording = l.question_text(question);
            let allowed = MAY_CONTAIN.contains(&question.id.as_str());
            if !allowed {
                assert!(
                    !text.contains(&wording),
                    "{} is internal ({lang:?})",
                    question.id
                );
                assert!(
                    !text.contains(&format!("`{}`", question.id)),
                    "{} referenced",
                    question.id
                );
            }
        }
        // The group's notes stay with the group.
        assert!(!text.contains("Enligt webbplatsen"), "{text}");
        assert!(!text.contains("Delaware"), "{text}");
        // Its tentative answer is put to the supplier to confirm.
        let country = q.question("recipient-country").unwrap();
        assert!(text.contains(&l.option_label(country, "sweden")));
        assert!(text.contains(VENDOR) && text.contains(SUPPORT));
        assert!(text.contains("`recipient-access`"));
    }
}

#[test]
fn the_document_is_in_the_chosen_language_and_item_names_stay_text() {
    let (q, mut assessment) = realistic();
    let key = molnkoll::items::item_key("recipients", &slug(SUPPORT));
    assessment.set_value(
        &key,
        Some(molnkoll::assessment::Value::Text(
            "<script>alert(1)</script> *Nordic*".to_owned(),
        )),
    );
    let en = supplier::markdown(&q, &assessment, &localizer(Lang::En), "2026-11-27");
    let sv = supplier::markdown(&q, &assessment, &localizer(Lang::Sv), "2026-11-27");
    assert!(en.contains("lang: en") && en.contains("Tick one."));
    assert!(sv.contains("lang: sv") && sv.contains("Kryssa i ett alternativ."));
    for text in [&en, &sv] {
        let html: Vec<_> = Parser::new(text)
            .filter(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
            .collect();
        assert!(html.is_empty(), "{html:?}");
        let emphasis = Parser::new(text)
            .filter(|e| matches!(e, Event::Start(pulldown_cmark::Tag::Emphasis)))
            .count();
        // Only the document's own instructions are in italics, one per question.
        assert_eq!(
            emphasis,
            supplier::open_questions(&q, &assessment).len(),
            "{text}"
        );
    }
}

#[test]
fn nothing_open_says_so() {
    let (q, mut assessment) = realistic();
    for key in supplier::open_questions(&q, &assessment)
        .into_iter()
        .map(|s| s.key)
        .collect::<Vec<_>>()
    {
        assessment.set_value(&key, None);
        assessment.set_state(&key, molnkoll::assessment::AnswerState::Settled);
    }
    // Remove the recipients and the unknown list: nothing is left to ask.
    let ids: Vec<String> = assessment
        .items("recipients")
        .iter()
        .map(|i| i.id.to_owned())
        .collect();
    for id in ids {
        assessment.remove_item("recipients", &id);
    }
    assessment.set_value(
        "transfer-subprocessors-known",
        Some(molnkoll::assessment::Value::Choice("listed".into())),
    );
    assert!(supplier::open_questions(&q, &assessment).is_empty());
    let l = localizer(Lang::En);
    let text = supplier::markdown(&q, &assessment, &l, "2026-11-27");
    assert!(text.contains(&l.text("supplier-none")), "{text}");
}

#[test]
fn export_supplier_writes_markdown_to_the_output_or_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let (_, assessment) = realistic();
    let file = dir.path().join("ung.molnkoll.ron");
    molnkoll::store::save(&file, &assessment).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_molnkoll"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env("HOME", dir.path())
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["--lang", "en", "export", "ung.molnkoll.ron", "--supplier"]);
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("---\ntitle: 'Questions for the supplier"));
    assert!(stdout.contains("`recipient-country`"));
    let out = run(&[
        "--lang",
        "sv",
        "export",
        "ung.molnkoll.ron",
        "--supplier",
        "-o",
        "lev.md",
    ]);
    assert!(out.status.success(), "{out:?}");
    let written = std::fs::read_to_string(dir.path().join("lev.md")).unwrap();
    assert!(written.contains("Frågor till leverantören"));
}

#[test]
fn a_hostile_title_stays_text_in_the_front_matter() {
    let (q, mut assessment) = realistic();
    assessment.title = "<img src=x onerror=alert(1)> `x` *y*".to_owned();
    let text = supplier::markdown(&q, &assessment, &localizer(Lang::En), "2026-11-27");
    let title = text.lines().nth(1).unwrap();
    // Single-quoted YAML holding Markdown escaped once (the report's front matter rule).
    assert!(title.starts_with("title: '"), "{title}");
    assert!(title.contains("\\<img"), "{title}");
    // pandoc reads metadata as Markdown: where it is installed, the HTML must hold no tag.
    let Ok(mut pandoc) = std::process::Command::new("pandoc")
        .args(["--standalone", "-f", "markdown", "-t", "html"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    else {
        return;
    };
    use std::io::Write;
    pandoc
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let html = String::from_utf8(pandoc.wait_with_output().unwrap().stdout).unwrap();
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img"), "{html}");
}
