//! An association's own variations of the default rules (CONTRACT §2 `association`, the profile's
//! `rules`). None of them is a default: each is configuration an association gives, and the outputs name
//! the ones that changed an answer ([`AssociationRule`]). [assoc]

use super::date::Date;
use super::json::{Json, Warn, object};
use super::model::{Category, Hours, TrainingKind};
use super::read::ReadJson;
use super::renewal::HoursProgress;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A month and day that every year has (`02-29` is refused), written `MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    /// Reads exactly `MM-DD`.
    pub fn parse(text: &str) -> Option<MonthDay> {
        let b = text.as_bytes();
        if b.len() != 5 || b[2] != b'-' {
            return None;
        }
        let number = |part: &str| {
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        let month = number(text.get(0..2)?)?;
        let day = number(text.get(3..5)?)?;
        // 2025 is not a leap year: a day valid in it is valid in every year.
        Date::from_ymd(2025, month, day)?;
        Some(MonthDay { month, day })
    }

    /// This month and day in `year` (every year has it; the year's last day if `year` is out of range).
    pub fn in_year(self, year: i32) -> Date {
        Date::from_ymd(year, self.month, self.day).unwrap_or(Date::year_end(year))
    }
}

impl Serialize for MonthDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("{:02}-{:02}", self.month, self.day))
    }
}

/// Whom a sub-requirement applies to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    /// People who provide RSC (the renewal input's `provides_rsc`).
    #[default]
    RscProviders,
    Everyone,
}

/// What a sub-requirement is a part of: the renewal's training hours (the only one known).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Of {
    #[default]
    Training,
}

/// `hours` of the renewal's training hours must be of training `kind`, for `who`
/// (e.g. 9 of the 45 hours on providing RSC, for those who provide RSC).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SubRequirement {
    pub kind: TrainingKind,
    pub hours: Hours,
    pub of: Of,
    pub who: Who,
}

/// The association's variations; every field optional, absent = the default rule.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Association {
    /// Holders of these categories may add ERS; `None`: holders of any category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ers_add_on_for: Option<Vec<Category>>,
    /// The renewal deadline's day in the renewal year; `None`: December 31.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renewal_deadline: Option<MonthDay>,
    /// The renewal window's first day; `None`: the ruleset's (October 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_opens: Option<MonthDay>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub renewal_sub_requirements: Vec<SubRequirement>,
}

/// An association rule that changed an answer, named in the outputs (`"association": [...]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssociationRule {
    ErsAddOnFor,
    RenewalDeadline,
    WindowOpens,
    RenewalSubRequirements,
}

impl Association {
    /// No variation at all: inputs without `association` serialize as before.
    pub fn is_default(&self) -> bool {
        *self == Association::default()
    }

    /// Whether someone endorsed in `endorsed_in` may add ERS: an endorsement in one of the six
    /// categories [packet], and where the association limits the add-on, one of its list [assoc].
    pub fn allows_add_on(&self, endorsed_in: &[Category]) -> bool {
        endorsed_in.iter().any(|c| {
            !c.is_add_on()
                && self
                    .ers_add_on_for
                    .as_ref()
                    .is_none_or(|list| list.contains(c))
        })
    }

    /// Whether the association limits the add-on to some categories, leaving out `category`.
    pub fn limits_add_on_for(&self, category: Category) -> bool {
        self.ers_add_on_for
            .as_ref()
            .is_some_and(|list| !list.contains(&category))
    }

    /// The renewal deadline in `year`: the association's day, else December 31. [packet][assoc]
    pub fn deadline(&self, year: i32) -> Date {
        self.renewal_deadline
            .map_or(Date::year_end(year), |d| d.in_year(year))
    }

    /// The renewal rules that differ from the defaults, as the renewal output names them.
    pub fn renewal_rules_used(&self, sub_requirements: bool) -> Vec<AssociationRule> {
        let mut used = Vec::new();
        if self.renewal_deadline.is_some() {
            used.push(AssociationRule::RenewalDeadline);
        }
        if self.window_opens.is_some() {
            used.push(AssociationRule::WindowOpens);
        }
        if sub_requirements {
            used.push(AssociationRule::RenewalSubRequirements);
        }
        used
    }

    /// The sub-requirements that apply to this person.
    pub fn sub_requirements(&self, provides_rsc: bool) -> impl Iterator<Item = &SubRequirement> {
        self.renewal_sub_requirements
            .iter()
            .filter(move |s| provides_rsc || s.who == Who::Everyone)
    }
}

/// The profile's `rules`, each checked as the engine would read it.
impl Association {
    /// Reads the rules from `value`, calling `warn` for each one that cannot be used (named under
    /// `prefix`, e.g. `profile.rules.renewal_deadline`); the others still apply.
    pub fn read(value: &Json, prefix: &str, warn: &mut Warn) -> Association {
        let mut rules = Association::default();
        let day = |warn: &mut Warn, name: &str, v: &Json, default: &str| {
            let parsed = v.text().and_then(MonthDay::parse);
            if parsed.is_none() {
                warn(
                    name,
                    v,
                    &format!("not a day of the year written MM-DD (e.g. 12-15); {default}"),
                );
            }
            parsed
        };
        for (k, v) in object(warn, prefix, value) {
            let name = format!("{prefix}.{k}");
            match k.as_str() {
                "ers_add_on_for" => {
                    let Json::List(items) = v else {
                        warn(
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
                            None => warn(
                                &format!("{name}[{i}]"),
                                item,
                                "not one of the six category ids (e.g. family_specialist); ignored",
                            ),
                        }
                    }
                    if list.is_empty() {
                        warn(&name, v, "no category listed; any category may add ERS");
                    } else {
                        rules.ers_add_on_for = Some(list);
                    }
                }
                "renewal_deadline" => {
                    rules.renewal_deadline = day(warn, &name, v, "the deadline stays 31 December")
                }
                "window_opens" => {
                    rules.window_opens = day(warn, &name, v, "the window opens on 1 October")
                }
                "renewal_sub_requirements" => {
                    let Json::List(items) = v else {
                        warn(&name, v, "expected a list; ignored");
                        continue;
                    };
                    for (i, item) in items.iter().enumerate() {
                        if let Some(sub) = read_sub_requirement(warn, &format!("{name}[{i}]"), item)
                        {
                            rules.renewal_sub_requirements.push(sub);
                        }
                    }
                }
                _ => warn(&name, v, "unknown field; ignored"),
            }
        }
        // A window that would open after its deadline is a slip: keep the default day that makes sense.
        let deadline = rules
            .renewal_deadline
            .unwrap_or(MonthDay { month: 12, day: 31 });
        let opens = rules.window_opens.unwrap_or(MonthDay { month: 10, day: 1 });
        if opens > deadline {
            if rules.window_opens.is_some() {
                warn(
                    &format!("{prefix}.window_opens"),
                    &Json::Null,
                    "falls after the renewal deadline; the window opens on 1 October",
                );
                rules.window_opens = None;
            }
            if rules
                .renewal_deadline
                .is_some_and(|d| d < MonthDay { month: 10, day: 1 })
            {
                warn(
                    &format!("{prefix}.renewal_deadline"),
                    &Json::Null,
                    "falls before the window opens (10-01); give window_opens as well; the deadline stays 31 December",
                );
                rules.renewal_deadline = None;
            }
        }
        rules
    }
}

fn read_sub_requirement(warn: &mut Warn, name: &str, value: &Json) -> Option<SubRequirement> {
    let (mut kind, mut hours, mut who) = (None, None, Who::RscProviders);
    let mut fine = true;
    for (k, v) in object(warn, name, value) {
        let field = format!("{name}.{k}");
        match k.as_str() {
            "kind" => {
                kind = TrainingKind::ALL
                    .into_iter()
                    .find(|t| Some(t.id()) == v.text());
                if kind.is_none() {
                    warn(
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
                    warn(&field, v, "expected a number of hours above 0");
                }
            }
            "of" if v.text() == Some("training") => {}
            "of" => {
                warn(
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
                    warn(&field, v, "expected rsc_providers or everyone");
                    fine = false;
                }
            },
            _ => warn(&field, v, "unknown field; ignored"),
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
            warn(
                name,
                value,
                "needs a kind and hours; this sub-requirement is ignored",
            );
            None
        }
    }
}

/// One sub-requirement against the training logged in the cycle: `{kind, who, need, have, remaining,
/// met}`, the training's shape with the kind and whom it is for.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SubProgress {
    pub kind: TrainingKind,
    /// Who it applies to, so that the answer can say why it is asked of this person.
    pub who: Who,
    pub need: f64,
    pub have: f64,
    pub remaining: f64,
    pub met: bool,
}

impl SubProgress {
    /// The hours as the training's are given.
    pub fn hours(&self) -> HoursProgress {
        HoursProgress {
            need: self.need,
            have: self.have,
            remaining: self.remaining,
            met: self.met,
        }
    }
}

impl Association {
    /// The sub-requirements that apply to this person, against `trainings` (kind, hours) counted in the
    /// cycle. A part is never more than the whole: `need` stops at the cycle's `training_need`.
    pub fn sub_progress(
        &self,
        provides_rsc: bool,
        training_need: f64,
        trainings: &[(TrainingKind, f64)],
    ) -> Vec<SubProgress> {
        self.sub_requirements(provides_rsc)
            .map(|s| {
                let have = super::total(
                    trainings
                        .iter()
                        .filter(|(kind, _)| *kind == s.kind)
                        .map(|(_, hours)| *hours),
                );
                let hours = HoursProgress::new(s.hours.get().min(training_need), have);
                SubProgress {
                    kind: s.kind,
                    who: s.who,
                    need: hours.need,
                    have: hours.have,
                    remaining: hours.remaining,
                    met: hours.met,
                }
            })
            .collect()
    }

    /// Whether a sub-requirement asks something of RSC providers only: then the renewal asks whether the
    /// person provides RSC.
    pub fn asks_rsc_providers(&self) -> bool {
        self.renewal_sub_requirements
            .iter()
            .any(|s| s.who == Who::RscProviders)
    }
}

impl<'de> Deserialize<'de> for Association {
    /// The contract's reader ([`ReadJson`]), failing at the first rule that cannot be used.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = Json::deserialize(deserializer)?;
        Association::read_json(&json).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_day_reads_only_days_every_year_has() {
        assert_eq!(
            MonthDay::parse("12-15"),
            Some(MonthDay { month: 12, day: 15 })
        );
        for bad in [
            "02-29", "13-01", "12-32", "1-15", "12/15", "12-1a", "", "+1-15",
        ] {
            assert_eq!(MonthDay::parse(bad), None, "{bad}");
        }
        assert_eq!(
            MonthDay { month: 1, day: 15 }.in_year(2027),
            Date::from_ymd(2027, 1, 15).unwrap()
        );
    }

    #[test]
    fn the_add_on_follows_any_main_category_unless_limited() {
        let open = Association::default();
        assert!(open.allows_add_on(&[Category::FamilyAssociate]));
        assert!(!open.allows_add_on(&[Category::ReflectiveSupervisorEmerging]));
        let limited = Association {
            ers_add_on_for: Some(vec![
                Category::FamilySpecialist,
                Category::MentalHealthSpecialist,
            ]),
            ..Association::default()
        };
        assert!(!limited.allows_add_on(&[Category::FamilyAssociate]));
        assert!(limited.allows_add_on(&[Category::FamilyAssociate, Category::FamilySpecialist]));
        assert!(limited.limits_add_on_for(Category::MentorPolicy));
        assert!(!limited.limits_add_on_for(Category::FamilySpecialist));
    }
}
