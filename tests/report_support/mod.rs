//! Realistic assessments of the default questionnaire for the report tests: a Swedish
//! municipality's social services assessing a self-assessment service for its clients, once
//! half-way (the first workshop) and once complete (ready for the nämnd). The vendor is
//! Swedish with a US parent, its hosting is in the EU, and its second-line support works
//! from a third country under SCC.
#![allow(dead_code)]

use molnkoll::assessment::{Action, AnswerState, Assessment};

use crate::content_support::{
    Answers, a, assess, choice, level, multi, no, questionnaire, text, unknown, yes,
};

const VENDOR: &str = "Omsorgsdata Nordic AB";
const HOSTING: &str = "Nordlig Molndrift (Irland)";
const SUPPORT: &str = "Andra linjens support (Indien)";

/// What the group settles in its first workshop: the service, the screening, the mapping,
/// two information sets, the recipients as far as known, and two risks before measures.
fn first_workshop() -> Answers {
    a(&[
        ("assessment-service-name", text("Stegvis självskattning 3.2")),
        ("assessment-vendor-name", text(VENDOR)),
        (
            "assessment-purpose",
            text("Klienter i försörjningsstöd och missbruksvård fyller i självskattningar (AUDIT, DUDIT) inför samtal med sin handläggare."),
        ),
        ("assessment-service-type", choice("software-service")),
        ("assessment-stage", choice("procurement")),
        ("assessment-client-data", yes()),
        ("assessment-controller", choice("committee")),
        (
            "assessment-participants",
            multi(&["system-manager", "information-owner", "users", "security-officer", "lawyer-dpo"]),
        ),
        ("dpia-evaluation", yes()),
        ("dpia-automated-decisions", no()),
        ("dpia-monitoring", no()),
        ("dpia-sensitive", yes()),
        ("dpia-large-scale", no()),
        ("dpia-combining", no()),
        ("dpia-vulnerable", yes()),
        ("dpia-innovative", no()),
        ("dpia-blocks-right", no()),
        ("dpia-decision", choice("planned")),
        ("mapping-personal-data", yes()),
        ("mapping-children", yes()),
        ("mapping-individuals-use", yes()),
        ("mapping-free-text", yes()),
        ("mapping-free-text-limited", choice("limited")),
        ("mapping-offline-use", no()),
        ("mapping-suitable", yes()),
        ("class-method", choice("klassa")),
    ])
    .infoset(
        "Inloggning och identitet",
        &[
            ("set-categories", multi(&["identity", "personnummer"])),
            ("set-subjects", multi(&["clients-adults", "children"])),
            ("set-secrecy", choice("osl-26")),
            ("set-confidentiality", level(2)),
            ("set-integrity", level(2)),
            ("set-availability", level(1)),
            ("set-traceability", level(2)),
        ],
    )
    .infoset(
        "Självskattningssvar",
        &[
            ("set-categories", multi(&["self-assessment", "health", "substance-use"])),
            ("set-subjects", multi(&["clients-adults", "children"])),
            ("set-secrecy", choice("osl-26")),
            ("set-confidentiality", level(3)),
            ("set-integrity", level(2)),
            ("set-availability", level(2)),
            ("set-traceability", level(3)),
        ],
    )
    .with(&[("transfer-subprocessors-known", choice("partly"))])
    .recipient(
        VENDOR,
        &[
            ("recipient-role", choice("vendor")),
            ("recipient-country", choice("sweden")),
            ("recipient-parent", choice("usa")),
            ("recipient-storage", multi(&["sweden"])),
            ("recipient-processing", multi(&["sweden"])),
            ("recipient-access", multi(&["sweden"])),
        ],
    )
    .recipient(
        SUPPORT,
        &[
            ("recipient-role", choice("support")),
            ("recipient-country", choice("other")),
            ("recipient-parent", choice("usa")),
            ("recipient-storage", multi(&["none"])),
            ("recipient-processing", multi(&["none"])),
            ("recipient-access", multi(&["other"])),
            ("recipient-basis", unknown()),
            ("recipient-staff-confidentiality", unknown()),
        ],
    )
    .risk(
        "Skyddad klients uppgifter når förövaren",
        &[
            ("risk-harm", choice("reaches-relative")),
            ("risk-before-likelihood", level(2)),
            ("risk-before-consequence", level(4)),
        ],
    )
    .risk(
        "Supporten i tredje land ser klientsvar",
        &[
            ("risk-harm", choice("unauthorised-access")),
            ("risk-before-likelihood", level(3)),
            ("risk-before-consequence", level(3)),
        ],
    )
}

/// The assessment half-way: the first workshop's answers with its notes and open points.
pub fn partial() -> Assessment {
    let q = questionnaire();
    let mut assessment = assess(&q, &first_workshop());
    assessment.title = "Stegvis självskattning, socialnämnden (utkast)".into();
    note(
        &mut assessment,
        "mapping-free-text",
        "Fritextfältet \"Övrigt\" kan begränsas till 200 tecken; beslut i nästa workshop.",
    );
    state(&mut assessment, "mapping-children", AnswerState::Disputed);
    note(
        &mut assessment,
        "mapping-children",
        "Ungdomar 16-17 år i missbruksvården: ska de använda tjänsten? Oenighet i gruppen.",
    );
    note(
        &mut assessment,
        &format!("recipients/{}/recipient-basis", slug(SUPPORT)),
        "Leverantören har lovat besked om SCC till 2026-12-15.",
    );
    state(
        &mut assessment,
        &format!("recipients/{}/recipient-basis", slug(SUPPORT)),
        AnswerState::AskSupplier,
    );
    assessment
}

/// The assessment complete, ready for the nämnd.
pub fn complete() -> Assessment {
    let q = questionnaire();
    let answers = first_workshop()
        .infoset(
            "Loggar",
            &[
                ("set-categories", multi(&["logs", "identity"])),
                ("set-subjects", multi(&["clients-adults", "staff"])),
                ("set-secrecy", choice("osl-26")),
                ("set-confidentiality", level(2)),
                ("set-integrity", level(2)),
                ("set-availability", level(1)),
                ("set-traceability", level(3)),
            ],
        )
        .with(&[
            ("legal-activity-law", multi(&["sol", "lvm"])),
            ("legal-solpul", yes()),
            ("legal-who-how-where", yes()),
            ("legal-gdpr-basis", yes()),
            ("legal-register-entry", yes()),
            ("legal-secrecy-assessed", yes()),
            ("legal-technical-only", yes()),
            ("legal-unsuitable", no()),
            ("legal-cybersecurity", yes()),
            ("legal-outdated-docs", no()),
            ("children-information", yes()),
            ("children-guardian-secrecy", yes()),
            ("children-alternative-login", no()),
        ])
        .recipient(
            HOSTING,
            &[
                ("recipient-role", choice("subprocessor")),
                ("recipient-country", choice("eu-eea")),
                ("recipient-parent", choice("usa")),
                ("recipient-storage", multi(&["sweden"])),
                ("recipient-processing", multi(&["sweden", "eu-eea"])),
                ("recipient-access", multi(&["eu-eea"])),
                ("recipient-staff-confidentiality", yes()),
            ],
        )
        .recipient(
            SUPPORT,
            &[
                ("recipient-role", choice("support")),
                ("recipient-country", choice("other")),
                ("recipient-parent", choice("usa")),
                ("recipient-storage", multi(&["none"])),
                ("recipient-processing", multi(&["none"])),
                ("recipient-access", multi(&["other"])),
                ("recipient-basis", choice("scc")),
                ("recipient-tia", no()),
                ("recipient-staff-confidentiality", yes()),
            ],
        )
        .with(&[
            ("req-access-control", choice("fulfilled")),
            ("req-strong-authentication", choice("fulfilled")),
            ("req-access-review", choice("partly")),
            ("req-encryption-transit", choice("fulfilled")),
            ("req-encryption-rest", choice("fulfilled")),
            ("req-key-custody", choice("not-fulfilled")),
            ("req-inactivity-lock", choice("fulfilled")),
            ("req-integrity-protection", choice("fulfilled")),
            ("req-backup", choice("fulfilled")),
            ("req-restore-test", choice("fulfilled")),
            ("req-continuity", choice("fulfilled")),
            ("req-availability-terms", choice("fulfilled")),
            ("req-access-logging", choice("fulfilled")),
            ("req-log-review", choice("partly")),
            ("req-log-protection", choice("fulfilled")),
            ("req-incident-handling", choice("fulfilled")),
            ("req-supplier-follow-up", choice("fulfilled")),
            ("req-deletion", choice("fulfilled")),
            ("req-export", choice("fulfilled")),
            ("sec-staff-auth", multi(&["siths", "bankid"])),
            ("sec-staff-open-network", yes()),
            ("sec-individual-auth", multi(&["bankid"])),
            ("sec-individual-no-local-copy", yes()),
        ])
        .risk(
            "Skyddad klients uppgifter når förövaren",
            &[
                ("risk-harm", choice("reaches-relative")),
                ("risk-before-likelihood", level(2)),
                ("risk-before-consequence", level(4)),
                ("risk-measures", text("Klienter med skyddade personuppgifter använder inte tjänsten; handläggaren kontrollerar sekretessmarkering före inbjudan.")),
                ("risk-after-likelihood", level(1)),
                ("risk-after-consequence", level(4)),
                ("risk-owner", choice("information-owner")),
            ],
        )
        .risk(
            "Vårdnadshavare ser ungdomens svar",
            &[
                ("risk-harm", choice("reaches-guardian")),
                ("risk-before-likelihood", level(2)),
                ("risk-before-consequence", level(3)),
                ("risk-measures", text("Inloggning med ungdomens eget BankID; inga svar skickas per e-post eller post.")),
                ("risk-after-likelihood", level(1)),
                ("risk-after-consequence", level(3)),
                ("risk-owner", choice("system-manager")),
            ],
        )
        .risk(
            "Supporten i tredje land ser klientsvar",
            &[
                ("risk-harm", choice("unauthorised-access")),
                ("risk-before-likelihood", level(3)),
                ("risk-before-consequence", level(3)),
                ("risk-measures", text("Support bara på begäran och med skärmdelning som handläggaren styr; åtkomsten loggas och granskas varje månad.")),
                ("risk-after-likelihood", level(2)),
                ("risk-after-consequence", level(2)),
                ("risk-owner", choice("security-officer")),
            ],
        )
        .risk(
            "Amerikansk myndighet begär ut uppgifter",
            &[
                ("risk-harm", choice("foreign-authority")),
                ("risk-before-likelihood", level(2)),
                ("risk-before-consequence", level(3)),
                ("risk-measures", text("Kryptering med nycklar som kommunen förvaltar krävs i avtalet före driftstart.")),
                ("risk-after-likelihood", level(1)),
                ("risk-after-consequence", level(3)),
                ("risk-owner", choice("lawyer-dpo")),
            ],
        )
        .risk(
            "Tjänsten ligger nere inför ett samtal",
            &[
                ("risk-harm", choice("outage")),
                ("risk-before-likelihood", level(2)),
                ("risk-before-consequence", level(1)),
                ("risk-after-likelihood", level(2)),
                ("risk-after-consequence", level(1)),
                ("risk-owner", choice("system-manager")),
            ],
        )
        .with(&[
            ("dpia-description", text("Klienten loggar in med BankID och fyller i AUDIT eller DUDIT. Svaren sparas hos leverantören i Sverige och visas för handläggaren inför samtalet.")),
            ("dpia-purpose", text("Att ge samtalet ett bättre underlag och låta klienten förbereda sig i lugn och ro.")),
            ("dpia-necessity", text("Självskattningen görs i dag på papper i väntrummet. Tjänsten samlar inga fler uppgifter än pappersformuläret.")),
            ("dpia-alternatives", text("Papper (i dag) och kommunens e-tjänsteplattform, som saknar formulären.")),
            ("dpia-minimisation", yes()),
            ("dpia-views", choice("representatives")),
            ("dpia-views-summary", text("Brukarrådet välkomnar tjänsten men vill att papper finns kvar.")),
            ("dpia-dpo-advice", text("Dataskyddsombudet tillstyrker under två villkor: att supporten i Indien bara når uppgifter med kommunens medgivande i varje enskilt fall, och att kommunen förvaltar krypteringsnycklarna.\n\nOmbudet påpekar att överföringen till Indien inte får börja förrän bedömningen av överföringen (TIA) är gjord.")),
            ("dpia-dpo-advice-followed", choice("followed")),
            ("contract-type", choice("procured")),
            ("contract-dpa", choice("skr-template")),
            ("contract-dpa-content", yes()),
            ("contract-scc", choice("scc-2021")),
            ("contract-subprocessor-approval", yes()),
            ("contract-location-stated", yes()),
            ("contract-ownership", yes()),
            ("contract-exit", yes()),
            ("contract-documents", multi(&["routines-roles", "manuals"])),
            ("records-public-docs", yes()),
            ("records-only-store", no()),
            ("records-disclosure", yes()),
            ("records-retention", text("Svaren förs över till akten i verksamhetssystemet och gallras i tjänsten efter 30 dagar.")),
            ("records-deletion", yes()),
            ("records-export", yes()),
            ("records-plan", yes()),
            ("records-sosfs", yes()),
            ("overall-high-risk", no()),
            ("overall-recommendation", choice("approve-with-conditions")),
            ("overall-dpo-opinion", yes()),
            ("overall-decision", choice("approve-with-conditions")),
            ("overall-decision-maker", text("Socialnämnden")),
            ("overall-decision-date", molnkoll::assessment::Value::Date("2026-12-15".into())),
            ("overall-diary-number", text("SN 2026/412")),
            ("overall-next-review", molnkoll::assessment::Value::Date("2027-12-01".into())),
        ]);
    let mut assessment = assess(&q, &answers);
    assessment.title = "Stegvis självskattning, socialnämnden".into();
    note(
        &mut assessment,
        "mapping-free-text",
        "Fritextfältet \"Övrigt\" begränsas till 200 tecken (beslut 2026-11-20).",
    );
    note(
        &mut assessment,
        "req-key-custody",
        "Leverantören erbjuder kundförvaltade nycklar från version 3.3 (Q2 2027).",
    );
    state(&mut assessment, "req-log-review", AnswerState::FollowUp);
    note(
        &mut assessment,
        "req-log-review",
        "Systemförvaltaren tar fram en rutin för månatlig granskning.",
    );
    for (finding, owner, due) in [
        ("minor-login", "Systemförvaltare", "2027-02-28"),
        ("tia-missing", "Dataskyddsombud", "2027-01-31"),
    ] {
        assessment.actions.insert(
            finding.into(),
            Action {
                owner: owner.into(),
                due: due.into(),
            },
        );
    }
    assessment
}

fn slug(name: &str) -> String {
    molnkoll::items::slug(name)
}

fn note(assessment: &mut Assessment, key: &str, text: &str) {
    assessment
        .answers
        .get_mut(key)
        .unwrap_or_else(|| panic!("no answer {key:?} to note"))
        .note = text.into();
}

fn state(assessment: &mut Assessment, key: &str, state: AnswerState) {
    assessment
        .answers
        .get_mut(key)
        .unwrap_or_else(|| panic!("no answer {key:?} to mark"))
        .state = state;
}
