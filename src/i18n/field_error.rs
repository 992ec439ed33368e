//! Every field error of the three tools in words, from the forms' one [`FieldError`]: beside its field,
//! in an error summary, and in the engine's errors about an entry.

use super::{Arg, Locale, Msg, category_tool, checker, renewal};
use crate::fill;
use crate::forms::{Field, FieldError, Problem};
use crate::rules::{Date, ErrorKind};

/// The message of `problem` on `field`, for the problems that carry no value.
fn message(field: Field, problem: Problem) -> Msg {
    use Field::*;
    match (field, problem) {
        // The faults the rules check as well (`rules::entry_checks`): one wording wherever they happen.
        (_, Problem::EndBeforeStart) => Msg::ProblemEndBeforeStart,
        (TrainingHours | RscHours | EntryHours(_), Problem::Zero) => Msg::ProblemZeroHours,
        // The same fault on any tool's field.
        (_, Problem::NoSuchDate) => Msg::ProblemNoSuchDate,
        (TrainingHours | RscHours | EntryHours(_), Problem::Negative) => Msg::ProblemHoursNegative,
        (TrainingHours | RscHours | EntryHours(_), Problem::NotANumber | Problem::TooLarge) => {
            Msg::ProblemHoursNotANumber
        }
        (Category | EndorsedOn | MembershipExpires | Lapsed | EntryDate(_) | EntryHours(_), _) => {
            renewal::problem(field, problem)
        }
        (
            DegreeLevel | WorkStart | WorkEnd | WorkFamilies | TrainingHours | TrainingDate
            | RscHours | RscQualified | RscDate | RscUntil | References,
            _,
        ) => checker::error(field, problem),
        _ => category_tool::error(field, problem),
    }
}

impl Locale {
    /// The message beside a field for its error (and in the checker's and the finder's summaries).
    pub fn field_error(self, error: FieldError) -> String {
        match error.problem {
            Problem::AfterToday { today } => self.after_today(today),
            Problem::Engine { kind, list } => {
                self.rules_error(kind, self.renewal_input_name(error.field, list), None)
            }
            problem => self.text(message(error.field, problem)).to_owned(),
        }
    }

    /// The line of the error summary for `error`: the renewal form names the field, since its messages
    /// ("Enter the number of hours.") do not say which one they are about.
    pub fn summary_error(self, error: FieldError) -> String {
        let text = self.field_error(error);
        match error.field {
            Field::Category | Field::EndorsedOn | Field::MembershipExpires | Field::Lapsed => {
                fill!(
                    self,
                    RenewalErrorLink,
                    field = self.renewal_label(error.field),
                    problem = &text,
                )
            }
            _ => text,
        }
    }

    fn after_today(self, today: Date) -> String {
        fill!(self, ProblemAfterToday, today = today)
    }

    /// An error of the rules engine in words, from its kind: `entry` names the input it is about, and
    /// `today` is shown for dates after today. The faults the forms check too read as the forms word them
    /// beside a field. Never the engine's own (English) message.
    pub fn rules_error(self, kind: ErrorKind, entry: &str, today: Option<Date>) -> String {
        let problem = match kind {
            ErrorKind::EndBeforeStart => self.text(Msg::ProblemEndBeforeStart).to_owned(),
            ErrorKind::ZeroHours => self.text(Msg::ProblemZeroHours).to_owned(),
            ErrorKind::AfterToday if let Some(today) = today => self.after_today(today),
            _ => {
                let msg = match kind {
                    ErrorKind::Malformed => Msg::ErrorMalformed,
                    ErrorKind::UnknownCompetency => Msg::ErrorUnknownCompetency,
                    ErrorKind::MissingToday => Msg::ErrorMissingToday,
                    // Kinds that a tool words itself, and kinds added later, still name the entry.
                    _ => Msg::ErrorOther,
                };
                return self.fill(msg, &[("entry", Arg::Text(entry))]);
            }
        };
        fill!(self, ErrorInEntry, entry = entry, problem = &problem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::renewal::LogKind;
    use crate::i18n::LANGS;
    use crate::rules::input_path::InputList;

    const FIELDS: &[Field] = &[
        Field::Ages,
        Field::Scope,
        Field::Degree,
        Field::YearsInScope,
        Field::FamiliesServed,
        Field::Psychotherapy,
        Field::LeaderYears,
        Field::ProvidesRsc,
        Field::ProvidesRscYears,
        Field::EndorsedIn,
        Field::DegreeLevel,
        Field::WorkStart,
        Field::WorkEnd,
        Field::WorkFamilies,
        Field::TrainingHours,
        Field::TrainingDate,
        Field::RscHours,
        Field::RscQualified,
        Field::RscDate,
        Field::RscUntil,
        Field::References,
        Field::Category,
        Field::EndorsedOn,
        Field::MembershipExpires,
        Field::Lapsed,
        Field::EntryDate(LogKind::Training),
        Field::EntryDate(LogKind::Rsc),
        Field::EntryHours(LogKind::Training),
        Field::EntryHours(LogKind::Rsc),
    ];

    fn today() -> Date {
        Date::from_ymd(2026, 3, 15).expect("a date")
    }

    #[test]
    fn every_field_error_has_a_message_in_every_language() {
        let problems = [
            Problem::Missing,
            Problem::NotANumber,
            Problem::Negative,
            Problem::NotWhole,
            Problem::TooLarge,
            Problem::NotADate,
            Problem::NoSuchDate,
            Problem::Zero,
            Problem::EndBeforeStart,
            Problem::AfterToday { today: today() },
            Problem::NotRenewed,
            Problem::Engine {
                kind: ErrorKind::Malformed,
                list: Some(InputList::Trainings),
            },
        ];
        for lang in LANGS {
            let t = Locale::new(lang);
            for field in FIELDS.iter().copied() {
                for problem in problems {
                    let error = FieldError::new(field, problem);
                    assert!(!t.field_error(error).is_empty(), "{lang:?} {error:?}");
                    assert!(!t.summary_error(error).is_empty(), "{lang:?} {error:?}");
                }
            }
        }
    }

    /// The faults both the forms and the rules check read the same beside a field and in the engine's
    /// error about an entry (which names the entry first).
    #[test]
    fn the_faults_the_rules_check_too_are_worded_once() {
        use Field::*;
        let today = today();
        let faults = [
            (
                ErrorKind::AfterToday,
                Problem::AfterToday { today },
                &[
                    WorkStart,
                    RscDate,
                    RscUntil,
                    EndorsedOn,
                    EntryDate(LogKind::Rsc),
                ][..],
            ),
            (
                ErrorKind::EndBeforeStart,
                Problem::EndBeforeStart,
                &[WorkEnd, RscUntil][..],
            ),
            (
                ErrorKind::ZeroHours,
                Problem::Zero,
                &[TrainingHours, RscHours, EntryHours(LogKind::Training)][..],
            ),
        ];
        for lang in LANGS {
            let t = Locale::new(lang);
            for (kind, problem, fields) in faults {
                let engine = t.rules_error(kind, "Training 2", Some(today));
                for field in fields {
                    let beside = t.field_error(FieldError::new(*field, problem));
                    assert_eq!(
                        engine,
                        fill!(t, ErrorInEntry, entry = "Training 2", problem = &beside),
                        "{lang:?} {field:?}"
                    );
                }
            }
        }
    }
}
