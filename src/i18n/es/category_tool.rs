//! Spanish text of the category tool screens; untranslated entries fall back to English.

use crate::i18n::category_tool::{
    AgesChoice, CategoryToolTexts, Field, Problem, RequirementLine, WorkLine,
};
use crate::i18n::{en, number};
use crate::rules::model::{DegreeLevel, RoleScope};

fn ages_choice(a: AgesChoice) -> &'static str {
    match a {
        AgesChoice::Infant => "Embarazo y niños desde el nacimiento hasta los 3 años",
        AgesChoice::EarlyChildhood => "Niños de 3 a 6 años",
        AgesChoice::Both => "Ambos grupos de edad",
    }
}

fn ages_choice_hint(a: AgesChoice) -> &'static str {
    match a {
        AgesChoice::Infant => "Corresponde a la credencial IMH-E®.",
        AgesChoice::EarlyChildhood => "Corresponde a la credencial ECMH-E®.",
        AgesChoice::Both => "Puede tener ambas credenciales.",
    }
}

fn scope_choice(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Promotion => "Promoción del desarrollo saludable",
        RoleScope::Prevention => "Prevención e intervención temprana",
        RoleScope::Clinical => "Intervención clínica y tratamiento",
        RoleScope::Policy => "Políticas y programas",
        RoleScope::ResearchFaculty => "Investigación y docencia",
        RoleScope::NotSure => "No estoy seguro/a",
    }
}

fn scope_choice_hint(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Promotion => {
            "Por ejemplo cuidado infantil, visitas domiciliarias para todas las familias, educación para padres o apoyo familiar en la comunidad."
        }
        RoleScope::Prevention => {
            "Trabaja directamente con niños pequeños y sus cuidadores que enfrentan más riesgos, por ejemplo en intervención temprana o visitas domiciliarias focalizadas."
        }
        RoleScope::Clinical => {
            "Evalúa y trata a niños pequeños y sus familias, por ejemplo como terapeuta, psicólogo/a o trabajador/a social."
        }
        RoleScope::Policy => {
            "Dirige programas o define políticas para bebés, niños pequeños y familias, por ejemplo como administrador/a o defensor/a."
        }
        RoleScope::ResearchFaculty => {
            "Investiga, enseña o forma a otros sobre salud mental infantil y de la primera infancia, por ejemplo en una universidad."
        }
        RoleScope::NotSure => "Le sugeriremos una categoría a partir de sus otras respuestas.",
    }
}

fn degree_choice(d: DegreeLevel) -> &'static str {
    match d {
        DegreeLevel::None => "Sin título",
        DegreeLevel::Associate => "Título de asociado",
        DegreeLevel::Bachelor => "Licenciatura",
        DegreeLevel::Master => "Maestría",
        DegreeLevel::Doctorate => "Doctorado",
    }
}

fn degree_choice_hint(d: DegreeLevel) -> &'static str {
    match d {
        DegreeLevel::None => {
            "Un diploma de secundaria o un certificado cuentan aquí como sin título."
        }
        DegreeLevel::Associate => "Por ejemplo AA o AAS.",
        DegreeLevel::Bachelor => "Por ejemplo BA o BS.",
        DegreeLevel::Master => "Por ejemplo MA, MS, MSW o MEd.",
        DegreeLevel::Doctorate => "Por ejemplo PhD, PsyD, EdD o MD.",
    }
}

fn years_question(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Prevention => {
            "¿Cuántos años ha trabajado en prevención o intervención temprana?"
        }
        RoleScope::Clinical => "¿Cuántos años ha brindado intervención clínica o tratamiento?",
        RoleScope::Policy => "¿Cuántos años ha trabajado en políticas o programas?",
        RoleScope::ResearchFaculty => "¿Cuántos años ha trabajado en investigación o docencia?",
        RoleScope::Promotion | RoleScope::NotSure => {
            "¿Cuántos años ha trabajado con o en favor de bebés, niños pequeños y familias?"
        }
    }
}

fn years_hint(s: RoleScope) -> &'static str {
    match s {
        RoleScope::Clinical => {
            "Si tiene maestría o doctorado, cuente solo los años desde que lo obtuvo. Puede usar decimales, por ejemplo 1,5."
        }
        RoleScope::Promotion | RoleScope::NotSure => {
            "Cuente el trabajo remunerado y el voluntariado supervisado. Puede usar decimales, por ejemplo 1,5."
        }
        _ => {
            "Cuente el trabajo remunerado en este tipo de función. Puede usar decimales, por ejemplo 1,5."
        }
    }
}

fn error(f: Field, p: Problem) -> &'static str {
    match (f, p) {
        (Field::Ages, _) => "Seleccione las edades con las que trabaja o en cuyo favor trabaja",
        (Field::Scope, _) => {
            "Seleccione el tipo de trabajo que mejor describe su función principal, o No estoy seguro/a"
        }
        (Field::Degree, _) => "Seleccione su título más alto, o sin título",
        (Field::Psychotherapy, _) => "Seleccione sí, no o No estoy seguro/a",
        (Field::ProvidesRsc, _) => "Seleccione sí si brinda supervisión o consulta reflexiva",
        (Field::EndorsedIn, _) => {
            "Seleccione las categorías en las que tiene el aval, o indique que aún no lo tiene"
        }
        (Field::FamiliesServed, Problem::Missing) => {
            "Indique cuántas familias ha atendido, por ejemplo 12"
        }
        (Field::FamiliesServed, Problem::NotWhole) => {
            "Indique el número de familias como número entero, por ejemplo 12"
        }
        (Field::FamiliesServed, Problem::Negative) => "El número de familias debe ser 0 o más",
        (Field::FamiliesServed, Problem::TooLarge) => {
            "El número de familias debe ser 100.000 o menos"
        }
        (Field::FamiliesServed, _) => "Indique el número de familias con cifras, por ejemplo 12",
        (_, Problem::Missing) => "Indique el número de años, por ejemplo 2 o 1,5",
        (_, Problem::Negative) => "El número de años debe ser 0 o más",
        (_, Problem::TooLarge) => "El número de años debe ser 70 o menos",
        (_, Problem::Zero) => "Indique cuántos años lo ha hecho, por ejemplo 0,5",
        (_, _) => "Indique el número de años con cifras, por ejemplo 2 o 1,5",
    }
}

fn summary_label(f: Field) -> &'static str {
    match f {
        Field::Ages => "Edades con las que trabaja",
        Field::Scope => "Función principal",
        Field::Degree => "Título más alto",
        Field::YearsInScope => "Años en este tipo de trabajo",
        Field::FamiliesServed => "Familias atendidas",
        Field::Psychotherapy => "Psicoterapia padres-bebé/niño",
        Field::LeaderYears => "Años como líder de práctica",
        Field::ProvidesRsc | Field::ProvidesRscYears => "Brinda supervisión reflexiva",
        Field::EndorsedIn => "Ya tiene el aval en",
    }
}

/// Spanish writes a decimal comma: 1,5 años.
fn decimal(n: f64) -> String {
    number(n).replace('.', ",")
}

fn years(n: f64) -> String {
    format!("{} {}", decimal(n), if n == 1.0 { "año" } else { "años" })
}

fn families(n: u32) -> String {
    format!("{n} {}", if n == 1 { "familia" } else { "familias" })
}

fn rsc_answer(n: f64) -> String {
    format!("Sí, durante {}", years(n))
}

fn credential_line(credential: &str, ages: &str) -> String {
    format!("{credential}: para el trabajo con {ages}.")
}

fn both_credentials(first: &str, second: &str) -> String {
    format!(
        "Trabaja con ambos grupos de edad, así que puede obtener el aval como {first} y como {second} (IECMH-E®)."
    )
}

fn not_offered(credential: &str, association: &str) -> String {
    format!("{association} no ofrece {credential}.")
}

fn association_offers(association: &str, credentials: &str) -> String {
    format!("{association} ofrece {credentials}.")
}

fn nothing_offered(association: &str) -> String {
    format!(
        "{association} no ofrece la credencial para las edades con las que trabaja. Pregúnteles a ellos, o a la Alliance for the Advancement of Infant Mental Health, dónde puede solicitarla."
    )
}

fn requires_heading(category: &str) -> String {
    format!("Qué pide {category}")
}

fn requirement_value(line: RequirementLine) -> String {
    match line {
        RequirementLine::DegreeOrWork { years: y } => format!(
            "Cualquier título académico, o {} de trabajo calificado con o en favor de bebés, niños pequeños y familias",
            years(y)
        ),
        RequirementLine::AnyDegree => "Cualquier título académico".to_owned(),
        RequirementLine::PostGraduate => "Una maestría o un doctorado".to_owned(),
        RequirementLine::NoDegree => "No se requiere título".to_owned(),
        RequirementLine::Work { kind, years: y } => {
            let what = match kind {
                WorkLine::AnyInfantFamily => {
                    "trabajo con o en favor de bebés, niños pequeños y familias"
                }
                WorkLine::Prevention => {
                    "trabajo de prevención o intervención temprana con niños pequeños y sus cuidadores"
                }
                WorkLine::PostGraduatePsychotherapy => {
                    "trabajo de posgrado brindando psicoterapia padres-bebé/niño centrada en la relación"
                }
                WorkLine::Leadership => {
                    "trabajo como líder de práctica en salud mental infantil y de la primera infancia (remunerado o no)"
                }
            };
            format!("{} de {what}", years(y))
        }
        RequirementLine::Families { count } => {
            format!("Haber atendido al menos {} en ese trabajo", families(count))
        }
        RequirementLine::RscProviderYears { years: y } => format!(
            "Al menos {} brindando supervisión/consulta reflexiva (RSC) a otras personas",
            years(y)
        ),
        RequirementLine::TrainingHours { hours } => {
            format!("{} horas de capacitación en servicio", decimal(hours))
        }
        RequirementLine::RscProvisionTrainingHours {
            hours,
            self_study_cap,
        } => format!(
            "{} horas de capacitación sobre cómo brindar RSC (hasta {} pueden ser de estudio autónomo)",
            decimal(hours),
            decimal(self_study_cap)
        ),
        RequirementLine::RscHours { hours } => format!(
            "Al menos {} horas de supervisión/consulta reflexiva (RSC) recibidas de un proveedor calificado",
            decimal(hours)
        ),
        RequirementLine::RscProvisionHours { hours } => format!(
            "De esa RSC, al menos {} horas sobre la RSC que usted brinda a otros",
            decimal(hours)
        ),
        RequirementLine::RscPrerequisiteHours { hours } => format!(
            "Al menos {} horas de RSC recibidas de un proveedor calificado mientras hacía este trabajo",
            decimal(hours)
        ),
        RequirementLine::RscRecommended => {
            "La supervisión/consulta reflexiva se recomienda, pero no es obligatoria".to_owned()
        }
        RequirementLine::References { count } => format!(
            "{count} {}",
            if count == 1 {
                "referencia"
            } else {
                "referencias"
            }
        ),
        RequirementLine::PriorEndorsement => "El aval en una de las seis categorías".to_owned(),
        RequirementLine::CoreCompetencies => {
            "Al menos la mitad de las competencias de cada dominio central (Fundamentos teóricos, Habilidades de servicio directo, Reflexión)".to_owned()
        }
        RequirementLine::Exam => "Un examen escrito una vez aprobada la solicitud".to_owned(),
        RequirementLine::NoExam => "Sin examen".to_owned(),
    }
}

fn add_on_emerging(need_years: f64, status_years: i32) -> String {
    format!(
        "El complemento completo pide {} brindando RSC, así que primero corresponde su estatus emergente. El estatus emergente dura {status_years} años, y la RSC que brinde mientras tanto cuenta para el complemento completo. El estatus emergente pide:",
        years(need_years)
    )
}

fn next_join(association: &str) -> String {
    format!("Hágase miembro de {association}. El aval requiere una membresía vigente.")
}

fn next_register(association: &str) -> String {
    format!(
        "Regístrese en el sistema de solicitudes en línea de {association}, pague la inscripción y complete cada sección (educación, trabajo, capacitación, supervisión reflexiva, referencias)."
    )
}

fn apply_link(association: &str) -> String {
    format!("Comenzar su solicitud con {association}")
}

fn contact(association: &str) -> String {
    format!("¿Preguntas? Escriba a {association}")
}

fn check_button(category: &str) -> String {
    format!("Revisar mis requisitos para {category}")
}

// Every entry is translated today; the English fallback stays so that a field added later shows English
// instead of breaking the build of the other languages.
#[allow(clippy::needless_update)]
pub const TEXTS: CategoryToolTexts = CategoryToolTexts {
    title: "¿Qué categoría me corresponde?",
    intro: "Responda unas preguntas breves y le sugeriremos la categoría de aval que corresponde a su trabajo.",
    back: "Atrás",
    continue_label: "Continuar",
    error_summary_title: "Hay un problema",
    error_prefix: "Error:",
    or: "o",
    yes: "Sí",
    no: "No",
    not_sure: "No estoy seguro/a",
    years_unit: "años",
    families_unit: "familias",
    ages_question: "¿Con qué edades trabaja, o en favor de cuáles?",
    ages_hint: "Piense en los niños y las familias para quienes es su trabajo, aunque usted no los vea en persona.",
    ages_choice,
    ages_choice_hint,
    scope_question: "¿Qué describe mejor su función principal?",
    scope_hint: "Elija el tipo de trabajo al que dedica la mayor parte de su tiempo.",
    scope_choice,
    scope_choice_hint,
    degree_question: "¿Cuál es su título más alto?",
    degree_hint: "Elija el título más alto que haya terminado, en cualquier materia.",
    degree_choice,
    degree_choice_hint,
    years_question,
    years_hint,
    families_question: "¿Cuántas familias con niños pequeños ha atendido?",
    families_hint: "Cuente cada familia una vez, en todos sus trabajos con niños pequeños y sus cuidadores. Basta con una estimación.",
    psychotherapy_question: "¿Brinda psicoterapia padres-bebé o padres-niño centrada en la relación?",
    psychotherapy_hint: "Es una terapia que trabaja la relación entre un niño pequeño y su cuidador, con ambos presentes.",
    leader_question: "¿Cuántos años ha trabajado como líder de práctica en salud mental infantil y de la primera infancia?",
    leader_hint: "Por ejemplo dirigir un programa, supervisar personal, definir políticas o enseñar en una universidad. Escriba 0 si ninguno. Puede usar decimales.",
    rsc_question: "¿Brinda supervisión o consulta reflexiva a otras personas?",
    rsc_hint: "La supervisión/consulta reflexiva (RSC) es un tiempo regular con una persona o un equipo para reflexionar sobre su trabajo con las familias.",
    rsc_years_label: "¿Durante cuántos años?",
    rsc_years_hint: "Puede usar decimales, por ejemplo 1,5.",
    endorsed_question: "¿Ya tiene el aval en alguna categoría?",
    endorsed_hint: "Seleccione todas las que correspondan.",
    endorsed_none: "No, aún no tengo el aval",
    error,
    summary_title: "Revise sus respuestas",
    summary_hint: "Puede cambiar cualquier respuesta antes de ver el resultado.",
    summary_label,
    change: "Cambiar",
    not_answered: "Sin responder",
    see_result: "Ver mi resultado",
    years,
    families,
    rsc_answer,
    endorsed_answer_none: "Aún sin aval",
    result_caption: "La categoría que mejor le corresponde",
    credential_line,
    both_credentials,
    not_offered,
    association_offers,
    nothing_offered,
    your_association: "su asociación",
    why_heading: "Por qué la sugerimos",
    not_a_hierarchy: "Las categorías no son una escalera: cada una sigue el tipo de trabajo que usted hace más, y ninguna es mejor que otra.",
    requires_heading,
    requires_intro: "Para solicitarla necesitará:",
    requirement_value,
    add_on_heading: "También puede agregar Supervisor/a Reflexivo/a Avalado/a",
    add_on_intro: "Como brinda supervisión/consulta reflexiva, puede agregar esto a su aval. Pide:",
    add_on_emerging,
    add_on_after_endorsement: "Puede agregarlo una vez que tenga el aval en una categoría.",
    others_heading: "Otras categorías",
    others_intro: "Por qué no las sugerimos, y qué cambiaría eso.",
    other_scopes_summary: "Categorías pensadas para otros tipos de trabajo",
    next_heading: "Próximos pasos",
    next_join,
    next_register,
    next_references: "Pida a sus referencias sus formularios de 2 a 3 semanas antes de enviar la solicitud.",
    next_submit: "Envíe la solicitud y pague la tarifa de trámite. La revisión suele tardar unas 4 semanas.",
    next_exam: "Las categorías de mentor luego rinden un examen escrito, que se ofrece una vez al mes durante casi todo el año.",
    apply_link,
    contact,
    contact_generic: "¿No sabe dónde solicitarlo? La asociación de salud mental infantil de su estado o país puede ayudarle. Donde no hay ninguna, puede solicitarlo directamente a la Alliance for the Advancement of Infant Mental Health.",
    check_button,
    change_answers: "Cambiar mis respuestas",
    start_again: "Empezar de nuevo",
    ..en::category_tool::TEXTS
};
