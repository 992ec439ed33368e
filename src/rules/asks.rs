//! What a category asks of a person, as plain data the tools show: the lines of "what this category asks
//! for" in the finder, and which sections and fields of the checker's form matter. Both are read from the
//! ruleset's table (never re-typed), so a new edition changes them by changing data, and both are tested
//! here, natively.

use super::model::Category;
use super::ruleset::{CategoryRules, EducationRule, RequirementId, Ruleset, WorkKind};

/// One line of "what this category asks for", with its numbers read from the ruleset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RequirementLine {
    /// Any academic degree, or this many years of qualifying work (Family Associate).
    DegreeOrWork {
        years: f64,
    },
    AnyDegree,
    PostGraduate,
    NoDegree,
    /// Years of work of the category's kind.
    Work {
        kind: WorkKind,
        years: f64,
    },
    Families {
        count: u32,
    },
    RscProviderYears {
        years: f64,
    },
    TrainingHours {
        hours: f64,
    },
    RscProvisionTrainingHours {
        hours: f64,
        self_study_cap: f64,
    },
    RscHours {
        hours: f64,
    },
    RscProvisionHours {
        hours: f64,
    },
    RscPrerequisiteHours {
        hours: f64,
    },
    RscRecommended,
    References {
        count: u32,
    },
    PriorEndorsement,
    CoreCompetencies,
    Exam,
    NoExam,
}

/// The lines for one category: its requirements in the ruleset's one order, with the notes a person
/// choosing a category also needs (no degree needed, RSC recommended, the exam).
pub fn requirement_lines(ruleset: &Ruleset, category: Category) -> Vec<RequirementLine> {
    let rules: &CategoryRules = ruleset.category(category);
    let mut lines = Vec::new();
    // The add-on has no education rule of its own; saying "no degree" there would mislead.
    if !rules.asks(RequirementId::Education) && !category.is_add_on() {
        lines.push(RequirementLine::NoDegree);
    }
    for id in rules.requirements() {
        let need = rules.need(id).unwrap_or_default();
        let line = match id {
            RequirementId::PriorEndorsement => RequirementLine::PriorEndorsement,
            // Family Associate: one line for a degree or the work years.
            RequirementId::Education if rules.education_or_work => RequirementLine::DegreeOrWork {
                years: rules.need(RequirementId::WorkYears).unwrap_or_default(),
            },
            RequirementId::WorkYears if rules.education_or_work => continue,
            RequirementId::Education => match rules.education {
                Some(EducationRule::PostGraduate) => RequirementLine::PostGraduate,
                Some(EducationRule::AnyDegree) | None => RequirementLine::AnyDegree,
            },
            RequirementId::WorkYears => match rules.work {
                Some((kind, years)) => RequirementLine::Work { kind, years },
                None => continue,
            },
            RequirementId::FamiliesServed => RequirementLine::Families {
                count: rules.families_served.unwrap_or_default(),
            },
            RequirementId::RscProviderYears => RequirementLine::RscProviderYears { years: need },
            RequirementId::TrainingHours => RequirementLine::TrainingHours { hours: need },
            RequirementId::RscProvisionTrainingHours => {
                RequirementLine::RscProvisionTrainingHours {
                    hours: need,
                    self_study_cap: ruleset.training.self_study_cap,
                }
            }
            RequirementId::RscHours => RequirementLine::RscHours { hours: need },
            RequirementId::RscProvisionHours => RequirementLine::RscProvisionHours { hours: need },
            RequirementId::RscPrerequisiteHours => {
                RequirementLine::RscPrerequisiteHours { hours: need }
            }
            RequirementId::References => {
                if rules.rsc_recommended {
                    lines.push(RequirementLine::RscRecommended);
                }
                RequirementLine::References {
                    count: rules.references,
                }
            }
            RequirementId::CoreCompetencies => RequirementLine::CoreCompetencies,
        };
        lines.push(line);
    }
    lines.push(if rules.exam {
        RequirementLine::Exam
    } else {
        RequirementLine::NoExam
    });
    lines
}

/// Which sections and fields the checker's form shows for one category: only what the category's
/// requirements use. Hidden fields keep their values, so switching category back shows them again.
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
    pub fn of(ruleset: &Ruleset, category: Category) -> Relevance {
        let rules = ruleset.category(category);
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
            volunteer: work_kind.is_some_and(WorkKind::volunteer_rule_applies),
            about_provision: rules.rsc_provision_hours.is_some(),
            rsc_provision_training: rules.rsc_provision_training_hours.is_some()
                || rules.rsc_provision_hours.is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::EDITION_2025;
    use crate::rules::model::DegreeLevel;

    #[test]
    fn family_associate_asks_for_a_degree_or_work_in_one_line_and_no_exam() {
        let lines = requirement_lines(&EDITION_2025, Category::FamilyAssociate);
        let years = EDITION_2025
            .category(Category::FamilyAssociate)
            .need(RequirementId::WorkYears)
            .unwrap_or_default();
        assert_eq!(
            lines.first(),
            Some(&RequirementLine::DegreeOrWork { years })
        );
        assert!(
            !lines
                .iter()
                .any(|l| matches!(l, RequirementLine::Work { .. }))
        );
        assert_eq!(lines.last(), Some(&RequirementLine::NoExam));
    }

    #[test]
    fn every_category_lists_each_of_its_requirements_once_and_ends_with_the_exam_line() {
        for category in Category::ALL {
            let rules = EDITION_2025.category(category);
            let lines = requirement_lines(&EDITION_2025, category);
            let exam = if rules.exam {
                RequirementLine::Exam
            } else {
                RequirementLine::NoExam
            };
            assert_eq!(lines.last(), Some(&exam), "{category:?}");
            let has = |line: fn(&RequirementLine) -> bool| lines.iter().filter(|l| line(l)).count();
            assert_eq!(
                has(|l| matches!(l, RequirementLine::References { .. })),
                1,
                "{category:?}"
            );
            assert_eq!(
                has(|l| matches!(l, RequirementLine::TrainingHours { .. })),
                usize::from(rules.training_hours.is_some()),
                "{category:?}"
            );
            assert_eq!(
                has(|l| matches!(l, RequirementLine::NoDegree)),
                usize::from(rules.education.is_none() && !category.is_add_on()),
                "{category:?}"
            );
            assert_eq!(
                has(|l| matches!(l, RequirementLine::RscRecommended)),
                usize::from(rules.rsc_recommended),
                "{category:?}"
            );
        }
    }

    #[test]
    fn the_numbers_are_the_rulesets() {
        let lines = requirement_lines(&EDITION_2025, Category::ReflectiveSupervisor);
        let rules = EDITION_2025.category(Category::ReflectiveSupervisor);
        assert!(lines.contains(&RequirementLine::PriorEndorsement));
        if let Some(hours) = rules.rsc_provision_training_hours {
            assert!(lines.contains(&RequirementLine::RscProvisionTrainingHours {
                hours,
                self_study_cap: EDITION_2025.training.self_study_cap,
            }));
        }
        let mhs = requirement_lines(&EDITION_2025, Category::MentalHealthSpecialist);
        assert!(mhs.contains(&RequirementLine::PostGraduate));
        assert!(mhs.iter().any(|l| matches!(
            l,
            RequirementLine::Work {
                kind: WorkKind::PostGraduatePsychotherapy,
                ..
            }
        )));
    }

    #[test]
    fn the_form_shows_what_each_category_uses() {
        let mhs = Relevance::of(&EDITION_2025, Category::MentalHealthSpecialist);
        assert!(mhs.psychotherapy && mhs.volunteer && !mhs.leadership && mhs.rsc);
        let mentor = Relevance::of(&EDITION_2025, Category::MentorPolicy);
        assert!(mentor.leadership && !mentor.volunteer && !mentor.psychotherapy);
        let specialist = Relevance::of(&EDITION_2025, Category::FamilySpecialist);
        assert!(specialist.families_served && specialist.volunteer && !specialist.endorsements);
        let associate = Relevance::of(&EDITION_2025, Category::FamilyAssociate);
        assert!(!associate.families_served && !associate.provides_rsc);
        let ers = Relevance::of(&EDITION_2025, Category::ReflectiveSupervisor);
        assert!(ers.endorsements && ers.provides_rsc && ers.rsc_provision_training);
        for category in Category::ALL {
            let rules = EDITION_2025.category(category);
            let shown = Relevance::of(&EDITION_2025, category);
            // The volunteer fields appear exactly where check applies the volunteer rule.
            assert_eq!(
                shown.volunteer,
                rules.work.is_some_and(|(k, _)| k.volunteer_rule_applies()),
                "{category:?}"
            );
            assert_eq!(shown.competencies, rules.core_competencies, "{category:?}");
            assert_eq!(shown.rsc, rules.counts_rsc_received(), "{category:?}");
        }
    }

    #[test]
    fn half_of_each_core_domain_rounded_up() {
        let training = &EDITION_2025.training;
        assert_eq!(training.core_domain_need(8), 4);
        assert_eq!(training.core_domain_need(7), 4);
        assert_eq!(training.core_domain_need(1), 1);
        assert_eq!(training.core_domain_need(0), 0);
    }

    #[test]
    fn every_category_renews_but_the_emerging_status() {
        let renewed: Vec<Category> = EDITION_2025.renewed_categories().collect();
        assert_eq!(renewed.len(), Category::ALL.len() - 1);
        assert!(!renewed.contains(&Category::ReflectiveSupervisorEmerging));
    }

    #[test]
    fn a_certificate_and_a_degree_claim_competencies_up_to_their_limits() {
        let training = &EDITION_2025.training;
        assert_eq!(training.competencies_per(DegreeLevel::None), None);
        assert_eq!(
            training.competencies_per(DegreeLevel::Certificate),
            Some(training.competencies_per_certificate)
        );
        for level in [
            DegreeLevel::Associate,
            DegreeLevel::Bachelor,
            DegreeLevel::Master,
            DegreeLevel::Doctorate,
        ] {
            assert_eq!(
                training.competencies_per(level),
                Some(training.competencies_per_degree)
            );
        }
    }
}
