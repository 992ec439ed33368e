//! Native tests of the embed's attribute parsing (CONTRACT §1): every attribute's valid forms and every
//! fallback, with its warning.

use endorsement_navigator::config::Lang;
use endorsement_navigator::config::{
    ATTRIBUTES, Config, ConfigWarning, StorageMode, Tool, is_plausible_email, parse_web_url,
};
use endorsement_navigator::rules::Date;
use endorsement_navigator::rules::model::Credential;
use std::collections::HashMap;

fn parse(attrs: &[(&str, &str)], page_lang: Option<&str>) -> (Config, Vec<ConfigWarning>) {
    let map: HashMap<String, String> = attrs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_attributes(|name| map.get(name).cloned(), page_lang)
}

fn warned(warnings: &[ConfigWarning], attribute: &str) -> bool {
    warnings.iter().any(|w| w.attribute == attribute)
}

#[test]
fn no_attributes_gives_the_defaults_without_warnings() {
    let (config, warnings) = parse(&[], None);
    assert_eq!(config, Config::default());
    assert!(warnings.is_empty());
    assert_eq!(
        config.tools,
        vec![Tool::Category, Tool::Checker, Tool::Renewal]
    );
    assert_eq!(config.credentials, vec![Credential::Imh, Credential::Ecmh]);
    assert_eq!(config.lang, Lang::En);
    assert_eq!(config.storage, StorageMode::Local);
}

#[test]
fn the_contract_example_parses() {
    let (config, warnings) = parse(
        &[
            ("association", "Example AIMH"),
            ("apply-url", "https://example.myeasy.org"),
            ("contact-email", "help@example.org"),
            ("credentials", "imh ecmh"),
            ("tools", "category checker renewal"),
            ("lang", "en"),
            ("today", "2026-11-22"),
            ("storage", "none"),
        ],
        None,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.association.as_deref(), Some("Example AIMH"));
    assert_eq!(
        config.apply_url.as_deref(),
        Some("https://example.myeasy.org")
    );
    assert_eq!(config.contact_email.as_deref(), Some("help@example.org"));
    assert_eq!(config.today, Date::from_ymd(2026, 11, 22));
    assert_eq!(config.storage, StorageMode::None);
}

#[test]
fn association_is_plain_text_with_spaces_collapsed() {
    let (config, _) = parse(&[("association", "  <b>Example</b>\n  AIMH ")], None);
    // Kept as text: the UI renders it in a text node, so markup shows literally and never runs.
    assert_eq!(config.association.as_deref(), Some("<b>Example</b> AIMH"));
    let (config, _) = parse(&[("association", "   ")], None);
    assert_eq!(config.association, None);
}

#[test]
fn apply_url_accepts_only_absolute_http_and_https() {
    for ok in [
        "https://example.org",
        "http://example.org/apply?x=1#top",
        "HTTPS://Example.org/path",
        "  https://example.org/trimmed  ",
        "https://user@example.org:8443/a",
        "https://[2001:db8::1]/apply",
    ] {
        let (config, warnings) = parse(&[("apply-url", ok)], None);
        assert_eq!(config.apply_url.as_deref(), Some(ok.trim()), "{ok}");
        assert!(warnings.is_empty(), "{ok}: {warnings:?}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "/relative/path",
        "relative",
        "//example.org/scheme-relative",
        "https:example.org",
        "https://",
        "https:///path",
        "ftp://example.org",
        "mailto:a@example.org",
        "https://exa mple.org",
        "https://example.org/\u{0}",
        "java\tscript:alert(1)",
        "",
    ] {
        let (config, warnings) = parse(&[("apply-url", bad)], None);
        assert_eq!(config.apply_url, None, "{bad:?} must be ignored");
        assert!(warned(&warnings, "apply-url"), "{bad:?} must warn");
    }
    assert!(parse_web_url("https://example.org").is_ok());
}

#[test]
fn contact_email_needs_a_plausible_address() {
    let (config, warnings) = parse(&[("contact-email", " help@example.org ")], None);
    assert_eq!(config.contact_email.as_deref(), Some("help@example.org"));
    assert!(warnings.is_empty());
    for bad in [
        "not an email",
        "help@",
        "@example.org",
        "help@example",
        "a@b@example.org",
        "help@example..org",
        "help@.example.org",
        "<help@example.org>",
        "help@example.org?subject=x",
    ] {
        let (config, warnings) = parse(&[("contact-email", bad)], None);
        assert_eq!(config.contact_email, None, "{bad}");
        assert!(warned(&warnings, "contact-email"), "{bad}");
        assert!(!is_plausible_email(bad), "{bad}");
    }
    // An empty attribute is simply "no address", not a mistake worth a warning.
    let (config, warnings) = parse(&[("contact-email", "")], None);
    assert_eq!(config.contact_email, None);
    assert!(warnings.is_empty());
}

#[test]
fn credentials_tokens() {
    let (config, warnings) = parse(&[("credentials", "ecmh")], None);
    assert_eq!(config.credentials, vec![Credential::Ecmh]);
    assert!(warnings.is_empty());
    // Canonical order and no duplicates, whatever the host wrote.
    let (config, _) = parse(&[("credentials", "ECMH imh ecmh")], None);
    assert_eq!(config.credentials, vec![Credential::Imh, Credential::Ecmh]);
    // Unknown tokens are dropped with a warning; known ones still count.
    let (config, warnings) = parse(&[("credentials", "imh foo")], None);
    assert_eq!(config.credentials, vec![Credential::Imh]);
    assert!(warned(&warnings, "credentials"));
    // Nothing usable: both, with a warning.
    let (config, warnings) = parse(&[("credentials", "foo")], None);
    assert_eq!(config.credentials, Credential::ALL.to_vec());
    assert!(warned(&warnings, "credentials"));
    // Empty: both, quietly.
    let (config, warnings) = parse(&[("credentials", "  ")], None);
    assert_eq!(config.credentials, Credential::ALL.to_vec());
    assert!(warnings.is_empty());
}

#[test]
fn tools_subset_and_order() {
    let (config, warnings) = parse(&[("tools", "renewal checker")], None);
    assert_eq!(config.tools, vec![Tool::Renewal, Tool::Checker]);
    assert!(warnings.is_empty());
    let (config, warnings) = parse(&[("tools", "checker bogus CHECKER category")], None);
    assert_eq!(config.tools, vec![Tool::Checker, Tool::Category]);
    assert_eq!(
        warnings.iter().filter(|w| w.attribute == "tools").count(),
        2
    );
    let (config, warnings) = parse(&[("tools", "bogus")], None);
    assert_eq!(config.tools, Tool::ALL.to_vec());
    assert!(warned(&warnings, "tools"));
    let (config, warnings) = parse(&[("tools", "")], None);
    assert_eq!(config.tools, Tool::ALL.to_vec());
    assert!(warnings.is_empty());
}

#[test]
fn list_attributes_take_commas_as_well_as_spaces() {
    for value in [
        "checker,renewal",
        "checker, renewal",
        " checker ,, renewal, ",
    ] {
        let (config, warnings) = parse(&[("tools", value)], None);
        assert_eq!(
            config.tools,
            vec![Tool::Checker, Tool::Renewal],
            "{value:?}"
        );
        assert!(warnings.is_empty(), "{value:?}: {warnings:?}");
    }
    let (config, warnings) = parse(&[("credentials", "ecmh,imh")], None);
    assert_eq!(config.credentials, Credential::ALL.to_vec());
    assert!(warnings.is_empty());
}

#[test]
fn language_falls_back_to_the_page_then_english() {
    assert_eq!(parse(&[("lang", "es")], Some("en")).0.lang, Lang::Es);
    assert_eq!(parse(&[("lang", "es-MX")], None).0.lang, Lang::Es);
    assert_eq!(parse(&[], Some("es")).0.lang, Lang::Es);
    assert_eq!(parse(&[], Some("fr")).0.lang, Lang::En);
    assert_eq!(parse(&[], None).0.lang, Lang::En);
    let (config, warnings) = parse(&[("lang", "xx")], Some("es-419"));
    assert_eq!(config.lang, Lang::Es);
    assert!(warned(&warnings, "lang"));
    let (config, warnings) = parse(&[("lang", "xx")], None);
    assert_eq!(config.lang, Lang::En);
    assert!(warned(&warnings, "lang"));
}

#[test]
fn today_must_be_a_real_date() {
    let (config, warnings) = parse(&[("today", "2024-02-29")], None);
    assert_eq!(config.today, Date::from_ymd(2024, 2, 29));
    assert!(warnings.is_empty());
    for bad in [
        "2025-02-30",
        "2025-2-3",
        "2025/02/03",
        "tomorrow",
        "20250203",
        "2025-13-01",
        "",
    ] {
        let (config, warnings) = parse(&[("today", bad)], None);
        assert_eq!(config.today, None, "{bad}");
        assert!(warned(&warnings, "today"), "{bad}");
    }
}

#[test]
fn storage_local_or_none() {
    assert_eq!(
        parse(&[("storage", "none")], None).0.storage,
        StorageMode::None
    );
    assert_eq!(
        parse(&[("storage", "LOCAL")], None).0.storage,
        StorageMode::Local
    );
    let (config, warnings) = parse(&[("storage", "maybe")], None);
    assert_eq!(config.storage, StorageMode::Local);
    assert!(warned(&warnings, "storage"));
}

#[test]
fn every_attribute_invalid_still_gives_a_working_config() {
    let (config, warnings) = parse(
        &[
            ("apply-url", "javascript:alert(1)"),
            ("credentials", "foo"),
            ("tools", "bogus"),
            ("lang", "xx"),
            ("today", "2025-02-30"),
            ("storage", "maybe"),
            ("contact-email", "nope"),
        ],
        None,
    );
    assert_eq!(config, Config::default());
    for attribute in ATTRIBUTES.iter().filter(|a| **a != "association") {
        assert!(warned(&warnings, attribute), "{attribute} should warn");
    }
}

#[test]
fn only_an_unreadable_credentials_list_is_one_to_show_the_visitor() {
    let shown = |attrs: &[(&str, &str)]| {
        let (_, warnings) = parse(attrs, None);
        assert!(!warnings.is_empty(), "{attrs:?} warns");
        warnings.iter().any(ConfigWarning::misleads_visitor)
    };
    assert!(shown(&[("credentials", "foo")]));
    assert!(shown(&[("credentials", "imh ecmhh")]));
    for attrs in [
        [("apply-url", "javascript:alert(1)")],
        [("contact-email", "nobody")],
        [("tools", "bogus")],
        [("tools", "checker checker")],
        [("lang", "fr")],
        [("today", "2025-02-30")],
        [("storage", "maybe")],
    ] {
        assert!(!shown(&attrs), "{attrs:?} goes to the console only");
    }
}

/// The loader (www/loader/config.js) reads the contact address for its placeholder and its failure
/// message; tests/loader/email-cases.json holds the cases both must agree on.
#[test]
fn the_loader_and_the_app_agree_on_contact_addresses() {
    let text = std::fs::read_to_string("tests/loader/email-cases.json").expect("the shared cases");
    let cases: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let list = |name: &str| -> Vec<String> {
        cases[name]
            .as_array()
            .expect("a list")
            .iter()
            .map(|v| v.as_str().expect("a string").to_owned())
            .collect()
    };
    for email in list("plausible") {
        assert!(is_plausible_email(email.trim()), "{email:?} is plausible");
    }
    for email in list("refused") {
        assert!(!is_plausible_email(email.trim()), "{email:?} is refused");
    }
}
