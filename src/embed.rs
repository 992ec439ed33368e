//! The bridge between `embed.js` (which defines `<endorsement-navigator>`) and the Yew app.
//!
//! `embed.js` calls [`mount`] once per element after the wasm is instantiated, then
//! [`MountHandle::update`] whenever an observed attribute changes, and [`MountHandle::unmount`] when the
//! element leaves the document. Each element has its own Yew app, configuration and storage, so several
//! elements on one page are independent.
//!
//! Before the first mount, `embed.js` calls [`warm_up`] (stages 0 and 1) and then [`warm_up_tool`], each
//! in a task of its own: the browser compiles each wasm function on its first call, and the first render
//! calls hundreds of them, so rendering throwaway trees first (two small generic ones, then the first tool
//! alone, all detached from the page) spreads that compiling over four tasks instead of one (no task on
//! the host page's main thread should run longer than 50 ms on a slow phone).

use crate::config::Json;
use crate::config::{Config, ConfigWarning, StorageMode, Tool};
use crate::ui::env::Env;
use crate::ui::{App, AppProps, category, checker, renewal};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;
use yew::prelude::*;

/// A mounted widget. Dropping it (or `free()` from JS) without `unmount()` leaves the DOM in place.
#[wasm_bindgen]
pub struct MountHandle {
    mounted: Rc<RefCell<Mounted>>,
}

/// What a mounted widget keeps between renders; shared with the fetch of its profile.
struct Mounted {
    host: HtmlElement,
    app: Option<AppHandle<App>>,
    /// The configuration last rendered, to skip re-renders when nothing changed.
    config: Rc<Config>,
    /// The association profile, once read (a child script at once, a `profile` URL when fetched).
    profile: Option<Json>,
    /// `unmount` was called: a profile arriving later renders nothing.
    unmounted: bool,
    /// What `embed.js`'s storage probe found, as last told (false for `storage="none"`).
    local_storage_works: bool,
}

/// The host page's `<html lang>`, if any.
fn page_lang(host: &HtmlElement) -> Option<String> {
    let document = host.owner_document()?;
    let lang = document.document_element()?.get_attribute("lang")?;
    (!lang.trim().is_empty()).then_some(lang)
}

fn console_warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(text));
}

/// Reads the host's attributes over its profile and reports every ignored value on the console. Where
/// `embed.js`'s storage probe failed, nothing is kept, whatever the attributes ask (the app never probes).
fn read_config(
    host: &HtmlElement,
    profile: Option<&Json>,
    local_storage_works: bool,
) -> (Config, Vec<ConfigWarning>) {
    let lang = page_lang(host);
    let (mut config, warnings) =
        Config::read(|name| host.get_attribute(name), lang.as_deref(), profile);
    if !local_storage_works {
        config.storage = StorageMode::None;
    }
    for w in &warnings {
        console_warn(&w.console_line());
    }
    (config, warnings)
}

/// The profile written inside the element as `<script type="application/json">` (CONTRACT §1).
fn child_profile(host: &HtmlElement) -> Option<Json> {
    let script = host
        .query_selector("script[type=\"application/json\"]")
        .ok()
        .flatten()?;
    let text = script.text_content().unwrap_or_default();
    match js_sys::JSON::parse(&text) {
        Ok(value) => crate::api::read_profile_value(Some(value)),
        Err(_) => {
            console_warn(
                "<endorsement-navigator>: profile: the <script type=\"application/json\"> inside the element is not valid JSON; the widget runs with its attributes only",
            );
            None
        }
    }
}

/// Fetches the `profile` attribute's URL (relative to the page) and re-renders with it. A failure is
/// a console warning naming the URL and what to fix; the widget keeps running with its attributes.
async fn profile_from_url(href: &str) -> Option<Json> {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base(href, &base).map(|u| u.href());
    let fail = |url: &str, why: &str| {
        console_warn(&format!(
            "<endorsement-navigator>: profile: {url} could not be used ({why}); the widget runs with its attributes only"
        ))
    };
    let Ok(url) = url else {
        fail(href, "not a URL");
        return None;
    };
    let window = web_sys::window()?;
    let response = match JsFuture::from(window.fetch_with_str(&url)).await {
        Ok(r) => r.unchecked_into::<web_sys::Response>(),
        Err(_) => {
            fail(
                &url,
                "the request failed: check the address, and if the file is on another server, that it sends Access-Control-Allow-Origin",
            );
            return None;
        }
    };
    if !response.ok() {
        fail(
            &url,
            &format!(
                "HTTP {}: upload the profile there or fix the profile attribute",
                response.status()
            ),
        );
        return None;
    }
    let value = match response.json() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(e) => Err(e),
    };
    match value {
        Ok(value) => crate::api::read_profile_value(Some(value)),
        Err(_) => {
            fail(&url, "not valid JSON");
            None
        }
    }
}

/// Waits for the `profile` URL, then renders the widget for the first time: rendering before it would
/// show the attributes' answers and storage first and then switch (the profile may name the
/// association, which keys what the visitor saved).
async fn mount_after_profile(mounted: Rc<RefCell<Mounted>>, href: String, container: Element) {
    let profile = profile_from_url(&href).await;
    let Ok(mut m) = mounted.try_borrow_mut() else {
        return;
    };
    if m.unmounted {
        return;
    }
    m.profile = profile;
    let (config, warnings) = read_config(&m.host, m.profile.as_ref(), m.local_storage_works);
    // A profile `lang` whose table embed.js has not loaded: the element's own language instead.
    let config = if crate::i18n::has_table(config.lang) {
        config
    } else {
        console_warn(
            "<endorsement-navigator>: profile.lang: set the lang attribute on the element as well, so that its words are loaded",
        );
        Config {
            lang: m.config.lang,
            ..config
        }
    };
    m.config = Rc::new(config);
    let props = props(&m.host, m.config.clone(), warnings);
    m.app = Some(yew::Renderer::<App>::with_root_and_props(container, props).render());
}

impl Mounted {
    /// Re-reads the attributes (over the profile) and re-renders if the configuration changed. Throws,
    /// keeping the widget as it was, when a new language has no messages yet.
    fn render(&mut self) -> Result<(), JsError> {
        let (config, warnings) =
            read_config(&self.host, self.profile.as_ref(), self.local_storage_works);
        if config == *self.config {
            return Ok(());
        }
        require_messages(&config)?;
        self.config = Rc::new(config);
        if let Some(app) = self.app.as_mut() {
            app.update(props(&self.host, self.config.clone(), warnings));
        }
        Ok(())
    }
}

fn props(host: &HtmlElement, config: Rc<Config>, warnings: Vec<ConfigWarning>) -> AppProps {
    AppProps {
        today: config.today.unwrap_or_else(crate::api::today),
        config,
        host: Some(host.clone()),
        warnings: Rc::new(warnings),
    }
}

/// The kinds of node, attribute, listener and hook the widget's first screen uses, in a tree nobody sees.
#[function_component]
fn WarmUp() -> Html {
    let count = use_state(|| 0u32);
    let label = use_memo(*count, |n| format!("{n}"));
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <ContextProvider<Rc<String>> context={label.clone()}>
            <div class={classes!("warm", (*count > 0).then_some("warm--on"))} lang="en">
                <h2>{ "Warm" }</h2>
                <p id="warm-text">{ (*label).clone() }</p>
                <fieldset><legend>{ "Choice" }</legend>
                    <label><input type="radio" name="warm" value="a" checked={true} />{ "A" }</label>
                </fieldset>
                <button type="button" aria-selected="false" tabindex="0" {onclick}>{ "Go" }</button>
                if *count > 0 { <span>{ "on" }</span> }
            </div>
        </ContextProvider<Rc<String>>>
    }
}

/// The plainest tree: elements, attributes and text, no hooks or listeners.
#[function_component]
fn WarmBasic() -> Html {
    html! { <div class="warm"><p lang="en">{ "Warm" }</p></div> }
}

/// Renders and discards a small tree, so the first real render has less code left to compile: `stage`
/// 0 the plainest tree (Yew's core), 1 one with hooks, listeners and a context. Safe to call any number
/// of times (and harmless to skip).
#[wasm_bindgen]
pub fn warm_up(stage: u32) {
    if stage == 0 {
        render_detached::<WarmBasic>(());
    } else {
        render_detached::<WarmUp>(());
    }
}

/// Renders `C` into an element that is never attached, and destroys it: nothing reaches the page, and
/// there is nothing to lay out. Yew renders in a microtask; destroying the app in a later one leaves that
/// render complete.
fn render_detached<C: BaseComponent>(props: C::Properties) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok());
    if let Some(root) = root {
        let app = yew::Renderer::<C>::with_root_and_props(root, props).render();
        yew::platform::spawn_local(async move { app.destroy() });
    }
}

#[derive(Properties, PartialEq)]
struct WarmToolProps {
    env: Env,
    tool: Tool,
}

/// One tool as the first screen shows it, with storage in memory and no host element (so it neither
/// reads saved answers nor dispatches events).
#[function_component]
fn WarmTool(props: &WarmToolProps) -> Html {
    let body = match props.tool {
        Tool::Category => html! { <category::CategoryTool on_check={Callback::noop()} /> },
        Tool::Checker => html! { <checker::CheckerTool /> },
        Tool::Renewal => html! { <renewal::RenewalTool /> },
    };
    html! { <ContextProvider<Env> context={props.env.clone()}>{ body }</ContextProvider<Env>> }
}

/// Renders and discards the first tool `host` will show, in its language, detached from the page: the
/// second slice of the first render's compiling (see [`warm_up`]). Harmless to skip.
#[wasm_bindgen]
pub fn warm_up_tool(host: HtmlElement) {
    let profile = child_profile(&host);
    let lang = page_lang(&host);
    let config = Config::read(
        |name| host.get_attribute(name),
        lang.as_deref(),
        profile.as_ref(),
    )
    .0;
    // Without the language's table (added by embed.js first) the tool has no words to render.
    if require_messages(&config).is_err() {
        return;
    }
    let tool = config.tools.first().copied().unwrap_or(Tool::Category);
    let env = Env::new(Rc::new(config), crate::api::today());
    render_detached::<WarmTool>(WarmToolProps { env, tool });
}

/// `add_messages(lang, text)`, for `embed.js`: adds one language's message table (the contents of
/// `i18n/<lang>.txt`). Throws an `Error` that says why when `text` is not a table for this build, or `lang`
/// is not a language the widget speaks.
#[wasm_bindgen]
pub fn add_messages(lang: &str, text: &str) -> Result<(), JsError> {
    let code = crate::i18n::Lang::from_tag(lang)
        .ok_or_else(|| JsError::new(&format!("add_messages: no table for language {lang:?}")))?;
    crate::i18n::add_table(code, text).map_err(|e| JsError::new(&e))
}

/// The wasm holds no words: the element's language must have been added with `add_messages` first.
fn require_messages(config: &Config) -> Result<(), JsError> {
    if crate::i18n::has_table(config.lang) {
        return Ok(());
    }
    let tag = config.lang.tag();
    Err(JsError::new(&format!(
        "<endorsement-navigator>: no messages for {tag:?}; call add_messages({tag:?}, <contents of i18n/{tag}.txt>) first"
    )))
}

/// Renders the widget of `host` into `container` (an element inside the host's shadow root). Throws
/// when the element's language has no messages yet (see `add_messages`). With a `profile` attribute, the
/// first render waits for its URL (or its failure). `local_storage_works` is `embed.js`'s probe (false
/// for `storage="none"`, which is never probed).
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    container: Element,
    local_storage_works: bool,
) -> Result<MountHandle, JsError> {
    let profile = child_profile(&host);
    let (config, warnings) = read_config(&host, profile.as_ref(), local_storage_works);
    require_messages(&config)?;
    let config = Rc::new(config);
    let href = host
        .get_attribute("profile")
        .filter(|h| !h.trim().is_empty());
    let mounted = Rc::new(RefCell::new(Mounted {
        host,
        app: None,
        config,
        profile,
        unmounted: false,
        local_storage_works,
    }));
    match href {
        Some(href) => {
            wasm_bindgen_futures::spawn_local(mount_after_profile(mounted.clone(), href, container))
        }
        None => {
            let mut m = mounted.borrow_mut();
            let props = props(&m.host, m.config.clone(), warnings);
            m.app = Some(yew::Renderer::<App>::with_root_and_props(container, props).render());
        }
    }
    Ok(MountHandle { mounted })
}

#[wasm_bindgen]
impl MountHandle {
    /// Re-reads the attributes (and the storage probe, for a changed `storage`) and re-renders if the
    /// configuration changed. Throws, keeping the widget as it was, when a new language has no messages yet.
    pub fn update(&mut self, local_storage_works: bool) -> Result<(), JsError> {
        match self.mounted.try_borrow_mut() {
            Ok(mut m) if m.app.is_some() => {
                m.local_storage_works = local_storage_works;
                m.render()
            }
            _ => Ok(()),
        }
    }

    /// Removes the widget from its container. Safe to call twice.
    pub fn unmount(&mut self) {
        if let Ok(mut m) = self.mounted.try_borrow_mut() {
            m.unmounted = true;
            if let Some(app) = m.app.take() {
                app.destroy();
            }
        }
    }
}
