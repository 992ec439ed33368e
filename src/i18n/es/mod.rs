//! Spanish: the complete rule-level table; screen tables live beside it.

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

/// Spanish writes decimals with a comma: 1,5 horas.
fn num(value: f64) -> String {
    number(value).replace('.', ",")
}

fn category_title(c: Category, credential: Credential) -> String {
    if c.is_add_on() {
        return category(c).to_owned();
    }
    let age = match credential {
        Credential::Imh => "de la Primera Infancia (0–3)",
        Credential::Ecmh => "de la Niñez Temprana (3–6)",
    };
    format!("{} {age}", category(c))
}

fn credential(c: Credential) -> &'static str {
    match c {
        Credential::Imh => "IMH-E®",
        Credential::Ecmh => "ECMH-E®",
    }
}

fn competency(id: &str) -> &'static str {
    match id {
        "pregnancy_early_parenthood" => "Embarazo y crianza temprana",
        "development_behavior" => "Desarrollo y conducta del bebé y el niño pequeño",
        "family_centered_practice" => "Práctica centrada en el niño y la familia",
        "relationship_focused_practice" => "Práctica centrada en las relaciones",
        "family_relationships_dynamics" => "Relaciones y dinámicas familiares",
        "attachment_trauma_grief_loss" => "Apego, separación, trauma, duelo y pérdida",
        "cultural_humility" => "Humildad cultural",
        "disorders_of_infancy" => "Trastornos de la infancia y la niñez temprana",
        "theories_of_change" => "Teorías psicoterapéuticas y conductuales del cambio",
        "adult_disorders" => "Trastornos mentales y conductuales en adultos",
        "adult_learning" => "Teoría y práctica del aprendizaje adulto",
        "research_evaluation" => "Estadística, investigación y evaluación",
        "ethical_practice" => "Práctica ética",
        "government_law_regulation" => "Gobierno, leyes y regulación",
        "agency_policy" => "Políticas de la agencia",
        "service_delivery_systems" => "Sistemas de prestación de servicios",
        "community_resources" => "Recursos comunitarios",
        "program_management" => "Administración y gestión de programas",
        "observation_listening" => "Observación y escucha",
        "screening_assessment" => "Tamizaje y evaluación",
        "responding_with_empathy" => "Responder con empatía",
        "intervention_planning" => "Planificación de la intervención y el tratamiento",
        "developmental_guidance" => "Orientación sobre el desarrollo",
        "relationship_based_therapies" => "Terapias y prácticas basadas en la relación padre-hijo",
        "advocacy" => "Defensoría",
        "life_skills" => "Habilidades para la vida",
        "safety" => "Seguridad",
        "reflective_supervision" => "Supervisión reflexiva",
        "building_relationships" => "Construir y mantener relaciones",
        "supporting_others" => "Apoyar a otros",
        "coaching_mentoring" => "Acompañamiento y mentoría",
        "collaborating" => "Colaborar",
        "resolving_conflict" => "Resolver conflictos",
        "crisis_management" => "Manejo de crisis",
        "empathy_compassion" => "Empatía y compasión",
        "consulting" => "Consultoría",
        "listening" => "Escuchar",
        "speaking" => "Hablar",
        "writing" => "Escribir",
        "group_process" => "Procesos de grupo",
        "analyzing_information" => "Analizar información",
        "solving_problems" => "Resolver problemas",
        "sound_judgment" => "Ejercer buen juicio",
        "maintaining_perspective" => "Mantener la perspectiva",
        "planning_organizing" => "Planificar y organizar",
        "contemplation" => "Contemplación",
        "self_awareness" => "Autoconciencia",
        "curiosity" => "Curiosidad",
        "professional_development" => "Desarrollo profesional y personal",
        "emotional_response" => "Respuesta emocional",
        "parallel_process" => "Proceso paralelo",
        _ => "Competencia no listada",
    }
}

fn fit(f: Fit) -> &'static str {
    match f {
        Fit::Best => "La que mejor encaja",
        Fit::NotYet => "Su ámbito, aún no alcanzable",
        Fit::Possible => "También podría encajar",
        Fit::OtherScope => "Pensada para otro ámbito",
    }
}

fn unit(r: RequirementId, amount: f64) -> &'static str {
    let one = amount == 1.0;
    match (r, one) {
        (RequirementId::WorkYears | RequirementId::RscProviderYears, true) => "año",
        (RequirementId::WorkYears | RequirementId::RscProviderYears, false) => "años",
        (RequirementId::FamiliesServed, true) => "familia",
        (RequirementId::FamiliesServed, false) => "familias",
        (RequirementId::References, true) => "referencia",
        (RequirementId::References, false) => "referencias",
        (_, true) => "hora",
        (_, false) => "horas",
    }
}

fn missing(r: RequirementId, amount: f64) -> String {
    let n = num(amount);
    let u = unit(r, amount);
    let more = "más";
    match r {
        RequirementId::WorkYears => format!("{n} {u} {more} de trabajo que califique"),
        RequirementId::FamiliesServed => format!("{n} {u} {more} atendidas"),
        RequirementId::RscProviderYears => format!("{n} {u} {more} brindando RSC"),
        RequirementId::TrainingHours => format!("{n} {u} {more} de capacitación"),
        RequirementId::RscProvisionTrainingHours => {
            format!("{n} {u} {more} de capacitación sobre brindar RSC")
        }
        RequirementId::RscHours => format!("{n} {u} {more} de RSC"),
        RequirementId::RscProvisionHours => {
            format!("{n} {u} {more} de RSC sobre su provisión de RSC")
        }
        RequirementId::RscPrerequisiteHours => {
            format!("{n} {u} {more} de RSC con un proveedor calificado")
        }
        RequirementId::References => format!("{n} {u} {more}"),
        RequirementId::Education => "Un título del nivel requerido".to_owned(),
        RequirementId::PriorEndorsement => {
            "Primero, el aval en una de las seis categorías".to_owned()
        }
        RequirementId::CoreCompetencies => "Más competencias en los dominios centrales".to_owned(),
    }
}

fn progress(r: RequirementId, have: f64, need: f64) -> String {
    format!("{} de {} {}", num(have), num(need), unit(r, need))
}

fn assumption(a: Assumption) -> &'static str {
    match a {
        Assumption::PartialHoursRoundDown => {
            "Una capacitación puede mostrar una competencia por cada hora completa: una de 1,5 horas muestra una."
        }
        Assumption::WorkYearsByDays => {
            "Un año de trabajo se cuenta como 365 días, incluidos el primero y el último. Los empleos que se superponen cuentan una sola vez, y un empleo actual cuenta hasta hoy."
        }
        Assumption::VolunteerWorkSupervised => {
            "El trabajo voluntario cuenta solo si fue supervisado e incluyó capacitación especializada (como CASA, doula o child life). Las asociaciones lo indican para Asociado/a Familiar; aquí se aplica también al trabajo de Especialista Familiar y de Especialista en Salud Mental."
        }
        Assumption::RscNotDoubleCounted => {
            "La RSC sobre su propia provisión de RSC se cuenta aparte de las 24 horas del requisito previo; una hora no se cuenta dos veces."
        }
        Assumption::DefaultCompetencyList => {
            "Los nombres de las competencias vienen de una lista predeterminada. Las Guías de Competencias de su asociación son la tabla oficial y pueden ser distintas."
        }
        Assumption::YearsEndorsedByCalendarYear => {
            "Los años con aval son el año de la fecha límite menos el año en que obtuvo el aval, hasta 3."
        }
        Assumption::HoursInsideCycle => {
            "Las horas cuentan si su fecha es posterior a la fecha límite de renovación anterior (o igual o posterior a la fecha de su aval, si es más tarde) y no posterior a esta fecha límite."
        }
        Assumption::EndorsedMeansGranted => {
            "La fecha de su aval es el día en que se otorgó. Algunas reglas antiguas usaban el día en que se envió la solicitud; consulte a su asociación si tiene dudas."
        }
        Assumption::ReinstatementTwelveMonths => {
            "Los últimos 12 meses van desde la misma fecha del año pasado hasta hoy."
        }
    }
}

fn notice(n: &Notice) -> String {
    match n {
        Notice::TooManyCompetencies {
            claimed, allowed, ..
        } => format!(
            "Esta entrada marca {claimed} competencias, pero puede mostrar como máximo {allowed}; solo cuentan las primeras {allowed}."
        ),
        Notice::SelfStudyCapped { counted, logged } => format!(
            "Registró {} horas de estudio autónomo sobre brindar RSC; cuentan como máximo {}.",
            num(*logged),
            num(*counted)
        ),
        Notice::CompetenciesNotListed { competencies, .. } => format!(
            "Fuera de la lista de esta categoría, sin contar aquí ni ocupar lugares de esta entrada: {}.",
            names(competencies, competency)
        ),
        Notice::VolunteerWorkNotCounted { .. } => {
            "Este puesto voluntario no se cuenta: el trabajo voluntario cuenta si fue supervisado e incluyó capacitación especializada.".to_owned()
        }
    }
}

fn years(n: f64) -> String {
    format!("{} {}", num(n), if n == 1.0 { "año" } else { "años" })
}

fn reason(t: &Texts, category: Category, r: &Reason) -> String {
    let name = (t.category)(category);
    match *r {
        Reason::ScopeMatches { scope } => format!(
            "{name} es la categoría para el trabajo de {}, que es como describió su función principal.",
            (t.scope)(scope)
        ),
        Reason::ScopeDiffers { category_scope } => {
            format!("{name} es la categoría para el trabajo de {}.", (t.scope)(category_scope))
        }
        Reason::ScopeUnsure => "No estaba seguro/a de qué tipo de trabajo describe su función principal, así que esta es la opción más cercana a sus otras respuestas. La coordinación de avales de su asociación puede ayudarle a confirmarla.".to_owned(),
        Reason::NeedsPostGraduate { have } => {
            let held = match have {
                DegreeLevel::None => "aún no tiene título",
                DegreeLevel::Associate => "tiene un título de asociado",
                DegreeLevel::Bachelor => "tiene una licenciatura",
                DegreeLevel::Master => "tiene una maestría",
                DegreeLevel::Doctorate => "tiene un doctorado",
            };
            format!(
                "{name} pide una maestría o un doctorado; usted {held}. Si obtiene uno más adelante, esta categoría queda a su alcance."
            )
        }
        Reason::HasPostGraduate => "Su título de posgrado cumple el requisito de educación.".to_owned(),
        Reason::NoDegreeNeeded => format!("{name} no pide ningún título."),
        Reason::DegreeOrWork { has_degree, years: have, need } => {
            if has_degree {
                "Cualquier título académico cumple el requisito de educación, y usted tiene uno, así que no necesita el requisito de trabajo.".to_owned()
            } else if have >= need {
                format!(
                    "Sin título, {} de trabajo que califique cumplen el requisito; usted tiene {}.",
                    years(need),
                    years(have)
                )
            } else {
                format!(
                    "Necesita cualquier título académico o {} de trabajo que califique; por ahora tiene {}.",
                    years(need),
                    years(have)
                )
            }
        }
        Reason::Years { have, need } => {
            if have >= need {
                format!("Tiene {} en este trabajo; se necesitan {}.", years(have), num(need))
            } else {
                format!(
                    "Se necesitan {} en este trabajo y usted tiene {}: puede empezar su solicitud ahora y enviarla al llegar a {}.",
                    years(need),
                    years(have),
                    num(need)
                )
            }
        }
        Reason::LeaderYears { have, need } => {
            if have >= need {
                format!("Tiene {} como líder de práctica; se necesitan {}.", years(have), num(need))
            } else {
                format!(
                    "Las categorías de mentor piden {} como líder de práctica en salud mental infantil y de la niñez temprana; usted tiene {}.",
                    years(need),
                    years(have)
                )
            }
        }
        Reason::RscProviderYears { have, need } => {
            if have >= need {
                format!("Ha brindado RSC durante {}; se necesitan {}.", years(have), num(need))
            } else {
                format!(
                    "Se necesitan {} brindando supervisión/consulta reflexiva; usted tiene {}.",
                    years(need),
                    years(have)
                )
            }
        }
        Reason::Families { have, need } => {
            if have >= need {
                format!("Ha atendido a {have} familias; se necesitan {need}.")
            } else {
                format!("Necesita haber atendido al menos a {need} familias; por ahora ha atendido a {have}.")
            }
        }
        Reason::NeedsPsychotherapy { answer } => match answer {
            Some(true) => "Usted brinda psicoterapia padre-bebé/niño centrada en la relación, que es el trabajo de esta categoría.".to_owned(),
            Some(false) => "Esta categoría es para profesionales que brindan psicoterapia padre-bebé/niño centrada en la relación, y usted indicó que no la brinda.".to_owned(),
            None => "Esta categoría es para profesionales que brindan psicoterapia padre-bebé/niño centrada en la relación; consulte con su supervisor/a o su asociación si su trabajo cuenta.".to_owned(),
        },
        Reason::ExamRequired => "Las categorías de mentor incluyen un examen escrito después de aprobada la solicitud.".to_owned(),
        Reason::InsteadOf { from } => format!(
            "Por ahora le sugerimos {name} en lugar de {}, cuyos requisitos aún no cumple (vea más abajo).",
            (t.category)(from)
        ),
    }
}

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
