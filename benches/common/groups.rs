//! A questionnaire with one repeat group of six questions, and an assessment with any
//! number of items, every item answered: shared by the group benchmarks and the keypress
//! benchmarks.

use std::path::PathBuf;

use molnkoll::assessment::{Assessment, Value};
use molnkoll::i18n::{FtlSource, Lang};
use molnkoll::items::member_key;
use molnkoll::questionnaire::{Questionnaire, QuestionnaireSource, SourceText};

const RON: &str = r#"Questionnaire(format: 2, id: "bench", version: 1, content_as_of: "2026-11-27",
    conditions: {"confidential": LevelAtLeast("conf", 3)},
    sections: [Section(id: "s", questions: [
        Question(id: "seat", kind: Choice(["sweden", "usa"])),
        Question(id: "sets", kind: Group([
            Question(id: "personal", kind: YesNo),
            Question(id: "art9", kind: YesNo, show_if: Some(Is("personal", Yes))),
            Question(id: "conf", kind: Level(0, 4)),
            Question(id: "integ", kind: Level(0, 4)),
            Question(id: "encrypted", kind: YesNo, not_applicable: true),
            Question(id: "name", kind: Text(max_chars: 80)),
        ])),
    ])],
    derived: [Derived(id: "max-conf", value: Max("sets", "conf"))],
    findings: [
        Finding(id: "unencrypted", severity: High,
                when: AnyItem("sets", All([Named("confidential"), Not(Is("encrypted", Yes))]))),
        Finding(id: "all-personal", severity: Info, when: EveryItem("sets", Is("personal", Yes))),
        Finding(id: "high", severity: Warning, when: LevelAtLeast("max-conf", 3)),
    ],
)"#;

pub fn sizes() -> Vec<usize> {
    std::env::var("MOLNKOLL_BENCH_ITEMS")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1_000, 10_000])
}

pub fn source() -> QuestionnaireSource {
    let mut ftl = String::from("section-s = S\nderived-max-conf = Max\n");
    for id in [
        "seat",
        "sets",
        "personal",
        "art9",
        "conf",
        "integ",
        "encrypted",
        "name",
    ] {
        ftl.push_str(&format!(
            "{id} = Question {id}\n    .help = Help\n    .ref = Ref\n"
        ));
    }
    ftl.push_str("    .item = set\nseat--sweden = Sweden\nseat--usa = USA\n");
    for level in 0..=4 {
        ftl.push_str(&format!("level-{level} = level {level}\n"));
    }
    for id in ["unencrypted", "all-personal", "high"] {
        ftl.push_str(&format!("finding-{id} = Finding {id}\n    .action = Act\n"));
    }
    let texts = Lang::ALL
        .iter()
        .map(|&lang| {
            let path = PathBuf::from(format!("bench.{}.ftl", lang.code()));
            (
                lang,
                vec![FtlSource {
                    path,
                    text: ftl.clone().into(),
                }],
            )
        })
        .collect();
    QuestionnaireSource {
        ron: SourceText {
            path: PathBuf::from("bench.ron"),
            text: RON.to_owned(),
        },
        texts,
    }
}

pub fn assessment(questionnaire: &Questionnaire, items: usize) -> Assessment {
    let mut assessment = Assessment::new(questionnaire, "Många mängder");
    for i in 0..items {
        let item = assessment.add_item("sets", &format!("Informationsmängd {i}"));
        let mut answer = |q: &str, value: Value| {
            assessment.set_value(&member_key("sets", &item, q), Some(value));
        };
        answer("personal", if i % 3 == 0 { Value::No } else { Value::Yes });
        answer("art9", Value::No);
        answer("conf", Value::Level((i % 4) as u8));
        answer("integ", Value::Level(2));
        answer(
            "encrypted",
            if i % 7 == 0 {
                Value::NotApplicable
            } else {
                Value::Yes
            },
        );
        answer("name", Value::Text(format!("Mängd nummer {i}")));
    }
    assessment
}
