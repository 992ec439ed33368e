//! English: the complete table.

pub mod category_tool;
pub mod checker;
pub mod renewal;
pub mod shell;

use super::{Texts, names, number};
use crate::rules::RequirementId;
use crate::rules::check::Notice;
use crate::rules::competency::Domain;
use crate::rules::model::{Category, Credential, DegreeLevel, RoleScope};
use crate::rules::recommend::{Fit, Reason};
use crate::rules::ruleset::Assumption;

fn category(c: Category) -> &'static str {
    match c {
        Category::FamilyAssociate => "Family Associate",
        Category::FamilySpecialist => "Family Specialist",
        Category::MentalHealthSpecialist => "Mental Health Specialist",
        Category::MentorClinical => "Mental Health Mentor – Clinical",
        Category::MentorPolicy => "Mental Health Mentor – Policy",
        Category::MentorResearchFaculty => "Mental Health Mentor – Research/Faculty",
        Category::ReflectiveSupervisor => "Endorsed Reflective Supervisor (add-on)",
        Category::ReflectiveSupervisorEmerging => {
            "Endorsed Reflective Supervisor – Emerging status"
        }
    }
}

fn category_title(c: Category, credential: Credential) -> String {
    if c.is_add_on() {
        return category(c).to_owned();
    }
    let age = match credential {
        Credential::Imh => "Infant",
        Credential::Ecmh => "Early Childhood",
    };
    format!("{age} {}", category(c))
}

fn credential(c: Credential) -> &'static str {
    match c {
        Credential::Imh => "IMH-E®",
        Credential::Ecmh => "ECMH-E®",
    }
}

fn credential_ages(c: Credential) -> &'static str {
    match c {
        Credential::Imh => "pregnancy and children from birth up to 3 years",
        Credential::Ecmh => "children from 3 up to 6 years",
    }
}

fn scope(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Promotion => "promotion",
        RoleScope::Prevention => "prevention and early intervention",
        RoleScope::Clinical => "clinical intervention and treatment",
        RoleScope::Policy => "policy and program development",
        RoleScope::ResearchFaculty => "research and teaching",
        RoleScope::NotSure => "not sure yet",
    }
}

fn degree(d: DegreeLevel) -> &'static str {
    match d {
        DegreeLevel::None => "no degree",
        DegreeLevel::Associate => "associate degree",
        DegreeLevel::Bachelor => "bachelor's degree",
        DegreeLevel::Master => "master's degree",
        DegreeLevel::Doctorate => "doctorate",
    }
}

fn domain(d: Domain) -> &'static str {
    match d {
        Domain::TheoreticalFoundations => "Theoretical Foundations",
        Domain::LawRegulationPolicy => "Law, Regulation & Agency Policy",
        Domain::SystemsExpertise => "Systems Expertise",
        Domain::DirectServiceSkills => "Direct Service Skills",
        Domain::WorkingWithOthers => "Working with Others",
        Domain::Communicating => "Communicating",
        Domain::Thinking => "Thinking",
        Domain::Reflection => "Reflection",
    }
}

fn competency(id: &str) -> &'static str {
    match id {
        "pregnancy_early_parenthood" => "Pregnancy and early parenthood",
        "development_behavior" => "Infant/young child development and behavior",
        "family_centered_practice" => "Infant/young child and family-centered practice",
        "relationship_focused_practice" => "Relationship-focused practice",
        "family_relationships_dynamics" => "Family relationships and dynamics",
        "attachment_trauma_grief_loss" => "Attachment, separation, trauma, grief and loss",
        "cultural_humility" => "Cultural humility",
        "disorders_of_infancy" => "Disorders of infancy and early childhood",
        "theories_of_change" => "Psychotherapeutic and behavioral theories of change",
        "adult_disorders" => "Mental and behavioral disorders in adults",
        "adult_learning" => "Adult learning theory and practice",
        "research_evaluation" => "Statistics, research and evaluation",
        "ethical_practice" => "Ethical practice",
        "government_law_regulation" => "Government, law and regulation",
        "agency_policy" => "Agency policy",
        "service_delivery_systems" => "Service delivery systems",
        "community_resources" => "Community resources",
        "program_management" => "Administration and program management",
        "observation_listening" => "Observation and listening",
        "screening_assessment" => "Screening and assessment",
        "responding_with_empathy" => "Responding with empathy",
        "intervention_planning" => "Intervention and treatment planning",
        "developmental_guidance" => "Developmental guidance",
        "relationship_based_therapies" => {
            "Parent-infant/child relationship-based therapies and practices"
        }
        "advocacy" => "Advocacy",
        "life_skills" => "Life skills",
        "safety" => "Safety",
        "reflective_supervision" => "Reflective supervision",
        "building_relationships" => "Building and maintaining relationships",
        "supporting_others" => "Supporting others",
        "coaching_mentoring" => "Coaching and mentoring",
        "collaborating" => "Collaborating",
        "resolving_conflict" => "Resolving conflict",
        "crisis_management" => "Crisis management",
        "empathy_compassion" => "Empathy and compassion",
        "consulting" => "Consulting",
        "listening" => "Listening",
        "speaking" => "Speaking",
        "writing" => "Writing",
        "group_process" => "Group process",
        "analyzing_information" => "Analyzing information",
        "solving_problems" => "Solving problems",
        "sound_judgment" => "Exercising sound judgment",
        "maintaining_perspective" => "Maintaining perspective",
        "planning_organizing" => "Planning and organizing",
        "contemplation" => "Contemplation",
        "self_awareness" => "Self-awareness",
        "curiosity" => "Curiosity",
        "professional_development" => "Professional and personal development",
        "emotional_response" => "Emotional response",
        "parallel_process" => "Parallel process",
        _ => "Unlisted competency",
    }
}

fn fit(f: Fit) -> &'static str {
    match f {
        Fit::Best => "Best fit",
        Fit::NotYet => "Your scope, not yet reachable",
        Fit::Possible => "Could also fit",
        Fit::OtherScope => "Written for a different scope",
    }
}

fn requirement(r: RequirementId) -> &'static str {
    match r {
        RequirementId::PriorEndorsement => "Endorsed in a category",
        RequirementId::Education => "Education",
        RequirementId::WorkYears => "Work experience",
        RequirementId::FamiliesServed => "Families served",
        RequirementId::RscProviderYears => "Years providing RSC",
        RequirementId::TrainingHours => "Training hours",
        RequirementId::RscProvisionTrainingHours => "Training on providing RSC",
        RequirementId::RscHours => "RSC received",
        RequirementId::RscProvisionHours => "RSC about your provision of RSC",
        RequirementId::RscPrerequisiteHours => "RSC received (prerequisite)",
        RequirementId::References => "References",
        RequirementId::CoreCompetencies => "Core competencies",
    }
}

/// Singular and plural unit of a quantity requirement.
fn unit(r: RequirementId, amount: f64) -> &'static str {
    let one = amount == 1.0;
    match (r, one) {
        (RequirementId::WorkYears | RequirementId::RscProviderYears, true) => "year",
        (RequirementId::WorkYears | RequirementId::RscProviderYears, false) => "years",
        (RequirementId::FamiliesServed, true) => "family",
        (RequirementId::FamiliesServed, false) => "families",
        (RequirementId::References, true) => "reference",
        (RequirementId::References, false) => "references",
        (_, true) => "hour",
        (_, false) => "hours",
    }
}

fn missing(r: RequirementId, amount: f64) -> String {
    let n = number(amount);
    let u = unit(r, amount);
    match r {
        RequirementId::WorkYears => format!("{n} more {u} of qualifying work"),
        RequirementId::FamiliesServed => format!("{n} more {u} served"),
        RequirementId::RscProviderYears => format!("{n} more {u} providing RSC"),
        RequirementId::TrainingHours => format!("{n} more training {u}"),
        RequirementId::RscProvisionTrainingHours => {
            format!("{n} more training {u} on providing RSC")
        }
        RequirementId::RscHours => format!("{n} more RSC {u}"),
        RequirementId::RscProvisionHours => format!("{n} more RSC {u} about your provision of RSC"),
        RequirementId::RscPrerequisiteHours => {
            format!("{n} more RSC {u} from a qualified provider")
        }
        RequirementId::References => format!("{n} more {u}"),
        RequirementId::Education => "A degree at the required level".to_owned(),
        RequirementId::PriorEndorsement => {
            "Endorsement in one of the six categories first".to_owned()
        }
        RequirementId::CoreCompetencies => "More competencies in the core domains".to_owned(),
    }
}

fn progress(r: RequirementId, have: f64, need: f64) -> String {
    format!("{} of {} {}", number(have), number(need), unit(r, need))
}

fn assumption(a: Assumption) -> &'static str {
    match a {
        Assumption::PartialHoursRoundDown => {
            "A training can show one competency per whole hour, so a 1.5-hour training shows one."
        }
        Assumption::WorkYearsByDays => {
            "A year of work is counted as 365 days, first and last day included. Jobs that overlap count once, and a job you still hold counts up to today."
        }
        Assumption::VolunteerWorkSupervised => {
            "Volunteer work counts only when it was supervised and came with specialized training (such as CASA, doula or child life). Associations state this for Family Associates; we apply it to Family Specialist and Mental Health Specialist work too."
        }
        Assumption::RscNotDoubleCounted => {
            "RSC about your own provision of RSC is counted separately from the 24 prerequisite hours; one hour is not counted twice."
        }
        Assumption::DefaultCompetencyList => {
            "The competency names come from a default list. Your association's Competency Guidelines are the official grid and may differ."
        }
        Assumption::YearsEndorsedByCalendarYear => {
            "Years endorsed are the deadline's year minus the year you were endorsed, up to 3."
        }
        Assumption::HoursInsideCycle => {
            "Hours count when dated after the previous renewal deadline (or on or after your endorsement date, if later) and no later than this deadline."
        }
        Assumption::EndorsedMeansGranted => {
            "Your endorsement date is the day the endorsement was granted. Some older rules used the day the application was submitted; ask your association if unsure."
        }
        Assumption::ReinstatementTwelveMonths => {
            "The past 12 months run from the same date last year through today."
        }
    }
}

fn notice(n: &Notice) -> String {
    match n {
        Notice::TooManyCompetencies {
            claimed, allowed, ..
        } => format!(
            "This entry claims {claimed} competencies but can show at most {allowed}; only the first {allowed} count."
        ),
        Notice::SelfStudyCapped { counted, logged } => format!(
            "You logged {} self-study hours on providing RSC; at most {} count.",
            number(*logged),
            number(*counted)
        ),
        Notice::CompetenciesNotListed { competencies, .. } => format!(
            "Not on this category's list, so not counted here and taking none of this entry's places: {}.",
            names(competencies, competency)
        ),
        Notice::VolunteerWorkNotCounted { .. } => {
            "This volunteer position is not counted: volunteer work counts when it was supervised and included specialized training.".to_owned()
        }
    }
}

fn years(n: f64) -> String {
    format!("{} {}", number(n), if n == 1.0 { "year" } else { "years" })
}

fn reason(t: &Texts, category: Category, r: &Reason) -> String {
    let name = (t.category)(category);
    match *r {
        Reason::ScopeMatches { scope } => format!(
            "{name} is the category for {} work, which is how you described your main role.",
            (t.scope)(scope)
        ),
        Reason::ScopeDiffers { category_scope } => {
            format!("{name} is the category for {} work.", (t.scope)(category_scope))
        }
        Reason::ScopeUnsure => "You were not sure which kind of work describes your main role, so this is the closest match to your other answers. An Endorsement Coordinator can help you confirm it.".to_owned(),
        Reason::NeedsPostGraduate { have } => {
            let held = match have {
                DegreeLevel::None => "no degree yet",
                DegreeLevel::Associate => "an associate degree",
                DegreeLevel::Bachelor => "a bachelor's degree",
                DegreeLevel::Master => "a master's degree",
                DegreeLevel::Doctorate => "a doctorate",
            };
            format!(
                "{name} asks for a master's degree or doctorate; you have {held}. If you earn one later, this category opens up."
            )
        }
        Reason::HasPostGraduate => "Your post-graduate degree meets the education requirement.".to_owned(),
        Reason::NoDegreeNeeded => format!("{name} has no degree requirement."),
        Reason::DegreeOrWork {
            has_degree,
            years: have,
            need,
        } => {
            if has_degree {
                "Any academic degree meets the education requirement, and you have one, so the work requirement is not needed.".to_owned()
            } else if have >= need {
                format!(
                    "With no degree, {} of qualifying work meets the requirement; you have {}.",
                    years(need),
                    years(have)
                )
            } else {
                format!(
                    "You need either any academic degree or {} of qualifying work; you have {} so far.",
                    years(need),
                    years(have)
                )
            }
        }
        Reason::Years { have, need } => {
            if have >= need {
                format!("You have {} of this work; {} are needed.", years(have), number(need))
            } else {
                format!(
                    "{} of this work are needed and you have {}: you can start your application now and submit once you reach {}.",
                    years(need),
                    years(have),
                    number(need)
                )
            }
        }
        Reason::LeaderYears { have, need } => {
            if have >= need {
                format!("You have {} as a practice leader; {} are needed.", years(have), number(need))
            } else {
                format!(
                    "Mentors need {} as an infant and early childhood mental health practice leader; you have {}.",
                    years(need),
                    years(have)
                )
            }
        }
        Reason::RscProviderYears { have, need } => {
            if have >= need {
                format!("You have provided RSC for {}; {} are needed.", years(have), number(need))
            } else {
                format!(
                    "{} of providing reflective supervision/consultation are needed; you have {}.",
                    years(need),
                    years(have)
                )
            }
        }
        Reason::Families { have, need } => {
            if have >= need {
                format!("You have served {have} families; {need} are needed.")
            } else {
                format!("You need to have served at least {need} families; you have served {have} so far.")
            }
        }
        Reason::NeedsPsychotherapy { answer } => match answer {
            Some(true) => "You provide relationship-focused parent-infant/child psychotherapy, which this category is for.".to_owned(),
            Some(false) => "This category is for professionals who provide relationship-focused parent-infant/child psychotherapy, which you said you do not.".to_owned(),
            None => "This category is for professionals who provide relationship-focused parent-infant/child psychotherapy; check with your supervisor or association whether your work counts.".to_owned(),
        },
        Reason::ExamRequired => "Mentor categories include a written exam after the application is approved.".to_owned(),
        Reason::InsteadOf { from } => format!(
            "We suggest {name} for now instead of {}, whose requirements you do not meet yet (see below).",
            (t.category)(from)
        ),
    }
}

pub const EN: Texts = Texts {
    category,
    category_title,
    credential,
    credential_ages,
    scope,
    degree,
    domain,
    competency,
    fit,
    requirement,
    missing,
    progress,
    assumption,
    notice,
    reason,
    shell: &shell::TEXTS,
    category_tool: &category_tool::TEXTS,
    checker: &checker::TEXTS,
    renewal: &renewal::TEXTS,
};
