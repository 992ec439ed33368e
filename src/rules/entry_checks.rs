//! The checks on an entry's dates and hours that both the engine and the forms make: the engine refuses
//! an input that fails one, the forms refuse the draft beside its field. Written once here, so that both
//! refuse exactly the same entries and the interface words each fault once.

use super::{Date, ErrorKind};

/// Only what has happened counts: a date after `today` is [`ErrorKind::AfterToday`].
pub fn not_after_today(date: Date, today: Date) -> Result<(), ErrorKind> {
    if date > today {
        Err(ErrorKind::AfterToday)
    } else {
        Ok(())
    }
}

/// An end on or after its start; an end before it is [`ErrorKind::EndBeforeStart`].
pub fn ends_after_start(start: Date, end: Date) -> Result<(), ErrorKind> {
    if end < start {
        Err(ErrorKind::EndBeforeStart)
    } else {
        Ok(())
    }
}

/// A training or RSC entry needs more than 0 hours (one of 0 hours counts nothing: remove it instead);
/// anything else is [`ErrorKind::ZeroHours`].
pub fn some_hours(hours: f64) -> Result<(), ErrorKind> {
    if hours > 0.0 {
        Ok(())
    } else {
        Err(ErrorKind::ZeroHours)
    }
}

/// What is wrong with the dates of one RSC entry, which is either one day (`date`) or a period from its
/// first day (`start`) to its last (`end`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RscDatesFault {
    /// Both a day and a period.
    DayAndPeriod,
    /// A last day without a first.
    EndWithoutStart,
    /// A last day before the first.
    EndBeforeStart { start: Date, end: Date },
}

impl RscDatesFault {
    /// The engine's kind of error for this fault.
    pub fn kind(self) -> ErrorKind {
        match self {
            RscDatesFault::DayAndPeriod | RscDatesFault::EndWithoutStart => ErrorKind::Malformed,
            RscDatesFault::EndBeforeStart { .. } => ErrorKind::EndBeforeStart,
        }
    }
}

/// The RSC period rule: one day, or a period whose last day (if given) follows a first day on or before
/// it.
pub fn rsc_dates(
    date: Option<Date>,
    start: Option<Date>,
    end: Option<Date>,
) -> Result<(), RscDatesFault> {
    match (date, start, end) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Err(RscDatesFault::DayAndPeriod),
        (None, None, Some(_)) => Err(RscDatesFault::EndWithoutStart),
        (None, Some(start), Some(end)) => {
            ends_after_start(start, end).map_err(|_| RscDatesFault::EndBeforeStart { start, end })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a date")
    }

    #[test]
    fn each_check_refuses_its_fault_only() {
        let (may, june) = (day("2025-05-01"), day("2025-06-01"));
        assert_eq!(not_after_today(may, may), Ok(()));
        assert_eq!(not_after_today(june, may), Err(ErrorKind::AfterToday));
        assert_eq!(ends_after_start(may, may), Ok(()));
        assert_eq!(ends_after_start(june, may), Err(ErrorKind::EndBeforeStart));
        assert_eq!(some_hours(0.5), Ok(()));
        assert_eq!(some_hours(0.0), Err(ErrorKind::ZeroHours));
        assert_eq!(some_hours(f64::NAN), Err(ErrorKind::ZeroHours));
    }

    #[test]
    fn an_rsc_entry_is_one_day_or_a_period() {
        let (may, june) = (Some(day("2025-05-01")), Some(day("2025-06-01")));
        let table = [
            ((None, None, None), Ok(())),
            ((may, None, None), Ok(())),
            ((None, may, None), Ok(())),
            ((None, may, june), Ok(())),
            ((None, may, may), Ok(())),
            ((may, may, None), Err(RscDatesFault::DayAndPeriod)),
            ((may, None, june), Err(RscDatesFault::DayAndPeriod)),
            ((None, None, june), Err(RscDatesFault::EndWithoutStart)),
            (
                (None, june, may),
                Err(RscDatesFault::EndBeforeStart {
                    start: day("2025-06-01"),
                    end: day("2025-05-01"),
                }),
            ),
        ];
        for ((date, start, end), want) in table {
            assert_eq!(
                rsc_dates(date, start, end),
                want,
                "{date:?} {start:?} {end:?}"
            );
        }
        assert_eq!(RscDatesFault::EndWithoutStart.kind(), ErrorKind::Malformed);
    }
}
