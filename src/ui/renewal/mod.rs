//! Tool 3 — the renewal-hours calculator.

use crate::ui::env::Env;
use yew::prelude::*;

#[function_component]
pub fn RenewalTool() -> Html {
    let env = use_context::<Env>();
    let title = env.map(|e| e.texts().renewal.title).unwrap_or_default();
    html! { <section class="tool"><h2>{ title }</h2></section> }
}
