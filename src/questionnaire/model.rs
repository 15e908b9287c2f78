//! What the questionnaire's data types do: lookups by id, what an answer may be. The types
//! themselves are in `schema.rs`, which build.rs shares.

use crate::assessment::Value;

use super::schema::{
    Aggregate, Derived, Kind, Place, Question, Questionnaire, RiskMatrix, Section,
};

impl Aggregate {
    pub fn group(&self) -> &str {
        match self {
            Aggregate::Max(group, _) | Aggregate::Count(group) => group,
        }
    }
}

impl RiskMatrix {
    /// The four level questions, as the validator checks them.
    pub fn questions(&self) -> [&str; 4] {
        [&self.before.0, &self.before.1, &self.after.0, &self.after.1]
    }
}

impl Question {
    pub fn accepts(&self, value: &Value) -> bool {
        match value {
            Value::NotApplicable => self.not_applicable,
            _ => self.kind.accepts(value),
        }
    }

    pub fn is_group(&self) -> bool {
        matches!(self.kind, Kind::Group(_))
    }

    /// A short, stable hash of what the question is (its id and kind with its options),
    /// stored with each answer. Conditions and texts are left out: they do not change what
    /// an answer means.
    pub fn definition_hash(&self) -> String {
        let definition = ron::to_string(&(&self.id, &self.kind)).unwrap_or_default();
        let mut hash: u32 = 0x811c_9dc5;
        for byte in definition.bytes() {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        format!("{hash:08x}")
    }
}

impl Kind {
    /// Option ids of a choice or multiple-choice question, in display order.
    pub fn options(&self) -> &[String] {
        match self {
            Kind::Choice(options) | Kind::Multi { options, .. } => options,
            _ => &[],
        }
    }

    /// The questions of a repeat group; none for any other kind.
    pub fn members(&self) -> &[Question] {
        match self {
            Kind::Group(members) => members,
            _ => &[],
        }
    }

    /// Whether a value can be the answer to a question of this kind: the right shape, an
    /// option the question has, a level or number within bounds. "Unknown yet" always fits;
    /// "not applicable" only where the question allows it (see `Question::accepts`).
    pub fn accepts(&self, value: &Value) -> bool {
        match (self, value) {
            (_, Value::Unknown) => true,
            (Kind::YesNo, Value::Yes | Value::No) => true,
            (Kind::Choice(options), Value::Choice(chosen)) => options.contains(chosen),
            // An empty set is no answer: the interview removes the answer instead.
            (Kind::Multi { options, exclusive }, Value::Multi(chosen)) => {
                !chosen.is_empty()
                    && chosen.iter().all(|c| options.contains(c))
                    && (chosen.len() == 1 || !chosen.iter().any(|c| exclusive.contains(c)))
            }
            (Kind::Level(min, max), Value::Level(level)) => (min..=max).contains(&level),
            (Kind::Text { max_chars }, Value::Text(text)) => text.chars().count() <= *max_chars,
            (Kind::Number { min, max }, Value::Number(number)) => {
                min.is_none_or(|min| *number >= min) && max.is_none_or(|max| *number <= max)
            }
            (Kind::Date, Value::Date(date)) => {
                date.len() == 10 && date.parse::<jiff::civil::Date>().is_ok()
            }
            _ => false,
        }
    }
}

impl Questionnaire {
    /// The questions of every section in order; a repeat group is one of them, its own
    /// questions are not (see `all_questions`).
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections
            .iter()
            .flat_map(|section| section.questions.iter())
    }

    /// Every question in order, each repeat group followed by its own questions.
    pub fn all_questions(&self) -> impl Iterator<Item = &Question> {
        self.questions()
            .flat_map(|question| std::iter::once(question).chain(question.kind.members()))
    }

    /// Rebuilds the id index; call after changing `sections`. On duplicate ids the first
    /// question wins (validation reports the duplicate).
    pub fn reindex(&mut self) {
        self.index.clear();
        for (s, section) in self.sections.iter().enumerate() {
            for (q, question) in section.questions.iter().enumerate() {
                let place = Place {
                    section: s,
                    question: q,
                    member: None,
                };
                self.index.entry(question.id.clone()).or_insert(place);
                for (m, member) in question.kind.members().iter().enumerate() {
                    let place = Place {
                        member: Some(m),
                        ..place
                    };
                    self.index.entry(member.id.clone()).or_insert(place);
                }
            }
        }
    }

    pub fn place(&self, id: &str) -> Option<Place> {
        self.index.get(id).copied()
    }

    /// Any question by id, a question of a repeat group included.
    pub fn question(&self, id: &str) -> Option<&Question> {
        let place = self.place(id)?;
        let question = self
            .sections
            .get(place.section)?
            .questions
            .get(place.question)?;
        match place.member {
            Some(m) => question.kind.members().get(m),
            None => Some(question),
        }
    }

    /// The repeat group a question belongs to, if any.
    pub fn group_of(&self, id: &str) -> Option<&Question> {
        self.group_at(self.place(id)?)
    }

    /// The repeat group of the question at `place`, if it is one of a group's questions.
    pub fn group_at(&self, place: Place) -> Option<&Question> {
        place.member?;
        self.sections
            .get(place.section)?
            .questions
            .get(place.question)
    }

    /// The section a question belongs to.
    pub fn section_of(&self, id: &str) -> Option<&Section> {
        self.sections.get(self.place(id)?.section)
    }

    pub fn derived_value(&self, id: &str) -> Option<&Derived> {
        self.derived.iter().find(|d| d.id == id)
    }

    /// Whether conditions are read in three-valued logic (format 2 and later).
    pub fn three_valued(&self) -> bool {
        self.format >= 2
    }
}
