//! Giving answers: the answer widget of each kind, and typed answers checked against it.

use std::collections::BTreeSet;

use crate::assessment::Value;
use crate::i18n::Message as Text;
use crate::questionnaire::Kind;

use super::{Effect, Interview, Mode};

/// Checks a typed answer against its kind: `Ok(None)` clears the answer.
pub fn parse_typed(kind: &Kind, text: &str) -> Result<Option<Value>, Text> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match kind {
        Kind::Text { max_chars } => {
            let count = trimmed.chars().count();
            if count > *max_chars {
                return Err(Text::new("notice-text-too-long")
                    .with("max", *max_chars)
                    .with("count", count));
            }
            Ok(Some(Value::Text(trimmed.to_owned())))
        }
        Kind::Number { min, max } => {
            let number: i64 = trimmed
                .parse()
                .map_err(|_| Text::new("notice-not-a-number").with("value", trimmed))?;
            let too_low = min.is_some_and(|min| number < min);
            let too_high = max.is_some_and(|max| number > max);
            if too_low || too_high {
                let range = format!(
                    "{}..{}",
                    min.map(|n| n.to_string()).unwrap_or_default(),
                    max.map(|n| n.to_string()).unwrap_or_default()
                );
                return Err(Text::new("notice-number-out-of-range")
                    .with("value", number)
                    .with("range", range));
            }
            Ok(Some(Value::Number(number)))
        }
        Kind::Date => trimmed
            .parse::<jiff::civil::Date>()
            .map(|date| Some(Value::Date(date.to_string())))
            .map_err(|_| Text::new("notice-not-a-date").with("value", trimmed)),
        _ => Err(Text::new("notice-not-typed")),
    }
}

impl Interview {
    /// The number of rows in the current answer widget: the options or levels, and last
    /// "unknown yet", so that it can be seen chosen on every kind.
    pub(super) fn widget_len(&self) -> usize {
        self.options_len() + usize::from(self.widget_has_unknown_row())
    }

    /// Options or levels of the current question, without the "unknown yet" row.
    fn options_len(&self) -> usize {
        match self.current_question().map(|q| &q.kind) {
            Some(Kind::YesNo) => 3,
            Some(Kind::Choice(options) | Kind::Multi { options, .. }) => options.len(),
            Some(Kind::Level(min, max)) => usize::from(max.saturating_sub(*min)) + 1,
            _ => 0,
        }
    }

    /// Yes/no has "unknown yet" among its three; choices and levels get it as a last row.
    pub fn widget_has_unknown_row(&self) -> bool {
        matches!(
            self.current_question().map(|q| &q.kind),
            Some(Kind::Choice(_) | Kind::Multi { .. } | Kind::Level(..))
        )
    }

    pub fn current_is_typed(&self) -> bool {
        matches!(
            self.current_question().map(|q| &q.kind),
            Some(Kind::Text { .. } | Kind::Number { .. } | Kind::Date)
        )
    }

    /// Puts the highlight on the current answer, so arrows start from what is chosen.
    pub(super) fn reset_cursor(&mut self) {
        let Some(question) = self.current_question() else {
            self.cursor = 0;
            return;
        };
        let value = self
            .current_key()
            .and_then(|key| self.assessment.value(key));
        self.cursor = match (&question.kind, value) {
            (Kind::YesNo, Some(Value::No)) => 1,
            (Kind::YesNo, Some(Value::Unknown)) => 2,
            (Kind::Choice(options), Some(Value::Choice(chosen))) => {
                options.iter().position(|o| o == chosen).unwrap_or(0)
            }
            (Kind::Level(min, _), Some(Value::Level(level))) => {
                usize::from(level.saturating_sub(*min))
            }
            (Kind::Choice(_) | Kind::Multi { .. } | Kind::Level(..), Some(Value::Unknown)) => {
                self.options_len()
            }
            _ => 0,
        };
    }

    pub(super) fn set_value(&mut self, value: Value) -> Option<Effect> {
        let question = self.current_question()?;
        if value == Value::NotApplicable && !question.not_applicable {
            self.notice = Some(Text::new("notice-not-applicable-not-allowed"));
            return None;
        }
        if !question.accepts(&value) {
            return None;
        }
        let id = self.current_key()?.to_owned();
        let conflicted = self
            .assessment
            .answer(&id)
            .is_some_and(|a| a.conflict.is_some());
        if self.assessment.value(&id) == Some(&value) && !conflicted {
            return None;
        }
        self.answer_current(Some(value));
        self.reset_cursor();
        self.changed()
    }

    pub(super) fn digit(&mut self, digit: u8) -> Option<Effect> {
        let question = self.current_question()?;
        match &question.kind {
            Kind::Level(..) => self.set_value(Value::Level(digit)),
            Kind::Choice(_) | Kind::Multi { .. } if digit >= 1 => {
                self.cursor = usize::from(digit - 1);
                if self.cursor >= self.options_len() {
                    self.reset_cursor();
                    return None;
                }
                self.toggle_cursor()
            }
            Kind::YesNo => match digit {
                1 => self.set_value(Value::Yes),
                2 => self.set_value(Value::No),
                3 => self.set_value(Value::Unknown),
                _ => None,
            },
            _ => None,
        }
    }

    /// Selects the highlighted row; in a multiple choice, toggles it, keeping exclusive
    /// options ("none", "don't know") alone.
    pub(super) fn toggle_cursor(&mut self) -> Option<Effect> {
        if self.widget_has_unknown_row() && self.cursor == self.options_len() {
            return self.set_value(Value::Unknown);
        }
        let question = self.current_question()?;
        match &question.kind {
            Kind::YesNo => {
                let value = [Value::Yes, Value::No, Value::Unknown]
                    .get(self.cursor)?
                    .clone();
                self.set_value(value)
            }
            Kind::Choice(options) => {
                let option = options.get(self.cursor)?.clone();
                self.set_value(Value::Choice(option))
            }
            Kind::Level(min, _) => {
                let level = min.saturating_add(u8::try_from(self.cursor).ok()?);
                self.set_value(Value::Level(level))
            }
            Kind::Multi { options, exclusive } => {
                let option = options.get(self.cursor)?.clone();
                let key = self.current_key()?;
                let mut chosen = match self.assessment.value(key) {
                    Some(Value::Multi(chosen)) => chosen.clone(),
                    _ => BTreeSet::new(),
                };
                if !chosen.remove(&option) {
                    if exclusive.contains(&option) {
                        chosen.clear();
                    } else {
                        chosen.retain(|c| !exclusive.contains(c));
                    }
                    chosen.insert(option);
                }
                let cursor = self.cursor;
                let effect = if chosen.is_empty() {
                    self.answer_current(None);
                    self.changed()
                } else {
                    self.set_value(Value::Multi(chosen))
                };
                // Toggling keeps the highlight where it is, for the next toggle.
                self.cursor = cursor;
                effect
            }
            _ => None,
        }
    }

    /// Enter: settles a conflict or a changed question by keeping the answer as it stands,
    /// then moves on. It never gives an answer: on an unanswered question it only moves on,
    /// since a group presses Enter to mean "skip for now".
    pub(super) fn confirm(&mut self) -> Option<Effect> {
        let conflicted = self.current_answer().is_some_and(|a| a.conflict.is_some());
        let effect = if conflicted {
            let value = self.current_answer().and_then(|a| a.value.clone());
            self.answer_current(value);
            self.changed()
        } else if self.needs_reconfirmation() {
            let key = self.current_key()?.to_owned();
            let question = self.current_question()?.clone();
            if !self.assessment.reconfirm_at(&key, &question) {
                // The option it names is gone: the group chooses again, nothing is kept.
                self.notice = Some(Text::new("notice-choose-again"));
                return None;
            }
            self.assessment.questionnaire_version = self.questionnaire.version;
            self.changed()
        } else {
            None
        };
        self.next_or_end();
        effect
    }

    /// Keeps a typed answer; `advance` (Enter) then moves on, Esc stays on the question.
    pub(super) fn set_typed(&mut self, text: &str, advance: bool) -> Option<Effect> {
        let question = self.current_question()?;
        match parse_typed(&question.kind, text) {
            Ok(value) => {
                let id = self.current_key()?.to_owned();
                self.mode = Mode::Question;
                // An emptied editor keeps the answer: clearing is Del, said and undoable,
                // never the side effect of typing taken back.
                let value = match value {
                    None => self.assessment.value(&id).cloned(),
                    value => value,
                };
                let effect = if self.assessment.value(&id) == value.as_ref() {
                    None
                } else {
                    self.answer_current(value);
                    self.changed()
                };
                if advance {
                    self.next_or_end();
                }
                effect
            }
            Err(notice) => {
                // Stay in the editor so the group can correct what they typed.
                self.notice = Some(notice);
                None
            }
        }
    }
}
