//! "Print or save as PDF": prints the result alone, not the host page around the widget.
//!
//! The widget is a guest inside someone else's page, and the browser prints whole pages. So for the time of
//! one printout the widget's element is marked and a print-only stylesheet is adopted by the host document
//! that hides everything of the page that neither is nor holds that element (a constructed stylesheet, which
//! a strict `style-src 'self'` CSP allows). Inside the widget, `90-print.css` lays the result out for paper;
//! the lists that are folded on screen ("Not shown yet (4)") are opened, so that what is missing reaches
//! the paper. Everything is put back when the browser says the printout is done (`afterprint`). Where a
//! browser lacks `:has()` the rule is ignored and the whole page prints, as with the browser's own menu.

use super::use_locale;
use crate::i18n::Msg;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use yew::prelude::*;

/// The attribute that marks the element being printed.
const MARK: &str = "data-en-printing";
/// Hides, on paper only, every element of the host page that is not the marked element or one holding it.
const HOST_CSS: &str = "@media print{body :not(:has([data-en-printing])):not([data-en-printing]){display:none!important}[data-en-printing]{margin:0!important}}";

/// The button, for any tool's result.
#[function_component]
pub fn PrintButton() -> Html {
    let t = use_locale();
    let button = use_node_ref();
    let onclick = {
        let button = button.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(button) = button.cast::<web_sys::Element>() {
                print_alone(&button);
            }
        })
    };
    html! {
        <div class="en-print">
            <button type="button" class="en-button en-button--secondary" ref={button} {onclick}>
                { t.text(Msg::JourneyPrintButton) }
            </button>
        </div>
    }
}

/// Prints the widget holding `inside` without the rest of the page. Each step that a page or browser
/// refuses is skipped: the printout then holds more, never less.
fn print_alone(inside: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let widget = inside.get_root_node();
    // The element of the page's own tree that holds the widget: its custom element, or the shadow host of
    // a component that holds it in turn.
    let mut host = inside.clone();
    while let Ok(shadow) = host.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        host = shadow.host();
    }
    let _ = host.set_attribute(MARK, "");
    let sheet = window.document().and_then(|document| {
        let sheet = web_sys::CssStyleSheet::new().ok()?;
        sheet.replace_sync(HOST_CSS).ok()?;
        let sheets = document.adopted_style_sheets();
        sheets.push(&sheet);
        document.set_adopted_style_sheets(&sheets);
        Some((document, sheet))
    });
    let opened = open_lists(&widget);
    let done = Closure::once_into_js(move || {
        let _ = host.remove_attribute(MARK);
        if let Some((document, sheet)) = sheet {
            let sheets = document.adopted_style_sheets();
            let kept = sheets.filter(&mut |s, _, _| s != JsValue::from(&sheet));
            document.set_adopted_style_sheets(&kept);
        }
        for list in opened {
            let _ = list.remove_attribute("open");
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        done.unchecked_ref(),
        &options,
    );
    let _ = window.print();
}

/// Opens every folded list of the widget; returns the ones it opened, to fold again afterwards.
fn open_lists(widget: &web_sys::Node) -> Vec<web_sys::Element> {
    let found = match widget.dyn_ref::<web_sys::ShadowRoot>() {
        Some(root) => root.query_selector_all("details:not([open])"),
        None => return Vec::new(),
    };
    let Ok(found) = found else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(|list| list.set_attribute("open", "").is_ok())
        .collect()
}
