//! Findings about logging in, devices and the risk register.

mod content_support;

use content_support::*;

#[test]
fn login_device_and_risk_findings() {
    check_findings(findings_security::cases());
}
