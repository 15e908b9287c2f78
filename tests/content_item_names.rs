//! A finding over items names the item it concerns: the evaluator's reasons are the item's
//! answer keys, and the interview and the report show them with the item's name, so the group
//! reads which recipient, information set or risk the finding is about.

mod content_support;

use content_support::*;
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::interview::Interview;
use molnkoll::report::{self, Context};

const SUPPORT: &str = "Andra linjens support";
const TIA: &str = "recipients/andra-linjens-support/recipient-tia";

/// A vendor in the EU and a support recipient outside it, under SCC with no transfer impact
/// assessment; a protected-identity set whose access is not logged.
fn answers() -> Answers {
    Answers::default()
        .recipient(
            "Leverantören",
            &[
                ("recipient-country", choice("eu-eea")),
                ("recipient-access", multi(&["eu-eea"])),
            ],
        )
        .recipient(
            SUPPORT,
            &[
                ("recipient-access", multi(&["other"])),
                ("recipient-basis", choice("scc")),
                ("recipient-tia", no()),
            ],
        )
        .infoset(
            "Skyddade personuppgifter",
            &[("set-categories", multi(&["protected-identity"]))],
        )
        .set("req-access-logging", choice("not-fulfilled"))
}

#[test]
fn the_interview_gives_the_reasons_of_the_item_concerned() {
    let q = questionnaire();
    let interview = Interview::new(q.clone(), assess(&q, &answers()));
    let reasons = |finding: &str| -> Vec<String> {
        let fired = interview
            .fired()
            .iter()
            .find(|f| q.findings[f.finding].id == finding)
            .unwrap_or_else(|| panic!("{finding} does not fire in the interview"));
        let mut reasons = fired.reasons.clone();
        reasons.sort();
        reasons
    };
    assert_eq!(reasons("tia-missing"), [TIA]);
    assert_eq!(
        reasons("no-access-logging-sensitive"),
        [
            "infosets/skyddade-personuppgifter/set-categories",
            "req-access-logging"
        ]
    );
}

#[test]
fn a_reason_is_labelled_with_the_item_name_in_both_languages() {
    let q = questionnaire();
    let assessment = assess(&q, &answers());
    for lang in Lang::ALL {
        let (localizer, errors) = Localizer::new(lang, &[]);
        assert!(errors.is_empty(), "{errors:?}");
        let label = localizer.key_label(&q, &assessment.answers, TIA);
        assert!(label.starts_with(SUPPORT), "{lang:?}: {label:?}");
        let reason = localizer.reason_text(&q, &assessment.answers, TIA);
        assert!(reason.starts_with(SUPPORT), "{lang:?}: {reason:?}");
        assert!(
            reason.ends_with(&localizer.text("answer-no")),
            "{lang:?}: {reason:?}"
        );
    }
}

#[test]
fn the_report_lists_the_reasons_with_the_item_names() {
    let q = questionnaire();
    let assessment = assess(&q, &answers());
    let (localizer, _) = Localizer::new(Lang::Sv, &[]);
    let context = Context {
        date: "2026-11-27".into(),
        commit: None,
    };
    let markdown = report::markdown(&q, &assessment, &localizer, &context);
    let finding = |id: &str| finding_block(&markdown, &localizer.text(&format!("finding-{id}")));
    let tia = finding("tia-missing");
    // The reasons stand on one line, separated by semicolons, each led by its item's name.
    let reasons = |block: &str| -> Vec<String> {
        block
            .lines()
            .filter_map(|line| line.strip_prefix("**Bygger på svaren:** "))
            .flat_map(|line| line.split("; ").map(str::to_owned).collect::<Vec<_>>())
            .collect()
    };
    assert!(
        reasons(&tia)
            .iter()
            .any(|reason| reason.starts_with(&format!("{SUPPORT}: "))),
        "tia-missing's reasons do not name {SUPPORT}:\n{tia}"
    );
    assert!(!tia.contains("Leverantören"), "{tia}");
    let logging = finding("no-access-logging-sensitive");
    assert!(
        reasons(&logging)
            .iter()
            .any(|reason| reason.starts_with("Skyddade personuppgifter: ")),
        "no-access-logging-sensitive's reasons do not name the set:\n{logging}"
    );
}

/// The lines under the report's heading for a finding, up to the next heading.
fn finding_block(markdown: &str, title: &str) -> String {
    let lines: Vec<&str> = markdown.lines().collect();
    let start = lines
        .iter()
        .position(|line| line.starts_with("### ") && line.ends_with(title))
        .unwrap_or_else(|| panic!("no heading {title:?} in\n{markdown}"));
    lines[start + 1..]
        .iter()
        .take_while(|line| !line.starts_with('#'))
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}
