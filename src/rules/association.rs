//! An association's own variations of the default rules (CONTRACT §2 `association`, the profile's
//! `rules`). None of them is a default: each is configuration an association gives, and the outputs name
//! the ones that changed an answer ([`AssociationRule`]). [assoc]

use super::date::Date;
use super::model::{Category, Hours, TrainingKind};
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

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        MonthDay::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a day of the year as MM-DD"))
        })
    }
}

/// Whom a sub-requirement applies to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    /// People who provide RSC (the renewal input's `provides_rsc`).
    #[default]
    RscProviders,
    Everyone,
}

/// What a sub-requirement is a part of: the renewal's training hours (the only one known).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Of {
    #[default]
    Training,
}

/// `hours` of the renewal's training hours must be of training `kind`, for `who`
/// (e.g. 9 of the 45 hours on providing RSC, for those who provide RSC).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubRequirement {
    pub kind: TrainingKind,
    pub hours: Hours,
    #[serde(default)]
    pub of: Of,
    #[serde(default)]
    pub who: Who,
}

/// The association's variations; every field optional, absent = the default rule.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
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

    /// The sub-requirements that apply to this person.
    pub fn sub_requirements(&self, provides_rsc: bool) -> impl Iterator<Item = &SubRequirement> {
        self.renewal_sub_requirements
            .iter()
            .filter(move |s| provides_rsc || s.who == Who::Everyone)
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
