//! GOV.UK's back link, as a button: it changes the step inside the widget, not the host page's URL.

use yew::prelude::*;

pub fn back_link(label: &'static str, on_back: &Callback<()>) -> Html {
    let onclick = on_back.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="category-back" {onclick}>{ label }</button>
    }
}
