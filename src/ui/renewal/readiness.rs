//! Membership at the deadline, and whether the person is ready to renew or what is still needed.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::{RenewalInput, RenewalReport};
use crate::ui::widgets::{NoticeKind, notice, para, section};
use yew::prelude::*;

pub struct ReadinessProps<'a> {
    pub input: &'a RenewalInput,
    pub report: &'a RenewalReport,
    /// The association asks something of RSC providers and the person has not said whether they are one:
    /// the report cannot say they are ready yet.
    pub provides_rsc_unanswered: bool,
}

pub fn readiness(t: Locale, props: &ReadinessProps) -> Html {
    let report = props.report;
    let (kind, membership) = match (
        report.membership_active_at_deadline,
        props.input.membership_expires,
    ) {
        (Some(true), _) => (
            NoticeKind::Success,
            fill!(t, RenewalMembershipOk, deadline = report.deadline),
        ),
        (Some(false), Some(expires)) => (
            NoticeKind::Warning,
            fill!(
                t,
                RenewalMembershipEndsBefore,
                expires = expires,
                deadline = report.deadline
            ),
        ),
        _ => (
            NoticeKind::Info,
            t.text(Msg::RenewalMembershipUnknown).to_owned(),
        ),
    };
    let ready = if report.ready && !props.provides_rsc_unanswered {
        notice(
            NoticeKind::Success,
            "",
            para(
                "",
                fill!(
                    t,
                    RenewalReady,
                    opens = report.window_opens,
                    deadline = report.deadline
                ),
            ),
        )
    } else {
        let mut missing = super::still_needed(t, report);
        if report.membership_active_at_deadline != Some(true) {
            missing.push(t.text(Msg::RenewalMembershipNeeded).to_owned());
        }
        if props.provides_rsc_unanswered {
            missing.push(t.text(Msg::RenewalProvidesRscNeeded).to_owned());
        }
        para("", fill!(t, RenewalNotReady, missing = &missing.join("; ")))
    };
    html! { <>
        { section("rn-membership", "rn-membership-heading", Some("rn-subheading"), t.text(Msg::RenewalMembershipHeading), html! { <>
            { notice(kind, "", para("", membership)) }
        </> }) }
        { section("rn-ready", "rn-ready-heading", Some("rn-subheading"), t.text(Msg::RenewalReadyHeading), html! { <>
            { ready }
        </> }) }
    </> }
}
