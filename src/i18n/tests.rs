//! The tables are complete and consistent, and the runtime fills them as people read.

use super::keys::{self, Entry};
use super::*;
use crate::rules::competency::DEFAULT_COMPETENCIES;

const TABLES: [(Lang, &str); 2] = [
    (Lang::En, include_str!("en.txt")),
    (Lang::Es, include_str!("es.txt")),
];

/// Keys whose Spanish text is rightly the English one: names, codes and words both languages share.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "credential.imh",
    "credential.ecmh",
    "shell.error_prefix",
    "category_tool.error_prefix",
    "category_tool.no",
    "checker.no",
    "renewal.no",
];

fn entries(text: &'static str) -> Vec<Entry<'static>> {
    keys::entries(text).unwrap_or_else(|e| panic!("{e}"))
}

/// A pattern shown as it is, apart from slots, has words to translate.
fn has_words(pattern: &str) -> bool {
    let mut depth = 0;
    let mut plain = String::new();
    for c in pattern.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain.chars().filter(|c| c.is_alphabetic()).count() > 1
}

#[test]
fn every_language_has_every_key_with_the_same_slots() {
    let en = entries(TABLES[0].1);
    assert_eq!(en.len(), Msg::COUNT);
    for (lang, text) in TABLES {
        let table = entries(text);
        assert_eq!(
            text.lines().next(),
            Some(format!("{}{}", keys::HEADER_PREFIX, keys::fingerprint(&table)).as_str()),
            "{}.txt: first line",
            lang.tag()
        );
        assert_eq!(text.lines().next(), Some(HEADER), "{}.txt", lang.tag());
        let en_keys: Vec<_> = en.iter().map(|e| e.key).collect();
        let keys: Vec<_> = table.iter().map(|e| e.key).collect();
        for key in &en_keys {
            assert!(keys.contains(key), "{}.txt has no {key}", lang.tag());
        }
        assert_eq!(keys, en_keys, "{}.txt: keys in en.txt's order", lang.tag());
        for (e, theirs) in en.iter().zip(&table) {
            assert_eq!(
                keys::slots(e.pattern),
                keys::slots(theirs.pattern),
                "{}.txt line {}: the slots of {}",
                lang.tag(),
                theirs.line,
                e.key
            );
        }
    }
}

#[test]
fn no_language_is_silently_english() {
    let en = entries(TABLES[0].1);
    for (lang, text) in &TABLES[1..] {
        for (e, theirs) in en.iter().zip(entries(text)) {
            if SAME_IN_EVERY_LANGUAGE.contains(&e.key) || !has_words(e.pattern) {
                continue;
            }
            assert_ne!(
                e.pattern,
                theirs.pattern,
                "{}.txt line {}: {} is still English (or add it to SAME_IN_EVERY_LANGUAGE)",
                lang.tag(),
                theirs.line,
                e.key
            );
        }
    }
}

#[test]
fn every_pattern_is_well_formed() {
    for (lang, text) in TABLES {
        for e in entries(text) {
            let mut depth = 0i32;
            for c in e.pattern.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                assert!(
                    depth >= 0,
                    "{}.txt line {}: a `}}` too many",
                    lang.tag(),
                    e.line
                );
            }
            assert_eq!(
                depth,
                0,
                "{}.txt line {}: unclosed `{{`",
                lang.tag(),
                e.line
            );
            // Every choice ends in `other`, so no value can leave a sentence half empty.
            let mut rest = e.pattern;
            while let Some(at) = rest.find(" -> ") {
                let cases = &rest[at + 4..];
                let end = top_level(cases, '}').unwrap_or(cases.len());
                let last = cases[..end].rsplit('|').next().unwrap_or("");
                assert!(
                    last.trim_start().starts_with("other:"),
                    "{}.txt line {}: a choice must end with `other:`",
                    lang.tag(),
                    e.line
                );
                rest = cases;
            }
        }
    }
}

#[test]
fn competency_names_follow_the_default_list() {
    let en = entries(TABLES[0].1);
    let first = Msg::CompetencyPregnancyEarlyParenthood as usize;
    for (i, c) in DEFAULT_COMPETENCIES.iter().enumerate() {
        assert_eq!(en[first + i].key, format!("competency.{}", c.id));
    }
    assert_eq!(
        en[first + DEFAULT_COMPETENCIES.len()].key,
        "competency.unlisted"
    );
    for lang in LANGS {
        for c in DEFAULT_COMPETENCIES {
            assert!(!Locale::new(lang).competency(c.id).is_empty(), "{}", c.id);
        }
    }
    assert_eq!(
        Locale::new(Lang::En).competency("no_such_id"),
        "Unlisted competency"
    );
}

#[test]
fn a_table_from_another_release_is_refused() {
    let err = Table::parse("#! endorsement-navigator messages 0123456789abcdef\nhours = x\n")
        .err()
        .unwrap_or_default();
    assert!(
        err.contains("not a message table for this release"),
        "{err}"
    );
    let short = format!("{HEADER}\nhours = x\n");
    let err = Table::parse(Box::leak(short.into_boxed_str()))
        .err()
        .unwrap_or_default();
    assert!(err.contains("has 1 messages"), "{err}");
    assert!(Table::parse(TABLES[1].1).is_ok());
}

#[test]
fn slots_are_filled_by_name() {
    let en = Locale::new(Lang::En);
    let es = Locale::new(Lang::Es);
    assert_eq!(en.hours(1.0), "1 hour");
    assert_eq!(en.hours(1.5), "1.5 hours");
    assert_eq!(es.hours(1.5), "1,5 horas");
    assert_eq!(es.years(1.0), "1 año");
    // A fraction of a year reads in years and months, so "3.08 of 2 years" reads as met.
    assert_eq!(en.years(3.08), "3 years 1 month");
    assert_eq!(en.years(0.5), "6 months");
    assert_eq!(en.years(1.5), "1 year 6 months");
    assert_eq!(es.years(1.5), "1 año y 6 meses");
    assert_eq!(es.years(2.25), "2 años y 3 meses");
    assert_eq!(
        en.progress(crate::rules::RequirementId::WorkYears, 3.08, 2.0),
        "3 years 1 month (2 years needed)",
        "beyond the requirement, never \"3 years of 2 years\""
    );
    assert_eq!(
        es.progress(crate::rules::RequirementId::WorkYears, 3.08, 2.0),
        "3 años y 1 mes (se piden 2 años)"
    );
    assert_eq!(
        en.progress(crate::rules::RequirementId::WorkYears, 2.0, 2.0),
        "2 years of 2 years"
    );
    assert_eq!(
        en.progress(crate::rules::RequirementId::FamiliesServed, 25.0, 10.0),
        "25 families (10 needed)"
    );
    assert_eq!(
        en.missing(crate::rules::RequirementId::WorkYears, 0.92),
        "Another 11 months of qualifying work"
    );
    assert_eq!(
        en.missing(crate::rules::RequirementId::TrainingHours, 9.0),
        "9 more training hours"
    );
    assert_eq!(
        es.progress(crate::rules::RequirementId::RscHours, 1.5, 24.0),
        "1,5 de 24 horas"
    );
    // A slot the caller did not give stays visible rather than vanishing.
    assert_eq!(en.fill(Msg::Hours, &[]), "{n} {n}");
    assert_eq!(
        en.fill(
            Msg::ShellOfferedBy,
            &[("association", "Example AIMH".into())]
        ),
        "Offered by Example AIMH"
    );
}

#[test]
fn numbers_are_written_with_the_language_s_decimal_mark() {
    let (en, es) = (Locale::new(Lang::En), Locale::new(Lang::Es));
    for (value, in_en, in_es) in [
        (999.0, "999", "999"),
        (1000.0, "1,000", "1000"),
        (9999.5, "9,999.5", "9999,5"),
        (12000.0, "12,000", "12.000"),
        (1234567.25, "1,234,567.25", "1.234.567,25"),
        (-45000.0, "-45,000", "-45.000"),
    ] {
        assert_eq!(
            (en.number(value), es.number(value)),
            (in_en.into(), in_es.into())
        );
        use crate::forms::{NumberStyle, parse_number};
        assert_eq!(
            parse_number(in_en, NumberStyle::POINT),
            Ok(value),
            "{in_en}"
        );
        assert_eq!(
            parse_number(in_es, NumberStyle::COMMA),
            Ok(value),
            "{in_es}"
        );
    }
    // Years are not grouped.
    let d = crate::rules::Date::from_ymd(2027, 12, 31).expect("a date");
    assert_eq!(en.date(d), "31 December 2027");
    assert_eq!(
        (en.number(2.25), es.number(2.25)),
        ("2.25".into(), "2,25".into())
    );
    assert_eq!(
        (en.number(33.0), es.number(1000.5)),
        ("33".into(), "1000,5".into())
    );
}

#[test]
fn language_tags() {
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
}

/// `make build` ships each table without its keys and comments (the wasm reads lines by position):
/// the first line, then `=pattern` per message. That form reads the same as the source.
#[test]
fn the_shipped_form_without_keys_reads_the_same() {
    for (lang, text) in TABLES {
        let mut lines = text.lines();
        let mut shipped = String::from(lines.next().unwrap_or_default());
        for line in lines {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let pattern = line.split_once('=').map_or("", |(_, p)| p.trim_start());
            shipped.push_str("\n=");
            shipped.push_str(pattern);
        }
        let source = Table::parse(text).map(|t| t.patterns);
        let shipped = Table::parse(Box::leak(shipped.into_boxed_str())).map(|t| t.patterns);
        assert_eq!(source, shipped, "{}", lang.tag());
    }
}

#[test]
fn keys_name_their_variants() {
    assert_eq!(
        keys::variant("checker.degree.heading"),
        "CheckerDegreeHeading"
    );
    assert_eq!(keys::variant("date.month.12"), "DateMonth12");
}

/// Issue 14: the screen reader heard "Infant Family Specialist" while the heading showed "Early Childhood
/// Family Specialist" when only IMH-E is offered to an early-childhood-only visitor. Both now read
/// `result_title`, which names the credential that fits even when it is not offered.
#[test]
fn the_result_title_names_the_credential_that_fits_even_when_not_offered() {
    use crate::rules::model::{AgeGroup, RoleScope};
    let answers = crate::rules::Answers {
        ages: vec![AgeGroup::EarlyChildhood],
        scope: RoleScope::Prevention,
        families_served: crate::rules::model::Count(12),
        years_in_scope: crate::rules::model::Hours::new(3.0).unwrap(),
        offered: vec![crate::rules::Credential::Imh],
        ..crate::rules::Answers::default()
    };
    let rec = crate::rules::recommend(&answers);
    assert!(rec.credentials.is_empty());
    assert_eq!(rec.not_offered, vec![crate::rules::Credential::Ecmh]);
    let t = Locale::new(Lang::En);
    assert_eq!(t.result_title(&rec), "Early Childhood Family Specialist");
    assert_eq!(
        Locale::new(Lang::Es).result_title(&rec),
        Locale::new(Lang::Es).category_title(rec.best, crate::rules::Credential::Ecmh)
    );
}
