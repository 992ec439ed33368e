//! Answers arriving in a tool from outside it, and the notice that asks before they replace anything.

use super::browser;
use crate::config::Tool;
use crate::contract::export::Entries;
use crate::contract::share_link::{self, ShareLinkError};
use crate::i18n::Msg;
use crate::ui::widgets::{Notice, NoticeKind, use_locale};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Where arriving answers come from; the notice names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A share link the page was opened with.
    Link,
    /// A file of entries the person loaded.
    File,
    /// The finder's answers, carried into the checker.
    Answers,
}

/// Answers waiting for a tool to show them: an event, held by whoever received it until the tool reports
/// it shown or declined (`on_done`), and then dropped. So the next arrival, even of the same answers, is a
/// change the tool notices, without a counter to tell the two apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrival {
    pub source: Source,
    pub entries: Rc<Entries>,
    /// Whether the tool has been told of it (`on_arrive`): once per arrival, however often the tool is
    /// mounted while it waits (a tab switch while its question is open must not apply it again).
    told: Rc<Cell<bool>>,
}

impl Arrival {
    pub fn new(source: Source, entries: Rc<Entries>) -> Arrival {
        Arrival {
            source,
            entries,
            told: Rc::default(),
        }
    }

    pub fn tool(&self) -> Tool {
        self.entries.input.tool()
    }
}

/// The share link the page was opened with, if its fragment is one: the answers, or why they cannot be
/// read. A link for a tool this element does not show is left for another element on the page.
pub fn from_location(tools: &[Tool]) -> Option<Result<Arrival, ShareLinkError>> {
    let read = share_link::read_fragment(&browser::location_hash()?)?;
    let arrival = read.and_then(|shared| {
        let value = browser::parse_json(&shared.json).ok_or(ShareLinkError::NotJson)?;
        let tree = crate::api::json_of(&value);
        let entries = share_link::read_entries(&shared, &tree)?;
        Ok(Arrival::new(Source::Link, Rc::new(entries)))
    });
    match arrival {
        Ok(arrival) if !tools.contains(&arrival.tool()) => None,
        other => Some(other),
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ArrivalNoticeProps {
    pub arrival: Option<Arrival>,
    /// The tool holds answers of the person's own, which arriving ones would replace.
    pub has_entries: bool,
    /// Puts the arriving entries in place of the tool's.
    pub on_restore: Callback<Arrival>,
    /// The arrival was shown or declined; it is not offered again.
    pub on_done: Callback<()>,
    /// Each arrival as it comes, after the entries were put in place when nothing had to be asked: the
    /// checker applies the category and credential the finder hands over even when it asks about the
    /// entries.
    #[prop_or_default]
    pub on_arrive: Callback<Arrival>,
}

/// Applies arriving answers at once when the tool is empty; otherwise asks first. Then says where what is
/// on screen came from.
#[function_component]
pub fn ArrivalNotice(props: &ArrivalNoticeProps) -> Html {
    let t = use_locale();
    let pending = use_state(|| None::<Arrival>);
    let shown = use_state(|| None::<Source>);
    {
        let props = props.clone();
        let pending = pending.clone();
        let shown = shown.clone();
        use_effect_with(props.arrival.clone(), move |arrival| {
            if let Some(arrival) = arrival {
                if props.has_entries {
                    pending.set(Some(arrival.clone()));
                } else {
                    props.on_restore.emit(arrival.clone());
                    shown.set(Some(arrival.source));
                    props.on_done.emit(());
                }
                if !arrival.told.replace(true) {
                    props.on_arrive.emit(arrival.clone());
                }
            }
        });
    }
    if let Some(arrival) = &*pending {
        let source = arrival.source;
        let on_replace = {
            let (pending, shown) = (pending.clone(), shown.clone());
            let (arrival, on_restore, on_done) = (
                arrival.clone(),
                props.on_restore.clone(),
                props.on_done.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                on_restore.emit(arrival.clone());
                shown.set(Some(source));
                pending.set(None);
                on_done.emit(());
            })
        };
        let on_keep = {
            let (pending, on_done) = (pending.clone(), props.on_done.clone());
            Callback::from(move |_: MouseEvent| {
                pending.set(None);
                on_done.emit(());
            })
        };
        let (title, question, replace) = match source {
            Source::Link => (
                Msg::JourneyArrivalLinkTitle,
                Msg::JourneyArrivalLinkQuestion,
                Msg::JourneyArrivalLinkReplace,
            ),
            Source::File => (
                Msg::JourneyArrivalFileTitle,
                Msg::JourneyArrivalFileQuestion,
                Msg::JourneyArrivalFileReplace,
            ),
            Source::Answers => (
                Msg::JourneyArrivalAnswersTitle,
                Msg::JourneyArrivalAnswersQuestion,
                Msg::JourneyArrivalAnswersReplace,
            ),
        };
        return html! {
            <Notice kind={NoticeKind::Warning} class={classes!("en-arrival")} title={AttrValue::Static(t.text(title))}>
                <p>{ t.text(question) }</p>
                <div class="en-button-row">
                    <button type="button" class="en-button" onclick={on_replace}>{ t.text(replace) }</button>
                    <button type="button" class="en-button en-button--secondary" onclick={on_keep}>{ t.text(Msg::JourneyArrivalKeep) }</button>
                </div>
            </Notice>
        };
    }
    match *shown {
        None => Html::default(),
        Some(source) => {
            let text = match source {
                Source::Link => Msg::JourneyArrivalLinkShown,
                Source::File => Msg::JourneyArrivalFileShown,
                Source::Answers => Msg::JourneyArrivalAnswersShown,
            };
            html! {
                <Notice kind={NoticeKind::Info} class={classes!("en-arrival")} role={AttrValue::Static("status")}>
                    <p>{ t.text(text) }</p>
                </Notice>
            }
        }
    }
}

/// What a tool shows and how it hears back: a file the person just loaded comes before answers waiting
/// from outside the tool (a share link, the finder's answers).
pub struct Arrivals {
    pub current: Option<Arrival>,
    pub on_done: Callback<()>,
    /// For the file loader: the entries read from a file.
    pub on_file: Callback<Entries>,
}

#[hook]
pub fn use_arrivals(outside: Option<Arrival>, outside_done: Callback<()>) -> Arrivals {
    let file = use_state(|| None::<Arrival>);
    let on_file = {
        let file = file.clone();
        // The file shown before was dropped when it was done, so loading the same file again is a new
        // arrival.
        Callback::from(move |entries: Entries| {
            file.set(Some(Arrival::new(Source::File, Rc::new(entries))));
        })
    };
    let from_file = file.is_some();
    let on_done = {
        let file = file.clone();
        Callback::from(move |_: ()| {
            if from_file {
                file.set(None);
            } else {
                outside_done.emit(());
            }
        })
    };
    Arrivals {
        current: (*file).clone().or(outside),
        on_done,
        on_file,
    }
}
