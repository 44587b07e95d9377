//! Two readings on made-up sentences, end to end: a price "from" a sum, its lowest (at least
//! the sum), and a difference said above or below a norm (a direction, as `с 18% повече`).

#[path = "support/check.rs"]
mod support;

use sverka::figures::Approx;
use sverka::lang::Lang;
use sverka::report::{Kind, Row, Severity};

/// Checks a Bulgarian source against one reference.
fn check(source: &str, lang: Lang, reference: &str) -> Vec<Row> {
    support::check(&[source], &[(lang, &[reference])])
}

/// The qualifiers of the money figures of `text`.
fn money_approx(lang: Lang, text: &str) -> Vec<Approx> {
    let doc = support::analyzed(lang, &[text]);
    doc.figures
        .iter()
        .flatten()
        .filter(|f| f.kind == sverka::figures::FigureKind::Money)
        .map(|f| f.approx)
        .collect()
}

#[test]
fn a_price_from_a_sum_is_at_least_the_sum() {
    use Approx::{Exact, Over};
    let cases: [(Lang, &str, Vec<Approx>); 16] = [
        // The lowest price.
        (
            Lang::Bg,
            "Стаята ще струва 95 евро, а апартаментът – от 240 евро.",
            vec![Exact, Over],
        ),
        (Lang::Bg, "Билетите струват от 35 лв.", vec![Over]),
        (
            Lang::En,
            "A room will cost €95, with suites from €240.",
            vec![Exact, Exact],
        ),
        (
            Lang::En,
            "A room will cost €95, with first class from €240.",
            vec![Exact, Over],
        ),
        (Lang::En, "Tickets start from $35.", vec![Over]),
        (
            Lang::Ru,
            "Номер будет стоить 95 евро, а апартаменты — от 240 евро.",
            vec![Exact, Over],
        ),
        (
            Lang::Uk,
            "Номер коштуватиме 95 євро, а апартаменти — від 240 євро.",
            vec![Exact, Over],
        ),
        (Lang::Kk, "Люкс нөмірлер 240 еуродан басталады.", vec![Over]),
        // No price from: a range, a change, a sum "of", a source, ru `с`.
        (
            Lang::Bg,
            "Стаята ще струва 95 евро, а апартаментът – от 240 до 300 евро.",
            vec![Exact, Exact],
        ),
        (
            Lang::Bg,
            "Съдът наложи глоба от 500 лв., а билетът поскъпна от 20 на 25 лв.",
            vec![Exact, Exact, Exact],
        ),
        (
            Lang::Bg,
            "Цената се повиши с 8% – от 240 евро.",
            vec![Exact],
        ),
        (
            Lang::Bg,
            "Хотелът отчете печалба – от 240 евро приходи на ден.",
            vec![Exact],
        ),
        (
            Lang::En,
            "Revenue rose to $7 billion from $5 billion.",
            vec![Exact, Exact],
        ),
        (
            Lang::Ru,
            "Номер будет стоить 95 евро, а апартаменты — с 240 евро.",
            vec![Exact, Exact],
        ),
        (
            Lang::Uk,
            "Ціна квитка зросла — від 20 гривень.",
            vec![Exact],
        ),
        (Lang::Kk, "Билет 240 еуродан қымбаттады.", vec![Exact]),
    ];
    for (lang, text, want) in cases {
        assert_eq!(money_approx(lang, text), want, "{lang}: {text}");
    }
}

#[test]
fn a_price_from_said_as_up_to_is_a_changed_qualifier() {
    let source = "Стаята ще струва 95 евро, а апартаментът – до 240 евро.";
    let references = [
        (
            Lang::En,
            "A room will cost €95, with first class from €240.",
        ),
        (
            Lang::Uk,
            "Номер коштуватиме 95 євро, а апартаменти — від 240 євро.",
        ),
        (
            Lang::Ru,
            "Номер будет стоить 95 евро, а апартаменты — от 240 евро.",
        ),
        (
            Lang::Kk,
            "Нөмір 95 еуро тұрады, ал люкс 240 еуродан басталады.",
        ),
    ];
    for (lang, reference) in references {
        let rows = check(source, lang, reference);
        assert!(
            rows.iter()
                .any(|r| r.kind == Kind::ApproxMismatch && r.severity >= Severity::Warning),
            "{lang}: {rows:#?}"
        );
        let clean = check(
            "Стаята ще струва 95 евро, а апартаментът – от 240 евро.",
            lang,
            reference,
        );
        assert!(
            clean.iter().all(|r| r.severity < Severity::Warning),
            "{lang}: {clean:#?}"
        );
    }
}

#[test]
fn degrees_above_or_below_a_norm_say_a_direction() {
    let bg = "През юли водата беше с 1,7 градуса над средната за десетилетието.";
    let below = "През юли водата беше с 1,7 градуса под средната за десетилетието.";
    let references = [
        (
            Lang::En,
            "In July the water was 1.7 degrees above the average for the decade.",
        ),
        (
            Lang::Ru,
            "В июле вода была на 1,7 градуса выше средней за десятилетие.",
        ),
        (
            Lang::Uk,
            "У липні вода була на 1,7 градуса вище за середню за десятиліття.",
        ),
        (
            Lang::Kk,
            "Шілдеде су онжылдықтағы орташа көрсеткіштен 1,7 градусқа жоғары болды.",
        ),
    ];
    let other_way = |rows: &[Row]| {
        rows.iter().any(|r| {
            r.kind == Kind::NumberMismatch
                && r.severity == Severity::Error
                && r.message.contains("other way")
        })
    };
    for (lang, reference) in references {
        let rows = check(below, lang, reference);
        assert!(other_way(&rows), "{lang}: {rows:#?}");
        let rows = check(bg, lang, reference);
        assert!(
            rows.iter().all(|r| r.severity < Severity::Warning),
            "{lang}: {rows:#?}"
        );
    }
    // The other way round: bg above, en below; a difference after `с` against a forecast.
    let pairs = [
        (
            bg,
            Lang::En,
            "In July the water was 1.7 degrees below the average for the decade.",
        ),
        (
            "Продажбите бяха с 3% над прогнозата.",
            Lang::En,
            "Sales were 3% lower than forecast.",
        ),
    ];
    for (source, lang, reference) in pairs {
        let rows = check(source, lang, reference);
        assert!(other_way(&rows), "{source} / {reference}: {rows:#?}");
    }
    // A height above the sea, or zero, is no change: nothing.
    let same = [
        (
            "Хижата е на височина от 1 782 м над морското равнище.",
            Lang::En,
            "The hut stands 1,782 m lower than the summit.",
        ),
        (
            "Сутринта беше с 4 градуса над нулата.",
            Lang::Ru,
            "Утром было на 4 градуса ниже, чем вчера.",
        ),
    ];
    for (source, lang, reference) in same {
        let rows = check(source, lang, reference);
        assert!(!other_way(&rows), "{source} / {reference}: {rows:#?}");
    }
}
