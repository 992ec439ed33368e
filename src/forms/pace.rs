//! The pace planner's input: the hours a month a person expects to add, as typed, one field per rate the
//! category needs (`CategoryRules::pace_rates`).

use super::{NumberStyle, Problem, parse_non_negative};
use crate::rules::model::{Hours, Pace};
use crate::rules::{CategoryRules, PaceRate};

/// The text of each rate's field, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaceDraft {
    pub training: String,
    pub rsc: String,
    pub rsc_provision: String,
}

impl PaceDraft {
    pub fn text(&self, rate: PaceRate) -> &str {
        match rate {
            PaceRate::Training => &self.training,
            PaceRate::Rsc => &self.rsc,
            PaceRate::RscProvision => &self.rsc_provision,
        }
    }

    pub fn set(&mut self, rate: PaceRate, text: String) {
        match rate {
            PaceRate::Training => self.training = text,
            PaceRate::Rsc => self.rsc = text,
            PaceRate::RscProvision => self.rsc_provision = text,
        }
    }

    /// The pace over `rates`, and the problem of each field that does not read. An empty field is 0 a
    /// month; with every field empty (or one unreadable) there is no pace to plan by.
    pub fn read(
        &self,
        rules: &CategoryRules,
        style: NumberStyle,
    ) -> (Option<Pace>, Vec<(PaceRate, Problem)>) {
        let mut pace = Pace::default();
        let mut problems = Vec::new();
        let mut typed = false;
        for rate in rules.pace_rates() {
            let text = self.text(rate);
            let hours = match parse_non_negative(text, style).map(Hours::new) {
                Ok(Some(hours)) => hours,
                Err(Problem::Missing) => continue,
                Ok(None) => {
                    problems.push((rate, Problem::NotANumber));
                    continue;
                }
                Err(problem) => {
                    problems.push((rate, problem));
                    continue;
                }
            };
            typed = true;
            match rate {
                PaceRate::Training => pace.training_hours_per_month = hours,
                PaceRate::Rsc => pace.rsc_hours_per_month = hours,
                PaceRate::RscProvision => pace.rsc_provision_hours_per_month = hours,
            }
        }
        ((typed && problems.is_empty()).then_some(pace), problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::rules::{Category, EDITION_2025};

    /// Mentor – Clinical asks for training, RSC and RSC about one's own provision: all three rates.
    fn all() -> &'static CategoryRules {
        EDITION_2025.category(Category::MentorClinical)
    }

    fn draft(training: &str, rsc: &str, rsc_provision: &str) -> PaceDraft {
        PaceDraft {
            training: training.into(),
            rsc: rsc.into(),
            rsc_provision: rsc_provision.into(),
        }
    }

    #[test]
    fn reads_each_language_and_treats_an_empty_field_as_zero() {
        let (pace, problems) = draft("1,5", "", "2").read(all(), NumberStyle::COMMA);
        assert!(problems.is_empty());
        let pace = pace.unwrap();
        assert_eq!(pace.training_hours_per_month.get(), 1.5);
        assert_eq!(pace.rsc_hours_per_month.get(), 0.0);
        assert_eq!(pace.rsc_provision_hours_per_month.get(), 2.0);
        let (pace, _) = draft("2.5", "", "").read(all(), NumberStyle::POINT);
        assert_eq!(pace.map(|p| p.training_hours_per_month.get()), Some(2.5));
    }

    #[test]
    fn nothing_typed_is_no_pace_and_bad_text_names_its_field() {
        assert_eq!(
            draft("", "", "").read(all(), NumberStyle::POINT),
            (None, vec![])
        );
        let (pace, problems) = draft("2", "two", "-1").read(all(), NumberStyle::POINT);
        assert_eq!(pace, None);
        assert_eq!(
            problems,
            [
                (PaceRate::Rsc, Problem::NotANumber),
                (PaceRate::RscProvision, Problem::Negative)
            ]
        );
        // Only the category's rates are read: a stale field of another category is ignored.
        let family_associate = EDITION_2025.category(Category::FamilyAssociate);
        let (pace, problems) = draft("3", "two", "").read(family_associate, NumberStyle::POINT);
        assert!(problems.is_empty());
        assert_eq!(pace.map(|p| p.training_hours_per_month.get()), Some(3.0));
    }
}
