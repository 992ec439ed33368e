//! Browser tests of the shell: storage per association and tool (round trip, corrupt and foreign values
//! set aside, `storage="none"` writes nothing) and the `endorsement-result` event's shape.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::config::{Config, StorageMode, Tool};
use endorsement_navigator::forms::saved::FromJson;
use endorsement_navigator::rules::Date;
use endorsement_navigator::rules::json::Json;
use endorsement_navigator::ui::storage::{Loaded, SetAsideReason, Store, key};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod support;

#[derive(Debug, Default, PartialEq, Serialize)]
struct Saved {
    hours: f64,
    note: String,
}

/// Both members must be there, of their kinds, as a tool's saved state must be.
impl FromJson for Saved {
    fn from_json(json: &Json) -> Option<Self> {
        let Json::Number(hours) = json.get("hours")? else {
            return None;
        };
        Some(Saved {
            hours: *hours,
            note: String::from_json(json.get("note")?)?,
        })
    }
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
    let host: web_sys::HtmlElement = support::mount_point().dyn_into().expect("an HTML element");
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

fn mount_app(config: Config) -> web_sys::Element {
    use endorsement_navigator::ui::{App, AppProps};
    let div = support::mount_point();
    yew::Renderer::<App>::with_root_and_props(
        div.clone(),
        AppProps {
            config: std::rc::Rc::new(config),
            today: Date::from_ymd(2026, 11, 22).expect("a real date"),
            host: None,
            warnings: Default::default(),
        },
    )
    .render();
    div
}

fn tabs(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all("[role=tab]").expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("query")
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn tabs_follow_the_configured_tools_and_switch() {
    let config = Config {
        tools: vec![Tool::Renewal, Tool::Checker],
        association: Some("Tabs AIMH".into()),
        storage: StorageMode::None,
        ..Config::default()
    };
    let root = mount_app(config);
    support::settle().await;
    let t = tabs(&root);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].id(), "en-tab-renewal");
    assert_eq!(t[0].get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(t[1].get_attribute("tabindex").as_deref(), Some("-1"));
    assert!(text(&root, ".en-frame__association").contains("Tabs AIMH"));
    assert_eq!(
        root.query_selector("[role=tabpanel]")
            .expect("query")
            .and_then(|p| p.get_attribute("aria-labelledby"))
            .as_deref(),
        Some("en-tab-renewal")
    );

    t[1].click();
    support::settle().await;
    let t = tabs(&root);
    assert_eq!(t[1].get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(
        t[0].get_attribute("aria-selected").as_deref(),
        Some("false")
    );
    assert_eq!(
        root.query_selector("[role=tabpanel]")
            .expect("query")
            .map(|p| p.id())
            .as_deref(),
        Some("en-panel-checker")
    );

    // Arrow keys move between tabs (and wrap around).
    // Built through js_sys: the crate does not enable web-sys's KeyboardEventInit.
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &"ArrowRight".into()).expect("key");
    js_sys::Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE).expect("bubbles");
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&js_sys::global(), &"KeyboardEvent".into())
            .expect("KeyboardEvent")
            .dyn_into()
            .expect("a constructor");
    let event: web_sys::Event =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"keydown".into(), &init))
            .expect("event")
            .dyn_into()
            .expect("an event");
    t[1].dispatch_event(&event).expect("dispatch");
    support::settle().await;
    assert_eq!(
        tabs(&root)[0].get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_single_tool_has_no_tab_list() {
    let root = mount_app(Config {
        tools: vec![Tool::Checker],
        storage: StorageMode::None,
        ..Config::default()
    });
    support::settle().await;
    assert!(tabs(&root).is_empty());
    assert!(root.query_selector("h2").expect("query").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn clear_my_data_asks_first_then_clears_this_association() {
    let association = "Clear Data AIMH";
    let store = Store::new(Some(association), StorageMode::Local);
    store.save(Tool::Checker, &Saved::default());
    let keep = Store::new(Some("Someone Else AIMH"), StorageMode::Local);
    keep.save(Tool::Checker, &Saved::default());

    let root = mount_app(Config {
        association: Some(association.into()),
        ..Config::default()
    });
    support::settle().await;
    let button = |selector: &str| -> web_sys::HtmlElement {
        root.query_selector(selector)
            .expect("query")
            .expect("button present")
            .dyn_into()
            .expect("an HTML element")
    };
    button(".en-clear button").click();
    support::settle().await;
    // Asking is not clearing.
    assert!(matches!(
        store.load::<Saved>(Tool::Checker),
        Loaded::Restored(_)
    ));
    assert!(text(&root, ".en-clear__question").len() > 10);
    button(".en-clear .en-button--danger").click();
    support::settle().await;
    assert_eq!(store.load::<Saved>(Tool::Checker), Loaded::Fresh);
    assert!(matches!(
        keep.load::<Saved>(Tool::Checker),
        Loaded::Restored(_)
    ));
    assert!(!text(&root, ".en-clear__done").is_empty());
    assert!(!text(&root, "[role=status][aria-live=polite]").is_empty());
    keep.clear_all();
    root.remove();
}

/// Mounts the app with `attributes` read as the host's and gives back the text of the settings note
/// (empty when there is none).
async fn settings_note(attributes: &[(&str, &str)]) -> String {
    use endorsement_navigator::ui::{App, AppProps};
    let (config, warnings) = Config::from_attributes(
        |name| {
            attributes
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        },
        None,
    );
    let root = support::mount_point();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            config: std::rc::Rc::new(Config {
                storage: StorageMode::None,
                ..config
            }),
            today: Date::from_ymd(2026, 11, 22).expect("a real date"),
            host: None,
            warnings: std::rc::Rc::new(warnings),
        },
    )
    .render();
    support::settle().await;
    let notes = root
        .query_selector_all(".en-frame__settings")
        .expect("query");
    assert!(notes.length() <= 1, "one note at most");
    let text = notes
        .get(0)
        .and_then(|n| n.text_content())
        .unwrap_or_default();
    root.remove();
    text
}

#[wasm_bindgen_test]
async fn only_settings_whose_fallback_could_mislead_are_shown_on_screen() {
    // Unreadable credentials fall back to both: the visitor may be offered one the association lacks.
    let both = settings_note(&[
        ("credentials", "foo bar"),
        ("tools", "bogus"),
        ("today", "nope"),
        ("apply-url", "javascript:alert(1)"),
    ])
    .await;
    assert!(both.contains("both IMH-E® and ECMH-E® are shown"), "{both}");
    // One of two read: only that one is offered, and the note names the other.
    let one = settings_note(&[("credentials", "imh, ecmhh")]).await;
    assert!(one.contains("only IMH-E® is shown"), "{one}");
    assert!(one.contains("may offer ECMH-E® as well"), "{one}");
    // The other fallbacks leave nothing untrue on screen: console only.
    let none = settings_note(&[
        ("tools", "bogus"),
        ("today", "nope"),
        ("apply-url", "ftp://example.org"),
        ("lang", "fr"),
        ("storage", "sometimes"),
        ("contact-email", "nobody"),
    ])
    .await;
    assert_eq!(none, "");
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
struct Counter {
    count: u32,
}

impl FromJson for Counter {
    fn from_json(json: &Json) -> Option<Self> {
        Some(Counter {
            count: u32::from_json(json.get("count")?)?,
        })
    }
}

impl yew::Reducible for Counter {
    type Action = ();
    fn reduce(self: std::rc::Rc<Self>, _: ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Counter {
            count: self.count + 1,
        })
    }
}

#[yew::function_component]
fn CounterTool() -> yew::Html {
    use endorsement_navigator::ui::persisted::use_persisted_reducer;
    let persisted = use_persisted_reducer(Tool::Renewal, Counter::default);
    let state = persisted.state.clone();
    let onclick = yew::Callback::from(move |_: yew::MouseEvent| state.dispatch(()));
    yew::html! {
        <div>
            <button {onclick}>{ persisted.state.count }</button>
            if let Some(notice) = persisted.notice.clone() { <p class="notice">{ notice }</p> }
        </div>
    }
}

#[derive(yew::Properties, PartialEq)]
struct WithEnvProps {
    env: endorsement_navigator::ui::env::Env,
}

#[yew::function_component]
fn WithEnv(props: &WithEnvProps) -> yew::Html {
    yew::html! {
        <yew::ContextProvider<endorsement_navigator::ui::env::Env> context={props.env.clone()}>
            <CounterTool />
        </yew::ContextProvider<endorsement_navigator::ui::env::Env>>
    }
}

fn mount_counter(store: &Store) -> web_sys::Element {
    let div = support::mount_point();
    let env = endorsement_navigator::ui::env::Env {
        store: store.clone(),
        ..endorsement_navigator::ui::env::Env::new(
            std::rc::Rc::new(Config::default()),
            Date::from_ymd(2026, 11, 22).expect("a real date"),
        )
    };
    yew::Renderer::<WithEnv>::with_root_and_props(div.clone(), WithEnvProps { env }).render();
    div
}

#[wasm_bindgen_test]
async fn use_persisted_reducer_saves_restores_and_reports_set_aside_values() {
    let association = Some("Hook AIMH");
    let store = Store::new(association, StorageMode::Local);
    store.clear_all();
    let root = mount_counter(&store);
    support::settle().await;
    // Mounting alone writes nothing.
    assert_eq!(
        local()
            .get_item(&key(association, Tool::Renewal))
            .expect("get"),
        None
    );
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .expect("query")
        .expect("button")
        .dyn_into()
        .expect("html");
    button.click();
    button.click();
    support::settle().await;
    assert_eq!(
        store.load::<Counter>(Tool::Renewal),
        Loaded::Restored(Counter { count: 2 })
    );
    root.remove();

    // A new mount restores the saved state.
    let root = mount_counter(&store);
    support::settle().await;
    assert_eq!(text(&root, "button"), "2");
    assert!(root.query_selector(".notice").expect("query").is_none());
    root.remove();

    // A corrupt value: the tool starts fresh and says so.
    local()
        .set_item(&key(association, Tool::Renewal), "]]")
        .expect("set");
    let root = mount_counter(&store);
    support::settle().await;
    assert_eq!(text(&root, "button"), "0");
    assert!(!text(&root, ".notice").is_empty());
    root.remove();
    store.clear_all();
}

#[wasm_bindgen_test]
fn choices_map_positions_back_to_domain_values() {
    use endorsement_navigator::rules::Category;
    use endorsement_navigator::ui::widgets::{Choice, Choices};
    use std::cell::RefCell;
    use std::rc::Rc;

    let picked = Rc::new(RefCell::new(Vec::new()));
    let options = vec![
        Choice::new(Category::FamilyAssociate, "Family Associate"),
        Choice::new(Category::FamilySpecialist, "Family Specialist").with_hint("hint"),
    ];
    let on_change = {
        let picked = picked.clone();
        yew::Callback::from(move |c: Category| picked.borrow_mut().push(c))
    };
    let choices = Choices::new(options.clone(), Some(Category::FamilySpecialist), on_change);
    assert_eq!(choices.selected, Some(1));
    assert_eq!(choices.options[1].label.as_str(), "Family Specialist");
    assert_eq!(choices.options[1].hint.as_deref(), Some("hint"));
    choices.on_pick.emit(0);
    choices.on_pick.emit(7); // not a position: ignored
    assert_eq!(*picked.borrow(), vec![Category::FamilyAssociate]);

    let none = Choices::new(options, Some(Category::MentorPolicy), yew::Callback::noop());
    assert_eq!(none.selected, None, "a value not offered selects nothing");
}
