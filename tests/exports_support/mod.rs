//! A realistic assessment of the default questionnaire for the export tests: a youth
//! self-assessment service from a Swedish vendor with a US parent and support in the UK,
//! half-way through the workshop, with Swedish characters in every kind of text.
#![allow(dead_code)]

use molnkoll::assessment::{Action, AnswerState, Assessment};
use molnkoll::i18n::{Lang, Localizer};
use molnkoll::items::{member_key, slug};
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource};

use crate::content_support::flows::screening;
use crate::content_support::{
    Answers, assess, choice, level, multi, no, questionnaire, text, unknown, yes,
};

pub const VENDOR: &str = "Åkerö Digital AB";
pub const SUPPORT: &str = "Nordic Helpdesk Ltd";
pub const RISK: &str = "Obehörig åtkomst till självskattningar";

pub fn localizer(lang: Lang) -> Localizer {
    let source = QuestionnaireSource::embedded();
    Localizer::new(lang, source.texts(lang)).0
}

fn answers() -> Answers {
    let screened = screening(&["dpia-sensitive", "dpia-vulnerable"]);
    let mut answers = screened.with(&[
        ("assessment-service-name", text("Självskattning Ung")),
        ("assessment-vendor-name", text(VENDOR)),
        (
            "assessment-purpose",
            text("Ungdomar skattar sitt mående före uppföljningen"),
        ),
        ("assessment-stage", choice("procurement")),
        ("assessment-client-data", yes()),
        ("assessment-controller", choice("committee")),
        (
            "assessment-participants",
            multi(&["system-manager", "information-owner", "security-officer"]),
        ),
        ("dpia-decision", choice("planned")),
        ("mapping-personal-data", yes()),
        ("mapping-children", yes()),
        ("mapping-individuals-use", yes()),
        ("mapping-free-text", yes()),
        ("mapping-free-text-limited", choice("kept")),
        ("mapping-offline-use", no()),
        ("mapping-suitable", yes()),
        ("class-method", choice("klassa")),
        ("legal-who-how-where", unknown()),
        ("transfer-subprocessors-known", unknown()),
        ("req-access-control", choice("fulfilled")),
        ("req-strong-authentication", choice("partly")),
        ("req-encryption-rest", choice("not-fulfilled")),
        ("req-encryption-transit", choice("fulfilled")),
        ("contract-type", choice("click-through")),
    ]);
    answers = answers
        .infoset(
            "Självskattningar",
            &[
                ("set-categories", multi(&["self-assessment", "health"])),
                ("set-subjects", multi(&["children"])),
                ("set-secrecy", choice("osl-26")),
                ("set-confidentiality", level(3)),
                ("set-integrity", level(2)),
                ("set-availability", level(1)),
                ("set-traceability", level(2)),
            ],
        )
        .recipient(
            VENDOR,
            &[
                ("recipient-role", choice("vendor")),
                ("recipient-country", choice("sweden")),
                ("recipient-parent", choice("usa")),
                ("recipient-storage", multi(&["sweden"])),
                ("recipient-processing", multi(&["sweden"])),
                ("recipient-access", unknown()),
            ],
        )
        .recipient(
            SUPPORT,
            &[
                ("recipient-role", choice("support")),
                ("recipient-storage", multi(&["none"])),
            ],
        )
        .risk(
            RISK,
            &[
                ("risk-harm", choice("unauthorised-access")),
                ("risk-before-likelihood", level(3)),
                ("risk-before-consequence", level(4)),
                (
                    "risk-measures",
                    text("Tvåfaktorsinloggning för personal; logguppföljning varje månad"),
                ),
                ("risk-after-likelihood", level(2)),
                ("risk-after-consequence", level(3)),
                ("risk-owner", choice("security-officer")),
            ],
        );
    answers
}

/// The assessment, with a note, an "ask the supplier" mark and a planned action.
pub fn realistic() -> (Questionnaire, Assessment) {
    let q = questionnaire();
    let mut assessment = assess(&q, &answers());
    assessment.title = "Självskattning Ung, Åkerö Digital".to_owned();
    assessment.set_note(
        "req-strong-authentication",
        "BankID för personal, men administratörer loggar in med lösenord",
    );
    // The group answered for the vendor but wants it confirmed: still the supplier's.
    let key = member_key("recipients", &slug(VENDOR), "recipient-country");
    assessment.set_state(&key, AnswerState::AskSupplier);
    assessment.set_note(&key, "Enligt webbplatsen; be leverantören bekräfta");
    // The group settled one supplier question itself: it must not be asked again.
    let settled = member_key("recipients", &slug(VENDOR), "recipient-parent");
    assessment.set_note(&settled, "Ägs av Åkerö Holdings Inc., Delaware");
    (q, assessment)
}

/// An action with an owner and a due date for the first finding that fires.
pub fn with_planned_action(q: &Questionnaire, mut assessment: Assessment) -> (Assessment, String) {
    let fired = molnkoll::rules::fired_findings(q, &assessment.answers);
    let finding = fired
        .first()
        .expect("the realistic assessment has findings")
        .finding
        .id
        .clone();
    assessment.actions.insert(
        finding.clone(),
        Action {
            owner: "Informationsägaren Åsa Öberg".to_owned(),
            due: "2027-01-31".to_owned(),
        },
    );
    (assessment, finding)
}
