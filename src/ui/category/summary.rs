//! Check your answers: one row per question that applies, each with a "Change" link back to it.

use crate::forms::NumberStyle;
use crate::i18n::Texts;
use crate::i18n::category_tool::{Field, YesNoNotSure};
use crate::ui::category::state::{Drafts, Step, parse_count, parse_years};
use yew::prelude::*;

/// The answer to one question in words, or `None` when it is not answered (validly) yet.
pub fn answer_text(
    texts: &Texts,
    drafts: &Drafts,
    step: Step,
    style: NumberStyle,
) -> Option<String> {
    let t = texts.category_tool;
    let years = |text: &str| parse_years(text, style).ok().map(t.years);
    match step {
        Step::Ages => drafts.ages.map(|a| (t.ages_choice)(a).to_owned()),
        Step::Scope => drafts.scope.map(|s| (t.scope_choice)(s).to_owned()),
        Step::Degree => drafts.degree.map(|d| (t.degree_choice)(d).to_owned()),
        Step::YearsInScope => years(&drafts.years_in_scope),
        Step::LeaderYears => years(&drafts.leader_years),
        Step::FamiliesServed => parse_count(&drafts.families_served, style)
            .ok()
            .map(t.families),
        Step::Psychotherapy => drafts.psychotherapy.map(|p| {
            match p {
                YesNoNotSure::Yes => t.yes,
                YesNoNotSure::No => t.no,
                YesNoNotSure::NotSure => t.not_sure,
            }
            .to_owned()
        }),
        Step::ProvidesRsc => match drafts.provides_rsc {
            Some(true) => drafts.validate(step, style).is_empty().then(|| {
                (t.rsc_answer)(parse_years(&drafts.provides_rsc_years, style).unwrap_or_default())
            }),
            Some(false) => Some(t.no.to_owned()),
            None => None,
        },
        Step::EndorsedIn if drafts.not_endorsed => Some(t.endorsed_answer_none.to_owned()),
        Step::EndorsedIn if !drafts.endorsed_in.is_empty() => Some(
            drafts
                .endorsed_in
                .iter()
                .map(|c| (texts.category)(*c))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

pub fn summary(
    texts: &Texts,
    drafts: &Drafts,
    on_change: &Callback<Step>,
    style: NumberStyle,
) -> Html {
    let t = texts.category_tool;
    let rows = drafts.questions().filter_map(|step| {
        let field: Field = step.field()?;
        let label = (t.summary_label)(field);
        let answer = answer_text(texts, drafts, step, style);
        let onclick = on_change.reform(move |_: MouseEvent| step);
        Some(html! {
            <div class="category-summary__row" key={label}>
                <dt class="category-summary__key">{ label }</dt>
                <dd class={classes!("category-summary__value", answer.is_none().then_some("category-summary__value--missing"))}>
                    { answer.unwrap_or_else(|| t.not_answered.to_owned()) }
                </dd>
                <dd class="category-summary__actions">
                    <button type="button" class="category-link" {onclick}>
                        { t.change }<span class="en-visually-hidden">{ " " }{ label }</span>
                    </button>
                </dd>
            </div>
        })
    });
    html! {
        <>
            <h3 class="category-heading" tabindex="-1">{ t.summary_title }</h3>
            <p class="en-hint">{ t.summary_hint }</p>
            <dl class="category-summary">{ for rows }</dl>
        </>
    }
}
