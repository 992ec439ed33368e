//! Tool 1 — "Which category fits me?": one question per step, a check-your-answers summary, the result.

use crate::rules::{Category, Credential};
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CategoryToolProps {
    /// Carries the recommended category and credential into the requirements checker.
    pub on_check: Callback<(Category, Credential)>,
}

#[function_component]
pub fn CategoryTool(props: &CategoryToolProps) -> Html {
    let env = use_context::<Env>();
    let _ = &props.on_check;
    let title = env
        .map(|e| e.texts().category_tool.title)
        .unwrap_or_default();
    html! { <section class="tool"><h2>{ title }</h2></section> }
}
