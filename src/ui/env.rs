//! What every component of one widget instance shares: its locale, configuration, today's date, the host
//! element that receives `endorsement-result` events, its storage, and its live region.
//!
//! Tools read it with `use_context::<Env>()`. Component tests build one with [`Env::new`].

use crate::config::{Config, Tool};
use crate::forms::NumberStyle;
use crate::i18n::{Lang, Locale};
use crate::rules::Date;
use crate::ui::storage::Store;
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::Callback;

/// The context one widget instance provides to its components.
#[derive(Clone)]
pub struct Env {
    pub config: Rc<Config>,
    pub today: Date,
    /// The `<endorsement-navigator>` element; `None` in component tests.
    pub host: Option<HtmlElement>,
    /// Where tools keep their entries; see [`crate::ui::storage`] and [`crate::ui::persisted`].
    pub store: Store,
    /// Increases when the user clears their data. The frame keys each tool with it, so tools remount
    /// fresh; a tool only needs it if it caches something outside its own component state.
    pub reset_serial: u32,
    /// Puts a sentence into the widget's single polite live region; use [`Env::announce`].
    pub announcer: Callback<String>,
}

impl PartialEq for Env {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
            && self.today == other.today
            && self.host == other.host
            && self.store == other.store
            && self.reset_serial == other.reset_serial
            && self.announcer == other.announcer
    }
}

impl Env {
    /// An environment outside any page: no host element, storage in memory, announcements dropped.
    /// For component tests; the frame builds the real one.
    /// A tool rendered outside any widget (a bare component test): English, both credentials, storage in
    /// memory, today from the browser's clock.
    pub fn standalone() -> Env {
        Env::new(Rc::new(Config::default()), crate::api::today())
    }

    pub fn new(config: Rc<Config>, today: Date) -> Env {
        Env {
            today: config.today.unwrap_or(today),
            config,
            host: None,
            store: Store::memory(),
            reset_serial: 0,
            announcer: Callback::noop(),
        }
    }

    /// Tells screen-reader users about a new result or error, politely (after what they are hearing).
    /// Announce short sentences, once per user action, e.g. "You need 9 more training hours."
    pub fn announce(&self, text: impl Into<String>) {
        self.announcer.emit(text.into());
    }

    pub fn lang(&self) -> Lang {
        self.config.lang
    }

    /// How the visitor's language writes numbers, for reading what they type (see `forms`).
    pub fn number_style(&self) -> NumberStyle {
        crate::i18n::number_style(self.config.lang)
    }

    /// The widget's words and its ways of writing numbers and dates.
    pub fn locale(&self) -> Locale {
        Locale::new(self.config.lang)
    }

    /// Dispatches `endorsement-result` on the host element: `{ tool, input, output }` in the contract's JSON
    /// forms. Bubbles and crosses the shadow boundary so the host page can listen on `document`.
    pub fn emit_result<I: Serialize, O: Serialize>(&self, tool: Tool, input: &I, output: &O) {
        let Some(host) = &self.host else { return };
        let detail = js_sys::Object::new();
        let set = |key: &str, value: Option<JsValue>| {
            if let Some(value) = value {
                let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), &value);
            }
        };
        set("tool", Some(JsValue::from_str(tool.id())));
        set("input", crate::api::to_js_value(input));
        set("output", crate::api::to_js_value(output));
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict("endorsement-result", &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}
