//! Carrying the finder's answers into the checker: the answers to "Find my category" become a prefilled
//! profile for the category the person chose, so that nobody types the same years and families twice.
//!
//! Every entry made here is a reading of an answer, not something the person entered: the answer "3 years"
//! becomes a position held for exactly three years up to today. The checker shows these entries as coming
//! from the answers, for the person to confirm or correct the dates, and merges them only with consent.

use crate::rules::model::{Count, Degree, WorkEntry, WorkScope};
use crate::rules::recommend::category_scope;
use crate::rules::ruleset::WorkKind;
use crate::rules::{Answers, Category, Credential, Date, Profile, Ruleset, model::RoleScope};

/// The profile the checker starts from for `category` and `credential`, made from the finder's `answers`
/// on `today`:
/// - the degree answered, as a degree entry (none for "no degree");
/// - the years in the scope of the primary role, as one current position in that scope, with the families
///   answered;
/// - for the mentor categories, the years as a practice leader as a leadership position; for categories
///   that count years providing reflective supervision, those years as a position providing it;
/// - the endorsements held.
///
/// Hours of training and RSC are not asked by the finder, so none are made up.
pub fn profile_from_answers(
    ruleset: &Ruleset,
    answers: &Answers,
    category: Category,
    credential: Credential,
    today: Date,
) -> Profile {
    let rules = ruleset.category(category);
    let days_per_year = ruleset.training.days_per_work_year;
    let most_years = ruleset.answer_limits.years;
    let scope = work_scope(match answers.scope {
        RoleScope::NotSure => category_scope(category),
        answered => answered,
    });
    let position = |years: f64| {
        held_for(years, most_years, days_per_year, today).map(|start| WorkEntry::new(scope, start))
    };

    let mut profile = Profile::empty(category);
    profile.credential = credential;
    profile.endorsed_in = answers.endorsed_in.clone();
    if answers.degree.is_degree() {
        profile.degrees.push(Degree {
            level: answers.degree,
            competencies: Vec::new(),
        });
    }
    if let Some(mut work) = position(answers.years_in_scope.get()) {
        work.families_served = Count(answers.families_served.0);
        work.psychotherapy = answers.psychotherapy == Some(true);
        work.post_graduate = answers.degree.is_post_graduate();
        profile.work.push(work);
    }
    let counts_leadership = matches!(rules.work, Some((WorkKind::Leadership, _)));
    if counts_leadership && let Some(mut work) = position(answers.leader_years.get()) {
        work.leadership = true;
        profile.work.push(work);
    }
    if rules.rsc_provider_years.is_some()
        && let Some(mut work) = position(answers.provides_rsc_years.get())
    {
        work.provides_rsc = true;
        profile.work.push(work);
    }
    profile
}

/// The work scope of a position in the role the finder asked about. Policy and research/faculty roles are
/// macro-level work.
fn work_scope(scope: RoleScope) -> WorkScope {
    match scope {
        RoleScope::Promotion | RoleScope::NotSure => WorkScope::Promotion,
        RoleScope::Prevention => WorkScope::Prevention,
        RoleScope::Clinical => WorkScope::Clinical,
        RoleScope::Policy | RoleScope::ResearchFaculty => WorkScope::Macro,
    }
}

/// The start of a position still held today that counts `years`, at most `most_years`, in the checker's
/// own measure (`days_per_year` days a year, first and last day included, floored to hundredths of a
/// year). Part of a day rounds up, so the checker never shows less than was answered (2.25 years is
/// 821.25 days: 822). The nanoday taken off first keeps a product like 365.00000000000006 from becoming a
/// whole extra day. `None` for no time at all.
fn held_for(years: f64, most_years: f64, days_per_year: f64, today: Date) -> Option<Date> {
    let days = (years.clamp(0.0, most_years) * days_per_year - 1e-9).ceil() as i32;
    (days > 0).then(|| today.add_days(1 - days))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{DegreeLevel, Hours};
    use crate::rules::{EDITION_2025, check};
    use serde_json::Value;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn hours(value: f64) -> Hours {
        Hours::new(value).unwrap()
    }

    /// Maria from issue 9: a home visitor with a bachelor's degree, 3 years of prevention work and 25
    /// families. Her 20 h of training and 10 h of RSC are not finder questions.
    fn maria() -> Answers {
        Answers {
            scope: RoleScope::Prevention,
            degree: DegreeLevel::Bachelor,
            years_in_scope: hours(3.0),
            families_served: Count(25),
            psychotherapy: Some(false),
            ..Answers::default()
        }
    }

    fn checked(profile: &Profile, today: Date) -> Value {
        let profile = Profile {
            today: Some(today),
            ..profile.clone()
        };
        serde_json::to_value(check(&profile).unwrap()).unwrap()
    }

    #[test]
    fn maria_lands_on_a_checker_that_knows_her_years_and_families() {
        let today = date("2026-12-01");
        let profile = profile_from_answers(
            &EDITION_2025,
            &maria(),
            Category::FamilySpecialist,
            Credential::Imh,
            today,
        );
        assert_eq!(profile.category, Category::FamilySpecialist);
        assert_eq!(profile.credential, Credential::Imh);
        assert_eq!(profile.degrees.len(), 1);
        assert_eq!(profile.degrees[0].level, DegreeLevel::Bachelor);
        assert_eq!(profile.work.len(), 1);
        let work = &profile.work[0];
        assert_eq!(work.scope, WorkScope::Prevention);
        assert_eq!(work.end, None, "a position still held, ending today");
        assert_eq!(work.families_served, Count(25));
        assert!(!work.psychotherapy && !work.leadership && !work.provides_rsc);
        // 3 × 365 days, today included (2024 has a February 29).
        assert_eq!(work.start, date("2023-12-03"));
        assert!(profile.trainings.is_empty() && profile.rsc.is_empty());

        let report = checked(&profile, today);
        let requirements = &report["requirements"];
        assert_eq!(requirements["work_years"]["have"], 3.0);
        assert_eq!(requirements["work_years"]["met"], true);
        assert_eq!(requirements["families_served"]["have"], 25.0);
        assert_eq!(requirements["families_served"]["met"], true);
        assert_eq!(requirements["training_hours"]["have"], 0.0);
    }

    #[test]
    fn fractions_of_a_year_count_as_answered() {
        let today = date("2026-12-01");
        for years in [0.1, 0.5, 1.0, 1.1, 2.25, 2.5, 2.99, 7.0] {
            let answers = Answers {
                years_in_scope: hours(years),
                ..maria()
            };
            let profile = profile_from_answers(
                &EDITION_2025,
                &answers,
                Category::FamilySpecialist,
                Credential::Imh,
                today,
            );
            let have = checked(&profile, today)["requirements"]["work_years"]["have"].clone();
            assert_eq!(have, years, "{years} years");
        }
    }

    #[test]
    fn every_hundredth_of_a_year_up_to_ten_counts_as_answered() {
        let today = date("2026-12-01");
        for hundredths in 1..=1000 {
            let years = f64::from(hundredths) / 100.0;
            let start = held_for(
                years,
                EDITION_2025.answer_limits.years,
                EDITION_2025.training.days_per_work_year,
                today,
            )
            .unwrap();
            let days = start.days_until(today) + 1;
            let counted = (f64::from(days) * 100.0 / 365.0).floor() / 100.0;
            assert_eq!(counted, years, "{years} years: {days} days");
        }
    }

    #[test]
    fn no_years_no_position_no_degree_no_degree_entry() {
        let answers = Answers {
            scope: RoleScope::Promotion,
            ..Answers::default()
        };
        let profile = profile_from_answers(
            &EDITION_2025,
            &answers,
            Category::FamilyAssociate,
            Credential::Ecmh,
            date("2026-12-01"),
        );
        assert!(profile.work.is_empty() && profile.degrees.is_empty());
        assert_eq!(profile.credential, Credential::Ecmh);
    }

    #[test]
    fn mentors_get_their_leadership_years_and_endorsements_held() {
        let today = date("2026-12-01");
        let answers = Answers {
            scope: RoleScope::Policy,
            degree: DegreeLevel::Master,
            years_in_scope: hours(6.0),
            leader_years: hours(4.0),
            provides_rsc_years: hours(2.0),
            endorsed_in: vec![Category::FamilySpecialist],
            ..Answers::default()
        };
        let profile = profile_from_answers(
            &EDITION_2025,
            &answers,
            Category::MentorPolicy,
            Credential::Imh,
            today,
        );
        assert_eq!(profile.endorsed_in, [Category::FamilySpecialist]);
        let leadership: Vec<&WorkEntry> = profile.work.iter().filter(|w| w.leadership).collect();
        assert_eq!(leadership.len(), 1);
        assert_eq!(leadership[0].scope, WorkScope::Macro);
        assert_eq!(leadership[0].families_served, Count(0));
        // Policy mentors do not count years providing RSC, so none are made into a position.
        assert!(profile.work.iter().all(|w| !w.provides_rsc));
        let report = checked(&profile, today);
        assert_eq!(report["requirements"]["work_years"]["have"], 4.0);
    }

    #[test]
    fn the_reflective_supervisor_add_on_gets_the_years_providing_rsc() {
        let today = date("2026-12-01");
        let answers = Answers {
            scope: RoleScope::NotSure,
            years_in_scope: hours(5.0),
            provides_rsc_years: hours(1.5),
            ..Answers::default()
        };
        let profile = profile_from_answers(
            &EDITION_2025,
            &answers,
            Category::ReflectiveSupervisor,
            Credential::Imh,
            today,
        );
        assert_eq!(profile.work.iter().filter(|w| w.provides_rsc).count(), 1);
        let report = checked(&profile, today);
        assert_eq!(report["requirements"]["rsc_provider_years"]["have"], 1.5);
    }

    #[test]
    fn a_huge_answer_stays_a_date() {
        let answers = Answers {
            years_in_scope: hours(1e300),
            ..maria()
        };
        let profile = profile_from_answers(
            &EDITION_2025,
            &answers,
            Category::FamilySpecialist,
            Credential::Imh,
            date("2026-12-01"),
        );
        assert!(profile.work[0].start.year() >= 1946);
    }
}
