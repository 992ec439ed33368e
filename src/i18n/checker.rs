//! The words of the checker screens. Values live in `en/checker.rs` and `es/checker.rs`.
//!
//! The form fields and what can be wrong with them are `forms::checker`'s; they are re-exported here for
//! the message tables.

use crate::rules::RequirementId;
use crate::rules::model::{TrainingKind, WorkScope};
use crate::rules::ruleset::EducationRule;

/// The field ids and problems live with the forms that produce them; the tables below match on them.
pub use crate::forms::checker::{Field, Problem};

/// The words of one kind of entry (degrees, work, trainings, RSC).
pub struct SectionTexts {
    pub heading: &'static str,
    pub hint: &'static str,
    /// The button that opens the editor for a new entry ("Add a training").
    pub add: &'static str,
    /// Shown instead of the list when there is no entry yet.
    pub empty: &'static str,
    /// The name of the entry at a 1-based position ("Training 2").
    pub entry: fn(usize) -> String,
    /// The editor's heading when editing the entry at a 1-based position ("Edit training 2").
    pub edit_heading: fn(usize) -> String,
    /// Said after removing the entry at a 1-based position, next to "Undo".
    pub removed: fn(usize) -> String,
}

/// One language's text for the checker screens.
pub struct CheckerTexts {
    pub title: &'static str,
    pub intro: &'static str,

    // Category chooser.
    pub chooser_heading: &'static str,
    pub category_label: &'static str,
    pub category_hint: &'static str,
    pub credential_legend: &'static str,
    /// One credential choice: its name and the ages it covers.
    pub credential_option: fn(&str, &str) -> String,
    /// When the association offers one credential only.
    pub only_credential: fn(&str, &str) -> String,

    // Entry sections.
    pub degree: SectionTexts,
    pub work: SectionTexts,
    pub training: SectionTexts,
    pub rsc: SectionTexts,
    /// The training section's hint for the Reflective Supervisor add-on (no competencies there).
    pub training_hint_rsc_provision: &'static str,
    pub entries_label: fn(&str) -> String,
    pub edit: &'static str,
    pub remove: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub undo: &'static str,
    /// Marks a field that may be left empty.
    pub optional: &'static str,
    pub date_hint: &'static str,

    // Degree fields.
    pub degree_level: &'static str,
    pub degree_level_hint: &'static str,
    pub degree_level_placeholder: &'static str,

    // Work fields.
    pub work_scope: &'static str,
    pub work_scope_option: fn(WorkScope) -> &'static str,
    pub work_start: &'static str,
    pub work_end: &'static str,
    pub work_current: &'static str,
    pub families_served: &'static str,
    pub families_served_hint: &'static str,
    pub flags_legend: &'static str,
    pub post_graduate: &'static str,
    pub psychotherapy: &'static str,
    pub leadership: &'static str,
    pub leadership_hint: &'static str,
    pub provides_rsc: &'static str,
    pub volunteer: &'static str,
    pub supervised: &'static str,
    pub specialized_training: &'static str,

    // Training fields.
    pub training_title: &'static str,
    pub training_title_hint: &'static str,
    pub training_hours: &'static str,
    pub hours_hint: &'static str,
    pub training_kind: &'static str,
    pub training_kind_option: fn(TrainingKind) -> &'static str,
    pub self_study: &'static str,
    pub self_study_hint: &'static str,
    pub training_date: &'static str,

    // RSC fields.
    pub rsc_hours: &'static str,
    pub rsc_qualified: &'static str,
    pub rsc_qualified_hint: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub rsc_about_provision: &'static str,
    pub rsc_about_provision_hint: &'static str,
    pub rsc_date: &'static str,

    // References and endorsements held.
    pub references_heading: &'static str,
    pub references_label: &'static str,
    pub references_hint: &'static str,
    pub endorsements_heading: &'static str,
    pub endorsements_hint: &'static str,

    // Competency picker.
    pub picker_legend: &'static str,
    /// "3 of 3 competencies chosen for a 3-hour training".
    pub picker_count_training: fn(usize, u32, f64) -> String,
    /// "2 of 12 competencies chosen for this degree".
    pub picker_count_degree: fn(usize, u32) -> String,
    /// A training without valid hours yet.
    pub picker_needs_hours: &'static str,
    /// An entry with no degree selected cannot claim competencies.
    pub picker_needs_degree: &'static str,
    /// More picks than allowed (hours lowered after picking): (chosen, allowed).
    pub picker_over: fn(usize, u32) -> String,
    /// Picks kept from another category that this category does not list: (their names, joined).
    pub picker_not_listed: fn(&str) -> String,
    /// The button that unticks those picks.
    pub picker_remove_not_listed: &'static str,
    /// A domain's summary line: (domain name, chosen in it, is core).
    pub picker_domain: fn(&str, usize, bool) -> String,

    // Errors.
    pub error_summary_title: &'static str,
    pub error: fn(Field, Problem) -> &'static str,

    // Entry summaries in the lists.
    pub hours: fn(f64) -> String,
    pub competencies_count: fn(usize) -> String,
    pub date_range: fn(&str, Option<&str>) -> String,
    pub families_count: fn(u32) -> String,
    pub tag_self_study: &'static str,
    pub tag_qualified: &'static str,
    pub tag_not_qualified: &'static str,
    pub tag_about_provision: &'static str,
    pub tag_volunteer: &'static str,
    pub tag_post_graduate: &'static str,
    pub tag_psychotherapy: &'static str,
    pub tag_leadership: &'static str,
    pub tag_provides_rsc: &'static str,

    // The report.
    pub report_heading: &'static str,
    /// The link from the top of the form to the report, with the report's status ("6 requirements to go").
    pub jump_to_report: fn(&str) -> String,
    pub report_for: fn(&str) -> String,
    pub ready: &'static str,
    /// "3 requirements to go".
    pub to_go: fn(usize) -> String,
    /// The line announced to screen readers when the report changes.
    pub summary: fn(&str, usize) -> String,
    pub requirements_heading: &'static str,
    pub status_met: &'static str,
    pub status_missing: &'static str,
    pub status_waived: &'static str,
    /// Why a Family Associate requirement is not needed (the other one is met).
    pub waived_because: fn(RequirementId) -> &'static str,
    pub exam_note: &'static str,
    /// (highest degree held, rule).
    pub education_status: fn(&str, EducationRule) -> String,
    pub prior_met: &'static str,
    pub core_heading: &'static str,
    pub core_hint: &'static str,
    /// "3 of 5 shown, 4 needed"
    pub core_progress: fn(u32, u32, usize) -> String,
    /// The disclosure with the competencies not shown yet.
    pub core_missing: fn(usize) -> String,
    pub notices_heading: &'static str,
    /// (entry name, message).
    pub notice_about: fn(&str, &str) -> String,
    pub assumptions_heading: &'static str,
    pub next_heading: &'static str,
    /// One step for a requirement still missing, with its shortfall where it is a quantity.
    pub next_step: fn(RequirementId, f64) -> String,
    /// Two steps of which either one will do (Family Associate: a degree or the years of work).
    pub next_either: fn(&str, &str) -> String,
    /// Under a requirement that another one can replace: "Or meet Work experience instead."
    pub or_instead: fn(&str) -> String,
    /// One step for a core domain still short: (domain name, how many more).
    pub next_core: fn(&str, u32) -> String,
    pub next_apply: &'static str,
    pub next_apply_at: fn(&str) -> String,
    pub apply_link: &'static str,
    /// Shown when the rules engine rejects the entries (it should not happen with validated entries).
    pub report_error: fn(&str) -> String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, texts};

    #[test]
    fn every_field_error_has_a_message_in_every_language() {
        for lang in [Lang::En, Lang::Es] {
            for field in Field::ALL {
                for problem in Problem::ALL {
                    assert!(!(texts(lang).checker.error)(field, problem).is_empty());
                }
            }
        }
    }

    #[test]
    fn counts_read_naturally() {
        let t = texts(Lang::En).checker;
        assert_eq!(
            (t.picker_count_training)(3, 3, 3.0),
            "3 of 3 competencies chosen for a 3-hour training"
        );
        assert_eq!(
            (t.picker_count_training)(0, 1, 1.5),
            "0 of 1 competency chosen for a 1.5-hour training"
        );
        assert_eq!((t.to_go)(1), "1 requirement to go");
        assert_eq!((t.to_go)(6), "6 requirements to go");
        assert_eq!(
            (t.next_step)(RequirementId::TrainingHours, 9.0),
            "Take 9 more hours of training."
        );
        assert_eq!((texts(Lang::Es).checker.to_go)(6), "Faltan 6 requisitos");
    }
}
