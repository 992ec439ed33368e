//! Spanish: translated names so far; every other entry falls back to English.

pub mod category_tool;
pub mod checker;
pub mod renewal;
pub mod shell;

use super::{EN, Texts};
use crate::rules::RequirementId;
use crate::rules::competency::Domain;
use crate::rules::model::{Category, Credential, DegreeLevel, RoleScope};

fn category(c: Category) -> &'static str {
    match c {
        Category::FamilyAssociate => "Asociado/a Familiar",
        Category::FamilySpecialist => "Especialista Familiar",
        Category::MentalHealthSpecialist => "Especialista en Salud Mental",
        Category::MentorClinical => "Mentor/a en Salud Mental – Clínico",
        Category::MentorPolicy => "Mentor/a en Salud Mental – Políticas",
        Category::MentorResearchFaculty => "Mentor/a en Salud Mental – Investigación/Docencia",
        Category::ReflectiveSupervisor => "Supervisor/a Reflexivo/a Avalado/a (complemento)",
        Category::ReflectiveSupervisorEmerging => {
            "Supervisor/a Reflexivo/a Avalado/a – estatus emergente"
        }
    }
}

fn credential_ages(c: Credential) -> &'static str {
    match c {
        Credential::Imh => "el embarazo y niños desde el nacimiento hasta los 3 años",
        Credential::Ecmh => "niños de 3 a 6 años",
    }
}

fn scope(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Promotion => "promoción",
        RoleScope::Prevention => "prevención e intervención temprana",
        RoleScope::Clinical => "intervención clínica y tratamiento",
        RoleScope::Policy => "políticas y desarrollo de programas",
        RoleScope::ResearchFaculty => "investigación y docencia",
        RoleScope::NotSure => "aún no lo sé",
    }
}

fn degree(d: DegreeLevel) -> &'static str {
    match d {
        DegreeLevel::None => "sin título",
        DegreeLevel::Associate => "título de asociado",
        DegreeLevel::Bachelor => "licenciatura",
        DegreeLevel::Master => "maestría",
        DegreeLevel::Doctorate => "doctorado",
    }
}

fn domain(d: Domain) -> &'static str {
    match d {
        Domain::TheoreticalFoundations => "Fundamentos teóricos",
        Domain::LawRegulationPolicy => "Leyes, regulación y políticas de la agencia",
        Domain::SystemsExpertise => "Conocimiento de sistemas",
        Domain::DirectServiceSkills => "Habilidades de servicio directo",
        Domain::WorkingWithOthers => "Trabajo con otros",
        Domain::Communicating => "Comunicación",
        Domain::Thinking => "Pensamiento",
        Domain::Reflection => "Reflexión",
    }
}

fn requirement(r: RequirementId) -> &'static str {
    match r {
        RequirementId::PriorEndorsement => "Aval en una categoría",
        RequirementId::Education => "Educación",
        RequirementId::WorkYears => "Experiencia laboral",
        RequirementId::FamiliesServed => "Familias atendidas",
        RequirementId::RscProviderYears => "Años brindando RSC",
        RequirementId::TrainingHours => "Horas de capacitación",
        RequirementId::RscProvisionTrainingHours => "Capacitación sobre brindar RSC",
        RequirementId::RscHours => "RSC recibida",
        RequirementId::RscProvisionHours => "RSC sobre su provisión de RSC",
        RequirementId::RscPrerequisiteHours => "RSC recibida (requisito previo)",
        RequirementId::References => "Referencias",
        RequirementId::CoreCompetencies => "Competencias centrales",
    }
}

pub const ES: Texts = Texts {
    category,
    credential_ages,
    scope,
    degree,
    domain,
    requirement,
    shell: &shell::TEXTS,
    category_tool: &category_tool::TEXTS,
    checker: &checker::TEXTS,
    renewal: &renewal::TEXTS,
    ..EN
};
