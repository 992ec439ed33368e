//! The vocabulary of the rules: categories, credentials, degrees, scopes, and the entries a person logs.
//!
//! Every type here is written in the CONTRACT's JSON names and read back from them by `super::read`, which
//! rejects bad values while reading so that the error can name the field it came from.

use super::association::Association;
use super::date::Date;
use serde::Serialize;

/// The eight categories of the 2025 edition. Categories are not a hierarchy: they follow the scope of a
/// person's primary role. The last two are the Endorsed Reflective Supervisor add-on and its emerging status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    FamilyAssociate,
    FamilySpecialist,
    MentalHealthSpecialist,
    MentorClinical,
    MentorPolicy,
    MentorResearchFaculty,
    ReflectiveSupervisor,
    ReflectiveSupervisorEmerging,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::FamilyAssociate,
        Category::FamilySpecialist,
        Category::MentalHealthSpecialist,
        Category::MentorClinical,
        Category::MentorPolicy,
        Category::MentorResearchFaculty,
        Category::ReflectiveSupervisor,
        Category::ReflectiveSupervisorEmerging,
    ];

    /// The six categories a person is endorsed in (everything but the reflective-supervisor add-on).
    pub const MAIN: [Category; 6] = [
        Category::FamilyAssociate,
        Category::FamilySpecialist,
        Category::MentalHealthSpecialist,
        Category::MentorClinical,
        Category::MentorPolicy,
        Category::MentorResearchFaculty,
    ];

    /// The contract's id, e.g. `family_specialist`.
    pub fn id(self) -> &'static str {
        match self {
            Category::FamilyAssociate => "family_associate",
            Category::FamilySpecialist => "family_specialist",
            Category::MentalHealthSpecialist => "mental_health_specialist",
            Category::MentorClinical => "mentor_clinical",
            Category::MentorPolicy => "mentor_policy",
            Category::MentorResearchFaculty => "mentor_research_faculty",
            Category::ReflectiveSupervisor => "reflective_supervisor",
            Category::ReflectiveSupervisorEmerging => "reflective_supervisor_emerging",
        }
    }

    pub fn is_add_on(self) -> bool {
        matches!(
            self,
            Category::ReflectiveSupervisor | Category::ReflectiveSupervisorEmerging
        )
    }

    pub fn is_mentor(self) -> bool {
        matches!(
            self,
            Category::MentorClinical | Category::MentorPolicy | Category::MentorResearchFaculty
        )
    }
}

/// IMH-E (pregnancy and children 0 up to 3) or ECMH-E (children 3 up to 6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Credential {
    #[default]
    Imh,
    Ecmh,
}

impl Credential {
    pub const ALL: [Credential; 2] = [Credential::Imh, Credential::Ecmh];

    pub fn id(self) -> &'static str {
        match self {
            Credential::Imh => "imh",
            Credential::Ecmh => "ecmh",
        }
    }
}

/// Highest degree level of one education entry. Master and doctorate are post-graduate. A certificate (a
/// CDA or a graduate certificate in IECMH) ranks above none and below every academic degree: it may show
/// competencies like a degree but never meets an education requirement. [packet]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DegreeLevel {
    #[default]
    None,
    Certificate,
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

impl DegreeLevel {
    /// Every level an education entry may have, certificate included.
    pub const ALL: [DegreeLevel; 6] = [
        DegreeLevel::None,
        DegreeLevel::Certificate,
        DegreeLevel::Associate,
        DegreeLevel::Bachelor,
        DegreeLevel::Master,
        DegreeLevel::Doctorate,
    ];

    /// The answers to "your highest academic degree" (the category finder asks about degrees only).
    pub const DEGREES: [DegreeLevel; 5] = [
        DegreeLevel::None,
        DegreeLevel::Associate,
        DegreeLevel::Bachelor,
        DegreeLevel::Master,
        DegreeLevel::Doctorate,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DegreeLevel::None => "none",
            DegreeLevel::Certificate => "certificate",
            DegreeLevel::Associate => "associate",
            DegreeLevel::Bachelor => "bachelor",
            DegreeLevel::Master => "master",
            DegreeLevel::Doctorate => "doctorate",
        }
    }

    pub fn is_post_graduate(self) -> bool {
        self >= DegreeLevel::Master
    }

    /// An academic degree (associate or higher): what an education requirement counts.
    pub fn is_degree(self) -> bool {
        self >= DegreeLevel::Associate
    }

    /// Whether an entry of this level may show competencies: every degree, and a certificate. [packet]
    pub fn shows_competencies(self) -> bool {
        self != DegreeLevel::None
    }
}

/// Scope of practice of one work entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkScope {
    #[default]
    Promotion,
    Prevention,
    Clinical,
    Macro,
}

impl WorkScope {
    pub const ALL: [WorkScope; 4] = [
        WorkScope::Promotion,
        WorkScope::Prevention,
        WorkScope::Clinical,
        WorkScope::Macro,
    ];

    pub fn id(self) -> &'static str {
        match self {
            WorkScope::Promotion => "promotion",
            WorkScope::Prevention => "prevention",
            WorkScope::Clinical => "clinical",
            WorkScope::Macro => "macro",
        }
    }
}

/// Training type as the application records it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingKind {
    /// General infant and early childhood mental health training.
    #[default]
    General,
    /// Training specific to providing reflective supervision/consultation (ERS and Mentor-Clinical).
    RscProvision,
    /// Parent-infant/child psychotherapy training (Mental Health Specialist).
    Psychotherapy,
}

impl TrainingKind {
    pub const ALL: [TrainingKind; 3] = [
        TrainingKind::General,
        TrainingKind::RscProvision,
        TrainingKind::Psychotherapy,
    ];

    pub fn id(self) -> &'static str {
        match self {
            TrainingKind::General => "general",
            TrainingKind::RscProvision => "rsc_provision",
            TrainingKind::Psychotherapy => "psychotherapy",
        }
    }
}

/// A number of hours: finite and not negative. Fractions are allowed.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize)]
pub struct Hours(f64);

impl Hours {
    pub const ZERO: Hours = Hours(0.0);

    /// `Some` for a finite, non-negative number of hours.
    pub fn new(value: f64) -> Option<Hours> {
        (value.is_finite() && value >= 0.0).then_some(Hours(value))
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

/// A whole count that must not be negative (references, families served). Accepts JSON numbers with no
/// fraction, so `3.0` is fine and `-1` or `2.5` is an error naming the field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Count(pub u32);

/// One degree (or certificate) on the Education tab, with the competencies its coursework showed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Degree {
    pub level: DegreeLevel,
    pub competencies: Vec<String>,
}

/// One job or volunteer position on the Work tab.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkEntry {
    pub scope: WorkScope,
    pub start: Date,
    /// `None` means the person still holds this position (counted up to `today`).
    pub end: Option<Date>,
    pub families_served: Count,
    /// Done after earning a post-graduate degree.
    pub post_graduate: bool,
    /// Providing relationship-focused parent-infant/child psychotherapy.
    pub psychotherapy: bool,
    /// Working as an IECMH practice leader (the mentors' Leadership tab).
    pub leadership: bool,
    /// Providing reflective supervision/consultation to others.
    pub provides_rsc: bool,
    pub volunteer: bool,
    pub supervised: bool,
    /// Included specialized training (CASA, doula, child life).
    pub specialized_training: bool,
}

impl WorkEntry {
    /// A paid position starting on `start` and still held, with every flag off.
    pub fn new(scope: WorkScope, start: Date) -> WorkEntry {
        WorkEntry {
            scope,
            start,
            end: None,
            families_served: Count(0),
            post_graduate: false,
            psychotherapy: false,
            leadership: false,
            provides_rsc: false,
            volunteer: false,
            supervised: false,
            specialized_training: false,
        }
    }
}

/// One in-service training.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Training {
    pub hours: Hours,
    pub kind: TrainingKind,
    /// Learning communities, books, articles, peer study.
    pub self_study: bool,
    pub date: Option<Date>,
    pub competencies: Vec<String>,
}

/// Reflective supervision/consultation received.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RscEntry {
    pub hours: Hours,
    /// The provider is endorsed with the ERS add-on or as Mentor-Clinical.
    pub qualified_provider: bool,
    /// The person does not know yet whether the provider is qualified ("Not sure"). Such hours wait: they
    /// count toward nothing, whatever `qualified_provider` says, until the entry confirms the provider.
    /// Left out of the serialized form when false, so entries without it read and write as before.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub provider_unconfirmed: bool,
    /// The RSC was about the person's own provision of RSC to others.
    pub about_provision: bool,
    /// The day the RSC was received, for a single session or a total logged on one day.
    pub date: Option<Date>,
    /// The period over which the hours were received, where they span more than one day. `start` without
    /// `end` means the person is still receiving RSC (counted up to today). Left out of the serialized
    /// form when absent, which reads back the same and keeps saved profiles and share links short.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
}

impl RscEntry {
    /// Undated RSC hours.
    pub fn new(hours: Hours, qualified_provider: bool, about_provision: bool) -> RscEntry {
        RscEntry {
            hours,
            qualified_provider,
            about_provision,
            ..RscEntry::default()
        }
    }

    /// Whether these hours count as RSC from a qualified provider: said so, and not waiting to be confirmed.
    pub fn from_qualified_provider(&self) -> bool {
        self.qualified_provider && !self.provider_unconfirmed
    }

    /// Whether the entry says when the RSC was received.
    pub fn is_dated(&self) -> bool {
        self.date.is_some() || self.start.is_some()
    }
}

/// Input of `check`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    pub category: Category,
    pub credential: Credential,
    /// Needed for positions still held; defaults to the current date where the caller has a clock.
    pub today: Option<Date>,
    pub degrees: Vec<Degree>,
    pub work: Vec<WorkEntry>,
    pub trainings: Vec<Training>,
    pub rsc: Vec<RscEntry>,
    pub references: Count,
    pub endorsed_in: Vec<Category>,
    /// What the person expects to add each month, for the pace planner; `None` asks for no plan.
    /// Read only: the checker's own profile never carries it, so share links and files do not either.
    #[serde(skip_serializing)]
    pub pace: Option<Pace>,
    /// The association's variations of the rules (CONTRACT §2): `ers_add_on_for` here.
    #[serde(skip_serializing_if = "Association::is_default")]
    pub association: Association,
}

/// Hours a person expects to add each month (CONTRACT §2, the pace planner). `rsc_hours_per_month` is RSC
/// received about anything but one's own provision of RSC; `rsc_provision_hours_per_month` is RSC about it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pace {
    pub training_hours_per_month: Hours,
    pub rsc_hours_per_month: Hours,
    pub rsc_provision_hours_per_month: Hours,
}

impl Profile {
    pub fn empty(category: Category) -> Profile {
        Profile {
            category,
            credential: Credential::Imh,
            today: None,
            degrees: Vec::new(),
            work: Vec::new(),
            trainings: Vec::new(),
            rsc: Vec::new(),
            references: Count(0),
            endorsed_in: Vec::new(),
            pace: None,
            association: Association::default(),
        }
    }
}

/// A dated training for renewal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LoggedTraining {
    pub hours: Hours,
    pub date: Date,
    pub kind: TrainingKind,
}

/// Dated RSC hours for renewal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LoggedRsc {
    pub hours: Hours,
    pub date: Date,
}

/// Input of `renewal`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RenewalInput {
    pub category: Category,
    pub endorsed_on: Date,
    pub today: Option<Date>,
    pub trainings: Vec<LoggedTraining>,
    pub rsc: Vec<LoggedRsc>,
    pub membership_expires: Option<Date>,
    /// The person says they missed a renewal deadline (or did not meet it).
    pub lapsed: bool,
    /// The person provides RSC, for an association's sub-requirements.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub provides_rsc: bool,
    /// The association's variations of the rules (CONTRACT §2); the defaults when absent.
    #[serde(skip_serializing_if = "Association::is_default")]
    pub association: Association,
}

impl RenewalInput {
    /// The log of someone endorsed in `category` on `endorsed_on`, with no hours yet, not lapsed, under
    /// the default rules.
    pub fn new(category: Category, endorsed_on: Date) -> RenewalInput {
        RenewalInput {
            category,
            endorsed_on,
            today: None,
            trainings: Vec::new(),
            rsc: Vec::new(),
            membership_expires: None,
            lapsed: false,
            provides_rsc: false,
            association: Association::default(),
        }
    }
}

/// Ages a person works with, for the credential choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeGroup {
    /// Pregnancy and children 0 up to 3: IMH-E.
    Infant,
    /// Children 3 up to 6: ECMH-E.
    EarlyChildhood,
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 2] = [AgeGroup::Infant, AgeGroup::EarlyChildhood];

    pub fn id(self) -> &'static str {
        match self {
            AgeGroup::Infant => "infant",
            AgeGroup::EarlyChildhood => "early_childhood",
        }
    }
}

/// The primary role's scope as the questionnaire asks it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleScope {
    #[default]
    Promotion,
    Prevention,
    Clinical,
    Policy,
    ResearchFaculty,
    /// The person cannot tell yet; the recommendation then leans on the other answers.
    NotSure,
}

impl RoleScope {
    pub const ALL: [RoleScope; 6] = [
        RoleScope::Promotion,
        RoleScope::Prevention,
        RoleScope::Clinical,
        RoleScope::Policy,
        RoleScope::ResearchFaculty,
        RoleScope::NotSure,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RoleScope::Promotion => "promotion",
            RoleScope::Prevention => "prevention",
            RoleScope::Clinical => "clinical",
            RoleScope::Policy => "policy",
            RoleScope::ResearchFaculty => "research_faculty",
            RoleScope::NotSure => "not_sure",
        }
    }
}

/// Input of `recommend`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Answers {
    pub ages: Vec<AgeGroup>,
    pub scope: RoleScope,
    pub degree: DegreeLevel,
    pub years_in_scope: Hours,
    pub leader_years: Hours,
    pub provides_rsc_years: Hours,
    /// `None` when the person is not sure.
    pub psychotherapy: Option<bool>,
    pub families_served: Count,
    pub endorsed_in: Vec<Category>,
    /// What the association offers; both when absent.
    pub offered: Vec<Credential>,
    /// The association's variations of the rules (CONTRACT §2): `ers_add_on_for` here.
    #[serde(skip_serializing_if = "Association::is_default")]
    pub association: Association,
    /// Language tag for the sentences of the output (`en`, `es`); English when absent or unknown.
    pub lang: Option<String>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            ages: vec![AgeGroup::Infant],
            scope: RoleScope::NotSure,
            degree: DegreeLevel::None,
            years_in_scope: Hours::ZERO,
            leader_years: Hours::ZERO,
            provides_rsc_years: Hours::ZERO,
            psychotherapy: None,
            families_served: Count(0),
            endorsed_in: Vec::new(),
            offered: Vec::new(),
            association: Association::default(),
            lang: None,
        }
    }
}
