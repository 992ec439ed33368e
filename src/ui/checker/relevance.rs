//! Which sections and fields a category asks about, read from the ruleset's table so that the form shows
//! only what matters. Hidden fields keep their values: switching category back shows them again.

use crate::rules::EDITION_2025;
use crate::rules::model::Category;
use crate::rules::ruleset::WorkKind;

/// What the form shows for one category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relevance {
    pub degrees: bool,
    pub work: bool,
    pub trainings: bool,
    pub rsc: bool,
    pub endorsements: bool,
    /// Competency pickers on degrees and trainings (the core-domain rule applies).
    pub competencies: bool,
    pub families_served: bool,
    /// "Post-graduate" and "psychotherapy" (Mental Health Specialist work).
    pub psychotherapy: bool,
    pub leadership: bool,
    pub provides_rsc: bool,
    /// "Volunteer", with "supervised" and "specialized training" once it is ticked.
    pub volunteer: bool,
    /// "About your own provision of RSC" on RSC entries.
    pub about_provision: bool,
    /// Training types and self-study matter (training on providing RSC, with its self-study cap).
    pub rsc_provision_training: bool,
}

impl Relevance {
    pub fn of(category: Category) -> Relevance {
        let rules = EDITION_2025.category(category);
        let work_kind = rules.work.map(|(kind, _)| kind);
        Relevance {
            degrees: rules.education.is_some() || rules.core_competencies,
            work: rules.work.is_some() || rules.rsc_provider_years.is_some(),
            trainings: rules.training_hours.is_some()
                || rules.rsc_provision_training_hours.is_some()
                || rules.core_competencies,
            rsc: rules.counts_rsc_received(),
            endorsements: rules.prior_endorsement,
            competencies: rules.core_competencies,
            families_served: rules.families_served.is_some(),
            psychotherapy: work_kind == Some(WorkKind::PostGraduatePsychotherapy),
            leadership: work_kind == Some(WorkKind::Leadership),
            provides_rsc: rules.rsc_provider_years.is_some(),
            volunteer: matches!(
                work_kind,
                Some(
                    WorkKind::AnyInfantFamily
                        | WorkKind::Prevention
                        | WorkKind::PostGraduatePsychotherapy
                )
            ),
            about_provision: rules.rsc_provision_hours.is_some(),
            rsc_provision_training: rules.rsc_provision_training_hours.is_some()
                || rules.rsc_provision_hours.is_some(),
        }
    }
}
