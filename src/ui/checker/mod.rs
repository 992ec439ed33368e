//! Tool 2 — the requirements checker: entries in, a live report of what is met and what is missing.

use crate::rules::{Category, Credential};
use crate::ui::env::Env;
use yew::prelude::*;

/// A category and credential handed over from the category tool. `serial` changes on every hand-over so
/// that choosing the same category twice still applies it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub category: Category,
    pub credential: Credential,
    pub serial: u32,
}

#[derive(Properties, PartialEq)]
pub struct CheckerToolProps {
    #[prop_or_default]
    pub preset: Option<Preset>,
}

#[function_component]
pub fn CheckerTool(props: &CheckerToolProps) -> Html {
    let env = use_context::<Env>();
    let _ = props.preset;
    let title = env.map(|e| e.texts().checker.title).unwrap_or_default();
    html! { <section class="tool"><h2>{ title }</h2></section> }
}
