//! Helpers shared by the browser tests (`tests/web_*.rs`), each of which includes this module.

// Each test crate uses the helpers it needs.
#![allow(dead_code)]

/// Adds both message tables, as `embed.js` adds the visitor's one: the wasm holds none of its own.
pub fn add_messages() {
    use endorsement_navigator::i18n::{Lang, add_table};
    for (lang, text) in [
        (Lang::En, include_str!("../../src/i18n/en.txt")),
        (Lang::Es, include_str!("../../src/i18n/es.txt")),
    ] {
        add_table(lang, text).expect("the tables of this build");
    }
}

/// A new `<div>` at the end of the document's body, to render into. The message tables are added
/// first, so every test that renders has its words.
pub fn mount_point() -> web_sys::Element {
    add_messages();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let div = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&div)
        .expect("appended");
    div
}

/// Rendering and effects run on Yew's scheduler; give them a few turns of the event loop.
pub async fn settle() {
    for _ in 0..5 {
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}
