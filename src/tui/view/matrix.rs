//! The risk matrix under the risk register's list: before and after measures side by side,
//! each cell the number of risks there and the zone's mark, so the picture reads without
//! colour too.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::i18n::{Localizer, Message as Text};
use crate::questionnaire::Severity;
use crate::rules::{Grid, RiskMatrices, Zone};
use crate::tui::theme::Theme;

/// Characters of one cell: the count (or a blank) and the zone's mark.
const CELL: usize = 4;
const BETWEEN: &str = "    ";

fn zone_severity(zone: Zone) -> Severity {
    match zone {
        Zone::High => Severity::High,
        Zone::Medium => Severity::Warning,
        Zone::Low => Severity::Info,
    }
}

fn zone_mark(zone: Zone) -> &'static str {
    match zone {
        Zone::Low => "·",
        _ => Theme::severity_icon(zone_severity(zone)),
    }
}

/// One row of a grid (a consequence level), as spans.
fn row(grid: &Grid, consequence: u8, axis: &str, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = vec![Span::styled(
        format!("{axis}{consequence} │"),
        theme.label(),
    )];
    for likelihood in grid.likelihoods.0..=grid.likelihoods.1 {
        let zone = grid.zone(likelihood, consequence);
        let count = grid.count(likelihood, consequence);
        let style: Style = if count == 0 {
            theme.dim()
        } else {
            theme.severity(zone_severity(zone))
        };
        let number = if count == 0 {
            String::new()
        } else {
            count.to_string()
        };
        spans.push(Span::styled(
            format!("{:>w$}", format!("{number}{}", zone_mark(zone)), w = CELL),
            style,
        ));
    }
    spans
}

fn width(grid: &Grid, axis: &str) -> usize {
    let cells = usize::from(grid.likelihoods.1 - grid.likelihoods.0) + 1;
    axis.chars().count() + 3 + cells * CELL
}

fn footer(grid: &Grid, axis: &str, likelihood_axis: &str) -> String {
    let mut line = " ".repeat(axis.chars().count() + 3);
    for likelihood in grid.likelihoods.0..=grid.likelihoods.1 {
        line.push_str(&format!(
            "{:>w$}",
            format!("{likelihood_axis}{likelihood}"),
            w = CELL
        ));
    }
    line
}

fn pad(text: String, to: usize) -> String {
    let length = text.chars().count();
    text + &" ".repeat(to.saturating_sub(length))
}

/// The two matrices and their legend, ready to go under the register's list.
pub(super) fn matrix_lines(
    matrices: &RiskMatrices,
    localizer: &Localizer,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let consequence = localizer.text("ui-matrix-consequence-short");
    let likelihood = localizer.text("ui-matrix-likelihood-short");
    let left = width(&matrices.before, &consequence);
    let mut lines = vec![
        Line::raw(""),
        Line::styled(
            format!(
                "  {}{BETWEEN}{}",
                pad(localizer.text("ui-matrix-before"), left),
                localizer.text("ui-matrix-after")
            ),
            theme.header(),
        ),
    ];
    let (low, high) = matrices.before.consequences;
    for level in (low..=high).rev() {
        let mut spans = vec![Span::raw("  ")];
        spans.extend(row(&matrices.before, level, &consequence, theme));
        spans.push(Span::raw(BETWEEN));
        spans.extend(row(&matrices.after, level, &consequence, theme));
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled(
        format!(
            "  {}{BETWEEN}{}",
            pad(footer(&matrices.before, &consequence, &likelihood), left),
            footer(&matrices.after, &consequence, &likelihood)
        ),
        theme.label(),
    ));
    lines.push(Line::styled(
        format!("  {}", localizer.text("ui-matrix-legend")),
        theme.dim(),
    ));
    let unplaced = matrices
        .before
        .unplaced
        .len()
        .max(matrices.after.unplaced.len());
    if unplaced > 0 {
        lines.push(Line::styled(
            format!(
                "  {}",
                localizer.message(&Text::new("ui-matrix-unplaced").with("count", unplaced))
            ),
            theme.dim(),
        ));
    }
    lines
}
