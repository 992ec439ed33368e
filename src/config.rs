//! The embed's configuration, read from the element's attributes (CONTRACT §1).
//!
//! Pure Rust so that every fallback is tested natively: an invalid attribute never breaks the widget; it
//! falls back to the default and yields a [`ConfigWarning`] for the console (and a visible note where the
//! user would otherwise be misled).

mod profile;

use crate::rules::Date;
use crate::rules::model::Credential;
use profile::read_profile;
pub use profile::{CategoryFees, Json, Links, Profile, Text};

/// A supported language. It is configuration (the `lang` attribute, the page's `<html lang>`, a
/// recommendation input's `lang`); the message tables in `crate::i18n` are keyed by it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// Reads a BCP 47 tag such as `en`, `es`, `es-MX`; `None` for a language without a table.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// One of the three tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Category,
    Checker,
    Renewal,
}

impl Tool {
    pub const ALL: [Tool; 3] = [Tool::Category, Tool::Checker, Tool::Renewal];

    /// The attribute and event name: `category`, `checker`, `renewal`.
    pub fn id(self) -> &'static str {
        match self {
            Tool::Category => "category",
            Tool::Checker => "checker",
            Tool::Renewal => "renewal",
        }
    }
}

/// Where entries are kept between visits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StorageMode {
    #[default]
    Local,
    None,
}

/// The configuration one element runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub association: Option<String>,
    pub apply_url: Option<String>,
    pub contact_email: Option<String>,
    pub credentials: Vec<Credential>,
    pub tools: Vec<Tool>,
    pub lang: Lang,
    pub today: Option<Date>,
    pub storage: StorageMode,
    /// The association profile's own fields (CONTRACT §1); empty without a profile.
    pub profile: Profile,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            association: None,
            apply_url: None,
            contact_email: None,
            credentials: Credential::ALL.to_vec(),
            tools: Tool::ALL.to_vec(),
            lang: Lang::En,
            today: None,
            storage: StorageMode::Local,
            profile: Profile::default(),
        }
    }
}

/// An attribute or profile field that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The attribute (`apply-url`) or the profile field (`profile.membership.url`).
    pub field: String,
    pub value: String,
    pub message: String,
}

impl ConfigWarning {
    /// Whether the fallback could mislead the visitor, so the widget says so on screen as well as on the
    /// console: only a list of credentials that could not be read (in full), since the visitor could then
    /// be offered a credential the association does not give, or not be offered one it does. The other
    /// fallbacks leave nothing untrue on screen (a missing apply link, all tools, the page's language, the
    /// visitor's own date, entries kept in the browser as the footer says).
    pub fn misleads_visitor(&self) -> bool {
        self.field == "credentials" || self.field == "profile.credentials"
    }

    /// The console's line: what was ignored, what it was, and why.
    pub fn console_line(&self) -> String {
        if self.value.is_empty() {
            format!("<endorsement-navigator>: {}: {}", self.field, self.message)
        } else {
            format!(
                "<endorsement-navigator>: {}: {} (given: \"{}\")",
                self.field, self.message, self.value
            )
        }
    }
}

/// Every attribute the element reads, in the contract's order (`observedAttributes` in `embed.js`).
pub const ATTRIBUTES: [&str; 8] = [
    "association",
    "apply-url",
    "contact-email",
    "credentials",
    "tools",
    "lang",
    "today",
    "storage",
];

impl Config {
    /// Reads the element's attributes through `get` (`None` = attribute absent). `page_lang` is the host
    /// page's `<html lang>`, the fallback language. Never fails: each invalid attribute falls back to its
    /// default and yields a warning.
    pub fn from_attributes(
        get: impl Fn(&str) -> Option<String>,
        page_lang: Option<&str>,
    ) -> (Config, Vec<ConfigWarning>) {
        Config::read(get, page_lang, None)
    }

    /// Reads the attributes and the association's profile (CONTRACT §1): an attribute given on the
    /// element wins over the profile's field of the same meaning, which is read by the same code and
    /// named `profile.<field>` in its warnings. Never fails: every invalid value falls back to its default.
    pub fn read(
        get: impl Fn(&str) -> Option<String>,
        page_lang: Option<&str>,
        profile: Option<&Json>,
    ) -> (Config, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let (profile_attributes, profile) = match profile {
            Some(json) => read_profile(json, &mut warnings),
            None => (Vec::new(), Profile::default()),
        };
        // Each value with the name its warnings carry.
        let source = |name: &'static str| -> Option<(String, &'static str)> {
            get(name).map(|v| (v, name)).or_else(|| {
                profile_attributes
                    .iter()
                    .find(|(attribute, _, _)| *attribute == name)
                    .map(|(_, field, v)| (v.clone(), *field))
            })
        };
        let mut warn = |field: &str, value: &str, message: &str| {
            warnings.push(ConfigWarning {
                field: field.to_owned(),
                value: value.to_owned(),
                message: message.to_owned(),
            });
        };
        let mut config = Config {
            association: source("association")
                .map(|(v, _)| collapse_spaces(&v))
                .filter(|v| !v.is_empty()),
            profile,
            ..Config::default()
        };

        if let Some((value, field)) = source("apply-url") {
            match parse_web_url(&value) {
                Ok(url) => config.apply_url = Some(url),
                Err(why) => warn(
                    field,
                    &value,
                    &format!("{why}; no application link is shown"),
                ),
            }
        }

        if let Some((value, field)) = source("contact-email") {
            let trimmed = value.trim();
            if is_plausible_email(trimmed) {
                config.contact_email = Some(trimmed.to_owned());
            } else if !trimmed.is_empty() {
                warn(
                    field,
                    &value,
                    "not an e-mail address like name@example.org; no contact address is shown",
                );
            }
        }

        if let Some((value, field)) = source("credentials") {
            let mut chosen = Vec::new();
            for token in list_words(&value) {
                match token.to_ascii_lowercase().as_str() {
                    "imh" if !chosen.contains(&Credential::Imh) => chosen.push(Credential::Imh),
                    "ecmh" if !chosen.contains(&Credential::Ecmh) => chosen.push(Credential::Ecmh),
                    "imh" | "ecmh" => {}
                    _ => warn(
                        field,
                        token,
                        "unknown credential (expected imh or ecmh); ignored",
                    ),
                }
            }
            if chosen.is_empty() {
                if !value.trim().is_empty() {
                    warn(
                        field,
                        &value,
                        "no known credential listed; offering both imh and ecmh",
                    );
                }
            } else {
                // Keep the canonical order (IMH-E first) whatever order the host wrote.
                config.credentials = Credential::ALL
                    .iter()
                    .copied()
                    .filter(|c| chosen.contains(c))
                    .collect();
            }
        }

        if let Some((value, field)) = source("tools") {
            let mut chosen = Vec::new();
            for token in list_words(&value) {
                let tool = Tool::ALL
                    .iter()
                    .copied()
                    .find(|t| t.id().eq_ignore_ascii_case(token));
                match tool {
                    Some(t) if chosen.contains(&t) => {
                        warn(field, token, "listed twice; the second one is ignored")
                    }
                    Some(t) => chosen.push(t),
                    None => warn(
                        field,
                        token,
                        "unknown tool (expected category, checker or renewal); ignored",
                    ),
                }
            }
            if chosen.is_empty() {
                if !value.trim().is_empty() {
                    warn(field, &value, "no known tool listed; showing all three");
                }
            } else {
                config.tools = chosen;
            }
        }

        let page_lang = page_lang.and_then(Lang::from_tag);
        config.lang = match source("lang") {
            Some((value, field)) => match Lang::from_tag(&value) {
                Some(lang) => lang,
                None => {
                    if !value.trim().is_empty() {
                        warn(
                            field,
                            &value,
                            "unsupported language (expected en or es); using the page's language",
                        );
                    }
                    page_lang.unwrap_or_default()
                }
            },
            None => page_lang.unwrap_or_default(),
        };

        if let Some(value) = get("today") {
            match parse_date(value.trim()) {
                Some(date) => config.today = Some(date),
                None => warn(
                    "today",
                    &value,
                    "not a real date in the form YYYY-MM-DD; using the visitor's date",
                ),
            }
        }

        if let Some(value) = get("storage") {
            match value.trim().to_ascii_lowercase().as_str() {
                "local" => config.storage = StorageMode::Local,
                "none" => config.storage = StorageMode::None,
                _ => warn(
                    "storage",
                    &value,
                    "expected local or none; keeping entries in this browser (local)",
                ),
            }
        }

        (config, warnings)
    }

    /// The values the widget uses, as attributes would write them (for the configurator).
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let words = |ids: Vec<&str>| ids.join(" ");
        let mut out = vec![
            ("association", self.association.clone().unwrap_or_default()),
            ("apply-url", self.apply_url.clone().unwrap_or_default()),
            (
                "contact-email",
                self.contact_email.clone().unwrap_or_default(),
            ),
            (
                "credentials",
                words(self.credentials.iter().map(|c| c.id()).collect()),
            ),
            ("tools", words(self.tools.iter().map(|t| t.id()).collect())),
            ("lang", self.lang.tag().to_owned()),
            (
                "today",
                self.today.map(|d| d.to_string()).unwrap_or_default(),
            ),
        ];
        let storage = match self.storage {
            StorageMode::Local => "local",
            StorageMode::None => "none",
        };
        out.push(("storage", storage.to_owned()));
        out
    }
}

/// The words of a list attribute (`tools`, `credentials`): separated by spaces, commas or both, as
/// CONTRACT §1 allows (`"checker, renewal"`).
fn list_words(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
}

fn collapse_spaces(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An absolute `http:` or `https:` URL with a host, returned trimmed. Strict on purpose: this becomes a
/// link's `href`, so `javascript:`, `data:`, relative and scheme-relative URLs are all refused.
pub fn parse_web_url(value: &str) -> Result<String, &'static str> {
    let url = value.trim();
    if url.is_empty() {
        return Err("empty");
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("contains spaces or control characters");
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Err("not an absolute http(s) address");
    };
    let scheme_ok = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    if !scheme_ok {
        return Err("only http: and https: addresses are used");
    }
    let Some(after) = rest.strip_prefix("//") else {
        return Err("not an absolute http(s) address");
    };
    let authority = after.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.strip_prefix('[').map_or_else(
        || host.split(':').next().unwrap_or(""),
        |h| h.split(']').next().unwrap_or(""),
    );
    if host.is_empty() || host.starts_with('.') || host.ends_with("..") {
        return Err("has no host name");
    }
    Ok(url.to_owned())
}

/// `name@domain.tld` without spaces or a second `@`: enough to refuse typos, not a full RFC 5322 parser.
/// Characters that would change a `mailto:` link (`?`, `#`, `&`, `%`, `/`) are refused too.
pub fn is_plausible_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && value.len() <= 254
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && value
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"?#&%/".contains(c))
}

/// A real calendar date written exactly `YYYY-MM-DD`.
pub fn parse_date(value: &str) -> Option<Date> {
    Date::parse(value)
}
