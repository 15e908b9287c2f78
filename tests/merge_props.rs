//! Properties of the three-way merge on generated assessments: it never panics, its result
//! always saves and loads back, and it agrees with the obvious cases.

use std::collections::BTreeMap;

use molnkoll::assessment::{Action, Answer, AnswerState, Assessment, Value};
use molnkoll::merge::merge;
use proptest::prelude::*;

fn value() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        Just(None),
        Just(Some(Value::Yes)),
        Just(Some(Value::No)),
        Just(Some(Value::Unknown)),
        "[a-c]".prop_map(|c| Some(Value::Choice(c))),
        (0u8..5).prop_map(|l| Some(Value::Level(l))),
        ".{0,20}".prop_map(|t| Some(Value::Text(t))),
    ]
}

fn answer() -> impl Strategy<Value = Answer> {
    (
        value(),
        prop_oneof![Just(String::new()), ".{0,30}"],
        prop::sample::select(AnswerState::ALL.to_vec()),
    )
        .prop_map(|(value, note, state)| Answer {
            value,
            note,
            state,
            ..Answer::default()
        })
}

fn assessment() -> impl Strategy<Value = Assessment> {
    (
        prop_oneof![Just("Titel".to_owned()), ".{0,10}"],
        prop::collection::btree_map("q[0-5]", answer(), 0..6),
        prop::collection::btree_map("f[0-2]", ".{0,8}", 0..3),
    )
        .prop_map(|(title, answers, owners)| Assessment {
            format: 1,
            questionnaire: "molnkoll".into(),
            questionnaire_version: 1,
            title,
            answers: answers.into_iter().filter(|(_, a)| !a.is_empty()).collect(),
            actions: owners
                .into_iter()
                .map(|(id, owner)| {
                    (
                        id,
                        Action {
                            owner,
                            due: String::new(),
                        },
                    )
                })
                .collect::<BTreeMap<_, _>>(),
            conflicts: Default::default(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_merge_saves_and_loads_back(base in assessment(), ours in assessment(), theirs in assessment()) {
        let merged = merge(&base, &ours, &theirs).expect("same questionnaire");
        let text = molnkoll::store::to_ron(&merged.assessment);
        let loaded = molnkoll::store::parse(std::path::Path::new("merged"), text).expect("loads");
        prop_assert_eq!(loaded, merged.assessment);
    }

    #[test]
    fn one_sided_changes_merge_to_that_side(base in assessment(), changed in assessment()) {
        let ours_only = merge(&base, &changed, &base).expect("merges");
        prop_assert!(ours_only.conflicts.is_empty());
        prop_assert_eq!(&ours_only.assessment, &changed);
        let theirs_only = merge(&base, &base, &changed).expect("merges");
        prop_assert!(theirs_only.conflicts.is_empty());
        prop_assert_eq!(&theirs_only.assessment, &changed);
        let both = merge(&base, &changed, &changed).expect("merges");
        prop_assert_eq!(&both.assessment, &changed);
    }
}
