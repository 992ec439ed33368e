//! The pace planner's sentences: when each requirement would be met, when the person could apply, and
//! what no pace moves (checker); the hours a month to the deadline (renewal).

use super::{Locale, Msg};
use crate::fill;
use crate::rules::check::{self, CheckReport};
use crate::rules::model::Pace;
use crate::rules::{EDITION_2025, RenewalReport, RequirementId};

impl Locale {
    /// The planner's lines for `report`, checked with `pace`: one per outstanding time-based requirement,
    /// then when the person could apply, then what is needed whatever the pace.
    pub fn pace_lines(self, report: &CheckReport, pace: &Pace) -> Vec<String> {
        let rules = EDITION_2025.category(report.category);
        let mut lines = Vec::new();
        let mut last = None;
        for r in &report.requirements.0 {
            let Some(met_by) = r.met_by else { continue };
            let requirement = self.requirement(r.id);
            let years = matches!(
                r.id,
                RequirementId::WorkYears | RequirementId::RscProviderYears
            );
            lines.push(match (met_by, years) {
                (Some(date), true) => fill!(
                    self,
                    CheckerPaceYears,
                    requirement = requirement,
                    date = date
                ),
                (None, true) => fill!(self, CheckerPaceNeverYears, requirement = requirement),
                (None, false) => fill!(self, CheckerPaceNeverHours, requirement = requirement),
                (Some(date), false) => {
                    let msg = match r.id {
                        RequirementId::TrainingHours | RequirementId::RscProvisionTrainingHours => {
                            Msg::CheckerPaceHoursTraining
                        }
                        RequirementId::RscProvisionHours => Msg::CheckerPaceHoursRscProvision,
                        _ => Msg::CheckerPaceHoursRsc,
                    };
                    let rate = check::monthly_hours(rules, pace, r.id).unwrap_or_default();
                    let month = self.month_year(date);
                    self.fill(
                        msg,
                        &[
                            ("requirement", requirement.into()),
                            ("rate", rate.into()),
                            ("date", month.as_str().into()),
                        ],
                    )
                }
            });
            if met_by.is_some() && met_by == report.ready_by.flatten() {
                last = Some(requirement);
            }
        }
        match (report.ready_by, last) {
            (Some(Some(date)), Some(last)) => {
                let month = self.month_year(date);
                lines.push(fill!(
                    self,
                    CheckerPaceReadyBy,
                    date = month.as_str(),
                    last = last
                ));
            }
            (Some(Some(_)), None) => lines.push(self.text(Msg::CheckerPaceReadyNow).to_owned()),
            (Some(None), _) => lines.push(self.text(Msg::CheckerPaceNotReady).to_owned()),
            (None, _) => {}
        }
        if let Some(also) = report.also_needed.as_deref().filter(|a| !a.is_empty()) {
            let names: Vec<&str> = also.iter().map(|id| self.requirement(*id)).collect();
            lines.push(fill!(
                self,
                CheckerPaceAlso,
                list = names.join(", ").as_str()
            ));
        }
        lines
    }

    /// "That is about 2.5 training hours a month until 31 December 2027", or `None` when nothing is
    /// missing. Rates are rounded up to a tenth, so that keeping to them is enough.
    pub fn renewal_pace(self, report: &RenewalReport) -> Option<String> {
        let up = |n: f64| (n * 10.0 - 1e-9).ceil() / 10.0;
        let (training, rsc) = (
            up(report.pace.training_per_month),
            up(report.pace.rsc_per_month),
        );
        let deadline = report.deadline;
        Some(match (training > 0.0, rsc > 0.0) {
            (true, true) => fill!(
                self,
                RenewalPaceBoth,
                training = training,
                rsc = rsc,
                deadline = deadline
            ),
            (true, false) => fill!(
                self,
                RenewalPaceTraining,
                training = training,
                deadline = deadline
            ),
            (false, true) => fill!(self, RenewalPaceRsc, rsc = rsc, deadline = deadline),
            (false, false) => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Lang;
    use crate::rules::model::Hours;
    use crate::rules::read::ReadJson;

    /// An input of the rules, read as the contract reads it.
    fn from_value<T: ReadJson>(
        value: serde_json::Value,
    ) -> Result<T, crate::rules::json::JsonError> {
        T::read_json(&serde_json::from_value(value).unwrap())
    }

    fn profile() -> crate::rules::Profile {
        from_value(serde_json::json!({
            "category": "family_specialist", "today": "2026-11-30",
            "work": [{ "scope": "prevention", "start": "2025-06-01", "families_served": 12 }],
            "trainings": [{ "hours": 20 }], "rsc": [{ "hours": 10, "qualified_provider": true }],
            "references": 3
        }))
        .unwrap()
    }

    fn lines(lang: Lang, pace: Pace) -> Vec<String> {
        let report = crate::rules::check(&crate::rules::Profile {
            pace: Some(pace),
            ..profile()
        })
        .unwrap();
        Locale::new(lang).pace_lines(&report, &pace)
    }

    fn pace(training: f64, rsc: f64) -> Pace {
        Pace {
            training_hours_per_month: Hours::new(training).unwrap(),
            rsc_hours_per_month: Hours::new(rsc).unwrap(),
            ..Pace::default()
        }
    }

    #[test]
    fn says_when_each_requirement_and_the_application_would_be_met() {
        assert_eq!(
            lines(Lang::En, pace(5.0, 2.0)),
            [
                "Work experience: the jobs you still hold would get you there on 31 May 2027.",
                "Training hours: at 5 training hours a month you would have them by February 2027.",
                "RSC received: at 2 RSC hours a month you would have them by June 2027.",
                "You could apply from June 2027 (last to be met: RSC received).",
                "Also needed, whatever the pace: Core competencies.",
            ]
        );
        let es = lines(Lang::Es, pace(1.5, 1.0));
        assert_eq!(
            es[1],
            "Horas de capacitación: con 1,5 horas de capacitación al mes las tendría en agosto de 2027."
        );
        assert_eq!(
            es[3],
            "Podría presentar la solicitud a partir de enero de 2028 (lo último que se cumpliría: RSC recibida)."
        );
    }

    #[test]
    fn says_what_a_missing_rate_never_reaches() {
        let en = lines(Lang::En, pace(5.0, 0.0));
        assert_eq!(
            en[2],
            "RSC received: never at this pace. Add hours a month above."
        );
        assert_eq!(
            en[3],
            "At this pace not every requirement would be met; see above."
        );
    }

    #[test]
    fn renewal_pace_rounds_up_to_a_tenth() {
        let report = crate::rules::renewal(
            &from_value(serde_json::json!({
                "category": "family_specialist", "endorsed_on": "2025-06-01", "today": "2026-12-02"
            }))
            .unwrap(),
        )
        .unwrap();
        // 30 and 24 hours over 13 months: 2.31 and 1.85 a month.
        assert_eq!(
            Locale::new(Lang::En).renewal_pace(&report).as_deref(),
            Some(
                "That is about 2.4 training hours and 1.9 RSC hours a month until 31 December 2027."
            )
        );
        assert_eq!(
            Locale::new(Lang::Es).renewal_pace(&report).as_deref(),
            Some(
                "Son alrededor de 2,4 horas de capacitación y 1,9 horas de RSC al mes hasta el 31 de diciembre de 2027."
            )
        );
    }
}
