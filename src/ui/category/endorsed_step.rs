//! Everyone: the categories the person is already endorsed in, with an exclusive "not endorsed yet" box
//! so that "none" is an answer rather than a skipped question.

use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::rules::model::Category;
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::Checkbox;
use crate::ui::widgets::field_error;
use yew::prelude::*;

pub fn endorsed_step(t: Locale, props: &StepProps) -> Html {
    let id = Field::EndorsedIn.id();
    let error = field_error(t, props.errors, Field::EndorsedIn);
    let group_id = format!("{id}-group");
    let hint_id = format!("{group_id}-hint");
    let error_id = format!("{group_id}-error");
    let described = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let boxes = Category::MAIN.into_iter().enumerate().map(|(i, category)| {
        // The first box carries the field's id, so the error summary links to it.
        let box_id = if i == 0 {
            id.to_owned()
        } else {
            format!("{id}-{}", category.id())
        };
        let on_answer = props.on_answer.clone();
        html! {
            <Checkbox
                key={category.id()}
                id={box_id}
                label={t.category(category)}
                checked={props.drafts.endorsed_in.contains(&category)}
                on_change={Callback::from(move |on| on_answer.emit(Answer::EndorsedIn(category, on)))}
            />
        }
    });
    html! {
        <fieldset
            id={group_id}
            class={classes!("en-fieldset", error.is_some().then_some("en-field--error"))}
            aria-describedby={described}
        >
            <legend class="en-legend en-legend--heading">
                <h3 class="en-legend__heading" id={format!("{id}-heading")} tabindex="-1">{ t.text(Msg::CategoryToolEndorsedQuestion) }</h3>
            </legend>
            <div class="en-hint" id={hint_id}>{ t.text(Msg::CategoryToolEndorsedHint) }</div>
            if let Some(error) = error {
                <div class="en-error" id={error_id}>
                    <span class="en-visually-hidden">{ t.text(Msg::CategoryToolErrorPrefix) }{ " " }</span>{ error }
                </div>
            }
            <div class="en-choices">
                { for boxes }
                <div class="category-divider">{ t.text(Msg::CategoryToolOr) }</div>
                <Checkbox
                    id={format!("{id}-none")}
                    label={t.text(Msg::CategoryToolEndorsedNone)}
                    checked={props.drafts.not_endorsed}
                    on_change={props.on_answer.reform(Answer::NotEndorsed)}
                />
            </div>
        </fieldset>
    }
}
