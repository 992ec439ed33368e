//! What every component of one widget instance shares: its words, configuration, today's date, and the
//! host element that receives `endorsement-result` events.

use crate::config::{Config, Tool};
use crate::i18n::{self, Lang, Texts};
use crate::rules::Date;
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// The context one widget instance provides to its components.
#[derive(Clone)]
pub struct Env {
    pub config: Rc<Config>,
    pub today: Date,
    /// The `<endorsement-navigator>` element; `None` in component tests.
    pub host: Option<HtmlElement>,
}

impl PartialEq for Env {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
            && self.today == other.today
            && self.host == other.host
    }
}

impl Env {
    pub fn lang(&self) -> Lang {
        self.config.lang
    }

    pub fn texts(&self) -> &'static Texts {
        i18n::texts(self.config.lang)
    }

    /// Dispatches `endorsement-result` on the host element: `{ tool, input, output }` in the contract's JSON
    /// forms. Bubbles and crosses the shadow boundary so the host page can listen on `document`.
    pub fn emit_result<I: Serialize, O: Serialize>(&self, tool: Tool, input: &I, output: &O) {
        let Some(host) = &self.host else { return };
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        let detail = js_sys::Object::new();
        let set = |key: &str, value: Result<JsValue, serde_wasm_bindgen::Error>| {
            if let Ok(value) = value {
                let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), &value);
            }
        };
        set("tool", Ok(JsValue::from_str(tool.id())));
        set("input", input.serialize(&serializer));
        set("output", output.serialize(&serializer));
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict("endorsement-result", &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}
