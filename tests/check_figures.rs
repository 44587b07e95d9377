//! Figure pairing in the checking stage, end to end on made-up sentences: the figures stage
//! reads the figures, the aligner pairs the sentences, the checking stage pairs and judges.

#[path = "support/check.rs"]
mod support;

use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

/// Checks a Bulgarian source against one reference.
fn check(source: &[&str], lang: Lang, reference: &[&str]) -> Vec<Row> {
    support::check(source, &[(lang, reference)])
}

#[test]
fn a_changed_digit_beside_a_conversion_meets_its_own_unit() {
    // Both sides give the speed twice, in km/h and in mph. The source's mph figure has a
    // changed digit (494 for 497); 494 mph is 795 km/h, within rounding of 800, so pairing
    // each side's km/h with the other's mph would hide the change.
    let en = ["The wave crossed the sea at 800 kph (497 mph) before it struck the coast."];
    let clean =
        ["Вълната прекоси морето със скорост 800 км/ч (497 мили в час), преди да удари брега."];
    let rows = check(&clean, Lang::En, &en);
    assert!(
        rows.iter().all(|r| r.severity < Severity::Warning),
        "{rows:#?}"
    );
    let changed =
        ["Вълната прекоси морето със скорост 800 км/ч (494 мили в час), преди да удари брега."];
    let rows = check(&changed, Lang::En, &en);
    let mismatch: Vec<&Row> = rows
        .iter()
        .filter(|r| r.kind == Kind::NumberMismatch && r.severity >= Severity::Warning)
        .collect();
    assert_eq!(mismatch.len(), 1, "{rows:#?}");
    assert!(mismatch[0].source_text.contains("494"), "{rows:#?}");
    assert!(mismatch[0].ref_text.contains("497"), "{rows:#?}");
}
