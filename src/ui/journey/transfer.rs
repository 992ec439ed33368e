//! "Download my entries" and "Load entries from a file": a tool's entries as a JSON file on the person's
//! own device (`crate::contract::export`), to load again later or in another browser.

use super::browser;
use crate::config::Tool;
use crate::contract::export::{self, Entries, ImportError};
use crate::fill;
use crate::i18n::{Locale, Msg, shell::tool_name};
use crate::rules::Date;
use crate::ui::widgets::use_locale;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct EntriesFileProps {
    pub tool: Tool,
    /// What the tool holds now; no download is offered while it holds nothing.
    pub entries: Option<Rc<Entries>>,
    pub today: Date,
    /// A file was read: its entries, for the tool to show (asking first when it holds entries).
    pub on_load: Callback<Entries>,
}

/// Why nothing was loaded or saved, for the person.
#[derive(Clone, Debug, PartialEq)]
enum Trouble {
    Import(ImportError),
    /// The chosen file could not be opened at all.
    NotOpened,
    /// The browser refused the download.
    NotSaved,
}

fn sentence(t: Locale, trouble: &Trouble) -> String {
    let text = |msg| t.text(msg).to_owned();
    match trouble {
        Trouble::Import(ImportError::NotJson | ImportError::NotAnExport) => {
            text(Msg::JourneyFileNotOurs)
        }
        Trouble::Import(ImportError::NewerSchema { .. }) => text(Msg::JourneyFileNewer),
        Trouble::Import(ImportError::OtherTool { tool: Some(tool) }) => {
            fill!(t, JourneyFileOtherTool, tool = t.text(tool_name(*tool)))
        }
        Trouble::Import(ImportError::OtherTool { tool: None }) => {
            text(Msg::JourneyFileOtherToolUnknown)
        }
        Trouble::Import(ImportError::Unreadable(_)) => text(Msg::JourneyFileUnreadable),
        Trouble::NotOpened => text(Msg::JourneyFileNotOpened),
        Trouble::NotSaved => text(Msg::JourneyCalendarNotSaved),
    }
}

/// Reads the text of a chosen file as `tool`'s entries.
fn read(tool: Tool, text: &str) -> Result<Entries, ImportError> {
    let value = browser::parse_json(text).ok_or(ImportError::NotJson)?;
    let tree = crate::api::json_of(&value);
    export::read(tool, &tree)
}

#[function_component]
pub fn EntriesFile(props: &EntriesFileProps) -> Html {
    let t = use_locale();
    let root = use_node_ref();
    let chooser = use_node_ref();
    let trouble = use_state(|| None::<Trouble>);
    let tool = props.tool;

    let on_download = props.entries.clone().map(|entries| {
        let (root, trouble, today) = (root.clone(), trouble.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let document = export::document((*entries).clone(), today);
            let saved = match (
                browser::to_json(&document, 2),
                root.cast::<web_sys::Element>(),
            ) {
                (Some(text), Some(parent)) => browser::download(
                    &parent,
                    &export::file_name(tool, today),
                    "application/json",
                    &text,
                ),
                _ => false,
            };
            trouble.set((!saved).then_some(Trouble::NotSaved));
        })
    });
    let on_choose = {
        let chooser = chooser.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = chooser.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_change = {
        let (chooser, trouble, on_load) = (chooser.clone(), trouble.clone(), props.on_load.clone());
        Callback::from(move |_: Event| {
            let Some(input) = chooser.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let (trouble, on_load) = (trouble.clone(), on_load.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = browser::chosen_file_text(&input).await;
                // Cleared, so that choosing the same file again is a change too.
                input.set_value("");
                match text.map(|text| read(tool, &text)) {
                    Some(Ok(entries)) => {
                        trouble.set(None);
                        on_load.emit(entries);
                    }
                    Some(Err(e)) => trouble.set(Some(Trouble::Import(e))),
                    None => trouble.set(Some(Trouble::NotOpened)),
                }
            });
        })
    };
    let input_id = format!("en-file-{}", tool.id());
    html! {
        <div class="en-file" ref={root}>
            <div class="en-button-row">
                if let Some(onclick) = on_download {
                    <button type="button" class="en-button en-button--secondary" {onclick}>{ t.text(Msg::JourneyFileDownload) }</button>
                }
                <button type="button" class="en-button en-button--secondary" onclick={on_choose}>{ t.text(Msg::JourneyFileLoad) }</button>
            </div>
            <input type="file" id={input_id} ref={chooser} accept=".json,application/json" hidden=true onchange={on_change} />
            <p class="en-hint">{ t.text(Msg::JourneyFileNote) }</p>
            if let Some(trouble) = &*trouble {
                <p class="en-error" role="alert">{ sentence(t, trouble) }</p>
            }
        </div>
    }
}
