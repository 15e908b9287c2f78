//! Kleene's connectives over verdicts, and how an answer meets an `Is` test.

use crate::assessment::Value;
use crate::fast_hash::HashSet;

use super::{Expect, Truth, Verdict};

pub(super) fn truth(holds: bool) -> Truth {
    match holds {
        true => Truth::True,
        false => Truth::False,
    }
}

pub(super) fn all_of(verdicts: impl Iterator<Item = Verdict>) -> Verdict {
    let mut by_truth: [Vec<String>; 3] = Default::default();
    let mut seen = [false; 3];
    for verdict in verdicts {
        let slot = index(verdict.truth);
        seen[slot] = true;
        by_truth[slot].extend(verdict.keys);
    }
    let [true_keys, false_keys, open_keys] = by_truth;
    if seen[index(Truth::False)] {
        Verdict::new(Truth::False, dedup(false_keys))
    } else if seen[index(Truth::Undetermined)] {
        Verdict::new(Truth::Undetermined, dedup(open_keys))
    } else {
        Verdict::new(Truth::True, dedup(true_keys))
    }
}

pub(super) fn at_least(n: usize, verdicts: impl Iterator<Item = Verdict>) -> Verdict {
    let mut by_truth: [Vec<String>; 3] = Default::default();
    let mut counts = [0usize; 3];
    for verdict in verdicts {
        let slot = index(verdict.truth);
        counts[slot] += 1;
        by_truth[slot].extend(verdict.keys);
    }
    let [true_keys, false_keys, open_keys] = by_truth;
    let (held, open) = (
        counts[index(Truth::True)],
        counts[index(Truth::Undetermined)],
    );
    if held >= n {
        Verdict::new(Truth::True, dedup(true_keys))
    } else if held + open < n {
        Verdict::new(Truth::False, dedup(false_keys))
    } else {
        Verdict::new(Truth::Undetermined, dedup(open_keys))
    }
}

/// `all_of` over verdicts kept elsewhere: only the keys that decide are copied.
pub(super) fn all_of_kept<'v>(verdicts: impl Iterator<Item = &'v Verdict> + Clone) -> Verdict {
    let counts = count(verdicts.clone());
    let truth = if counts[index(Truth::False)] > 0 {
        Truth::False
    } else if counts[index(Truth::Undetermined)] > 0 {
        Truth::Undetermined
    } else {
        Truth::True
    };
    Verdict::new(truth, keys_of(truth, verdicts))
}

/// `at_least` over verdicts kept elsewhere: only the keys that decide are copied.
pub(super) fn at_least_kept<'v>(
    n: usize,
    verdicts: impl Iterator<Item = &'v Verdict> + Clone,
) -> Verdict {
    let counts = count(verdicts.clone());
    let (held, open) = (
        counts[index(Truth::True)],
        counts[index(Truth::Undetermined)],
    );
    let truth = if held >= n {
        Truth::True
    } else if held + open < n {
        Truth::False
    } else {
        Truth::Undetermined
    };
    Verdict::new(truth, keys_of(truth, verdicts))
}

fn count<'v>(verdicts: impl Iterator<Item = &'v Verdict>) -> [usize; 3] {
    let mut counts = [0usize; 3];
    for verdict in verdicts {
        counts[index(verdict.truth)] += 1;
    }
    counts
}

/// The keys of the verdicts of one truth, in order, each once.
fn keys_of<'v>(truth: Truth, verdicts: impl Iterator<Item = &'v Verdict>) -> Vec<String> {
    let mut seen = HashSet::default();
    verdicts
        .filter(|verdict| verdict.truth == truth)
        .flat_map(|verdict| &verdict.keys)
        .filter(|key| seen.insert(key.as_str()))
        .cloned()
        .collect()
}

fn index(truth: Truth) -> usize {
    match truth {
        Truth::True => 0,
        Truth::False => 1,
        Truth::Undetermined => 2,
    }
}

pub(super) fn matches_expect(value: &Value, expect: &Expect) -> bool {
    match (value, expect) {
        (Value::Yes, Expect::Yes) | (Value::No, Expect::No) | (Value::Unknown, Expect::Unknown) => {
            true
        }
        (Value::Choice(chosen), Expect::Choice(wanted)) => chosen == wanted,
        (Value::Multi(chosen), Expect::Choice(wanted)) => chosen.contains(wanted),
        (Value::NotApplicable, Expect::NotApplicable) => true,
        _ => false,
    }
}

fn dedup(keys: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::default();
    keys.into_iter()
        .filter(|k| seen.insert(k.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn verdict() -> impl Strategy<Value = Verdict> {
        let truth = prop_oneof![
            Just(Truth::True),
            Just(Truth::False),
            Just(Truth::Undetermined)
        ];
        // Few distinct keys, so that duplicates across verdicts are common.
        let keys = prop::collection::vec("[a-d]", 0..3);
        (truth, keys).prop_map(|(truth, keys)| Verdict::new(truth, keys))
    }

    proptest! {
        /// The folds over kept verdicts decide, and explain, exactly as the folds that
        /// consume them: the interview's kept outcomes must read as a fresh evaluation.
        #[test]
        fn kept_folds_equal_the_consuming_ones(
            verdicts in prop::collection::vec(verdict(), 0..8),
            n in 0usize..4,
        ) {
            prop_assert_eq!(
                all_of_kept(verdicts.iter()),
                all_of(verdicts.clone().into_iter())
            );
            prop_assert_eq!(
                at_least_kept(n, verdicts.iter()),
                at_least(n, verdicts.clone().into_iter())
            );
        }
    }
}
