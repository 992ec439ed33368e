//! Browser tests of the shell: storage per association and tool (round trip, corrupt and foreign values
//! set aside, `storage="none"` writes nothing) and the `endorsement-result` event's shape.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::config::{Config, StorageMode, Tool};
use endorsement_navigator::rules::Date;
use endorsement_navigator::ui::storage::{Loaded, SetAsideReason, Store, key};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Saved {
    hours: f64,
    note: String,
}

fn local() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

#[wasm_bindgen_test]
fn saved_state_round_trips_per_association_and_tool() {
    let store = Store::new(Some("Round Trip AIMH"), StorageMode::Local);
    store.clear_all();
    let saved = Saved {
        hours: 1.5,
        note: "attachment".into(),
    };
    store.save(Tool::Checker, &saved);
    assert_eq!(store.load::<Saved>(Tool::Checker), Loaded::Restored(saved));
    assert_eq!(store.load::<Saved>(Tool::Renewal), Loaded::Fresh);
    // Another association does not see it.
    let other = Store::new(Some("Other AIMH"), StorageMode::Local);
    assert_eq!(other.load::<Saved>(Tool::Checker), Loaded::Fresh);
    store.clear_all();
    assert_eq!(store.load::<Saved>(Tool::Checker), Loaded::Fresh);
}

#[wasm_bindgen_test]
fn corrupt_and_foreign_values_are_set_aside_not_fatal() {
    let association = Some("Set Aside AIMH");
    let store = Store::new(association, StorageMode::Local);
    store.clear_all();
    let storage = local();
    let k = key(association, Tool::Renewal);

    storage.set_item(&k, "{not json").expect("set");
    assert_eq!(
        store.load::<Saved>(Tool::Renewal),
        Loaded::SetAside {
            reason: SetAsideReason::Corrupt
        }
    );
    assert_eq!(
        storage.get_item(&k).expect("get"),
        None,
        "the bad value left its key"
    );
    assert_eq!(
        storage
            .get_item(&format!("{k}:set-aside"))
            .expect("get")
            .as_deref(),
        Some("{not json")
    );

    storage
        .set_item(&k, r#"{"schema":99,"data":{}}"#)
        .expect("set");
    assert_eq!(
        store.load::<Saved>(Tool::Renewal),
        Loaded::SetAside {
            reason: SetAsideReason::OtherSchema
        }
    );

    storage
        .set_item(&k, r#"{"schema":1,"data":{"hours":"lots"}}"#)
        .expect("set");
    assert_eq!(
        store.load::<Saved>(Tool::Renewal),
        Loaded::SetAside {
            reason: SetAsideReason::Unreadable
        }
    );
    store.clear_all();
}

#[wasm_bindgen_test]
fn storage_none_keeps_nothing_in_local_storage() {
    let association = Some("No Storage AIMH");
    let store = Store::new(association, StorageMode::None);
    store.save(
        Tool::Category,
        &Saved {
            hours: 2.0,
            note: String::new(),
        },
    );
    assert_eq!(
        local()
            .get_item(&key(association, Tool::Category))
            .expect("get"),
        None
    );
}

#[wasm_bindgen_test]
fn results_reach_the_document_as_composed_bubbling_events() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let host: web_sys::HtmlElement = document
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("an HTML element");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let env = endorsement_navigator::ui::env::Env {
        host: Some(host.clone()),
        ..endorsement_navigator::ui::env::Env::new(
            std::rc::Rc::new(Config::default()),
            Date::from_ymd(2026, 11, 22).expect("a real date"),
        )
    };

    let seen = std::rc::Rc::new(std::cell::RefCell::new(None::<web_sys::CustomEvent>));
    let record = {
        let seen = seen.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            *seen.borrow_mut() = Some(e);
        })
    };
    document
        .add_event_listener_with_callback("endorsement-result", record.as_ref().unchecked_ref())
        .expect("listen");
    env.emit_result(
        Tool::Checker,
        &Saved {
            hours: 3.0,
            note: "in".into(),
        },
        &Saved::default(),
    );
    document
        .remove_event_listener_with_callback("endorsement-result", record.as_ref().unchecked_ref())
        .expect("unlisten");

    let event = seen
        .borrow_mut()
        .take()
        .expect("the event reached the document");
    assert!(event.bubbles() && event.composed());
    let detail = event.detail();
    let get = |k: &str| js_sys::Reflect::get(&detail, &JsValue::from_str(k)).expect("field");
    assert_eq!(get("tool").as_string().as_deref(), Some("checker"));
    let input = get("input");
    assert_eq!(
        js_sys::Reflect::get(&input, &"hours".into())
            .expect("hours")
            .as_f64(),
        Some(3.0)
    );
    assert!(get("output").is_object());
    host.remove();
}
