//! English text of the category tool screens.

use crate::i18n::category_tool::{
    AgesChoice, CategoryToolTexts, Field, Problem, RequirementLine, WorkLine,
};
use crate::i18n::number;
use crate::rules::model::{DegreeLevel, RoleScope};

fn ages_choice(a: AgesChoice) -> &'static str {
    match a {
        AgesChoice::Infant => "Pregnancy and children from birth up to 3",
        AgesChoice::EarlyChildhood => "Children from 3 up to 6",
        AgesChoice::Both => "Both age groups",
    }
}

fn ages_choice_hint(a: AgesChoice) -> &'static str {
    match a {
        AgesChoice::Infant => "This leads to the IMH-E® credential.",
        AgesChoice::EarlyChildhood => "This leads to the ECMH-E® credential.",
        AgesChoice::Both => "You can hold both credentials.",
    }
}

fn scope_choice(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Promotion => "Promoting healthy development",
        RoleScope::Prevention => "Prevention and early intervention",
        RoleScope::Clinical => "Clinical intervention and treatment",
        RoleScope::Policy => "Policy and program work",
        RoleScope::ResearchFaculty => "Research and teaching",
        RoleScope::NotSure => "I'm not sure",
    }
}

fn scope_choice_hint(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Promotion => {
            "For example child care, home visiting for all families, parent education, or family support in the community."
        }
        RoleScope::Prevention => {
            "You work directly with young children and their caregivers who face added risk, for example as an early intervention provider or a targeted home visitor."
        }
        RoleScope::Clinical => {
            "You assess and treat young children and their families, for example as a therapist, psychologist or social worker."
        }
        RoleScope::Policy => {
            "You lead programs or shape policy for infants, young children and families, for example as an administrator or advocate."
        }
        RoleScope::ResearchFaculty => {
            "You research, teach or train others about infant and early childhood mental health, for example at a college or university."
        }
        RoleScope::NotSure => "We will suggest a category from your other answers.",
    }
}

fn degree_choice(d: DegreeLevel) -> &'static str {
    match d {
        DegreeLevel::None => "No degree",
        DegreeLevel::Associate => "Associate degree",
        DegreeLevel::Bachelor => "Bachelor's degree",
        DegreeLevel::Master => "Master's degree",
        DegreeLevel::Doctorate => "Doctorate",
    }
}

fn degree_choice_hint(d: DegreeLevel) -> &'static str {
    match d {
        DegreeLevel::None => "A high school diploma or a certificate counts as no degree here.",
        DegreeLevel::Associate => "For example an AA or AAS.",
        DegreeLevel::Bachelor => "For example a BA or BS.",
        DegreeLevel::Master => "For example an MA, MS, MSW or MEd.",
        DegreeLevel::Doctorate => "For example a PhD, PsyD, EdD or MD.",
    }
}

fn years_question(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Promotion => {
            "How many years have you worked with or on behalf of infants, young children and families?"
        }
        RoleScope::Prevention => {
            "How many years have you worked in prevention or early intervention?"
        }
        RoleScope::Clinical => {
            "How many years have you provided clinical intervention or treatment?"
        }
        RoleScope::Policy => "How many years have you worked in policy or program work?",
        RoleScope::ResearchFaculty => "How many years have you worked in research or teaching?",
        RoleScope::NotSure => {
            "How many years have you worked with or on behalf of infants, young children and families?"
        }
    }
}

fn years_hint(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Clinical => {
            "If you have a master's degree or doctorate, count only the years since you earned it. Fractions are fine, for example 1.5."
        }
        RoleScope::Promotion | RoleScope::NotSure => {
            "Count paid work, and volunteer work that was supervised. Fractions are fine, for example 1.5."
        }
        _ => "Count paid work in this kind of role. Fractions are fine, for example 1.5.",
    }
}

fn error(f: Field, p: Problem) -> &'static str {
    match (f, p) {
        (Field::Ages, _) => "Select the ages you work with or on behalf of",
        (Field::Scope, _) => {
            "Select the kind of work that best describes your main role, or I'm not sure"
        }
        (Field::Degree, _) => "Select your highest degree, or no degree",
        (Field::Psychotherapy, _) => "Select yes, no or I'm not sure",
        (Field::ProvidesRsc, _) => {
            "Select yes if you provide reflective supervision or consultation"
        }
        (Field::EndorsedIn, _) => {
            "Select the categories you are endorsed in, or select that you are not endorsed yet"
        }
        (Field::FamiliesServed, Problem::Missing) => {
            "Enter the number of families you have served, for example 12"
        }
        (Field::FamiliesServed, Problem::NotWhole) => {
            "Enter the number of families as a whole number, for example 12"
        }
        (Field::FamiliesServed, Problem::Negative) => "The number of families must be 0 or more",
        (Field::FamiliesServed, Problem::TooLarge) => {
            "The number of families must be 100,000 or fewer"
        }
        (Field::FamiliesServed, _) => "Enter the number of families as a number, for example 12",
        (_, Problem::Missing) => "Enter the number of years, for example 2 or 1.5",
        (_, Problem::Negative) => "The number of years must be 0 or more",
        (_, Problem::TooLarge) => "The number of years must be 70 or fewer",
        (_, Problem::Zero) => "Enter how many years you have provided it, for example 0.5",
        (_, _) => "Enter the number of years as a number, for example 2 or 1.5",
    }
}

fn summary_label(f: Field) -> &'static str {
    match f {
        Field::Ages => "Ages you work with",
        Field::Scope => "Main role",
        Field::Degree => "Highest degree",
        Field::YearsInScope => "Years in this kind of work",
        Field::FamiliesServed => "Families served",
        Field::Psychotherapy => "Parent-infant/child psychotherapy",
        Field::LeaderYears => "Years as a practice leader",
        Field::ProvidesRsc | Field::ProvidesRscYears => "You provide reflective supervision",
        Field::EndorsedIn => "Already endorsed in",
    }
}

fn years(n: f64) -> String {
    format!("{} {}", number(n), if n == 1.0 { "year" } else { "years" })
}

fn families(n: u32) -> String {
    format!("{n} {}", if n == 1 { "family" } else { "families" })
}

fn rsc_answer(n: f64) -> String {
    format!("Yes, for {}", years(n))
}

fn credential_line(credential: &str, ages: &str) -> String {
    format!("{credential}: for work with {ages}.")
}

fn both_credentials(first: &str, second: &str) -> String {
    format!(
        "You work with both age groups, so you can be endorsed as {first} and as {second} (IECMH-E®)."
    )
}

fn not_offered(credential: &str, association: &str) -> String {
    format!("{credential} is not offered by {association}.")
}

fn association_offers(association: &str, credentials: &str) -> String {
    format!("{association} offers {credentials}.")
}

fn nothing_offered(association: &str) -> String {
    format!(
        "{association} does not offer the credential for the ages you work with. Ask them, or the Alliance for the Advancement of Infant Mental Health, where you can apply."
    )
}

fn requires_heading(category: &str) -> String {
    format!("What {category} asks for")
}

fn requirement_value(line: RequirementLine) -> String {
    match line {
        RequirementLine::DegreeOrWork { years: y } => format!(
            "Any academic degree, or {} of qualifying work with or on behalf of infants, young children and families",
            years(y)
        ),
        RequirementLine::AnyDegree => "Any academic degree".to_owned(),
        RequirementLine::PostGraduate => "A master's degree or doctorate".to_owned(),
        RequirementLine::NoDegree => "No degree is required".to_owned(),
        RequirementLine::Work { kind, years: y } => {
            let what = match kind {
                WorkLine::AnyInfantFamily => {
                    "work with or on behalf of infants, young children and families"
                }
                WorkLine::Prevention => {
                    "prevention or early intervention work with young children and their caregivers"
                }
                WorkLine::PostGraduatePsychotherapy => {
                    "post-graduate work providing relationship-focused parent-infant/child psychotherapy"
                }
                WorkLine::Leadership => {
                    "work as an infant and early childhood mental health practice leader (paid or unpaid)"
                }
            };
            format!("{} of {what}", years(y))
        }
        RequirementLine::Families { count } => {
            format!("Having served at least {} in that work", families(count))
        }
        RequirementLine::RscProviderYears { years: y } => format!(
            "At least {} providing reflective supervision/consultation (RSC) to others",
            years(y)
        ),
        RequirementLine::TrainingHours { hours } => {
            format!("{} hours of in-service training", number(hours))
        }
        RequirementLine::RscProvisionTrainingHours {
            hours,
            self_study_cap,
        } => format!(
            "{} hours of training on providing RSC (up to {} of them may be self-study)",
            number(hours),
            number(self_study_cap)
        ),
        RequirementLine::RscHours { hours } => format!(
            "At least {} hours of reflective supervision/consultation (RSC) received from a qualified provider",
            number(hours)
        ),
        RequirementLine::RscProvisionHours { hours } => format!(
            "Of that RSC, at least {} hours about the RSC you provide to others",
            number(hours)
        ),
        RequirementLine::RscPrerequisiteHours { hours } => format!(
            "At least {} hours of RSC received from a qualified provider while doing this work",
            number(hours)
        ),
        RequirementLine::RscRecommended => {
            "Reflective supervision/consultation is recommended, not required".to_owned()
        }
        RequirementLine::References { count } => format!(
            "{count} {}",
            if count == 1 { "reference" } else { "references" }
        ),
        RequirementLine::PriorEndorsement => "Endorsement in one of the six categories".to_owned(),
        RequirementLine::CoreCompetencies => {
            "At least half of the competencies in each core domain (Theoretical Foundations, Direct Service Skills, Reflection)".to_owned()
        }
        RequirementLine::Exam => "A written exam once your application is approved".to_owned(),
        RequirementLine::NoExam => "No exam".to_owned(),
    }
}

fn add_on_emerging(need_years: f64, status_years: i32) -> String {
    format!(
        "The full add-on asks for {} providing RSC, so its Emerging status fits first. Emerging status lasts {status_years} years, and the RSC you provide meanwhile counts toward the full add-on. Emerging status asks for:",
        years(need_years)
    )
}

fn next_join(association: &str) -> String {
    format!("Become a member of {association}. Endorsement needs a current membership.")
}

fn next_register(association: &str) -> String {
    format!(
        "Register in {association}'s online application system, pay the registration fee, and fill in each section (education, work, training, reflective supervision, references)."
    )
}

fn apply_link(association: &str) -> String {
    format!("Start your application with {association}")
}

fn contact(association: &str) -> String {
    format!("Questions? Email {association}")
}

fn check_button(category: &str) -> String {
    format!("Check my requirements for {category}")
}

pub const TEXTS: CategoryToolTexts = CategoryToolTexts {
    title: "Which category fits me?",
    intro: "Answer a few short questions and we suggest the endorsement category that fits your work.",
    back: "Back",
    continue_label: "Continue",
    error_summary_title: "There is a problem",
    error_prefix: "Error:",
    or: "or",
    yes: "Yes",
    no: "No",
    not_sure: "I'm not sure",
    years_unit: "years",
    families_unit: "families",
    ages_question: "Which ages do you work with, or on behalf of?",
    ages_hint: "Think of the children and families your work is for, even if you do not see them yourself.",
    ages_choice,
    ages_choice_hint,
    scope_question: "Which best describes your main role?",
    scope_hint: "Choose the kind of work you spend most of your time on.",
    scope_choice,
    scope_choice_hint,
    degree_question: "What is your highest degree?",
    degree_hint: "Choose the highest degree you have finished, in any subject.",
    degree_choice,
    degree_choice_hint,
    years_question,
    years_hint,
    families_question: "How many families with young children have you served?",
    families_hint: "Count each family once, across all your jobs with young children and their caregivers. An estimate is fine.",
    psychotherapy_question: "Do you provide relationship-focused parent-infant or parent-child psychotherapy?",
    psychotherapy_hint: "This is therapy that works on the relationship between a young child and their caregiver, with both together.",
    leader_question: "How many years have you worked as a practice leader in infant and early childhood mental health?",
    leader_hint: "For example leading a program, supervising staff, shaping policy, or teaching at a college. Enter 0 if none. Fractions are fine.",
    rsc_question: "Do you provide reflective supervision or consultation to others?",
    rsc_hint: "Reflective supervision/consultation (RSC) is regular time with a supervisee or team to reflect on their work with families.",
    rsc_years_label: "For how many years?",
    rsc_years_hint: "Fractions are fine, for example 1.5.",
    endorsed_question: "Are you already endorsed in a category?",
    endorsed_hint: "Select all that apply.",
    endorsed_none: "No, I am not endorsed yet",
    error,
    summary_title: "Check your answers",
    summary_hint: "You can change any answer before you see the result.",
    summary_label,
    change: "Change",
    not_answered: "Not answered",
    see_result: "See my result",
    years,
    families,
    rsc_answer,
    endorsed_answer_none: "Not endorsed yet",
    result_caption: "The category that fits you best",
    credential_line,
    both_credentials,
    not_offered,
    association_offers,
    nothing_offered,
    your_association: "your association",
    why_heading: "Why we suggest it",
    not_a_hierarchy: "Categories are not a ladder: each one follows the kind of work you do most, and none is better than another.",
    requires_heading,
    requires_intro: "To apply, you will need:",
    requirement_value,
    add_on_heading: "You may also add Endorsed Reflective Supervisor",
    add_on_intro: "Because you provide reflective supervision/consultation, you can add this to your endorsement. It asks for:",
    add_on_emerging,
    add_on_after_endorsement: "You can add it once you are endorsed in a category.",
    others_heading: "Other categories",
    others_intro: "Why we did not suggest them, and what would change that.",
    other_scopes_summary: "Categories written for other kinds of work",
    next_heading: "Next steps",
    next_join,
    next_register,
    next_references: "Ask your references for their forms 2 to 3 weeks before you plan to submit.",
    next_submit: "Submit and pay the processing fee. Review usually takes about 4 weeks.",
    next_exam: "Mentor categories then take a written exam, offered once a month for most of the year.",
    apply_link,
    contact,
    contact_generic: "Not sure where to apply? The infant mental health association in your state or country can help. Where there is none, you can apply directly with the Alliance for the Advancement of Infant Mental Health.",
    check_button,
    change_answers: "Change my answers",
    start_again: "Start again",
};
