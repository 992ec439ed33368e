//! Keeping a tool's entries between visits, per association and tool.
//!
//! # For tool engineers: persisting your state
//!
//! The easy way is the hook [`crate::ui::persisted::use_persisted_reducer`], a drop-in for `use_reducer`:
//!
//! ```ignore
//! use crate::config::Tool;
//! use crate::ui::persisted::use_persisted_reducer;
//!
//! // Your state must be `Reducible + PartialEq + Serialize + FromJson` (see `forms::saved`). Mark transient
//! // fields (the current step, "show errors" flags…) `#[serde(skip)]`; its reader gives missing members
//! // their defaults, so older saved values still load when you add a field.
//! let persisted = use_persisted_reducer(Tool::Renewal, RenewalState::default);
//! let state = persisted.state;            // a UseReducerHandle<RenewalState>, as use_reducer gives
//! if let Some(notice) = &persisted.notice {
//!     // Saved data could not be read and was set aside: show it, e.g.
//!     // html! { <Notice kind={NoticeKind::Warning}>{ notice.clone() }</Notice> }
//! }
//! ```
//!
//! The hook loads once on mount, then saves after every change of the state (compared with
//! `PartialEq`). It never panics: corrupt, foreign or old-schema values are moved aside
//! (`…:set-aside` key) and the tool starts from `init()`. With `storage="none"`, or where
//! `localStorage` is unavailable (Safari private mode, sandboxed iframes), nothing touches
//! `localStorage`: values live in memory for this widget instance only, so switching tabs still keeps
//! the entries. "Clear my data" (in the frame) clears every tool and remounts them, so they start fresh.
//!
//! The lower-level API is [`Store`] (available as `env.store`): [`Store::load`], [`Store::save`],
//! [`Store::clear_all`].
//!
//! Keys: `endorsement-navigator:v1:<association-slug>:<tool>`; values: `{"schema":1,"data":…}` written
//! with `JSON.stringify` of the value's `rules::json` tree, read back with `JSON.parse` and the tree reader
//! (no serde_json in the wasm).

use crate::config::{StorageMode, Tool};
use crate::forms::saved::FromJson;
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// The version of the stored wrapper and of every tool's stored data; bump it to set old values aside.
pub const SCHEMA: u32 = 1;
const PREFIX: &str = "endorsement-navigator:v1";
const SET_ASIDE: &str = "set-aside";
/// The key (after the association's prefix) of the tool last open; not a tool id, so it never clashes.
const LAST_TOOL: &str = "last-tool";

/// What [`Store::load`] found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded<T> {
    /// Nothing saved yet (or storage is off).
    Fresh,
    Restored(T),
    /// Something was saved but could not be read; it was moved to the `…:set-aside` key.
    SetAside {
        reason: SetAsideReason,
    },
}

/// Why a stored value was set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetAsideReason {
    /// Not JSON, or JSON without the `{ schema, data }` wrapper.
    Corrupt,
    /// Written by another version of the navigator.
    OtherSchema,
    /// The wrapper was fine but the data does not fit this tool's state.
    Unreadable,
}

enum Backend {
    Local(web_sys::Storage),
    /// For `storage="none"` and when `localStorage` is unavailable: per instance, gone on reload.
    /// A handful of keys (one per tool and a set-aside copy): a list is enough, and smaller than a map.
    Memory(RefCell<Vec<(String, String)>>),
}

/// Storage for one widget instance: one association, all its tools. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    inner: Rc<StoreInner>,
}

struct StoreInner {
    /// `endorsement-navigator:v1:<slug>:` — every key of this association starts with it.
    prefix: String,
    backend: Backend,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("prefix", &self.inner.prefix)
            .field("local", &self.is_local())
            .finish()
    }
}

/// Lower-case letters and digits joined by single dashes: "Example AIMH (Ohio)" → "example-aimh-ohio".
pub fn slug(association: Option<&str>) -> String {
    let mut out = String::new();
    for c in association.unwrap_or("").chars() {
        // ASCII letters are folded; other letters are kept as they are, which is enough for a stable key
        // and spares the bundle the full Unicode case tables.
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "default".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// The `localStorage` key of one association's tool.
pub fn key(association: Option<&str>, tool: Tool) -> String {
    format!("{PREFIX}:{}:{}", slug(association), tool.id())
}

/// `localStorage`. Whether this page may use it was probed once, by `embed.js` (reading the property throws
/// in sandboxed iframes, and some browsers refuse only the first write), before the widget was mounted:
/// where the probe failed, the widget's configuration says `StorageMode::None` (src/embed.rs).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl Store {
    /// The store of one association. `StorageMode::None` never touches `localStorage`.
    pub fn new(association: Option<&str>, mode: StorageMode) -> Store {
        let local = match mode {
            StorageMode::Local => local_storage(),
            StorageMode::None => None,
        };
        Store {
            inner: Rc::new(StoreInner {
                prefix: format!("{PREFIX}:{}:", slug(association)),
                backend: match local {
                    Some(storage) => Backend::Local(storage),
                    None => Backend::Memory(RefCell::default()),
                },
            }),
        }
    }

    /// A store that only keeps values in memory (component tests).
    pub fn memory() -> Store {
        Store::new(None, StorageMode::None)
    }

    /// Whether values survive a reload (i.e. `localStorage` is in use).
    pub fn is_local(&self) -> bool {
        matches!(self.inner.backend, Backend::Local(_))
    }

    /// The key of `tool` in this store.
    pub fn key(&self, tool: Tool) -> String {
        format!("{}{}", self.inner.prefix, tool.id())
    }

    fn get(&self, key: &str) -> Option<String> {
        match &self.inner.backend {
            Backend::Local(s) => s.get_item(key).ok().flatten(),
            Backend::Memory(m) => m
                .borrow()
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone()),
        }
    }

    fn set(&self, key: &str, value: &str) {
        match &self.inner.backend {
            // A full quota only means the entries are not kept; the tool keeps working.
            Backend::Local(s) => {
                let _ = s.set_item(key, value);
            }
            Backend::Memory(m) => {
                let mut entries = m.borrow_mut();
                entries.retain(|(k, _)| k != key);
                entries.push((key.to_owned(), value.to_owned()));
            }
        }
    }

    fn remove(&self, key: &str) {
        match &self.inner.backend {
            Backend::Local(s) => {
                let _ = s.remove_item(key);
            }
            Backend::Memory(m) => {
                m.borrow_mut().retain(|(k, _)| k != key);
            }
        }
    }

    /// The saved state of `tool`. Never fails: what cannot be read is moved aside and reported.
    pub fn load<T: FromJson>(&self, tool: Tool) -> Loaded<T> {
        // Only the last step depends on `T`; the rest is shared by every tool's state.
        match self.load_value(tool) {
            Loaded::Restored(data) => match T::from_json(&crate::api::json_of(&data)) {
                Some(value) => Loaded::Restored(value),
                None => self.set_aside(tool, SetAsideReason::Unreadable),
            },
            Loaded::Fresh => Loaded::Fresh,
            Loaded::SetAside { reason } => Loaded::SetAside { reason },
        }
    }

    /// The `data` of the saved wrapper of `tool`, or why the wrapper was set aside.
    fn load_value(&self, tool: Tool) -> Loaded<JsValue> {
        let Some(raw) = self.get(&self.key(tool)) else {
            return Loaded::Fresh;
        };
        match unwrap(&raw) {
            Ok(data) => Loaded::Restored(data),
            Err(reason) => self.set_aside(tool, reason),
        }
    }

    /// Moves the saved value of `tool` to its `…:set-aside` key.
    fn set_aside<T>(&self, tool: Tool, reason: SetAsideReason) -> Loaded<T> {
        self.move_aside(tool);
        Loaded::SetAside { reason }
    }

    fn move_aside(&self, tool: Tool) {
        let key = self.key(tool);
        if let Some(raw) = self.get(&key) {
            self.set(&format!("{key}:{SET_ASIDE}"), &raw);
            self.remove(&key);
        }
    }

    /// Saves the state of `tool` (silently does nothing if it cannot be serialized or stored).
    pub fn save<T: Serialize>(&self, tool: Tool, data: &T) {
        if let Some(data) = crate::api::to_js_value(data) {
            self.save_value(tool, &data);
        }
    }

    fn save_value(&self, tool: Tool, data: &JsValue) {
        if let Some(text) = wrap(data) {
            self.set(&self.key(tool), &text);
        }
    }

    /// The tool the person last had open, so the widget opens on it again.
    pub fn last_tool(&self) -> Option<Tool> {
        let id = self.get(&format!("{}{LAST_TOOL}", self.inner.prefix))?;
        Tool::ALL.into_iter().find(|t| t.id() == id)
    }

    pub fn set_last_tool(&self, tool: Tool) {
        self.set(&format!("{}{LAST_TOOL}", self.inner.prefix), tool.id());
    }

    /// Removes everything this association's widget stored, for every tool.
    pub fn clear_all(&self) {
        match &self.inner.backend {
            Backend::Local(s) => {
                let len = s.length().unwrap_or(0);
                let mut keys = Vec::new();
                for i in 0..len {
                    if let Ok(Some(k)) = s.key(i)
                        && k.starts_with(&self.inner.prefix)
                    {
                        keys.push(k);
                    }
                }
                for k in keys {
                    let _ = s.remove_item(&k);
                }
            }
            Backend::Memory(m) => m.borrow_mut().clear(),
        }
    }
}

/// `{"schema":1,"data":…}` as JSON text.
fn wrap(data: &JsValue) -> Option<String> {
    let wrapper = js_sys::Object::new();
    js_sys::Reflect::set(&wrapper, &"schema".into(), &JsValue::from(SCHEMA)).ok()?;
    js_sys::Reflect::set(&wrapper, &"data".into(), data).ok()?;
    js_sys::JSON::stringify(&wrapper).ok()?.as_string()
}

/// The `data` of a `{"schema":1,"data":…}` text.
fn unwrap(raw: &str) -> Result<JsValue, SetAsideReason> {
    let value = js_sys::JSON::parse(raw).map_err(|_| SetAsideReason::Corrupt)?;
    if !value.is_object() {
        return Err(SetAsideReason::Corrupt);
    }
    let schema =
        js_sys::Reflect::get(&value, &"schema".into()).map_err(|_| SetAsideReason::Corrupt)?;
    let data = js_sys::Reflect::get(&value, &"data".into()).map_err(|_| SetAsideReason::Corrupt)?;
    if schema.is_undefined() || data.is_undefined() {
        return Err(SetAsideReason::Corrupt);
    }
    if schema.as_f64() != Some(f64::from(SCHEMA)) {
        return Err(SetAsideReason::OtherSchema);
    }
    Ok(data)
}
