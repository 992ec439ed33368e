//! The category tool's answers and result lines, and the keys they choose.
//!
//! The field and problem enums that name every validation message the questionnaire can show live in
//! `forms::category` and are re-exported here.

use super::{Arg, Locale, Msg};
use crate::fill;
use crate::rules::asks::RequirementLine;
use crate::rules::model::{DegreeLevel, RoleScope};
use crate::rules::ruleset::WorkKind;

/// The questionnaire's fields, problems and answer choices are `forms::category`'s; the tables match on them.
pub use crate::forms::category::{AgesChoice, YesNoNotSure};
pub use crate::forms::{Field, Problem};

pub fn ages_choice(a: AgesChoice) -> Msg {
    match a {
        AgesChoice::Infant => Msg::CategoryToolAgesChoiceInfant,
        AgesChoice::EarlyChildhood => Msg::CategoryToolAgesChoiceEarlyChildhood,
        AgesChoice::Both => Msg::CategoryToolAgesChoiceBoth,
    }
}

pub fn ages_choice_hint(a: AgesChoice) -> Msg {
    match a {
        AgesChoice::Infant => Msg::CategoryToolAgesChoiceHintInfant,
        AgesChoice::EarlyChildhood => Msg::CategoryToolAgesChoiceHintEarlyChildhood,
        AgesChoice::Both => Msg::CategoryToolAgesChoiceHintBoth,
    }
}

pub fn scope_choice(s: RoleScope) -> Msg {
    match s {
        RoleScope::Promotion => Msg::CategoryToolScopeChoicePromotion,
        RoleScope::Prevention => Msg::CategoryToolScopeChoicePrevention,
        RoleScope::Clinical => Msg::CategoryToolScopeChoiceClinical,
        RoleScope::Policy => Msg::CategoryToolScopeChoicePolicy,
        RoleScope::ResearchFaculty => Msg::CategoryToolScopeChoiceResearchFaculty,
        RoleScope::NotSure => Msg::CategoryToolScopeChoiceNotSure,
    }
}

pub fn scope_choice_hint(s: RoleScope) -> Msg {
    match s {
        RoleScope::Promotion => Msg::CategoryToolScopeChoiceHintPromotion,
        RoleScope::Prevention => Msg::CategoryToolScopeChoiceHintPrevention,
        RoleScope::Clinical => Msg::CategoryToolScopeChoiceHintClinical,
        RoleScope::Policy => Msg::CategoryToolScopeChoiceHintPolicy,
        RoleScope::ResearchFaculty => Msg::CategoryToolScopeChoiceHintResearchFaculty,
        RoleScope::NotSure => Msg::CategoryToolScopeChoiceHintNotSure,
    }
}

pub fn degree_choice(d: DegreeLevel) -> Msg {
    match d {
        DegreeLevel::None => Msg::CategoryToolDegreeChoiceNone,
        DegreeLevel::Certificate => Msg::CategoryToolDegreeChoiceCertificate,
        DegreeLevel::Associate => Msg::CategoryToolDegreeChoiceAssociate,
        DegreeLevel::Bachelor => Msg::CategoryToolDegreeChoiceBachelor,
        DegreeLevel::Master => Msg::CategoryToolDegreeChoiceMaster,
        DegreeLevel::Doctorate => Msg::CategoryToolDegreeChoiceDoctorate,
    }
}

pub fn degree_choice_hint(d: DegreeLevel) -> Msg {
    match d {
        DegreeLevel::None => Msg::CategoryToolDegreeChoiceHintNone,
        DegreeLevel::Certificate => Msg::CategoryToolDegreeChoiceHintCertificate,
        DegreeLevel::Associate => Msg::CategoryToolDegreeChoiceHintAssociate,
        DegreeLevel::Bachelor => Msg::CategoryToolDegreeChoiceHintBachelor,
        DegreeLevel::Master => Msg::CategoryToolDegreeChoiceHintMaster,
        DegreeLevel::Doctorate => Msg::CategoryToolDegreeChoiceHintDoctorate,
    }
}

/// The years question for the main role's kind of work.
pub fn years_question(s: RoleScope) -> Msg {
    match s {
        RoleScope::Prevention => Msg::CategoryToolYearsQuestionPrevention,
        RoleScope::Clinical => Msg::CategoryToolYearsQuestionClinical,
        RoleScope::Policy => Msg::CategoryToolYearsQuestionPolicy,
        RoleScope::ResearchFaculty => Msg::CategoryToolYearsQuestionResearchFaculty,
        RoleScope::Promotion | RoleScope::NotSure => Msg::CategoryToolYearsQuestionGeneral,
    }
}

pub fn years_hint(s: RoleScope) -> Msg {
    match s {
        RoleScope::Clinical => Msg::CategoryToolYearsHintClinical,
        RoleScope::Promotion | RoleScope::NotSure => Msg::CategoryToolYearsHintGeneral,
        _ => Msg::CategoryToolYearsHintOther,
    }
}

/// A validation message: what to do, for the field it is about.
pub fn error(f: Field, p: Problem) -> Msg {
    match (f, p) {
        (Field::Ages, _) => Msg::CategoryToolErrorAges,
        (Field::Scope, _) => Msg::CategoryToolErrorScope,
        (Field::Degree, _) => Msg::CategoryToolErrorDegree,
        (Field::Psychotherapy, _) => Msg::CategoryToolErrorPsychotherapy,
        (Field::ProvidesRsc, _) => Msg::CategoryToolErrorProvidesRsc,
        (Field::EndorsedIn, _) => Msg::CategoryToolErrorEndorsedIn,
        (Field::FamiliesServed, Problem::Missing) => Msg::CategoryToolErrorFamiliesMissing,
        (Field::FamiliesServed, Problem::NotWhole) => Msg::CategoryToolErrorFamiliesNotWhole,
        (Field::FamiliesServed, Problem::Negative) => Msg::CategoryToolErrorFamiliesNegative,
        (Field::FamiliesServed, Problem::TooLarge) => Msg::CategoryToolErrorFamiliesTooLarge,
        (Field::FamiliesServed, _) => Msg::CategoryToolErrorFamiliesNotANumber,
        // The years questions (and the other tools' fields, which the questionnaire never gives).
        (_, Problem::Missing) => Msg::CategoryToolErrorYearsMissing,
        (_, Problem::Negative) => Msg::CategoryToolErrorYearsNegative,
        (_, Problem::TooLarge) => Msg::CategoryToolErrorYearsTooLarge,
        (_, Problem::Zero) => Msg::CategoryToolErrorYearsZero,
        (_, _) => Msg::CategoryToolErrorYearsNotANumber,
    }
}

/// Short name of each answer in the summary list.
pub fn summary_label(f: Field) -> Msg {
    match f {
        Field::Ages => Msg::CategoryToolSummaryLabelAges,
        Field::Scope => Msg::CategoryToolSummaryLabelScope,
        Field::Degree => Msg::CategoryToolSummaryLabelDegree,
        Field::YearsInScope => Msg::CategoryToolSummaryLabelYearsInScope,
        Field::FamiliesServed => Msg::CategoryToolSummaryLabelFamiliesServed,
        Field::Psychotherapy => Msg::CategoryToolSummaryLabelPsychotherapy,
        Field::LeaderYears => Msg::CategoryToolSummaryLabelLeaderYears,
        Field::ProvidesRsc | Field::ProvidesRscYears => Msg::CategoryToolSummaryLabelProvidesRsc,
        // Endorsed in (the other tools' fields are never in the questionnaire's summary).
        _ => Msg::CategoryToolSummaryLabelEndorsedIn,
    }
}

impl Locale {
    /// The result's heading: the category with the credential it is named for. The screen reader's
    /// announcement uses it too, so both always name the same credential.
    pub fn result_title(self, rec: &crate::rules::Recommendation) -> String {
        self.category_title(rec.best, rec.named_credential())
    }

    /// "12 families".
    pub fn families(self, n: u32) -> String {
        fill!(self, CategoryToolFamilies, n = n)
    }

    /// One line of "what this category asks for".
    pub fn requirement_line(self, line: RequirementLine) -> String {
        let hours = |msg: Msg, hours: f64| self.fill(msg, &[("hours", hours.into())]);
        let years =
            |msg: Msg, years: f64| self.fill(msg, &[("years", Arg::Text(&self.years(years)))]);
        match line {
            RequirementLine::DegreeOrWork { years: y } => {
                years(Msg::CategoryToolRequirementDegreeOrWork, y)
            }
            RequirementLine::AnyDegree => {
                self.text(Msg::CategoryToolRequirementAnyDegree).to_owned()
            }
            RequirementLine::PostGraduate => self
                .text(Msg::CategoryToolRequirementPostGraduate)
                .to_owned(),
            RequirementLine::NoDegree => self.text(Msg::CategoryToolRequirementNoDegree).to_owned(),
            RequirementLine::Work { kind, years: y } => {
                let what = self.text(match kind {
                    WorkKind::AnyInfantFamily => Msg::CategoryToolWorkLineAnyInfantFamily,
                    WorkKind::Prevention => Msg::CategoryToolWorkLinePrevention,
                    WorkKind::PostGraduatePsychotherapy => {
                        Msg::CategoryToolWorkLinePostGraduatePsychotherapy
                    }
                    WorkKind::Leadership => Msg::CategoryToolWorkLineLeadership,
                });
                fill!(
                    self,
                    CategoryToolRequirementWork,
                    years = &self.years(y),
                    what = what
                )
            }
            RequirementLine::Families { count } => fill!(
                self,
                CategoryToolRequirementFamilies,
                families = &self.families(count)
            ),
            RequirementLine::RscProviderYears { years: y } => {
                years(Msg::CategoryToolRequirementRscProviderYears, y)
            }
            RequirementLine::TrainingHours { hours: h } => {
                hours(Msg::CategoryToolRequirementTrainingHours, h)
            }
            RequirementLine::RscProvisionTrainingHours {
                hours,
                self_study_cap,
            } => fill!(
                self,
                CategoryToolRequirementRscProvisionTrainingHours,
                hours = hours,
                cap = self_study_cap
            ),
            RequirementLine::RscHours { hours: h } => {
                hours(Msg::CategoryToolRequirementRscHours, h)
            }
            RequirementLine::RscProvisionHours { hours: h } => {
                hours(Msg::CategoryToolRequirementRscProvisionHours, h)
            }
            RequirementLine::RscPrerequisiteHours { hours: h } => {
                hours(Msg::CategoryToolRequirementRscPrerequisiteHours, h)
            }
            RequirementLine::RscRecommended => self
                .text(Msg::CategoryToolRequirementRscRecommended)
                .to_owned(),
            RequirementLine::References { count } => {
                fill!(self, CategoryToolRequirementReferences, count = count)
            }
            RequirementLine::PriorEndorsement => self
                .text(Msg::CategoryToolRequirementPriorEndorsement)
                .to_owned(),
            RequirementLine::CoreCompetencies => self
                .text(Msg::CategoryToolRequirementCoreCompetencies)
                .to_owned(),
            RequirementLine::Exam => self.text(Msg::CategoryToolRequirementExam).to_owned(),
            RequirementLine::NoExam => self.text(Msg::CategoryToolRequirementNoExam).to_owned(),
        }
    }
}
