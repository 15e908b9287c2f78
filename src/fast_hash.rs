//! Hash maps and sets for the keys the rules and the views look up on every change and
//! every frame: question ids, answer keys, lines of text.
//!
//! std's default hasher (SipHash) was a third of the rules' first computation at start-up;
//! with foldhash that computation took a quarter less (perf, 60 starts). foldhash is still
//! seeded at random per process: ids come from questionnaire and assessment files, which
//! may be hostile, and must not be able to choose keys that collide.

/// The hasher of every map and set here, and of the Fluent index.
pub type RandomState = foldhash::fast::RandomState;

pub type HashMap<K, V> = std::collections::HashMap<K, V, RandomState>;
pub type HashSet<T> = std::collections::HashSet<T, RandomState>;
