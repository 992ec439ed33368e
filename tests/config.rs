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
    warnings.iter().any(|w| w.field == attribute)
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
    assert_eq!(warnings.iter().filter(|w| w.field == "tools").count(), 2);
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

// ---- The association profile (CONTRACT §1) ----

use endorsement_navigator::config::{Json, Text};
use endorsement_navigator::rules::association::{MonthDay, Who};
use endorsement_navigator::rules::model::{Category, TrainingKind};

fn with_profile(attrs: &[(&str, &str)], profile: &str) -> (Config, Vec<ConfigWarning>) {
    let json: Json = serde_json::from_str(profile).unwrap();
    let map: HashMap<String, String> = attrs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::read(|name| map.get(name).cloned(), None, Some(&json))
}

fn fields(warnings: &[ConfigWarning]) -> Vec<&str> {
    warnings.iter().map(|w| w.field.as_str()).collect()
}

/// The profile the tests and the README use: every field, valid.
const LAKESHORE: &str = r#"{
  "profile": 1,
  "association": "Lakeshore AIMH",
  "apply_url": "https://lakeshore.myeasy.org",
  "contact": { "name": "Director of Endorsement", "email": "endorsement@lakeshore-aimh.org" },
  "credentials": ["imh"],
  "tools": "category checker renewal",
  "lang": "en",
  "membership": { "url": "https://lakeshore-aimh.org/join", "fee": "$50 a year" },
  "fees": { "url": "https://lakeshore-aimh.org/fees",
            "family_specialist": { "application": "$85", "processing": "$100" } },
  "steps": ["Talk to the Director of Endorsement before you submit.",
            { "en": "Come to our office hours.", "es": "Venga a nuestro horario de atención." }],
  "links": { "rsc_directory": "https://lakeshore-aimh.org/rsc", "exam_prep": "https://lakeshore-aimh.org/exam",
             "renewal": "https://lakeshore-aimh.org/renew", "office_hours": "https://lakeshore-aimh.org/hours" },
  "rules": { "ers_add_on_for": ["family_specialist", "mental_health_specialist"],
             "renewal_deadline": "12-15", "window_opens": "09-15",
             "renewal_sub_requirements": [{ "kind": "rsc_provision", "hours": 9, "of": "training", "who": "rsc_providers" }] }
}"#;

#[test]
fn a_full_profile_reads_without_warnings() {
    let (config, warnings) = with_profile(&[], LAKESHORE);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.association.as_deref(), Some("Lakeshore AIMH"));
    assert_eq!(
        config.apply_url.as_deref(),
        Some("https://lakeshore.myeasy.org")
    );
    assert_eq!(
        config.contact_email.as_deref(),
        Some("endorsement@lakeshore-aimh.org")
    );
    assert_eq!(config.credentials, vec![Credential::Imh]);
    let p = &config.profile;
    assert_eq!(p.contact_name.as_deref(), Some("Director of Endorsement"));
    assert_eq!(
        p.membership_url.as_deref(),
        Some("https://lakeshore-aimh.org/join")
    );
    assert_eq!(p.membership_fee.as_deref(), Some("$50 a year"));
    assert_eq!(
        p.fees_url.as_deref(),
        Some("https://lakeshore-aimh.org/fees")
    );
    let fs = p.fees_for(Category::FamilySpecialist).unwrap();
    assert_eq!(
        (fs.application.as_deref(), fs.processing.as_deref()),
        (Some("$85"), Some("$100"))
    );
    assert_eq!(p.steps.len(), 2);
    assert_eq!(
        p.steps[0].get(Lang::Es),
        "Talk to the Director of Endorsement before you submit."
    );
    assert_eq!(
        p.steps[1],
        Text {
            en: "Come to our office hours.".into(),
            es: "Venga a nuestro horario de atención.".into()
        }
    );
    assert_eq!(
        p.links.rsc_directory.as_deref(),
        Some("https://lakeshore-aimh.org/rsc")
    );
    assert_eq!(
        p.links.exam_prep.as_deref(),
        Some("https://lakeshore-aimh.org/exam")
    );
    assert_eq!(
        p.links.renewal.as_deref(),
        Some("https://lakeshore-aimh.org/renew")
    );
    assert_eq!(
        p.links.office_hours.as_deref(),
        Some("https://lakeshore-aimh.org/hours")
    );
    let rules = &p.rules;
    assert_eq!(
        rules.ers_add_on_for,
        Some(vec![
            Category::FamilySpecialist,
            Category::MentalHealthSpecialist
        ])
    );
    assert_eq!(
        rules.renewal_deadline,
        Some(MonthDay { month: 12, day: 15 })
    );
    assert_eq!(rules.window_opens, Some(MonthDay { month: 9, day: 15 }));
    let sub = rules.renewal_sub_requirements[0];
    assert_eq!(
        (sub.kind, sub.hours.get(), sub.who),
        (TrainingKind::RscProvision, 9.0, Who::RscProviders)
    );
}

#[test]
fn attributes_win_over_the_profile() {
    let (config, warnings) = with_profile(
        &[
            ("association", "Lake AIMH"),
            ("credentials", "imh ecmh"),
            ("lang", "es"),
        ],
        LAKESHORE,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.association.as_deref(), Some("Lake AIMH"));
    assert_eq!(config.credentials, Credential::ALL.to_vec());
    assert_eq!(config.lang, Lang::Es);
    // An invalid attribute falls back to the default, not to the profile, and is named as the attribute.
    let (config, warnings) = with_profile(&[("apply-url", "javascript:alert(1)")], LAKESHORE);
    assert_eq!(config.apply_url, None);
    assert_eq!(fields(&warnings), ["apply-url"]);
}

#[test]
fn each_invalid_field_falls_back_alone_and_is_named() {
    let profile = r#"{
      "profile": 1,
      "association": 12,
      "apply_url": "ftp://example.org",
      "contact": { "name": ["x"], "email": "not-an-address", "phone": "1" },
      "credentials": "imh nope",
      "tools": { "a": 1 },
      "lang": "fr",
      "membership": { "url": "javascript:alert(1)", "fee": "$50" },
      "fees": { "url": "data:text/html,x", "family_helper": { "application": "$1" },
                "family_specialist": { "application": 85, "processing": "$100", "late": "$5" } },
      "steps": ["Ok step", 3, { "fr": "x" }, { "es": "Solo en español" }],
      "links": { "rsc_directory": "//example.org", "exam_prep": "https://example.org/exam", "blog": "https://x.org" },
      "rules": { "ers_add_on_for": ["family_specialist", "reflective_supervisor"], "renewal_deadline": "02-29",
                 "window_opens": "13-01", "renewal_sub_requirements": [{ "kind": "yoga", "hours": 9 }, { "kind": "general", "hours": -1 },
                 { "kind": "general", "hours": 3, "who": "everyone" }], "late_fee": true },
      "colour": "red"
    }"#;
    let (config, warnings) = with_profile(&[], profile);
    let named = fields(&warnings);
    for field in [
        "profile.association",
        "profile.apply_url",
        "profile.contact.name",
        "profile.contact.email",
        "profile.contact.phone",
        "profile.credentials",
        "profile.tools",
        "profile.lang",
        "profile.membership.url",
        "profile.fees.url",
        "profile.fees.family_helper",
        "profile.fees.family_specialist.application",
        "profile.fees.family_specialist.late",
        "profile.steps[1]",
        "profile.steps[2].fr",
        "profile.steps[2]",
        "profile.links.rsc_directory",
        "profile.links.blog",
        "profile.rules.ers_add_on_for[1]",
        "profile.rules.renewal_deadline",
        "profile.rules.window_opens",
        "profile.rules.renewal_sub_requirements[0].kind",
        "profile.rules.renewal_sub_requirements[1].hours",
        "profile.rules.late_fee",
        "profile.colour",
    ] {
        assert!(named.contains(&field), "{field} not in {named:?}");
    }
    let membership = warnings
        .iter()
        .find(|w| w.field == "profile.membership.url")
        .unwrap();
    assert!(
        membership
            .message
            .starts_with("only http: and https: addresses are used"),
        "{membership:?}"
    );
    assert!(
        membership
            .console_line()
            .contains("profile.membership.url: only http: and https: addresses are used")
    );
    // What was valid still applies.
    assert_eq!(config.association, None);
    assert_eq!(config.apply_url, None);
    assert_eq!(config.contact_email, None);
    assert_eq!(config.credentials, vec![Credential::Imh]);
    assert_eq!(config.tools, Tool::ALL.to_vec());
    assert_eq!(config.lang, Lang::En);
    let p = &config.profile;
    assert_eq!(p.contact_name, None);
    assert_eq!(p.membership_url, None);
    assert_eq!(p.membership_fee.as_deref(), Some("$50"));
    assert_eq!(p.fees_url, None);
    let fs = p.fees_for(Category::FamilySpecialist).unwrap();
    assert_eq!(
        (fs.application.as_deref(), fs.processing.as_deref()),
        (None, Some("$100"))
    );
    assert_eq!(p.steps.len(), 2);
    assert_eq!(p.steps[1].get(Lang::En), "Solo en español");
    assert_eq!(p.links.rsc_directory, None);
    assert_eq!(
        p.links.exam_prep.as_deref(),
        Some("https://example.org/exam")
    );
    assert_eq!(
        p.rules.ers_add_on_for,
        Some(vec![Category::FamilySpecialist])
    );
    assert_eq!(p.rules.renewal_deadline, None);
    assert_eq!(p.rules.window_opens, None);
    assert_eq!(p.rules.renewal_sub_requirements.len(), 1);
    assert_eq!(p.rules.renewal_sub_requirements[0].who, Who::Everyone);
    // A credentials list that could not be read in full is shown to the visitor too.
    assert!(warnings.iter().any(ConfigWarning::misleads_visitor));
}

#[test]
fn a_profile_that_is_not_an_object_or_unversioned_is_named() {
    let (config, warnings) = with_profile(&[("association", "A")], "[1, 2]");
    assert_eq!(fields(&warnings), ["profile"]);
    assert_eq!(config.association.as_deref(), Some("A"));
    let (config, warnings) = with_profile(&[], r#"{"association": "B"}"#);
    assert_eq!(fields(&warnings), ["profile"]);
    assert_eq!(config.association.as_deref(), Some("B"));
    let (_, warnings) = with_profile(&[], r#"{"profile": 2}"#);
    assert!(warnings[0].message.contains("newer release"));
}

#[test]
fn a_window_after_its_deadline_falls_back() {
    let (config, warnings) = with_profile(
        &[],
        r#"{"profile": 1, "rules": {"renewal_deadline": "12-15", "window_opens": "12-20"}}"#,
    );
    assert_eq!(fields(&warnings), ["profile.rules.window_opens"]);
    assert_eq!(
        config.profile.rules.renewal_deadline,
        Some(MonthDay { month: 12, day: 15 })
    );
    assert_eq!(config.profile.rules.window_opens, None);
    // A deadline before the default window's opening needs its own window day.
    let (config, warnings) = with_profile(
        &[],
        r#"{"profile": 1, "rules": {"renewal_deadline": "06-30"}}"#,
    );
    assert_eq!(fields(&warnings), ["profile.rules.renewal_deadline"]);
    assert_eq!(config.profile.rules.renewal_deadline, None);
    let (config, warnings) = with_profile(
        &[],
        r#"{"profile": 1, "rules": {"renewal_deadline": "06-30", "window_opens": "04-01"}}"#,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        config.profile.rules.renewal_deadline,
        Some(MonthDay { month: 6, day: 30 })
    );
}

#[test]
fn the_values_in_use_read_back_as_attributes() {
    let (config, _) = with_profile(&[("storage", "none")], LAKESHORE);
    let values = config.attributes();
    let get = |name: &str| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("association"), Some("Lakeshore AIMH"));
    assert_eq!(get("credentials"), Some("imh"));
    assert_eq!(get("tools"), Some("category checker renewal"));
    assert_eq!(get("storage"), Some("none"));
    assert_eq!(get("today"), Some(""));
    let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ATTRIBUTES);
}
