//! The renewal tool's problems and sentences.

use super::{Locale, Msg};
use crate::fill;
use crate::rules::Date;
use crate::rules::model::TrainingKind;

use crate::forms::{Field, Problem};
use crate::rules::input_path::InputList;

/// The message of a renewal field's problem (the faults every tool shares are worded in `field_error`).
pub(super) fn problem(field: Field, problem: Problem) -> Msg {
    match (field, problem) {
        (Field::Category, Problem::NotRenewed) => Msg::RenewalProblemCategoryNotRenewed,
        (Field::Category, _) => Msg::RenewalProblemCategoryMissing,
        (Field::Lapsed, _) => Msg::RenewalProblemLapsedMissing,
        (Field::EndorsedOn, Problem::Missing) => Msg::RenewalProblemEndorsedOnMissing,
        (Field::EntryDate(_), Problem::Missing) => Msg::RenewalProblemEntryDateMissing,
        (Field::EntryHours(_), _) => Msg::RenewalProblemHoursMissing,
        _ => Msg::RenewalProblemNotADate,
    }
}

pub fn training_kind(k: TrainingKind) -> Msg {
    match k {
        TrainingKind::General => Msg::RenewalTrainingKindGeneral,
        TrainingKind::RscProvision => Msg::RenewalTrainingKindRscProvision,
        TrainingKind::Psychotherapy => Msg::RenewalTrainingKindPsychotherapy,
    }
}

impl Locale {
    /// The label of a renewal field, to name it in the error summary and in the engine's errors.
    pub fn renewal_label(self, field: Field) -> &'static str {
        self.text(match field {
            Field::Category => Msg::RenewalCategoryLabel,
            Field::EndorsedOn => Msg::RenewalEndorsedOnLabel,
            Field::MembershipExpires => Msg::RenewalMembershipLabel,
            Field::Lapsed => Msg::RenewalLapsedLabel,
            Field::EntryDate(_) => Msg::RenewalEntryDateLabel,
            Field::EntryHours(_) => Msg::RenewalEntryHoursLabel,
            _ => Msg::ErrorAnEntry,
        })
    }

    /// The renewal input an engine error names, in words: the log of the entry it is about, or else the
    /// field it is shown beside.
    pub(super) fn renewal_input_name(self, field: Field, list: Option<InputList>) -> &'static str {
        match list {
            Some(InputList::Trainings) => self.text(Msg::RenewalTrainingLogHeading),
            Some(InputList::Rsc) => self.text(Msg::RenewalRscLogHeading),
            Some(_) => self.text(Msg::ErrorAnEntry),
            None => self.renewal_label(field),
        }
    }

    /// The lapsed question, naming every deadline that has passed ("Did you renew by 31 December 2021
    /// and by 31 December 2024?"); `None` when there is none.
    pub fn lapsed_question(self, passed: &[Date]) -> Option<String> {
        Some(match passed {
            [] => return None,
            [deadline] => fill!(self, RenewalLapsedOne, deadline = *deadline),
            [first, second] => fill!(self, RenewalLapsedTwo, first = *first, second = *second),
            [first, .., last] => fill!(self, RenewalLapsedMany, first = *first, last = *last),
        })
    }

    /// Days to the deadline, with a rough number of months when it is far.
    pub fn countdown(self, days: i32) -> String {
        // Below about six weeks a month count says nothing the days do not.
        if days <= 44 {
            fill!(self, RenewalCountdown, days = days)
        } else {
            let months = (f64::from(days) / 30.44).round();
            fill!(self, RenewalCountdownMonths, days = days, months = months)
        }
    }

    /// Years endorsed at the deadline, training hours, and RSC hours when RSC is required.
    pub fn renewal_requirement(self, years: i32, training: f64, rsc: Option<f64>) -> String {
        match rsc {
            Some(rsc) => fill!(
                self,
                RenewalRequirementRsc,
                years = years,
                training = training,
                rsc = rsc
            ),
            None => fill!(self, RenewalRequirement, years = years, training = training),
        }
    }

    /// Training and RSC hours logged outside the cycle.
    pub fn outside_cycle(self, training: f64, rsc: f64) -> String {
        let mut parts = Vec::new();
        if training > 0.0 {
            parts.push(fill!(self, RenewalOutsideTraining, n = training));
        }
        if rsc > 0.0 {
            parts.push(fill!(self, RenewalOutsideRsc, n = rsc));
        }
        let hours = match parts.as_slice() {
            [first, second] => fill!(self, ListAnd, first = first, second = second),
            _ => parts.concat(),
        };
        // English says "is … it is" for a single hour and "are … they are" otherwise.
        let count = if parts.len() == 1 && training + rsc == 1.0 {
            1.0
        } else {
            2.0
        };
        fill!(self, RenewalOutsideCycle, hours = &hours, count = count)
    }

    /// What is left of one of the association's sub-requirements: in the checker's words for training on
    /// providing RSC, else named by the training's type.
    pub fn sub_missing(self, kind: TrainingKind, n: f64) -> String {
        match kind {
            TrainingKind::RscProvision => {
                self.missing(crate::rules::RequirementId::RscProvisionTrainingHours, n)
            }
            _ => fill!(
                self,
                RenewalSubMissing,
                kind = self.text(training_kind(kind)),
                n = n
            ),
        }
    }

    /// The announcement of a new report: the deadline, then what is still missing (or nothing).
    pub fn renewal_summary(self, deadline: Date, missing: &[String]) -> String {
        if missing.is_empty() {
            fill!(self, RenewalSummaryComplete, deadline = deadline)
        } else {
            fill!(
                self,
                RenewalSummaryMissing,
                deadline = deadline,
                missing = &missing.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("bad test date {text}"))
    }

    #[test]
    fn dates_read_naturally() {
        let en = Locale::new(Lang::En);
        assert_eq!(en.date(d("2027-12-31")), "31 December 2027");
        assert_eq!(en.date(d("2027-10-01")), "1 October 2027");
        assert_eq!(
            Locale::new(Lang::Es).date(d("2027-12-31")),
            "31 de diciembre de 2027"
        );
    }

    #[test]
    fn countdown_rounds_to_months() {
        let en = Locale::new(Lang::En);
        assert_eq!(en.countdown(404), "404 days to go (about 13 months).");
        assert_eq!(en.countdown(10), "10 days to go.");
        assert_eq!(en.countdown(1), "1 day to go.");
        assert_eq!(en.countdown(0), "The deadline is today.");
        assert_eq!(Locale::new(Lang::Es).countdown(1), "Falta 1 día.");
    }

    #[test]
    fn requirement_sentence() {
        let en = Locale::new(Lang::En);
        assert_eq!(
            en.renewal_requirement(2, 30.0, Some(24.0)),
            "Endorsed 2 years by the deadline → 30 training hours and 24 RSC hours."
        );
        assert_eq!(
            en.renewal_requirement(1, 15.0, None),
            "Endorsed 1 year by the deadline → 15 training hours."
        );
    }

    #[test]
    fn outside_cycle_sentence() {
        let en = Locale::new(Lang::En);
        assert_eq!(
            en.outside_cycle(5.0, 0.0),
            "5 training hours you logged are dated outside this cycle, so they are not counted."
        );
        assert_eq!(
            en.outside_cycle(1.0, 0.0),
            "1 training hour you logged is dated outside this cycle, so it is not counted."
        );
        assert_eq!(
            en.outside_cycle(2.0, 3.0),
            "2 training hours and 3 RSC hours you logged are dated outside this cycle, so they are not counted."
        );
        assert_eq!(
            Locale::new(Lang::Es).outside_cycle(1.5, 1.0),
            "No se cuentan 1,5 horas de capacitación y 1 hora de RSC registradas con fecha fuera de este ciclo."
        );
    }
}
