//! "Copy a link to these answers" (CONTRACT §1 share links) and the notice a tool shows when answers
//! arrive from outside it: a share link, a file, or the finder's answers carried into the checker.

use super::browser;
use crate::config::Tool;
use crate::contract::export::Entries;
use crate::contract::share_link;
use crate::i18n::Msg;
use crate::ui::widgets::use_locale;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ShareLinkProps {
    pub tool: Tool,
    /// The answers on screen, as the tool's contract input with the titles and marks that travel with it;
    /// `None` while there is nothing to share.
    pub entries: Option<Rc<Entries>>,
}

/// What the last press of the button did with the link.
#[derive(Clone, PartialEq)]
enum Copy {
    NotYet,
    Done(String),
    /// The clipboard refused: the link is shown to copy by hand.
    ByHand(String),
}

/// The copy button, the sentence on what the link holds, and after a copy the link itself.
#[function_component]
pub fn ShareLink(props: &ShareLinkProps) -> Html {
    let t = use_locale();
    let copied = use_state(|| Copy::NotYet);
    let Some(entries) = props.entries.clone() else {
        return Html::default();
    };
    let onclick = {
        let copied = copied.clone();
        let tool = props.tool;
        Callback::from(move |_| {
            let Some(input) = browser::to_json(&entries.input.clone().without_context(), 0) else {
                return;
            };
            let json = share_link::link_json(&input, &entries);
            let page = browser::page_url().unwrap_or_default();
            let link = share_link::link(&page, tool, &json);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = browser::copy_text(&link).await;
                copied.set(if done {
                    Copy::Done(link)
                } else {
                    Copy::ByHand(link)
                });
            });
        })
    };
    let id = format!("en-share-{}", props.tool.id());
    let (status, link) = match &*copied {
        Copy::NotYet => (None, None),
        Copy::Done(link) => (Some(t.text(Msg::JourneyShareCopied)), Some(link.clone())),
        Copy::ByHand(link) => (
            Some(t.text(Msg::JourneyShareCopyByHand)),
            Some(link.clone()),
        ),
    };
    html! {
        <div class="en-share">
            <button type="button" class="en-button en-button--secondary" {onclick}>{ t.text(Msg::JourneyShareButton) }</button>
            <p class="en-hint">{ t.text(Msg::JourneyShareNote) }</p>
            if let Some(link) = link {
                <p class="en-share__status" role="status">{ status.unwrap_or_default() }</p>
                <label class="en-label" for={id.clone()}>{ t.text(Msg::JourneyShareField) }</label>
                <input class="en-input en-share__link" id={id} type="text" readonly=true value={link} />
            }
        </div>
    }
}
