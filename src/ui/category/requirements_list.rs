//! What a category asks for at application time, read from the ruleset's table (never re-typed), so a
//! new edition changes this list by changing data.

use crate::i18n::Texts;
use crate::i18n::category_tool::{RequirementLine, WorkLine};
use crate::rules::EDITION_2025;
use crate::rules::model::Category;
use crate::rules::ruleset::{CategoryRules, EducationRule, Ruleset, WorkKind};
use yew::prelude::*;

/// The lines for one category, in the order an application asks for them.
pub fn requirement_lines(ruleset: &Ruleset, category: Category) -> Vec<RequirementLine> {
    let rules: &CategoryRules = ruleset.category(category);
    let mut lines = Vec::new();
    if rules.education_or_work {
        let years = rules.work.map(|(_, y)| y).unwrap_or_default();
        lines.push(RequirementLine::DegreeOrWork { years });
    } else {
        match rules.education {
            Some(EducationRule::AnyDegree) => lines.push(RequirementLine::AnyDegree),
            Some(EducationRule::PostGraduate) => lines.push(RequirementLine::PostGraduate),
            // The add-on has no education rule of its own; saying "no degree" there would mislead.
            None if !category.is_add_on() => lines.push(RequirementLine::NoDegree),
            None => {}
        }
        if let Some((kind, years)) = rules.work {
            let kind = match kind {
                WorkKind::AnyInfantFamily => WorkLine::AnyInfantFamily,
                WorkKind::Prevention => WorkLine::Prevention,
                WorkKind::PostGraduatePsychotherapy => WorkLine::PostGraduatePsychotherapy,
                WorkKind::Leadership => WorkLine::Leadership,
            };
            lines.push(RequirementLine::Work { kind, years });
        }
    }
    if let Some(count) = rules.families_served {
        lines.push(RequirementLine::Families { count });
    }
    if rules.prior_endorsement {
        lines.push(RequirementLine::PriorEndorsement);
    }
    if let Some(years) = rules.rsc_provider_years {
        lines.push(RequirementLine::RscProviderYears { years });
    }
    if let Some(hours) = rules.training_hours {
        lines.push(RequirementLine::TrainingHours { hours });
    }
    if let Some(hours) = rules.rsc_provision_training_hours {
        lines.push(RequirementLine::RscProvisionTrainingHours {
            hours,
            self_study_cap: ruleset.training.self_study_cap,
        });
    }
    if let Some(hours) = rules.rsc_prerequisite_hours {
        lines.push(RequirementLine::RscPrerequisiteHours { hours });
    }
    if let Some(hours) = rules.rsc_hours {
        lines.push(RequirementLine::RscHours { hours });
    }
    if let Some(hours) = rules.rsc_provision_hours {
        lines.push(RequirementLine::RscProvisionHours { hours });
    }
    if rules.rsc_recommended {
        lines.push(RequirementLine::RscRecommended);
    }
    lines.push(RequirementLine::References {
        count: rules.references,
    });
    if rules.core_competencies {
        lines.push(RequirementLine::CoreCompetencies);
    }
    lines.push(if rules.exam {
        RequirementLine::Exam
    } else {
        RequirementLine::NoExam
    });
    lines
}

pub fn requirements_list(texts: &Texts, category: Category) -> Html {
    let t = texts.category_tool;
    let items = requirement_lines(&EDITION_2025, category)
        .into_iter()
        .map(|line| html! { <li>{ (t.requirement_value)(line) }</li> });
    html! { <ul class="category-requirements">{ for items }</ul> }
}
