//! The hours: the prorated requirement, a row per requirement with its progress (the association's own
//! parts included), the pace, where the cycle starts, and the figures to check or not counted.

use super::pace::pace_line;
use super::progress_row::{ProgressRowProps, progress_row};
use crate::fill;
use crate::i18n::renewal::training_kind;
use crate::i18n::{Locale, Msg};
use crate::rules::association::Who;
use crate::rules::renewal::is_large_entry;
use crate::rules::{EDITION_2025, RenewalInput, RenewalReport, RequirementId};
use crate::ui::widgets::{NoticeKind, notice, para, section};
use yew::prelude::*;

pub struct HoursProps<'a> {
    pub input: &'a RenewalInput,
    pub report: &'a RenewalReport,
    pub association: &'a str,
    /// The association asks something of RSC providers and the person has not said whether they are one.
    pub provides_rsc_unanswered: bool,
    /// Endorsed in a renewal year: no deadline has passed, and the cycle starts after that year's.
    pub first_in_renewal_year: bool,
}

pub fn hours(t: Locale, props: &HoursProps) -> Html {
    let (input, report, association) = (props.input, props.report, props.association);
    let rsc_need = report.rsc.required.then_some(report.rsc.hours.need);
    let rsc = if report.rsc.required {
        progress_row(
            t,
            ProgressRowProps {
                id: AttrValue::Static("rn-progress-rsc"),
                label: t.text(Msg::RenewalRscRow),
                missing: t.missing(RequirementId::RscHours, report.rsc.hours.remaining),
                progress: report.rsc.hours,
            },
        )
    } else {
        para(
            "rn-note",
            fill!(
                t,
                RenewalRscNotRequired,
                category = t.category(report.category)
            ),
        )
    };
    let outside = report.outside_cycle;
    // Figures far above any real entry are counted, as `check` does, and named here to be checked.
    let large: Vec<String> = input
        .trainings
        .iter()
        .map(|e| e.hours.get())
        .chain(input.rsc.iter().map(|e| e.hours.get()))
        .filter(|hours| is_large_entry(&EDITION_2025, *hours))
        .map(|hours| fill!(t, RenewalCheckFigures, hours = &t.hours(hours)))
        .collect();
    // The cycle starts on the endorsement date or the day after the previous deadline; say which. Someone
    // endorsed in a renewal year has had no deadline: that year's is the day before their first cycle.
    let cycle = if report.cycle_starts == report.endorsed_on {
        fill!(t, RenewalCycleFromEndorsement, start = report.cycle_starts)
    } else if props.first_in_renewal_year {
        fill!(
            t,
            RenewalCycleFirstInRenewalYear,
            year = &report.endorsed_on.year().to_string(),
            previous = report.cycle_starts.add_days(-1),
            start = report.cycle_starts,
            deadline = report.deadline
        )
    } else {
        fill!(
            t,
            RenewalCycleFromDeadline,
            start = report.cycle_starts,
            previous = report.cycle_starts.add_days(-1)
        )
    };
    // The association's own parts of the training hours (e.g. 9 on providing RSC), each as a row.
    let subs = report.sub_requirements.iter().enumerate().map(|(i, sub)| {
        let who = match sub.who {
            Who::RscProviders => Msg::RenewalSubRscProviders,
            Who::Everyone => Msg::RenewalSubEveryone,
        };
        html! { <>
            { progress_row(t, ProgressRowProps { id: AttrValue::from(format!("rn-progress-sub-{i}")), label: t.text(training_kind(sub.kind)), missing: t.sub_missing(sub.kind, sub.remaining), progress: sub.hours() }) }
            { para("rn-note rn-note--association", t.fill(who, &[("association", association.into())])) }
        </> }
    });
    section(
        "rn-hours",
        "rn-hours-heading",
        Some("rn-subheading"),
        t.text(Msg::RenewalHoursHeading),
        html! { <>
            { para("rn-requirement", t.renewal_requirement(report.years_endorsed, report.training.need, rsc_need)) }
            { progress_row(t, ProgressRowProps { id: AttrValue::Static("rn-progress-training"), label: t.text(Msg::RenewalTrainingRow), missing: t.missing(RequirementId::TrainingHours, report.training.remaining), progress: report.training }) }
            { for subs }
            if props.provides_rsc_unanswered {
                <p class="rn-note rn-note--association" id="rn-provides-rsc-unanswered">{ fill!(t, RenewalProvidesRscUnanswered, association = association) }</p>
            }
            { rsc }
            { pace_line(t, report) }
            { para("rn-note rn-cycle", cycle) }
            if !large.is_empty() {
                { notice(NoticeKind::Warning, "rn-check-figures", html! { { for large.into_iter().map(|text| para("", text)) } }) }
            }
            if outside.training > 0.0 || outside.rsc > 0.0 {
                { notice(NoticeKind::Info, "rn-outside", para("", t.outside_cycle(outside.training, outside.rsc))) }
            }
        </> },
    )
}
