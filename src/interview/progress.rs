//! How far the group is: answered, unknown yet and not applicable apart.

/// How far the group is, over visible questions. "Unknown yet" is looked at but not
/// answered, so it is counted apart from the answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// With a value other than "unknown yet".
    pub answered: usize,
    pub unknown: usize,
    /// Answered "not applicable" (format 2).
    pub not_applicable: usize,
    pub visible: usize,
    /// Visible questions shown only because of earlier answers, or asked per item of a
    /// repeat group: why the total moves.
    pub follow_ups: usize,
}

impl Progress {
    /// Looked at, one way or another: answered, unknown yet or not applicable.
    pub fn done(&self) -> usize {
        self.answered + self.unknown + self.not_applicable
    }

    pub(super) fn add(mut self, other: Progress) -> Progress {
        self.answered += other.answered;
        self.unknown += other.unknown;
        self.not_applicable += other.not_applicable;
        self.visible += other.visible;
        self.follow_ups += other.follow_ups;
        self
    }

    /// Takes away what `other` added.
    pub(super) fn sub(mut self, other: Progress) -> Progress {
        self.answered -= other.answered;
        self.unknown -= other.unknown;
        self.not_applicable -= other.not_applicable;
        self.visible -= other.visible;
        self.follow_ups -= other.follow_ups;
        self
    }
}
