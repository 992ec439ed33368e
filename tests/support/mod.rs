//! Helpers shared by the browser tests (`tests/web_*.rs`), each of which includes this module.

// Each test crate uses the helpers it needs.
#![allow(dead_code)]

/// A new `<div>` at the end of the document's body, to render into.
pub fn mount_point() -> web_sys::Element {
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
