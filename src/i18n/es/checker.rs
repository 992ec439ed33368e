//! Spanish text of the checker screens. Every entry is translated; a new field added to the English table
//! can fall back with `..en::checker::TEXTS` until it is.

use crate::i18n::checker::{CheckerTexts, Field, Problem, SectionTexts};
use crate::i18n::number;
use crate::rules::RequirementId;
use crate::rules::model::{TrainingKind, WorkScope};
use crate::rules::ruleset::EducationRule;

fn plural(n: f64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1.0 { one } else { many }
}

fn credential_option(name: &str, ages: &str) -> String {
    format!("{name}: {ages}")
}

fn only_credential(name: &str, ages: &str) -> String {
    format!("Credencial: {name} ({ages}), la que ofrece esta asociación.")
}

fn entries_label(heading: &str) -> String {
    format!("{heading}: sus entradas")
}

fn work_scope_option(scope: WorkScope) -> &'static str {
    match scope {
        WorkScope::Promotion => "Promoción: apoyo a las familias en general",
        WorkScope::Prevention => "Prevención e intervención temprana con niños y sus cuidadores",
        WorkScope::Clinical => "Intervención clínica y tratamiento",
        WorkScope::Macro => "Liderazgo, políticas, investigación o docencia",
    }
}

fn training_kind_option(kind: TrainingKind) -> &'static str {
    match kind {
        TrainingKind::General => "General en salud mental infantil y de la primera infancia",
        TrainingKind::RscProvision => {
            "Sobre cómo brindar supervisión/\u{200b}consultoría reflexiva (RSC)"
        }
        TrainingKind::Psychotherapy => "Psicoterapia padres-bebé/niño",
    }
}

fn picker_count_training(chosen: usize, limit: u32, hours: f64) -> String {
    format!(
        "{chosen} de {limit} {} para una capacitación de {} {}",
        plural(limit as f64, "competencia elegida", "competencias elegidas"),
        number(hours),
        plural(hours, "hora", "horas")
    )
}

fn picker_count_degree(chosen: usize, limit: u32) -> String {
    format!("{chosen} de {limit} competencias elegidas para este título")
}

fn picker_over(chosen: usize, allowed: u32) -> String {
    format!(
        "Hay {chosen} competencias elegidas, pero esta entrada puede mostrar {allowed}; solo cuentan las primeras {allowed}. Desmarque algunas o aumente las horas."
    )
}

fn picker_not_listed(names: &str) -> String {
    format!(
        "Elecciones hechas con otra categoría, fuera de la lista de esta, sin contar aquí ni ocupar lugares: {names}."
    )
}

fn picker_domain(domain: &str, chosen: usize, core: bool) -> String {
    let core = if core { " (dominio central)" } else { "" };
    if chosen == 0 {
        format!("{domain}{core}")
    } else {
        format!("{domain}{core}: {chosen} elegidas")
    }
}

fn error(field: Field, problem: Problem) -> &'static str {
    use Field::*;
    use Problem::*;
    match (field, problem) {
        (DegreeLevel, _) => "Elija el nivel de este título",
        (WorkStart | WorkEnd | TrainingDate | RscDate, NoSuchDate) => {
            "Esa fecha no existe: revise el mes y el día"
        }
        (WorkStart, Required) => "Escriba la fecha en que empezó en este puesto",
        (WorkStart, _) => "Escriba la fecha de inicio como año-mes-día, por ejemplo 2023-09-01",
        (WorkEnd, Required) => {
            "Escriba la fecha en que terminó este puesto, o marque \u{201c}Todavía trabajo aquí\u{201d}"
        }
        (WorkEnd, EndBeforeStart) => {
            "La fecha de fin debe ser igual o posterior a la fecha de inicio"
        }
        (WorkEnd, _) => "Escriba la fecha de fin como año-mes-día, por ejemplo 2025-06-30",
        (WorkFamilies, _) => "Escriba el número de familias como número entero, por ejemplo 12",
        (TrainingHours, Required) => "Escriba las horas de esta capacitación",
        (TrainingHours, Negative) => "Las horas de capacitación no pueden ser negativas",
        (TrainingHours, _) => "Escriba las horas como número, por ejemplo 6 o 1,5",
        (TrainingDate, _) => {
            "Escriba la fecha como año-mes-día, por ejemplo 2025-03-01, o déjela vacía"
        }
        (RscHours, Required) => "Escriba las horas de RSC que recibió",
        (RscHours, Negative) => "Las horas de RSC no pueden ser negativas",
        (RscHours, _) => "Escriba las horas como número, por ejemplo 12 o 1,5",
        (RscQualified, _) => "Indique si quien brindó la RSC es un proveedor calificado",
        (RscDate, _) => "Escriba la fecha como año-mes-día, por ejemplo 2025-03-01, o déjela vacía",
        (References, _) => "Escriba el número de referencias como número entero, por ejemplo 3",
    }
}

fn hours(n: f64) -> String {
    format!("{} {}", number(n), plural(n, "hora", "horas"))
}

fn competencies_count(n: usize) -> String {
    format!("{n} {}", plural(n as f64, "competencia", "competencias"))
}

fn date_range(start: &str, end: Option<&str>) -> String {
    match end {
        Some(end) => format!("del {start} al {end}"),
        None => format!("del {start} a hoy (todavía trabaja aquí)"),
    }
}

fn families_count(n: u32) -> String {
    format!(
        "{n} {}",
        plural(f64::from(n), "familia atendida", "familias atendidas")
    )
}

fn jump_to_report(status: &str) -> String {
    format!("{status}: vea su situación")
}

fn report_for(title: &str) -> String {
    format!("Para {title}")
}

fn to_go(n: usize) -> String {
    if n == 1 {
        "Falta 1 requisito".to_owned()
    } else {
        format!("Faltan {n} requisitos")
    }
}

fn summary(title: &str, outstanding: usize) -> String {
    if outstanding == 0 {
        format!("{title}: listo para solicitar.")
    } else {
        format!("{title}: {}.", to_go(outstanding).to_lowercase())
    }
}

fn waived_because(id: RequirementId) -> &'static str {
    match id {
        RequirementId::Education => "No hace falta: cumple el requisito de trabajo",
        _ => "No hace falta: cumple el requisito de educación",
    }
}

fn education_status(highest: &str, rule: EducationRule) -> String {
    let need = match rule {
        EducationRule::AnyDegree => "cualquier título académico",
        EducationRule::PostGraduate => "una maestría o un doctorado",
    };
    format!("Se necesita {need}; su título más alto: {highest}.")
}

fn core_progress(have: u32, need: u32, total: usize) -> String {
    format!("{have} de {total} mostradas; se necesitan {need}")
}

fn core_missing(n: usize) -> String {
    format!("Aún sin mostrar ({n})")
}

fn notice_about(entry: &str, message: &str) -> String {
    format!("{entry}: {message}")
}

fn or_instead(alternative: &str) -> String {
    format!("O bien cumpla «{alternative}»: basta con uno de los dos.")
}

fn next_either(first: &str, second: &str) -> String {
    format!("Basta con una de estas dos: {first} O bien: {second}")
}

fn next_step(id: RequirementId, shortfall: f64) -> String {
    let n = number(shortfall);
    let h = plural(shortfall, "hora", "horas");
    match id {
        RequirementId::PriorEndorsement => {
            "Obtenga primero el aval en una de las seis categorías; el complemento de Supervisor/a Reflexivo/a se basa en él.".to_owned()
        }
        RequirementId::Education => {
            "Agregue un título del nivel requerido, o siga avanzando hacia uno.".to_owned()
        }
        RequirementId::WorkYears => format!(
            "Sume {n} {} más de trabajo que califique (un puesto que aún ocupa sigue contando).",
            plural(shortfall, "año", "años")
        ),
        RequirementId::FamiliesServed => format!(
            "Atienda a {n} {} más en su trabajo de prevención o intervención temprana.",
            plural(shortfall, "familia", "familias")
        ),
        RequirementId::RscProviderYears => format!(
            "Brinde supervisión/consultoría reflexiva durante {n} {} más.",
            plural(shortfall, "año", "años")
        ),
        RequirementId::TrainingHours => format!("Complete {n} {h} más de capacitación."),
        RequirementId::RscProvisionTrainingHours => format!(
            "Complete {n} {h} más de capacitación sobre cómo brindar RSC (el estudio individual cuenta como máximo 2 horas)."
        ),
        RequirementId::RscHours => {
            format!("Reciba {n} {h} más de RSC de un proveedor calificado.")
        }
        RequirementId::RscProvisionHours => {
            format!("Reciba {n} {h} más de RSC sobre su propia labor de brindar RSC.")
        }
        RequirementId::RscPrerequisiteHours => format!(
            "Reciba {n} {h} más de RSC de un proveedor calificado mientras trabaja con bebés y niños pequeños."
        ),
        RequirementId::References => format!(
            "Consiga {n} {} más; pídalas 2 o 3 semanas antes de enviar su solicitud.",
            plural(shortfall, "referencia", "referencias")
        ),
        RequirementId::CoreCompetencies => {
            "Muestre más competencias en los dominios centrales mediante capacitaciones o un título.".to_owned()
        }
    }
}

fn next_core(domain: &str, more: u32) -> String {
    format!(
        "Muestre {more} {} más en {domain}, con una capacitación o los cursos de un título.",
        plural(f64::from(more), "competencia", "competencias")
    )
}

fn next_apply_at(association: &str) -> String {
    format!(
        "Cuando cumpla todo, presente su solicitud a través de {association}: hágase miembro, regístrese en su sistema de solicitudes y complete cada pestaña."
    )
}

fn report_error(message: &str) -> String {
    format!(
        "No se pudo calcular el informe con estas entradas ({message}). Edite o elimine la entrada que se indica."
    )
}

pub const TEXTS: CheckerTexts = CheckerTexts {
    title: "Verificador de requisitos",
    intro: "Elija la categoría a la que aspira y agregue lo que ha hecho hasta ahora. El informe se actualiza cada vez que guarda una entrada. Sus entradas se quedan en este navegador y nunca se envían a ningún lugar.",

    chooser_heading: "Su categoría",
    category_label: "Categoría",
    category_hint: "La categoría depende del tipo de trabajo de su puesto principal; no es una escalera.",
    credential_legend: "Credencial",
    credential_option,
    only_credential,

    degree: SectionTexts {
        heading: "Educación",
        hint: "Agregue cada título académico. Un título con su certificado de estudios puede mostrar hasta 12 competencias de sus cursos.",
        add: "Agregar un título",
        empty: "Todavía no hay títulos.",
        entry: |n| format!("Título {n}"),
        edit_heading: |n| format!("Editar título {n}"),
        removed: |n| format!("Se eliminó el título {n}."),
    },
    work: SectionTexts {
        heading: "Experiencia laboral",
        hint: "Agregue cada puesto, remunerado o voluntario. Los puestos que se superponen cuentan una sola vez.",
        add: "Agregar un puesto",
        empty: "Todavía no hay puestos.",
        entry: |n| format!("Puesto {n}"),
        edit_heading: |n| format!("Editar puesto {n}"),
        removed: |n| format!("Se eliminó el puesto {n}."),
    },
    training: SectionTexts {
        heading: "Capacitación",
        hint: "Agregue cada capacitación. Cada hora completa puede mostrar una competencia.",
        add: "Agregar una capacitación",
        empty: "Todavía no hay capacitaciones.",
        entry: |n| format!("Capacitación {n}"),
        edit_heading: |n| format!("Editar capacitación {n}"),
        removed: |n| format!("Se eliminó la capacitación {n}."),
    },
    rsc: SectionTexts {
        heading: "Supervisión/\u{200b}consultoría reflexiva (RSC) recibida",
        hint: "Agregue las horas de RSC que recibió, una entrada por proveedor o período.",
        add: "Agregar horas de RSC",
        empty: "Todavía no hay horas de RSC.",
        entry: |n| format!("RSC {n}"),
        edit_heading: |n| format!("Editar RSC {n}"),
        removed: |n| format!("Se eliminó RSC {n}."),
    },
    training_hint_rsc_provision: "Agregue cada capacitación sobre cómo brindar supervisión/consultoría reflexiva. Como máximo cuentan 2 horas de estudio individual.",
    entries_label,
    edit: "Editar",
    remove: "Eliminar",
    save: "Guardar",
    cancel: "Cancelar",
    undo: "Deshacer",
    optional: "(opcional)",
    date_hint: "Año-mes-día, por ejemplo 2023-09-01",

    degree_level: "Nivel",
    degree_level_hint: "La maestría y el doctorado son de posgrado.",
    degree_level_placeholder: "Elija un nivel",

    work_scope: "Tipo de trabajo",
    work_scope_option,
    work_start: "Fecha de inicio",
    work_end: "Fecha de fin",
    work_current: "Todavía trabajo aquí",
    families_served: "Familias atendidas en este puesto",
    families_served_hint: "Un número entero. Déjelo vacío si no hubo.",
    flags_legend: "Sobre este puesto",
    post_graduate: "Lo hice después de obtener mi maestría o doctorado",
    psychotherapy: "Brindé psicoterapia padres-bebé/niño centrada en la relación",
    leadership: "Trabajé como líder de práctica en salud mental infantil y de la primera infancia",
    leadership_hint: "Remunerado o no; para la pestaña de Liderazgo de los mentores.",
    provides_rsc: "Brindé supervisión/consultoría reflexiva a otras personas",
    volunteer: "Fue un puesto voluntario",
    supervised: "El trabajo voluntario fue supervisado",
    specialized_training: "Incluyó capacitación especializada (como CASA, doula o child life)",

    training_title: "Título",
    training_title_hint: "Para su propia referencia; no se verifica.",
    training_hours: "Horas",
    hours_hint: "Por ejemplo 6 o 1,5",
    training_kind: "Tipo de capacitación",
    training_kind_option,
    self_study: "Estudio individual",
    self_study_hint: "Comunidades de aprendizaje, libros, artículos, estudio entre colegas. Como máximo 2 horas de estudio individual cuentan para la capacitación sobre cómo brindar RSC.",
    training_date: "Fecha",

    rsc_hours: "Horas recibidas",
    rsc_qualified: "¿El proveedor era calificado?",
    rsc_qualified_hint: "Un proveedor calificado tiene el aval con el complemento de Supervisor/a Reflexivo/a o como Mentor/a – Clínico. Solo cuentan sus horas.",
    yes: "Sí",
    no: "No",
    rsc_about_provision: "Esta RSC trató sobre mi propia labor de brindar RSC a otras personas",
    rsc_about_provision_hint: "Se cuenta aparte de las demás horas de RSC.",
    rsc_date: "Fecha",

    references_heading: "Referencias",
    references_label: "Número de referencias que puede pedir",
    references_hint: "Un número entero. Déjelo vacío si todavía no tiene.",
    endorsements_heading: "Avales que tiene",
    endorsements_hint: "El complemento de Supervisor/a Reflexivo/a es para quienes ya tienen el aval en una de estas categorías.",

    picker_legend: "Competencias mostradas",
    picker_count_training,
    picker_count_degree,
    picker_needs_hours: "Primero escriba las horas: cada hora completa puede mostrar una competencia.",
    picker_needs_degree: "Primero elija el nivel: un título puede mostrar hasta 12 competencias.",
    picker_over,
    picker_not_listed,
    picker_remove_not_listed: "Quitar de esta entrada",
    picker_domain,

    error_summary_title: "Hay un problema",
    error,

    hours,
    competencies_count,
    date_range,
    families_count,
    tag_self_study: "estudio individual",
    tag_qualified: "proveedor calificado",
    tag_not_qualified: "proveedor no calificado (no cuenta)",
    tag_about_provision: "sobre su labor de brindar RSC",
    tag_volunteer: "voluntario",
    tag_post_graduate: "posgrado",
    tag_psychotherapy: "psicoterapia",
    tag_leadership: "líder de práctica",
    tag_provides_rsc: "brinda RSC",

    report_heading: "Su situación",
    jump_to_report,
    report_for,
    ready: "Listo para solicitar",
    to_go,
    summary,
    requirements_heading: "Requisitos",
    status_met: "Cumplido",
    status_missing: "Aún no",
    status_waived: "No hace falta",
    waived_because,
    exam_note: "Esta categoría también incluye un examen escrito después de que se apruebe su solicitud.",
    education_status,
    prior_met: "Tiene el aval en una de las seis categorías.",
    core_heading: "Competencias centrales",
    core_hint: "Sus títulos y capacitaciones deben mostrar al menos la mitad de las competencias de cada dominio central.",
    core_progress,
    core_missing,
    notices_heading: "Revise esto",
    notice_about,
    assumptions_heading: "Cómo lo contamos",
    next_heading: "Qué hacer ahora",
    next_step,
    next_either,
    or_instead,
    next_core,
    next_apply: "Cuando cumpla todo, presente su solicitud a través de su asociación: hágase miembro, regístrese en su sistema de solicitudes y complete cada pestaña.",
    next_apply_at,
    apply_link: "Empezar su solicitud",
    report_error,
};
