//! Sentence alignment: hand-made pairs for every bead type, empty and one-sentence texts, a
//! paragraph the source omits, the `align` command's CSV and TMX, and strict F1 on a few
//! NTREX documents (skipped when NTREX is absent).

use std::ops::Range;
use std::path::Path;

use assert_cmd::Command;
use sverka::align::eval::{line_units, perturb, score, Rates, Score};
use sverka::align::{align, align_units, units, Bead, Params, Unit};
use sverka::document::Document;
use sverka::lang::Lang;
use sverka::ntrex::Ntrex;
use sverka::pipeline::{self, Analyzed};

/// A short news text written for these tests, sentence by sentence, in both languages.
const BG: [&str; 10] = [
    "Казахстан и САЩ подписаха споразумение за разработка на волфрамови находища в Карагандинска област.",
    "Сделката е на стойност 1,1 млрд. долара, съобщи министерството на индустрията.",
    "Първите доставки се очакват през 2027 г.",
    "Според експерта Мирас Жиенбаев интересът към редкоземните метали расте заради изкуствения интелект.",
    "Защо това е важно за страната?",
    "Находището съдържа около 1 млн. тона руда със съдържание от 0,3% волфрам.",
    "Компанията Kazatomprom ще отговаря за преработката.",
    "Проектът ще създаде 900 работни места в региона.",
    "Местните власти обещаха да построят нов път до находището до края на 2026 г.",
    "„Това е исторически ден за нас“, заяви кметът на Караганда.",
];
const EN: [&str; 10] = [
    "Kazakhstan and the United States signed an agreement to develop tungsten deposits in the Karaganda region.",
    "The deal is worth $1.1 billion, the Ministry of Industry said.",
    "The first deliveries are expected in 2027.",
    "According to expert Miras Zhienbaev, interest in rare earth metals is growing because of artificial intelligence.",
    "Why does this matter for the country?",
    "The deposit holds about 1 million tonnes of ore with a tungsten content of 0.3%.",
    "The company Kazatomprom will be responsible for processing.",
    "The project will create 900 jobs in the region.",
    "Local authorities promised to build a new road to the deposit by the end of 2026.",
    "\"This is a historic day for us,\" the mayor of Karaganda said.",
];

fn analyzed(lang: Lang, text: &str, presegmented: bool) -> Analyzed {
    let name = format!("{}.txt", lang.code());
    let doc = Document::from_text(Path::new(&name), lang, text.to_string()).expect("text");
    pipeline::analyze(doc, presegmented)
}

fn lines(lang: Lang, lines: &[&str]) -> Analyzed {
    analyzed(lang, &lines.join("\n"), true)
}

/// The beads as (source range, reference range), without scores.
fn shape(beads: &[Bead]) -> Vec<(Range<usize>, Range<usize>)> {
    beads
        .iter()
        .map(|b| (b.source.clone(), b.reference.clone()))
        .collect()
}

/// One-to-one beads for `from..to` on both sides, shifted by `ds` / `dr`.
fn diagonal(from: usize, to: usize, ds: usize, dr: usize) -> Vec<(Range<usize>, Range<usize>)> {
    (from..to)
        .map(|k| (k + ds..k + ds + 1, k + dr..k + dr + 1))
        .collect()
}

fn assert_valid(beads: &[Bead], n: usize, m: usize) {
    let (mut i, mut j) = (0, 0);
    for b in beads {
        assert_eq!((b.source.start, b.reference.start), (i, j), "{beads:?}");
        assert!(b.source.len() + b.reference.len() > 0);
        assert!((0.0..=1.0).contains(&b.score), "{b:?}");
        (i, j) = (b.source.end, b.reference.end);
    }
    assert_eq!((i, j), (n, m), "beads cover both texts");
}

#[test]
fn one_to_one() {
    let beads = align(&lines(Lang::Bg, &BG), &lines(Lang::En, &EN));
    assert_eq!(shape(&beads), diagonal(0, 10, 0, 0));
    assert!(beads.iter().all(|b| b.score > 0.5), "{beads:?}");
}

#[test]
fn two_source_sentences_to_one() {
    let mut en: Vec<&str> = EN.to_vec();
    en.splice(
        6..8,
        ["The company Kazatomprom will be responsible for processing, and the project will create 900 jobs in the region."],
    );
    let beads = align(&lines(Lang::Bg, &BG), &lines(Lang::En, &en));
    let mut want = diagonal(0, 6, 0, 0);
    want.extend([(6..8, 6..7), (8..9, 7..8), (9..10, 8..9)]);
    assert_eq!(shape(&beads), want);
}

#[test]
fn one_source_sentence_to_two() {
    let mut bg: Vec<&str> = BG.to_vec();
    bg.splice(
        1..3,
        ["Сделката е на стойност 1,1 млрд. долара, съобщи министерството на индустрията, а първите доставки се очакват през 2027 г."],
    );
    let beads = align(&lines(Lang::Bg, &bg), &lines(Lang::En, &EN));
    let mut want = vec![(0..1, 0..1), (1..2, 1..3)];
    want.extend((2..9).map(|k| (k..k + 1, k + 1..k + 2)));
    assert_eq!(shape(&beads), want);
}

#[test]
fn added_source_sentence() {
    let mut bg: Vec<&str> = BG.to_vec();
    bg.insert(
        5,
        "Въпросът е бил обсъден и на среща в Астана миналата седмица, допълниха от ведомството.",
    );
    let beads = align(&lines(Lang::Bg, &bg), &lines(Lang::En, &EN));
    let mut want = diagonal(0, 5, 0, 0);
    want.push((5..6, 5..5));
    want.extend((5..10).map(|k| (k + 1..k + 2, k..k + 1)));
    assert_eq!(shape(&beads), want);
}

#[test]
fn omitted_reference_sentence() {
    let mut en: Vec<&str> = EN.to_vec();
    en.insert(
        3,
        "Officials gave no further details about the schedule of the works or the partners involved.",
    );
    let beads = align(&lines(Lang::Bg, &BG), &lines(Lang::En, &en));
    let mut want = diagonal(0, 3, 0, 0);
    want.push((3..3, 3..4));
    want.extend((3..10).map(|k| (k..k + 1, k + 1..k + 2)));
    assert_eq!(shape(&beads), want);
    let skipped = &beads[3];
    assert!(skipped.score > 0.5, "{skipped:?}");
}

#[test]
fn two_to_two() {
    // The same content split at a different place: neither sentence has a counterpart alone.
    let mut bg: Vec<&str> = BG.to_vec();
    bg.splice(
        5..7,
        [
            "Находището съдържа около 1 млн. тона руда.",
            "Съдържанието на волфрам е 0,3%, а компанията Kazatomprom ще отговаря за преработката.",
        ],
    );
    let beads = align(&lines(Lang::Bg, &bg), &lines(Lang::En, &EN));
    let mut want = diagonal(0, 5, 0, 0);
    want.push((5..7, 5..7));
    want.extend(diagonal(7, 10, 0, 0));
    assert_eq!(shape(&beads), want);
}

#[test]
fn empty_side() {
    let src = units(&lines(Lang::Bg, &BG));
    let beads = align_units(&src, &[], &Params::default());
    assert_valid(&beads, 10, 0);
    assert!(beads
        .iter()
        .all(|b| b.reference.is_empty() && b.source.len() == 1));
    let beads = align_units(&[], &src, &Params::default());
    assert_valid(&beads, 0, 10);
    assert!(align_units(&[], &[], &Params::default()).is_empty());
}

#[test]
fn one_sentence_each() {
    let beads = align(&lines(Lang::Bg, &BG[1..2]), &lines(Lang::En, &EN[1..2]));
    assert_eq!(shape(&beads), vec![(0..1, 0..1)]);
    assert!(beads[0].score > 0.9, "{beads:?}");
    // One sentence against three: it pairs with the one that says the same.
    let beads = align(&lines(Lang::Bg, &BG[7..8]), &lines(Lang::En, &EN[6..9]));
    assert_eq!(
        shape(&beads),
        vec![(0..0, 0..1), (0..1, 1..2), (1..1, 2..3)]
    );
}

#[test]
fn reference_paragraph_the_source_omits() {
    let bg = format!(
        "{}\n\n{} {}\n\n{} {} {}\n\n{} {} {}\n",
        BG[0], BG[1], BG[2], BG[5], BG[6], BG[7], BG[8], BG[9], BG[4]
    );
    let en = format!(
        "{}\n\n{} {}\n\n{} {}\n\n{} {} {}\n\n{} {} {}\n",
        EN[0], EN[1], EN[2], EN[3], EN[4], EN[5], EN[6], EN[7], EN[8], EN[9], EN[4]
    );
    let (s, r) = (
        analyzed(Lang::Bg, &bg, false),
        analyzed(Lang::En, &en, false),
    );
    assert_eq!(
        (s.sentences.len(), r.sentences.len()),
        (9, 11),
        "segmentation"
    );
    let beads = align(&s, &r);
    let mut want = diagonal(0, 3, 0, 0);
    want.extend([(3..3, 3..4), (3..3, 4..5)]);
    want.extend(diagonal(3, 9, 0, 2));
    assert_eq!(shape(&beads), want);
}

#[test]
fn bad_input_does_not_panic() {
    let odd = [
        "",
        " ",
        "\u{0}\u{feff}",
        "é́́́",
        "1234567890123456789012345678901234567890",
        "?????",
    ];
    let units: Vec<Unit> = odd
        .iter()
        .map(|t| {
            Unit::new(
                Lang::Bg,
                t,
                Vec::<String>::new(),
                Vec::<String>::new(),
                false,
            )
        })
        .collect();
    let beads = align_units(&units, &units[1..], &Params::default());
    assert_valid(&beads, units.len(), units.len() - 1);
    let zero = vec![Unit::default(); 50];
    assert_valid(&align_units(&zero, &zero, &Params::default()), 50, 50);
}

fn write_pair(dir: &Path) {
    std::fs::write(dir.join("bg.txt"), BG.join("\n")).expect("write");
    let mut en: Vec<&str> = EN.to_vec();
    en[9] = "\"This is a historic day for us & <our> children,\" the mayor of Karaganda said.";
    std::fs::write(dir.join("en.txt"), en.join("\n")).expect("write");
}

#[test]
fn command_writes_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_pair(dir.path());
    let out = Command::cargo_bin("sverka")
        .expect("binary")
        .current_dir(dir.path())
        .args(["align", "bg.txt", "en.txt", "--presegmented"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        rows.headers().expect("header").iter().collect::<Vec<_>>(),
        [
            "source_sents",
            "ref_sents",
            "score",
            "source_text",
            "ref_text"
        ]
    );
    let rows: Vec<csv::StringRecord> = rows.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 10);
    assert_eq!(&rows[1][0], "2");
    assert_eq!(&rows[1][1], "2");
    assert_eq!(&rows[1][3], BG[1]);
    let score: f64 = rows[1][2].parse().expect("score");
    assert!((0.0..=1.0).contains(&score));
}

#[test]
fn command_writes_valid_tmx() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_pair(dir.path());
    let out = Command::cargo_bin("sverka")
        .expect("binary")
        .current_dir(dir.path())
        .args([
            "align", "bg.txt", "en.txt", "--format", "tmx", "-o", "out.tmx",
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let tmx = std::fs::read_to_string(dir.path().join("out.tmx")).expect("tmx written");
    assert!(tmx.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"));
    assert!(tmx.contains("srclang=\"bg\""));
    assert_eq!(tmx.matches("<tu>").count(), 10);
    assert_eq!(tmx.matches("<tuv xml:lang=\"bg\">").count(), 10);
    assert_eq!(tmx.matches("<tuv xml:lang=\"en\">").count(), 10);
    assert!(
        tmx.contains("us &amp; &lt;our&gt; children,&quot;"),
        "{tmx}"
    );
    assert_well_formed(&tmx);
}

/// A small check that tags nest and close, and that no `&` is left unescaped.
fn assert_well_formed(xml: &str) {
    let mut open: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                    .iter()
                    .any(|e| entity.starts_with(e)),
                "bare & in {text}"
            );
        }
        let gt = rest[lt..].find('>').expect("tag closes") + lt;
        let tag = &rest[lt + 1..gt];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "closing {name}");
        } else if !tag.starts_with('?') && !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().unwrap_or("").to_string());
        }
        rest = &rest[gt + 1..];
    }
    assert!(open.is_empty(), "unclosed {open:?}");
}

#[test]
fn command_rejects_a_missing_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_pair(dir.path());
    let out = Command::cargo_bin("sverka")
        .expect("binary")
        .current_dir(dir.path())
        .args(["align", "bg.txt", "ru.txt"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ru.txt"));
}

/// Strict F1 of the aligner on the first documents of NTREX, bg against each reference, with
/// the harness's perturbations. The full evaluation is `examples/align_eval.rs`.
#[test]
fn ntrex_documents_meet_the_f1_target() {
    let Some(ntrex) = Ntrex::load_default_or_skip("ntrex_documents_meet_the_f1_target") else {
        return;
    };
    for lang in [Lang::En, Lang::Ru, Lang::Uk, Lang::Kk] {
        let mut total = Score::default();
        let mut length_only = Score::default();
        for (k, (_, range)) in ntrex.documents.iter().take(20).enumerate() {
            let pair = perturb(
                &ntrex.lines(Lang::Bg)[range.clone()],
                &ntrex.lines(lang)[range.clone()],
                Rates::default(),
                1000 + k as u64,
            );
            let (s, r) = (
                line_units(&pair.source, Lang::Bg),
                line_units(&pair.reference, lang),
            );
            total.add(score(&align_units(&s, &r, &Params::default()), &pair.gold));
            length_only.add(score(
                &align_units(&s, &r, &Params::length_only()),
                &pair.gold,
            ));
        }
        assert!(total.gold > 250, "{total:?}");
        eprintln!(
            "bg-{lang}: F1 {:.4} (length only {:.4})",
            total.f1(),
            length_only.f1()
        );
        // The target is 0.98 over the whole corpus (measured by the harness); these
        // twenty documents are harder than the average, so the floor here guards against
        // regressions rather than certifying the target.
        assert!(total.f1() >= 0.96, "bg-{lang}: {total:?} F1 {}", total.f1());
        assert!(
            total.f1() >= length_only.f1(),
            "bg-{lang}: anchors lost to length alone"
        );
    }
}
