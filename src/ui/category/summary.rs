//! Check your answers: one row per question that applies, each with a "Change" link back to it.

use crate::fill;
use crate::forms::NumberStyle;
use crate::i18n::category_tool;
use crate::i18n::category_tool::{Field, YesNoNotSure};
use crate::i18n::{Locale, Msg};
use crate::ui::category::state::{Drafts, Step, parse_count, parse_years};
use yew::prelude::*;

/// The answer to one question in words, or `None` when it is not answered (validly) yet.
pub fn answer_text(t: Locale, drafts: &Drafts, step: Step, style: NumberStyle) -> Option<String> {
    let years = |text: &str| parse_years(text, style).ok().map(|n| t.years(n));
    match step {
        Step::Ages => drafts
            .ages
            .map(|a| t.text(category_tool::ages_choice(a)).to_owned()),
        Step::Scope => drafts
            .scope
            .map(|s| t.text(category_tool::scope_choice(s)).to_owned()),
        Step::Degree => drafts
            .degree
            .map(|d| t.text(category_tool::degree_choice(d)).to_owned()),
        Step::YearsInScope => years(&drafts.years_in_scope),
        Step::LeaderYears => years(&drafts.leader_years),
        Step::FamiliesServed => parse_count(&drafts.families_served, style)
            .ok()
            .map(|n| t.families(n)),
        Step::Psychotherapy => drafts.psychotherapy.map(|p| {
            match p {
                YesNoNotSure::Yes => t.text(Msg::CategoryToolYes),
                YesNoNotSure::No => t.text(Msg::CategoryToolNo),
                YesNoNotSure::NotSure => t.text(Msg::CategoryToolNotSure),
            }
            .to_owned()
        }),
        Step::ProvidesRsc => match drafts.provides_rsc {
            Some(true) => drafts.validate(step, style).is_empty().then(|| {
                fill!(
                    t,
                    CategoryToolRscAnswer,
                    years = &t
                        .years(parse_years(&drafts.provides_rsc_years, style).unwrap_or_default())
                )
            }),
            Some(false) => Some(t.text(Msg::CategoryToolNo).to_owned()),
            None => None,
        },
        Step::EndorsedIn if drafts.not_endorsed => {
            Some(t.text(Msg::CategoryToolEndorsedAnswerNone).to_owned())
        }
        Step::EndorsedIn if !drafts.endorsed_in.is_empty() => Some(
            drafts
                .endorsed_in
                .iter()
                .map(|c| t.category(*c))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

pub fn summary(t: Locale, drafts: &Drafts, on_change: &Callback<Step>, style: NumberStyle) -> Html {
    let rows = drafts.questions().filter_map(|step| {
        let field: Field = step.field()?;
        let label = t.text(category_tool::summary_label(field));
        let answer = answer_text(t, drafts, step, style);
        let onclick = on_change.reform(move |_: MouseEvent| step);
        Some(html! {
            <div class="category-summary__row" key={label}>
                <dt class="category-summary__key">{ label }</dt>
                <dd class={classes!("category-summary__value", answer.is_none().then_some("category-summary__value--missing"))}>
                    { answer.unwrap_or_else(|| t.text(Msg::CategoryToolNotAnswered).to_owned()) }
                </dd>
                <dd class="category-summary__actions">
                    <button type="button" class="category-link" {onclick}>
                        { t.text(Msg::CategoryToolChange) }<span class="en-visually-hidden">{ " " }{ label }</span>
                    </button>
                </dd>
            </div>
        })
    });
    html! {
        <>
            <h3 class="category-heading" id={Step::Summary.heading_id()} tabindex="-1">{ t.text(Msg::CategoryToolSummaryTitle) }</h3>
            <p class="en-hint">{ t.text(Msg::CategoryToolSummaryHint) }</p>
            <dl class="category-summary">{ for rows }</dl>
        </>
    }
}
