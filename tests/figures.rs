//! Figures: the hard cases of issue 3, one table per language, the seed article, the
//! `extract` command, the tables' hygiene, and property tests that render random values the
//! way each language writes them and read them back.

use std::path::Path;

use proptest::prelude::*;
use rust_decimal::Decimal;
use sverka::document::Document;
use sverka::figures::{extract_text, lexicon, words, FigureKind};
use sverka::lang::{rows, Lang};
use sverka::pipeline;

#[path = "support/values.rs"]
mod values_support;
use values_support::{check_values as check, values};

/// Whether the number-words stage has landed (`figures::words::number_at` reads words).
fn words_landed() -> bool {
    words::number_at("три", Lang::Bg).is_some()
}

#[test]
fn bulgarian() {
    check(
        Lang::Bg,
        &[
            ("Ръстът е 4,4% за годината.", &["4.4 %"]),
            ("ще надхвърли 6,7-12% според оценките", &[">6.7..12 %"]),
            ("над 20 млн. тона", &[">20000000 t"]),
            ("до дълбочина 300 метра", &["<=300 m"]),
            ("около 700 г/т", &["~700 g/t"]),
            // A per-tonne unit whose numerator is not grams stays whole (regression: read as `700 kg`).
            ("около 700 кг/т", &["~700 kg/t"]),
            ("интерес за 900 млн. долара", &["900000000 USD"]),
            ("надхвърли 1 милиард долара", &[">1000000000 USD"]),
            ("1,1 млрд. лв.", &["1100000000 BGN"]),
            ("0,1 млн. евро", &["100000 EUR"]),
            ("през април 2025 г.", &["2025-04"]),
            ("на 14 септември 2025 г.", &["2025-09-14"]),
            ("през 2023 г. и 2028 г.", &["2023", "2028"]),
            ("Повече от 1000 души", &[">1000"]),
            ("10 000 души и 410 000 тона", &["10000", "410000 t"]),
            ("1.000.000 лева", &["1000000 BGN"]),
            ("1,5 млн. души", &["1500000"]),
            ("точки 1, 2, 3", &["1", "2", "3"]),
            ("през 80-те години", &["1980s"]),
            ("през 1990-те", &["1990s"]),
            ("в 15:00 часа", &["15:00"]),
            ("в 19 ч.", &["19:00"]),
            ("от 5 до 7 души", &["5..7"]),
            ("между 18 и 29 години", &["18..29 year"]),
            ("1-3 години", &["1..3 year"]),
            ("37-годишната водеща", &["37"]),
            ("с 3 процентни пункта", &["3 pp"]),
            ("почти 50 км", &["<~50 km"]),
            ("под 5 °C", &["<5 °C"]),
            ("Войната от 1950–1953 г.", &["1950..1953"]),
            ("в 125-та улица", &["125"]),
            ("200 и 400 метра", &["200 m", "400 m"]),
        ],
    );
}

#[test]
fn russian() {
    check(
        Lang::Ru,
        &[
            ("рост на 4,4 %", &["4.4 %"]),
            ("900 млн долларов", &["900000000 USD"]),
            ("свыше 20 млн тонн", &[">20000000 t"]),
            ("более 135 видов", &[">135"]),
            ("менее 5 процентов", &["<5 %"]),
            ("около 10 тысяч человек", &["~10000"]),
            ("11 млн фунтов стерлингов", &["11000000 GBP"]),
            ("в 2017 году", &["2017"]),
            ("29 сентября 2018 года", &["2018-09-29"]),
            ("в 30-е годы", &["1930s"]),
            ("в 1930-х годах", &["1930s"]),
            ("13-летнего ныряльщика", &["13"]),
            ("на 125-й улице", &["125"]),
            ("от 5 до 7 %", &["5..7 %"]),
            ("до 3 тыс. наименований", &["<=3000"]),
        ],
    );
}

#[test]
fn ukrainian() {
    check(
        Lang::Uk,
        &[
            ("понад 10 відсотків", &[">10 %"]),
            ("125 мільйонів фунтів стерлінгів", &["125000000 GBP"]),
            ("2,8 млрд фунтів", &["2800000000 GBP"]),
            ("у 2016 році", &["2016"]),
            ("в 1930-х роках", &["1930s"]),
            ("13-річного хлопчика", &["13"]),
            ("близько 200 людей", &["~200"]),
            ("10\u{a0}000 людей", &["10000"]),
            ("100 тис. гривень", &["100000 UAH"]),
        ],
    );
}

#[test]
fn kazakh() {
    check(
        Lang::Kk,
        &[
            ("2017 жылғы актісіне", &["2017"]),
            ("135-тен астам акула", &[">135"]),
            ("1000-нан астам адам", &[">1000"]),
            ("3000-ға дейінгі өнім", &["<=3000"]),
            ("40 пайыз бөлігін", &["40 %"]),
            ("2,8 млрд. фунтты құрайтын", &["2800000000 GBP"]),
            ("шамамен 30 метр", &["~30 m"]),
            ("13 жастағы жеткіншек", &["13"]),
            ("1000 теңге", &["1000 KZT"]),
            ("5 000 ₸", &["5000 KZT"]),
            ("2000 жылдардың басында", &["2000s"]),
            ("2018 жылғы 29 қыркүйек", &["2018-09-29"]),
            ("89-шы минутта", &["89"]),
        ],
    );
}

#[test]
fn english() {
    check(
        Lang::En,
        &[
            ("Growth is 4.4%.", &["4.4 %"]),
            ("$900m deal", &["900000000 USD"]),
            ("a £2.8bn market", &["2800000000 GBP"]),
            ("£11million deal", &["11000000 GBP"]),
            ("$1.5 billion", &["1500000000 USD"]),
            ("More than 1,000 people", &[">1000"]),
            ("1,500 people and 1.5 tonnes", &["1500", "1.5 t"]),
            ("about 200 people", &["~200"]),
            ("up to 3,000 products", &["<=3000"]),
            ("nearly 50 miles", &["<~50 mi"]),
            ("40 per cent stake", &["40 %"]),
            ("40 percentage points", &["40 pp"]),
            ("in 2016", &["2016"]),
            ("September 29, 2018", &["2018-09-29"]),
            ("September 2025", &["2025-09"]),
            ("in the 1980s", &["1980s"]),
            ("at 3 p.m. on Wednesday", &["15:00", "-W-3"]),
            ("at 5:30pm", &["17:30"]),
            ("at 7.55am", &["07:55"]),
            ("between 5 and 7 years", &["5..7 year"]),
            ("the 1950-53 war", &["1950..1953"]),
            ("a 13-year-old boy", &["13"]),
            ("on 125th Street", &["125"]),
            ("85 mph winds", &["85 mph"]),
            ("trailing 1-0", &["1-0"]), // a score (sc18: one figure in its order)
            ("25,000-strong crowd", &["25000"]),
            ("1-of-4 players", &["0.25"]),
            ("1 in 5 children", &["0.2"]),
            ("a second-degree charge", &[]),
        ],
    );
}

/// Misreads found on NTREX in the second pass (issue 3), one row per pattern.
#[test]
fn second_pass_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // A unit adjective attached with a hyphen is a measure, not an ordinal ending.
        (Lang::Bg, "7000-тонният кораб", &["7000 t"]),
        (Lang::Bg, "10-метрова вълна", &["10 m"]),
        (Lang::Bg, "550-фунтовото прасе", &["550 lb"]),
        (Lang::Bg, "6-месечната такса", &["6 month"]),
        (Lang::Bg, "в 125-та улица", &["125"]),
        (Lang::Ru, "10-метровая волна", &["10 m"]),
        (Lang::Ru, "7000-тонный корабль", &["7000 t"]),
        (Lang::Uk, "10-метрова хвиля", &["10 m"]),
        // Kazakh ranges: an ablative ending opens, `дейін` closes.
        (Lang::Kk, "5-тен 7-ге дейін адам", &["5..7"]),
        (Lang::Kk, "бестен он пайызға дейін", &["5..10 %"]),
        (Lang::Kk, "1000-нан астам адам", &[">1000"]),
        (Lang::Kk, "7-ге дейін", &["<=7"]),
        // Kazakh speeds.
        (
            Lang::Kk,
            "85 миля/сағ (137 км/сағ)",
            &["85 mph", "137 km/h"],
        ),
        (Lang::Bg, "800 км/ч (497 м/ч)", &["800 km/h", "497 mph"]),
        (Lang::En, "The 7,000-ton ship", &["7000 t"]),
        // `жуық` softens to `жуығы` before a vowel.
        (Lang::Kk, "80 пайызына жуығы", &["<~80 %"]),
        // A person's age: in apposition between commas, or after `было`.
        (Lang::Ru, "Саипов, 30 лет, якобы", &["30"]),
        (Lang::Ru, "Дейтона Симпсона, 20 лет.", &["20"]),
        (Lang::Ru, "которому тогда было 11 лет.", &["11"]),
        (Lang::Uk, "якому тоді було 11 років.", &["11"]),
        (Lang::Ru, "через 20 лет, в 2030 году", &["20 year", "2030"]),
        (Lang::Ru, "за 20 лет работы", &["20 year"]),
        (Lang::Ru, "в возрасте 17, 18 и 20 лет", &["17", "18", "20"]),
        (
            Lang::Ru,
            "за 17, 18 и 20 лет",
            &["17 year", "18 year", "20 year"],
        ),
        // Hours written as ordinals before a clock word, and Kazakh `түскі` (afternoon).
        (Lang::Uk, "О 6-й годині ранку", &["06:00"]),
        (Lang::Uk, "о 6-й ранку", &["06:00"]),
        (Lang::Uk, "6-й рік поспіль", &["6"]),
        (Lang::Kk, "Түскі 2 уақыт шамасында", &["14:00"]),
        // A particle between the number and its currency.
        (Lang::Kk, "250-ақ доллар беруі", &["250 USD"]),
        // Inflected unit and currency words.
        (Lang::Ru, "по сравнению с 34 процентами", &["34 %"]),
        (Lang::Ru, "положить конец 139 годам", &["139 year"]),
        (Lang::Ru, "с 5 долларами", &["5 USD"]),
        (Lang::Uk, "в 10 милях від берега", &["10 mi"]),
        (Lang::Uk, "за 20 відсотками", &["20 %"]),
    ];
    check_cases(cases);
}

/// Third pass: forms misread on NTREX (ru, uk, kk), each a row.
#[test]
fn third_pass_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // Game minutes: kk `29 минутта` (in the 29th minute) is the ordinal bg writes
        // `29-та минута`; a count of minutes stays one.
        (Lang::Kk, "Бұл гол 29 минутта соғылды.", &["29"]),
        (Lang::Kk, "Андерсонның 14 минуттағы әрекеті", &["14"]),
        (Lang::Bg, "Той се разписа в 29-та минута.", &["29"]),
        (Lang::Kk, "17,4 минут ішінде", &["17.4 min"]),
        // Anniversaries are ordinals, not years.
        (Lang::Kk, "қанды жазалаудың 50 жылдығы жақындап", &["50"]),
        (Lang::Kk, "қала 40 жылдық мерейтойын атап өтіп", &["40"]),
        (Lang::Kk, "10 жылдық жоспар", &["10 year"]),
        (Lang::Ru, "не дожив до своего 63-летия.", &["63"]),
        (Lang::Uk, "відзначало своє 40-річчя.", &["40"]),
        (Lang::Bg, "наближава 50-годишнината от", &["50"]),
        // A Kazakh qualifier after the noun counted.
        (
            Lang::Kk,
            "Тұрғыны 380 000 адамнан асатын Палу",
            &[">380000"],
        ),
        (Lang::Bg, "с над 380 000 души население", &[">380000"]),
        // Exceeds, as a finite verb after the noun counted: `2 млн данадан асады`.
        (
            Lang::Kk,
            "кітаптарының таралымы 2 млн данадан асады",
            &[">2000000"],
        ),
        (
            Lang::Kk,
            "келушілер саны 150 мың адамнан асты",
            &[">150000"],
        ),
        (Lang::Kk, "150 мың адамнан астам келді", &[">150000"]),
        (Lang::Kk, "оған 30-дан астам ел қатысты", &[">30"]),
        // `до` after a verb of change a few words back means "to", not "up to".
        (Lang::Bg, "увеличи актива си до 25,5 точки", &["25.5"]),
        (
            Lang::Bg,
            "ще удвои съществуващия капацитет до 110",
            &["2 x", "110"],
        ),
        (Lang::Bg, "ще има до 110 места", &["<=110"]),
        (Lang::Bg, "удвои, но до 110 места", &["2 x", "<=110"]),
        // Brought down to: `сведена до`.
        (
            Lang::Bg,
            "инфлацията трябва да бъде сведена до 8–9% до края на годината",
            &["8..9 %"],
        ),
        // Extended to: `удължен до`, `продлить до`, `дейін ұзарту`; increased to: `увеличат до`.
        (
            Lang::Bg,
            "преходният период да бъде удължен до 18 месеца",
            &["18 month"],
        ),
        (
            Lang::Ru,
            "предложил продлить переходный период до 18 месяцев",
            &["18 month"],
        ),
        (
            Lang::Kk,
            "өтпелі кезеңді 18 айға дейін ұзартуды ұсынды",
            &["18 month"],
        ),
        (
            Lang::Bg,
            "да увеличат търговията до 1 млрд. долара",
            &["1000000000 USD"],
        ),
        // kk `-дан … -ға дейін` with a verb of change after it is a change's two ends, as `с 12%
        // до 16%`, not a range; without one it stays a range.
        (
            Lang::Kk,
            "мөлшерлемесі 12%-дан 16%-ға дейін көтеріледі",
            &["12 %", "16 %"],
        ),
        (
            Lang::Kk,
            "бағасы 12%-дан 16%-ға дейін болады",
            &["12..16 %"],
        ),
        // The same with the verb a row of its own (`дейін өсті`), the unit said once.
        (
            Lang::Kk,
            "үлесі 4,9-дан 7,35%-ға дейін өсті",
            &["4.9 %", "7.35 %"],
        ),
        // Kazakh reported speech takes the participle (`өскенін`: that it grew) after `дейін`.
        (
            Lang::Kk,
            "орташа жалақы 420 мың теңгеге дейін өскенін атап өтті",
            &["420000 KZT"],
        ),
        (
            Lang::Kk,
            "кірісі 14,8 трлн теңгеге дейін артқанын хабарлады",
            &["14800000000000 KZT"],
        ),
        (Lang::Ru, "увеличил свой счёт до 25,5 очка", &["25.5"]),
        (
            Lang::Uk,
            "подвоїть пропускну здатність існуючого газогону до 110 мільярдів",
            &["2 x", "110000000000"],
        ),
        (Lang::Uk, "було евакуйовано до 24 центрів", &["24"]),
        // A sentence passed: `засудив до 18 років` is eighteen years, not up to eighteen.
        (
            Lang::Uk,
            "суд засудив обвинуваченого до 18 років позбавлення волі",
            &["18 year"],
        ),
        (Lang::Uk, "звернувся до 142 мільйонів своїх", &["142000000"]),
        (
            Lang::Ru,
            "выросли более чем вдвое — до 1,05 миллиона",
            &[">2 x", "1050000"],
        ),
        (
            Lang::Uk,
            "більш ніж подвоїлося (до 1,05 млн)",
            &[">2 x", "1050000"],
        ),
        (
            Lang::Bg,
            "ще удвоят броя на продуктите до 3000",
            &["2 x", "3000"],
        ),
        // Eight words back at most since the fifth pass (five before), and not across a comma.
        (
            Lang::Bg,
            "удвоят броя на всички предлагани в магазините им разкрасителни продукти до 3000",
            &["2 x", "<=3000"],
        ),
        // `ойынның дәл жартысында` is half-time, no share.
        (Lang::Kk, "ойынның дәл жартысында ол ұпай алды", &[]),
        // Kazakh `жартысы` (its half), as bg `половината`.
        (Lang::Kk, "экипажының тек жартысы ғана", &["0.5"]),
        (Lang::Kk, "барлық тауарлардың жартысына салық", &["0.5"]),
        (Lang::Bg, "само половината от екипажа", &["0.5"]),
    ];
    check_cases(cases);
}

#[test]
fn fourth_pass_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // A Roman numeral before a century word is the century's number, as bg and en write
        // it in digits; Roman letters elsewhere are no figure.
        (Lang::Kk, "XIX ғасырдағы соғыс", &["19"]),
        (Lang::Ru, "в конце XIX века", &["19"]),
        (Lang::Uk, "на початку XX століття", &["20"]),
        (Lang::Bg, "през 19 век", &["19"]),
        (Lang::Ru, "Людовик XIV и его двор", &[]),
        (Lang::En, "Chapter XIX begins", &[]),
        (Lang::Ru, "в IIII веке", &[]),
        // Fashion season codes: `SS19` is the year 2019, as other languages write it.
        (Lang::En, "its SS19 collection", &["2019"]),
        (Lang::Bg, "колекцията AW20 на марката", &["2020"]),
        (Lang::Ru, "модель ASS19 и код SS199", &["19", "199"]),
        // Kazakh `мыңдаған` (thousands of) is no count: `он мыңдаған` is tens of thousands,
        // like bg `десетки хиляди`.
        (Lang::Kk, "он мыңдаған адам жиналды", &[]),
        (Lang::Bg, "десетки хиляди души", &[]),
        (Lang::Kk, "он мың адам", &["10000"]),
        // Kazakh `әр бесінші` (every fifth), like `әрбір бесінші`.
        (Lang::Kk, "Әр оныншы оқушы", &["0.1"]),
        // `күндізгі сағат 1` is 1 p.m.; `күндізгі сағат 11` is 11 a.m.
        (Lang::Kk, "күндізгі сағат 2-ге дейін", &["14:00"]),
        (Lang::Kk, "күндізгі сағат 11-де", &["11:00"]),
        // "At least" is the same qualifier in every language (kk `кем дегенде` and uk
        // `щонайменше` were read already).
        (Lang::Bg, "поне 120 души", &[">120"]),
        (Lang::Ru, "как минимум 120 человек", &[">120"]),
        (Lang::Ru, "по меньшей мере 75 человек", &[">75"]),
        (Lang::Ru, "по крайней мере 5 миллиардов", &[">5000000000"]),
        (Lang::Uk, "Принаймні 120 людей", &[">120"]),
        (Lang::Kk, "кемінде 120 адам", &[">120"]),
        (Lang::En, "at least 120 people", &[">120"]),
        // Ukrainian speeds written out; `миль/год`.
        (Lang::Uk, "швидкістю 90 км на годину", &["90 km/h"]),
        (
            Lang::Uk,
            "зі швидкістю 160 км/год (100 миль/год)",
            &["160 km/h", "100 mph"],
        ),
        (Lang::Ru, "со скоростью 90 км в час", &["90 km/h"]),
        // Ukrainian `й` (and) joins a list that shares a unit.
        (Lang::Uk, "дистанції 100 й 200 метрів", &["100 m", "200 m"]),
        // Ukrainian clock times: `об 11.15`, `на 19 годину`; `11.15` alone stays a number.
        (
            Lang::Uk,
            "в неділю об 11.15 за київським часом",
            &["-W-7", "11:15"],
        ),
        (Lang::Uk, "призначено на 18 годину", &["18:00"]),
        (Lang::Uk, "коефіцієнт 11.15", &["11.15"]),
        // A number with an age ending after a month is no day (`у жовтні 30-річний`).
        (Lang::Uk, "у жовтні 30-річний чоловік", &["--10", "30"]),
        (Lang::Uk, "у жовтні 30 числа", &["--10-30"]),
        // Ukrainian `N-разовий` (N-time), like bg `N-кратният`.
        (Lang::Uk, "Чотириразовий чемпіон Європи", &["4"]),
        (Lang::Bg, "Петкратният олимпийски шампион", &["5"]),
        // Heights in feet and inches: primes, and English `6-foot-6`; one height in feet
        // (`src/lang/compound_units.tsv`).
        (Lang::Bg, "с ръст 5′11″", &["5.9167 ft"]),
        (Lang::En, "The 5-foot-11 guard", &["5.9167 ft"]),
        (Lang::En, "a 10-foot wall", &["10 ft"]),
        (Lang::Bg, "Висок 5 фута и 11 инча защитник", &["5.9167 ft"]),
        // Unit adjectives: `249-кілограмовий`, `300-килограммовое`, `7-градусна`; degrees
        // Celsius written out.
        (Lang::Uk, "120-кілограмовий ведмідь", &["120 kg"]),
        (Lang::Ru, "150-килограммовый груз", &["150 kg"]),
        (Lang::Uk, "майже 5-градусна різниця", &["<~5 deg"]),
        (Lang::Uk, "сягнула 31 градуса Цельсія", &["31 °C"]),
        // The genitive singular after a fraction: `1,5 градуса`, `1,5 літра`.
        (Lang::Uk, "на 1,5 градуса вище норми", &["1.5 deg"]),
        (Lang::Uk, "пляшка на 1,5 літра", &["1.5 l"]),
        // After a qualifier a lone scale word is one of it (over a thousand); alone it is
        // `thousands of`.
        (Lang::Ru, "Погибли свыше тысячи человек", &[">1000"]),
        (Lang::Ru, "тысячи зрителей пришли на матч", &[]),
        // A word ordinal takes its period word: the first half is no 0.5.
        (Lang::Ru, "К концу первой половины игры", &["H1"]),
        (
            Lang::Bg,
            "през първата половина на 2021 г.",
            &["H1", "2021"],
        ),
        (
            Lang::Kk,
            "2021 жылдың бірінші жартысына ауыстырылды",
            &["2021", "H1"],
        ),
        (Lang::Bg, "половината от тях", &["0.5"]),
        // An age after an age word with `всего`, `съответно` between.
        (Lang::Ru, "Ему было всего 19 лет.", &["19"]),
        (
            Lang::Bg,
            "Двама братя на възраст съответно 25 и 28 г. бяха задържани",
            &["25", "28"],
        ),
        (Lang::Ru, "за всего 20 лет работы", &["20 year"]),
        // Kazakh qualifiers after the currency or unit (the noun counted).
        (
            Lang::Kk,
            "12 миллиард доллардан асатын инвестиция",
            &[">12000000000 USD"],
        ),
        (Lang::Kk, "инфляциясы 15 пайыздан асатын ел", &[">15 %"]),
        (
            Lang::Kk,
            "жылына 40 миллион фунт стерлингке дейін",
            // `жылына` (a year) before the figure makes it a rate (eleventh session).
            &["<=40000000 GBP/year"],
        ),
        // ... and so it does with "on average" between (`орта есеппен`).
        (
            Lang::Kk,
            "теңіз жылына орта есеппен 20 см-ге шегінді",
            &["20 cm/year"],
        ),
        // A verb of exceeding is the qualifier "over" in every language (ninth session; it was
        // read as none before, when only some languages had it).
        (Lang::Kk, "қатысушылар саны 500-ден асты.", &[">500"]),
        (Lang::Kk, "50 миллион доллар бөлуге", &["50000000 USD"]),
        // A qualifier before `в N раза` (N times): ru `почти в три раза`, as bg `почти три
        // пъти`; a year after `почти в` keeps no qualifier.
        (Lang::Ru, "выросли почти в четыре раза", &["<~4 x"]),
        (Lang::Bg, "нарасна почти четири пъти", &["<~4 x"]),
        (Lang::Ru, "почти в 2015 году", &["2015"]),
        // A weekday between the hour word and the morning word.
        (Lang::Bg, "към 6 часа събота сутринта", &["06:00", "-W-6"]),
        (Lang::Bg, "след 5 часа в неделя", &["5 hour", "-W-7"]),
    ];
    check_cases(cases);
}

/// The fifth pass's misreads and false alarms, made-up sentences of each class.
#[test]
fn fifth_pass_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // "One of the four": a share, whether the "of" word is a share word or "from".
        (Lang::Bg, "стана един от четиримата играчи", &["0.25"]),
        (Lang::Uk, "став одним з чотирьох гравців", &["0.25"]),
        (Lang::Bg, "от един до пет души", &["1..5"]),
        (Lang::Bg, "една от двете звезди", &[]),
        (Lang::Uk, "за останні десятиліття", &[]),
        (Lang::Bg, "от 1 до 4 души", &["1..4"]),
        // Kazakh: the whole, the noun counted, then "one of them".
        (Lang::Kk, "бес баланың біреуі", &["0.2"]),
        (Lang::Kk, "4 ойыншының бірі атанды", &["0.25"]),
        (Lang::Kk, "бірінші орында 4 ойыншы", &["4"]),
        // A suspended hyphen before the range word.
        (
            Lang::En,
            "younger voters, 18- to 29-year-olds, who",
            &["18..29"],
        ),
        (Lang::En, "from 5- to 7-year-olds", &["5..7"]),
        // A unit word alone is one of it.
        (Lang::Bg, "десетилетие по-късно", &["10 year"]),
        (Lang::Bg, "повече от десетилетие", &[">10 year"]),
        (Lang::En, "a decade later", &["10 year"]),
        (Lang::En, "for over a decade", &[">10 year"]),
        (Lang::Ru, "десятилетие спустя", &["10 year"]),
        (Lang::Ru, "за сутки было произведено", &["1 day"]),
        (Lang::Ru, "двое суток", &["2 day"]),
        (Lang::Uk, "понад десятиліття", &[">10 year"]),
        (Lang::Bg, "десетилетието на реформите", &[]),
        (Lang::Bg, "отпреди десетилетия", &[]),
        // A word such as "last" between a number and its unit.
        (Lang::Uk, "за два останні десятиліття", &["20 year"]),
        (Lang::Ru, "за последние два года", &["2 year"]),
        (Lang::En, "for five more years", &["5 year"]),
        (Lang::Uk, "два останні матчі", &[]),
        // Years with a case ending: `2017-го`, `у 2017-му`; days stay days.
        (Lang::Uk, "у жовтні 2017-го", &["2017-10"]),
        (Lang::Uk, "з 1950-го року", &["1950"]),
        (Lang::Ru, "в 2017-м году", &["2017"]),
        (Lang::Ru, "на 5-м месте", &["5"]),
        // Kazakh "less than" and "not less than" after the ablative.
        (Lang::Kk, "48-ден аз", &["<48"]),
        (Lang::Kk, "5-тен кем емес", &[">5"]),
        (Lang::Kk, "80 градус шамасындағы", &["~80 deg"]),
        // A pound converted to kilograms in brackets is a weight.
        (Lang::Kk, "салмағы 550 фунт (249 кг)", &["550 lb", "249 kg"]),
        (Lang::Kk, "120 миллион фунт стерлинг", &["120000000 GBP"]),
        // The starting eleven of a team.
        (Lang::Bg, "същата единайсеторка на отбора", &["11"]),
        // A time of day keeps its qualifier; `до` before a time is "until".
        (Lang::Bg, "около 04:00 сутринта", &["~04:00"]),
        (Lang::Bg, "над 02:30 ч.", &[">02:30"]),
        (Lang::Bg, "до 15:00 ч.", &["15:00"]),
        (Lang::En, "at about 4 a.m.", &["~04:00"]),
        (Lang::Kk, "шамамен сағат 4-те", &["~04:00"]),
        (Lang::Kk, "04:00 шамасында табылған", &["~04:00"]),
        (Lang::Kk, "сағат 15:00-ге дейін", &["15:00"]),
        (Lang::Uk, "приблизно о 04:00 в суботу", &["~04:00", "-W-6"]),
        (Lang::Bg, "до 2030 г.", &["2030"]),
        // Ages: a range of years after a word for children, a dative pronoun in ru, uk
        // `віком ... не старше`; kk `20 жас үлкен` is 20 years older, a duration.
        (
            Lang::Bg,
            "40 процента от децата между 11 и 18 години",
            &["40 %", "11..18"],
        ),
        (
            Lang::Bg,
            "в продължение на повече от десетилетие",
            &[">10 year"],
        ),
        (Lang::Bg, "между 2 и 4 години по-късно", &["2..4 year"]),
        (Lang::Ru, "некоторым из них всего 11 лет", &["11"]),
        (Lang::Ru, "им 30 лет", &["30"]),
        (Lang::Uk, "віком інколи не старше 11 років", &["<=11"]),
        (Lang::Kk, "өзінен 20 жас үлкен", &["20 year"]),
        // "To" after a change eight words back, not across a comma; kk `есе` is a change.
        (
            Lang::Bg,
            "ще удвоят броя на предлаганите разкрасителни продукти до 3000 продукта",
            &["2 x", "3000"],
        ),
        (
            Lang::Bg,
            "ще удвоят броя, а ще имат до 3000 продукта",
            &["2 x", "<=3000"],
        ),
        (
            Lang::Kk,
            "екі еседен артық - 1,05 миллионға дейін",
            &[">2 x", "1050000"],
        ),
        (Lang::Kk, "300-ге дейін", &["<=300"]),
        (Lang::Kk, "1,6 миллионға дейін жетті", &["1600000"]),
        // Multipliers as verbs.
        (
            Lang::En,
            "nearly tripled to 1.6 million",
            &["<~3 x", "1600000"],
        ),
        (Lang::Uk, "фактично потроїлося", &["3 x"]),
        (Lang::Ru, "почти утроилось", &["<~3 x"]),
        // Drawn matches in golf are halves, no fraction.
        (Lang::En, "seven halves and 18 wins", &["7", "18"]),
        (Lang::En, "half a million", &["500000"]),
        // A number compounded with a unit adjective, and English `four-day`.
        (Lang::Bg, "четиридневна работна седмица", &["4 day"]),
        (
            Lang::En,
            "a four-day week and a 12-hour shift",
            &["4 day", "12 hour"],
        ),
        (Lang::Bg, "четиримата играчи", &["4"]),
        // A rank: `номер три` stays a figure (word ordinals alone do not).
        (Lang::Bg, "номер едно и номер три в света", &["3"]),
        (Lang::En, "to be No.1 in AI", &["1"]),
        (Lang::Uk, "стати №1 у світі", &["1"]),
        (Lang::Bg, "третият в света", &[]),
        // A fraction in words takes the unit after it (an article may stand between).
        (Lang::Bg, "валежи от над половин инч", &[">0.5 in"]),
        (Lang::En, "over half an inch of rain", &[">0.5 in"]),
        (Lang::Kk, "жарты дюймнен асқан жауын", &[">0.5 in"]),
        (Lang::En, "half a million people", &["500000"]),
        (Lang::Bg, "половината от тях", &["0.5"]),
    ];
    check_cases(cases);
}

#[test]
fn sixth_pass_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // Set phrases whose number word is no quantity (`set_phrases.tsv`).
        (Lang::En, "He scored right on half-time.", &[]),
        (Lang::En, "At half time the score was level.", &[]),
        (Lang::En, "his half-brother lives in Leeds", &[]),
        (Lang::En, "half an hour later", &["0.5 hour"]),
        (Lang::En, "She was on cloud nine after the win.", &[]),
        (Lang::Kk, "жарты ай түзіп тұрған үйлер", &[]),
        (Lang::Kk, "Қызыл Жарты ай қоғамы", &[]),
        // Half a month stays (`ай` is both month and moon).
        (Lang::Kk, "жарты айда бітті", &["0.5 month"]),
        (Lang::Ru, "он был на седьмом небе от счастья", &[]),
        (Lang::Bg, "отговори на половин уста", &[]),
        // A title that is the whole of a quotation: the case ending is the title's, not
        // "in the Nth minute"; outside quotation marks the game minute stays.
        (Lang::Kk, "Олар “60 минутта” айтты", &["60 min"]),
        (Lang::Kk, "Олар «60 минутта» айтты", &["60 min"]),
        (Lang::Kk, "Гол 60 минутта соғылды", &["60"]),
    ];
    check_cases(cases);
}

#[test]
fn seventh_pass_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // Digits glued to a word the grammar reads no unit or suffix in: part of a name or a
        // typo, no figure. Units, ordinal and decade endings glued on stay figures.
        (Lang::En, "according to 247sports on Monday", &["-W-1"]),
        (Lang::Bg, "може да стане още по0сериозен", &[]),
        (Lang::Ru, "клетки должны быть 0ведены повторно", &[]),
        (Lang::En, "winds of 20mph", &["20 mph"]),
        (Lang::En, "the 5th time", &["5"]),
        (Lang::En, "in the 1980s", &["1980s"]),
        (Lang::En, "a 3pm start", &["15:00"]),
        (Lang::Bg, "дойдоха 300души", &["300"]),
        // A two-digit decade placed in a century written after it (bg with `на`).
        (Lang::Bg, "през 80-те години на 20 век", &["1980s"]),
        (Lang::Bg, "през 90-те години на XIX век", &["1890s"]),
        (Lang::Ru, "в 80-х годах XX века", &["1980s"]),
        (Lang::Ru, "в 60-е годы 19-го века", &["1860s"]),
        (Lang::Uk, "у 80-х роках XX століття", &["1980s"]),
        // Without a century the decade is the last one before the document's year.
        (Lang::Bg, "през 80-те години", &["1980s"]),
        // A compound with a unit, in the masculine nominative too.
        (Lang::Ru, "Двухметровый форвард", &["2 m"]),
        (Lang::Ru, "пятикилометровый забег", &["5 km"]),
        // A half an ordinal counts is a period (the afternoon, the second half of the year);
        // half an hour in one word is a duration.
        (Lang::Ru, "Во второй половине дня ураган", &[]),
        (Lang::Ru, "в первой половине года", &["H1"]),
        (Lang::Ru, "через полчаса", &["0.5 hour"]),
        (Lang::Uk, "близько півгодини", &["~0.5 hour"]),
        (Lang::Uk, "півдня Невади", &[]),
        (Lang::Ru, "половину дня", &["0.5 day"]),
        // Kazakh compounds of a number and a unit adjective (`екіжылдық`: biennial).
        (Lang::Kk, "Екіжылдық турнирде", &["2 year"]),
        (Lang::Kk, "үшжылдық жоспар", &["3 year"]),
        (Lang::Kk, "бесжылдық жоспар", &["5 year"]),
        (Lang::Kk, "төрткүндік сапар", &["4 day"]),
        (Lang::Kk, "онжылдық", &["10 year"]),
        (Lang::Kk, "бірге онда", &[]),
        // A time or a day that cannot be (a mistyped digit) is still a time or a date, to
        // meet the other side's as a changed figure; a month that is also a common word
        // takes no impossible day.
        (Lang::Bg, "в 11:95 ч.", &["12:35"]),
        (Lang::Bg, "в 25:00 часа", &["25:00"]),
        (Lang::Bg, "на 90 юли", &["--07-90"]),
        (Lang::En, "the 40 may be late", &["40"]),
        (Lang::Bg, "на 30 май", &["--05-30"]),
        // `12-те години` is also "the 12 years": no decade but tens.
        (
            Lang::Bg,
            "през 12-те години на управлението си",
            &["12 year"],
        ),
        // A mile alone is one mile.
        (Lang::Bg, "на близо миля от мястото", &["<~1 mi"]),
        (Lang::En, "about a mile away", &["~1 mi"]),
        // A fraction and its unit, joined by a hyphen or by `of` and an article; a share
        // measures nothing.
        (Lang::En, "on the quarter-hour mark", &["0.25 hour"]),
        (Lang::En, "a half-hour show", &["0.5 hour"]),
        (Lang::En, "three quarters of an hour later", &["0.75 hour"]),
        (Lang::En, "a quarter of a mile away", &["0.25 mi"]),
        (Lang::En, "every fifth mile", &["0.2"]),
    ];
    check_cases(cases);
}

#[test]
fn ninth_session_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // A verb that says "exceeds" qualifies the number after it as `над` and `over` do
        // (kk writes it after the number, on its ablative).
        (Lang::Ru, "Число жертв превышает 800.", &[">800"]),
        (Lang::Ru, "продажи превысили 2 млн", &[">2000000"]),
        (Lang::Uk, "Кількість загиблих перевищує 800.", &[">800"]),
        (Lang::Kk, "саны 800-ден асты.", &[">800"]),
        (Lang::Bg, "броят надхвърля 800", &[">800"]),
        (Lang::En, "the toll exceeded 800", &[">800"]),
        (Lang::Ru, "превысил на 5%", &["5 %"]),
        // A qualifier before the preposition of a distance (uk `приблизно на`).
        (Lang::Uk, "приблизно на 130 миль", &["~130 mi"]),
        // A range written upside down with a range word is a range all the same (an error
        // the comparison must see); bare numbers the other way round are a score.
        (Lang::Bg, "предвиждат 6 до 4 инча дъжд", &["6..4 in"]),
        (Lang::Bg, "между 8 и 3 години", &["8..3 year"]),
        (Lang::En, "a final score of 16.5 to 10.5", &["16.5", "10.5"]),
        (Lang::Bg, "резултат 3-1", &["3-1"]), // a score (sc18)
        (Lang::Bg, "от 2 до 4 инча", &["2..4 in"]),
        // Kazakh units with the possessive ending (`сегізі`: eight of them), from the table's
        // own rows; `жер жүзі` (the world) stays no number.
        (Lang::Kk, "түрдің сегізі тіршілік етеді", &["8"]),
        (Lang::Kk, "таңғы алтысы болатын", &["6"]),
        (Lang::Kk, "жер жүзі бойынша", &[]),
        // Four digits between a year preposition and a year marker are a year, however
        // unlikely (a mistyped digit), to meet the other side's year; a count of years stays.
        (Lang::Bg, "през 2918 г.", &["2918"]),
        (Lang::Ru, "в 7870 году", &["7870"]),
        (Lang::Bg, "след 4000 години", &["4000 year"]),
        // Multiplicative adverbs say a count as bg `три пъти` and en `three times` do.
        (Lang::Ru, "посещал уже трижды", &["3"]),
        (Lang::Uk, "втричі важчий", &["3 x"]),
        (Lang::Bg, "посети три пъти", &["3"]),
        // A two-letter number word with a case ending opens a number (kk `үштен екі`: 2/3;
        // the prefilter looked at the first three letters only, and `үшт` begins no word).
        (Lang::Kk, "парламенттің үштен екі бөлігі", &["0.666667"]),
        (Lang::Kk, "үштен бір бөлігі", &["0.333333"]),
        (Lang::Kk, "бестен екі", &["0.4"]),
    ];
    check_cases(cases);
}

/// Figures below zero: a minus sign, a minus word before the number, a word after it that
/// puts it below zero; a hyphen that joins words or a dash with a space is no sign.
#[test]
fn negative_figures() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Температурата падна до -15 °C през нощта.",
            &["-15 °C"],
        ),
        (Lang::Bg, "Ще бъде минус 15 градуса.", &["-15 deg"]),
        (
            Lang::Bg,
            "Инфлацията беше −0,4% (по-малко от −2 млрд. лв.).",
            &["-0.4 %", "<-2000000000 BGN"],
        ),
        (
            Lang::Bg,
            "През нощта 5-10 градуса под нулата.",
            &["-10..-5 deg"],
        ),
        (
            Lang::Bg,
            "Между минус 5 и минус 10 градуса.",
            &["-10..-5 deg"],
        ),
        (Lang::Bg, "Около -25 °C в Астана.", &["~-25 °C"]),
        (
            Lang::Bg,
            "Температурата ще падне до минус 35 градуса.",
            &["-35 deg"],
        ),
        (
            Lang::Kk,
            "Температура минус 35 градусқа дейін төмендейді.",
            &["-35 deg"],
        ),
        (Lang::Kk, "Астанада -28...-30 °C болады.", &["-30..-28 °C"]),
        (Lang::Ru, "Ночью −12…−15 градусов.", &["-15..-12 deg"]),
        (
            Lang::Kk,
            "Күндіз минус 5 градустан плюс 2 градусқа дейін күтіледі.",
            &["-5..2 deg"],
        ),
        // Without a verb of change after it, `дейін` is still "up to".
        (
            Lang::Kk,
            "Резерв 500 мың тоннаға дейін болады.",
            &["<=500000 t"],
        ),
        (
            Lang::Kk,
            "Тұтыну 11,3 млрд кВт·сағ-қа жетті.",
            &["11300000000 kWh"],
        ),
        // Designations, years, scores and a dash of punctuation keep no sign.
        (
            Lang::Bg,
            "Су-35 и G-20 през 2023-2024 г., резултат 3-1.",
            &["35", "20", "2023..2024", "3-1"],
        ),
        (Lang::Bg, "Загинаха - 15 души.", &["15"]),
        (
            Lang::Ru,
            "Ночью от -5 до -10 градусов, днем от минус 3 до плюс 2 градусов.",
            &["-10..-5 deg", "-3..2 deg"],
        ),
        (Lang::Ru, "Ожидается 20 градусов мороза.", &["-20 deg"]),
        (
            Lang::Ru,
            "Температура ниже нуля: 7 градусов ниже нуля.",
            &["-7 deg"],
        ),
        (
            Lang::Uk,
            "Вночі мінус 15 градусів, 20 градусів морозу.",
            &["-15 deg", "-20 deg"],
        ),
        (
            Lang::Kk,
            "Түнде нөлден төмен 15 градус, күндіз 20 градус аяз.",
            &["-15 deg", "-20 deg"],
        ),
        (
            Lang::En,
            "Lows of minus 25C and 15 degrees below zero.",
            &["-25 °C", "-15 deg"],
        ),
        (
            Lang::En,
            "Growth was -0.4% in March, and it was 25C in Rome.",
            &["-0.4 %", "--03", "25 °C"],
        ),
        // A letter in the other case than the symbol's is no unit: a seat, a network.
        (Lang::En, "Seat 25c on a 5G network.", &["25", "5"]),
    ];
    check_cases(cases);
}

/// An ordinal from the third up before a word of a part is a fraction (`пятая часть
/// населения`, one fifth of the population); `вторая часть` is a second part, no figure.
#[test]
fn an_ordinal_before_a_part_is_a_fraction() {
    check_cases(&[
        (Lang::Ru, "Пятая часть населения живет в столице.", &["0.2"]),
        (Lang::Ru, "Выручка выросла на десятую часть.", &["0.1"]),
        (Lang::Ru, "Вторая часть доклада посвящена экспорту.", &[]),
        (
            Lang::Uk,
            "П'ята частина населення живе в столиці.",
            &["0.2"],
        ),
        (
            Lang::Bg,
            "Петата част от населението живее в столицата.",
            &["0.2"],
        ),
        (Lang::Bg, "Една пета част от бюджета.", &["0.2"]),
    ]);
}

/// Verbs of growing and shrinking in every language are verbs of change: `from 287 to 378 sq
/// km` after one is a start and an end, each with the unit said once, not a range.
#[test]
fn verbs_of_growing_and_shrinking_make_two_figures() {
    let verbs: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Площта Q от 287 на 378 кв. км.",
            &[
                "е намаляла",
                "се е стопила",
                "ще намалее",
                "се е смалила",
                "се е стеснила",
            ],
        ),
        (
            Lang::Ru,
            "Площадь Q с 287 до 378 кв. км.",
            &[
                "уменьшилась",
                "расширилась",
                "сжалась",
                "подскочила",
                "просела",
                "сузилась",
                "возрастёт",
            ],
        ),
        (
            Lang::Uk,
            "Площа Q з 287 до 378 кв. км.",
            &[
                "зменшилася",
                "розширилася",
                "звузилася",
                "зменшиться",
                "виросла",
            ],
        ),
        (
            Lang::Kk,
            "Аумағы 287-ден 378 шаршы шақырымға дейін Q.",
            &[
                "кеңейді",
                "тарылды",
                "кеміді",
                "кемиді",
                "көбейеді",
                "ұлғайып",
            ],
        ),
        (
            Lang::En,
            "The area Q from 287 to 378 sq km.",
            &[
                "narrowed",
                "widened",
                "contracted",
                "swelled",
                "slid",
                "tumbled",
                "dipped",
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (lang, template, words) in verbs {
        for word in *words {
            let text = template.replace('Q', word);
            let got = values(&text, *lang);
            if got != ["287 km2", "378 km2"] {
                failures.push(format!("{lang}: {text:?} gave {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A verb of change makes `до`/`to` "to", not "up to", and its `from … to` two figures,
/// not a range; without one the range stays (`от 5 до 7%`, `from 5% to 7%`).
#[test]
fn changes_from_one_figure_to_another() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "Инфлацията се е ускорила до 12,6%.", &["12.6 %"]),
        (Lang::Ru, "Инфляция ускорилась до 12,6%.", &["12.6 %"]),
        (Lang::Uk, "Інфляція прискорилася до 12,6%.", &["12.6 %"]),
        (
            Lang::En,
            "The VAT rate will rise from 12% to 16%.",
            &["12 %", "16 %"],
        ),
        (
            Lang::Ru,
            "Ставка НДС повысится с 12% до 16%.",
            &["12 %", "16 %"],
        ),
        // A verb of motion's speed-up is a change too: `от 0 до 100 км/ч` after it is the
        // speed's start and end on every side, not a range on some.
        (
            Lang::Bg,
            "Колата ускорява от 0 до 100 км/ч за 4,1 секунди.",
            &["0 km/h", "100 km/h", "4.1 s"],
        ),
        (
            Lang::Ru,
            "Машина разгоняется с 0 до 100 км/ч за 4,1 секунды.",
            &["0 km/h", "100 km/h", "4.1 s"],
        ),
        (
            Lang::Uk,
            "Машина розганяється з 0 до 100 км/год за 4,1 секунди.",
            &["0 km/h", "100 km/h", "4.1 s"],
        ),
        (
            Lang::Kk,
            "Көлік 4,1 секундта 0-ден 100 км/сағ-қа дейін үдейді.",
            &["4.1 s", "0 km/h", "100 km/h"],
        ),
        // `between … and` joins a range's ends after a verb of change too: a change has a
        // start and an end (`from … to`), not two bounds.
        (
            Lang::En,
            "The bank expects prices to rise between 2.8% and 3.4% this winter.",
            &["2.8..3.4 %"],
        ),
        (
            Lang::Bg,
            "Банката очаква ръст между 2,8% и 3,4%.",
            &["2.8..3.4 %"],
        ),
        // Verbs of shrinking and growing (`свила`, `shrunk`, `нараснат`): the unit said once,
        // at the end, is the start's too. A range stays a range (`от минус 5 до минус 10`).
        (
            Lang::Bg,
            "Площта им се е свила от 287 на 178 кв. км.",
            &["287 km2", "178 km2"],
        ),
        (
            Lang::En,
            "Their area has shrunk from 287 to 178 square kilometres.",
            &["287 km2", "178 km2"],
        ),
        (
            Lang::Bg,
            "Поливните площи ще нараснат от 1,5 до 2,5 млн. хектара.",
            &["1500000 ha", "2500000 ha"],
        ),
        (
            Lang::Bg,
            "Температурите ще бъдат от минус 5 до минус 10 градуса.",
            &["-10..-5 deg"],
        ),
        // The verb of change several words before `до` (a time between): "to", not "up to".
        (
            Lang::Ru,
            "Безработица выросла в прошлом году до 5%.",
            &["5 %"],
        ),
        (
            Lang::Bg,
            "Безработицата се увеличи през миналата година до 5%.",
            &["5 %"],
        ),
        (Lang::En, "Prices are expected from 5% to 7%.", &["5..7 %"]),
        // English "up to" is "up to" after a verb of change too.
        (
            Lang::En,
            "The move will raise up to £120 million a year.",
            &["<=120000000 GBP/year"],
        ),
    ];
    check_cases(cases);
}

/// Durations said with a fraction word and a century or decade: the years they make, not a
/// bare half or quarter; decades counted after a comma are no age.
#[test]
fn halves_and_quarters_of_centuries() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "След половин век и четвърт столетие.",
            &["50 year", "25 year"],
        ),
        (Lang::Bg, "Цели десетилетие и половина.", &["15 year"]),
        (
            Lang::Ru,
            "Более полувека, почти четверть века, полтора века.",
            &[">50 year", "<~25 year", "150 year"],
        ),
        (
            Lang::Ru,
            "Это длилось полвека, два десятилетия.",
            &["50 year", "20 year"],
        ),
        (
            Lang::Uk,
            "Пів століття, півстоліття і чверть століття.",
            &["50 year", "50 year", "25 year"],
        ),
        (
            Lang::Kk,
            "Жарты ғасырдан астам, ширек ғасырға.",
            &[">50 year", "25 year"],
        ),
        (
            Lang::En,
            "Half a century, a quarter of a century and a decade and a half.",
            &["50 year", "25 year", "15 year"],
        ),
        (
            Lang::En,
            "It lasted 5 years, two decades.",
            &["5 year", "20 year"],
        ),
        // A half alone stays a half.
        (Lang::En, "Half of them voted.", &["0.5"]),
    ];
    check_cases(cases);
}

/// Misreadings found on a made-up trade report (fifteenth session).
#[test]
fn trade_report_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // A verb of change a word before `до`: "bring it to", not "up to".
        (
            Lang::Bg,
            "Целта е да го доведат до 60 млрд. долара.",
            &["60000000000 USD"],
        ),
        (
            Lang::Bg,
            "Договорът е до 60 млрд. долара.",
            &["<=60000000000 USD"],
        ),
        // The verb's own `до` comes first: the second is "up to".
        (
            Lang::Bg,
            "Бурята доведе до вълни с височина до 6 метра.",
            &["<=6 m"],
        ),
        (Lang::Ru, "Увеличить долю не менее чем до 35%.", &[">35 %"]),
        (
            Lang::Ru,
            "Цель - довести его до 10 млрд долларов.",
            &["10000000000 USD"],
        ),
        (
            Lang::Uk,
            "Мета - довести його до 10 млрд доларів.",
            &["10000000000 USD"],
        ),
        // Kazakh: `шақырым` is a kilometre; `айында` a month; a verb of change after `дейін`,
        // also after an adverb, keeps the qualifier before the number.
        (
            Lang::Kk,
            "Ұзындығы 836 шақырым, ауданы 12 шаршы шақырым.",
            &["836 km", "12 km2"],
        ),
        (Lang::Kk, "2025 жылдың тоғыз айында.", &["2025", "9 month"]),
        (Lang::Kk, "Инфляция 12,6%-ға дейін баяулады.", &["12.6 %"]),
        (
            Lang::Kk,
            "Үлесін кемінде 35%-ға дейін жылдамырақ арттыру керек.",
            &[">35 %"],
        ),
        (
            Lang::Kk,
            "Тауар айналымын 60 млрд долларға жеткізу.",
            &["60000000000 USD"],
        ),
        // Areas and yields: hectares, Bulgarian декари, acres; centners (100 kg), a yield per
        // hectare read as its centners in every language (Kazakh puts `гектарына` first).
        (
            Lang::Bg,
            "Засети са 16,2 млн. хектара и 300 декара, добивът е 16,5 центнера от хектар или 20 ц/ха.",
            &["16200000 ha", "300 daa", "16.5 q", "20 q"],
        ),
        (
            Lang::Ru,
            "Посевы на 16,2 млн гектаров, урожайность 16,5 центнера с гектара, 20 ц/га.",
            &["16200000 ha", "16.5 q", "20 q"],
        ),
        (Lang::Kk, "Гектарына 16,5 центнер, 200 гектар.", &["16.5 q", "200 ha"]),
        (
            Lang::En,
            "16.2 million hectares, 5,000 acres, 16.5 centners per hectare.",
            &["16200000 ha", "5000 acre", "16.5 q"],
        ),
        // Power, data rates and storage, from a made-up technology report.
        (
            Lang::Bg,
            "До 120 мегавата, средно 51,3 Мбит/с и 500 петабайта.",
            &["<=120 MW", "51.3 Mbit/s", "500 PB"],
        ),
        (
            Lang::Bg,
            "Мощност от 2 екзафлопса и 120 киловата.",
            &["2 EFLOPS", "120 kW"],
        ),
        (
            Lang::Uk,
            "До 120 мегаватів, 51,3 Мбіт/с і 500 петабайтів.",
            &["<=120 MW", "51.3 Mbit/s", "500 PB"],
        ),
        (
            Lang::En,
            "Up to 120 megawatts, 51.3 Mbps and 500 petabytes.",
            &["<=120 MW", "51.3 Mbit/s", "500 PB"],
        ),
        // `вырасти с 3,8% до 5%`: a change from one figure to another, no range.
        (
            Lang::Ru,
            "Доля должна вырасти с 3,8% до 5%.",
            &["3.8 %", "5 %"],
        ),
        (Lang::Uk, "Частка має зрости з 3,8% до 5%.", &["3.8 %", "5 %"]),
        // Kazakh `дейін` after the noun counted: up to, unless a verb of change follows.
        (
            Lang::Kk,
            "Терминал жылына 7 млн жолаушыға дейін қызмет көрсетеді.",
            &["<=7000000"],
        ),
        (
            Lang::Kk,
            "Жолаушылар ағыны 10 млн адамға дейін жетеді.",
            &["10000000"],
        ),
        (Lang::Kk, "Ауданы 52 мың шаршы метр.", &["52000 m2"]),
        // Without a verb after it, `дейін` is still "up to", an adverb or not.
        (Lang::Kk, "Жүк 20 тоннаға дейін жақсы.", &["<=20 t"]),
        // Comparatives of age: older than is over, younger than under.
        (
            Lang::Bg,
            "Всеки пети комбайн е по-стар от 15 години.",
            &["0.2", ">15 year"],
        ),
        (Lang::Ru, "Комбайн старше 15 лет.", &[">15 year"]),
        // English: a year after `months of`, `the end of`.
        (
            Lang::En,
            "In the first nine months of 2025 and by the end of 2027.",
            &["9 month", "2025", "2027"],
        ),
    ];
    check_cases(cases);
    let kinds = |text: &str| -> Vec<FigureKind> {
        extract_text(text, Lang::En)
            .iter()
            .map(|f| f.kind)
            .collect()
    };
    assert_eq!(
        kinds("In the first nine months of 2025."),
        [FigureKind::Measure, FigureKind::Year]
    );
    // `of` alone does not make a year: a count of people stays a count.
    assert_eq!(kinds("A total of 2000 people."), [FigureKind::Number]);
}

/// Quarters and halves named by their ordinal, in words, digits, Roman numerals or `Q3`.
#[test]
fn quarters_and_halves_of_a_year() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "През третото тримесечие, 3-то тримесечие, III тримесечие и първото полугодие на 2025 г.",
            &["Q3", "Q3", "Q3", "H1", "2025"],
        ),
        (
            Lang::Ru,
            "В третьем квартале, в III квартале и в первом полугодии 2025 года.",
            &["Q3", "Q3", "H1", "2025"],
        ),
        (
            Lang::Uk,
            "У другому кварталі та в першому півріччі.",
            &["Q2", "H1"],
        ),
        (
            Lang::Kk,
            "Үшінші тоқсанда және бірінші жартыжылдықта.",
            &["Q3", "H1"],
        ),
        (
            Lang::En,
            "In the third quarter, in Q3 and in the first half of 2025.",
            &["Q3", "Q3", "H1", "2025"],
        ),
        // A year after the code is a year, no percent of a list (`5% in Q3 2025 and 4%`);
        // letters or digits glued to the code make no quarter.
        (
            Lang::En,
            "Growth was 5% in Q3 2025 and 4% in H1 2024.",
            &["5 %", "Q3", "2025", "4 %", "H1", "2024"],
        ),
        (Lang::En, "The AQ3 and Q34 models.", &["3", "34"]),
        // A half of a month or a day is none of a year; a fifth quarter is no quarter.
        (Lang::En, "In the first half of October.", &["--10"]),
        (Lang::Bg, "През първата половина на октомври.", &["--10"]),
        (Lang::Kk, "Қазанның бірінші жартысында.", &[]),
        (Lang::Ru, "В первой половине дня.", &[]),
    ];
    check_cases(cases);
}

/// Misread on the made-up court and launch reports: the agencies' `0927 GMT` (hours and
/// minutes run together before a time zone), megatonnes (`Mt`) of emissions, and an age in
/// apposition before a fine, which is no list sharing its currency.
#[test]
fn court_and_launch_report_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "the court fined Nikolay Dimitrov, 41, 5,000 leva",
            &["41", "5000 BGN"],
        ),
        (
            Lang::En,
            "fines of 300, 500 or 700 leva",
            &["300 BGN", "500 BGN", "700 BGN"],
        ),
        (
            Lang::En,
            "lifted off at 12:27 p.m. Moscow time (0927 GMT)",
            &["12:27", "09:27"],
        ),
        (Lang::En, "The talks resume at 1400 UTC.", &["14:00"]),
        // Four digits that are no time of day stay a number.
        (Lang::En, "all 2980 GMT staff", &["2980"]),
        (
            Lang::En,
            "emissions reached 352.6 Mt last year",
            &["352600000 t"],
        ),
    ];
    check_cases(cases);
}

/// Kazakh fines and benefits in monthly calculation indices, each language's name and
/// acronym for one unit; a compound measure hyphenated before its noun.
#[test]
fn monthly_calculation_indices_and_hyphenated_measures() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "глобата ще бъде 15 месечни изчислителни показателя",
            &["15 MCI"],
        ),
        (Lang::Bg, "глоба от 100 МИП", &["100 MCI"]),
        (Lang::Ru, "штраф составит 15 МРП", &["15 MCI"]),
        (
            Lang::Ru,
            "штраф в размере 15 месячных расчетных показателей",
            &["15 MCI"],
        ),
        (Lang::Kk, "айыппұл 15 АЕК болады", &["15 MCI"]),
        (
            Lang::Kk,
            "15 айлық есептік көрсеткіш мөлшерінде айыппұл",
            &["15 MCI"],
        ),
        (Lang::En, "the fine will be 15 MCI", &["15 MCI"]),
        (Lang::En, "a new 42-km water supply network", &["42 km"]),
    ];
    check_cases(cases);
}

/// The euro changeover, mine, Middle Corridor and Aral Sea reports: cubic kilometres, a
/// ceiling said by a verb of exceeding under a negation, `минимум на`, a change's bare
/// four-digit start (no year), a currency sign before a change's start, and a verb of change
/// before an abbreviation's stop (`през 2025 г. с 62% до`).
#[test]
fn euro_mine_corridor_and_aral_report_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "обемът е 27 куб. км", &["27000000000 m3"]),
        (Lang::Ru, "приток составил 5,1 куб. км", &["5100000000 m3"]),
        (Lang::Uk, "об'єм становить 27 куб. км", &["27000000000 m3"]),
        (
            Lang::Kk,
            "көлемі 27 текше шақырымға жетті",
            &["27000000000 m3"],
        ),
        (
            Lang::En,
            "a volume of 27 cubic kilometres",
            &["27000000000 m3"],
        ),
        (
            Lang::Kk,
            "литріне 23 грамнан 8 грамға дейін төмендеді",
            &["23 g/l", "8 g/l"],
        ),
        (
            Lang::Bg,
            "ефектът няма да надхвърли 0,3 процентни пункта",
            &["<=0.3 pp"],
        ),
        (Lang::Bg, "уловът не надхвърляше 500 тона", &["<=500 t"]),
        (Lang::Ru, "вылов не превышал 500 тонн", &["<=500 t"]),
        (Lang::Uk, "вилов не перевищував 500 тонн", &["<=500 t"]),
        (
            Lang::En,
            "the effect would not exceed 0.3 percentage points",
            &["<=0.3 pp"],
        ),
        (Lang::Kk, "аулау 500 тоннадан аспаған", &["<=500 t"]),
        (
            Lang::Ru,
            "добыча остановлена минимум на 30 суток",
            &[">30 day"],
        ),
        (
            Lang::Bg,
            "тарифата е намалена от 1900 на 1350 долара",
            &["1900 USD", "1350 USD"],
        ),
        (
            Lang::Uk,
            "тариф знижено з 1900 до 1350 доларів",
            &["1900 USD", "1350 USD"],
        ),
        (
            Lang::En,
            "the tariff has been cut from $1,900 to $1,350",
            &["1900 USD", "1350 USD"],
        ),
        (
            Lang::Bg,
            "превозите са нараснали през 2025 г. с 62% до 87 400",
            &["2025", "62 %", "87400"],
        ),
        // A gapped clause's `до` after a dash is "to" when its parallel before the comma is.
        (
            Lang::Bg,
            "площта е нараснала до 3300 кв. км, а обемът му – до 27 куб. км",
            &["3300 km2", "27000000000 m3"],
        ),
        (
            Lang::Ru,
            "площадь увеличилась до 3300 кв. км, а его объем – до 27 куб. км",
            &["3300 km2", "27000000000 m3"],
        ),
        (
            Lang::Uk,
            "площа збільшилася до 3300 кв. км, а її об'єм – до 27 куб. км",
            &["3300 km2", "27000000000 m3"],
        ),
        // The first clause ends in its figure, a word or two after it.
        (
            Lang::Ru,
            "цена воды вырастет до 98,5 тенге за кубометр, электроэнергии – до 27,3 тенге",
            &["98.5 KZT/m3", "27.3 KZT"],
        ),
        (
            Lang::Bg,
            "цената на водата ще нарасне до 98 тенге, а на тока – до 27 тенге",
            &["98 KZT", "27 KZT"],
        ),
        // A verb of reaching (bg `достигат`, ru `достигают`, uk `сягають`) governs the
        // gapped clause's `до` as it does its own.
        (
            Lang::Bg,
            "опашките достигат 12 км, а чакането – до 6 часа",
            &["12 km", "6 hour"],
        ),
        (
            Lang::Ru,
            "очереди достигают 12 км, а ожидание – до 6 часов",
            &["12 km", "6 hour"],
        ),
        (
            Lang::Uk,
            "черги сягають 12 км, а очікування – до 6 годин",
            &["12 km", "6 hour"],
        ),
        (
            Lang::Ru,
            "температура воздуха достигнет до 40 градусов",
            &["40 deg"],
        ),
        (
            Lang::Bg,
            "цените са до 20 лв., а наемите – до 500 лв.",
            &["<=20 BGN", "<=500 BGN"],
        ),
    ];
    check_cases(cases);
}

/// `the previous year` and its kin in every language: the year before the document's.
#[test]
fn the_previous_year_resolves_against_the_document_date() {
    let cases = [
        (Lang::En, "up 40% from the previous year"),
        (Lang::Ru, "на 40% больше предыдущего года"),
        (Lang::Uk, "на 40% більше, ніж попереднього року"),
        (Lang::Kk, "алдыңғы жылмен салыстырғанда 40%-ға көп"),
        (Lang::Bg, "с 40% повече от предишната година"),
    ];
    for (lang, text) in cases {
        let doc = Document::from_text(
            Path::new(&format!("{lang}.txt")),
            lang,
            format!(" date 2026-03-18 {text}.\n"),
        )
        .expect("document");
        let a = pipeline::analyze(doc, false);
        let got: Vec<String> = a.figures.iter().flatten().map(|f| f.normalized()).collect();
        assert!(got.contains(&"2025".to_string()), "{lang}: {text}: {got:?}");
    }
}

/// After a year the sentence names, `the previous year` and `a year earlier` are the year
/// before that one (a translator may write it out: `в 2023 году`), while `last year` stays
/// the document's.
#[test]
fn the_previous_year_after_a_named_year_is_the_one_before_it() {
    let cases = [
        (
            Lang::En,
            "in 2024 visitors rose 12% from the previous year",
            "2023",
        ),
        (
            Lang::En,
            "in 2024 visitors rose 12% from a year earlier",
            "2023",
        ),
        (
            Lang::Ru,
            "в 2024 году посетителей стало на 12% больше, чем годом ранее",
            "2023",
        ),
        (
            Lang::Uk,
            "у 2024 році відвідувачів на 12% більше, ніж роком раніше",
            "2023",
        ),
        (
            Lang::Kk,
            "2024 жылы келушілер алдыңғы жылмен салыстырғанда 12%-ға көп",
            "2023",
        ),
        // kk `бір жыл бұрынғыдан` (than a year before) as bg `година по-рано`: it was read
        // against the document's date (2025).
        (
            Lang::Kk,
            "2024 жылы келушілер саны бір жыл бұрынғыдан 12%-ға артты",
            "2023",
        ),
        (
            Lang::Bg,
            "през 2024 г. посетителите са с 12% повече от предходната година",
            "2023",
        ),
        (
            Lang::Bg,
            "през 2024 г. посетителите са с 12% повече от миналата година",
            "2025",
        ),
    ];
    for (lang, text, want) in cases {
        let doc = Document::from_text(
            Path::new(&format!("{lang}.txt")),
            lang,
            format!(" date 2026-03-18\n{text}.\n"),
        )
        .expect("document");
        let a = pipeline::analyze(doc, false);
        let got: Vec<String> = a.figures.iter().flatten().map(|f| f.normalized()).collect();
        assert!(got.contains(&want.to_string()), "{lang}: {text}: {got:?}");
    }
}

fn check_cases(cases: &[(Lang, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (lang, text, want) in cases {
        let got = values(text, *lang);
        if got != *want {
            failures.push(format!(
                "{lang}: {text:?}\n   want {want:?}\n   got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn relative_dates_resolve_against_the_document_date() {
    let doc = Document::from_text(
        Path::new("bg.txt"),
        Lang::Bg,
        " date 2025-11-09 Темата тази година, а миналата година не.\n".into(),
    )
    .expect("document");
    let a = pipeline::analyze(doc, false);
    let got: Vec<String> = a.figures.iter().flatten().map(|f| f.normalized()).collect();
    assert_eq!(got, ["2025", "2024"]);
    // Without a date there is nothing to resolve against.
    assert!(values("Темата тази година.", Lang::Bg).is_empty());
}

#[test]
fn percent_and_share_are_comparable() {
    let p = &extract_text("20%", Lang::En)[0];
    assert_eq!(p.kind, FigureKind::Percent);
    assert_eq!(p.share(), Some(Decimal::new(2, 1)));
}

/// Every figure of the seed article a careful reader would write down.
#[test]
fn seed_article() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/kazinform-2025-11-09/bg.txt");
    let doc = Document::read(&path, Lang::Bg, 1 << 20).expect("seed article");
    let a = pipeline::analyze(doc, false);
    let got: Vec<(String, String)> = a
        .figures
        .iter()
        .flatten()
        .map(|f| (f.text.clone(), f.normalized()))
        .collect();
    let has = |text: &str, value: &str| got.iter().any(|(t, v)| t.contains(text) && v == value);
    let mut want = vec![
        ("тази година", "2025"),
        ("2023 г.", "2023"),
        ("4,4%", "4.4 %"),
        ("2028 г.", "2028"),
        ("надхвърли 6,7-12%", ">6.7..12 %"),
        ("април 2025 г.", "2025-04"),
        ("300 метра", "<=300 m"),
        ("над 20 млн. тона", ">20000000 t"),
        ("около 700 г/т", "~700 g/t"),
        ("900 млн. долара", "900000000 USD"),
        ("надхвърли 1 милиард долара", ">1000000000 USD"),
        ("септември 2025 г.", "2025-09"),
    ];
    if words_landed() {
        check(
            Lang::En,
            &[
                ("One in five children", &["0.2"]),
                ("every fifth barrel", &["0.2"]),
            ],
        );
        check(Lang::Ru, &[("каждый пятый ребенок", &["0.2"])]);
        want.extend([
            ("всеки пети", "0.2"),
            ("три десетилетия", ">30 year"),
            ("около един милион тона", "~1000000 t"),
            ("година-три", "1..3 year"),
            ("три години", "3 year"),
        ]);
    } else {
        eprintln!("seed_article: number words not landed yet; their five figures are not checked");
    }
    let missing: Vec<_> = want.iter().filter(|(t, v)| !has(t, v)).collect();
    assert!(missing.is_empty(), "missing {missing:?}\ngot {got:?}");
}

#[test]
fn bad_input_never_panics() {
    let nasty = [
        "",
        "9",
        "99999999999999999999999999999999999999 млн.",
        "1,",
        "1.",
        "$",
        "£ ",
        "от до",
        "между 5 и",
        "5-",
        "31.13.2020",
        "25:99",
        "1-0-",
        "\u{a0}1\u{a0}000\u{a0}",
        "日本 ٣ 5％",
        "9999999999999999999999999999 трлн.",
    ];
    for lang in Lang::ALL {
        for t in nasty {
            let _ = extract_text(t, lang);
        }
    }
}

#[test]
fn tables_are_sorted_unique_and_present_for_every_language() {
    for lang in Lang::ALL {
        for (name, table) in lexicon::TABLE_NAMES.iter().zip(lexicon::tables(lang)) {
            let keys: Vec<&str> = rows(table).map(|r| r[0]).collect();
            assert!(
                !keys.is_empty() || *name == "ranges",
                "{lang}/{name}.tsv is empty"
            );
            for w in keys.windows(2) {
                assert!(
                    w[0] < w[1],
                    "{lang}/{name}.tsv: {:?} then {:?}: not sorted and unique",
                    w[0],
                    w[1]
                );
            }
        }
    }
}

#[test]
fn extract_command_writes_the_contract_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bg.txt");
    std::fs::write(&file, "Ръстът е 4,4%.\n\nСделката е за 900 млн. долара.\n").expect("write");
    let out = assert_cmd::Command::cargo_bin("sverka")
        .expect("binary")
        .args(["extract", file.to_str().expect("utf-8 path")])
        .output()
        .expect("run");
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(
        csv,
        "line,offset,kind,text,value\n1,16,percent,\"4,4%\",4.4 %\n3,48,money,900 млн. долара,900000000 USD\n"
    );
}

// Property tests: random values rendered the way each language writes them come back as the
// same normalized value.

/// Groups the integer digits with `sep` every three places.
fn grouped(n: u64, sep: &str) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn decimal_sep(lang: Lang) -> &'static str {
    if lang == Lang::En {
        "."
    } else {
        ","
    }
}

fn group_seps(lang: Lang) -> &'static [&'static str] {
    if lang == Lang::En {
        &[",", " ", "\u{a0}", ""]
    } else {
        &[" ", "\u{a0}", "\u{202f}", ".", ""]
    }
}

/// Scale words per language, with their factors.
fn scale_words(lang: Lang) -> &'static [(&'static str, u64)] {
    match lang {
        Lang::Bg => &[
            ("хил.", 1_000),
            ("хиляди", 1_000),
            ("млн.", 1_000_000),
            ("милиона", 1_000_000),
            ("млрд.", 1_000_000_000),
            ("милиарда", 1_000_000_000),
        ],
        Lang::Ru => &[
            ("тыс.", 1_000),
            ("тысяч", 1_000),
            ("млн", 1_000_000),
            ("миллионов", 1_000_000),
            ("млрд", 1_000_000_000),
            ("миллиардов", 1_000_000_000),
        ],
        Lang::Uk => &[
            ("тис.", 1_000),
            ("тисяч", 1_000),
            ("млн", 1_000_000),
            ("мільйонів", 1_000_000),
            ("млрд", 1_000_000_000),
            ("мільярдів", 1_000_000_000),
        ],
        Lang::Kk => &[
            ("мың", 1_000),
            ("млн", 1_000_000),
            ("миллион", 1_000_000),
            ("млрд", 1_000_000_000),
            ("миллиард", 1_000_000_000),
        ],
        Lang::En => &[
            ("thousand", 1_000),
            ("million", 1_000_000),
            ("bn", 1_000_000_000),
            ("billion", 1_000_000_000),
        ],
    }
}

fn percent_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Bg => &["%", " %", " процента"],
        Lang::Ru => &["%", " %", " процента", " процентов"],
        Lang::Uk => &["%", " %", " відсотків", " відсотка"],
        Lang::Kk => &["%", " %", " пайыз"],
        Lang::En => &["%", " per cent", " percent"],
    }
}

fn money_words(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Bg => &[
            ("долара", "USD"),
            ("евро", "EUR"),
            ("лв.", "BGN"),
            ("паунда", "GBP"),
        ],
        Lang::Ru => &[
            ("долларов", "USD"),
            ("евро", "EUR"),
            ("рублей", "RUB"),
            ("тенге", "KZT"),
        ],
        Lang::Uk => &[
            ("доларів", "USD"),
            ("гривень", "UAH"),
            ("євро", "EUR"),
            ("фунтів", "GBP"),
        ],
        Lang::Kk => &[
            ("доллар", "USD"),
            ("теңге", "KZT"),
            ("еуро", "EUR"),
            ("рубль", "RUB"),
        ],
        Lang::En => &[
            ("dollars", "USD"),
            ("euros", "EUR"),
            ("pounds", "GBP"),
            ("tenge", "KZT"),
        ],
    }
}

fn lang_strategy() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

/// `int` with `frac_digits` of `frac` as a decimal written in `lang`, and its value.
fn written(lang: Lang, int: u64, frac: u32, frac_digits: u32, sep: &str) -> (String, Decimal) {
    let mut text = grouped(int, sep);
    let mut value = Decimal::from(int);
    if frac_digits > 0 {
        let f = frac % 10u32.pow(frac_digits);
        text.push_str(decimal_sep(lang));
        text.push_str(&format!("{f:0width$}", width = frac_digits as usize));
        value += Decimal::new(i64::from(f), frac_digits);
    }
    (text, value)
}

proptest! {
    #[test]
    fn digits_read_back(lang in lang_strategy(), int in 0u64..10_000_000_000_000, frac in 0u32..1000, fd in 0u32..3, si in 0usize..5) {
        let seps = group_seps(lang);
        let sep = seps[si % seps.len()];
        let (text, value) = written(lang, int, frac, fd, sep);
        // Plain four-digit integers in 1000..2199 may be years; the value is the same.
        let got = values(&format!("Броят е {text} днес"), lang);
        prop_assert_eq!(got, vec![sverka::figures::plain(value)], "{}", text);
    }

    #[test]
    fn signed_digits_read_back(lang in lang_strategy(), int in 1u64..10_000_000, frac in 0u32..1000, fd in 0u32..3, si in 0usize..5, sign in 0usize..3) {
        let seps = group_seps(lang);
        let (text, value) = written(lang, int, frac, fd, seps[si % seps.len()]);
        // A minus sign, the Unicode minus, or the language's minus word.
        let minus = ["-", "\u{2212}", if lang == Lang::En { "minus " } else if lang == Lang::Uk { "мінус " } else { "минус " }][sign];
        let got = values(&format!("Броят е {minus}{text} днес"), lang);
        prop_assert_eq!(got, vec![sverka::figures::plain(-value)], "{}{}", minus, text);
    }

    #[test]
    fn scale_words_read_back(lang in lang_strategy(), int in 1u64..1000, frac in 0u32..100, fd in 0u32..3, k in 0usize..8) {
        let scales = scale_words(lang);
        let (word, factor) = scales[k % scales.len()];
        let (text, value) = written(lang, int, frac, fd, " ");
        let got = values(&format!("над {text} {word} и"), lang);
        let want = sverka::figures::plain(value * Decimal::from(factor));
        prop_assert_eq!(got.len(), 1);
        prop_assert!(got[0].ends_with(&want), "{} {}: {:?}", text, word, got);
    }

    #[test]
    fn percentages_read_back(lang in lang_strategy(), int in 0u64..1000, frac in 0u32..100, fd in 0u32..3, k in 0usize..4) {
        let words = percent_words(lang);
        let (text, value) = written(lang, int, frac, fd, " ");
        let got = values(&format!("{text}{} от", words[k % words.len()]), lang);
        prop_assert_eq!(got, vec![format!("{} %", sverka::figures::plain(value))], "{}", text);
    }

    #[test]
    fn money_reads_back(lang in lang_strategy(), int in 1u64..1000, frac in 0u32..10, fd in 0u32..2, k in 0usize..4, s in 0usize..8) {
        let (word, code) = money_words(lang)[k % 4];
        let scales = scale_words(lang);
        let (scale, factor) = scales[s % scales.len()];
        let (text, value) = written(lang, int, frac, fd, " ");
        let got = values(&format!("за {text} {scale} {word} и"), lang);
        let want = format!("{} {code}", sverka::figures::plain(value * Decimal::from(factor)));
        prop_assert_eq!(got, vec![want], "{} {} {}", text, scale, word);
    }

    #[test]
    fn any_text_never_panics(s in "\\PC{0,60}", lang in lang_strategy()) {
        let _ = extract_text(&s, lang);
    }
}

/// The reference versions of the bundled article carry the same figures as the source.
#[test]
fn bundled_dataset_agrees_across_languages() {
    if !words_landed() {
        eprintln!("bundled_dataset_agrees_across_languages: number words not landed; skipped");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/kazinform-2025-11-09");
    let want = [
        "0.2",
        "2025",
        "2023",
        "4.4 %",
        "2028",
        ">6.7..12 %",
        ">30 year",
        "2025-04",
        "~1000000 t",
        "<=300 m",
        ">20000000 t",
        "~700 g/t",
        "900000000 USD",
        ">1000000000 USD",
        "2025-09",
        "3 year",
        "1..3 year",
    ];
    for lang in [Lang::Bg, Lang::En, Lang::Ru, Lang::Kk] {
        let path = dir.join(format!("{lang}.txt"));
        if !path.exists() {
            eprintln!("{lang}.txt not in the dataset yet");
            continue;
        }
        let doc = Document::read(&path, lang, 1 << 20).expect("dataset file");
        let got: Vec<String> = pipeline::analyze(doc, false)
            .figures
            .iter()
            .flatten()
            .map(|f| f.normalized())
            .collect();
        let missing: Vec<&&str> = want
            .iter()
            // Kazakh `бір-үш жылдан`: the number-words reader does not take `бір-` before a
            // hyphen, so the range reads as `3 year` (listed in BENCHMARKS.md).
            .filter(|w| !(lang == Lang::Kk && **w == "1..3 year"))
            .filter(|w| !got.iter().any(|g| g == *w))
            .collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?} in {got:?}");
    }
}

/// Dates in words (eleventh session, dt17): a month named alone is a date of no known year
/// (`--03`), a weekday named alone an ISO 8601 weekday (`-W-3`, Monday 1); names that are also
/// common words are read only beside a preposition or a day-part word; a month next to a day
/// or year stays one figure.
#[test]
fn months_and_weekdays_named_alone() {
    let cases: &[(Lang, &str, &[&str])] = &[
        // Weekdays in every language, inflected.
        (Lang::Bg, "Цената падна в сряда.", &["-W-3"]),
        (
            Lang::Bg,
            "Дойде в понеделник, тръгна в петък.",
            &["-W-1", "-W-5"],
        ),
        (Lang::Bg, "След петъчната загуба отборът победи.", &["-W-5"]),
        (Lang::Ru, "Цены упали в среду.", &["-W-3"]),
        (
            Lang::Ru,
            "Во вторник и в воскресенье шёл дождь.",
            &["-W-2", "-W-7"],
        ),
        (Lang::Uk, "Ціни впали у середу.", &["-W-3"]),
        (
            Lang::Uk,
            "У п’ятницю ввечері та в неділю.",
            &["-W-5", "-W-7"],
        ),
        (Lang::Uk, "У п'ятницю.", &["-W-5"]),
        (Lang::Kk, "Сәрсенбіде баға түсті.", &["-W-3"]),
        (Lang::Kk, "Ол жексенбі күні келді.", &["-W-7"]),
        (Lang::En, "Prices fell on Wednesday.", &["-W-3"]),
        (Lang::En, "Friday's quake was strong.", &["-W-5"]),
        // Ambiguous words: bg неделя is also a week, ru среда the environment, kk жұма a
        // name; read only beside a preposition or a day-part word.
        (Lang::Bg, "Ще се върне след една неделя.", &[]),
        (Lang::Bg, "Ще се върне в неделя сутринта.", &["-W-7"]),
        (Lang::Ru, "В среде экспертов и для среды обитания.", &[]),
        (Lang::Ru, "Неделя прошла спокойно.", &[]),
        (Lang::Ru, "Встреча перенесена на среду.", &["-W-3"]),
        (Lang::Kk, "Жұма Нұрланов келді.", &[]),
        (Lang::Kk, "Ол жұма күні келді.", &["-W-5"]),
        // Titles: a capitalized weekday before another capitalized word.
        (Lang::En, "He told The Sunday Telegraph so.", &[]),
        (Lang::En, "He was booed on Saturday Night Live.", &[]),
        // Languages that write weekdays in lower case: a capitalized weekday adjective inside a
        // sentence makes a title; a capitalized noun is still a date (a translator's capital,
        // a quoted slogan), and at a sentence's start a capital says nothing.
        (Lang::Ru, "Страница альманаха «Воскресное утро» вышла.", &[]),
        (
            Lang::Uk,
            "Шоу SNL (Суботнім вечором у прямому ефірі) почалося.",
            &[],
        ),
        (Lang::Ru, "Он сказал: «Воскресенье было тихим».", &["-W-7"]),
        (
            Lang::Ru,
            "Они скандировали «Ноябрь впереди!» у Сената.",
            &["--11"],
        ),
        (Lang::Bg, "Срещата в Москва беше през Септември.", &["--09"]),
        (
            Lang::Uk,
            "Недільний матч скасували. У суботу пішов дощ.",
            &["-W-7", "-W-6"],
        ),
        // Set phrases: ru and uk `субботние свечи` are the Sabbath's candles, no day.
        (Lang::Ru, "Она зажгла субботние свечи на столе.", &[]),
        (Lang::Uk, "Вона запалила суботні свічки на столі.", &[]),
        // A weekday inside a time is a figure of its own.
        (Lang::Bg, "към 5 часа неделя сутринта", &["05:00", "-W-7"]),
        // Months alone, in every language.
        (Lang::Bg, "През март инфлацията се ускори.", &["--03"]),
        (Lang::Ru, "В марте инфляция ускорилась.", &["--03"]),
        (Lang::Uk, "У березні інфляція прискорилася.", &["--03"]),
        (Lang::Kk, "Инфляция наурызда жеделдеді.", &["--03"]),
        (Lang::En, "Inflation picked up in March.", &["--03"]),
        // Ambiguous months: en may and march, bg май, ru Марта (a name), kk маусым (a
        // season), uk лютий (fierce).
        (Lang::En, "Theresa May said she may go in May.", &["--05"]),
        (Lang::En, "The march ended peacefully.", &[]),
        (Lang::Bg, "Май бе тих, но в май валя.", &["--05"]),
        (Lang::Ru, "Марта Иванова пришла с марта.", &["--03"]),
        (Lang::Kk, "Өткен маусымда ол ұпай жинады.", &[]),
        (Lang::Kk, "Маусым айында ол келді.", &["--06"]),
        (Lang::Uk, "Лютий мороз вдарив у лютому.", &["--02"]),
        // A month next to a day or a year stays one figure.
        (
            Lang::Bg,
            "На 5 април 2019 г., в петък.",
            &["2019-04-05", "-W-5"],
        ),
        (
            Lang::En,
            "On Monday, June 5, 2019 they met.",
            &["-W-1", "2019-06-05"],
        ),
        (Lang::Ru, "в марте 2019 года", &["2019-03"]),
        // A number with a percent, unit or scale word after the month is no day.
        (
            Lang::Kk,
            "Инфляция наурызда 6%-ға дейін жеделдеді.",
            &["--03", "<=6 %"],
        ),
        (Lang::Ru, "В мае 5 тысяч человек.", &["--05", "5000"]),
        (Lang::Kk, "наурыздың 6-сы", &["--03-06"]),
        // An abbreviation alone too (dt18; dt17 read it only with a day).
        (Lang::En, "after enlisting on Sept.", &["--09"]),
    ];
    check_cases(cases);
}

#[test]
fn eleventh_session_qualifier_misreads() {
    // A bound word before a number with the definite article is a preposition.
    check(
        Lang::Bg,
        &[
            ("Дъждът ще се разпростре над Четирите ъгъла.", &["4"]),
            ("Загинаха над четири хиляди души.", &[">4000"]),
        ],
    );
    // A preposition between the bound and its number.
    check(
        Lang::Uk,
        &[
            ("Більше ніж через три місяці після саміту.", &[">3 month"]),
            ("Рак зник більше ніж на 18 місяців.", &[">18 month"]),
            ("Листа надіслала менш ніж за шість місяців.", &["<6 month"]),
            ("Дістатися зможе мінімум через три дні.", &[">3 day"]),
        ],
    );
    check(
        Lang::Ru,
        &[("Обратилась менее, чем за шесть месяцев.", &["<6 month"])],
    );
    check(Lang::Kk, &[("Олардың жартысынан көбі Ачехте.", &[">0.5"])]);
}

/// Rates per period (issue 6): the period after an amount or measure joins its unit
/// (`src/lang/<code>/rates.tsv`); Kazakh may put it before the figure. A length per hour is
/// a speed. A count, a percentage or a time takes no period.
#[test]
fn rates_per_period_in_every_language() {
    check(
        Lang::Bg,
        &[
            ("Бюджетът е 10 млн. долара годишно.", &["10000000 USD/year"]),
            ("Добиват 20 тона на ден.", &["20 t/day"]),
            ("Караше със 100 км в час.", &["100 km/h"]),
            ("Плащат 500 евро месечно.", &["500 EUR/month"]),
            ("Идват 100 души на ден.", &["100"]),
            ("Ръст от 3% годишно.", &["3 %"]),
        ],
    );
    check(
        Lang::Ru,
        &[
            ("Добывают 20 тонн в сутки.", &["20 t/day"]),
            ("Бюджет 10 млн долларов в год.", &["10000000 USD/year"]),
            ("Скорость 100 км в час.", &["100 km/h"]),
        ],
    );
    check(
        Lang::Uk,
        &[
            ("Видобувають 20 тонн на добу.", &["20 t/day"]),
            ("Бюджет 10 млн доларів на рік.", &["10000000 USD/year"]),
        ],
    );
    check(
        Lang::Kk,
        &[
            ("20 тонна тәулігіне өндіріледі.", &["20 t/day"]),
            (
                "Қазынаға жылына 120 миллион фунт түседі.",
                &["120000000 GBP/year"],
            ),
        ],
    );
    check(
        Lang::En,
        &[
            ("The budget is $10 million a year.", &["10000000 USD/year"]),
            ("They mine 20 tons per day.", &["20 t/day"]),
            ("It rained 2 inches an hour.", &["2 in/hour"]),
            ("An annual budget of $10 million.", &["10000000 USD"]),
            ("It costs $5 a yearling.", &["5 USD"]),
            ("Sales were $10 million a year ago.", &["10000000 USD"]),
        ],
    );
}

/// A rate whose period stands after the noun counted (and its adjective): `6 млн. тона
/// стомана годишно` is 6 million tonnes a year, as kk `жылына 6 млн тонна болат` is. A common
/// word between (`for`, `за`), a mark, a unit instead of a period, or three words keep the
/// figure as it was.
#[test]
fn a_rate_past_the_noun_counted() {
    check(
        Lang::Bg,
        &[
            (
                "Заводът ще дава 6 млн. тона стомана годишно.",
                &["6000000 t/year"],
            ),
            ("Добиват 20 тона сурова нефт на ден.", &["20 t/day"]),
            ("Платиха 10 млн. долара за година.", &["10000000 USD"]),
            ("Добиват 5 тона зърно на хектар.", &["5 t"]),
            ("Добиват 5 тона зърно, годишно.", &["5 t"]),
        ],
    );
    check(
        Lang::Ru,
        &[("Завод даст 6 млн тонн стали в год.", &["6000000 t/year"])],
    );
    check(
        Lang::Uk,
        &[("Завод дасть 6 млн тонн сталі на рік.", &["6000000 t/year"])],
    );
    check(
        Lang::En,
        &[
            (
                "The plant will make 6 million tonnes of steel a year.",
                &["6000000 t/year"],
            ),
            (
                "The field pumps 2 million barrels of crude oil a day.",
                &["2000000 bbl/day"],
            ),
            ("He paid $5 million for a year.", &["5000000 USD"]),
            (
                "Sales were $5 million in goods a year ago.",
                &["5000000 USD"],
            ),
            (
                "They sold 6 million tonnes of hot rolled steel a year.",
                &["6000000 t"],
            ),
        ],
    );
}

/// A unit word inside a rate's period (ru `в сутки`, "a day") is no figure of its own.
#[test]
fn a_period_is_no_figure_of_its_own() {
    let found = extract_text("Добывают 20 тонн в сутки.", Lang::Ru);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "20 тонн в сутки");
    // A count takes no period (`100 души на ден` keeps no unit to divide), and its period
    // is still no day of its own; `за сутки` (within a day) is one.
    check_cases(&[
        (Lang::Ru, "мощностью 1000 голов в сутки.", &["1000"]),
        (
            Lang::Ru,
            "за сутки выпало 40 мм осадков",
            &["1 day", "40 mm"],
        ),
    ]);
}

/// A times word written onto the number (`1.6-fold`) makes a multiplier, and the `to` after it
/// the change's end, not a range from 1.6 to the tonnes.
#[test]
fn an_attached_times_word_opens_no_range() {
    check_cases(&[
        (
            Lang::En,
            "Meat exports rose 1.6-fold to 64,000 tonnes.",
            &["1.6 x", "64000 t"],
        ),
        (Lang::En, "a 12-fold increase", &["12 x"]),
    ]);
}

/// dt18: an English month abbreviation is a month named alone too (`in Sept.`, `last Oct.`,
/// NTREX's `on Sept.` where the line ends before the day), when written with its capital;
/// its period may end the sentence, so a capital after it does not make it a title.
#[test]
fn english_month_abbreviations_without_a_day() {
    check(
        Lang::En,
        &[
            ("He enlisted in Sept. and left.", &["--09"]),
            ("They met last Oct. at the port.", &["--10"]),
            ("The attack came on Oct.", &["--10"]),
            ("It came in Sept. The crowd cheered.", &["--09"]),
            ("It ended in Dec. 2018.", &["2018-12"]),
            ("It began on Jan. 5, 2019.", &["2019-01-05"]),
            // Lower case is no month's name (`mar.`, a verb cut short).
            ("Do not dec. the hall.", &[]),
        ],
    );
}

/// dt18: kk `тоқсан` is ninety and a quarter of a year; after an ordinal it is the quarter
/// (`екінші тоқсанда`, in the second quarter: `Q2`), no 90.
#[test]
fn kazakh_quarter_after_an_ordinal_is_no_ninety() {
    if !words_landed() {
        return;
    }
    check(
        Lang::Kk,
        &[
            (
                "Компания екінші тоқсанда 5 млн теңге пайда тапты.",
                &["Q2", "5000000 KZT"],
            ),
            ("Бірінші тоқсанда өсім болды.", &["Q1"]),
            ("Үшінші тоқсанның нәтижесі жақсы.", &["Q3"]),
            ("Ол тоқсан жаста.", &["90"]),
        ],
    );
}

/// dt18: en `over` before a duration says "during" (`over 24 hours`, `over two days`), no
/// bound; it stays "more than" after `for` or before `ago`, `after`, `later`, and before
/// anything that is no duration.
#[test]
fn over_a_duration_means_during() {
    check(
        Lang::En,
        &[
            ("Rain fell over 24 hours.", &["24 hour"]),
            ("Talks went on over two days.", &["2 day"]),
            ("It rained for over 24 hours.", &[">24 hour"]),
            ("It happened over two days ago.", &[">2 day"]),
            ("They returned over 300 days later.", &[">300 day"]),
            ("It grew by over 5 percent.", &[">5 %"]),
            ("It weighs over 20 tons.", &[">20 t"]),
        ],
    );
}

/// dt18: an impossible value is read as the kind it is written as: a decade form past 20
/// with a digit that is no ten (`86-те години`, `80-те` with a digit changed) is a decade, a
/// day 0 before a month a date, so that each meets the other side's decade or date.
#[test]
fn impossible_dates_keep_their_written_kind() {
    check(
        Lang::Bg,
        &[
            ("През 86-те години растежът беше бавен.", &["1986s"]),
            ("През 80-те години растежът беше бавен.", &["1980s"]),
            ("На 0 ноември дойде.", &["--11-00"]),
            ("На 32 ноември дойде.", &["--11-32"]),
            // `12-те мача` counts matches; `12-те години` may be "the 12 years".
            ("Изиграха 12-те мача.", &["12"]),
        ],
    );
    check(Lang::En, &[("He came on 0 November.", &["--11-00"])]);
    check(Lang::Ru, &[("В 86-е годы рост был медленным.", &["1986s"])]);
}

/// Scores (sc18): two counts read as one figure that keeps its order, `3-1` (kind number);
/// real ranges stay ranges.
#[test]
fn scores_keep_their_order() {
    check(
        Lang::Bg,
        &[
            ("Ливингстън 1 – 0 Рейнджърс", &["1-0"]),
            ("Отборът спечели с 3-1.", &["3-1"]),
            ("Отборът загуби мача с 0-2.", &["0-2"]),
            ("Отборът спечели мача с 3 на 1.", &["3-1"]),
            ("Отборът спечели с 2:1 на финала.", &["2-1"]),
            ("Победа с 2&1 в голфа.", &["2-1"]),
            ("Ръст от 6,7-12%.", &["6.7..12 %"]),
            ("Срокът е 1-3 години.", &["1..3 year"]),
            ("Дойдоха от 5 до 7 души.", &["5..7"]),
            ("Дойдоха 1-3 души.", &["1..3"]),
        ],
    );
    check(
        Lang::En,
        &[
            ("Livingston 1-0 Rangers", &["1-0"]),
            ("The team won 3 to 1.", &["3-1"]),
            ("They lost the match 0-2.", &["0-2"]),
            ("They earned a 2&1 win.", &["2-1"]),
            ("It grew 1-3 points.", &["1..3"]),
            ("between 2 and 3 teams", &["2..3"]),
        ],
    );
    check(
        Lang::Ru,
        &[
            ("Команда выиграла со счетом 2:0.", &["2-0"]),
            ("Матч закончился 1-3.", &["1-3"]),
            ("победа со счетом 2/1 в гольфе", &["2-1"]),
            ("выход в 1/4 финала", &["1", "4"]), // no score
        ],
    );
    check(
        Lang::Uk,
        &[
            ("Команда перемогла з рахунком 3:1.", &["3-1"]),
            ("перемога 2та1 у гольфі", &["2-1"]),
        ],
    );
    check(
        Lang::Kk,
        &[
            ("Команда 2-0 есебімен жеңді.", &["2-0"]),
            ("5 және 4 есебімен жеңді", &["5-4"]),
        ],
    );
}

/// Designations are no measures: a capital letter or a digit after a hyphen makes `G-20` a
/// group's name, not a range of grams, and a one-letter symbol in the other case than its own
/// (`5G`, `5M`) is no unit; the range `година-три` and `5g` (grams) still are.
#[test]
fn designations_are_not_measures() {
    check(
        Lang::En,
        &[
            ("The G-20 summit met.", &["20"]),
            ("A 5G network opened.", &["5"]),
            ("It weighs 5g.", &["5 g"]),
            ("A 5M run.", &["5"]),
        ],
    );
    check(
        Lang::Bg,
        &[
            ("Срещата на Г-20 в Рим.", &["20"]),
            ("Самолети Су-35 кацнаха.", &["35"]),
            ("Ще отнеме година-три.", &["1..3 year"]),
        ],
    );
}

/// Bulgarian and Russian write a time with a dot or a comma before the hour word (`17.30 ч.`,
/// `17,30 часа`); a duration keeps its unit (`2,5 часа`).
#[test]
fn times_with_a_dot_or_comma() {
    check(
        Lang::Bg,
        &[
            ("Срещата започва в 17.30 ч.", &["17:30"]),
            ("Срещата започва в 17,30 часа.", &["17:30"]),
            ("Пътят отне 2,5 часа.", &["2.5 hour"]),
        ],
    );
    check(Lang::Ru, &[("Встреча началась в 9.15 ч.", &["09:15"])]);
}

/// A half after a scale word is half of that scale (`a million and a half` is 1,500,000, not
/// 1,000,000.5), also after a scale word alone (`милион и половина`); Russian and Ukrainian
/// `полумиллиона`, `полтысячи`, `півтисячі`, `полусотни`, `півсотні` (fifty) are counts.
#[test]
fn halves_of_scales() {
    check(
        Lang::En,
        &[
            ("A million and a half people came.", &["1500000"]),
            ("Two million and a half people came.", &["2500000"]),
        ],
    );
    check(
        Lang::Bg,
        &[
            ("Дойдоха милион и половина души.", &["1500000"]),
            ("Дойдоха два милиона и половина души.", &["2500000"]),
        ],
    );
    check(
        Lang::Ru,
        &[
            ("Пришли около полумиллиона человек.", &["~500000"]),
            ("Продано полтысячи машин.", &["500"]),
            ("Пришли миллион с половиной человек.", &["1500000"]),
            ("Приехали делегации свыше полусотни стран.", &[">50"]),
        ],
    );
    check(
        Lang::Uk,
        &[
            ("Продано близько півтисячі машин.", &["~500"]),
            ("Приїхали делегації понад півсотні країн.", &[">50"]),
        ],
    );
}

/// A sum or a measure before `до` and a year is a figure by that year, not a range up to it.
#[test]
fn a_sum_by_a_year_is_no_range() {
    check(
        Lang::Bg,
        &[
            (
                "Ще привлекат 150 млрд. долара до 2029 г.",
                &["150000000000 USD", "2029"],
            ),
            ("Цените растяха от 1990 до 2000 г.", &["1990..2000"]),
        ],
    );
    check(
        Lang::Ru,
        &[(
            "Добыча составит 20 млн тонн до 2030 года.",
            &["20000000 t", "2030"],
        )],
    );
}

/// Russian and Ukrainian put `на` (by) between a qualifier and the figure of a change:
/// `примерно на 5%`, `почти на 3%`, `майже на 3%`.
#[test]
fn a_qualifier_before_na() {
    check(
        Lang::Ru,
        &[
            ("Курс ослаб примерно на 5%.", &["~5 %"]),
            ("Курс ослаб почти на 3%.", &["<~3 %"]),
            ("Курс ослаб менее чем на 10%.", &["<10 %"]),
        ],
    );
    check(Lang::Uk, &[("Курс послабшав майже на 3%.", &["<~3 %"])]);
}

/// Degrees Celsius in the words of each language, singular and plural, and Kazakh's case
/// endings on the scale's name (`градус Цельсийге`).
#[test]
fn degrees_celsius_in_words() {
    check(Lang::Bg, &[("Ще падне с 1 градус по Целзий.", &["1 °C"])]);
    check(
        Lang::Ru,
        &[("Потеплеет на 1 градус по Цельсию.", &["1 °C"])],
    );
    check(
        Lang::Uk,
        &[("Потеплішає на 2 градуси за Цельсієм.", &["2 °C"])],
    );
    check(
        Lang::Kk,
        &[("Ауа 15 градус Цельсийге жылынады.", &["15 °C"])],
    );
    check(Lang::En, &[("It was 20 degrees centigrade.", &["20 °C"])]);
}

/// After a verb of change or motion `до` is "to", no qualifier: `паднаха до 15 °C`, `упала до
/// 3%`, `зросте до 5%`.
#[test]
fn falls_to_is_no_up_to() {
    check(Lang::Bg, &[("Температурите паднаха до 15 °C.", &["15 °C"])]);
    check(Lang::Ru, &[("Инфляция упала до 3%.", &["3 %"])]);
    check(Lang::Uk, &[("Інфляція зросте до 5%.", &["5 %"])]);
    check(Lang::Bg, &[("Температурите ще са до 15 °C.", &["<=15 °C"])]);
    // A number between the verb and `до` does not hide the verb.
    check(
        Lang::Bg,
        &[(
            "Износът се е увеличил с 8,3 процентни пункта до 27%.",
            &["8.3 pp", "27 %"],
        )],
    );
}

/// A change from one figure to another (`с 8,3% до 27%`, `rose 5% to 7%`), each with its own
/// unit and no word that opens a range, is two figures; `от 5% до 7%`, `5 to 7%` and
/// `between 5% and 7%` are ranges.
#[test]
fn a_change_is_no_range() {
    check(
        Lang::Bg,
        &[
            ("Износът се е увеличил с 8,3% до 27%.", &["8.3 %", "27 %"]),
            ("Делът е от 5% до 7%.", &["5..7 %"]),
        ],
    );
    check(
        Lang::En,
        &[
            ("Its share rose 5% to 7%.", &["5 %", "7 %"]),
            ("Its share is 5 to 7%.", &["5..7 %"]),
            ("Its share is between 5% and 7%.", &["5..7 %"]),
        ],
    );
}

/// A Kazakh month that is also a common word or a city (`қазан`: October, a cauldron, Kazan)
/// is a month before a word of its beginning, middle or end (`Қазанның басында`).
#[test]
fn kazakh_month_before_its_beginning_or_end() {
    check(
        Lang::Kk,
        &[
            ("Қазанның басында ауа райы жылы болады.", &["--10"]),
            ("Маусымның соңында жиналыс өтті.", &["--06"]),
            ("Қазанда жиналыс өтті.", &[]),
            // Beside a month that is no common word.
            ("Шілдеде де маусымдағы үрдіс қайталанды.", &["--07", "--06"]),
            ("Маусымдағы табыс төмендеді.", &[]),
        ],
    );
}

/// A race time is one figure, in seconds: `2:05:30` (hours, minutes, seconds) and `1:45,32`
/// (minutes, seconds, a decimal part), with the hour word after it; it was read as a clock time
/// and a stray number (`2:05` and `30 часа`, `12 ч.` read as noon). A time of day stays one.
#[test]
fn race_times_are_durations_in_seconds() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "спечели маратона с време 2:05:30 часа",
            &["7530 s"],
        ),
        (Lang::Bg, "второ място с 2:06:12 ч., а трети", &["7572 s"]),
        (
            Lang::Bg,
            "спечели 200 м съчетано с 1:55,32 мин.",
            &["200 m", "115.32 s"],
        ),
        (
            Lang::En,
            "won the Tokyo Marathon in 2:05:30, the organizers said",
            &["7530 s"],
        ),
        (Lang::En, "swam the 100m in 0:58.41", &["100 m", "58.41 s"]),
        (
            Lang::Ru,
            "с результатом 2:05:30, сообщили организаторы",
            &["7530 s"],
        ),
        (Lang::Uk, "з часом 2:06:12 посів друге місце", &["7572 s"]),
        // Times of day keep their reading; a list of times is no decimal part.
        (Lang::Bg, "в 15:00 часа", &["15:00"]),
        (
            Lang::Bg,
            "в 15:00,16:00 и 17:00 ч.",
            &["15:00", "16:00", "17:00"],
        ),
        (Lang::En, "at 7:30 a.m.", &["07:30"]),
    ];
    check_cases(cases);
}

/// Seconds, minutes and hours in the case forms a number takes (ru `41 секунду`, `6,98
/// секунды`; uk `41 секундою`, `6,98 секунди`): they were read as bare numbers.
#[test]
fn seconds_in_every_case_form_are_a_unit() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Ru, "уступив победителю 41 секунду", &["41 s"]),
        (Lang::Ru, "с результатом 6,98 секунды", &["6.98 s"]),
        (Lang::Ru, "отстав на 52,3 секунды", &["52.3 s"]),
        (Lang::Uk, "поступився переможцю 41 секундою", &["41 s"]),
        (Lang::Uk, "із результатом 6,98 секунди", &["6.98 s"]),
        (Lang::Uk, "за 1 хвилину до фінішу", &["1 min"]),
        (Lang::Bg, "изоставане от 1 секунда", &["1 s"]),
        (Lang::En, "a lead of 1 second", &["1 s"]),
    ];
    check_cases(cases);
}

/// A time taken in three units is one figure in the largest (`2 hours 6 minutes 12 seconds`:
/// 2.1033 hour), with bg `ч.` and ru `ч`, `мин`, `сек` as units, and the Russian press's
/// marathon time with a dot before the seconds (`2:05.31`: hours, minutes, seconds, where the
/// decimal mark is a comma). The third part was a number of its own, bg `2 ч.` a clock's
/// hour, ru `2:05.31` two minutes and 5.31 seconds. A clock stays one after `в`.
#[test]
fn times_taken_in_three_units_and_with_a_dot_before_the_seconds() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "finished second in 2 hours 6 minutes 12 seconds",
            &["2.1033 hour"],
        ),
        (
            Lang::Bg,
            "завърши втори с 2 ч. 6 мин. и 12 сек., а трети",
            &["2.1033 hour"],
        ),
        (
            Lang::Ru,
            "финишировал с результатом 2 ч 6 мин 12 сек",
            &["2.1033 hour"],
        ),
        (Lang::Ru, "опередив соперницу на 1 мин 9 сек", &["1.15 min"]),
        (
            Lang::Kk,
            "2 сағат 6 минут 12 секундпен екінші келді",
            &["2.1033 hour"],
        ),
        (
            Lang::Ru,
            "выиграл марафон с результатом 2:05.31",
            &["7531 s"],
        ),
        (
            Lang::Ru,
            "улучшил рекорд до 2:11.40 — и занял",
            &["<=7900 s"],
        ),
        (Lang::En, "swam the 200m in 1:55.32", &["200 m", "115.32 s"]),
        (Lang::Bg, "завърши в 8 ч. и 30 мин.", &["08:00", "30 min"]),
    ];
    check_cases(cases);
}

/// Nautical miles are a unit of their own in every language (`18 морски мили`, ru `в 18
/// морских милях`, uk `18 морських миль`, `18 nautical miles`); they were bare numbers. A
/// qualifier after a count with a number right after it is that number's (ru `2 самолета и
/// более 350 человек`: two and more than 350), not "2 or more".
#[test]
fn nautical_miles_and_a_qualifier_before_the_next_number() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "на 18 морски мили източно от Бургас", &["18 nmi"]),
        (Lang::Ru, "в 18 морских милях к востоку", &["18 nmi"]),
        (Lang::Uk, "за 18 морських миль на схід", &["18 nmi"]),
        (Lang::En, "18 nautical miles east of Burgas", &["18 nmi"]),
        (
            Lang::Ru,
            "участвуют 2 самолета и более 350 человек",
            &["2", ">350"],
        ),
        (Lang::Ru, "семьи с 3 детьми и более", &[">3"]),
    ];
    check_cases(cases);
}

/// Bitcoin is a currency (`BTC`) in every language: `312,5 BTC`, bg `12,5 биткойна`, ru `12,5
/// биткоина`, uk `12,5 біткоїна`, `12.5 bitcoins`. They were bare numbers, so bitcoin against
/// dollars was no unit mismatch.
#[test]
fn bitcoin_is_a_currency() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "изтеглени 312,5 BTC от сметките", &["312.5 BTC"]),
        (Lang::Bg, "загуба от 12,5 биткойна", &["12.5 BTC"]),
        (Lang::Ru, "потеря — 12,5 биткоина", &["12.5 BTC"]),
        (Lang::Uk, "втрата — 12,5 біткоїна", &["12.5 BTC"]),
        (Lang::En, "a loss of 12.5 bitcoins", &["12.5 BTC"]),
        (Lang::Kk, "12,5 биткоин жоғалтты", &["12.5 BTC"]),
    ];
    check_cases(cases);
}

/// Ages above or below a bound in the words the press uses (ru `старше 65 лет`, uk `молодші
/// 14 років`, kk `65 жастан асқандар`) keep their qualifier; the lev in Kazakh is a currency.
/// They were read as exact figures and a bare number.
#[test]
fn age_bounds_and_the_lev_in_the_health_news() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Ru,
            "привиты лишь 8,4% людей старше 65 лет",
            &["8.4 %", ">65 year"],
        ),
        (Lang::Ru, "дети младше 14 лет", &["<14 year"]),
        (
            Lang::Uk,
            "щеплено 8,4% людей, старших за 65 років",
            &["8.4 %", "65 year"],
        ),
        (Lang::Uk, "діти, молодші 14 років", &["<14 year"]),
        (Lang::Kk, "олардың көбі 65 жастан асқандар", &[">65"]),
        (
            Lang::Kk,
            "құны 3,1 млн лев болатын вакцина",
            &["3100000 BGN"],
        ),
        (Lang::Kk, "200 левке сатылды", &["200 BGN"]),
    ];
    check_cases(cases);
}

/// A disaster report's units: wind in metres per second (`20 м/с`, `20 m/s`: it was `20 m`),
/// rain in litres per square metre, which is millimetres (`60 л/кв.м`: a bare 60), the Turkish
/// lira (`2,5 млрд. турски лири`: a bare number), uk `приблизно за 200 км` (the qualifier was
/// lost) and uk `посилиться до 20 м/с`, a verb of change (`до` was read as "up to").
#[test]
fn wind_rain_and_lira_in_a_disaster_report() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "вятърът ще достигне 20 м/с (72 км/ч)",
            &["20 m/s", "72 km/h"],
        ),
        (Lang::Ru, "порывы ветра до 25 м/с", &["<=25 m/s"]),
        (Lang::Kk, "жел 20 м/с жылдамдыққа жетеді", &["20 m/s"]),
        (
            Lang::En,
            "winds would reach 20 m/s (72 km/h)",
            &["20 m/s", "72 km/h"],
        ),
        (Lang::Bg, "в района паднаха 60 л/кв.м дъжд", &["60 mm"]),
        (
            Lang::Bg,
            "щетите са 2,5 млрд. турски лири",
            &["2500000000 TRY"],
        ),
        (Lang::En, "damage of 2.5 billion lira", &["2500000000 TRY"]),
        (
            Lang::Ru,
            "ущерб в 2,5 млрд турецких лир",
            &["2500000000 TRY"],
        ),
        (
            Lang::Uk,
            "збитки сягають 2,5 млрд турецьких лір",
            &["2500000000 TRY"],
        ),
        (Lang::Kk, "шығын 2,5 млрд түрік лирасы", &["2500000000 TRY"]),
        (
            Lang::Uk,
            "у Стамбулі, приблизно за 200 км від епіцентру",
            &["~200 km"],
        ),
        (Lang::Uk, "а вітер посилиться до 20 м/с", &["20 m/s"]),
    ];
    check_cases(cases);
}

/// The currencies of the neighbours and of Europe's other donors (Norwegian and Swedish
/// crowns, zloty, the Kyrgyz som, the Uzbek sum, the Azerbaijani manat) are money: `1,5 млрд.
/// норвежки крони` was a bare number, so a crown given as a dollar went unseen.
#[test]
fn regional_and_european_currencies_are_money() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Норвегия ще даде 1,5 млрд. норвежки крони",
            &["1500000000 NOK"],
        ),
        (
            Lang::Ru,
            "Норвегия выделит 1,5 млрд норвежских крон",
            &["1500000000 NOK"],
        ),
        (
            Lang::Uk,
            "Норвегія надасть 1,5 млрд норвезьких крон",
            &["1500000000 NOK"],
        ),
        (
            Lang::En,
            "Norway will give 1.5 billion Norwegian kroner",
            &["1500000000 NOK"],
        ),
        (Lang::Bg, "Полша отпусна 300 млн. злоти", &["300000000 PLN"]),
        (
            Lang::Ru,
            "Польша выделила 300 млн злотых",
            &["300000000 PLN"],
        ),
        (
            Lang::En,
            "Poland allocated 300 million zlotys",
            &["300000000 PLN"],
        ),
        (Lang::Bg, "бюджетът е 2 млрд. сома", &["2000000000 KGS"]),
        (
            Lang::Ru,
            "бюджет составил 2 млрд сомов",
            &["2000000000 KGS"],
        ),
        (Lang::Kk, "бюджет 2 млрд сом құрады", &["2000000000 KGS"]),
        (
            Lang::Ru,
            "Узбекистан – 500 млрд сумов",
            &["500000000000 UZS"],
        ),
        (
            Lang::Kk,
            "Өзбекстан 500 млрд сум бөлді",
            &["500000000000 UZS"],
        ),
        (
            Lang::En,
            "Uzbekistan 500 billion soums",
            &["500000000000 UZS"],
        ),
        (
            Lang::Bg,
            "Азербайджан – 40 млн. азербайджански маната",
            &["40000000 AZN"],
        ),
        (
            Lang::Kk,
            "Әзербайжан 40 млн әзербайжан манатын бөлді",
            &["40000000 AZN"],
        ),
    ];
    check_cases(cases);
}

/// "A year earlier" as the press writes it (en `a year earlier`, ru `годом ранее`, uk `роком
/// раніше`, bg `година по-рано`) is the year before the document's, as `миналата година` is:
/// it was not read, and the source's `миналата година` was an extra figure (a warning) against
/// every reference of a made-up transport report.
#[test]
fn a_year_earlier_is_last_year() {
    let cases = [
        (Lang::En, "Passengers rose 6.2% from a year earlier."),
        (Lang::Ru, "Пассажиров на 6,2% больше, чем годом ранее."),
        (Lang::Uk, "Пасажирів на 6,2% більше, ніж роком раніше."),
        (Lang::Bg, "С 1,5 пункта повече от година по-рано."),
        (Lang::Kk, "Бір жыл бұрын бұл көрсеткіш төмен болды."),
    ];
    for (lang, text) in cases {
        let path = format!("{}.txt", lang.code());
        let doc = Document::from_text(Path::new(&path), lang, format!(" date 2026-04-14 {text}\n"))
            .expect("document");
        let a = pipeline::analyze(doc, false);
        let got: Vec<String> = a.figures.iter().flatten().map(|f| f.normalized()).collect();
        assert!(got.contains(&"2025".to_string()), "{lang}: {text} {got:?}");
    }
}

/// After a verb of change, `from … to …` is the change's two ends, not a range, also when the
/// unit is said once at the end and an amount of the change stands between, after a comma or
/// a dash (`is rising by 8%, from 12,500 to 13,500 tenge`): it was read as a range
/// `12500..13500 KZT`, against the source's two figures. The unit said once at the end is the
/// start's too (bg `от 12 500 на 13 500 тенге`, `на` joining a change's ends after a verb of
/// change): the start was a bare 12500, so the two ends swapped read as no pair turned round.
#[test]
fn a_change_after_its_amount_is_no_range() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "The fare is rising by 8%, from 12,500 to 13,500 tenge.",
            &["8 %", "12500 KZT", "13500 KZT"],
        ),
        (
            Lang::Ru,
            "Стоимость повышается на 8% – с 12 500 до 13 500 тенге.",
            &["8 %", "12500 KZT", "13500 KZT"],
        ),
        (
            Lang::Uk,
            "Вартість зростає на 8% – з 12 500 до 13 500 тенге.",
            &["8 %", "12500 KZT", "13500 KZT"],
        ),
        (
            Lang::Bg,
            "Цената се увеличава с 8% – от 12 500 на 13 500 тенге.",
            &["8 %", "12500 KZT", "13500 KZT"],
        ),
        // The scale said once is the start's too when the start needs one.
        (
            Lang::En,
            "Exports rose from 1.2 to 1.5 million tonnes.",
            &["1200000 t", "1500000 t"],
        ),
        (
            Lang::Bg,
            "Износът се увеличи от 1,2 на 1,5 млн. тона.",
            &["1200000 t", "1500000 t"],
        ),
        (
            Lang::En,
            "The population grew from 500,000 to 7 million.",
            &["500000", "7000000"],
        ),
        (
            Lang::Bg,
            "Ставката ще се повиши от 12 на 16%.",
            &["12 %", "16 %"],
        ),
        // `на` is still the word of a share without a verb of change.
        (Lang::Bg, "Всеки един на пет души е болен.", &["0.2"]),
        // Without a verb of change, a range stays one.
        (
            Lang::En,
            "Fares are 8%, from 12,500 to 13,500 tenge.",
            &["8 %", "12500..13500 KZT"],
        ),
        (
            Lang::Ru,
            "Цены — от 12 500 до 13 500 тенге.",
            &["12500..13500 KZT"],
        ),
    ];
    check_cases(cases);
}

/// A duration in two units (`4 години и 6 месеца`, `4 года 6 месяцев`, `2 hours and 30
/// minutes`, kk `4 жыл 6 ай`) is one figure in the larger unit, as a translator writes it
/// (`4,5 года`), rounded to four places where it does not end. It was two figures, the years
/// against the reference's `4.5 years` a number_mismatch and the months an extra figure.
#[test]
fn a_duration_in_two_units_is_one_figure() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "осъден на 4 години и 6 месеца затвор",
            &["4.5 year"],
        ),
        (Lang::Bg, "срокът е 3 години и 6 месеца", &["3.5 year"]),
        (Lang::Bg, "срокът е 1 година и 4 месеца", &["1.3333 year"]),
        (
            Lang::Bg,
            "пътуването трае 2 часа и 30 минути",
            &["2.5 hour"],
        ),
        (Lang::Bg, "след 2 седмици и 3 дни", &["2.4286 week"]),
        (Lang::Bg, "чакаха 2 часа и половина", &["2.5 hour"]),
        (Lang::Ru, "приговорили к 4 годам и 6 месяцам", &["4.5 year"]),
        (Lang::Ru, "перелет занял 2 часа 30 минут", &["2.5 hour"]),
        (Lang::Uk, "засудили до 4 років і 6 місяців", &["4.5 year"]),
        (Lang::Kk, "4 жыл 6 айға сотталды", &["4.5 year"]),
        (Lang::En, "sentenced to 4 years and 6 months", &["4.5 year"]),
        (
            Lang::En,
            "the flight took 2 hours 30 minutes",
            &["2.5 hour"],
        ),
        // Not one duration: more than one of the larger unit, or two figures apart.
        (Lang::Bg, "2 години и 14 месеца", &["2 year", "14 month"]),
        (
            Lang::En,
            "3 years of growth and 6 months of decline",
            &["3 year", "6 month"],
        ),
        (Lang::Bg, "3 години, половината от тях", &["3 year", "0.5"]),
    ];
    check_cases(cases);
}

/// A season, school or fiscal year written with a slash (`2025/26`, `2024/2025`) is the range
/// of the two years, as `2025-26` is; it was two numbers, `2025` and `26`, a number_mismatch
/// against a reference's `2025-2026`. A date or other numbers with a slash stay apart.
#[test]
fn a_season_written_with_a_slash_is_a_range_of_years() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "през сезон 2025/26 клубът", &["2025..2026"]),
        (Lang::Ru, "в сезоне 2025/2026 клуб", &["2025..2026"]),
        (Lang::En, "in the 2025/26 season", &["2025..2026"]),
        (Lang::Uk, "у сезоні 2025/26 клуб", &["2025..2026"]),
        (Lang::Bg, "за учебната 2024/2025 година", &["2024..2025"]),
        (Lang::Bg, "на 2025/11/09", &["2025", "11", "9"]),
        (Lang::Bg, "между 2025/2027", &["2025", "2027"]),
    ];
    check_cases(cases);
}

/// The digit of a chemical formula (`CO2`, `CO₂`, `NO2`, `H2O`, `CH4`) is no figure: a
/// reference that writes `carbon dioxide` or `углекислый газ` was told it lacked a `2`, an
/// extra_number warning. A particle size (`PM2.5`) stays a figure, written alike everywhere.
#[test]
fn the_digit_of_a_chemical_formula_is_no_figure() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "емисиите на CO2 са 300 млн. тона",
            &["300000000 t"],
        ),
        (Lang::Ru, "выбросы CO₂ и NO2 в Алматы", &[]),
        (Lang::Ru, "выбросы СО2 в Алматы", &[]),
        (Lang::En, "H2O and CH4 levels", &[]),
        (Lang::En, "the PM2.5 level is 40", &["2.5", "40"]),
    ];
    check_cases(cases);
}

/// A year with its marker and then a count after `до` (`през 2025 г. до 142 300 броя`) is a
/// year and a count; it was read as a range of years `2025..142300`, so that the reference's
/// `142 300` had no counterpart. A range of years stays one (`от 1990 до 2000 г.`). The verb
/// of change before the year's marker makes `до` "to" (see
/// `euro_mine_corridor_and_aral_report_misreads`).
#[test]
fn a_year_then_a_count_is_no_range_of_years() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "продажбите са нараснали през 2025 г. до 142 300 броя",
            &["2025", "142300"],
        ),
        (Lang::Bg, "в периода от 1990 до 2000 г.", &["1990..2000"]),
        (Lang::Bg, "от 2020 г. до 2024 г.", &["2020..2024"]),
    ];
    check_cases(cases);
}

/// The year before, this year and the next in the case forms the press uses (kk `өткен
/// жылмен салыстырғанда`, `биылғыдан`; ru `по сравнению с прошлым годом`, `текущего года`;
/// uk `у минулому році`, `цьогоріч`; bg `през настоящата година`), resolved against the
/// document's date. Unread, the Bulgarian `миналата година` or `тази година` was an extra
/// figure, a warning against the Kazakh reference of a made-up car-market report.
#[test]
fn relative_years_in_their_case_forms_resolve_against_the_document_date() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Kk,
            "өткен жылмен салыстырғанда үш есе артты",
            &["2024", "3 x"],
        ),
        (Lang::Kk, "бұл биылғыдан 15 мың көп", &["2025", "15000"]),
        (Lang::Kk, "өткен жылғы көрсеткіш", &["2024"]),
        (Lang::Ru, "по сравнению с прошлым годом", &["2024"]),
        (Lang::Ru, "в текущем году", &["2025"]),
        (Lang::Uk, "у минулому році", &["2024"]),
        (Lang::Uk, "цьогоріч завод", &["2025"]),
        (Lang::Bg, "през настоящата година", &["2025"]),
        (Lang::En, "during the current year", &["2025"]),
        // A month beside such a year is a date of that year, whichever comes first.
        (Lang::Ru, "в декабре этого года", &["2025-12"]),
        (Lang::Ru, "15 марта следующего года", &["2026-03-15"]),
        (Lang::Bg, "през март догодина", &["2026-03"]),
        (Lang::En, "in March next year", &["2026-03"]),
        (Lang::Kk, "келесі жылдың наурызында", &["2026-03"]),
        (Lang::Uk, "у грудні цього року", &["2025-12"]),
        (Lang::Ru, "в декабре, а в этом году", &["--12", "2025"]),
        // The adjectives of this year and last year (`Тазгодишната Царица`, `прошлогоднего
        // урожая`, `торішній показник`): the references' `This year's`, `в этом году`.
        (Lang::Bg, "Тазгодишната царица е студентка", &["2025"]),
        (Lang::Bg, "миналогодишния рекорд", &["2024"]),
        (Lang::Ru, "выше прошлогоднего урожая", &["2024"]),
        (Lang::Uk, "торішній показник", &["2024"]),
        (Lang::Uk, "цьогорічний фестиваль", &["2025"]),
    ];
    let mut failures = Vec::new();
    for (lang, text, want) in cases {
        let doc = Document::from_text(
            Path::new(&format!("{lang}.txt")),
            *lang,
            format!(" date 2025-11-09 {text}.\n"),
        )
        .expect("document");
        let a = pipeline::analyze(doc, false);
        let got: Vec<String> = a.figures.iter().flatten().map(|f| f.normalized()).collect();
        if got != *want {
            failures.push(format!("{lang}: {text:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Horsepower in every language (`106 к.с.`, `106 л. с.`, `106 а.к.`, `106 hp`) is a unit of
/// power that converts to kilowatts; it was a bare number.
#[test]
fn horsepower_is_a_unit_of_power() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "мощност 106 к.с.", &["106 hp"]),
        (Lang::Ru, "мощностью 106 л. с.", &["106 hp"]),
        (Lang::Ru, "мощностью 106 лошадиных сил", &["106 hp"]),
        (Lang::Uk, "потужністю 106 кінських сил", &["106 hp"]),
        (Lang::Kk, "қуаты 106 а.к.", &["106 hp"]),
        (Lang::En, "a 106 hp engine", &["106 hp"]),
    ];
    check_cases(cases);
}

/// Knots (`280 възела`, `280 узлов`, `280 вузлів`, `280 түйін`, `280 knots`) are a unit of
/// speed that converts to km/h (1.852), for an aircraft's or a ship's speed and a storm's
/// winds; they were a bare number, so `280 км/ч` against `280 knots` went unseen.
#[test]
fn knots_are_a_unit_of_speed() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "летял със скорост 280 възела", &["280 kn"]),
        (Lang::Ru, "летел со скоростью 280 узлов", &["280 kn"]),
        (Lang::Uk, "летів зі швидкістю 280 вузлів", &["280 kn"]),
        (Lang::Kk, "280 түйін жылдамдықпен ұшқан", &["280 kn"]),
        (Lang::En, "flying at 280 knots", &["280 kn"]),
    ];
    check_cases(cases);
}

/// The British press's short per cent (`0.8pc`, `1.2 pct`) and percentage points (`0.5ppt`):
/// they were bare numbers against the other side's percentages.
#[test]
fn english_short_per_cent() {
    check_cases(&[
        (Lang::En, "The index gained 0.8pc.", &["0.8 %"]),
        (Lang::En, "Output fell 1.2 pct.", &["1.2 %"]),
        (Lang::En, "The rate rose 0.5ppt.", &["0.5 pp"]),
        (Lang::En, "He bought 5 PCs.", &["5"]),
    ]);
}

/// Currency abbreviations of agency news: ru and kk `тг` (tenge, in Kazakhstan's Russian
/// press), bg `щ.д.` (US dollars), en `Tg` before the number; they were bare numbers.
#[test]
fn currency_abbreviations_of_agency_news() {
    check_cases(&[
        (
            Lang::Ru,
            "Бюджет составил 500 млрд тг.",
            &["500000000000 KZT"],
        ),
        (
            Lang::Kk,
            "Бюджет 500 млрд тг құрады.",
            &["500000000000 KZT"],
        ),
        (
            Lang::Bg,
            "Сделката е за 1,2 млрд. щ.д.",
            &["1200000000 USD"],
        ),
        (Lang::En, "It costs Tg 50bn.", &["50000000000 KZT"]),
    ]);
}

/// English `m` glued to a number before a noun that counts people or things is a million
/// (`about 3.5m children`, `2m people`), as beside a currency (`£150m`); it was read as
/// metres, a scale_mismatch error against `около 3,5 милиона деца`. Alone it stays metres.
#[test]
fn an_english_m_before_people_is_a_million() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::En, "about 3.5m children", &["~3500000"]),
        (Lang::En, "2m people voted", &["2000000"]),
        (Lang::En, "a £150m deal", &["150000000 GBP"]),
        (Lang::En, "a 3m wall", &["3 m"]),
        (Lang::En, "the 100m final", &["100 m"]),
        (Lang::En, "the 1.2m pensioners", &["1200000"]),
        // Before a unit word too: the unit is the figure's.
        (Lang::En, "1.2m tonnes of grain", &["1200000 t"]),
        (Lang::En, "3.4m barrels a day", &["3400000 bbl/day"]),
        (Lang::En, "some 2.5m cubic metres", &["~2500000 m3"]),
        (Lang::En, "the wall is 1.2m high", &["1.2 m"]),
    ];
    check_cases(cases);
}

/// Misreadings of the oil and gas report (`tests/reports/oil-gas-uranium`): units of oil and
/// gas (`барела/ден`, `bpd`, `bcm`, `млрд кубометров`), a hyphenated `-km`, verbs of change in
/// a participle (`увеличен до`) and Kazakh price verbs after `дейін`, which mean "to".
#[test]
fn oil_and_gas_report_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Добивът е нараснал до 950 000 барела/ден.",
            &["950000 bbl/day"],
        ),
        (
            Lang::En,
            "Output rose to 950,000 bpd in May.",
            &["950000 bbl/day", "--05"],
        ),
        (
            Lang::En,
            "Gas production was 62.1 bcm last year.",
            &["62100000000 m3"],
        ),
        (
            Lang::Bg,
            "Износът е 5,3 млрд. куб. м газ.",
            &["5300000000 m3"],
        ),
        (
            Lang::Ru,
            "Добыча составила 62,1 млрд кубометров.",
            &["62100000000 m3"],
        ),
        (
            Lang::Kk,
            "Газ өндіру 62,1 млрд текше метрді құрады.",
            &["62100000000 m3"],
        ),
        (Lang::En, "the 1,511-km pipeline", &["1511 km"]),
        (
            Lang::Bg,
            "Капацитетът ще бъде увеличен до 83 млн. тона годишно.",
            &["83000000 t/year"],
        ),
        (
            Lang::Ru,
            "Мощность будет увеличена до 83 млн тонн в год.",
            &["83000000 t/year"],
        ),
        (
            Lang::Kk,
            "WTI 58,90 долларға дейін арзандады.",
            &["58.9 USD"],
        ),
        (
            Lang::Kk,
            "Мыс 11 200 долларға дейін қымбаттады.",
            &["11200 USD"],
        ),
    ];
    check_cases(cases);
}

/// Misreadings of the markets report (`tests/reports/stock-market-companies`): basis points
/// (`базисни пункта`, `б.п.`, `bps`), the Russian and Ukrainian `лева`, and a unit said at a
/// range's first end alone (a change and where it took the figure, not a range).
#[test]
fn markets_report_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Банката понижи лихвата с 25 базисни пункта, а доходността спадна с 4 б.п.",
            &["25 bp", "4 bp"],
        ),
        (Lang::En, "The yield fell 4 bps.", &["4 bp"]),
        (
            Lang::Ru,
            "Ставка снижена на 25 базисных пунктов.",
            &["25 bp"],
        ),
        (
            Lang::Ru,
            "Акции подорожали на 3,9% до 26,60 лева.",
            &["3.9 %", "26.6 BGN"],
        ),
        (
            Lang::Uk,
            "Дивіденд становить 0,85 лева на акцію.",
            &["0.85 BGN"],
        ),
        (
            Lang::Bg,
            // `до` after a change's start (`ръст от 0,7%`) is "to": where the index ended.
            "Индексът завърши с ръст от 0,7% до 6 671 пункта.",
            &["0.7 %", "6671"],
        ),
        // A currency said once, before the first end, is the range's (`BGN 8.40 to 9.60`);
        // each end with its own sign is a range too when no verb of change comes before it
        // (`costs $800 to $1,500`), and a change's start and end after one.
        (
            Lang::En,
            "an IPO at a price range of BGN 8.40 to 9.60 per share",
            &["8.4..9.6 BGN"],
        ),
        (Lang::En, "a range of $8.40 to $9.60", &["8.4..9.6 USD"]),
        (
            Lang::En,
            "Demining one hectare costs $800 to $1,500.",
            &["800..1500 USD"],
        ),
        (
            Lang::En,
            "The share price rose $8.40 to $9.60.",
            &["8.4 USD", "9.6 USD"],
        ),
        (Lang::En, "Inflation rose 5% to 7%.", &["5 %", "7 %"]),
        // The nine months of a company's results, one word in Bulgarian.
        (
            Lang::Bg,
            "Печалбата на акция е 1,42 лв. за деветмесечието.",
            &["1.42 BGN", "9 month"],
        ),
        // A range that says its unit at the end stays one.
        (Lang::Bg, "Ръстът ще е от 5 до 7%.", &["5..7 %"]),
    ];
    check_cases(cases);
}

/// Misreadings of the demography and budget reports (`tests/reports/population-wages`,
/// `budget-bonds`): the Ukrainian `відсоткові пункти` and `року` after a fraction, the Kazakh
/// `айды`.
#[test]
fn demography_and_budget_report_misreads() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Uk, "Внесок зросте на 2 відсоткові пункти.", &["2 pp"]),
        (Lang::Kk, "75 жыл 7 айды құрайды", &["75.5833 year"]),
        // A year after a fraction is `року` in Ukrainian; a date's `року` stays the date's.
        (
            Lang::Uk,
            "У чоловіків - 72,1 року станом на 31 грудня 2024 року.",
            &["72.1 year", "2024-12-31"],
        ),
    ];
    check_cases(cases);
}

/// A singular scale word alone is a count (bg `хиляда души`, `на хиляда души`, `милион души`;
/// en `per thousand`), as ru `на тысячу` and uk `на тисячу` already were; only a form that is
/// also a plural or a manner of speaking (`ambig` in number_words.tsv: ru `тысячи людей`) or a
/// plural (`хиляди`, `thousands`: never read alone) stays no figure. Before, bg and en gave
/// none, a missing_number row against ru and uk for births per thousand.
#[test]
fn a_singular_scale_word_alone_is_a_count() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "раждаемостта е 8,5 на хиляда души",
            &["8.5", "1000"],
        ),
        (Lang::Bg, "дойдоха милион души", &["1000000"]),
        (
            Lang::En,
            "the birth rate is 8.5 per thousand",
            &["8.5", "1000"],
        ),
        (
            Lang::Ru,
            "рождаемость 8,5 на тысячу человек",
            &["8.5", "1000"],
        ),
        (Lang::Bg, "дойдоха хиляди души", &[]),
        (Lang::En, "thousands of people came", &[]),
        (Lang::Ru, "тысячи людей вышли", &[]),
    ];
    check_cases(cases);
}

/// A flood report's flows: a volume per second is a rate (`3450 куб. м в секунда`, `3,450
/// cubic metres per second`, kk `секундына 3450 текше метр`, `180 куб. м/с`, `620 m3/s`), one
/// unit `m3/s` in every language, as `м/с` is `m/s`; before, each was read as cubic metres and
/// `куб. м/с` lost its `/с`.
#[test]
fn a_volume_per_second_is_a_flow() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "водното количество е 3450 куб. м в секунда",
            &["3450 m3/s"],
        ),
        (Lang::Bg, "изпускат по 180 куб. м/с", &["180 m3/s"]),
        (
            Lang::En,
            "the flow rose to 3,450 cubic metres per second, against 620 m3/s",
            &["3450 m3/s", "620 m3/s"],
        ),
        (
            Lang::Ru,
            "расход воды 3450 кубометров в секунду, в среднем 620 м³/с",
            &["3450 m3/s", "620 m3/s"],
        ),
        (
            Lang::Uk,
            "витрата води 3450 кубометрів на секунду",
            &["3450 m3/s"],
        ),
        (
            Lang::Kk,
            "су шығыны секундына 3450 текше метрге жетті",
            &["3450 m3/s"],
        ),
        (
            Lang::Bg,
            "в язовира има 412 млн. куб. м вода",
            &["412000000 m3"],
        ),
        (
            Lang::En,
            "3,450 m³/s (121,800 cubic feet per second)",
            &["3450 m3/s", "121800 ft3/s"],
        ),
    ];
    check_cases(cases);
}

/// A price per unit of a measure (`2150 евро за кв. м`, `$82 a barrel`, kk `шаршы метріне
/// 2150 еуро`) is a rate as a price per period is (`EUR/m2`); before, every side read a bare
/// amount, so a price per tonne given per barrel went unseen. Only money is divided by a unit:
/// a yield (`5,2 тонны с гектара`) stays tonnes, and two sides of a room stay two lengths.
#[test]
fn a_price_per_unit_of_a_measure_is_a_rate() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "средната цена достигна 2150 евро за кв. м, а наемите 9 евро на квадратен метър",
            &["2150 EUR/m2", "9 EUR/m2"],
        ),
        (
            Lang::Bg,
            "сортът Брент поскъпна до 82 долара за барел, а пшеницата се търгува по 230 долара за тон",
            &["82 USD/bbl", "230 USD/t"],
        ),
        (
            Lang::Bg,
            "дизелът е по 2,45 лв. за литър, а токът по 0,25 лв. за киловатчас",
            &["2.45 BGN/l", "0.25 BGN/kWh"],
        ),
        (
            Lang::En,
            "prices reached €2,150 per square metre; Brent rose to $82 a barrel",
            &["2150 EUR/m2", "82 USD/bbl"],
        ),
        (
            Lang::En,
            "wheat trades at $230 per tonne and power at 0.25 leva per kilowatt-hour",
            &["230 USD/t", "0.25 BGN/kWh"],
        ),
        (
            Lang::Ru,
            "цена достигла 2150 евро за квадратный метр, нефть подорожала до 82 долларов за баррель",
            &["2150 EUR/m2", "82 USD/bbl"],
        ),
        (
            Lang::Ru,
            "пшеница торгуется по 230 долларов за тонну, урожайность 5,2 тонны с гектара",
            &["230 USD/t", "5.2 t"],
        ),
        (
            Lang::Uk,
            "ціна досягла 2150 євро за кв. м, дизель продається по 2,45 лева за літр",
            &["2150 EUR/m2", "2.45 BGN/l"],
        ),
        (
            Lang::Kk,
            "орташа бағасы шаршы метріне 2150 еуроға жетті, мұнай барреліне 82 долларға дейін қымбаттады",
            &["2150 EUR/m2", "82 USD/bbl"],
        ),
        // kk also writes the unit's possessive with `үшін` (for one kilogram of it).
        (
            Lang::Kk,
            "сиыр етінің бағасы бір килограмы үшін 4 850 теңге",
            &["4850 KZT/kg"],
        ),
        (Lang::Bg, "стаята е 3 м на 80 см", &["3 m", "80 cm"]),
        (Lang::Bg, "добивът е 5,2 тона на хектар", &["5.2 t"]),
    ];
    check_cases(cases);
}

/// A change from one figure to another after a noun of change (bg `ръстът от 3% до 5%`,
/// `увеличението от 40 хил. до 100 хил.`, ru `рост с 3% до 5%`) or with a currency sign (en
/// `rose from $14 billion to $15 billion`) gives its two figures, as `from 3% to 5%` does:
/// before, bg and ru read a range 3..5 %, the scale word's dot ended the clause so `до 100
/// хил.` was "up to", and en's `$` hid the verb, so `$14 billion to $15 billion` was a range.
#[test]
fn a_change_from_one_figure_to_another_gives_two_figures() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "ръстът от 3% до 5% се дължи на износа",
            &["3 %", "5 %"],
        ),
        (Lang::Bg, "спадът от\u{a0}3% до\u{a0}5%", &["3 %", "5 %"]),
        (
            Lang::Bg,
            "увеличението от 40 хил. до 100 хил. души е рекордно",
            &["40000", "100000"],
        ),
        (
            Lang::Ru,
            "рост с 3% до 5% обусловлен экспортом",
            &["3 %", "5 %"],
        ),
        (
            Lang::Ru,
            "лимиты увеличены с 40 тыс. до 100 тыс. человек",
            &["40000", "100000"],
        ),
        (
            Lang::En,
            "investment rose from $14 billion to $15 billion",
            &["14000000000 USD", "15000000000 USD"],
        ),
        (Lang::Bg, "цените ще бъдат от 3% до 5%", &["3..5 %"]),
        (
            Lang::En,
            "the deal is worth from $14 billion to $15 billion",
            &["14000000000..15000000000 USD"],
        ),
    ];
    check_cases(cases);
}

/// A length in two units (kk `8 метр 62 сантиметр`, ru `8 м 62 см`, en `8 m 62 cm`, bg `8 м и
/// 62 см`) is one length in the larger unit, as `8,62 м` writes it; a height in feet and inches
/// likewise (`6′6″`, `6-foot-6`, `6 фута и 6 инча`, kk `6 фут-6 дюйм`). Two sides of a room
/// stay two lengths: `на`, `by`, a comma, or a case ending after a hyphen (kk `3 м-ге`, by 3
/// m) between them. Before, each part was a figure of its own, and `8,62 м` against `8 m 62
/// cm` was a changed figure.
#[test]
fn a_length_in_two_units_is_one_length() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Kk, "ол 8 метр 62 сантиметрге секірді", &["8.62 m"]),
        (Lang::Ru, "атлет прыгнул на 8 м 62 см", &["8.62 m"]),
        (Lang::En, "the athlete jumped 8 m 62 cm", &["8.62 m"]),
        (Lang::Bg, "атлетът скочи 8 м и 62 см", &["8.62 m"]),
        (Lang::Bg, "разстоянието е 2 км и 300 м", &["2.3 km"]),
        (
            Lang::Bg,
            "с ръст 6′6″ и 6 фута и 6 инча",
            &["6.5 ft", "6.5 ft"],
        ),
        (Lang::En, "the 6-foot-6 forward", &["6.5 ft"]),
        (Lang::Kk, "6 фут-6 дюйм бойы бар", &["6.5 ft"]),
        (Lang::Bg, "стаята е 3 м на 80 см", &["3 m", "80 cm"]),
        (Lang::En, "the room is 3 m by 80 cm", &["3 m", "80 cm"]),
        (Lang::Bg, "дълбочина 3 м, 80 см сняг", &["3 m", "80 cm"]),
        (Lang::Kk, "бөлменің өлшемі 3 м-ге 80 см", &["3 m", "80 cm"]),
    ];
    check_cases(cases);
}

/// Two days of one month (`между 10 и 12 април`, kk `10-12 сәуір`, ru `с 10 по 12 апреля`, en
/// `April 10 and 12`): the bare day is a date of the named month too; before, one side read
/// `10` a number and `12 април` a date, the other `April 10` a date and `12` a number, and
/// each paired its date with the other's number. A count after a month-first date stays one
/// (`April 10 and 12 people`), as does a bare number above the day (`с 15 до 12 април`).
#[test]
fn two_days_share_a_month() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "пикът се очаква между 10 и 12 април",
            &["--04-10", "--04-12"],
        ),
        (
            Lang::Kk,
            "шыңы 10-12 сәуір аралығында",
            &["--04-10", "--04-12"],
        ),
        (
            Lang::Ru,
            "пик ожидается с 10 по 12 апреля",
            &["--04-10", "--04-12"],
        ),
        (
            Lang::Uk,
            "пік очікують 10–12 квітня 2026 року",
            &["2026-04-10", "2026-04-12"],
        ),
        (
            Lang::En,
            "the flood will peak between April 10 and 12.",
            &["--04-10", "--04-12"],
        ),
        (
            Lang::En,
            "on April 10 and 12 people were rescued",
            &["--04-10", "12"],
        ),
        (Lang::Bg, "от 15 до 12 април", &["15", "--04-12"]),
        (Lang::En, "at the July 7-8 summit", &["--07-07", "--07-08"]),
    ];
    check_cases(cases);
}

/// A model's name of Latin letters, a hyphen and digits (`eight F-16 fighters`, `two B-52s`)
/// takes no unit: `eight F-16` was a range from 8 to 16 degrees Fahrenheit.
#[test]
fn a_model_name_is_no_unit() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "the first eight F-16 Block 70 fighters",
            &["8", "16", "70"],
        ),
        (Lang::En, "it was 80 F at noon", &["80 °F"]),
    ];
    check_cases(cases);
}

/// bg `се изкачи до 233-то място` (climbed to 233rd place): a verb of motion before `до` makes
/// it "to", as `нарасна до` does; it was read "up to 233" against every reference's `233rd`.
#[test]
fn a_climb_to_a_place_is_no_upper_bound() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "университетът се изкачи до 233-то място",
            &["233"],
        ),
        (Lang::Bg, "отборът се изкачва до 5-о място", &["5"]),
        (Lang::Bg, "ще приеме до 233 студенти", &["<=233"]),
    ];
    check_cases(cases);
}

/// A tennis tie-break in its short form, the loser's points alone after a set of 7-6 (`7:6(5)`,
/// `6-7 (3)`), is the whole tie-break score as the long form writes it (`7:6 (7:5)`, `7-6
/// (7-5)`): the winner has 7, or two more than the loser past 5. Unread, the `5` was a figure
/// no reference had, and `7:5` one the source lacked.
#[test]
fn a_tie_break_in_its_short_form_is_the_whole_tie_break() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "тя надделя на финала с 6:4, 7:6(5)",
            &["6-4", "7-6", "7-5"],
        ),
        (
            Lang::Bg,
            "той загуби мача с 6:7(10), 4:6",
            &["6-7", "10-12", "4-6"],
        ),
        (
            Lang::En,
            "she beat Pegula 6-4, 7-6 (7-5) in the final",
            &["6-4", "7-6", "7-5"],
        ),
        (
            Lang::En,
            "he lost the match 7-6 (3), 6-1",
            &["7-6", "7-3", "6-1"],
        ),
        // After another set score the parenthesis is no tie-break.
        (
            Lang::En,
            "she won the match 6-4 (2) after rain",
            &["6-4", "2"],
        ),
    ];
    check_cases(cases);
}

/// Ranks in words from one place to another (`from eighth to sixth`) are a climb, no range of
/// places upside down: like any word ordinal, not read (the digits `8th to 6th` are two ranks).
#[test]
fn a_climb_between_ranks_in_words_is_no_range() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "she will climb from eighth to sixth in the rankings",
            &[],
        ),
        (Lang::En, "she rose from 8th to 6th place", &["8", "6"]),
        // A measure written upside down stays a range, for a reader to see.
        (Lang::Bg, "снегът е от 6 до 4 инча", &["6..4 in"]),
    ];
    check_cases(cases);
}

/// Blood alcohol in per mille is a unit in every language (`1,2 промила`, `1,2 промилле`, `1,2
/// проміле`, `1.2 per mille`, `2,1‰`); it was a bare number, so per cent put for it went
/// unseen. A fall `со 132 до 118` (ru), `зі 132 до 118` (uk) is a change, two figures, as `с`
/// and `з` open one; bg `е довела до 41%` (led to) is "to", no bound.
#[test]
fn per_mille_and_the_other_forms_of_from() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "водачи с над 1,2 промила алкохол", &[">1.2 ‰"]),
        (Lang::Bg, "той беше с 2,1‰ алкохол", &["2.1 ‰"]),
        (Lang::Ru, "свыше 1,2 промилле алкоголя", &[">1.2 ‰"]),
        (Lang::Uk, "понад 1,2 проміле алкоголю", &[">1.2 ‰"]),
        (Lang::En, "more than 1.2 per mille of alcohol", &[">1.2 ‰"]),
        (
            Lang::Ru,
            "скорость снизилась со 132 до 118 км/ч",
            &["132 km/h", "118 km/h"],
        ),
        (
            Lang::Uk,
            "швидкість знизилася зі 132 до 118 км/год",
            &["132 km/h", "118 km/h"],
        ),
        (Lang::Bg, "тя е довела до 41% от катастрофите", &["41 %"]),
    ];
    check_cases(cases);
}

/// Square miles abbreviated as agency English does (`34,700 sq miles`, `sq mi`) and in the
/// Cyrillic languages (`кв. мили`, `кв. миль`, kk `шаршы миль`): an area that converts to
/// square kilometres; `sq miles` was a bare number beside a reference's `sq km`.
#[test]
fn square_miles_abbreviated_are_an_area() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "about 90,000 sq km (34,700 sq miles)",
            &["~90000 km2", "34700 mi2"],
        ),
        (Lang::En, "an area of 12 sq mi", &["12 mi2"]),
        (Lang::Bg, "площ от 34 700 квадратни мили", &["34700 mi2"]),
        (Lang::Ru, "площадь 34,7 тыс. кв. миль", &["34700 mi2"]),
        (Lang::Uk, "площа 34,7 тис. кв. миль", &["34700 mi2"]),
        (Lang::Kk, "аумағы 34 700 шаршы миль", &["34700 mi2"]),
    ];
    check_cases(cases);
}

/// A temperature that sank or rose to a value (ru `опускалась до минус 4 градусов`, uk
/// `знижувалася до мінус 4 градусів`, `піднімалася до 38 градусів`): the imperfective verbs of
/// change make `до` "to", as the perfective `опустилась` did; they were read "up to" against
/// the source's `паднаха до минус 4 градуса` (info rows on a made-up report).
#[test]
fn a_temperature_that_sank_to_a_value_is_no_upper_bound() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Ru,
            "температура опускалась до минус 4 градусов",
            &["-4 deg"],
        ),
        (Lang::Ru, "уровень снижался до 30 см", &["30 cm"]),
        (Lang::Ru, "столбик поднимался до 38 градусов", &["38 deg"]),
        (
            Lang::Uk,
            "температура знижувалася до мінус 4 градусів",
            &["-4 deg"],
        ),
        (Lang::Uk, "стовпчик піднімався до 38 градусів", &["38 deg"]),
        // Without a verb of change `до` is still a bound.
        (Lang::Ru, "морозы до минус 4 градусов", &["<=-4 deg"]),
    ];
    check_cases(cases);
}

/// A laboratory's instruments: nanometres and teslas are units in every language (`0,5
/// нанометра`, `0.5 nanometres`, `5 нм`, `7 тесла`, `7 Тл`, `7 tesla`); they were bare numbers,
/// so a unit changed (`0,5 милиметра` for `0,5 нанометра`) went unseen.
#[test]
fn nanometres_and_teslas_are_units() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "микроскоп с разделителна способност 0,5 нанометра и поле от 7 тесла",
            &["0.5 nm", "7 T"],
        ),
        (
            Lang::En,
            "a resolution of 0.5 nanometres and a field of 7 tesla",
            &["0.5 nm", "7 T"],
        ),
        (
            Lang::Ru,
            "чипы по технологии 5 нм, поле 7 Тл",
            &["5 nm", "7 T"],
        ),
        (
            Lang::Uk,
            "роздільна здатність 0,5 нанометра, поле 7 Тл",
            &["0.5 nm", "7 T"],
        ),
        (
            Lang::Kk,
            "ажыратымдылығы 0,5 нанометр, магнит өрісі 7 тесла",
            &["0.5 nm", "7 T"],
        ),
    ];
    check_cases(cases);
}

/// Agency English abbreviates the scale as Russian does (`18.5 bln tenge ($36 mln)`, `1.4 trln
/// dollars`): `mln` was read, `bln` and `trln` were not, and `18.5` stood bare.
#[test]
fn agency_scale_abbreviations() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "damage is put at 18.5 bln tenge ($36 mln)",
            &["18500000000 KZT", "36000000 USD"],
        ),
        (
            Lang::En,
            "spending of 1.4 trln dollars",
            &["1400000000000 USD"],
        ),
    ];
    check_cases(cases);
}

/// Unit and currency words in the form a fraction or a small count takes (ru and uk genitive
/// singular `1,5 иены`, `1,5 місяця`, kk `3 тәулік`, bg `две денонощия`) are the unit, as
/// their other forms are.
#[test]
fn units_in_the_form_a_fraction_takes() {
    check_cases(&[
        (Lang::Ru, "подешевел на 1,5 иены", &["1.5 JPY"]),
        (Lang::Ru, "стоит 1,5 франка", &["1.5 CHF"]),
        (Lang::Uk, "протягом 1,5 місяця", &["1.5 month"]),
        (Lang::Uk, "ціна 1,5 рубля", &["1.5 RUB"]),
        (Lang::Uk, "курс 4,2 злотого", &["4.2 PLN"]),
        (Lang::Uk, "ціна 1,5 юаня", &["1.5 CNY"]),
        (Lang::Uk, "ціна 1,5 єни", &["1.5 JPY"]),
        (Lang::Uk, "видобуток 1,5 бареля", &["1.5 bbl"]),
        (Lang::Kk, "іздеу 3 тәулікке созылды", &["3 day"]),
        (Lang::Bg, "търсенето продължи две денонощия", &["2 day"]),
    ]);
}

/// Negated and capped qualifiers, found by reading `<qualifier> 40` for each language's usual
/// ones: "no more than" is a ceiling and "no less than" a floor (before, the table's `повече
/// от`, `більш ніж`, `more than` inside them read over and under, the reverse), as are `at
/// most`, `максимум`, `minimum`; kk `жуық` and `тарта` (nearly) may follow the noun counted.
#[test]
fn negated_and_capped_qualifiers() {
    check_cases(&[
        (Lang::Bg, "не повече от 40 души", &["<=40"]),
        (Lang::Bg, "не по-малко от 40 души", &[">40"]),
        (Lang::Bg, "най-много 40 души", &["<=40"]),
        (Lang::Bg, "близо до 40 души", &["<~40"]),
        (Lang::Ru, "не больше 40 человек", &["<=40"]),
        (Lang::Ru, "максимум 40 человек", &["<=40"]),
        (Lang::Uk, "не більш ніж 40 осіб", &["<=40"]),
        (Lang::Uk, "не менш ніж 40 осіб", &[">40"]),
        (Lang::En, "no more than 40 people", &["<=40"]),
        (Lang::En, "no less than 40 people", &[">40"]),
        (Lang::En, "at most 40 people", &["<=40"]),
        (Lang::Kk, "ең көбі 40 адам", &["<=40"]),
        (Lang::Kk, "ең кемі 40 адам", &[">40"]),
        (Lang::Kk, "40 адамға жуық", &["<~40"]),
        (Lang::Kk, "40 адамға тарта", &["<~40"]),
    ]);
}

/// A verb of reaching (bg `достигна`) makes `до` "to" as a verb of change does (`достигна до
/// 832`), but opens no change's start: `ще достигнат от 32 до 35 градуса` (will reach 32 to 35
/// degrees) is one range, as the references' `32-35 градусов`, not a change's two ends. A verb
/// of change still makes two (`ще паднат от 32 до 25 градуса`).
#[test]
fn a_verb_of_reaching_keeps_a_range() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Температурите ще достигнат от 32 до 35 градуса.",
            &["32..35 deg"],
        ),
        (
            Lang::Bg,
            "Максималните температури достигат от 36 до 39 градуса.",
            &["36..39 deg"],
        ),
        (Lang::Bg, "Цената достигна до 832 лева.", &["832 BGN"]),
        (
            Lang::Bg,
            "Температурите ще паднат от 32 до 25 градуса.",
            &["32 deg", "25 deg"],
        ),
    ];
    check_cases(cases);
}

/// Rain in litres per square metre, as the Cyrillic and English press write it (ru `литров на
/// квадратный метр`, uk `літрів на квадратний метр`, en `litres of rain per square metre`), is
/// millimetres of rain, as bg `л/кв. м` already was, not litres; and uk `45,2 градуса` (the
/// genitive singular after a fraction) is a temperature.
#[test]
fn rain_per_square_metre_and_a_degree_after_a_fraction() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Ru,
            "количество осадков составит до 30 литров на квадратный метр",
            &["<=30 mm"],
        ),
        (Lang::Uk, "випало 30 літрів на квадратний метр", &["30 mm"]),
        (
            Lang::En,
            "up to 30 litres of rain per square metre",
            &["<=30 mm"],
        ),
        (Lang::En, "30 litres per square metre", &["30 mm"]),
        (Lang::Uk, "рекорд країни – 45,2 градуса", &["45.2 deg"]),
    ];
    check_cases(cases);
}

/// A range of clock times whose start has no hour word of its own (`между 11 и 17 ч.`, `от 9
/// до 18 ч.`, ru `с 9 до 18:00`) is two times, as the other side writes them (`between 11 a.m.
/// and 5 p.m.`, `з 11:00 до 17:00`); it was one figure that showed the start alone (`11 и 17
/// ч.` read 11:00), so a reference's end time had no counterpart.
#[test]
fn a_range_of_clock_times_is_two_times() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "да не излизат навън между 11 и 17 ч.",
            &["11:00", "17:00"],
        ),
        (Lang::Bg, "работи от 9 до 18 ч.", &["09:00", "18:00"]),
        (
            Lang::Ru,
            "с 9 до 18:00 по местному времени",
            &["09:00", "18:00"],
        ),
        (Lang::En, "between 11 a.m. and 5 p.m.", &["11:00", "17:00"]),
    ];
    check_cases(cases);
}

/// A season written with a slash before a Kazakh year word (`2027/2028 жылғы маусымға`: for
/// the 2027/28 season) is the two years, as bg `сезона 2027/2028 г.`; `маусым` (June, and a
/// season) after its end year was read as June 2028 beside a lone 2027.
#[test]
fn a_slashed_season_names_no_month() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Kk,
            "елдің 2027/2028 жылғы маусымға 1,5 млн доза сатып алатынын айтты",
            &["2027..2028", "1500000"],
        ),
        (Lang::Bg, "за сезона 2027/2028 г.", &["2027..2028"]),
        (Lang::Kk, "2028 жылғы маусымда", &["2028-06"]),
    ];
    check_cases(cases);
}

/// Agency English abbreviates months without a stop in datelines (`SOFIA, Oct 8.`, `Feb 12`,
/// `Sept 24`) and names the lev `levs` (`1.14 billion levs`): a date and money, not a bare
/// number beside the source's `8 октомври` and `1,14 млрд. лв.`. `Jan` alone is a first name.
#[test]
fn dateline_months_without_a_stop_and_levs() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::En, "SOFIA, Oct 8. Bulgarian drugmaker", &["--10-08"]),
        (Lang::En, "on Feb 12, 2026", &["2026-02-12"]),
        (Lang::En, "approved on Sept 24", &["--09-24"]),
        (
            Lang::En,
            "revenue was 1.14 billion levs, shares rose to 4.96 levs",
            &["1140000000 BGN", "4.96 BGN"],
        ),
        (Lang::En, "a fine of 1 lev", &["1 BGN"]),
        (Lang::En, "Jan Novak said", &[]),
    ];
    check_cases(cases);
}

/// ru `ниже`, `выше` and uk `нижче`, `вище` before a number are bounds (`ночью температура не
/// опустится ниже 22 градусов`, `выше 30 градусов`), as bg `под`, `над` and en `below`,
/// `above` are; they were dropped, a bare 22 against the other sides' `under 22`. After the
/// number they are still a sign (`5 градусов ниже нуля`) or a comparison (`в 2 раза выше`).
/// After a negated verb (`не опустится ниже 22`: will not fall below 22) they are a floor
/// (`qualifiers.tsv` rows; see `a_negated_verb_of_falling_or_rising_makes_a_floor_or_ceiling`).
#[test]
fn ru_and_uk_below_and_above_are_bounds() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Ru,
            "Ночью температура опустилась ниже 22 градусов.",
            &["<22 deg"],
        ),
        (
            Lang::Ru,
            "Ночью температура не опустится ниже 22 градусов.",
            &[">22 deg"],
        ),
        (Lang::Ru, "Температура выше 30 градусов.", &[">30 deg"]),
        (
            Lang::Uk,
            "Уночі температура не опускатиметься нижче 22 градусів.",
            &[">22 deg"],
        ),
        (Lang::Uk, "температура вище 30 градусів", &[">30 deg"]),
        (
            Lang::Uk,
            "Уночі температура впала нижче 22 градусів.",
            &["<22 deg"],
        ),
        (Lang::Ru, "Температура 5 градусов ниже нуля.", &["-5 deg"]),
        (Lang::Ru, "Цены в 2 раза выше прошлогодних.", &["2 x"]),
    ];
    check_cases(cases);
}

/// A dozen in bg, ru and uk is a scale word of 12 as en `dozen` is (`две дузини`, `две
/// дюжины` 24); its plural alone (`дузини хора`, `дюжины людей`: dozens of people) is no
/// number, as `хиляди` alone is not.
#[test]
fn a_dozen_in_every_language() {
    check_cases(&[
        (Lang::Bg, "дузина души", &["12"]),
        (Lang::Bg, "две дузини яйца", &["24"]),
        (Lang::Bg, "дузини хора", &[]),
        (Lang::Ru, "две дюжины яиц", &["24"]),
        (Lang::Ru, "дюжины людей", &[]),
        (Lang::Uk, "дюжина людей", &["12"]),
        (Lang::En, "a dozen people", &["12"]),
    ]);
}

/// Qualifiers after the number, found by reading `40 <qualifier>` in each language: `40 or
/// more`, `40-plus`, `40-odd`, `40 or so`, bg `40 и повече`, `40-ина`, ru `40 с лишним`, `40 и
/// более`, uk `40 з гаком`, `40 і більше` were bare 40; "or more" may follow the noun counted
/// too (`40 души и повече`, `40 people or more`).
#[test]
fn qualifiers_after_the_number() {
    check_cases(&[
        (Lang::En, "40 or more people", &[">40"]),
        (Lang::En, "40 people or more", &[">40"]),
        (Lang::En, "40-plus people", &[">40"]),
        (Lang::En, "40-odd people", &[">40"]),
        (Lang::En, "40 or so people", &["~40"]),
        (Lang::Bg, "40 и повече души", &[">40"]),
        (Lang::Bg, "40 души и повече", &[">40"]),
        (Lang::Bg, "40-ина души", &["~40"]),
        (Lang::Ru, "40 с лишним человек", &[">40"]),
        (Lang::Ru, "40 человек и более", &[">40"]),
        (Lang::Uk, "40 з гаком осіб", &[">40"]),
        (Lang::Uk, "40 і більше осіб", &[">40"]),
    ]);
}

/// A model's or flight's number (`src/lang/model_makers.tsv`: the maker, type prefix or
/// flight word before it) is one designation: `737-800` is a variant of the 737, not 737 to
/// 800; `Ту-154М` is no 154 metres; `J2-8243` no range from 2. A dash between counts with no
/// such word before them stays a range, and a year after a maker a year.
#[test]
fn a_model_or_flight_number_is_one_designation() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Самолет Boeing 737-800 кацна в Бургас.",
            &["737-800"],
        ),
        (Lang::Ru, "Самолет Ту-154М приземлился в Сочи.", &["154"]),
        (Lang::En, "A Tu-154M landed in Sochi.", &["154"]),
        (
            Lang::En,
            "an Airbus A320neo and three Boeing 787-9s",
            &["320", "3", "787-9"],
        ),
        (Lang::Bg, "полет J2-8243 от Баку за Грозни", &["8243"]),
        (Lang::En, "flight KC 123 was cancelled", &["123"]),
        (Lang::Ru, "рейсом SU 1492 из Москвы", &["1492"]),
        (Lang::Kk, "Бакуден J2-8243 рейсін орындаған ұшақ", &["8243"]),
        (
            Lang::Kk,
            "Ан-124 ұшағы 120 тонна жүк әкелді",
            &["124", "120 t"],
        ),
        (Lang::Uk, "винищувачі F-16 і Су-27", &["16", "27"]),
        (Lang::Bg, "в 10-12 града", &["10..12"]),
        (Lang::En, "Boeing 2024 deliveries fell", &["2024"]),
    ];
    check_cases(cases);
}

/// One of a larger unit in words, then a number of the next smaller unit (`един час и 48
/// минути`, `one hour and 48 minutes`, kk `бір сағат 48 минут`) is one duration, as `1 час и
/// 48 минути` is; before, the `one hour` was dropped as a determiner and `48 min` met the
/// other side's `1.8 hour` as a changed number. Alone, `one hour` is still no figure.
#[test]
fn one_of_a_unit_in_words_joins_the_smaller_part_after_it() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Полетът продължи един час и 48 минути.",
            &["1.8 hour"],
        ),
        (
            Lang::En,
            "The flight lasted one hour and 48 minutes.",
            &["1.8 hour"],
        ),
        (Lang::Ru, "Полет длился один час 48 минут.", &["1.8 hour"]),
        (Lang::Kk, "Ұшу бір сағат 48 минутқа созылды.", &["1.8 hour"]),
        (Lang::Bg, "Една година и 3 месеца по-късно.", &["1.25 year"]),
        (Lang::En, "It took one hour.", &[]),
        (
            Lang::Bg,
            "Чакаха един час и 300 души си тръгнаха.",
            &["300"],
        ),
    ];
    check_cases(cases);
}

/// `до` that is "to", not "up to": after flights (bg `полетите си до седем града`, flights to
/// seven cities: `полет*`, `рейс*` are words of motion in `qualifiers.tsv`), and after a
/// change whose amount stands before a comma, a short phrase after it (ru `подешевела на 0,3%
/// к доллару, до 41,9`, fell by 0.3% against the dollar, to 41.9). A bare `до 20 души` is
/// still "up to".
#[test]
fn to_after_flights_or_a_change_across_its_amount_phrase() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Компанията е спряла полетите си до седем града в Русия.",
            &["7"],
        ),
        (
            Lang::Ru,
            "Гривна подешевела на 0,3% к доллару, до 41,9 гривны.",
            &["0.3 %", "41.9 UAH"],
        ),
        (
            Lang::Uk,
            "Гривня подешевшала на 0,3% до долара, до 41,9 гривні.",
            &["0.3 %", "41.9 UAH"],
        ),
        (
            Lang::Bg,
            "Гривната поевтиня с 0,3% спрямо долара, до 41,9 гривни.",
            &["0.3 %", "41.9 UAH"],
        ),
        (Lang::Bg, "В залата влизат до 20 души.", &["<=20"]),
        (
            Lang::Ru,
            "Гривна подешевела к доллару, до 41,9 гривны.",
            &["<=41.9 UAH"],
        ),
    ];
    check_cases(cases);
}

/// A number word that is itself approximate (`about` in `number_words.tsv`): bg `десетина`,
/// `стотина`, `хилядина`, ru and uk `десяток`, `сотня` read "about" so many, also after a
/// number (`два десятка`, about twenty) and after a qualifier that says more (`более
/// десятка`). Plurals that are no figure stay unread: bg `десетки`, `стотици`, ru `сотни
/// людей`, `сотни тысяч`, `несколько сотен`, uk `сотні людей`, `первая десятка` (the top
/// ten), en `dozens of`, kk `ондаған`, `жүздеген`.
#[test]
fn an_approximate_count_word_reads_about() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Евакуирани са десетина семейства, а стотина души останаха без ток.",
            &["~10", "~100"],
        ),
        (
            Lang::Bg,
            "На протеста се събраха хилядина души.",
            &["~1000"],
        ),
        (
            Lang::Bg,
            "Десетина хиляди зрители гледаха мача.",
            &["~10000"],
        ),
        (Lang::Bg, "Десетки хора и стотици коли чакаха.", &[]),
        (
            Lang::Ru,
            "Эвакуированы около десятка семей, а сотня человек осталась без света.",
            &["~10", "~100"],
        ),
        (
            Lang::Ru,
            "Сгорели два десятка домов, ранены более десятка человек.",
            &["~20", ">10"],
        ),
        (Lang::Ru, "Около сотни жителей вышли на улицы.", &["~100"]),
        (
            Lang::Ru,
            "Сотни людей и несколько сотен машин ждали, сотни тысяч смотрели.",
            &[],
        ),
        (Lang::Ru, "Первая десятка рейтинга не изменилась.", &[]),
        (
            Lang::Uk,
            "Евакуйовано десяток родин, а сотня людей залишилася без світла.",
            &["~10", "~100"],
        ),
        (Lang::Uk, "Сотні людей чекали на кордоні.", &[]),
        (
            Lang::En,
            "Dozens of people and hundreds of cars waited.",
            &[],
        ),
        (
            Lang::Kk,
            "Ондаған адам мен жүздеген көлік шекарада күтті.",
            &[],
        ),
    ];
    check_cases(cases);
}

/// A floor or ceiling said through a negated verb (`qualifiers.tsv` rows): bg `няма да падат
/// под 22 градуса`, en `will not fall below 22C`, ru `не опустится ниже 22`, uk `не
/// опуститься нижче 22`, kk `22 градустан төмен түспейді` are a floor (at least 22, `>`),
/// not "under 22"; `няма да се покачат над 40`, `will not rise above 40C`, `не поднимется
/// выше 40` a ceiling (`<=`). The bound words alone keep their reading.
#[test]
fn a_negated_verb_of_falling_or_rising_makes_a_floor_or_ceiling() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Температурите няма да падат под 22 градуса.",
            &[">22 deg"],
        ),
        (
            Lang::Bg,
            "Температурите няма да се покачат над 40 градуса.",
            &["<=40 deg"],
        ),
        (
            Lang::Bg,
            "Температурите паднаха под 22 градуса.",
            &["<22 deg"],
        ),
        (
            Lang::En,
            "Temperatures will not fall below 22C.",
            &[">22 °C"],
        ),
        (Lang::En, "Highs will not rise above 40C.", &["<=40 °C"]),
        (
            Lang::Ru,
            "Температура не опустится ниже 22 градусов.",
            &[">22 deg"],
        ),
        (
            Lang::Ru,
            "Температура не поднимется выше 40 градусов.",
            &["<=40 deg"],
        ),
        (
            Lang::Uk,
            "Температура не опуститься нижче 22 градусів.",
            &[">22 deg"],
        ),
        (
            Lang::Kk,
            "Температура 22 градустан төмен түспейді.",
            &[">22 deg"],
        ),
    ];
    check_cases(cases);
}

/// `a year earlier` in a sentence that names no year counts from the year named last in the
/// sentence before it, in the same paragraph (`През 2025 г. … Година по-рано …`: 2024), not
/// from the document's date; across a blank line it counts from the document's date.
#[test]
fn a_year_earlier_looks_back_to_the_previous_sentence() {
    let years = |lang: Lang, text: &str| -> Vec<String> {
        let doc = Document::from_text(Path::new("doc.txt"), lang, text.into()).expect("document");
        let a = pipeline::analyze(doc, false);
        a.figures
            .iter()
            .flatten()
            .filter(|f| matches!(f.kind, FigureKind::Year | FigureKind::Date))
            .map(|f| f.normalized())
            .collect()
    };
    assert_eq!(
        years(
            Lang::Bg,
            " date 2026-03-10 Износът през 2025 г. е 5 млрд. лева. Година по-рано е бил 4 млрд. лева.\n"
        ),
        ["2025", "2024"]
    );
    assert_eq!(
        years(
            Lang::En,
            " date 2026-03-10 Exports in 2025 were 5 billion leva. A year earlier they were 4 billion.\n"
        ),
        ["2025", "2024"]
    );
    assert_eq!(
        years(
            Lang::Ru,
            " date 2026-03-10 Экспорт в 2025 году составил 5 млрд левов. Годом ранее он составлял 4 млрд.\n"
        ),
        ["2025", "2024"]
    );
    // A new paragraph: the document's year.
    assert_eq!(
        years(
            Lang::Bg,
            " date 2026-03-10 Износът през 2023 г. е 5 млрд. лева.\n\nГодина по-рано е бил 4 млрд. лева.\n"
        ),
        ["2023", "2025"]
    );
}

/// Durations and counts the tables misread: en `an hour and 48 minutes` (one of the unit
/// said with the article before the next smaller unit's number, `alone_with_part` rows of
/// `units.tsv`; `an hour later` alone stays no figure), uk `1 годину` (one hour, accusative;
/// `oclock_not_one` in `dates.tsv`: `на 19 годину` is still 19:00), kk `6 сағат 10 минутта`
/// (in 6 hours 10 minutes: after a number of hours the game-minute word is the duration's
/// smaller part; `71 минутта` alone is still the 71st minute), kk `14 жылыну пункті`
/// (heating points) and `500 жылқы` (horses), which the stem `жыл*` read as years: the
/// forms of `жыл` are listed instead.
#[test]
fn durations_and_counts_the_tables_misread() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "The flight lasted an hour and 48 minutes.",
            &["1.8 hour"],
        ),
        (Lang::En, "It took a day and 6 hours.", &["1.25 day"]),
        (Lang::En, "An hour later 300 people left.", &["300"]),
        (Lang::Bg, "Полетът продължи час и 48 минути.", &["1.8 hour"]),
        (Lang::Uk, "Рейс затримали на 1 годину.", &["1 hour"]),
        (
            Lang::Uk,
            "Мітинг запланований на 19 годину за київським часом.",
            &["19:00"],
        ),
        (
            Lang::Kk,
            "Жол 6 сағат 10 минутта жүріп өтті.",
            &["6.1667 hour"],
        ),
        (Lang::Kk, "Гол 71 минутта соғылды.", &["71"]),
        (Lang::Kk, "Қалада 14 жылыну пункті ашылды.", &["14"]),
        (Lang::Kk, "Ауылда 500 жылқы бар.", &["500"]),
        (
            Lang::Kk,
            "5 жылдық жоспар 3 жылдан кейін.",
            &["5 year", "3 year"],
        ),
    ];
    check_cases(cases);
}

/// A larger unit said with no number (one of it) and then a number of the next smaller unit
/// (`час и 20 минути`, `an hour and 20 minutes`, ru `час 20 минут`) is one duration, as
/// `1 час и 20 минути` is; before, only the `20 minutes` was read and met the other side's
/// `1 час 20 минут` (1.3333 hour) as a changed figure. The unit word alone is still no figure,
/// nor a unit word before a number of another unit.
#[test]
fn a_unit_word_alone_joins_the_smaller_part_after_it() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Речта продължи час и 20 минути.",
            &["1.3333 hour"],
        ),
        (
            Lang::En,
            "The speech lasted an hour and 20 minutes.",
            &["1.3333 hour"],
        ),
        (Lang::Ru, "Речь длилась час 20 минут.", &["1.3333 hour"]),
        (
            Lang::Uk,
            "Промова тривала годину і 20 хвилин.",
            &["1.3333 hour"],
        ),
        (
            Lang::En,
            "The flight took an hour and a half.",
            &["1.5 hour"],
        ),
        (Lang::Bg, "Полетът трае час и половина.", &["1.5 hour"]),
        (Lang::En, "They waited for an hour.", &[]),
        (Lang::Bg, "За час и 20 души си тръгнаха.", &["20"]),
        (
            Lang::En,
            "It took an hour and 90 minutes later it rained.",
            &["90 min"],
        ),
    ];
    check_cases(cases);
}

/// Gold is weighed in troy ounces (`тройунции`, `тройских унций`, kk `трой унциясы`,
/// `ounces`, `oz`) and priced per ounce (`за тройунция`, `an ounce`, kk `бір унция үшін`):
/// the ounce was no unit, so `9,98 млн. тройунции` was a bare number and a price per ounce a
/// plain sum of dollars.
#[test]
fn ounces_and_prices_per_ounce_are_read() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Това са 9,98 млн. тройунции злато, по 4050 долара за тройунция.",
            &["9980000 ozt", "4050 USD/ozt"],
        ),
        (
            Lang::En,
            "That is 10 million troy ounces, at $4,050 an ounce; output was 3.8 million oz.",
            &["10000000 ozt", "4050 USD/ozt", "3800000 ozt"],
        ),
        (
            Lang::Ru,
            "Это 9,98 млн тройских унций золота по 4050 долларов за унцию.",
            &["9980000 ozt", "4050 USD/ozt"],
        ),
        (
            Lang::Uk,
            "Це 9,98 млн тройських унцій золота по 4050 доларів за унцію.",
            &["9980000 ozt", "4050 USD/ozt"],
        ),
        (
            Lang::Kk,
            "Бұл 9,98 млн трой унциясы алтын, бір унция үшін 4050 доллар.",
            &["9980000 ozt", "4050 USD/ozt"],
        ),
    ];
    check_cases(cases);
}

/// kk `сегіз айдағы` (in eight months) and `100 базистік тармаққа` (by 100 basis points) were
/// a bare 8 and a bare 100 against the other languages' months and basis points.
#[test]
fn kazakh_months_in_the_locative_adjective_and_basis_points_are_units() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Kk,
            "Банк секторының сегіз айдағы таза пайдасы өсті.",
            &["8 month"],
        ),
        (
            Lang::Kk,
            "Ұлттық Банк мөлшерлемені 100 базистік тармаққа көтерді.",
            &["100 bp"],
        ),
    ];
    check_cases(cases);
}

/// A range framed by `в рамките на`, ru `в пределах`, uk `у межах`, `within` is a range also
/// after a verb of change (`цените ще нараснат в рамките на 2,8% до 3,4%`); without the frame
/// the verb's `from … to` stays a change, two figures. uk `зростання` (growth) is a noun of
/// change as ru `рост`, bg `ръст`: `зростання зарплат до 5%` is "up to 5%" in every language,
/// where before uk read the stem of the verb `зроста*` in it and made it 5.
#[test]
fn a_range_frame_keeps_a_range_after_a_verb_of_change() {
    check_cases(&[
        (
            Lang::Bg,
            "Цените ще нараснат в рамките на 2,8% до 3,4% до края на годината.",
            &["2.8..3.4 %"],
        ),
        (
            Lang::Ru,
            "Цены вырастут в пределах от 2,8% до 3,4% до конца года.",
            &["2.8..3.4 %"],
        ),
        (
            Lang::Uk,
            "Ціни зростуть у межах від 2,8% до 3,4% до кінця року.",
            &["2.8..3.4 %"],
        ),
        (
            Lang::En,
            "Prices will rise within a range of 2.8% to 3.4% by the end of the year.",
            &["2.8..3.4 %"],
        ),
        (
            Lang::Uk,
            "Ціни зростуть від 2,8% до 3,4% до кінця року.",
            &["2.8 %", "3.4 %"],
        ),
        (
            Lang::Uk,
            "Міністерство очікує зростання зарплат до 5% протягом року.",
            &["<=5 %"],
        ),
        (
            Lang::Ru,
            "Министерство ожидает рост зарплат до 5% в течение года.",
            &["<=5 %"],
        ),
        (
            Lang::Uk,
            "Інфляція прискорилася: зростання від 2,8% до 3,4% за рік.",
            &["2.8 %", "3.4 %"],
        ),
        (Lang::Uk, "Ціни зростають до 5% на рік.", &["5 %"]),
    ]);
}

/// Kazakh `он` (ten) takes a case ending alone where no other word is spelled so (`онға`,
/// `оннан`: the `sure` endings of `number_words.tsv`), not where it is a pronoun's form (`онда`,
/// there; `оны`); `мың` (a thousand), flagged ambiguous alone, is a count after a qualifier
/// placed after it (`мыңға жуық`, `мыңнан астам`), as ru `свыше тысячи` is after one placed
/// before it; alone it stays unread.
#[test]
fn kazakh_ten_and_a_thousand_with_case_endings() {
    check_cases(&[
        (Lang::Kk, "Тұрғындардың оннан бірі ауылда тұрады.", &["0.1"]),
        (
            Lang::Kk,
            "Оқиға орнына онға жуық құтқарушы жіберілді.",
            &["<~10"],
        ),
        (Lang::Kk, "Шараға мыңға жуық адам қатысты.", &["<~1000"]),
        (Lang::Kk, "Көрмеге мыңнан астам қонақ келді.", &[">1000"]),
        (Lang::Kk, "Митингіге мың адам жиналды.", &[]),
        (Lang::Kk, "Ол онда үш жыл тұрды.", &["3 year"]),
        (Lang::Kk, "Біз оны бірден таныдық.", &[]),
    ]);
}

/// ru `в` is a clock preposition too (a second row of `dates.tsv`, beside its year role):
/// `в 14.15` is a time as uk `о 14.15` is, where it was a bare number 14.15; `в 2025 году`
/// stays a year, and after a clock preposition alone a decimal comma makes a time only with
/// an hour of two digits (`в 1,15 раза` is a multiple, uk `о 14,15` a time).
#[test]
fn a_dotted_clock_time_after_ru_v() {
    check_cases(&[
        (
            Lang::Ru,
            "Заседание начнется в 14.15 по местному времени.",
            &["14:15"],
        ),
        (
            Lang::Uk,
            "Засідання розпочнеться о 14.15 за місцевим часом.",
            &["14:15"],
        ),
        (Lang::Ru, "Завод запустят в 2026 году.", &["2026"]),
        (Lang::Ru, "Цены выросли в 1,15 раза.", &["1.15 x"]),
        (
            Lang::Uk,
            "Засідання розпочнеться о 14,15 за місцевим часом.",
            &["14:15"],
        ),
    ]);
}

/// Misreadings of the air pollution and 5G auction reports (`tests/reports/almaty-air-pollution`,
/// `tests/reports/spectrum-auction-5g`): micrograms per cubic metre (`мкг/куб. м`, `мкг/м³`,
/// `µg/m3`, where the `3` of `m3` was read as a figure of its own; milligrams, `мг/куб. м`, a
/// thousand of them) and frequencies in MHz and
/// GHz (`МГц`, `ГГц`), which were a bare number beside a name.
#[test]
fn concentration_and_frequency_units() {
    check_cases(&[
        (
            Lang::Bg,
            "Нивото на прахта е 148 мкг/куб. м при норма от 50 мкг/м3.",
            &["148 µg/m3", "50 µg/m3"],
        ),
        (
            Lang::En,
            "Levels stood at 212 µg/m3 against a limit of 50 µg/m3.",
            &["212 µg/m3", "50 µg/m3"],
        ),
        (Lang::Ru, "Уровень достиг 212 мкг/м³.", &["212 µg/m3"]),
        (
            Lang::Bg,
            "Концентрацията е 0,2 мг/куб. м, а нормата е 0,1 мг/м3.",
            &["0.2 mg/m3", "0.1 mg/m3"],
        ),
        (Lang::Kk, "Деңгей 148 мкг/м³-ге жетті.", &["148 µg/m3"]),
        (
            Lang::Bg,
            "Търгът е за обхватите 700 MHz и 3,6 GHz.",
            &["700 MHz", "3.6 GHz"],
        ),
        (
            Lang::Ru,
            "Аукцион прошел в диапазонах 700 МГц и 3,4–3,8 ГГц.",
            &["700 MHz", "3.4..3.8 GHz"],
        ),
        (
            Lang::Uk,
            "Кожному оператору виділено по 400 МГц.",
            &["400 MHz"],
        ),
    ]);
}

/// kk `аз`, `кем`, `артық` after a number compare only after its ablative (`6%-дан аз`:
/// under 6%); after the dative they give a difference (`6%-ға аз`: 6% less, `2%-ға артық`:
/// 2% more), a plain figure as bg `с 6% по-малко` is, where they read "under" and "over".
#[test]
fn kazakh_comparatives_bound_only_after_the_ablative() {
    check_cases(&[
        (
            Lang::Kk,
            "Биыл астық өткен жылға қарағанда 6%-ға аз жиналды.",
            &["6 %"],
        ),
        (
            Lang::Kk,
            "Экспорт жоспардан 2%-ға артық орындалды.",
            &["2 %"],
        ),
        (Lang::Kk, "Инфляция 6%-дан аз болды.", &["<6 %"]),
        (
            Lang::Kk,
            "Жалақы 100 мың теңгеден кем емес.",
            &[">100000 KZT"],
        ),
        (Lang::Kk, "Бағалар бес пайыздан кем өсті.", &["<5 %"]),
    ]);
}

/// kk writes decimals with a comma, so a dotted number with a locative ending is a clock time
/// (`14.15-те`: at 14:15, as bg `в 14.15 ч.`), where it was the number 14.15 (an error row
/// against bg's time); a comma keeps the number (`2,5-те`, `14,15-те`).
#[test]
fn kazakh_dotted_clock_time_with_a_case_ending() {
    check_cases(&[
        (Lang::Kk, "Отырыс 14.15-те басталады.", &["14:15"]),
        (Lang::Kk, "Пойыз 9.30-да жетеді.", &["09:30"]),
        (Lang::Kk, "Инфляция 2,5-те қалды.", &["2.5"]),
        (Lang::Kk, "Көрсеткіш 14,15-те тұрды.", &["14.15"]),
    ]);
}

/// ru `более чем в`, uk `більш ніж у` before a sum (`обойдется более чем в 600 млн евро`) are
/// "over", as `более чем на` is; the sum was read bare, and a multiplier after them
/// (`более чем в 2 раза`) stays one.
#[test]
fn over_than_in_before_a_sum() {
    check_cases(&[
        (
            Lang::Ru,
            "Строительство обойдется более чем в 600 млн евро.",
            &[">600000000 EUR"],
        ),
        (Lang::Ru, "Цены выросли более чем в 2 раза.", &[">2 x"]),
        (
            Lang::Ru,
            "Ремонт обошелся менее чем в 5 млн рублей.",
            &["<5000000 RUB"],
        ),
        (
            Lang::Uk,
            "Будівництво коштуватиме більш ніж у 600 млн євро.",
            &[">600000000 EUR"],
        ),
        (Lang::Uk, "Ціни зросли більш ніж у 2 рази.", &[">2 x"]),
    ]);
}

/// kk `төмен` (below) and `жоғары` (above) after a number in the ablative bound it, as `аз`
/// and `артық` do (`3%-дан төмен`: under 3%, bg `под 3%`); negated they cap it
/// (`5 градустан жоғары көтерілмейді`: at most 5 degrees). A verb `төмендеді` after the
/// ablative is a change from the figure, no bound.
#[test]
fn kazakh_below_and_above_after_the_ablative() {
    check_cases(&[
        (Lang::Kk, "Өлім-жітім 3%-дан төмен болды.", &["<3 %"]),
        (Lang::Kk, "Инфляция 5%-дан жоғары болды.", &[">5 %"]),
        (
            Lang::Kk,
            "Температура 5 градустан жоғары көтерілмейді.",
            &["<=5 deg"],
        ),
        (Lang::Kk, "Бензин 300 теңгеден төмендеді.", &["300 KZT"]),
    ]);
}

/// Rainfall in litres per square metre is millimetres in every language: ru and uk `л/кв. м`,
/// en `l/sq m`, and `л/м2`, `l/m2` (bg `л/кв. м` already was; ru, uk and en read a bare 68).
#[test]
fn rainfall_in_litres_per_square_metre() {
    check_cases(&[
        (
            Lang::Ru,
            "Норма — 68 л/кв. м, а выпало 40 л/м2.",
            &["68 mm", "40 mm"],
        ),
        (Lang::Uk, "Норма становить 68 л/кв. м.", &["68 mm"]),
        (
            Lang::En,
            "The norm is 68 l/sq m, and 40 l/m2 fell.",
            &["68 mm", "40 mm"],
        ),
        (Lang::Bg, "Паднаха 68 л/м2 дъжд.", &["68 mm"]),
    ]);
}

/// A number joined to letters by a hyphen names a grade or a model (`АИ-92`, `F-16`); a
/// figure after it and a space is another figure, not its group of thousands (kk `бір литр
/// АИ-92 215 теңге тұрды` was 92215 KZT). A plain number still groups (`92 215 теңге`).
#[test]
fn a_designation_takes_no_group_of_thousands() {
    check_cases(&[
        (
            Lang::Kk,
            "Бір литр АИ-92 215 теңге тұрды.",
            &["92", "215 KZT"],
        ),
        (Lang::Kk, "Түсім 92 215 теңге болды.", &["92215 KZT"]),
        (Lang::Ru, "Литр АИ-95 300 тенге стоит.", &["95", "300 KZT"]),
    ]);
}

/// The plural of year after two years (ru `в 2024 и 2025 годах`, kk `2024 және 2025
/// жылдары`) is the second year, not 2025 years; kk `1990 жылдары` stays the 1990s. en
/// `cubic km` is a cubic kilometre, as `cubic kilometres` was.
#[test]
fn years_before_the_plural_of_year() {
    check_cases(&[
        (
            Lang::Ru,
            "В 2024 и 2025 годах цены росли.",
            &["2024", "2025"],
        ),
        (
            Lang::Kk,
            "Екі кезеңі 2024 және 2025 жылдары аяқталды.",
            &["2024", "2025"],
        ),
        (Lang::Kk, "1990 жылдары халық азайды.", &["1990s"]),
        (
            Lang::En,
            "The canal takes up to 10 cubic km a year.",
            &["<=10000000000 m3/year"],
        ),
    ]);
}

/// A century or year before our era is negative, in each language's way of saying so (bg
/// `V в. пр.Хр.`, ru `V века до н. э.`, uk `V ст. до н. е.`, en `5th century BC`, kk `б.з.д.
/// V ғасыр`, its era words first): the century was 5 (bg `в.` and uk `ст.` no century words,
/// so bg and uk read nothing), and a dropped `пр.Хр.` was no difference. The abbreviated
/// century words (`в.`, `ст.`, `ғ.`) count only after a Roman numeral.
#[test]
fn centuries_before_our_era_are_negative() {
    check_cases(&[
        (
            Lang::Bg,
            "Съкровището е от V в. пр.Хр. и е от злато.",
            &["-5"],
        ),
        (Lang::Bg, "Пръстенът е от VI в. и е от злато.", &["6"]),
        (
            Lang::Ru,
            "Клад относится к V веку до н. э. и сделан из золота.",
            &["-5"],
        ),
        (
            Lang::Ru,
            "Перстень конца VI в. до н.э. найден здесь.",
            &["-6"],
        ),
        (Lang::Uk, "Скарб V ст. до н. е. знайшли тут.", &["-5"]),
        (Lang::Uk, "Скарб V ст. знайшли тут.", &["5"]),
        (
            Lang::En,
            "It dates from the late 5th century BC, near Kazanlak.",
            &["-5"],
        ),
        (
            Lang::En,
            "The town was founded in 334 BC by Macedonians.",
            &["-334"],
        ),
        (Lang::Kk, "Сақина б.з.д. V ғасырға жатады.", &["-5"]),
        (
            Lang::Kk,
            "Бұл біздің заманымызға дейінгі VI ғасыр.",
            &["-6"],
        ),
        (
            Lang::Kk,
            "Олардың арасында б.з.б. V ғасырдың әшекейлері бар.",
            &["-5"],
        ),
        (Lang::Kk, "Сақина V ғ. жатады.", &["5"]),
    ]);
}

/// en `from March 11 to 28, 2027`, `March 11-28, 2027`: the year after the comma is both
/// days' (both were dates of no year, and 2027 a number, so that bg `от 11 до 28 март 2027 г.`
/// paired its dates with no year and the 2027 with nothing); a count after the comma stays one.
#[test]
fn a_year_after_a_range_of_days_of_one_month() {
    check_cases(&[
        (
            Lang::En,
            "The festival runs from March 11 to 28, 2027, in Sofia.",
            &["2027-03-11", "2027-03-28"],
        ),
        (
            Lang::En,
            "The festival runs March 11-28, 2027, in Sofia.",
            &["2027-03-11", "2027-03-28"],
        ),
        (
            Lang::Bg,
            "Фестивалът е от 11 до 28 март 2027 г. в София.",
            &["2027-03-11", "2027-03-28"],
        ),
        (
            Lang::En,
            "It runs from March 11 to 28, 218 films in all.",
            &["--03-11", "--03-28", "218"],
        ),
    ]);
}

/// kk `2025-2030 жылдары` (in the years 2025 to 2030): a decade word after a range of years
/// whose first end is a plain year is the years' plural; it was the 2020s (a period from 2025,
/// against bg `2025-2030 г.` a reference_conflict). A year alone before it is still a decade.
#[test]
fn a_range_of_years_before_a_decade_word_is_years() {
    check_cases(&[
        (
            Lang::Kk,
            "Компания 2025-2030 жылдары 3 млрд доллар салады.",
            &["2025..2030", "3000000000 USD"],
        ),
        (Lang::Kk, "Зауыт 1990 жылдары жабылды.", &["1990s"]),
        (
            Lang::Bg,
            "Програмата е за периода 2025-2030 г.",
            &["2025..2030"],
        ),
    ]);
}

/// Data sizes in Cyrillic abbreviations (ru and uk `1,2 ТБ`, `80 ГБ`, `Гб`): units, as the
/// Latin `TB` and `GB` were; `ТБ` was a name and its number bare. bg `до` after a verb of
/// sending is the addressee's "to" (`изпратен до 350 служители`: 350, no "up to").
#[test]
fn cyrillic_data_sizes_and_a_letter_sent_to_people() {
    check_cases(&[
        (Lang::Ru, "Хакеры похитили 1,2 ТБ данных.", &["1.2 TB"]),
        (
            Lang::Uk,
            "Хакери викрали 1,2 ТБ даних і 80 ГБ листів.",
            &["1.2 TB", "80 GB"],
        ),
        (Lang::Ru, "Опубликовано около 80 Гб данных.", &["~80 GB"]),
        (Lang::Bg, "Имейлът е изпратен до 350 служители.", &["350"]),
        (Lang::Bg, "Глобата е до 4% от оборота.", &["<=4 %"]),
    ]);
}

/// kk `X бен Y … аралығында` (between X and Y): a list word joins a range's ends, which a
/// word after the second end closes (`аралығында`, `шегінде`), as bg `между 15 и 20` and ru
/// `от 15 до 20` are ranges; without the closing word `бен` stays a list.
#[test]
fn kazakh_between_x_and_y_closed_by_a_word_after() {
    check_cases(&[
        (
            Lang::Kk,
            "Ауа температурасы 15 бен 20 градус аралығында болады.",
            &["15..20 deg"],
        ),
        (
            Lang::Kk,
            "Пәтер бағасы 5 пен 7 млн теңге аралығында.",
            &["5000000..7000000 KZT"],
        ),
        (
            Lang::Kk,
            "Сауалнамаға 18 бен 65 жас аралығындағы тұрғындар қатысты.",
            &["18..65"],
        ),
        (
            Lang::Kk,
            "Инфляция 5 пен 6 пайыз шегінде өседі.",
            &["5..6 %"],
        ),
        (
            Lang::Bg,
            "Температурата ще е между 15 и 20 градуса.",
            &["15..20 deg"],
        ),
        (
            Lang::Ru,
            "Температура составит от 15 до 20 градусов.",
            &["15..20 deg"],
        ),
    ]);
    let n = extract_text("Қалада 15 бен 20 бала бар.", Lang::Kk).len();
    assert_eq!(n, 2, "without a closing word `бен` lists two figures");
}

/// en `aged 18 to 65` is a range of ages, as `aged 18-65`, bg `на възраст от 18 до 65
/// години`, ru `в возрасте от 18 до 65 лет` are (it was two numbers, 18 and 65).
#[test]
fn an_age_range_said_with_to_after_aged() {
    check_cases(&[
        (Lang::En, "People aged 18 to 65 can apply.", &["18..65"]),
        (Lang::En, "People aged 18-65 can apply.", &["18..65"]),
        (
            Lang::Bg,
            "Могат да кандидатстват хора на възраст от 18 до 65 години.",
            &["18..65"],
        ),
        (
            Lang::Ru,
            "Могут участвовать люди в возрасте от 18 до 65 лет.",
            &["18..65"],
        ),
        (
            Lang::Uk,
            "Можуть подати заявку люди віком від 18 до 65 років.",
            &["18..65"],
        ),
    ]);
}

/// en `at 14.15` is a clock time, as ru `в 14.15` and uk `о 14.15` are: an hour of two
/// digits after `at`, with no unit, scale or percent after it (`at 41.35 hryvnias`, `at
/// 12.50%`, `at 14.15 million tonnes` stay amounts; `at 9.30` stays a number, the decimal
/// mark with a one-digit hour).
#[test]
fn an_english_dotted_clock_time_after_at() {
    check_cases(&[
        (Lang::En, "The meeting begins at 14.15.", &["14:15"]),
        (Lang::Ru, "Заседание начнется в 14.15.", &["14:15"]),
        (Lang::En, "The rate stood at 12.50%.", &["12.5 %"]),
        (
            Lang::En,
            "The hryvnia traded at 41.35 hryvnias to the dollar.",
            &["41.35 UAH"],
        ),
        (
            Lang::En,
            "Output stood at 14.15 million tonnes.",
            &["14150000 t"],
        ),
        (Lang::En, "The index closed at 9.30.", &["9.3"]),
    ]);
}

/// en `early 2026`, `late 2025`, `mid-2026` name the year, as bg `в средата на 2026 г.` and
/// ru `в середине 2026 года` do (they were the bare numbers 2026, 2025).
#[test]
fn early_mid_and_late_before_a_year() {
    let kinds = |text: &str, lang: Lang| -> Vec<FigureKind> {
        extract_text(text, lang).iter().map(|f| f.kind).collect()
    };
    for text in [
        "Construction will end by mid-2026.",
        "Work starts in early 2026.",
        "The plant closed in late 2025.",
    ] {
        let k = kinds(text, Lang::En);
        assert!(
            matches!(k[..], [FigureKind::Year | FigureKind::Date]),
            "{text}: {k:?}"
        );
    }
    let k = kinds("Строежът ще приключи в средата на 2026 г.", Lang::Bg);
    assert!(
        matches!(k[..], [FigureKind::Year | FigureKind::Date]),
        "{k:?}"
    );
}

/// kk `3,4 есе асты` (exceeded 3.4 times) is the multiple 3.4, as ru `превысила в 3,4 раза`
/// and bg `надвиши 3,4 пъти` are (it was `>3.4`, a bare number with a floor); `асып түсті`
/// (exceeded) says no decrease. ru `превысят 1 млрд` keeps its "over" as `превысит` did.
#[test]
fn exceeding_a_number_of_times_and_a_sum() {
    check_cases(&[
        (Lang::Kk, "Концентрация нормадан 3,4 есе асты.", &["3.4 x"]),
        (
            Lang::Kk,
            "Концентрация нормадан 3,4 есе асып түсті.",
            &["3.4 x"],
        ),
        (
            Lang::Ru,
            "Концентрация превысила норму в 3,4 раза.",
            &["3.4 x"],
        ),
        (
            Lang::Bg,
            "Концентрацията надвиши нормата 3,4 пъти.",
            &["3.4 x"],
        ),
        (
            Lang::Ru,
            "Расходы превысят 1 млрд евро.",
            &[">1000000000 EUR"],
        ),
        (
            Lang::Uk,
            "Витрати перевищать 1 млрд євро.",
            &[">1000000000 EUR"],
        ),
        (
            Lang::Bg,
            "Разходите ще надхвърлят 1 млрд. евро.",
            &[">1000000000 EUR"],
        ),
        (
            Lang::En,
            "Costs will exceed 1 billion euros.",
            &[">1000000000 EUR"],
        ),
        (
            Lang::Kk,
            "Шығын 1 млрд еуродан асады.",
            &[">1000000000 EUR"],
        ),
    ]);
}

/// A prison term: bg `осъден на 7 години затвор` is 7 years, as ru `приговорен к 7 годам`,
/// uk `засуджено до 7 років`, kk `7 жылға сотталды`, en `sentenced to 7 years` are (bg read
/// an age, `на` before years); `на 52 години` stays an age.
#[test]
fn a_prison_term_is_a_number_of_years() {
    check_cases(&[
        (Lang::Bg, "Той беше осъден на 7 години затвор.", &["7 year"]),
        (Lang::Bg, "Съдът го осъди на 7 години затвор.", &["7 year"]),
        (
            Lang::Ru,
            "Он приговорен к 7 годам лишения свободы.",
            &["7 year"],
        ),
        (
            Lang::Uk,
            "Його засуджено до 7 років позбавлення волі.",
            &["7 year"],
        ),
        (Lang::Kk, "Ол 7 жылға сотталды.", &["7 year"]),
        (
            Lang::En,
            "He was sentenced to 7 years in prison.",
            &["7 year"],
        ),
    ]);
    let k: Vec<FigureKind> = extract_text("Той почина на 52 години.", Lang::Bg)
        .iter()
        .map(|f| f.kind)
        .collect();
    assert_eq!(k, [FigureKind::Age]);
}

/// en `a half marathon` is a race, no 0.5 (bg `полумаратон`, ru `полумарафон` give none).
#[test]
fn a_half_marathon_is_no_half() {
    check_cases(&[
        (Lang::En, "She ran a half marathon.", &[]),
        (Lang::En, "She won the half-marathon in the city.", &[]),
        (Lang::Bg, "Тя бяга полумаратон.", &[]),
        (Lang::Ru, "Она пробежала полумарафон.", &[]),
    ]);
}

/// bg `18 пъти ръст` (an 18-fold growth): a noun of growth right after the times word
/// licenses the multiple, as en `18-fold` and ru `рост в 18 раз` are (it was the bare 18).
#[test]
fn a_noun_of_growth_after_the_times_word_licenses_a_multiple() {
    check_cases(&[
        (
            Lang::Bg,
            "Лекарите отчитат 18 пъти ръст на случаите.",
            &["18 x"],
        ),
        (Lang::Bg, "Очаква се 3 пъти увеличение на износа.", &["3 x"]),
        (Lang::En, "Cases rose 18-fold.", &["18 x"]),
        (Lang::Ru, "Отмечен рост случаев в 18 раз.", &["18 x"]),
    ]);
}

/// A verb of change of two words (`goes up`, `went down`) opens a change's start as a verb of
/// one word does: `from … to` after it is two figures, not a range.
#[test]
fn changes_after_a_verb_of_two_words() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The minimum wage goes up from 933 leva to 1,077 leva.",
            &["933 BGN", "1077 BGN"],
        ),
        (
            "The price of bread went down from 2.40 leva to 2.15 leva.",
            &["2.4 BGN", "2.15 BGN"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(values(text, Lang::En), *want, "{text}");
    }
}

#[test]
fn a_mass_per_litre_is_a_concentration() {
    check(
        Lang::Bg,
        &[
            ("Минерализацията е 5,4 г/л.", &["5.4 g/l"]),
            ("Нитратите са 12 мг/л.", &["12 mg/l"]),
            ("Добиват 5 тона на хектар.", &["5 t"]),
        ],
    );
    check(
        Lang::Kk,
        &[
            ("Минералдануы литріне 5,4 грамға жетті.", &["5.4 g/l"]),
            ("Су көлемі 82 текше км.", &["82000000000 m3"]),
        ],
    );
    check(
        Lang::En,
        &[
            ("Salinity reached 5.4 g/l.", &["5.4 g/l"]),
            ("Salinity reached 5.4 grams per litre.", &["5.4 g/l"]),
        ],
    );
    check(Lang::Ru, &[("Минерализация 5,4 г/л.", &["5.4 g/l"])]);
}

#[test]
fn an_english_price_a_kilogram_or_a_hectare() {
    check(
        Lang::En,
        &[
            ("Acacia honey fetches €4.80 a kilogram.", &["4.8 EUR/kg"]),
            ("Sunflower honey fetches $3 per kg.", &["3 USD/kg"]),
            ("Land rents for €250 a hectare.", &["250 EUR/ha"]),
            ("They harvested 5 tonnes a hectare.", &["5 t"]),
        ],
    );
}

/// A number compounded with `-star` and `-seat` adjectives reads as en `four-star` and ru
/// `восьмиместный` did: bg `четиризвезден`, `осемседалков`, ru `четырехзвездочном`, uk
/// `чотиризірковому`, `восьмимісний`.
#[test]
fn number_compounds_of_stars_and_seats() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::Bg, "нощувка в четиризвезден хотел", &["4"]),
        (Lang::Bg, "новият осемседалков лифт", &["8"]),
        (Lang::Bg, "петзвездните хотели", &["5"]),
        (Lang::Ru, "в четырехзвездочном отеле", &["4"]),
        (Lang::Ru, "пятизвездный отель", &["5"]),
        (Lang::Uk, "у чотиризірковому готелі", &["4"]),
        (Lang::Uk, "восьмимісний підйомник", &["8"]),
        (
            Lang::En,
            "a four-star hotel and an eight-seat lift",
            &["4", "8"],
        ),
        (Lang::Bg, "звездни нощи", &[]),
    ];
    check_cases(cases);
}

#[test]
fn hectolitres_and_prices_a_kilogram_or_a_hectare() {
    check(
        Lang::Bg,
        &[
            ("Ще произведат 1,25 млн. хектолитра вино.", &["125000000 l"]),
            ("Продадоха 40 хектолитри бира.", &["4000 l"]),
        ],
    );
    check(
        Lang::Ru,
        &[
            ("Произведут 1,25 млн гектолитров вина.", &["125000000 l"]),
            ("Помощь составит 310 левов на гектар.", &["310 BGN/ha"]),
            ("Яблоки продают по 90 рублей на килограмм.", &["90 RUB/kg"]),
        ],
    );
    check(
        Lang::Uk,
        &[
            ("Вироблять 1,25 млн гектолітрів вина.", &["125000000 l"]),
            ("Допомога становитиме 310 левів на гектар.", &["310 BGN/ha"]),
        ],
    );
    check(
        Lang::En,
        &[
            (
                "They will make 1.25 million hectolitres of wine.",
                &["125000000 l"],
            ),
            ("Red grapes fetched 1.15 leva a kilogram.", &["1.15 BGN/kg"]),
            ("The aid is 310 leva a hectare.", &["310 BGN/ha"]),
        ],
    );
    check(Lang::Kk, &[("1,25 млн гектолитр шарап.", &["125000000 l"])]);
}

#[test]
fn pounds_in_brackets_after_a_mass_are_a_weight() {
    check(
        Lang::En,
        &[
            (
                "The satellite weighs 512 kg (1,129 pounds).",
                &["512 kg", "1129 lb"],
            ),
            (
                "The prize is 500 pounds (1,129 pounds before tax).",
                &["500 GBP", "1129 GBP"],
            ),
        ],
    );
}

#[test]
fn a_field_in_teslas_as_a_compound_or_in_the_plural() {
    check(
        Lang::En,
        &[("The equipment includes a 3-tesla MRI scanner.", &["3 T"])],
    );
    check(Lang::Uk, &[("МРТ потужністю 3 тесли.", &["3 T"])]);
    check(Lang::Ru, &[("Поле в 1,5 теслы.", &["1.5 T"])]);
}

#[test]
fn the_bare_end_of_a_change_takes_the_unit_of_its_start() {
    check(
        Lang::En,
        &[
            (
                "The average wait will fall from 120 days to 45, the hospital said.",
                &["120 day", "45 day"],
            ),
            (
                "The fare went up from 1.60 leva to 2.",
                &["1.6 BGN", "2 BGN"],
            ),
            (
                "The queue went from 120 days to 45 patients a week.",
                &["120 day", "45"],
            ),
        ],
    );
}

#[test]
fn a_price_that_will_go_up_from_one_sum_to_another() {
    check(
        Lang::Bg,
        &[(
            "Билетът ще поскъпне от 1 500 на 3 000 тенге.",
            &["1500 KZT", "3000 KZT"],
        )],
    );
    check(
        Lang::Ru,
        &[(
            "Билет подорожает с 1500 до 3000 тенге.",
            &["1500 KZT", "3000 KZT"],
        )],
    );
}

/// A change whose rate (a period or a unit it is priced by) is said once is a rate at both
/// ends: bg `спадна от 23 на 8 грама на литър` is 23 and 8 g/l, kk `литріне 23 грамнан 8
/// грамға дейін` (the period before the start) too; the start alone was read as plain grams,
/// or the end alone (kk). bg `се увеличи от 5 на 7 млн. тона` is a change, no share 5/7.
/// Figures that are no change's two ends keep their own units.
#[test]
fn a_change_s_rate_said_once_is_both_ends() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "Солеността спадна от 23 на 8 грама на литър.",
            &["23 g/l", "8 g/l"],
        ),
        (
            Lang::Bg,
            "Цената се повиши от 2,6 на 2,9 лв. за литър.",
            &["2.6 BGN/l", "2.9 BGN/l"],
        ),
        (
            Lang::Bg,
            "Добивът се увеличи от 5 на 7 млн. тона годишно.",
            &["5000000 t/year", "7000000 t/year"],
        ),
        (
            Lang::Ru,
            "Соленость снизилась с 23 до 8 граммов на литр.",
            &["23 g/l", "8 g/l"],
        ),
        (
            Lang::Ru,
            "Добыча выросла с 5 до 7 млн тонн в год.",
            &["5000000 t/year", "7000000 t/year"],
        ),
        (
            Lang::Uk,
            "Солоність знизилася з 23 до 8 грамів на літр.",
            &["23 g/l", "8 g/l"],
        ),
        (
            Lang::Uk,
            "Ціна зросла з 2,6 до 2,9 лева за літр.",
            &["2.6 BGN/l", "2.9 BGN/l"],
        ),
        (
            Lang::Kk,
            "Тұздылық литріне 23 грамнан 8 грамға дейін төмендеді.",
            &["23 g/l", "8 g/l"],
        ),
        (
            Lang::Kk,
            "Өндіріс жылына 5 миллион тоннадан 7 миллион тоннаға дейін өсті.",
            &["5000000 t/year", "7000000 t/year"],
        ),
        (
            Lang::En,
            "Prices rose from 2.6 to 2.9 leva a litre.",
            &["2.6 BGN/l", "2.9 BGN/l"],
        ),
        (
            Lang::En,
            "Output rose from 5 to 7 million tonnes a year.",
            &["5000000 t/year", "7000000 t/year"],
        ),
        // A range was one figure, its rate its own already.
        (Lang::Bg, "Цената е 5–7 лв. за литър.", &["5..7 BGN/l"]),
        // No change: each figure keeps its unit.
        (
            Lang::Bg,
            "Хлябът е 5 лв., а млякото 2,9 лв. за литър.",
            &["5 BGN", "2.9 BGN/l"],
        ),
        (
            Lang::Bg,
            "Солеността е 23 грама, а в езерото 8 грама на литър.",
            &["23 g", "8 g/l"],
        ),
        (
            Lang::En,
            "Bread costs 5 leva and milk 2.9 leva a litre.",
            &["5 BGN", "2.9 BGN/l"],
        ),
        // A share after no verb of change stays one.
        (Lang::Bg, "Едно на пет деца е болно.", &["0.2"]),
    ];
    check_cases(cases);
}

#[test]
fn an_ores_grade_in_grams_a_tonne() {
    check(
        Lang::Ru,
        &[
            ("Содержание золота – 0,42 грамма на тонну.", &["0.42 g/t"]),
            ("Медь продают по 9850 долларов за тонну.", &["9850 USD/t"]),
            ("Урожай составил 5 тонн на гектар.", &["5 t"]),
        ],
    );
    check(
        Lang::Uk,
        &[("Вміст золота – 1,8 грама на тонну руди.", &["1.8 g/t"])],
    );
    check(
        Lang::Kk,
        &[
            ("Алтынның құрамы тоннасына 0,42 грамм болды.", &["0.42 g/t"]),
            (
                "Мыстың бағасы тоннасына орта есеппен 9 850 доллар болды.",
                &["9850 USD/t"],
            ),
        ],
    );
    check(
        Lang::En,
        &[("The ore holds 3.1 kilograms per tonne.", &["3.1 kg/t"])],
    );
}

#[test]
fn an_age_said_by_a_word_takes_the_unit_at_the_end_of_its_list() {
    check(
        Lang::En,
        &[
            (
                "Two children aged 9 and 14 months have died.",
                &["9 month", "14 month"],
            ),
            ("Two men aged 45 and 52 have died.", &["45", "52"]),
        ],
    );
}

#[test]
fn an_anniversary_s_years_are_no_year() {
    // kk `жыл` is both "year" and "years": a word of "since" after it (`толуына`, `толды`)
    // makes four digits before it years counted, as bg `1500 години от` reads.
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Kk,
            "Мешіттің 1500 жыл толуына орай жөндеу басталды.",
            &["1500 year"],
        ),
        (
            Lang::Kk,
            "Қамалдың салынғанына 1200 жыл толды.",
            &["1200 year"],
        ),
        (Lang::Kk, "Қаланың 1000 жыл толуы тойланды.", &["1000 year"]),
        (
            Lang::Bg,
            "Ремонтът е по случай 1500 години от построяването на джамията.",
            &["1500 year"],
        ),
        // A year stays one.
        (Lang::Kk, "Мешіт 1500 жылы салынды.", &["1500"]),
        (
            Lang::Kk,
            "2020 жыл толық өзгерістерге толы болды.",
            &["2020"],
        ),
    ];
    check_cases(cases);
}

/// kk `минуттан` (from … minutes) is the unit in its ablative case, the start of a change
/// (`10 минуттан 6 минутқа дейін`), not `минутта` (in the … minute), which makes a match's
/// minute an ordinal.
#[test]
fn minutes_from_in_kazakh_are_minutes() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Kk,
            "Пойыздар арасындағы аралық 10 минуттан 6 минутқа дейін қысқарады.",
            &["10 min", "6 min"],
        ),
        (Lang::Kk, "Гол 54 минутта соғылды.", &["54"]),
    ];
    check_cases(cases);
}

/// bg `изпратени до`: a verb of sending before `до` says "to" before those it went to, a bare
/// count (`изпратен до 350 служители`), and "up to" before a measure or a sum, what was sent
/// (`могат да бъдат изпратени до 2 млн. тона`, against en `Up to 2 million tonnes could be
/// shipped`).
#[test]
fn sent_up_to_a_measure_and_to_those_counted() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Bg,
            "По този маршрут могат да бъдат изпратени до 2 млн. тона.",
            &["<=2000000 t"],
        ),
        (
            Lang::Bg,
            "Помощта, изпратена до 5 млн. долара, пристигна.",
            &["<=5000000 USD"],
        ),
        (Lang::Bg, "Писмото е изпратено до 350 служители.", &["350"]),
    ];
    check_cases(cases);
}

/// en units of power, area, volume, mass and time joined to the number by a hyphen, as an
/// adjective (`a 2-gigawatt plant`, `a 40-hectare park`), are measures as `a 939-mile
/// pipeline` is; `2-gigawatt` was a bare 2 against bg `2 гигавата`.
#[test]
fn hyphened_units_of_power_and_area_in_english() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::En,
            "Japan's Marubeni will build a 2-gigawatt green hydrogen plant.",
            &["2 GW"],
        ),
        (
            Lang::En,
            "A 500-megawatt solar farm and a 40-hectare park.",
            &["500 MW", "40 ha"],
        ),
        (
            Lang::En,
            "A 30-second clip, a 2-litre bottle and a 5-kilogram bag.",
            &["30 s", "2 l", "5 kg"],
        ),
    ];
    check_cases(cases);
}

#[test]
fn snow_that_fell_up_to_a_depth_is_up_to() {
    // After a verb of falling, `до` is "to" when the verb's subject is the quantity measured
    // (`цената падна до 35 лв.`); when a noun of what falls follows the figure, the figure is
    // the amount that fell, and `до` is "up to", as ru `выпало до 35 см снега` reads.
    check_cases(&[
        (
            Lang::Bg,
            "През нощта в планините паднаха до 35 см сняг.",
            &["<=35 cm"],
        ),
        (
            Lang::Bg,
            "В Родопите падна до 40 см нов сняг.",
            &["<=40 cm"],
        ),
        (
            Lang::Bg,
            "Паднаха до 20 мм дъжд на квадратен метър.",
            &["<=20 mm"],
        ),
        (
            Lang::Ru,
            "Ночью в горах выпало до 35 см снега.",
            &["<=35 cm"],
        ),
        // The quantity fell to a level: `до` is "to".
        (
            Lang::Bg,
            "Цената падна до 35 лв. за килограм.",
            &["35 BGN/kg"],
        ),
        (
            Lang::Bg,
            "Снежната покривка нарасна до 35 см, а после се стопи.",
            &["35 cm"],
        ),
    ]);
}

#[test]
fn within_a_span_of_time_is_up_to_it() {
    // en `within 10 days`, bg `в рамките на 10 дни`: no more than 10 days, as bg `до 10 дни`
    // reads; before a distance the word frames no bound (`within 200 miles of Phoenix`).
    check_cases(&[
        (
            Lang::En,
            "The project must be completed within 10 days.",
            &["<=10 day"],
        ),
        (
            Lang::Bg,
            "Проектът трябва да приключи в рамките на 10 дни.",
            &["<=10 day"],
        ),
        (
            Lang::Bg,
            "Проектът трябва да приключи до 10 дни.",
            &["<=10 day"],
        ),
        (
            Lang::Uk,
            "Проєкт має бути завершено в межах 10 днів.",
            &["<=10 day"],
        ),
        (
            Lang::En,
            "The storm passed within 200 miles of the city.",
            &["200 mi"],
        ),
        (
            Lang::Bg,
            "Бурята мина в рамките на 200 мили от града.",
            &["200 mi"],
        ),
        (
            Lang::En,
            "A decision is due within the next 10 days.",
            &["10 day"],
        ),
    ]);
}

#[test]
fn a_range_of_roman_centuries_and_cyrillic_letters_in_a_numeral() {
    // `XIV–XV век`: the first numeral is a century too, and the two are one range, as `14–15
    // век` reads; `XIV и XV век` two centuries. A Cyrillic `Х` or `І` drawn like the Latin
    // letter is read as it (`ХIХ век`, all Cyrillic `ХХ век`).
    check_cases(&[
        (
            Lang::Bg,
            "Манастирът е построен през XIV–XV век.",
            &["14..15"],
        ),
        (
            Lang::Bg,
            "Манастирът е построен през 14–15 век.",
            &["14..15"],
        ),
        (Lang::Ru, "Монастырь построен в XIV–XV веках.", &["14..15"]),
        (
            Lang::Kk,
            "Монастырь XIV–XV ғасырларда салынған.",
            &["14..15"],
        ),
        (Lang::Bg, "Църквите са от XIV и XV век.", &["14", "15"]),
        (Lang::Bg, "Крепостта е от ХIХ век.", &["19"]),
        (Lang::Ru, "Крепость относится к ХХ веку.", &["20"]),
        (Lang::Uk, "Фортеця належить до ХІХ століття.", &["19"]),
        // No century word: no figure; a name's numeral stays out.
        (Lang::Bg, "Глава XIV от закона.", &[]),
    ]);
}

#[test]
fn an_extension_to_a_term_is_its_end() {
    // bg `удължаване до 10 години` (extension to 10 years) is the change's end; ru
    // `продление`, uk `подовження` are nouns of the same change, so `до` after them is "to".
    check_cases(&[
        (
            Lang::Bg,
            "Парламентът одобри удължаване до 10 години.",
            &["10 year"],
        ),
        (
            Lang::Ru,
            "Парламент одобрил продление до 10 лет.",
            &["10 year"],
        ),
        (
            Lang::Uk,
            "Парламент схвалив подовження до 10 років.",
            &["10 year"],
        ),
        (Lang::Ru, "Отпуск продлится до 10 дней.", &["<=10 day"]),
    ]);
}

/// kk writes the watt with one `т` as often as with two before a case ending (`100
/// киловатқа дейінгі`, `300 мегават`): both spellings are the unit.
#[test]
fn kazakh_watts_spelt_with_one_t() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Kk,
            "Қуаты 5-тен 100 киловатқа дейінгі 320 генератор жіберілді.",
            &["5..100 kW", "320"],
        ),
        (Lang::Kk, "Станция 300 мегават электр береді.", &["300 MW"]),
        (Lang::Kk, "Қуаты 100 киловаттқа жетеді.", &["100 kW"]),
    ];
    check_cases(cases);
}

#[test]
fn a_kazakh_weekday_after_this_or_last_is_a_date_and_a_season_stays_none() {
    // kk `жұма` is Friday and a personal name, `маусым` June and a season: both are read
    // alone only in context. `осы` (this), `өткен` (last), `келесі` (next) frame a weekday
    // (`weekdays.tsv` `before` rows marked `weekday`), never a month: `осы маусымда` is this
    // season.
    check_cases(&[
        (
            Lang::Kk,
            "Осы жұмада кеңесте 12 адам сөйледі.",
            &["-W-5", "12"],
        ),
        (
            Lang::Kk,
            "Зауыт өткен жұмада 40 тонна өнім шығарды.",
            &["-W-5", "40 t"],
        ),
        (Lang::Kk, "Келесі жұмада 3 кездесу өтеді.", &["-W-5", "3"]),
        (
            Lang::Kk,
            "Команда осы маусымда барлығы 15 рет жеңді.",
            &["15"],
        ),
        (Lang::Kk, "Өткен маусымда клуб 20 ойынша ұтылды.", &["20"]),
        (Lang::Kk, "Жұма бүгін 30 шақырым жүгірді.", &["30 km"]),
    ]);
}

/// Ukrainian writes `пів` (half) apart from the scale it halves, as its 2019 spelling rules
/// ask (`пів мільйона`), beside the older `півмільйона`: half a million, not a million.
#[test]
fn a_ukrainian_half_apart_from_its_scale() {
    check(
        Lang::Uk,
        &[
            ("Клуб вкладе пів мільйона євро в академію.", &["500000 EUR"]),
            ("Клуб вкладе півмільйона євро в академію.", &["500000 EUR"]),
            ("Приїхали пів мільйона туристів.", &["500000"]),
        ],
    );
}

/// A month name that is also a common word (kk `маусым`, June and a season) before a number
/// no day of that month can be is no date: `өткен маусымда 31 матчта` is 31 games in the
/// last season, not June 31; a day June has stays a date.
#[test]
fn a_season_before_a_count_is_no_date() {
    check(
        Lang::Kk,
        &[
            ("Ол өткен маусымда 31 матчта 19 гол соқты.", &["31", "19"]),
            // kk writes the day first (`12 маусымда`): a number after the month is none of
            // its days (fx39; digits.tsv `date_order`).
            ("Науқан маусымда 12 басталады.", &["12"]),
            ("Науқан 12 маусымда басталады.", &["--06-12"]),
        ],
    );
}

/// A number after a month name is its day only where dates put the month first (digits.tsv
/// `date_order month_day`: en `June 15`); bg, ru, uk and kk write the day first, so kk `осы
/// маусымда 15 рет` is this season, 15 times, not June 15, and ru `в марте 12 рейсов` twelve
/// flights in March. A year after the month stays a date everywhere.
#[test]
fn a_number_after_a_month_is_its_day_only_where_the_month_comes_first() {
    check_cases(&[
        (Lang::Kk, "Команда осы маусымда 15 рет жеңді.", &["15"]),
        (Lang::Kk, "Клуб маусымда 12 ойын өткізді.", &["12"]),
        (Lang::Kk, "Зауыт 15 маусымда іске қосылды.", &["--06-15"]),
        (
            Lang::Kk,
            "Зауыт 2025 жылғы 15 маусымда ашылды.",
            &["2025-06-15"],
        ),
        (Lang::Ru, "В марте 12 рейсов отменили.", &["--03", "12"]),
        (Lang::Uk, "У жовтні 30 числа завод зупинився.", &["--10-30"]),
        (Lang::Kk, "Наурыздың 6-сы күні завод тоқтады.", &["--03-06"]),
        (Lang::Bg, "През март 2025 г. заводът спря.", &["2025-03"]),
        (Lang::Bg, "Заводът спря на 15 март.", &["--03-15"]),
        (Lang::En, "The plant closed on June 15.", &["--06-15"]),
        (Lang::En, "The plant closed on 6/15/2025.", &["2025-06-15"]),
    ]);
}

/// en `topped` says "over" as `exceeded` does (qualifiers.tsv `topped`, `topping`, `tops`):
/// `topped 1 million` is `>1000000`, as bg `надхвърлиха`, ru `превысила` read; `topped the
/// table with 40 points` and `the top 10` stay plain.
#[test]
fn a_figure_topped_is_over_it() {
    check_cases(&[
        (
            Lang::En,
            "Sales topped 1 million units last year.",
            &[">1000000"],
        ),
        (Lang::En, "The index tops 5,000 points.", &[">5000"]),
        (
            Lang::En,
            "Revenue is topping 3 million euros.",
            &[">3000000 EUR"],
        ),
        (
            Lang::En,
            "Exports exceeded 1 million tonnes.",
            &[">1000000 t"],
        ),
        (
            Lang::En,
            "The team topped the table with 40 points.",
            &["40"],
        ),
        (Lang::En, "She is among the top 10 players.", &["10"]),
        (
            Lang::Bg,
            "Приходите надхвърлиха 1 млн. лева.",
            &[">1000000 BGN"],
        ),
    ]);
}

/// A number with a scale word, then a smaller number with no scale word (or a smaller one),
/// right after it or after an `and` word, is one figure, as `1 млн 154 тыс.` is: bg `2 хиляди
/// и 500 лева`, ru `2 тыс. 500 рублей`, kk `2 мың 500 теңге` are 2,500; two figures apart
/// (`2 хиляди души и 500 коли`, a comma between, a second part of a whole scale or more)
/// stay two.
#[test]
fn a_scale_and_a_smaller_number_after_it_are_one_figure() {
    check_cases(&[
        (
            Lang::Bg,
            "Билетът струва 2 хиляди и 500 лева.",
            &["2500 BGN"],
        ),
        (
            Lang::Bg,
            "Даряват 3 милиона и 200 хиляди лева.",
            &["3200000 BGN"],
        ),
        (Lang::Ru, "Билет стоит 2 тыс. 500 рублей.", &["2500 RUB"]),
        (
            Lang::Uk,
            "Квиток коштує 2 тисячі 500 гривень.",
            &["2500 UAH"],
        ),
        (Lang::Kk, "Билет 2 мың 500 теңге тұрады.", &["2500 KZT"]),
        (
            Lang::En,
            "The ticket costs 2 thousand and 500 leva.",
            &["2500 BGN"],
        ),
        (
            Lang::Bg,
            "Дойдоха 2 хиляди души и 500 коли.",
            &["2000", "500"],
        ),
        (
            Lang::Bg,
            "Събрани са 2 хиляди, 500 лева са дарени.",
            &["2000", "500 BGN"],
        ),
        (
            Lang::Bg,
            "Дават 5 хиляди и 5000 лева.",
            &["5000", "5000 BGN"],
        ),
    ]);
}

/// A cubic kilometre in the singular forms a decimal figure takes (ru `5,4 кубического
/// километра`, uk `кубічного кілометра`, bg `кубически километър`, en `1 cubic metre`) is the
/// unit its plural is, not a bare number beside a word.
#[test]
fn cubic_units_in_the_singular() {
    check(
        Lang::Ru,
        &[
            (
                "Водохранилище вместит 5,4 кубического километра воды.",
                &["5400000000 m3"],
            ),
            ("Объем составит 1 кубический километр.", &["1000000000 m3"]),
        ],
    );
    check(
        Lang::Uk,
        &[(
            "Водосховище вмістить 5,4 кубічного кілометра води.",
            &["5400000000 m3"],
        )],
    );
    check(
        Lang::Bg,
        &[(
            "Язовирът побира 1 кубически километър вода.",
            &["1000000000 m3"],
        )],
    );
    check(Lang::En, &[("It holds 1 cubic metre of water.", &["1 m3"])]);
}

/// `a year earlier` counts from the year the sentence names, also when that year is an
/// edition's, written as a bare number after a name (`Rankings 2027`): 2026, not the year
/// before the dateline. A four-digit number out of the years' span names none.
#[test]
fn a_year_earlier_counts_from_an_editions_year() {
    check(
        Lang::En,
        &[
            (
                "It rose to 150th in the Rankings 2027, from 165th a year earlier.",
                &["150", "2027", "165", "2026"],
            ),
            (
                "It sold 2500 cars, and 1800 cars a year earlier.",
                &["2500", "1800"],
            ),
        ],
    );
}

/// Flights go "to" the places counted after `до` (uk `рейси до 24 країн`, bg `лети до 24
/// държави`, ru `рейсы до 24 стран`), as things sent do (`изпратени до`): no "up to"; before
/// a measure `до` stays "up to" (`рейси до 5 годин затримуються`).
#[test]
fn flights_to_places_counted() {
    check(
        Lang::Uk,
        &[
            ("Авіакомпанія виконує рейси до 24 країн.", &["24"]),
            ("Рейси до 5 годин затримуються.", &["<=5 hour"]),
        ],
    );
    check(Lang::Bg, &[("Компанията лети до 24 държави.", &["24"])]);
    check(
        Lang::Ru,
        &[("Компания выполняет рейсы до 24 стран.", &["24"])],
    );
}

/// bg `за денонощие` (in a day and night) after an amount is its period, as `на денонощие`
/// and `дневно` are: `500 тона за денонощие` is 500 t a day, as en `500 tonnes a day`.
#[test]
fn a_day_and_night_is_a_rates_period() {
    check(
        Lang::Bg,
        &[("Заводът преработва 500 тона за денонощие.", &["500 t/day"])],
    );
}

/// Megabytes are a unit of their own beside gigabytes (`10 MB`, `10 МБ`, `10 мегабайт`), so a
/// package of 10 GB put as 10 MB is a changed unit, not a bare number beside a name; uk
/// writes gigabytes in full too (`10 гігабайт`).
#[test]
fn megabytes_and_gigabytes() {
    check(Lang::Bg, &[("Пакетът е с 10 MB интернет.", &["10 MB"])]);
    check(Lang::Ru, &[("Пакет с 10 МБ интернета.", &["10 MB"])]);
    check(Lang::Uk, &[("Пакет із 10 гігабайт інтернету.", &["10 GB"])]);
    check(Lang::Kk, &[("Пакетте 500 мегабайт бар.", &["500 MB"])]);
    check(
        Lang::En,
        &[("The package has 10 megabytes of data.", &["10 MB"])],
    );
}

/// bg `почти` right before a multiplier licenses it as ru `в` does (`почти наполовина
/// спрямо пика`, by almost half against the peak, with the verb of change far off), and
/// stays its qualifier: `<~0.5 x`, as ru `почти вдвое ниже` reads. An occasion stays none.
#[test]
fn almost_before_a_multiplier_licenses_it() {
    check(
        Lang::Bg,
        &[
            (
                "Цената е паднала до 60 евро – почти наполовина спрямо пика от 115 евро.",
                &["60 EUR", "<~0.5 x", "115 EUR"],
            ),
            (
                "Износът е почти три пъти спрямо 2020 г.",
                &["<~3 x", "2020"],
            ),
            ("Почти два пъти седмично.", &[]),
        ],
    );
    check(
        Lang::Ru,
        &[("Цена масла почти вдвое ниже пика.", &["<~0.5 x"])],
    );
}

/// An age "or older" is at least the age, as `or more` reads: en `65 or older`, ru `65 лет и
/// старше`, uk `65 років і старші`, bg `65 и по-възрастни`, kk `65 жас және одан жоғары`.
#[test]
fn an_age_or_older_is_over_it() {
    check(
        Lang::En,
        &[("One in four is 65 or older.", &["0.25", ">65"])],
    );
    check(
        Lang::Ru,
        &[(
            "Каждый четвертый в возрасте 65 лет и старше.",
            &["0.25", ">65"],
        )],
    );
    check(
        Lang::Uk,
        &[(
            "Кожен четвертий у віці 65 років і старші.",
            &["0.25", ">65"],
        )],
    );
    check(
        Lang::Bg,
        &[("Всеки четвърти е на 65 и по-възрастни.", &["0.25", ">65"])],
    );
    check(
        Lang::Kk,
        &[(
            "Әр төртінші адам 65 жас және одан жоғары.",
            &["0.25", ">65"],
        )],
    );
}

/// Two numbers in words joined by a hyphen, the second the greater, are a range (ru
/// `пять-шесть`, uk `два-три рази`, bg `пет-шест години`, kk `бір-екі күн`): the hyphen's
/// second word was read as a grammatical ending of the first (`пять-шесть` as 5).
#[test]
fn numbers_in_words_joined_by_a_hyphen_are_a_range() {
    check(
        Lang::Ru,
        &[
            ("Он купил пять-шесть яблок.", &["5..6"]),
            ("Цены выросли в два-три раза.", &["2..3 x"]),
        ],
    );
    check(Lang::Uk, &[("Ціни зросли у два-три рази.", &["2..3 x"])]);
    check(
        Lang::Bg,
        &[
            ("Ремонтът ще отнеме пет-шест години.", &["5..6 year"]),
            ("Ще отнеме година-три.", &["1..3 year"]),
        ],
    );
    check(Lang::Kk, &[("Бір-екі күн бұрын келді.", &["1..2 day"])]);
}

/// Prices inflated or understated so many times: bg `завишени три до четири пъти`, ru
/// `завышены в два раза`, uk `завищені`, en `inflated two to three times` are multipliers,
/// the verb licensing the times word as a verb of change does.
#[test]
fn inflated_so_many_times_is_a_multiplier() {
    check(
        Lang::Bg,
        &[
            ("Цените са завишени три до четири пъти.", &["3..4 x"]),
            ("Цените са занижени два пъти.", &["0.5 x"]),
        ],
    );
    check(
        Lang::En,
        &[("Prices were inflated two to three times.", &["2..3 x"])],
    );
    check(Lang::Uk, &[("Ціни завищені у три рази.", &["3 x"])]);
}
