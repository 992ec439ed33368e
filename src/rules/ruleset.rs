//! The requirements of one edition of the Competency Guidelines, as data.
//!
//! `[packet]` marks a rule taken from the 2025 Endorsement Application Packet, `[assoc]` one taken from an
//! association's public page, `[inferred]` our reading where no source says it outright. Inferred rules are
//! reported to users as [`Assumption`]s. The next edition is a new `Ruleset` value, not new `if`s.

use super::model::Category;
use serde::Serialize;

/// The requirement ids of the contract, in the order a person would work through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementId {
    PriorEndorsement,
    Education,
    WorkYears,
    FamiliesServed,
    RscProviderYears,
    TrainingHours,
    RscProvisionTrainingHours,
    RscHours,
    RscProvisionHours,
    RscPrerequisiteHours,
    References,
    CoreCompetencies,
}

impl RequirementId {
    /// Every requirement, in working order: the order of `check`'s report and of every list of them.
    pub const ALL: [RequirementId; 12] = [
        RequirementId::PriorEndorsement,
        RequirementId::Education,
        RequirementId::WorkYears,
        RequirementId::FamiliesServed,
        RequirementId::RscProviderYears,
        RequirementId::TrainingHours,
        RequirementId::RscProvisionTrainingHours,
        RequirementId::RscHours,
        RequirementId::RscProvisionHours,
        RequirementId::RscPrerequisiteHours,
        RequirementId::References,
        RequirementId::CoreCompetencies,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RequirementId::PriorEndorsement => "prior_endorsement",
            RequirementId::Education => "education",
            RequirementId::WorkYears => "work_years",
            RequirementId::FamiliesServed => "families_served",
            RequirementId::RscProviderYears => "rsc_provider_years",
            RequirementId::TrainingHours => "training_hours",
            RequirementId::RscProvisionTrainingHours => "rsc_provision_training_hours",
            RequirementId::RscHours => "rsc_hours",
            RequirementId::RscProvisionHours => "rsc_provision_hours",
            RequirementId::RscPrerequisiteHours => "rsc_prerequisite_hours",
            RequirementId::References => "references",
            RequirementId::CoreCompetencies => "core_competencies",
        }
    }
}

/// Which work entries count toward a category's years of experience.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkKind {
    /// Any qualified infant/early-childhood work, in any scope (Family Associate). [packet]
    AnyInfantFamily,
    /// Prevention/early-intervention work with children and their caregivers (Family Specialist). [packet]
    Prevention,
    /// Post-graduate practice providing relationship-focused parent-infant/child psychotherapy (MHS). [packet]
    PostGraduatePsychotherapy,
    /// Work as an IECMH practice leader, paid or unpaid (Mentors). [packet]
    Leadership,
}

/// The education a category asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EducationRule {
    /// Any academic degree (associate or higher). [packet]
    AnyDegree,
    /// A master's or doctorate. [packet]
    PostGraduate,
}

/// Everything one category requires at application time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CategoryRules {
    pub category: Category,
    pub education: Option<EducationRule>,
    /// Years of the given kind of work.
    pub work: Option<(WorkKind, f64)>,
    /// Family Associate: education **or** work suffices. [packet][assoc]
    pub education_or_work: bool,
    /// Families served in counted prevention work (Family Specialist: 10). [packet]
    pub families_served: Option<u32>,
    /// Years providing RSC (Mentor-Clinical 3, ERS 1). [packet]
    pub rsc_provider_years: Option<f64>,
    /// In-service training hours of any type. [packet]
    pub training_hours: Option<f64>,
    /// Training hours on the provision of RSC (ERS 15, ERS-Emerging 5). [packet]
    pub rsc_provision_training_hours: Option<f64>,
    /// RSC hours received from a qualified provider. [packet]
    pub rsc_hours: Option<f64>,
    /// Of the received RSC, hours about the person's own provision of RSC (Mentor-Clinical 25, ERS 12). [packet]
    pub rsc_provision_hours: Option<f64>,
    /// ERS prerequisite: RSC received from a qualified provider while doing IECMH work. [packet]
    pub rsc_prerequisite_hours: Option<f64>,
    pub references: u32,
    /// ERS prerequisite: endorsed in any category. [packet]
    pub prior_endorsement: bool,
    /// Only the mentor categories take the written exam from 2025. [packet][assoc]
    pub exam: bool,
    /// The core-domain competency rule applies (every category but the add-on). [packet]
    pub core_competencies: bool,
    /// Whether RSC hours are required at renewal: FS, MHS, Mentor-Clinical, ERS. [packet]
    pub rsc_at_renewal: bool,
    /// RSC is recommended but not required (FA, Mentor-Policy, Mentor-Research/Faculty). [packet]
    pub rsc_recommended: bool,
}

impl CategoryRules {
    /// The requirements this category asks for at application time, in working order. This is the one
    /// list of them: `check` reports these, `recommend` weighs them and the category finder shows them.
    pub fn requirements(&self) -> impl Iterator<Item = RequirementId> + '_ {
        RequirementId::ALL
            .into_iter()
            .filter(move |id| self.asks(*id))
    }

    /// Whether this category has requirement `id`.
    pub fn asks(&self, id: RequirementId) -> bool {
        match id {
            RequirementId::PriorEndorsement => self.prior_endorsement,
            RequirementId::Education => self.education.is_some(),
            RequirementId::CoreCompetencies => self.core_competencies,
            _ => self.need(id).is_some(),
        }
    }

    /// The number a quantity requirement asks for (hours, years, families, references); `None` for the
    /// requirements that are not quantities and for those this category does not have.
    pub fn need(&self, id: RequirementId) -> Option<f64> {
        match id {
            RequirementId::WorkYears => self.work.map(|(_, years)| years),
            RequirementId::FamiliesServed => self.families_served.map(f64::from),
            RequirementId::RscProviderYears => self.rsc_provider_years,
            RequirementId::TrainingHours => self.training_hours,
            RequirementId::RscProvisionTrainingHours => self.rsc_provision_training_hours,
            RequirementId::RscHours => self.rsc_hours,
            RequirementId::RscProvisionHours => self.rsc_provision_hours,
            RequirementId::RscPrerequisiteHours => self.rsc_prerequisite_hours,
            RequirementId::References => Some(f64::from(self.references)),
            RequirementId::PriorEndorsement
            | RequirementId::Education
            | RequirementId::CoreCompetencies => None,
        }
    }
}

/// The fixed renewal cycle and its proration. [packet]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RenewalRules {
    /// A renewal year: every `cycle_years` from here (2024, 2027, 2030, …).
    pub anchor_year: i32,
    pub cycle_years: i32,
    /// The window opens on this month and day of the renewal year; the deadline is December 31.
    pub window_opens: (u32, u32),
    /// Hours per year endorsed, up to `max_years`: 15 h training and 12 h RSC a year. [packet]
    pub training_per_year: f64,
    pub rsc_per_year: f64,
    pub max_years: i32,
    /// Reinstatement after a lapse: 15 h training within the past 12 months. [packet]
    pub reinstatement_training: f64,
    /// The reinstatement window in calendar months, counted back from today.
    pub reinstatement_months: i32,
    /// The RSC a reinstated person plans to receive each year (about 12 h). [packet]
    pub reinstatement_rsc_per_year: f64,
}

/// Rules that apply across categories.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainingRules {
    /// At most this many self-study hours count toward RSC-provision training (2). [packet]
    pub self_study_cap: f64,
    /// Competencies one degree with transcripts may claim (12). [packet]
    pub competencies_per_degree: u32,
    /// Competencies one training may claim per whole hour (1). [packet]
    pub competencies_per_hour: u32,
    /// Years of work that make up one "year": 365 days, first and last day included. [inferred]
    pub days_per_work_year: f64,
}

impl TrainingRules {
    /// How many competencies one training of `hours` may claim. Partial hours round down, so a
    /// 1.5-hour training claims one. [inferred]
    pub fn competencies_for_hours(&self, hours: f64) -> u32 {
        let whole_hours = hours.floor().min(u32::MAX as f64) as u32;
        whole_hours.saturating_mul(self.competencies_per_hour)
    }
}

/// One edition of the rules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ruleset {
    pub edition: u16,
    pub categories: &'static [CategoryRules; 8],
    pub renewal: RenewalRules,
    pub training: TrainingRules,
}

impl Ruleset {
    pub fn category(&self, category: Category) -> &CategoryRules {
        // The table holds every category exactly once, in `Category::ALL` order (a unit test checks it).
        &self.categories[Category::ALL
            .iter()
            .position(|c| *c == category)
            .unwrap_or_default()]
    }
}

/// Rules that no source states outright; each is shown to users as a "how we count this" note.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assumption {
    /// A training claims one competency per *whole* hour: 1.5 h claims 1.
    PartialHoursRoundDown,
    /// A year of work is 365 days counting the first and last day; overlapping positions count once; a
    /// position still held counts up to today.
    WorkYearsByDays,
    /// Volunteer work counts only when supervised and with specialized training (stated for Family
    /// Associate by associations; applied to FS and MHS work too).
    VolunteerWorkSupervised,
    /// ERS: RSC about one's own provision of RSC is counted apart from the 24 prerequisite hours, not twice.
    RscNotDoubleCounted,
    /// The competency names are a default list; the association's own grid is authoritative.
    DefaultCompetencyList,
    /// Years endorsed = deadline year − year endorsed, capped at 3.
    YearsEndorsedByCalendarYear,
    /// Hours count when dated after the previous deadline (or on/after the endorsement date) and on or
    /// before this deadline.
    HoursInsideCycle,
    /// "Endorsed" means the date the endorsement was granted, not the date the application was submitted.
    EndorsedMeansGranted,
    /// The past 12 months for reinstatement are calendar months: from the same day a year ago (February 28
    /// when today is February 29) to today, both included.
    ReinstatementTwelveMonths,
}

const fn base(category: Category) -> CategoryRules {
    CategoryRules {
        category,
        education: None,
        work: None,
        education_or_work: false,
        families_served: None,
        rsc_provider_years: None,
        training_hours: Some(33.0),
        rsc_provision_training_hours: None,
        rsc_hours: None,
        rsc_provision_hours: None,
        rsc_prerequisite_hours: None,
        references: 3,
        prior_endorsement: false,
        exam: false,
        core_competencies: true,
        rsc_at_renewal: false,
        rsc_recommended: false,
    }
}

const CATEGORIES_2025: [CategoryRules; 8] = [
    // Family Associate — promotion. Any degree OR 2 years of qualified work; 33 h; RSC recommended. [packet]
    CategoryRules {
        education: Some(EducationRule::AnyDegree),
        work: Some((WorkKind::AnyInfantFamily, 2.0)),
        education_or_work: true,
        rsc_recommended: true,
        ..base(Category::FamilyAssociate)
    },
    // Family Specialist — prevention/early intervention. No degree; 2 years; 10 families; 33 h; 24 h RSC. [packet]
    CategoryRules {
        work: Some((WorkKind::Prevention, 2.0)),
        families_served: Some(10),
        rsc_hours: Some(24.0),
        rsc_at_renewal: true,
        ..base(Category::FamilySpecialist)
    },
    // Mental Health Specialist — clinical. Post-graduate; 2 years psychotherapy; 33 h; 50 h RSC; no exam
    // from 2025. [packet][assoc]
    CategoryRules {
        education: Some(EducationRule::PostGraduate),
        work: Some((WorkKind::PostGraduatePsychotherapy, 2.0)),
        rsc_hours: Some(50.0),
        rsc_at_renewal: true,
        ..base(Category::MentalHealthSpecialist)
    },
    // Mentor – Clinical — macro. Post-graduate; 3 years leading, 3+ years providing RSC; 48 h; 50 h RSC of
    // which 25 h about providing RSC; exam. [packet]
    CategoryRules {
        education: Some(EducationRule::PostGraduate),
        work: Some((WorkKind::Leadership, 3.0)),
        rsc_provider_years: Some(3.0),
        training_hours: Some(48.0),
        rsc_hours: Some(50.0),
        rsc_provision_hours: Some(25.0),
        exam: true,
        rsc_at_renewal: true,
        ..base(Category::MentorClinical)
    },
    // Mentor – Policy — macro. Post-graduate; 3 years leading; 33 h; RSC recommended; exam. [packet]
    CategoryRules {
        education: Some(EducationRule::PostGraduate),
        work: Some((WorkKind::Leadership, 3.0)),
        exam: true,
        rsc_recommended: true,
        ..base(Category::MentorPolicy)
    },
    // Mentor – Research/Faculty — macro. Same requirements as Policy. [packet]
    CategoryRules {
        education: Some(EducationRule::PostGraduate),
        work: Some((WorkKind::Leadership, 3.0)),
        exam: true,
        rsc_recommended: true,
        ..base(Category::MentorResearchFaculty)
    },
    // Endorsed Reflective Supervisor (add-on). Prerequisite: endorsed in any category and 24 h RSC received.
    // 1 year providing RSC while receiving 12 h RSC about it; 15 h training on providing RSC (≤ 2 h
    // self-study); references from the RSC provider and a supervisee. [packet]
    CategoryRules {
        training_hours: None,
        rsc_provider_years: Some(1.0),
        rsc_provision_training_hours: Some(15.0),
        rsc_provision_hours: Some(12.0),
        rsc_prerequisite_hours: Some(24.0),
        references: 2,
        prior_endorsement: true,
        core_competencies: false,
        rsc_at_renewal: true,
        ..base(Category::ReflectiveSupervisor)
    },
    // ERS – Emerging status: the prerequisite, 5 h training on providing RSC (≤ 2 h self-study), references
    // from the RSC provider and a peer. Lasts 2 years. [packet]
    CategoryRules {
        training_hours: None,
        rsc_provision_training_hours: Some(5.0),
        rsc_prerequisite_hours: Some(24.0),
        references: 2,
        prior_endorsement: true,
        core_competencies: false,
        rsc_at_renewal: true,
        ..base(Category::ReflectiveSupervisorEmerging)
    },
];

/// The 2025 edition.
pub const EDITION_2025: Ruleset = Ruleset {
    edition: 2025,
    categories: &CATEGORIES_2025,
    renewal: RenewalRules {
        anchor_year: 2024,
        cycle_years: 3,
        window_opens: (10, 1),
        training_per_year: 15.0,
        rsc_per_year: 12.0,
        max_years: 3,
        reinstatement_training: 15.0,
        reinstatement_months: 12,
        reinstatement_rsc_per_year: 12.0,
    },
    training: TrainingRules {
        self_study_cap: 2.0,
        competencies_per_degree: 12,
        competencies_per_hour: 1,
        days_per_work_year: 365.0,
    },
};

/// How long ERS – Emerging status lasts, in years. [packet]
pub const EMERGING_STATUS_YEARS: i32 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_category_order() {
        for (rules, category) in EDITION_2025.categories.iter().zip(Category::ALL) {
            assert_eq!(rules.category, category);
            assert_eq!(EDITION_2025.category(category).category, category);
        }
    }

    #[test]
    fn only_mentors_take_the_exam() {
        for rules in EDITION_2025.categories {
            assert_eq!(
                rules.exam,
                rules.category.is_mentor(),
                "{:?}",
                rules.category
            );
        }
    }
}
