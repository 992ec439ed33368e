//! The widget: a frame (association line, tool tabs, footer with privacy line and "Clear my data") around
//! the active tool, sharing an [`env::Env`] with it.

pub mod category;
pub mod checker;
mod clear_data;
pub mod env;
mod frame_notes;
pub mod journey;
mod live_region;
pub mod persisted;
pub mod renewal;
mod shared_link;
pub mod storage;
mod tab_list;
pub mod widgets;

use crate::config::{Config, ConfigWarning, Tool};
use crate::contract::ToolInput;
use crate::contract::carry_forward::profile_from_answers;
use crate::contract::export::Entries;
use crate::fill;
use crate::i18n::Msg;
use crate::rules::{Answers, Category, Credential, Date, EDITION_2025, Profile};
use env::Env;
use frame_notes::{footer, settings_note};
use journey::arrival::{Arrival, Source};
use live_region::LiveRegion;
use shared_link::use_shared_link;
use std::rc::Rc;
use storage::Store;
use tab_list::{TabList, panel_id, tab_id};
use web_sys::HtmlElement;
use widgets::{Notice, NoticeKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub today: Date,
    #[prop_or_default]
    pub host: Option<HtmlElement>,
    /// Attributes the host page got wrong; those that could mislead the user are shown in a note.
    #[prop_or_default]
    pub warnings: Rc<Vec<ConfigWarning>>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let t = crate::i18n::Locale::new(config.lang);
    let store = use_memo(
        (config.association.clone(), config.storage),
        |(association, mode)| Store::new(association.as_deref(), *mode),
    );
    let reset_serial = use_state(|| 0u32);
    let live = use_reducer(LiveRegion::default);
    let announcer = {
        let dispatcher = live.dispatcher();
        use_memo((), move |_| {
            Callback::from(move |text: String| dispatcher.dispatch(text))
        })
    };
    let env = Env {
        config: config.clone(),
        today: config.today.unwrap_or(props.today),
        host: props.host.clone(),
        store: (*store).clone(),
        reset_serial: *reset_serial,
        announcer: (*announcer).clone(),
    };

    // `Config` always lists at least one tool.
    let tools = config.tools.clone();
    let (arrival, link_unreadable) = use_shared_link(&tools);
    // A shared link's tool first, else the tool last used (when this element still offers it).
    let active = use_state(|| {
        let last = store.last_tool().filter(|t| tools.contains(t));
        arrival
            .as_ref()
            .map(Arrival::tool)
            .or(last)
            .unwrap_or(tools[0])
    });
    {
        let store = store.clone();
        use_effect_with(*active, move |tool| store.set_last_tool(*tool));
    }
    // After a `tools` attribute change the active tool may no longer be offered.
    let current = if tools.contains(&*active) {
        *active
    } else {
        tools[0]
    };
    // The finder's hand-over to the checker is an arrival like a share link's: it waits here until the
    // checker has shown it (or the person declined it), which applies its category and credential once
    // and offers its answers; a remount of the checker does not apply it again, and handing over the same
    // result twice applies it twice.
    let on_check = {
        let active = active.clone();
        let has_checker = tools.contains(&Tool::Checker);
        let arrival = arrival.clone();
        let today = env.today;
        Callback::from(
            move |(category, credential, answers): (Category, Credential, Option<Answers>)| {
                if !has_checker {
                    return;
                }
                // The finder's answers go along, so the checker does not start empty. (The result, and
                // its button, are only shown for answers that read.)
                let profile = match answers {
                    Some(answers) => {
                        profile_from_answers(&EDITION_2025, &answers, category, credential, today)
                    }
                    None => Profile {
                        credential,
                        ..Profile::empty(category)
                    },
                };
                arrival.set(Some(Arrival::new(
                    Source::Answers,
                    Rc::new(Entries::untitled(ToolInput::Checker(profile))),
                )));
                active.set(Tool::Checker);
            },
        )
    };
    let on_arrival_done = {
        let arrival = arrival.clone();
        Callback::from(move |_: ()| {
            // Shown or declined, a share link is taken off the address so a reload does not offer it again.
            if arrival.as_ref().is_some_and(|a| a.source == Source::Link) {
                journey::browser::drop_fragment();
            }
            arrival.set(None);
        })
    };
    // Answers waiting for the tool on screen.
    let waiting = arrival.as_ref().filter(|a| a.tool() == current).cloned();

    let body = match current {
        Tool::Category => {
            html! { <category::CategoryTool {on_check} arrival={waiting} {on_arrival_done} /> }
        }
        Tool::Checker => {
            html! { <checker::CheckerTool arrival={waiting} {on_arrival_done} /> }
        }
        Tool::Renewal => html! { <renewal::RenewalTool arrival={waiting} {on_arrival_done} /> },
    };
    // The key remounts the tool after "Clear my data" so it starts from scratch.
    let panel_key = format!("{}-{}", current.id(), *reset_serial);

    let tab_list = if tools.len() > 1 {
        html! { <TabList tools={tools.clone()} {current} label={t.text(Msg::ShellToolsLabel)} on_select={
            let active = active.clone();
            Callback::from(move |tool: Tool| active.set(tool))
        } lang={config.lang} /> }
    } else {
        Html::default()
    };
    let panel = if tools.len() > 1 {
        html! {
            <div class="en-panel" role="tabpanel" id={panel_id(current)} aria-labelledby={tab_id(current)} key={panel_key}>
                { body }
            </div>
        }
    } else {
        html! { <div class="en-panel" key={panel_key}>{ body }</div> }
    };

    let settings_note = settings_note(t, &config, &props.warnings);

    let kept = store.is_local();
    let on_clear = {
        let store = store.clone();
        let reset_serial = reset_serial.clone();
        let env = env.clone();
        let arrival = arrival.clone();
        Callback::from(move |_: ()| {
            store.clear_all();
            arrival.set(None);
            reset_serial.set(reset_serial.wrapping_add(1));
            env.announce(t.text(Msg::ShellCleared));
        })
    };

    html! {
        <ContextProvider<Env> context={env.clone()}>
            <div class="navigator" lang={config.lang.tag()}>
                if let Some(association) = &config.association {
                    <p class="en-frame__association">{ fill!(t, ShellOfferedBy, association = association.as_str()) }</p>
                }
                // Only on paper: when these results were printed.
                <p class="en-frame__printed">{ fill!(t, JourneyPrintedOn, date = env.today) }</p>
                { settings_note }
                if link_unreadable {
                    <Notice kind={NoticeKind::Warning}><p>{ t.text(Msg::JourneyLinkUnreadable) }</p></Notice>
                }
                { tab_list }
                { panel }
                { footer(t, &config, kept, on_clear) }
                <div class="en-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ live.text.clone() }</div>
            </div>
        </ContextProvider<Env>>
    }
}
