//! The association profile (CONTRACT §1): JSON `{"profile": 1, …}` read field by field. A field that
//! cannot be used falls back to its default with a warning naming it (`profile.membership.url`); the rest
//! still applies. The fields that mean what an attribute means are handed back as attribute values, so
//! the attributes' own code reads them.
//!
//! Read by hand from a [`Json`] value rather than through serde derives: each field's own warning needs
//! the reading to go on past a bad field, and this is smaller in the wasm than a derive per shape.

use super::{ConfigWarning, Lang, collapse_spaces, parse_web_url};
use crate::rules::association::Association;
pub use crate::rules::json::Json;
use crate::rules::model::Category;

/// A text the association wrote, in each language (the other language's when only one was given).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    pub en: String,
    pub es: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }
}

/// One category's fees, as the association writes them ("$85").
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryFees {
    pub category: Category,
    pub application: Option<String>,
    pub processing: Option<String>,
}

/// Where the association's own pages help (http/https only).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    pub rsc_directory: Option<String>,
    pub exam_prep: Option<String>,
    pub renewal: Option<String>,
    pub office_hours: Option<String>,
}

/// The profile's fields that no attribute has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    /// Whom to write to (`contact.name`), shown with the contact address.
    pub contact_name: Option<String>,
    pub membership_url: Option<String>,
    pub membership_fee: Option<String>,
    pub fees_url: Option<String>,
    pub fees: Vec<CategoryFees>,
    /// The association's own next steps, in order.
    pub steps: Vec<Text>,
    pub links: Links,
    /// Passed to the engine as `association` (CONTRACT §2).
    pub rules: Association,
}

impl Profile {
    pub fn fees_for(&self, category: Category) -> Option<&CategoryFees> {
        self.fees.iter().find(|f| f.category == category)
    }
}

/// The attributes the profile can give: (attribute, the profile's field, its key in the JSON).
const AS_ATTRIBUTES: [(&str, &str, &str); 5] = [
    ("association", "profile.association", "association"),
    ("apply-url", "profile.apply_url", "apply_url"),
    ("credentials", "profile.credentials", "credentials"),
    ("tools", "profile.tools", "tools"),
    ("lang", "profile.lang", "lang"),
];

/// Attribute values taken from the profile: (attribute, field name for warnings, value).
pub(super) type AttributeValues = Vec<(&'static str, &'static str, String)>;

struct Reader<'w> {
    warnings: &'w mut Vec<ConfigWarning>,
}

impl Reader<'_> {
    fn warn(&mut self, field: &str, value: &Json, message: &str) {
        self.warnings.push(ConfigWarning {
            field: field.to_owned(),
            value: match value {
                Json::List(_) | Json::Object(_) => String::new(),
                other => other.shown(),
            },
            message: message.to_owned(),
        });
    }

    /// A non-empty text with its spaces collapsed.
    fn text(&mut self, field: &str, value: &Json) -> Option<String> {
        match value.text().map(collapse_spaces) {
            Some(t) if !t.is_empty() => Some(t),
            Some(_) => None,
            None => {
                self.warn(field, value, "expected text; ignored");
                None
            }
        }
    }

    fn url(&mut self, field: &str, value: &Json) -> Option<String> {
        let Some(text) = value.text() else {
            self.warn(
                field,
                value,
                "expected an http(s) address; no link is shown",
            );
            return None;
        };
        parse_web_url(text)
            .map_err(|why| self.warn(field, value, &format!("{why}; no link is shown")))
            .ok()
    }

    /// The object's fields, or a warning that `field` is not an object.
    fn object<'j>(&mut self, field: &str, value: &'j Json) -> &'j [(String, Json)] {
        match value {
            Json::Object(fields) => fields,
            _ => {
                self.warn(field, value, "expected an object {…}; ignored");
                &[]
            }
        }
    }

    fn unknown(&mut self, field: &str, value: &Json) {
        self.warn(field, value, "unknown field; ignored");
    }

    /// `{en, es}` or one text for both.
    fn localized(&mut self, field: &str, value: &Json) -> Option<Text> {
        if let Json::Object(fields) = value {
            let (mut en, mut es) = (None, None);
            for (key, v) in fields {
                match key.as_str() {
                    "en" => en = self.text(&format!("{field}.en"), v),
                    "es" => es = self.text(&format!("{field}.es"), v),
                    _ => self.unknown(&format!("{field}.{key}"), v),
                }
            }
            return match (en, es) {
                (Some(en), Some(es)) => Some(Text { en, es }),
                (Some(one), None) | (None, Some(one)) => Some(Text {
                    en: one.clone(),
                    es: one,
                }),
                (None, None) => {
                    self.warn(field, value, "has neither en nor es; ignored");
                    None
                }
            };
        }
        self.text(field, value).map(|t| Text {
            en: t.clone(),
            es: t,
        })
    }
}

/// Reads a profile: the attribute values it gives, and the rest.
pub(super) fn read_profile(
    json: &Json,
    warnings: &mut Vec<ConfigWarning>,
) -> (AttributeValues, Profile) {
    let mut r = Reader { warnings };
    let mut attributes = Vec::new();
    let mut profile = Profile::default();
    let Json::Object(fields) = json else {
        r.warn(
            "profile",
            json,
            "not a JSON object like {\"profile\": 1, …}; the profile is ignored",
        );
        return (attributes, profile);
    };
    match fields.iter().find(|(k, _)| k == "profile").map(|(_, v)| v) {
        Some(Json::Number(n)) if *n == 1.0 => {}
        Some(Json::Number(n)) if *n > 1.0 => r.warn(
            "profile",
            &Json::Number(*n),
            "written for a newer release; only the fields this release knows are read",
        ),
        other => r.warn(
            "profile",
            other.unwrap_or(&Json::Null),
            "expected \"profile\": 1 (the format's version); the fields are read anyway",
        ),
    }
    for (key, value) in fields {
        let field = format!("profile.{key}");
        match key.as_str() {
            "profile" => {}
            "credentials" | "tools" => {
                let words = match value {
                    Json::Text(t) => Some(t.clone()),
                    Json::List(items) if items.iter().all(|i| i.text().is_some()) => Some(
                        items
                            .iter()
                            .filter_map(Json::text)
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    _ => {
                        r.warn(&field, value, "expected a list of words; ignored");
                        None
                    }
                };
                if let (Some(words), Some((attribute, name, _))) = (
                    words,
                    AS_ATTRIBUTES.iter().find(|(_, _, k)| *k == key.as_str()),
                ) {
                    attributes.push((*attribute, *name, words));
                }
            }
            "association" | "apply_url" | "lang" => {
                let found = AS_ATTRIBUTES.iter().find(|(_, _, k)| *k == key.as_str());
                match (value.text(), found) {
                    (Some(text), Some((attribute, name, _))) => {
                        attributes.push((*attribute, *name, text.to_owned()))
                    }
                    _ => r.warn(&field, value, "expected text; ignored"),
                }
            }
            "contact" => {
                for (k, v) in r.object(&field, value) {
                    match k.as_str() {
                        "name" => profile.contact_name = r.text("profile.contact.name", v),
                        "email" => match v.text() {
                            Some(email) => attributes.push((
                                "contact-email",
                                "profile.contact.email",
                                email.to_owned(),
                            )),
                            None => r.warn("profile.contact.email", v, "expected text; ignored"),
                        },
                        _ => r.unknown(&format!("{field}.{k}"), v),
                    }
                }
            }
            "membership" => {
                for (k, v) in r.object(&field, value) {
                    match k.as_str() {
                        "url" => profile.membership_url = r.url("profile.membership.url", v),
                        "fee" => profile.membership_fee = r.text("profile.membership.fee", v),
                        _ => r.unknown(&format!("{field}.{k}"), v),
                    }
                }
            }
            "fees" => {
                for (k, v) in r.object(&field, value) {
                    let name = format!("{field}.{k}");
                    if k == "url" {
                        profile.fees_url = r.url(&name, v);
                        continue;
                    }
                    let Some(category) = Category::ALL.into_iter().find(|c| c.id() == k) else {
                        r.warn(
                            &name,
                            v,
                            "not a category id (e.g. family_specialist) or url; ignored",
                        );
                        continue;
                    };
                    let mut fees = CategoryFees {
                        category,
                        application: None,
                        processing: None,
                    };
                    for (kind, text) in r.object(&name, v) {
                        let inner = format!("{name}.{kind}");
                        match kind.as_str() {
                            "application" => fees.application = r.text(&inner, text),
                            "processing" => fees.processing = r.text(&inner, text),
                            _ => r.unknown(&inner, text),
                        }
                    }
                    if fees.application.is_some() || fees.processing.is_some() {
                        profile.fees.push(fees);
                    }
                }
            }
            "steps" => match value {
                Json::List(items) => {
                    for (i, item) in items.iter().enumerate() {
                        if let Some(step) = r.localized(&format!("{field}[{i}]"), item) {
                            profile.steps.push(step);
                        }
                    }
                }
                _ => r.warn(&field, value, "expected a list of texts; ignored"),
            },
            "links" => {
                for (k, v) in r.object(&field, value) {
                    let name = format!("{field}.{k}");
                    let slot = match k.as_str() {
                        "rsc_directory" => &mut profile.links.rsc_directory,
                        "exam_prep" => &mut profile.links.exam_prep,
                        "renewal" => &mut profile.links.renewal,
                        "office_hours" => &mut profile.links.office_hours,
                        _ => {
                            r.unknown(&name, v);
                            continue;
                        }
                    };
                    *slot = r.url(&name, v);
                }
            }
            "rules" => {
                let mut warn = |f: &str, v: &Json, m: &str| r.warn(f, v, m);
                profile.rules = Association::read(value, "profile.rules", &mut warn);
            }
            _ => r.unknown(&field, value),
        }
    }
    (attributes, profile)
}
