//! English text of the checker screens.

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
    format!("Credential: {name} ({ages}), the one this association offers.")
}

fn entries_label(heading: &str) -> String {
    format!("{heading}: your entries")
}

fn work_scope_option(scope: WorkScope) -> &'static str {
    match scope {
        WorkScope::Promotion => "Promotion: supporting families in general",
        WorkScope::Prevention => "Prevention and early intervention with children and caregivers",
        WorkScope::Clinical => "Clinical intervention and treatment",
        WorkScope::Macro => "Leadership, policy, research or teaching",
    }
}

fn training_kind_option(kind: TrainingKind) -> &'static str {
    match kind {
        TrainingKind::General => "General infant and early childhood mental health",
        TrainingKind::RscProvision => {
            "On providing reflective supervision/\u{200b}consultation (RSC)"
        }
        TrainingKind::Psychotherapy => "Parent-infant/child psychotherapy",
    }
}

fn picker_count_training(chosen: usize, limit: u32, hours: f64) -> String {
    format!(
        "{chosen} of {limit} {} chosen for a {}-hour training",
        plural(limit as f64, "competency", "competencies"),
        number(hours)
    )
}

fn picker_count_degree(chosen: usize, limit: u32) -> String {
    format!("{chosen} of {limit} competencies chosen for this degree")
}

fn picker_over(chosen: usize, allowed: u32) -> String {
    format!(
        "{chosen} competencies are chosen but this entry can show {allowed}; only the first {allowed} count. Untick some, or raise the hours."
    )
}

fn picker_not_listed(names: &str) -> String {
    format!(
        "Chosen under another category and not on this one's list, so not counted here and taking no places: {names}."
    )
}

fn picker_domain(domain: &str, chosen: usize, core: bool) -> String {
    let core = if core { " (core domain)" } else { "" };
    if chosen == 0 {
        format!("{domain}{core}")
    } else {
        format!("{domain}{core}: {chosen} chosen")
    }
}

fn error(field: Field, problem: Problem) -> &'static str {
    use Field::*;
    use Problem::*;
    match (field, problem) {
        (DegreeLevel, _) => "Choose the level of this degree",
        (WorkStart | WorkEnd | TrainingDate | RscDate, NoSuchDate) => {
            "There is no such date: check the month and the day"
        }
        (WorkStart, Required) => "Enter the date you started this position",
        (WorkStart, _) => "Enter the start date as year-month-day, for example 2023-09-01",
        (WorkEnd, Required) => {
            "Enter the date this position ended, or tick \u{201c}I still work here\u{201d}"
        }
        (WorkEnd, EndBeforeStart) => "The end date must be on or after the start date",
        (WorkEnd, _) => "Enter the end date as year-month-day, for example 2025-06-30",
        (WorkFamilies, _) => "Enter the number of families as a whole number, for example 12",
        (TrainingHours, Required) => "Enter the hours of this training",
        (TrainingHours, Negative) => "Training hours cannot be negative",
        (TrainingHours, _) => "Enter the hours as a number, for example 6 or 1.5",
        (TrainingDate, _) => {
            "Enter the date as year-month-day, for example 2025-03-01, or leave it empty"
        }
        (RscHours, Required) => "Enter the hours of RSC you received",
        (RscHours, Negative) => "RSC hours cannot be negative",
        (RscHours, _) => "Enter the hours as a number, for example 12 or 1.5",
        (RscQualified, _) => "Say whether the person who provided the RSC is a qualified provider",
        (RscDate, _) => {
            "Enter the date as year-month-day, for example 2025-03-01, or leave it empty"
        }
        (References, _) => "Enter the number of references as a whole number, for example 3",
    }
}

fn hours(n: f64) -> String {
    format!("{} {}", number(n), plural(n, "hour", "hours"))
}

fn competencies_count(n: usize) -> String {
    format!("{n} {}", plural(n as f64, "competency", "competencies"))
}

fn date_range(start: &str, end: Option<&str>) -> String {
    match end {
        Some(end) => format!("{start} to {end}"),
        None => format!("{start} to today (still working here)"),
    }
}

fn families_count(n: u32) -> String {
    format!("{n} {} served", plural(f64::from(n), "family", "families"))
}

fn jump_to_report(status: &str) -> String {
    format!("{status}: see where you stand")
}

fn report_for(title: &str) -> String {
    format!("For {title}")
}

fn to_go(n: usize) -> String {
    format!(
        "{n} {} to go",
        plural(n as f64, "requirement", "requirements")
    )
}

fn summary(title: &str, outstanding: usize) -> String {
    if outstanding == 0 {
        format!("{title}: ready to apply.")
    } else {
        format!("{title}: {}.", to_go(outstanding))
    }
}

fn waived_because(id: RequirementId) -> &'static str {
    match id {
        RequirementId::Education => "Not needed: you meet the work requirement instead",
        _ => "Not needed: you meet the education requirement instead",
    }
}

fn education_status(highest: &str, rule: EducationRule) -> String {
    let need = match rule {
        EducationRule::AnyDegree => "any academic degree",
        EducationRule::PostGraduate => "a master's degree or doctorate",
    };
    format!("Needs {need}; your highest: {highest}.")
}

fn core_progress(have: u32, need: u32, total: usize) -> String {
    format!("{have} of {total} shown; {need} needed")
}

fn core_missing(n: usize) -> String {
    format!("Not shown yet ({n})")
}

fn notice_about(entry: &str, message: &str) -> String {
    format!("{entry}: {message}")
}

fn or_instead(alternative: &str) -> String {
    format!("Or meet “{alternative}” instead: either one is enough.")
}

fn next_either(first: &str, second: &str) -> String {
    format!("Either of these will do: {first} Or: {second}")
}

fn next_step(id: RequirementId, shortfall: f64) -> String {
    let n = number(shortfall);
    match id {
        RequirementId::PriorEndorsement => {
            "Get endorsed in one of the six categories first; the Reflective Supervisor add-on builds on it.".to_owned()
        }
        RequirementId::Education => {
            "Add a degree at the required level, or keep working toward one.".to_owned()
        }
        RequirementId::WorkYears => format!(
            "Gain {n} more {} of qualifying work (a job you still hold keeps counting).",
            plural(shortfall, "year", "years")
        ),
        RequirementId::FamiliesServed => format!(
            "Serve {n} more {} in your prevention or early intervention work.",
            plural(shortfall, "family", "families")
        ),
        RequirementId::RscProviderYears => format!(
            "Provide reflective supervision/consultation for {n} more {}.",
            plural(shortfall, "year", "years")
        ),
        RequirementId::TrainingHours => format!(
            "Take {n} more {} of training.",
            plural(shortfall, "hour", "hours")
        ),
        RequirementId::RscProvisionTrainingHours => format!(
            "Take {n} more {} of training on providing RSC (self-study counts for at most 2 hours).",
            plural(shortfall, "hour", "hours")
        ),
        RequirementId::RscHours => format!(
            "Receive {n} more {} of RSC from a qualified provider.",
            plural(shortfall, "hour", "hours")
        ),
        RequirementId::RscProvisionHours => format!(
            "Receive {n} more {} of RSC about your own provision of RSC.",
            plural(shortfall, "hour", "hours")
        ),
        RequirementId::RscPrerequisiteHours => format!(
            "Receive {n} more {} of RSC from a qualified provider while doing infant and early childhood work.",
            plural(shortfall, "hour", "hours")
        ),
        RequirementId::References => format!(
            "Line up {n} more {}; ask 2 to 3 weeks before you submit.",
            plural(shortfall, "reference", "references")
        ),
        RequirementId::CoreCompetencies => {
            "Show more competencies in the core domains through trainings or a degree.".to_owned()
        }
    }
}

fn next_core(domain: &str, more: u32) -> String {
    format!(
        "Show {more} more {} in {domain}, through a training or a degree's coursework.",
        plural(f64::from(more), "competency", "competencies")
    )
}

fn next_apply_at(association: &str) -> String {
    format!(
        "When everything is met, apply through {association}: join, register in its application system and complete each tab."
    )
}

fn report_error(message: &str) -> String {
    format!(
        "The report could not be worked out from these entries ({message}). Edit or remove the entry it names."
    )
}

pub const TEXTS: CheckerTexts = CheckerTexts {
    title: "Requirements checker",
    intro: "Choose the category you are aiming for and add what you have done so far. The report updates as you save each entry. Your entries stay in this browser and are never sent anywhere.",

    chooser_heading: "Your category",
    category_label: "Category",
    category_hint: "The category follows the kind of work in your main role; it is not a ladder.",
    credential_legend: "Credential",
    credential_option,
    only_credential,

    degree: SectionTexts {
        heading: "Education",
        hint: "Add each academic degree. A degree with transcripts can show up to 12 competencies from its coursework.",
        add: "Add a degree",
        empty: "No degrees added yet.",
        entry: |n| format!("Degree {n}"),
        edit_heading: |n| format!("Edit degree {n}"),
        removed: |n| format!("Degree {n} removed."),
    },
    work: SectionTexts {
        heading: "Work experience",
        hint: "Add each position, paid or volunteer. Overlapping positions count once.",
        add: "Add a position",
        empty: "No positions added yet.",
        entry: |n| format!("Position {n}"),
        edit_heading: |n| format!("Edit position {n}"),
        removed: |n| format!("Position {n} removed."),
    },
    training: SectionTexts {
        heading: "Training",
        hint: "Add each in-service training. Each whole hour can show one competency.",
        add: "Add a training",
        empty: "No trainings added yet.",
        entry: |n| format!("Training {n}"),
        edit_heading: |n| format!("Edit training {n}"),
        removed: |n| format!("Training {n} removed."),
    },
    rsc: SectionTexts {
        heading: "Reflective supervision/\u{200b}consultation (RSC) received",
        hint: "Add the RSC hours you received, one entry per provider or period.",
        add: "Add RSC hours",
        empty: "No RSC hours added yet.",
        entry: |n| format!("RSC entry {n}"),
        edit_heading: |n| format!("Edit RSC entry {n}"),
        removed: |n| format!("RSC entry {n} removed."),
    },
    training_hint_rsc_provision: "Add each training on providing reflective supervision/consultation. At most 2 self-study hours count toward it.",
    entries_label,
    edit: "Edit",
    remove: "Remove",
    save: "Save",
    cancel: "Cancel",
    undo: "Undo",
    optional: "(optional)",
    date_hint: "Year-month-day, for example 2023-09-01",

    degree_level: "Level",
    degree_level_hint: "A master's degree or doctorate is post-graduate.",
    degree_level_placeholder: "Choose a level",

    work_scope: "Kind of work",
    work_scope_option,
    work_start: "Start date",
    work_end: "End date",
    work_current: "I still work here",
    families_served: "Families served in this position",
    families_served_hint: "A whole number. Leave empty if none.",
    flags_legend: "About this position",
    post_graduate: "Done after earning my master's degree or doctorate",
    psychotherapy: "I provided relationship-focused parent-infant/child psychotherapy",
    leadership: "I worked as an infant and early childhood mental health practice leader",
    leadership_hint: "Paid or unpaid; for the mentors' Leadership tab.",
    provides_rsc: "I provided reflective supervision/consultation to others",
    volunteer: "This was a volunteer position",
    supervised: "The volunteer work was supervised",
    specialized_training: "It included specialized training (such as CASA, doula or child life)",

    training_title: "Title",
    training_title_hint: "For your own reference; it is not checked.",
    training_hours: "Hours",
    hours_hint: "For example 6 or 1.5",
    training_kind: "Type of training",
    training_kind_option,
    self_study: "Self-study",
    self_study_hint: "Learning communities, books, articles, peer study. At most 2 self-study hours count toward training on providing RSC.",
    training_date: "Date",

    rsc_hours: "Hours received",
    rsc_qualified: "Was the provider qualified?",
    rsc_qualified_hint: "A qualified provider is endorsed with the Reflective Supervisor add-on or as Mentor – Clinical. Only their hours count.",
    yes: "Yes",
    no: "No",
    rsc_about_provision: "This RSC was about my own provision of RSC to others",
    rsc_about_provision_hint: "Counted apart from other RSC hours.",
    rsc_date: "Date",

    references_heading: "References",
    references_label: "Number of references you can ask for",
    references_hint: "A whole number. Leave empty if none yet.",
    endorsements_heading: "Endorsements you hold",
    endorsements_hint: "The Reflective Supervisor add-on is for people already endorsed in one of these categories.",

    picker_legend: "Competencies shown",
    picker_count_training,
    picker_count_degree,
    picker_needs_hours: "Enter the hours first: each whole hour can show one competency.",
    picker_needs_degree: "Choose a degree level first: a degree can show up to 12 competencies.",
    picker_over,
    picker_not_listed,
    picker_remove_not_listed: "Remove from this entry",
    picker_domain,

    error_summary_title: "There is a problem",
    error,

    hours,
    competencies_count,
    date_range,
    families_count,
    tag_self_study: "self-study",
    tag_qualified: "qualified provider",
    tag_not_qualified: "provider not qualified (not counted)",
    tag_about_provision: "about your provision of RSC",
    tag_volunteer: "volunteer",
    tag_post_graduate: "post-graduate",
    tag_psychotherapy: "psychotherapy",
    tag_leadership: "practice leader",
    tag_provides_rsc: "provides RSC",

    report_heading: "Where you stand",
    jump_to_report,
    report_for,
    ready: "Ready to apply",
    to_go,
    summary,
    requirements_heading: "Requirements",
    status_met: "Met",
    status_missing: "Not met yet",
    status_waived: "Not needed",
    waived_because,
    exam_note: "This category also includes a written exam after your application is approved.",
    education_status,
    prior_met: "You hold an endorsement in one of the six categories.",
    core_heading: "Core competencies",
    core_hint: "At least half of each core domain's competencies must be shown by your degrees and trainings.",
    core_progress,
    core_missing,
    notices_heading: "Please check",
    notice_about,
    assumptions_heading: "How we count this",
    next_heading: "What to do next",
    next_step,
    next_either,
    or_instead,
    next_core,
    next_apply: "When everything is met, apply through your association: join, register in its application system and complete each tab.",
    next_apply_at,
    apply_link: "Start your application",
    report_error,
};
