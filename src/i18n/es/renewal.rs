//! Spanish text of the renewal screens. Every entry is translated; a new field added to the English table
//! can fall back with `..en::renewal::TEXTS` until it is.

use crate::i18n::number;
use crate::i18n::renewal::{Problem, RenewalTexts};
use crate::rules::Date;
use crate::rules::model::TrainingKind;

/// A number the Spanish way: a decimal comma (1,5 horas).
fn num(value: f64) -> String {
    number(value).replace('.', ",")
}

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

fn date(d: Date) -> String {
    let month = MONTHS
        .get(d.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or_default();
    format!("{} de {month} de {}", d.day(), d.year())
}

fn hours(n: f64) -> String {
    format!("{} {}", num(n), if n == 1.0 { "hora" } else { "horas" })
}

fn problem(p: &Problem) -> String {
    match p {
        Problem::CategoryMissing => "Elija la categoría en la que tiene el aval.".to_owned(),
        Problem::CategoryNotRenewed => {
            "El estatus Emergente no se renueva. Elija la categoría en la que tiene el aval."
                .to_owned()
        }
        Problem::EndorsedOnMissing => "Escriba la fecha en que se le otorgó el aval.".to_owned(),
        Problem::NotADate => {
            "Escriba la fecha como año-mes-día, por ejemplo 2025-06-01.".to_owned()
        }
        Problem::NoSuchDate => "Esa fecha no existe: revise el mes y el día.".to_owned(),
        Problem::EndorsedAfterToday { today } => format!(
            "Esta fecha es posterior a hoy ({}). Escriba el día en que se le otorgó el aval.",
            date(*today)
        ),
        Problem::EntryDateMissing => "Escriba la fecha de estas horas.".to_owned(),
        Problem::EntryDateAfterToday { today } => format!(
            "Esta fecha es posterior a hoy ({}). Registre las horas cuando las haya completado.",
            date(*today)
        ),
        Problem::HoursMissing => "Escriba el número de horas.".to_owned(),
        Problem::HoursInvalid => {
            "Escriba las horas como un número, por ejemplo 2 o 1,5.".to_owned()
        }
        Problem::HoursNotPositive => "Escriba más de 0 horas.".to_owned(),
        Problem::Other(message) => message.clone(),
    }
}

fn category_hint(years: i32) -> String {
    format!(
        "Supervisor Reflexivo – Emergente no aparece: ese estatus dura {years} años y no se renueva."
    )
}

fn error_link(field: &str, problem: &str) -> String {
    format!("{field}: {problem}")
}

fn log_total(n: f64) -> String {
    format!("Total registrado: {}", hours(n))
}

fn edit_legend(entry: &str) -> String {
    format!("Editar registro: {entry}")
}

fn training_kind(k: TrainingKind) -> &'static str {
    match k {
        TrainingKind::General => "Capacitación en salud mental infantil y de la primera infancia",
        TrainingKind::RscProvision => "Capacitación sobre cómo brindar supervisión reflexiva",
        TrainingKind::Psychotherapy => "Capacitación en psicoterapia padres-bebé/niño",
    }
}

fn entry(n: f64, d: Date) -> String {
    format!("{} el {}", hours(n), date(d))
}

fn entry_added(entry: &str) -> String {
    format!("Se agregó: {entry}.")
}

fn entry_saved(entry: &str) -> String {
    format!("Se guardó: {entry}.")
}

fn entry_removed(entry: &str) -> String {
    format!("Se eliminó: {entry}.")
}

fn window_opens(d: Date) -> String {
    format!("El período de renovación se abre el {}.", date(d))
}

fn countdown(days: i32) -> String {
    match days {
        0 => "La fecha límite es hoy.".to_owned(),
        1 => "Falta 1 día.".to_owned(),
        2..=44 => format!("Faltan {days} días."),
        _ => {
            let months = (f64::from(days) / 30.44).round();
            format!("Faltan {days} días (unos {} meses).", num(months))
        }
    }
}

fn skipped(skipped: Date, deadline: Date) -> String {
    format!(
        "Recibió el aval menos de un año antes de la fecha límite del {}, así que esa no le corresponde: su primera renovación vence el {}.",
        date(skipped),
        date(deadline)
    )
}

fn requirement(years: i32, training: f64, rsc: Option<f64>) -> String {
    let endorsed = if years == 1 {
        "1 año".to_owned()
    } else {
        format!("{years} años")
    };
    match rsc {
        Some(rsc) => format!(
            "Con {endorsed} de aval a la fecha límite → {} horas de capacitación y {} horas de RSC.",
            num(training),
            num(rsc)
        ),
        None => format!(
            "Con {endorsed} de aval a la fecha límite → {} horas de capacitación.",
            num(training)
        ),
    }
}

fn have_of_need(have: f64, need: f64) -> String {
    format!("{} de {} horas", num(have), num(need))
}

fn rsc_not_required(category: &str) -> String {
    format!(
        "La supervisión/consulta reflexiva (RSC) se recomienda, pero no es obligatoria para renovar como {category}."
    )
}

fn outside_cycle(training: f64, rsc: f64) -> String {
    let unit = |n: f64| if n == 1.0 { "hora" } else { "horas" };
    let mut parts = Vec::new();
    if training > 0.0 {
        parts.push(format!(
            "{} {} de capacitación",
            num(training),
            unit(training)
        ));
    }
    if rsc > 0.0 {
        parts.push(format!("{} {} de RSC", num(rsc), unit(rsc)));
    }
    format!(
        "No se cuentan {} registradas con fecha fuera de este ciclo.",
        parts.join(" y ")
    )
}

fn cycle_from_endorsement(start: Date) -> String {
    format!(
        "Este ciclo comenzó el {}, el día en que recibió el aval. Cuentan las horas con fecha desde entonces hasta la fecha límite.",
        date(start)
    )
}

fn cycle_from_deadline(start: Date, previous: Date) -> String {
    format!(
        "Este ciclo comenzó el {}, el día después de la fecha límite del {}. Cuentan las horas con fecha desde entonces hasta la fecha límite.",
        date(start),
        date(previous)
    )
}

fn membership_ok(deadline: Date) -> String {
    format!(
        "Su membresía de la asociación está vigente hasta la fecha límite ({}).",
        date(deadline)
    )
}

fn membership_ends_before(expires: Date, deadline: Date) -> String {
    format!(
        "Su membresía de la asociación vence el {}, antes de la fecha límite ({}). Renueve su membresía para que esté vigente al renovar su aval.",
        date(expires),
        date(deadline)
    )
}

fn ready(opens: Date, deadline: Date) -> String {
    format!(
        "Está listo para renovar: sus horas y su membresía están en orden. Envíe su renovación entre el {} y el {}.",
        date(opens),
        date(deadline)
    )
}

fn not_ready(missing: &[String]) -> String {
    format!("Todavía no. Falta: {}.", missing.join("; "))
}

fn summary(deadline: Date, missing: &[String]) -> String {
    if missing.is_empty() {
        format!(
            "Próxima fecha límite: {}. Sus horas están completas.",
            date(deadline)
        )
    } else {
        format!(
            "Próxima fecha límite: {}. Falta: {}.",
            date(deadline),
            missing.join(", ")
        )
    }
}

fn reinstatement_training(need: f64, since: Date) -> String {
    format!(
        "Complete {} de capacitación en los últimos 12 meses, es decir, desde el {}.",
        hours(need),
        date(since)
    )
}

fn reinstatement_rsc(per_year: f64) -> String {
    format!(
        "Indique quién le brinda actualmente supervisión/consulta reflexiva (RSC), quien confirma que la está recibiendo, y planee unas {} de RSC al año.",
        hours(per_year)
    )
}

fn reinstatement_contact_email(email: &str) -> String {
    format!(
        "El equipo de avales de su asociación confirma los pasos exactos y cualquier cuota: {email}."
    )
}

pub const TEXTS: RenewalTexts = RenewalTexts {
    title: "Horas de renovación",
    intro: "Calcule su próxima fecha límite de renovación y las horas de capacitación y de supervisión/consulta reflexiva (RSC) que requiere.",
    date,
    hours,
    problem,

    form_heading: "Su aval",
    category_label: "Categoría en la que tiene el aval",
    category_placeholder: "Elija una categoría",
    category_hint,
    endorsed_on_label: "Fecha en que se le otorgó el aval",
    endorsed_on_hint: "Use la fecha de su carta o certificado de aval.",
    membership_label: "Vencimiento de su membresía de la asociación",
    membership_hint: "Su membresía debe estar vigente cuando renueve.",
    lapsed_legend: "¿Se le pasó una fecha límite de renovación (su aval caducó)?",
    lapsed_hint: "Elija sí también si renovó sin completar las horas.",
    yes: "Sí",
    no: "No",
    submit: "Ver mi renovación",
    error_summary_title: "Revise estas respuestas",
    error_link,

    training_log_heading: "Registro de capacitación",
    training_log_intro: "Agregue cada capacitación que completó, con su fecha y sus horas.",
    rsc_log_heading: "Registro de RSC",
    rsc_log_intro: "Agregue la supervisión/consulta reflexiva (RSC) que recibió, con su fecha y sus horas. Puede agregar un mes o un trimestre como un solo registro.",
    training_log_empty: "Aún no hay capacitación registrada.",
    rsc_log_empty: "Aún no hay RSC registrada.",
    log_total,
    new_training_legend: "Agregar una capacitación",
    new_rsc_legend: "Agregar horas de RSC",
    edit_legend,
    entry_date_label: "Fecha",
    entry_hours_label: "Horas",
    entry_hours_hint: "Por ejemplo 2 o 1,5.",
    entry_kind_label: "Tipo de capacitación",
    entry_title_label: "Título",
    training_kind,
    add_training: "Agregar capacitación",
    add_rsc: "Agregar horas de RSC",
    save_entry: "Guardar cambios",
    cancel_edit: "Cancelar",
    edit: "Editar",
    remove: "Eliminar",
    entry,
    entry_added,
    entry_saved,
    entry_removed,
    outside_badge: "Fuera de este ciclo: no cuenta",

    report_heading: "Su próxima renovación",
    report_waiting: "Elija su categoría y escriba la fecha de su aval para ver su próxima fecha límite.",
    deadline_label: "Fecha límite de renovación",
    window_opens,
    window_open_now: "El período de renovación está abierto ahora.",
    countdown,
    skipped,
    requirement,
    hours_heading: "Horas",
    training_row: "Capacitación",
    rsc_row: "RSC recibida",
    have_of_need,
    row_done: "Completo",
    rsc_not_required,
    outside_cycle,
    cycle_from_endorsement,
    cycle_from_deadline,
    membership_heading: "Membresía",
    membership_ok,
    membership_ends_before,
    membership_unknown: "Escriba arriba la fecha de vencimiento de su membresía para comprobar que esté vigente a la fecha límite: para renovar se necesita una membresía vigente.",
    ready_heading: "¿Está listo?",
    ready,
    not_ready,
    membership_needed: "una membresía de la asociación que esté vigente a la fecha límite",
    summary,

    reinstatement_heading: "Cómo recuperar el aval",
    reinstatement_intro: "Después de una fecha límite vencida, su aval deja de estar vigente. Para recuperarlo:",
    reinstatement_training,
    reinstatement_rsc,
    reinstatement_audit: "Acepte ser auditado en su próximo ciclo de renovación.",
    reinstatement_ethics: "Vuelva a leer la declaración del Código de Ética y acéptela.",
    reinstatement_membership: "Tenga una membresía vigente en la asociación.",
    reinstatement_membership_active: "Su membresía está vigente hoy.",
    reinstatement_membership_expired: "Su membresía venció: renuévela primero.",
    reinstatement_membership_unknown: "Escriba arriba la fecha de vencimiento de su membresía para comprobarlo.",
    reinstatement_fee: "Su asociación puede cobrar una cuota de reincorporación.",
    reinstatement_contact: "El equipo de avales de su asociación confirma los pasos exactos y cualquier cuota.",
    reinstatement_contact_email,

    assumptions_heading: "Cómo lo calculamos",
    status_done: "Hecho",
    status_todo: "Pendiente",
};
