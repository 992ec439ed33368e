//! The checker's keys chosen by a value, and its sentences.
//!
//! The form fields and what can be wrong with them are `forms::checker`'s; they are re-exported here for
//! the message tables.

use super::{Arg, Locale, Msg};
use crate::fill;
use crate::forms::checker::Section;
use crate::rules::RequirementId;
use crate::rules::model::{TrainingKind, WorkScope};
use crate::rules::ruleset::EducationRule;

/// The field ids and problems live with the forms that produce them; the tables below match on them.
pub use crate::forms::{Field, Problem};

/// The messages of one kind of entry (degrees, work, trainings, RSC).
pub struct SectionMsgs {
    pub heading: Msg,
    pub hint: Msg,
    /// The button that opens the editor for a new entry ("Add a training").
    pub add: Msg,
    /// Shown instead of the list when there is no entry yet.
    pub empty: Msg,
    /// The name of the entry at a 1-based position `{n}` ("Training 2").
    pub entry: Msg,
    /// The editor's heading when editing the entry at a 1-based position `{n}` ("Edit training 2").
    pub edit_heading: Msg,
    /// Said after removing the entry at a 1-based position `{n}`, next to "Undo".
    pub removed: Msg,
}

/// The messages of one section.
pub fn section_texts(section: Section) -> &'static SectionMsgs {
    match section {
        Section::Degree => &DEGREE,
        Section::Work => &WORK,
        Section::Training => &TRAINING,
        Section::Rsc => &RSC,
    }
}

pub const DEGREE: SectionMsgs = SectionMsgs {
    heading: Msg::CheckerDegreeHeading,
    hint: Msg::CheckerDegreeHint,
    add: Msg::CheckerDegreeAdd,
    empty: Msg::CheckerDegreeEmpty,
    entry: Msg::CheckerDegreeEntry,
    edit_heading: Msg::CheckerDegreeEditHeading,
    removed: Msg::CheckerDegreeRemoved,
};

pub const WORK: SectionMsgs = SectionMsgs {
    heading: Msg::CheckerWorkHeading,
    hint: Msg::CheckerWorkHint,
    add: Msg::CheckerWorkAdd,
    empty: Msg::CheckerWorkEmpty,
    entry: Msg::CheckerWorkEntry,
    edit_heading: Msg::CheckerWorkEditHeading,
    removed: Msg::CheckerWorkRemoved,
};

pub const TRAINING: SectionMsgs = SectionMsgs {
    heading: Msg::CheckerTrainingHeading,
    hint: Msg::CheckerTrainingHint,
    add: Msg::CheckerTrainingAdd,
    empty: Msg::CheckerTrainingEmpty,
    entry: Msg::CheckerTrainingEntry,
    edit_heading: Msg::CheckerTrainingEditHeading,
    removed: Msg::CheckerTrainingRemoved,
};

pub const RSC: SectionMsgs = SectionMsgs {
    heading: Msg::CheckerRscHeading,
    hint: Msg::CheckerRscHint,
    add: Msg::CheckerRscAdd,
    empty: Msg::CheckerRscEmpty,
    entry: Msg::CheckerRscEntry,
    edit_heading: Msg::CheckerRscEditHeading,
    removed: Msg::CheckerRscRemoved,
};

pub fn work_scope_option(scope: WorkScope) -> Msg {
    match scope {
        WorkScope::Promotion => Msg::CheckerWorkScopeOptionPromotion,
        WorkScope::Prevention => Msg::CheckerWorkScopeOptionPrevention,
        WorkScope::Clinical => Msg::CheckerWorkScopeOptionClinical,
        WorkScope::Macro => Msg::CheckerWorkScopeOptionMacro,
    }
}

pub fn training_kind_option(kind: TrainingKind) -> Msg {
    match kind {
        TrainingKind::General => Msg::CheckerTrainingKindOptionGeneral,
        TrainingKind::RscProvision => Msg::CheckerTrainingKindOptionRscProvision,
        TrainingKind::Psychotherapy => Msg::CheckerTrainingKindOptionPsychotherapy,
    }
}

/// A validation message: what to do, for the field it is about.
pub fn error(field: Field, problem: Problem) -> Msg {
    use Field::*;
    use Problem::*;
    match (field, problem) {
        (DegreeLevel, _) => Msg::CheckerErrorDegreeLevel,
        // Without a first day, the last day makes a period that has no start.
        (RscDate, Missing) => Msg::CheckerErrorRscPeriodStart,
        (RscUntil, _) => Msg::CheckerErrorOptionalDate,
        (WorkStart, Missing) => Msg::CheckerErrorWorkStartRequired,
        (WorkStart, _) => Msg::CheckerErrorWorkStartFormat,
        (WorkEnd, Missing) => Msg::CheckerErrorWorkEndRequired,
        (WorkEnd, _) => Msg::CheckerErrorWorkEndFormat,
        (WorkFamilies, _) => Msg::CheckerErrorWorkFamilies,
        (TrainingHours, _) => Msg::CheckerErrorTrainingHoursRequired,
        (TrainingDate | RscDate, _) => Msg::CheckerErrorOptionalDate,
        (RscHours, _) => Msg::CheckerErrorRscHoursRequired,
        (RscQualified, _) => Msg::CheckerErrorRscQualified,
        // References, and the other tools' fields, which the checker never gives.
        _ => Msg::CheckerErrorReferences,
    }
}

/// Why a Family Associate requirement is not needed (the other one is met).
pub fn waived_because(id: RequirementId) -> Msg {
    match id {
        RequirementId::Education => Msg::CheckerWaivedBecauseEducation,
        _ => Msg::CheckerWaivedBecauseOther,
    }
}

impl Locale {
    /// A domain's summary line in the competency picker, with how many are chosen in it.
    pub fn picker_domain(self, domain: &str, chosen: usize, core: bool) -> String {
        let msg = if core {
            Msg::CheckerPickerDomainCore
        } else {
            Msg::CheckerPickerDomain
        };
        self.fill(msg, &[("domain", domain.into()), ("chosen", chosen.into())])
    }

    /// "3 requirements to go".
    pub fn to_go(self, n: usize) -> String {
        fill!(self, CheckerToGo, n = n)
    }

    /// The line announced to screen readers when the report changes.
    pub fn checker_summary(self, title: &str, outstanding: usize) -> String {
        if outstanding == 0 {
            fill!(self, CheckerSummaryReady, title = title)
        } else {
            fill!(self, CheckerSummaryToGo, title = title, n = outstanding)
        }
    }

    /// (highest degree held, rule).
    pub fn education_status(self, highest: &str, rule: EducationRule) -> String {
        let msg = match rule {
            EducationRule::AnyDegree => Msg::CheckerEducationStatusAnyDegree,
            EducationRule::PostGraduate => Msg::CheckerEducationStatusPostGraduate,
        };
        self.fill(msg, &[("highest", highest.into())])
    }

    /// One step for a requirement still missing, with its shortfall where it is a quantity.
    pub fn next_step(self, id: RequirementId, shortfall: f64) -> String {
        let msg = match id {
            RequirementId::PriorEndorsement => Msg::CheckerNextStepPriorEndorsement,
            RequirementId::Education => Msg::CheckerNextStepEducation,
            RequirementId::WorkYears => Msg::CheckerNextStepWorkYears,
            RequirementId::FamiliesServed => Msg::CheckerNextStepFamiliesServed,
            RequirementId::RscProviderYears => Msg::CheckerNextStepRscProviderYears,
            RequirementId::TrainingHours => Msg::CheckerNextStepTrainingHours,
            RequirementId::RscProvisionTrainingHours => {
                Msg::CheckerNextStepRscProvisionTrainingHours
            }
            RequirementId::RscHours => Msg::CheckerNextStepRscHours,
            RequirementId::RscProvisionHours => Msg::CheckerNextStepRscProvisionHours,
            RequirementId::RscPrerequisiteHours => Msg::CheckerNextStepRscPrerequisiteHours,
            RequirementId::References => Msg::CheckerNextStepReferences,
            RequirementId::CoreCompetencies => Msg::CheckerNextStepCoreCompetencies,
        };
        // Years read in years and months, like the report's cards.
        let years = self.years(shortfall);
        self.fill(
            msg,
            &[("n", shortfall.into()), ("years", Arg::Text(&years))],
        )
    }

    /// The summary of an entry's dates: "2023-09-01 to today (still working here)".
    pub fn date_range(self, start: &str, end: Option<&str>) -> String {
        match end {
            Some(end) => fill!(self, CheckerDateRange, start = start, end = end),
            None => fill!(self, CheckerDateRangeOpen, start = start),
        }
    }
}

/// "bachelor's degree" → "Bachelor's degree", for an option list. The first letter is raised for the
/// Latin letters of the widget's languages (ASCII and Latin-1, so "école" → "École"); other scripts are
/// left as they are: `char::to_uppercase` would bring the whole Unicode case table into the wasm
/// (1.2 KB brotli) for names that never need it.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'à'..='þ' if first != '÷' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        _ => first.to_ascii_uppercase(),
    };
    std::iter::once(upper).chain(chars).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Locale};

    #[test]
    fn counts_read_naturally() {
        let t = Locale::new(Lang::En);
        assert_eq!(
            fill!(
                t,
                CheckerPickerCountTraining,
                chosen = 3usize,
                limit = 3u32,
                hours = 3.0
            ),
            "3 of 3 competencies chosen: 3 training hours allow 3"
        );
        assert_eq!(
            fill!(
                t,
                CheckerPickerCountTraining,
                chosen = 0usize,
                limit = 1u32,
                hours = 1.5
            ),
            "0 of 1 competency chosen: 1.5 training hours allow 1"
        );
        // No article to agree with the figure ("a 18-hour training").
        assert_eq!(
            fill!(
                t,
                CheckerPickerCountTraining,
                chosen = 5usize,
                limit = 18u32,
                hours = 18.0
            ),
            "5 of 18 competencies chosen: 18 training hours allow 18"
        );
        assert_eq!(t.to_go(1), "1 requirement to go");
        assert_eq!(t.to_go(6), "6 requirements to go");
        assert_eq!(
            t.next_step(RequirementId::TrainingHours, 9.0),
            "Take 9 more hours of training."
        );
        assert_eq!(t.picker_domain("Thinking", 0, false), "Thinking");
        assert_eq!(
            t.picker_domain("Thinking", 2, true),
            "Thinking (core domain): 2 chosen"
        );
        let es = Locale::new(Lang::Es);
        assert_eq!(es.to_go(6), "Faltan 6 requisitos");
        assert_eq!(es.checker_summary("X", 1), "X: falta 1 requisito.");
        assert_eq!(
            fill!(
                es,
                CheckerPickerCountTraining,
                chosen = 1usize,
                limit = 1u32,
                hours = 1.5
            ),
            "1 de 1 competencia elegida: 1,5 horas de capacitación permiten 1"
        );
    }

    #[test]
    fn capitalizes_the_first_latin_letter() {
        assert_eq!(capitalized("bachelor's degree"), "Bachelor's degree");
        assert_eq!(capitalized("título de asociado"), "Título de asociado");
        assert_eq!(capitalized("école"), "École");
        assert_eq!(capitalized("ñandú"), "Ñandú");
        assert_eq!(capitalized("÷ 2"), "÷ 2");
        assert_eq!(capitalized("3 years"), "3 years");
        assert_eq!(capitalized(""), "");
        // As the Unicode rule has it, for the letters this one covers.
        for text in [
            "licenciatura",
            "maestría",
            "sin título",
            "über",
            "çà",
            "þorn",
        ] {
            let mut chars = text.chars();
            let first = chars.next().unwrap();
            let expected: String = first.to_uppercase().chain(chars).collect();
            assert_eq!(capitalized(text), expected);
        }
    }
}
