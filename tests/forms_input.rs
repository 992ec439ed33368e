//! The one number reader and the one date reader that all three tools use: what each language's style
//! accepts, what it refuses, and properties over arbitrary input (never a panic, grouping and decimal
//! marks read the same way whatever the number, saved numbers read back unchanged).
#![cfg(not(target_arch = "wasm32"))]

use endorsement_navigator::forms::{
    DateStyle, NumberStyle, Problem, input_text, parse_date, parse_non_negative, parse_number,
    parse_whole,
};
use endorsement_navigator::i18n::{Lang, Locale};
use endorsement_navigator::rules::Date;
use proptest::prelude::*;

const EN: NumberStyle = NumberStyle::POINT;
const ES: NumberStyle = NumberStyle::COMMA;

#[test]
fn english_reads_a_point_as_decimal_and_a_comma_as_thousands() {
    for (text, want) in [
        ("12", 12.0),
        (" 1.5 ", 1.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("+2", 2.0),
        ("-2.25", -2.25),
        ("007.10", 7.1),
        ("1,000", 1000.0),
        ("12,500.5", 12500.5),
        ("1,000,000", 1_000_000.0),
        ("1 000", 1000.0),
        ("1\u{a0}000.25", 1000.25),
    ] {
        assert_eq!(parse_number(text, EN), Ok(want), "{text}");
    }
    for text in [
        "1,5",
        "1,00,0",
        "01,000",
        "1,0000",
        "1.5.3",
        "1.000,5",
        ",5",
        "abc",
        "inf",
        "NaN",
        "1e3",
        "+",
        "-",
        ".",
        "1,000 000",
        "1 ,000",
    ] {
        assert_eq!(parse_number(text, EN), Err(Problem::NotANumber), "{text}");
    }
}

#[test]
fn spanish_reads_a_comma_as_decimal_and_a_point_as_decimal_or_thousands() {
    for (text, want) in [
        ("1,5", 1.5),
        ("1.5", 1.5),
        (",5", 0.5),
        ("12,25", 12.25),
        ("1,000", 1.0),
        ("1.000", 1000.0),
        ("0.500", 0.5),
        ("1.000.000", 1_000_000.0),
        ("1.000,5", 1000.5),
        ("1 000", 1000.0),
        ("1 000,5", 1000.5),
        ("-3,5", -3.5),
    ] {
        assert_eq!(parse_number(text, ES), Ok(want), "{text}");
    }
    for text in [
        "1,00,0", "1,5,3", "1.5,3", "1.5.3", "1,5.3", "01.000,5", "uno",
    ] {
        assert_eq!(parse_number(text, ES), Err(Problem::NotANumber), "{text}");
    }
}

#[test]
fn empty_negative_fractional_and_huge_counts_are_told_apart() {
    for style in [EN, ES] {
        assert_eq!(parse_number("  ", style), Err(Problem::Missing));
        assert_eq!(parse_non_negative("-1", style), Err(Problem::Negative));
        assert_eq!(parse_non_negative("-0", style), Ok(0.0));
        assert_eq!(parse_whole("2.5", style), Err(Problem::NotWhole));
        assert_eq!(parse_whole("5000000000", style), Err(Problem::TooLarge));
        assert_eq!(
            parse_number(&"9".repeat(400), style),
            Err(Problem::NotANumber)
        );
    }
    assert_eq!(parse_whole("1,000", EN), Ok(1000));
    assert_eq!(parse_whole("1.000", ES), Ok(1000));
}

#[test]
fn saved_numbers_are_written_back_without_grouping() {
    assert_eq!(input_text(24.0), "24");
    assert_eq!(input_text(1.5), "1.5");
    assert_eq!(input_text(2.25), "2.25");
    assert_eq!(input_text(0.1 + 0.2), "0.3");
    assert_eq!(input_text(1000.0), "1000");
    assert_eq!(input_text(1000.5), "1000.5");
}

fn day(text: &str) -> Date {
    Date::parse(text).expect("a test date")
}

fn style(lang: Lang) -> DateStyle {
    Locale::new(lang).date_style()
}

#[test]
fn dates_are_read_as_each_language_writes_them() {
    for lang in [Lang::En, Lang::Es] {
        let read = |text: &str| parse_date(text, style(lang));
        // Day first with `/`, `-`, `.` or spaces; ISO recognised by its four-digit year first.
        for text in [
            "05/03/2024",
            "5/3/2024",
            "05-03-2024",
            "05.03.2024",
            " 5 3 2024 ",
            "2024-03-05",
            "2024-3-5",
            "2024/03/05",
        ] {
            assert_eq!(read(text), Ok(day("2024-03-05")), "{lang:?} {text}");
        }
        assert_eq!(read("29/02/2024"), Ok(day("2024-02-29")));
        assert_eq!(read(""), Err(Problem::Missing));
        for text in [
            "05/03/24",
            "2024-03",
            "2024-03-05-01",
            "2024-003-05",
            "2024-0x-05",
            "yesterday",
            "2024-03-05T00:00",
            "5 Mayo 2024 extra",
        ] {
            assert_eq!(read(text), Err(Problem::NotADate), "{lang:?} {text}");
        }
        // The right shape for a day the calendar does not have.
        for text in [
            "31/02/2025",
            "29/02/2023",
            "01/13/2025",
            "10/00/2025",
            "31/04/2025",
            "2023-02-30",
            "0000-01-01",
        ] {
            assert_eq!(read(text), Err(Problem::NoSuchDate), "{lang:?} {text}");
        }
    }
}

#[test]
fn month_names_are_read_in_the_visitors_language() {
    let en = |text: &str| parse_date(text, style(Lang::En));
    let es = |text: &str| parse_date(text, style(Lang::Es));
    for text in [
        "10 May 2026",
        "10 may 2026",
        "May 10, 2026",
        "10th May 2026",
        "10th of May 2026",
    ] {
        assert_eq!(en(text), Ok(day("2026-05-10")), "{text}");
    }
    assert_eq!(en("1 Sept. 2026"), Ok(day("2026-09-01")));
    assert_eq!(en("1 Dec 2026"), Ok(day("2026-12-01")));
    for text in ["10 de mayo de 2026", "10 de Mayo del 2026", "10 mayo 2026"] {
        assert_eq!(es(text), Ok(day("2026-05-10")), "{text}");
    }
    assert_eq!(es("1 dic. 2026"), Ok(day("2026-12-01")));
    // Another language's month, or an abbreviation two months share, is not a date.
    assert_eq!(en("10 de mayo de 2026"), Err(Problem::NotADate));
    assert_eq!(es("10 June 2026"), Err(Problem::NotADate));
    assert_eq!(en("10 Ma 2026"), Err(Problem::NotADate));
    assert_eq!(en("30 February 2026"), Err(Problem::NoSuchDate));
}

#[test]
fn dates_are_written_as_each_language_writes_them_and_read_back() {
    let date = day("2026-05-10");
    assert_eq!(style(Lang::En).write(date), "10 May 2026");
    assert_eq!(style(Lang::Es).write(date), "10 de mayo de 2026");
    assert_eq!(DateStyle::FIGURES.write(date), "2026-05-10");
    for lang in [Lang::En, Lang::Es] {
        let text = style(lang).write(date);
        assert_eq!(parse_date(&text, style(lang)), Ok(date), "{text}");
    }
}

/// `n` with its thousands separated by `mark` ("1,234,567").
fn grouped(n: u64, mark: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,24}") {
        for style in [EN, ES] {
            if let Ok(value) = parse_number(&text, style) {
                prop_assert!(value.is_finite());
            }
            if let Ok(value) = parse_non_negative(&text, style) {
                prop_assert!(value >= 0.0);
            }
            let _ = parse_whole(&text, style);
        }
        let _ = parse_date(&text, style(Lang::Es));
    }

    #[test]
    fn number_like_text_is_read_or_refused_without_panicking(text in "[-+]?[0-9., ]{0,14}") {
        for style in [EN, ES] {
            if let Ok(value) = parse_number(&text, style) {
                prop_assert!(value.is_finite());
            }
        }
    }

    #[test]
    fn whole_numbers_read_the_same_plain_or_grouped(n in 0u64..10_000_000_000_000) {
        let value = n as f64;
        for style in [EN, ES] {
            prop_assert_eq!(parse_number(&n.to_string(), style), Ok(value));
            prop_assert_eq!(parse_number(&grouped(n, ' '), style), Ok(value));
        }
        prop_assert_eq!(parse_number(&grouped(n, ','), EN), Ok(value));
        prop_assert_eq!(parse_number(&grouped(n, '.'), ES), Ok(value));
    }

    #[test]
    fn a_decimal_comma_in_spanish_is_a_decimal_point_in_english(
        whole in 0u64..1_000_000,
        fraction in "[0-9]{1,4}",
    ) {
        let english = parse_number(&format!("{whole}.{fraction}"), EN);
        prop_assert!(english.is_ok());
        prop_assert_eq!(parse_number(&format!("{whole},{fraction}"), ES), english);
        // A point followed by exactly three digits groups thousands in Spanish; any other is a decimal.
        if fraction.len() != 3 || whole == 0 {
            prop_assert_eq!(parse_number(&format!("{whole}.{fraction}"), ES), english);
        }
    }

    #[test]
    fn saved_numbers_read_back_unchanged_in_both_styles(hundredths in 0u64..100_000_000_000) {
        let value = hundredths as f64 / 100.0;
        let text = input_text(value);
        for style in [EN, ES] {
            prop_assert_eq!(parse_number(&text, style), Ok(value), "{}", text);
        }
    }

    #[test]
    fn every_real_date_reads_back_and_every_impossible_one_is_named(
        year in 1i32..=9999,
        month in 0u32..=14,
        day in 0u32..=32,
    ) {
        let text = format!("{year:04}-{month:02}-{day:02}");
        let (en, es) = (style(Lang::En), style(Lang::Es));
        match Date::from_ymd(year, month, day) {
            Some(date) => {
                prop_assert_eq!(parse_date(&text, en), Ok(date));
                prop_assert_eq!(parse_date(&format!("{year:04}/{month}/{day}"), es), Ok(date));
                prop_assert_eq!(parse_date(&format!("{day}/{month}/{year:04}"), en), Ok(date));
                prop_assert_eq!(parse_date(&format!("{day:02}.{month:02}.{year:04}"), es), Ok(date));
                prop_assert_eq!(parse_date(&en.write(date), en), Ok(date));
                prop_assert_eq!(parse_date(&es.write(date), es), Ok(date));
            }
            None => {
                prop_assert_eq!(parse_date(&text, en), Err(Problem::NoSuchDate));
                prop_assert_eq!(
                    parse_date(&format!("{day}/{month}/{year:04}"), es),
                    Err(Problem::NoSuchDate)
                );
            }
        }
    }
}
