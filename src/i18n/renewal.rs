//! The words of the renewal screens. Values live in `en/renewal.rs` and `es/renewal.rs`.

use crate::rules::Date;
use crate::rules::model::TrainingKind;

/// The renewal screens' problems are `forms::renewal`'s; the tables turn them into sentences.
pub use crate::forms::renewal::Problem;

/// One language's text for the renewal screens.
pub struct RenewalTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// "31 December 2027".
    pub date: fn(Date) -> String,
    /// "10 hours", "1 hour".
    pub hours: fn(f64) -> String,
    pub problem: fn(&Problem) -> String,

    // The endorsement form.
    pub form_heading: &'static str,
    pub category_label: &'static str,
    pub category_placeholder: &'static str,
    /// Why ERS – Emerging is not in the list; the argument is how many years the status lasts.
    pub category_hint: fn(i32) -> String,
    pub endorsed_on_label: &'static str,
    pub endorsed_on_hint: &'static str,
    pub membership_label: &'static str,
    pub membership_hint: &'static str,
    pub lapsed_legend: &'static str,
    pub lapsed_hint: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub submit: &'static str,
    pub error_summary_title: &'static str,
    /// The label of an error summary link: the field's name, then what is wrong.
    pub error_link: fn(&str, &str) -> String,

    // The two logs.
    pub training_log_heading: &'static str,
    pub training_log_intro: &'static str,
    pub rsc_log_heading: &'static str,
    pub rsc_log_intro: &'static str,
    pub training_log_empty: &'static str,
    pub rsc_log_empty: &'static str,
    /// "Total: 22 hours".
    pub log_total: fn(f64) -> String,
    pub new_training_legend: &'static str,
    pub new_rsc_legend: &'static str,
    /// The legend while an entry is edited, naming the entry.
    pub edit_legend: fn(&str) -> String,
    pub entry_date_label: &'static str,
    pub entry_hours_label: &'static str,
    pub entry_hours_hint: &'static str,
    pub entry_kind_label: &'static str,
    pub entry_title_label: &'static str,
    pub training_kind: fn(TrainingKind) -> &'static str,
    pub add_training: &'static str,
    pub add_rsc: &'static str,
    pub save_entry: &'static str,
    pub cancel_edit: &'static str,
    pub edit: &'static str,
    pub remove: &'static str,
    /// One entry as a short phrase: "10 hours on 1 January 2026".
    pub entry: fn(f64, Date) -> String,
    pub entry_added: fn(&str) -> String,
    pub entry_saved: fn(&str) -> String,
    pub entry_removed: fn(&str) -> String,
    pub outside_badge: &'static str,

    // The report.
    pub report_heading: &'static str,
    pub report_waiting: &'static str,
    pub deadline_label: &'static str,
    pub window_opens: fn(Date) -> String,
    pub window_open_now: &'static str,
    /// Days to the deadline, with a rough number of months.
    pub countdown: fn(i32) -> String,
    /// The nearer deadline that is skipped, then the deadline that applies.
    pub skipped: fn(Date, Date) -> String,
    /// Years endorsed at the deadline, training hours, and RSC hours when RSC is required.
    pub requirement: fn(i32, f64, Option<f64>) -> String,
    pub hours_heading: &'static str,
    pub training_row: &'static str,
    pub rsc_row: &'static str,
    /// "10 of 30 hours".
    pub have_of_need: fn(f64, f64) -> String,
    pub row_done: &'static str,
    pub rsc_not_required: fn(&str) -> String,
    /// Training and RSC hours logged outside the cycle.
    pub outside_cycle: fn(f64, f64) -> String,
    pub cycle_from_endorsement: fn(Date) -> String,
    /// The first day of the cycle, then the previous deadline.
    pub cycle_from_deadline: fn(Date, Date) -> String,
    pub membership_heading: &'static str,
    pub membership_ok: fn(Date) -> String,
    /// Expiry date, then the deadline.
    pub membership_ends_before: fn(Date, Date) -> String,
    pub membership_unknown: &'static str,
    pub ready_heading: &'static str,
    /// The window's opening, then the deadline.
    pub ready: fn(Date, Date) -> String,
    /// Not ready yet, with what is still missing.
    pub not_ready: fn(&[String]) -> String,
    /// The membership item of that list.
    pub membership_needed: &'static str,
    /// The announcement of a new report: the deadline, then what is still missing (or nothing).
    pub summary: fn(Date, &[String]) -> String,

    // Reinstatement after a lapse.
    pub reinstatement_heading: &'static str,
    pub reinstatement_intro: &'static str,
    /// Hours needed, then the first day of the 12 months.
    pub reinstatement_training: fn(f64, Date) -> String,
    pub reinstatement_rsc: fn(f64) -> String,
    pub reinstatement_audit: &'static str,
    pub reinstatement_ethics: &'static str,
    pub reinstatement_membership: &'static str,
    pub reinstatement_membership_active: &'static str,
    pub reinstatement_membership_expired: &'static str,
    pub reinstatement_membership_unknown: &'static str,
    pub reinstatement_fee: &'static str,
    pub reinstatement_contact: &'static str,
    /// The same with the association's contact address.
    pub reinstatement_contact_email: fn(&str) -> String,

    pub assumptions_heading: &'static str,
    pub status_done: &'static str,
    pub status_todo: &'static str,
}
