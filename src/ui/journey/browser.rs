//! The browser services behind share links, the calendar file and export/import: the page's address,
//! JSON text, the clipboard, a download, a chosen file. Each fails softly (`None`/`false`), so a page
//! that blocks one of them loses that feature, never the widget.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The page's fragment (`location.hash`, with its `#`), or `None` when there is none.
pub fn location_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    (!hash.is_empty()).then_some(hash)
}

/// The page's address, fragment included.
pub fn page_url() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// Takes the share link's fragment off the address without a reload or a new history entry, so that a
/// reload does not offer the same shared answers again.
pub fn drop_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(href), Ok(history)) = (window.location().href(), window.history()) else {
        return;
    };
    let page = href.split('#').next().unwrap_or(&href);
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(page));
}

/// `value` as JSON text (`JSON.stringify`; no JSON library in the wasm). `indent` spaces a level, 0 for
/// one line.
pub fn to_json<T: Serialize>(value: &T, indent: u32) -> Option<String> {
    let js = crate::api::to_js_value(value)?;
    let text = if indent == 0 {
        js_sys::JSON::stringify(&js)
    } else {
        js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &JsValue::from(indent))
    };
    text.ok()?.as_string()
}

/// `JSON.parse`, `None` for text that is not JSON.
pub fn parse_json(text: &str) -> Option<JsValue> {
    js_sys::JSON::parse(text).ok()
}

/// Puts `text` on the clipboard. `false` where the page may not (no secure context, permission refused,
/// an old browser): the caller then shows the text to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is undefined outside secure contexts; calling through it would throw.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Offers `text` as a file download named `file_name`. The link is made inside `parent` (the widget's own
/// tree), clicked, and removed again. `false` when the browser refused.
pub fn download(parent: &web_sys::Element, file_name: &str, mime: &str, text: &str) -> bool {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let clicked = (|| {
        let document = web_sys::window()?.document()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        parent.append_child(&link).ok()?;
        link.click();
        link.remove();
        Some(())
    })();
    // Some browsers read the blob after the click handler returns, so the address is let go a minute later
    // rather than at once.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    clicked.is_some()
}

/// The text of the file chosen in `input`, `None` when no file was chosen or it cannot be read.
pub async fn chosen_file_text(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    JsFuture::from(file.text()).await.ok()?.as_string()
}
