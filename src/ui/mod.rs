//! The widget: a frame (association line, tool tabs, footer with privacy line and "Clear my data") around
//! the active tool, sharing an [`env::Env`] with it.

pub mod category;
pub mod checker;
pub mod env;
pub mod journey;
pub mod persisted;
pub mod renewal;
pub mod storage;
pub mod widgets;

use crate::config::{Config, ConfigWarning, Tool};
use crate::contract::ToolInput;
use crate::contract::carry_forward::profile_from_answers;
use crate::contract::export::Entries;
use crate::fill;
use crate::i18n::Msg;
use crate::rules::{Answers, Category, Credential, Date, EDITION_2025};
use checker::Preset;
use env::Env;
use journey::arrival::{self, Arrival, Source};
use std::rc::Rc;
use storage::Store;
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

/// The id of a tool's tab and panel, unique inside one widget's shadow root.
fn tab_id(tool: Tool) -> String {
    format!("en-tab-{}", tool.id())
}

fn panel_id(tool: Tool) -> String {
    format!("en-panel-{}", tool.id())
}

/// The single polite live region's text. `serial` alternates a trailing no-break space so the same
/// sentence announced twice is still a change the screen reader notices.
#[derive(Default, PartialEq)]
struct LiveRegion {
    text: String,
    serial: u32,
}

impl Reducible for LiveRegion {
    type Action = String;
    fn reduce(self: Rc<Self>, text: String) -> Rc<Self> {
        let serial = self.serial.wrapping_add(1);
        let text = if serial.is_multiple_of(2) {
            format!("{text}\u{a0}")
        } else {
            text
        };
        Rc::new(LiveRegion { text, serial })
    }
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
    // A share link the page was opened with: its tool opens first, holding the shared answers.
    let opened = use_memo((), |_| arrival::from_location(&tools));
    let arrival = use_state(|| {
        (*opened)
            .as_ref()
            .and_then(|read| read.as_ref().ok().cloned())
    });
    let link_unreadable = matches!(*opened, Some(Err(_)));
    {
        let opened = opened.clone();
        use_effect_with((), move |_| {
            if let Some(Err(e)) = &*opened {
                web_sys::console::warn_1(
                    &format!("endorsement-navigator: the share link cannot be read: {e}").into(),
                );
                journey::browser::drop_fragment();
            }
        });
    }
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
    let preset = use_state(|| None::<Preset>);
    let on_check = {
        let active = active.clone();
        let preset = preset.clone();
        let has_checker = tools.contains(&Tool::Checker);
        let arrival = arrival.clone();
        let today = env.today;
        Callback::from(
            move |(category, credential, answers): (Category, Credential, Option<Answers>)| {
                if !has_checker {
                    return;
                }
                let serial = preset.map_or(0, |p| p.serial + 1);
                preset.set(Some(Preset {
                    category,
                    credential,
                    serial,
                }));
                // The finder's answers go along, so the checker does not start empty.
                if let Some(answers) = answers {
                    let profile =
                        profile_from_answers(&EDITION_2025, &answers, category, credential, today);
                    arrival.set(Some(Arrival {
                        source: Source::Answers,
                        entries: Rc::new(Entries::untitled(ToolInput::Checker(profile))),
                        serial,
                    }));
                }
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
            html! { <checker::CheckerTool preset={*preset} arrival={waiting} {on_arrival_done} /> }
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

    // Setup warnings are for the webmaster and always go to the console; on screen only where the
    // fallback could mislead the visitor: credentials the association may not offer, or not all it does.
    let settings_note = if props.warnings.iter().any(ConfigWarning::misleads_visitor) {
        let text = match config.credentials.as_slice() {
            [only] => {
                let other = Credential::ALL
                    .iter()
                    .copied()
                    .find(|c| c != only)
                    .unwrap_or(*only);
                fill!(
                    t,
                    ShellCredentialsUnreadOne,
                    credential = t.credential(*only),
                    other = t.credential(other)
                )
            }
            _ => t.text(Msg::ShellCredentialsUnreadBoth).to_owned(),
        };
        html! {
            <Notice kind={NoticeKind::Warning} class={classes!("en-frame__settings")} title={AttrValue::Static(t.text(Msg::ShellCredentialsUnreadTitle))}>
                <p>{ text }</p>
            </Notice>
        }
    } else {
        Html::default()
    };

    let kept = store.is_local();
    let on_clear = {
        let store = store.clone();
        let reset_serial = reset_serial.clone();
        let preset = preset.clone();
        let env = env.clone();
        let arrival = arrival.clone();
        Callback::from(move |_: ()| {
            store.clear_all();
            preset.set(None);
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
                <footer class="en-frame__footer">
                    // With storage="none", or where the browser refuses storage, nothing is kept: the footer
                    // says so and offers nothing to clear.
                    <p class="en-frame__privacy">{ t.text(if kept { Msg::ShellPrivacy } else { Msg::ShellPrivacyNotKept }) }</p>
                    if let Some(email) = &config.contact_email {
                        <p class="en-frame__contact">
                            if let Some(name) = &config.profile.contact_name {
                                { fill!(t, ShellContactNamed, name = name.as_str()) }
                            } else {
                                { t.text(Msg::ShellContact) }
                            }
                            { " " }<a href={format!("mailto:{email}")}>{ email.clone() }</a>
                        </p>
                    }
                    if let Some(url) = &config.profile.links.office_hours {
                        <p class="en-frame__contact"><a href={url.clone()}>{ t.text(Msg::ShellOfficeHours) }</a></p>
                    }
                    if kept {
                        <ClearData on_clear={on_clear} />
                    }
                </footer>
                <div class="en-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ live.text.clone() }</div>
            </div>
        </ContextProvider<Env>>
    }
}

#[derive(Properties, PartialEq)]
struct TabListProps {
    tools: Vec<Tool>,
    current: Tool,
    label: &'static str,
    on_select: Callback<Tool>,
    lang: crate::i18n::Lang,
}

/// The ARIA tabs pattern with automatic activation: one tab stop, arrow keys (and Home/End) move between
/// tools and show them.
#[function_component]
fn TabList(props: &TabListProps) -> Html {
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
                    widgets::focus_by_id(&node, &tab_id(tool));
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

#[derive(Properties, PartialEq)]
struct ClearDataProps {
    on_clear: Callback<()>,
}

/// "Clear my data", confirmed in place (no browser dialog) so it works the same everywhere.
#[function_component]
fn ClearData(props: &ClearDataProps) -> Html {
    let t = widgets::use_locale();
    let confirming = use_state(|| false);
    let done = use_state(|| false);
    let start_ref = use_node_ref();
    let confirm_ref = use_node_ref();
    // Move focus into the question when it appears, and back to the button when it goes.
    {
        let start_ref = start_ref.clone();
        let confirm_ref = confirm_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*confirming, move |confirming| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let target = if *confirming { confirm_ref } else { start_ref };
            if let Some(element) = target.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    if *confirming {
        let on_yes = {
            let confirming = confirming.clone();
            let done = done.clone();
            let on_clear = props.on_clear.clone();
            Callback::from(move |_: MouseEvent| {
                on_clear.emit(());
                done.set(true);
                confirming.set(false);
            })
        };
        let on_no = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(false))
        };
        html! {
            <div class="en-clear en-clear--confirming">
                <p class="en-clear__question">{ t.text(Msg::ShellClearConfirmQuestion) }</p>
                <div class="en-button-row">
                    <button type="button" class="en-button en-button--danger" ref={confirm_ref} onclick={on_yes}>{ t.text(Msg::ShellClearConfirm) }</button>
                    <button type="button" class="en-button en-button--secondary" onclick={on_no}>{ t.text(Msg::ShellClearCancel) }</button>
                </div>
            </div>
        }
    } else {
        let on_start = {
            let confirming = confirming.clone();
            let done = done.clone();
            Callback::from(move |_: MouseEvent| {
                done.set(false);
                confirming.set(true);
            })
        };
        html! {
            <div class="en-clear">
                <button type="button" class="en-button en-button--secondary en-button--small" ref={start_ref} onclick={on_start}>{ t.text(Msg::ShellClearData) }</button>
                if *done {
                    <p class="en-clear__done">{ t.text(Msg::ShellCleared) }</p>
                }
            </div>
        }
    }
}
