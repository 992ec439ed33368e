//! English text of the renewal screens.

use crate::i18n::number;
use crate::i18n::renewal::{Problem, RenewalTexts};
use crate::rules::Date;
use crate::rules::model::TrainingKind;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn date(d: Date) -> String {
    let month = MONTHS
        .get(d.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", d.day(), d.year())
}

fn hours(n: f64) -> String {
    format!("{} {}", number(n), if n == 1.0 { "hour" } else { "hours" })
}

fn problem(p: &Problem) -> String {
    match p {
        Problem::CategoryMissing => "Choose the category you are endorsed in.".to_owned(),
        Problem::CategoryNotRenewed => {
            "Emerging status is not renewed. Choose the category you are endorsed in.".to_owned()
        }
        Problem::EndorsedOnMissing => "Enter the date your endorsement was granted.".to_owned(),
        Problem::NotADate => "Enter the date as year-month-day, for example 2025-06-01.".to_owned(),
        Problem::NoSuchDate => "There is no such date: check the month and the day.".to_owned(),
        Problem::EndorsedAfterToday { today } => format!(
            "This date is after today ({}). Enter the day your endorsement was granted.",
            date(*today)
        ),
        Problem::EntryDateMissing => "Enter the date of these hours.".to_owned(),
        Problem::EntryDateAfterToday { today } => format!(
            "This date is after today ({}). Log hours once you have completed them.",
            date(*today)
        ),
        Problem::HoursMissing => "Enter the number of hours.".to_owned(),
        Problem::HoursInvalid => "Enter the hours as a number, such as 2 or 1.5.".to_owned(),
        Problem::HoursNotPositive => "Enter more than 0 hours.".to_owned(),
        Problem::Other(message) => message.clone(),
    }
}

fn category_hint(years: i32) -> String {
    format!(
        "Reflective Supervisor – Emerging is not listed: that status lasts {years} years and is not renewed."
    )
}

fn error_link(field: &str, problem: &str) -> String {
    format!("{field}: {problem}")
}

fn log_total(n: f64) -> String {
    format!("Total logged: {}", hours(n))
}

fn edit_legend(entry: &str) -> String {
    format!("Edit entry: {entry}")
}

fn training_kind(k: TrainingKind) -> &'static str {
    match k {
        TrainingKind::General => "Infant and early childhood mental health training",
        TrainingKind::RscProvision => "Training on providing reflective supervision",
        TrainingKind::Psychotherapy => "Parent-infant/child psychotherapy training",
    }
}

fn entry(n: f64, d: Date) -> String {
    format!("{} on {}", hours(n), date(d))
}

fn entry_added(entry: &str) -> String {
    format!("Added {entry}.")
}

fn entry_saved(entry: &str) -> String {
    format!("Saved {entry}.")
}

fn entry_removed(entry: &str) -> String {
    format!("Removed {entry}.")
}

fn window_opens(d: Date) -> String {
    format!("The renewal window opens on {}.", date(d))
}

fn countdown(days: i32) -> String {
    match days {
        0 => "The deadline is today.".to_owned(),
        1 => "1 day to go.".to_owned(),
        // Below about six weeks a month count says nothing the days do not.
        2..=44 => format!("{days} days to go."),
        _ => {
            let months = (f64::from(days) / 30.44).round();
            format!("{days} days to go (about {} months).", number(months))
        }
    }
}

fn skipped(skipped: Date, deadline: Date) -> String {
    format!(
        "You were endorsed less than a year before the {} deadline, so you skip that one: your first renewal is due {}.",
        date(skipped),
        date(deadline)
    )
}

fn requirement(years: i32, training: f64, rsc: Option<f64>) -> String {
    let endorsed = if years == 1 {
        "1 year".to_owned()
    } else {
        format!("{years} years")
    };
    match rsc {
        Some(rsc) => format!(
            "Endorsed {endorsed} by the deadline → {} training hours and {} RSC hours.",
            number(training),
            number(rsc)
        ),
        None => format!(
            "Endorsed {endorsed} by the deadline → {} training hours.",
            number(training)
        ),
    }
}

fn have_of_need(have: f64, need: f64) -> String {
    format!("{} of {} hours", number(have), number(need))
}

fn rsc_not_required(category: &str) -> String {
    format!(
        "Reflective supervision/consultation (RSC) is recommended but not required to renew as {category}."
    )
}

fn outside_cycle(training: f64, rsc: f64) -> String {
    let unit = |n: f64| if n == 1.0 { "hour" } else { "hours" };
    let mut parts = Vec::new();
    if training > 0.0 {
        parts.push(format!("{} training {}", number(training), unit(training)));
    }
    if rsc > 0.0 {
        parts.push(format!("{} RSC {}", number(rsc), unit(rsc)));
    }
    let single = parts.len() == 1 && training + rsc == 1.0;
    let (verb, pronoun) = if single {
        ("is", "it is")
    } else {
        ("are", "they are")
    };
    format!(
        "{} you logged {verb} dated outside this cycle, so {pronoun} not counted.",
        parts.join(" and ")
    )
}

fn cycle_from_endorsement(start: Date) -> String {
    format!(
        "This cycle started on {}, the day you were endorsed. Hours dated from then until the deadline count.",
        date(start)
    )
}

fn cycle_from_deadline(start: Date, previous: Date) -> String {
    format!(
        "This cycle started on {}, the day after the {} deadline. Hours dated from then until the deadline count.",
        date(start),
        date(previous)
    )
}

fn membership_ok(deadline: Date) -> String {
    format!(
        "Your association membership runs through the deadline ({}).",
        date(deadline)
    )
}

fn membership_ends_before(expires: Date, deadline: Date) -> String {
    format!(
        "Your association membership expires on {}, before the deadline ({}). Renew your membership so that it is active when you renew your endorsement.",
        date(expires),
        date(deadline)
    )
}

fn ready(opens: Date, deadline: Date) -> String {
    format!(
        "You are ready to renew: your hours and membership are in order. Submit your renewal between {} and {}.",
        date(opens),
        date(deadline)
    )
}

fn not_ready(missing: &[String]) -> String {
    format!("Not yet. Still needed: {}.", missing.join("; "))
}

fn summary(deadline: Date, missing: &[String]) -> String {
    if missing.is_empty() {
        format!("Next deadline {}. Your hours are complete.", date(deadline))
    } else {
        format!(
            "Next deadline {}. Still needed: {}.",
            date(deadline),
            missing.join(", ")
        )
    }
}

fn reinstatement_training(need: f64, since: Date) -> String {
    format!(
        "Complete {} of training within the past 12 months, that is since {}.",
        hours(need),
        date(since)
    )
}

fn reinstatement_rsc(per_year: f64) -> String {
    format!(
        "Name your current reflective supervision/consultation (RSC) provider, who confirms you are receiving RSC, and plan for about {} of RSC a year.",
        hours(per_year)
    )
}

fn reinstatement_contact_email(email: &str) -> String {
    format!("Your association's endorsement team confirms the exact steps and any fee: {email}.")
}

pub const TEXTS: RenewalTexts = RenewalTexts {
    title: "Renewal hours",
    intro: "Work out your next renewal deadline and the training and reflective supervision/consultation (RSC) hours it asks for.",
    date,
    hours,
    problem,

    form_heading: "Your endorsement",
    category_label: "Category you are endorsed in",
    category_placeholder: "Choose a category",
    category_hint,
    endorsed_on_label: "Date your endorsement was granted",
    endorsed_on_hint: "Use the date on your endorsement letter or certificate.",
    membership_label: "Association membership expires",
    membership_hint: "Your membership needs to be active when you renew.",
    lapsed_legend: "Did you miss a renewal deadline (your endorsement lapsed)?",
    lapsed_hint: "Choose yes also if you renewed without meeting the hours.",
    yes: "Yes",
    no: "No",
    submit: "Show my renewal",
    error_summary_title: "Please check these answers",
    error_link,

    training_log_heading: "Training log",
    training_log_intro: "Add each in-service training you completed, with its date and hours.",
    rsc_log_heading: "RSC log",
    rsc_log_intro: "Add the reflective supervision/consultation (RSC) you received, with its date and hours. You can add a month or a quarter as one entry.",
    training_log_empty: "No training logged yet.",
    rsc_log_empty: "No RSC logged yet.",
    log_total,
    new_training_legend: "Add a training",
    new_rsc_legend: "Add RSC hours",
    edit_legend,
    entry_date_label: "Date",
    entry_hours_label: "Hours",
    entry_hours_hint: "For example 2 or 1.5.",
    entry_kind_label: "Type of training",
    entry_title_label: "Title",
    training_kind,
    add_training: "Add training",
    add_rsc: "Add RSC hours",
    save_entry: "Save changes",
    cancel_edit: "Cancel",
    edit: "Edit",
    remove: "Remove",
    entry,
    entry_added,
    entry_saved,
    entry_removed,
    outside_badge: "Outside this cycle: not counted",

    report_heading: "Your next renewal",
    report_waiting: "Choose your category and enter your endorsement date to see your next deadline.",
    deadline_label: "Renewal deadline",
    window_opens,
    window_open_now: "The renewal window is open now.",
    countdown,
    skipped,
    requirement,
    hours_heading: "Hours",
    training_row: "Training",
    rsc_row: "RSC received",
    have_of_need,
    row_done: "Complete",
    rsc_not_required,
    outside_cycle,
    cycle_from_endorsement,
    cycle_from_deadline,
    membership_heading: "Membership",
    membership_ok,
    membership_ends_before,
    membership_unknown: "Enter your membership expiry date above to check that it is active at the deadline: renewal needs an active association membership.",
    ready_heading: "Are you ready?",
    ready,
    not_ready,
    membership_needed: "an association membership known to be active at the deadline",
    summary,

    reinstatement_heading: "Getting reinstated",
    reinstatement_intro: "After a missed deadline your endorsement is no longer current. To be reinstated:",
    reinstatement_training,
    reinstatement_rsc,
    reinstatement_audit: "Agree to be audited in your next renewal cycle.",
    reinstatement_ethics: "Read the Code of Ethics statement again and agree to it.",
    reinstatement_membership: "Hold an active association membership.",
    reinstatement_membership_active: "Your membership is active today.",
    reinstatement_membership_expired: "Your membership has expired: renew it first.",
    reinstatement_membership_unknown: "Enter your membership expiry date above to check it.",
    reinstatement_fee: "Your association may charge a reinstatement fee.",
    reinstatement_contact: "Your association's endorsement team confirms the exact steps and any fee.",
    reinstatement_contact_email,

    assumptions_heading: "How we count this",
    status_done: "Done",
    status_todo: "To do",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("bad test date {text}"))
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(date(d("2027-12-31")), "31 December 2027");
        assert_eq!(date(d("2027-10-01")), "1 October 2027");
    }

    #[test]
    fn countdown_rounds_to_months() {
        assert_eq!(countdown(404), "404 days to go (about 13 months).");
        assert_eq!(countdown(10), "10 days to go.");
        assert_eq!(countdown(0), "The deadline is today.");
    }

    #[test]
    fn requirement_sentence() {
        assert_eq!(
            requirement(2, 30.0, Some(24.0)),
            "Endorsed 2 years by the deadline → 30 training hours and 24 RSC hours."
        );
        assert_eq!(
            requirement(1, 15.0, None),
            "Endorsed 1 year by the deadline → 15 training hours."
        );
    }

    #[test]
    fn outside_cycle_sentence() {
        assert_eq!(
            outside_cycle(5.0, 0.0),
            "5 training hours you logged are dated outside this cycle, so they are not counted."
        );
        assert_eq!(
            outside_cycle(1.0, 0.0),
            "1 training hour you logged is dated outside this cycle, so it is not counted."
        );
        assert_eq!(
            outside_cycle(2.0, 3.0),
            "2 training hours and 3 RSC hours you logged are dated outside this cycle, so they are not counted."
        );
    }
}
