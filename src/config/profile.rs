//! The association profile (CONTRACT §1): JSON `{"profile": 1, …}` read field by field. A field that
//! cannot be used falls back to its default with a warning naming it (`profile.membership.url`); the rest
//! still applies. The fields that mean what an attribute means are handed back as attribute values, so
//! the attributes' own code reads them.
//!
//! Read by hand from a [`Json`] value rather than through serde derives: each field's own warning needs
//! the reading to go on past a bad field, and this is smaller in the wasm than a derive per shape.

use super::{ConfigWarning, Lang, collapse_spaces, parse_web_url};
use crate::rules::association::{Association, MonthDay, Of, SubRequirement, Who};
use crate::rules::model::{Category, Hours, TrainingKind};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A JSON value, as the page's `JSON.parse` (or `serde_json` natively) gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn text(&self) -> Option<&str> {
        match self {
            Json::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The value as it is shown in a warning: text as it is, anything else by its kind.
    fn shown(&self) -> String {
        match self {
            Json::Text(t) => t.clone(),
            Json::Number(n) => n.to_string(),
            Json::Bool(b) => b.to_string(),
            Json::Null => "null".to_owned(),
            Json::List(_) => "[…]".to_owned(),
            Json::Object(_) => "{…}".to_owned(),
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::Text(v))
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry::<String, Json>()? {
            fields.push(entry);
        }
        Ok(Json::Object(fields))
    }
}

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
            "rules" => profile.rules = read_rules(&mut r, value),
            _ => r.unknown(&field, value),
        }
    }
    (attributes, profile)
}

/// The profile's `rules`, each checked as the engine would read it.
fn read_rules(r: &mut Reader, value: &Json) -> Association {
    let mut rules = Association::default();
    let day = |r: &mut Reader, name: &str, v: &Json, default: &str| {
        let parsed = v.text().and_then(MonthDay::parse);
        if parsed.is_none() {
            r.warn(
                name,
                v,
                &format!("not a day of the year written MM-DD (e.g. 12-15); {default}"),
            );
        }
        parsed
    };
    for (k, v) in r.object("profile.rules", value) {
        let name = format!("profile.rules.{k}");
        match k.as_str() {
            "ers_add_on_for" => {
                let Json::List(items) = v else {
                    r.warn(
                        &name,
                        v,
                        "expected a list of category ids; any category may add ERS",
                    );
                    continue;
                };
                let mut list = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match Category::MAIN
                        .into_iter()
                        .find(|c| Some(c.id()) == item.text())
                    {
                        Some(c) => list.push(c),
                        None => r.warn(
                            &format!("{name}[{i}]"),
                            item,
                            "not one of the six category ids (e.g. family_specialist); ignored",
                        ),
                    }
                }
                if list.is_empty() {
                    r.warn(&name, v, "no category listed; any category may add ERS");
                } else {
                    rules.ers_add_on_for = Some(list);
                }
            }
            "renewal_deadline" => {
                rules.renewal_deadline = day(r, &name, v, "the deadline stays 31 December")
            }
            "window_opens" => {
                rules.window_opens = day(r, &name, v, "the window opens on 1 October")
            }
            "renewal_sub_requirements" => {
                let Json::List(items) = v else {
                    r.warn(&name, v, "expected a list; ignored");
                    continue;
                };
                for (i, item) in items.iter().enumerate() {
                    if let Some(sub) = read_sub_requirement(r, &format!("{name}[{i}]"), item) {
                        rules.renewal_sub_requirements.push(sub);
                    }
                }
            }
            _ => r.unknown(&name, v),
        }
    }
    // A window that would open after its deadline is a slip: keep the default day that makes sense.
    let deadline = rules
        .renewal_deadline
        .unwrap_or(MonthDay { month: 12, day: 31 });
    let opens = rules.window_opens.unwrap_or(MonthDay { month: 10, day: 1 });
    if opens > deadline {
        if rules.window_opens.is_some() {
            r.warn(
                "profile.rules.window_opens",
                &Json::Null,
                "falls after the renewal deadline; the window opens on 1 October",
            );
            rules.window_opens = None;
        }
        if rules
            .renewal_deadline
            .is_some_and(|d| d < MonthDay { month: 10, day: 1 })
        {
            r.warn(
                "profile.rules.renewal_deadline",
                &Json::Null,
                "falls before the window opens (10-01); give window_opens as well; the deadline stays 31 December",
            );
            rules.renewal_deadline = None;
        }
    }
    rules
}

fn read_sub_requirement(r: &mut Reader, name: &str, value: &Json) -> Option<SubRequirement> {
    let (mut kind, mut hours, mut who) = (None, None, Who::RscProviders);
    let mut fine = true;
    for (k, v) in r.object(name, value) {
        let field = format!("{name}.{k}");
        match k.as_str() {
            "kind" => {
                kind = TrainingKind::ALL
                    .into_iter()
                    .find(|t| Some(t.id()) == v.text());
                if kind.is_none() {
                    r.warn(
                        &field,
                        v,
                        "expected general, rsc_provision or psychotherapy",
                    );
                }
            }
            "hours" => {
                hours = match v {
                    Json::Number(n) if *n > 0.0 => Hours::new(*n),
                    _ => None,
                };
                if hours.is_none() {
                    r.warn(&field, v, "expected a number of hours above 0");
                }
            }
            "of" if v.text() == Some("training") => {}
            "of" => {
                r.warn(
                    &field,
                    v,
                    "expected \"training\" (the only kind of hours it can be part of)",
                );
                fine = false;
            }
            "who" => match v.text() {
                Some("rsc_providers") => who = Who::RscProviders,
                Some("everyone") => who = Who::Everyone,
                _ => {
                    r.warn(&field, v, "expected rsc_providers or everyone");
                    fine = false;
                }
            },
            _ => r.unknown(&field, v),
        }
    }
    match (kind, hours, fine) {
        (Some(kind), Some(hours), true) => Some(SubRequirement {
            kind,
            hours,
            of: Of::Training,
            who,
        }),
        _ => {
            r.warn(
                name,
                value,
                "needs a kind and hours; this sub-requirement is ignored",
            );
            None
        }
    }
}
