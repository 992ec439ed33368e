//! The tool tabs: the ARIA tabs pattern over the tools an element offers.

use crate::config::Tool;
use yew::prelude::*;

/// The id of a tool's tab and panel, unique inside one widget's shadow root.
pub fn tab_id(tool: Tool) -> String {
    format!("en-tab-{}", tool.id())
}

pub fn panel_id(tool: Tool) -> String {
    format!("en-panel-{}", tool.id())
}

#[derive(Properties, PartialEq)]
pub struct TabListProps {
    pub tools: Vec<Tool>,
    pub current: Tool,
    pub label: &'static str,
    pub on_select: Callback<Tool>,
    pub lang: crate::i18n::Lang,
}

/// The ARIA tabs pattern with automatic activation: one tab stop, arrow keys (and Home/End) move between
/// tools and show them.
#[function_component]
pub fn TabList(props: &TabListProps) -> Html {
    let list = use_node_ref();
    let onkeydown = {
        let tools = props.tools.clone();
        let current = props.current;
        let on_select = props.on_select.clone();
        let list = list.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(index) = tools.iter().position(|t| *t == current) else {
                return;
            };
            let last = tools.len() - 1;
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(if index == last { 0 } else { index + 1 }),
                "ArrowLeft" | "ArrowUp" => Some(if index == 0 { last } else { index - 1 }),
                "Home" => Some(0),
                "End" => Some(last),
                _ => None,
            };
            if let Some(next) = next {
                e.prevent_default();
                let tool = tools[next];
                on_select.emit(tool);
                if let Some(node) = list.get() {
                    super::widgets::focus_by_id(&node, &tab_id(tool));
                }
            }
        })
    };
    html! {
        <div class="en-tabs" role="tablist" aria-label={props.label} ref={list} {onkeydown}>
            { for props.tools.iter().map(|&tool| {
                let selected = tool == props.current;
                let onclick = {
                    let on_select = props.on_select.clone();
                    Callback::from(move |_: MouseEvent| on_select.emit(tool))
                };
                html! {
                    <button
                        type="button"
                        role="tab"
                        class={classes!("en-tab", selected.then_some("en-tab--selected"))}
                        id={tab_id(tool)}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls={panel_id(tool)}
                        tabindex={if selected { "0" } else { "-1" }}
                        {onclick}
                    >{ crate::i18n::Locale::new(props.lang).text(crate::i18n::shell::tool_name(tool)) }</button>
                }
            }) }
        </div>
    }
}
