//! The widget: a root that shows the configured tools and shares an [`env::Env`] with them.

pub mod category;
pub mod checker;
pub mod env;
pub mod renewal;
pub mod widgets;

use crate::config::{Config, Tool};
use crate::rules::{Category, Credential, Date};
use checker::Preset;
use env::Env;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub today: Date,
    #[prop_or_default]
    pub host: Option<HtmlElement>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let env = Env {
        config: props.config.clone(),
        today: props.config.today.unwrap_or(props.today),
        host: props.host.clone(),
    };
    let active = use_state(|| {
        props
            .config
            .tools
            .first()
            .copied()
            .unwrap_or(Tool::Category)
    });
    let preset = use_state(|| None::<Preset>);
    let on_check = {
        let active = active.clone();
        let preset = preset.clone();
        Callback::from(move |(category, credential): (Category, Credential)| {
            let serial = preset.map_or(0, |p| p.serial + 1);
            preset.set(Some(Preset {
                category,
                credential,
                serial,
            }));
            active.set(Tool::Checker);
        })
    };
    let body = match *active {
        Tool::Category => html! { <category::CategoryTool {on_check} /> },
        Tool::Checker => html! { <checker::CheckerTool preset={*preset} /> },
        Tool::Renewal => html! { <renewal::RenewalTool /> },
    };
    html! {
        <ContextProvider<Env> context={env}>
            <div class="navigator">{ body }</div>
        </ContextProvider<Env>>
    }
}
