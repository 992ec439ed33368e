//! GOV.UK's back link, as a button: it changes the step inside the widget, not the host page's URL.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub label: &'static str,
    pub on_back: Callback<()>,
}

#[function_component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onclick = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };
    html! {
        <button type="button" class="category-back" {onclick}>{ props.label }</button>
    }
}
