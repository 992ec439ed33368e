//! The report: the deadline and its window, the prorated hours with progress, membership, readiness, and
//! the reinstatement path after a lapse. Everything shown comes from the engine's `RenewalReport`.

use super::assumptions::assumptions;
use super::pace::pace_line;
use super::progress_row::progress_row;
use super::reinstatement::reinstatement_steps;
use crate::fill;
use crate::forms::renewal::REPORT_HEADING_ID;
use crate::i18n::renewal::training_kind;
use crate::i18n::{Locale, Msg};
use crate::rules::association::Who;
use crate::rules::renewal::is_large_entry;
use crate::rules::{EDITION_2025, RenewalInput, RenewalReport, RequirementId};
use crate::ui::env::Env;
use crate::ui::widgets::{Notice, NoticeKind};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ReportViewProps {
    /// `None` until the category and endorsement date are known and valid.
    pub report: Option<Rc<(RenewalInput, RenewalReport)>>,
    /// The report waits only for the answer to "Did you renew by …?".
    #[prop_or_default]
    pub awaiting_lapsed: bool,
    /// The association asks something of RSC providers and the person has not said whether they are one:
    /// the report cannot say they are ready yet.
    #[prop_or_default]
    pub provides_rsc_unanswered: bool,
}

#[function_component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let env = use_context::<Env>();
    let t = env
        .as_ref()
        .map_or(Locale::new(crate::i18n::Lang::En), |e| e.locale());
    let heading = html! {
        <h3 id={REPORT_HEADING_ID} class="rn-section-heading rn-report__heading" tabindex="-1">{ t.text(Msg::RenewalReportHeading) }</h3>
    };
    let Some(pair) = &props.report else {
        return html! {
            <section class="rn-report rn-report--waiting" aria-labelledby={REPORT_HEADING_ID}>
                { heading }
                <p class="rn-report__waiting">{ t.text(if props.awaiting_lapsed { Msg::RenewalReportWaitingLapsed } else { Msg::RenewalReportWaiting }) }</p>
            </section>
        };
    };
    let (input, report) = &**pair;

    let window = if report.window_open {
        t.text(Msg::RenewalWindowOpenNow).to_owned()
    } else {
        fill!(t, RenewalWindowOpens, date = report.window_opens)
    };
    let rsc_need = report.rsc.required.then_some(report.rsc.hours.need);
    let association = env
        .as_ref()
        .and_then(|e| e.config.association.clone())
        .unwrap_or_else(|| t.text(Msg::CategoryToolYourAssociation).to_owned());
    let association = association.as_str();
    let rsc = if report.rsc.required {
        progress_row(
            t,
            AttrValue::Static("rn-progress-rsc"),
            t.text(Msg::RenewalRscRow),
            t.missing(RequirementId::RscHours, report.rsc.hours.remaining),
            report.rsc.hours,
        )
    } else {
        html! { <p class="rn-note">{ fill!(t, RenewalRscNotRequired, category = t.category(report.category)) }</p> }
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
    let first_in_renewal_year =
        report.previous_deadline_passed.is_none() && report.cycle_starts > report.endorsed_on;
    let cycle = if report.cycle_starts == report.endorsed_on {
        fill!(t, RenewalCycleFromEndorsement, start = report.cycle_starts)
    } else if first_in_renewal_year {
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
    let membership = match (
        report.membership_active_at_deadline,
        input.membership_expires,
    ) {
        (Some(true), _) => html! {
            <Notice kind={NoticeKind::Success}><p>{ fill!(t, RenewalMembershipOk, deadline = report.deadline) }</p></Notice>
        },
        (Some(false), Some(expires)) => html! {
            <Notice kind={NoticeKind::Warning}><p>{ fill!(t, RenewalMembershipEndsBefore, expires = expires, deadline = report.deadline) }</p></Notice>
        },
        _ => html! {
            <Notice kind={NoticeKind::Info}><p>{ t.text(Msg::RenewalMembershipUnknown) }</p></Notice>
        },
    };
    // The association's own parts of the training hours (e.g. 9 on providing RSC), each as a row.
    let subs = report.sub_requirements.iter().enumerate().map(|(i, sub)| {
        let who = match sub.who {
            Who::RscProviders => Msg::RenewalSubRscProviders,
            Who::Everyone => Msg::RenewalSubEveryone,
        };
        html! { <>
            { progress_row(t, AttrValue::from(format!("rn-progress-sub-{i}")), t.text(training_kind(sub.kind)), t.sub_missing(sub.kind, sub.remaining), sub.hours()) }
            <p class="rn-note rn-note--association">{ t.fill(who, &[("association", association.into())]) }</p>
        </> }
    });
    let readiness = if report.ready && !props.provides_rsc_unanswered {
        html! {
            <Notice kind={NoticeKind::Success}><p>{ fill!(t, RenewalReady, opens = report.window_opens, deadline = report.deadline) }</p></Notice>
        }
    } else {
        let mut missing = super::still_needed(t, report);
        if report.membership_active_at_deadline != Some(true) {
            missing.push(t.text(Msg::RenewalMembershipNeeded).to_owned());
        }
        if props.provides_rsc_unanswered {
            missing.push(t.text(Msg::RenewalProvidesRscNeeded).to_owned());
        }
        html! { <p>{ fill!(t, RenewalNotReady, missing = &missing.join("; ")) }</p> }
    };

    html! {
        <section class="rn-report" aria-labelledby={REPORT_HEADING_ID}>
            { heading }
            if let Some(reinstatement) = &report.reinstatement {
                { reinstatement_steps(t, env.as_ref().and_then(|e| e.config.contact_email.as_deref()), reinstatement) }
            }
            <div class="rn-deadline">
                <p class="rn-deadline__label">{ t.text(Msg::RenewalDeadlineLabel) }</p>
                <p class="rn-deadline__date">{ t.date(report.deadline) }</p>
                <p class="rn-deadline__countdown">{ t.countdown(report.days_to_deadline) }</p>
                <p class={classes!("rn-deadline__window", report.window_open.then_some("rn-deadline__window--open"))}>{ window }</p>
            </div>
            { association_deadline(t, env.as_ref(), association, report) }
            // Said once, by the cycle's sentence, for someone endorsed in a renewal year.
            if let (Some(skipped), false) = (report.skipped_deadline, first_in_renewal_year) {
                <p class="rn-note rn-note--skipped">{ fill!(t, RenewalSkipped, skipped = skipped, deadline = report.deadline) }</p>
            }
            <section class="rn-hours" aria-labelledby="rn-hours-heading">
                <h4 id="rn-hours-heading" class="rn-subheading">{ t.text(Msg::RenewalHoursHeading) }</h4>
                <p class="rn-requirement">{ t.renewal_requirement(report.years_endorsed, report.training.need, rsc_need) }</p>
                { progress_row(t, AttrValue::Static("rn-progress-training"), t.text(Msg::RenewalTrainingRow), t.missing(RequirementId::TrainingHours, report.training.remaining), report.training) }
                { for subs }
                if props.provides_rsc_unanswered {
                    <p class="rn-note rn-note--association" id="rn-provides-rsc-unanswered">{ fill!(t, RenewalProvidesRscUnanswered, association = association) }</p>
                }
                { rsc }
                { pace_line(t, report) }
                <p class="rn-note rn-cycle">{ cycle }</p>
                if !large.is_empty() {
                    <Notice kind={NoticeKind::Warning} class={classes!("rn-check-figures")}>
                        { for large.into_iter().map(|text| html! { <p>{ text }</p> }) }
                    </Notice>
                }
                if outside.training > 0.0 || outside.rsc > 0.0 {
                    <Notice kind={NoticeKind::Info} class={classes!("rn-outside")}>
                        <p>{ t.outside_cycle(outside.training, outside.rsc) }</p>
                    </Notice>
                }
            </section>
            <section class="rn-membership" aria-labelledby="rn-membership-heading">
                <h4 id="rn-membership-heading" class="rn-subheading">{ t.text(Msg::RenewalMembershipHeading) }</h4>
                { membership }
            </section>
            <section class="rn-ready" aria-labelledby="rn-ready-heading">
                <h4 id="rn-ready-heading" class="rn-subheading">{ t.text(Msg::RenewalReadyHeading) }</h4>
                { readiness }
            </section>
            { assumptions(t, &report.assumptions) }
        </section>
    }
}

/// Where the association's own deadline day changed the answer, say so, with its renewal page.
fn association_deadline(
    t: Locale,
    env: Option<&Env>,
    association: &str,
    report: &RenewalReport,
) -> Html {
    let Some(config) = env.map(|e| &*e.config) else {
        return Html::default();
    };
    let own_day = report
        .association
        .contains(&crate::rules::association::AssociationRule::RenewalDeadline);
    html! { <>
        if own_day {
            <p class="rn-note rn-note--association">{ fill!(t, RenewalAssociationDeadline, association = association, deadline = report.deadline) }</p>
        }
        if let Some(url) = &config.profile.links.renewal {
            <p class="rn-note"><a href={url.clone()}>{ fill!(t, RenewalAssociationLink, association = association) }</a></p>
        }
    </> }
}
