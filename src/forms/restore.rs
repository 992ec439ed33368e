//! Filling a tool from its contract input, and reading back what it holds: the two halves of share
//! links, export files and the finder's answers carried into the checker.
//!
//! Restoring keeps to what the input says. Numbers go back into their fields as [`input_text`] writes
//! them (both number styles read that text back as the same number); training titles, which the contract
//! input does not carry, come beside it, one per training.

use super::category::{AgesChoice, CategoryState, Drafts, Step, YesNoNotSure};
use super::checker::{CheckerState, SavedChecker, TrainingRecord};
use super::input_text;
use super::renewal::{LogEntry, RenewalState};
use super::{DateStyle, NumberStyle};
use crate::rules::model::AgeGroup;
use crate::rules::{Answers, Profile, RenewalInput};

impl CategoryState {
    /// The questionnaire answered as in `answers`: on the result when every question it asks has an
    /// answer, otherwise on the first one that has none.
    pub fn from_answers(answers: &Answers, style: NumberStyle) -> CategoryState {
        let infant = answers.ages.contains(&AgeGroup::Infant);
        let early = answers.ages.contains(&AgeGroup::EarlyChildhood);
        let provides_rsc = answers.provides_rsc_years.get() > 0.0;
        let drafts = Drafts {
            ages: match (infant, early) {
                (true, true) => Some(AgesChoice::Both),
                (true, false) => Some(AgesChoice::Infant),
                (false, true) => Some(AgesChoice::EarlyChildhood),
                (false, false) => None,
            },
            scope: Some(answers.scope),
            degree: Some(answers.degree),
            years_in_scope: input_text(answers.years_in_scope.get()),
            families_served: answers.families_served.0.to_string(),
            psychotherapy: Some(match answers.psychotherapy {
                Some(true) => YesNoNotSure::Yes,
                Some(false) => YesNoNotSure::No,
                None => YesNoNotSure::NotSure,
            }),
            leader_years: input_text(answers.leader_years.get()),
            provides_rsc: Some(provides_rsc),
            provides_rsc_years: if provides_rsc {
                input_text(answers.provides_rsc_years.get())
            } else {
                String::new()
            },
            endorsed_in: answers.endorsed_in.clone(),
            not_endorsed: answers.endorsed_in.is_empty(),
        };
        let step = drafts.first_unanswered(style).unwrap_or(Step::Result);
        CategoryState {
            drafts,
            step,
            ..CategoryState::default()
        }
    }

    /// Whether the person has answered anything (replacing it then needs their consent).
    pub fn has_answers(&self) -> bool {
        self.drafts != Drafts::default()
    }
}

impl CheckerState {
    /// The checker holding `profile`'s entries; `training_titles` name its trainings in order (missing
    /// ones stay untitled), `work_from_answers` are the positions still marked as readings of the finder's
    /// answers (a link or a file made before they were confirmed).
    pub fn from_profile(
        profile: &Profile,
        training_titles: &[String],
        work_from_answers: &[usize],
    ) -> CheckerState {
        let saved = SavedChecker {
            category: profile.category,
            credential: profile.credential,
            degrees: profile.degrees.clone(),
            work: profile.work.clone(),
            trainings: profile
                .trainings
                .iter()
                .enumerate()
                .map(|(i, training)| TrainingRecord {
                    title: training_titles.get(i).cloned().unwrap_or_default(),
                    training: training.clone(),
                })
                .collect(),
            rsc: profile.rsc.clone(),
            references_text: match profile.references.0 {
                0 => String::new(),
                n => n.to_string(),
            },
            endorsed_in: profile.endorsed_in.clone(),
            work_from_answers: work_from_answers.to_vec(),
            ..SavedChecker::default()
        };
        saved.into()
    }

    /// The checker holding the profile made from the finder's answers: as [`CheckerState::from_profile`],
    /// with every position marked as a reading of the answers until the person saves it from its editor.
    pub fn from_answers(profile: &Profile) -> CheckerState {
        let all: Vec<usize> = (0..profile.work.len()).collect();
        CheckerState::from_profile(profile, &[], &all)
    }

    /// The titles of the saved trainings, in order.
    pub fn training_titles(&self) -> Vec<String> {
        self.trainings
            .entries()
            .iter()
            .map(|t| t.title.clone())
            .collect()
    }

    /// The indexes of the positions that are still readings of the finder's answers.
    pub fn work_from_answers(&self) -> Vec<usize> {
        let work = self.work.entries().iter().enumerate();
        work.filter(|(_, w)| w.from_answers)
            .map(|(i, _)| i)
            .collect()
    }

    /// Whether the person has entered anything beyond the category and credential.
    pub fn has_entries(&self) -> bool {
        !(self.degrees.entries().is_empty()
            && self.work.entries().is_empty()
            && self.trainings.entries().is_empty()
            && self.rsc.entries().is_empty()
            && self.references_text.trim().is_empty()
            && self.endorsed_in.is_empty())
    }
}

impl RenewalState {
    /// The renewal tool holding `input`'s answers and logs; `training_titles` name its trainings in order.
    /// It opens on the report, as after "Show my renewal"; its dates are written in `dates`.
    pub fn from_input(
        input: &RenewalInput,
        training_titles: &[String],
        dates: DateStyle,
    ) -> RenewalState {
        let mut next_id = 0;
        let mut entry = |date, hours, kind, title: String| {
            let id = next_id;
            next_id += 1;
            LogEntry {
                id,
                date,
                hours,
                kind,
                title,
            }
        };
        let trainings = input
            .trainings
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let title = training_titles.get(i).cloned().unwrap_or_default();
                entry(t.date, t.hours, t.kind, title)
            })
            .collect();
        let rsc = input
            .rsc
            .iter()
            .map(|r| entry(r.date, r.hours, Default::default(), String::new()))
            .collect();
        RenewalState {
            category: Some(input.category),
            endorsed_on: dates.write(input.endorsed_on),
            membership_expires: input
                .membership_expires
                .map(|d| dates.write(d))
                .unwrap_or_default(),
            lapsed: Some(input.lapsed),
            // The report that was shared was made with this answer (no as long as none was given).
            provides_rsc: Some(input.provides_rsc),
            trainings,
            rsc,
            next_id,
            submitted: true,
            ..RenewalState::default()
        }
    }

    /// The titles of the logged trainings, in order.
    pub fn training_titles(&self) -> Vec<String> {
        self.trainings.iter().map(|t| t.title.clone()).collect()
    }

    /// Whether the person has entered anything.
    pub fn has_entries(&self) -> bool {
        self.category.is_some()
            || !self.endorsed_on.trim().is_empty()
            || !self.membership_expires.trim().is_empty()
            || self.lapsed.is_some()
            || self.provides_rsc.is_some()
            || !self.trainings.is_empty()
            || !self.rsc.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{
        Count, Degree, DegreeLevel, Hours, LoggedRsc, LoggedTraining, RoleScope, Training,
        TrainingKind, WorkEntry, WorkScope,
    };
    use crate::rules::{Category, Credential, Date};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn hours(value: f64) -> Hours {
        Hours::new(value).unwrap()
    }

    #[test]
    fn the_finder_round_trips_its_answers_in_both_number_styles() {
        let answers = Answers {
            ages: vec![AgeGroup::Infant, AgeGroup::EarlyChildhood],
            scope: RoleScope::Clinical,
            degree: DegreeLevel::Master,
            years_in_scope: hours(2.5),
            leader_years: hours(1.0),
            provides_rsc_years: hours(0.5),
            psychotherapy: Some(true),
            families_served: Count(1200),
            endorsed_in: vec![Category::FamilySpecialist],
            ..Answers::default()
        };
        for style in [NumberStyle::POINT, NumberStyle::COMMA] {
            let state = CategoryState::from_answers(&answers, style);
            assert_eq!(state.step, Step::Result);
            assert!(state.has_answers());
            assert_eq!(state.answers(&[], style), Ok(answers.clone()));
        }
    }

    #[test]
    fn questions_the_answers_leave_open_are_asked() {
        let answers = Answers {
            ages: Vec::new(),
            scope: RoleScope::Prevention,
            ..Answers::default()
        };
        let state = CategoryState::from_answers(&answers, NumberStyle::POINT);
        assert_eq!(state.step, Step::Ages);
        assert!(!CategoryState::default().has_answers());
    }

    fn profile() -> Profile {
        let mut profile = Profile::empty(Category::FamilySpecialist);
        profile.credential = Credential::Ecmh;
        profile.degrees.push(Degree {
            level: DegreeLevel::Bachelor,
            competencies: Vec::new(),
        });
        let mut work = WorkEntry::new(WorkScope::Prevention, date("2023-12-03"));
        work.families_served = Count(25);
        profile.work.push(work);
        profile.trainings.push(Training {
            hours: hours(20.0),
            kind: TrainingKind::General,
            ..Training::default()
        });
        profile.references = Count(2);
        profile.endorsed_in = vec![Category::FamilyAssociate];
        profile
    }

    #[test]
    fn the_checker_round_trips_a_profile_with_titles() {
        let profile = profile();
        let titles = vec!["Attachment basics".to_owned()];
        let state = CheckerState::from_profile(&profile, &titles, &[]);
        assert!(state.has_entries());
        assert_eq!(state.training_titles(), titles);
        let today = date("2026-12-01");
        let read = state.to_profile(today, &[], NumberStyle::POINT);
        assert_eq!(
            read,
            Profile {
                today: Some(today),
                ..profile
            }
        );
        assert!(!CheckerState::default().has_entries());
    }

    #[test]
    fn the_renewal_tool_round_trips_its_log_with_titles() {
        let input = RenewalInput {
            category: Category::MentalHealthSpecialist,
            endorsed_on: date("2025-06-01"),
            today: None,
            trainings: vec![
                LoggedTraining {
                    hours: hours(10.0),
                    date: date("2026-01-01"),
                    kind: TrainingKind::General,
                },
                LoggedTraining {
                    hours: hours(2.5),
                    date: date("2026-02-01"),
                    kind: TrainingKind::Psychotherapy,
                },
            ],
            rsc: vec![LoggedRsc {
                hours: hours(6.0),
                date: date("2026-03-01"),
            }],
            membership_expires: Some(date("2028-01-31")),
            lapsed: false,
            provides_rsc: false,
            association: Default::default(),
        };
        let state = RenewalState::from_input(
            &input,
            &["Attachment basics".to_owned()],
            DateStyle::FIGURES,
        );
        assert!(state.has_entries());
        assert_eq!(state.training_titles(), ["Attachment basics", ""]);
        let ids: Vec<u32> = state
            .trainings
            .iter()
            .chain(&state.rsc)
            .map(|e| e.id)
            .collect();
        assert_eq!(ids, [0, 1, 2]);
        assert_eq!(state.next_id, 3);
        let today = date("2026-12-01");
        assert_eq!(
            state.to_input(today, DateStyle::FIGURES, &Default::default()),
            Ok(RenewalInput {
                today: Some(today),
                ..input
            })
        );
        assert!(!RenewalState::default().has_entries());
    }

    #[test]
    fn restoring_replaces_the_state_the_hand_over_applied_included() {
        use super::super::category::CategoryAction;
        use super::super::checker::{CheckerAction, Preset};
        use super::super::renewal::RenewalAction;

        let mut checker = CheckerState::default();
        let preset = Preset {
            category: Category::MentorPolicy,
            credential: Credential::Imh,
        };
        assert!(checker.apply(CheckerAction::ApplyPreset(preset)));
        let restored = CheckerState::from_profile(&profile(), &[], &[]);
        assert!(checker.apply(CheckerAction::Restore(Box::new(restored.clone()))));
        assert_eq!(checker.category, Category::FamilySpecialist);
        assert_eq!(checker, restored);

        let mut finder = CategoryState::default();
        let answers = Answers {
            scope: RoleScope::Prevention,
            ..Answers::default()
        };
        finder.apply(CategoryAction::Restore(Box::new(
            CategoryState::from_answers(&answers, NumberStyle::POINT),
        )));
        assert_eq!(finder.drafts.scope, Some(RoleScope::Prevention));
        assert_eq!(
            finder.focus.map(|f| f.target),
            Some(finder.step.heading_id()),
            "the view moves focus to the restored step"
        );

        let mut renewal = RenewalState::default();
        let input = RenewalInput {
            category: Category::FamilyAssociate,
            endorsed_on: date("2025-01-10"),
            today: None,
            trainings: Vec::new(),
            rsc: Vec::new(),
            membership_expires: None,
            lapsed: true,
            provides_rsc: false,
            association: Default::default(),
        };
        renewal.apply(RenewalAction::Restore(Box::new(RenewalState::from_input(
            &input,
            &[],
            DateStyle::FIGURES,
        ))));
        assert!(renewal.lapsed == Some(true) && renewal.submitted);
    }
}
