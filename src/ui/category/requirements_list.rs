//! What a category asks for at application time, read from the ruleset's table (never re-typed), so a
//! new edition changes this list by changing data.

use crate::i18n::Locale;
use crate::i18n::category_tool::{RequirementLine, WorkLine};
use crate::rules::model::Category;
use crate::rules::ruleset::{CategoryRules, EducationRule, Ruleset, WorkKind};
use crate::rules::{EDITION_2025, RequirementId};
use yew::prelude::*;

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
            RequirementId::WorkYears => {
                let Some((kind, years)) = rules.work else {
                    continue;
                };
                let kind = match kind {
                    WorkKind::AnyInfantFamily => WorkLine::AnyInfantFamily,
                    WorkKind::Prevention => WorkLine::Prevention,
                    WorkKind::PostGraduatePsychotherapy => WorkLine::PostGraduatePsychotherapy,
                    WorkKind::Leadership => WorkLine::Leadership,
                };
                RequirementLine::Work { kind, years }
            }
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

pub fn requirements_list(t: Locale, category: Category) -> Html {
    let items = requirement_lines(&EDITION_2025, category)
        .into_iter()
        .map(|line| html! { <li>{ t.requirement_line(line) }</li> });
    html! { <ul class="category-requirements">{ for items }</ul> }
}
