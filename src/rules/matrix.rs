//! The risk matrix: where each risk of the register stands by likelihood and consequence,
//! before and after measures. The interview draws it and the report prints it; both read
//! it from here.

use std::collections::BTreeMap;

use crate::assessment::Value;
use crate::items::member_key;
use crate::questionnaire::{Kind, Questionnaire, RiskMatrix};

use super::ActiveAnswers;

/// How serious a cell of the matrix is. The scale is the sum of the two levels above
/// their lowest: the upper third is high, the middle third medium. On the usual 1-4 scales
/// that makes likelihood + consequence of 6 or more high, so a very serious consequence
/// weighs the same as a very likely one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Zone {
    Low,
    Medium,
    High,
}

/// One matrix: the items (their ids) in each cell, keyed by (likelihood, consequence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub likelihoods: (u8, u8),
    pub consequences: (u8, u8),
    cells: BTreeMap<(u8, u8), Vec<String>>,
    /// Items with one level or both still open, or "unknown yet": not in any cell.
    pub unplaced: Vec<String>,
}

impl Grid {
    pub fn items_at(&self, likelihood: u8, consequence: u8) -> &[String] {
        self.cells
            .get(&(likelihood, consequence))
            .map_or(&[], Vec::as_slice)
    }

    pub fn count(&self, likelihood: u8, consequence: u8) -> usize {
        self.items_at(likelihood, consequence).len()
    }

    pub fn placed(&self) -> usize {
        self.cells.values().map(Vec::len).sum()
    }

    pub fn zone(&self, likelihood: u8, consequence: u8) -> Zone {
        let span = u16::from(self.likelihoods.1 - self.likelihoods.0)
            + u16::from(self.consequences.1 - self.consequences.0);
        let score = u16::from(likelihood.saturating_sub(self.likelihoods.0))
            + u16::from(consequence.saturating_sub(self.consequences.0));
        if span == 0 || score * 3 >= span * 2 {
            Zone::High
        } else if score * 3 >= span {
            Zone::Medium
        } else {
            Zone::Low
        }
    }

    /// The zone of the cell an item stands in, if it is placed.
    pub fn zone_of(&self, item: &str) -> Option<Zone> {
        self.cells
            .iter()
            .find(|(_, items)| items.iter().any(|i| i == item))
            .map(|(&(likelihood, consequence), _)| self.zone(likelihood, consequence))
    }

    /// How many placed risks are in each zone, in the order low, medium, high.
    pub fn zone_counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for (&(likelihood, consequence), items) in &self.cells {
            counts[self.zone(likelihood, consequence) as usize] += items.len();
        }
        counts
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskMatrices {
    pub before: Grid,
    pub after: Grid,
}

fn scale(questionnaire: &Questionnaire, id: &str) -> Option<(u8, u8)> {
    match questionnaire.question(id)?.kind {
        Kind::Level(min, max) if min <= max => Some((min, max)),
        _ => None,
    }
}

impl ActiveAnswers<'_> {
    /// The questionnaire's risk matrix over the register's items as answered now; `None`
    /// when the questionnaire has none (or the validator would refuse it).
    pub fn risk_matrices(&self) -> Option<RiskMatrices> {
        let matrix = self.questionnaire().risk_matrix.as_ref()?;
        Some(RiskMatrices {
            before: self.grid(matrix, &matrix.before)?,
            after: self.grid(matrix, &matrix.after)?,
        })
    }

    fn grid(&self, matrix: &RiskMatrix, axes: &(String, String)) -> Option<Grid> {
        let questionnaire = self.questionnaire();
        let mut grid = Grid {
            likelihoods: scale(questionnaire, &axes.0)?,
            consequences: scale(questionnaire, &axes.1)?,
            cells: BTreeMap::new(),
            unplaced: Vec::new(),
        };
        for &item in self.items(&matrix.group) {
            let level =
                |question: &str| match self.value(&member_key(&matrix.group, item, question)) {
                    Some(Value::Level(level)) => Some(*level),
                    _ => None,
                };
            match (level(&axes.0), level(&axes.1)) {
                (Some(likelihood), Some(consequence)) => grid
                    .cells
                    .entry((likelihood, consequence))
                    .or_default()
                    .push(item.to_owned()),
                _ => grid.unplaced.push(item.to_owned()),
            }
        }
        Some(grid)
    }
}
