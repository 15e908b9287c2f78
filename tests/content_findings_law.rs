//! Findings about children and protected persons, the classification and the law: each fires
//! on the smallest assessment that should make it fire, with its exact reasons, and stays
//! quiet on close ones that should not.

mod content_support;

use content_support::*;

#[test]
fn children_classification_and_law_findings() {
    check_findings(findings_law::cases());
}
