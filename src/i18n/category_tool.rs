//! The words of the category tool screens. Values live in `en/category_tool.rs` and `es/category_tool.rs`.
//!
//! The field and problem enums that name every validation message the questionnaire can show live in
//! `forms::category` and are re-exported here.

use crate::rules::model::{DegreeLevel, RoleScope};

/// The questionnaire's fields, problems and answer choices are `forms::category`'s; the tables match on them.
pub use crate::forms::category::{AgesChoice, Field, Problem, YesNoNotSure};

/// One language's text for the category tool screens.
pub struct CategoryToolTexts {
    pub title: &'static str,
    /// One sentence under the tool heading on the first question.
    pub intro: &'static str,

    // The question frame.
    pub back: &'static str,
    pub continue_label: &'static str,
    pub error_summary_title: &'static str,
    /// Read before an inline error by screen readers ("Error:").
    pub error_prefix: &'static str,
    pub or: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub not_sure: &'static str,
    /// Unit after a number of years in a field ("years").
    pub years_unit: &'static str,
    pub families_unit: &'static str,

    // 1. Ages.
    pub ages_question: &'static str,
    pub ages_hint: &'static str,
    pub ages_choice: fn(AgesChoice) -> &'static str,
    pub ages_choice_hint: fn(AgesChoice) -> &'static str,

    // 2. Main role.
    pub scope_question: &'static str,
    pub scope_hint: &'static str,
    pub scope_choice: fn(RoleScope) -> &'static str,
    pub scope_choice_hint: fn(RoleScope) -> &'static str,

    // 3. Degree.
    pub degree_question: &'static str,
    pub degree_hint: &'static str,
    pub degree_choice: fn(DegreeLevel) -> &'static str,
    pub degree_choice_hint: fn(DegreeLevel) -> &'static str,

    // 4. Years in the scope of the main role.
    pub years_question: fn(RoleScope) -> &'static str,
    pub years_hint: fn(RoleScope) -> &'static str,

    // 5. Questions that depend on the main role.
    pub families_question: &'static str,
    pub families_hint: &'static str,
    pub psychotherapy_question: &'static str,
    pub psychotherapy_hint: &'static str,
    pub leader_question: &'static str,
    pub leader_hint: &'static str,
    pub rsc_question: &'static str,
    pub rsc_hint: &'static str,
    pub rsc_years_label: &'static str,
    pub rsc_years_hint: &'static str,
    pub endorsed_question: &'static str,
    pub endorsed_hint: &'static str,
    pub endorsed_none: &'static str,

    /// A validation message: what to do, for the field it is about.
    pub error: fn(Field, Problem) -> &'static str,

    // 6. Check your answers.
    pub summary_title: &'static str,
    pub summary_hint: &'static str,
    /// Short name of each answer in the summary list.
    pub summary_label: fn(Field) -> &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    pub see_result: &'static str,
    /// "3 years", "1 year", "1.5 years".
    pub years: fn(f64) -> String,
    /// "12 families".
    pub families: fn(u32) -> String,
    /// "Yes, for 2 years".
    pub rsc_answer: fn(f64) -> String,
    pub endorsed_answer_none: &'static str,

    // 7. The result.
    pub result_caption: &'static str,
    /// "IMH-E® — for work with pregnancy and children from birth up to 3 years".
    pub credential_line: fn(credential: &str, ages: &str) -> String,
    /// Both credentials fit: the two full titles.
    pub both_credentials: fn(first_title: &str, second_title: &str) -> String,
    /// A credential that fits the ages but that the association does not offer.
    pub not_offered: fn(credential: &str, association: &str) -> String,
    /// What the association offers instead ("offers IMH-E® only").
    pub association_offers: fn(association: &str, credentials: &str) -> String,
    /// No credential that fits the ages is offered.
    pub nothing_offered: fn(association: &str) -> String,
    /// Stands in for the association's name when the host page gives none.
    pub your_association: &'static str,
    pub why_heading: &'static str,
    pub not_a_hierarchy: &'static str,
    pub requires_heading: fn(category: &str) -> String,
    pub requires_intro: &'static str,
    pub requirement_value: fn(RequirementLine) -> String,
    pub add_on_heading: &'static str,
    pub add_on_intro: &'static str,
    pub add_on_emerging: fn(need_years: f64, status_years: i32) -> String,
    pub add_on_after_endorsement: &'static str,
    pub others_heading: &'static str,
    pub others_intro: &'static str,
    /// The summary line of the collapsed list of categories written for other kinds of work.
    pub other_scopes_summary: &'static str,
    pub next_heading: &'static str,
    pub next_join: fn(association: &str) -> String,
    pub next_register: fn(association: &str) -> String,
    pub next_references: &'static str,
    pub next_submit: &'static str,
    pub next_exam: &'static str,
    pub apply_link: fn(association: &str) -> String,
    pub contact: fn(association: &str) -> String,
    pub contact_generic: &'static str,
    pub check_button: fn(category: &str) -> String,
    pub change_answers: &'static str,
    pub start_again: &'static str,
}

/// One line of "what this category asks for", with its numbers read from the ruleset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RequirementLine {
    /// Any academic degree, or this many years of qualifying work (Family Associate).
    DegreeOrWork {
        years: f64,
    },
    AnyDegree,
    PostGraduate,
    NoDegree,
    /// Years of work of the category's kind.
    Work {
        kind: WorkLine,
        years: f64,
    },
    Families {
        count: u32,
    },
    RscProviderYears {
        years: f64,
    },
    TrainingHours {
        hours: f64,
    },
    RscProvisionTrainingHours {
        hours: f64,
        self_study_cap: f64,
    },
    RscHours {
        hours: f64,
    },
    RscProvisionHours {
        hours: f64,
    },
    RscPrerequisiteHours {
        hours: f64,
    },
    RscRecommended,
    References {
        count: u32,
    },
    PriorEndorsement,
    CoreCompetencies,
    Exam,
    NoExam,
}

/// The kinds of work a category counts, as the result page words them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkLine {
    AnyInfantFamily,
    Prevention,
    PostGraduatePsychotherapy,
    Leadership,
}
