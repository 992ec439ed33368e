//! "Clear my data" in the widget's footer.

use crate::i18n::Msg;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClearDataProps {
    pub on_clear: Callback<()>,
}

/// "Clear my data", confirmed in place (no browser dialog) so it works the same everywhere.
#[function_component]
pub fn ClearData(props: &ClearDataProps) -> Html {
    let t = super::widgets::use_locale();
    let confirming = use_state(|| false);
    let done = use_state(|| false);
    let start_ref = use_node_ref();
    let confirm_ref = use_node_ref();
    // Move focus into the question when it appears, and back to the button when it goes.
    {
        let start_ref = start_ref.clone();
        let confirm_ref = confirm_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*confirming, move |confirming| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let target = if *confirming { confirm_ref } else { start_ref };
            if let Some(element) = target.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    if *confirming {
        let on_yes = {
            let confirming = confirming.clone();
            let done = done.clone();
            let on_clear = props.on_clear.clone();
            Callback::from(move |_: MouseEvent| {
                on_clear.emit(());
                done.set(true);
                confirming.set(false);
            })
        };
        let on_no = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(false))
        };
        html! {
            <div class="en-clear en-clear--confirming">
                <p class="en-clear__question">{ t.text(Msg::ShellClearConfirmQuestion) }</p>
                <div class="en-button-row">
                    <button type="button" class="en-button en-button--danger" ref={confirm_ref} onclick={on_yes}>{ t.text(Msg::ShellClearConfirm) }</button>
                    <button type="button" class="en-button en-button--secondary" onclick={on_no}>{ t.text(Msg::ShellClearCancel) }</button>
                </div>
            </div>
        }
    } else {
        let on_start = {
            let confirming = confirming.clone();
            let done = done.clone();
            Callback::from(move |_: MouseEvent| {
                done.set(false);
                confirming.set(true);
            })
        };
        html! {
            <div class="en-clear">
                <button type="button" class="en-button en-button--secondary en-button--small" ref={start_ref} onclick={on_start}>{ t.text(Msg::ShellClearData) }</button>
                if *done {
                    <p class="en-clear__done">{ t.text(Msg::ShellCleared) }</p>
                }
            </div>
        }
    }
}
