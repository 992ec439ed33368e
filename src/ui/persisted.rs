//! The tools' root state kept across visits: `use_reducer` backed by [`crate::ui::storage::Store`].

use crate::config::Tool;
use crate::forms::saved::FromJson;
use crate::ui::env::Env;
use crate::ui::storage::Loaded;
use serde::Serialize;
use yew::prelude::*;

/// What [`use_persisted_reducer`] returns.
pub struct Persisted<R: Reducible> {
    /// The reducer handle, as `use_reducer` returns it.
    pub state: UseReducerHandle<R>,
    /// A sentence for the user when saved data could not be read and was set aside.
    pub notice: Option<AttrValue>,
}

/// `use_reducer` that restores the state of `tool` on mount and saves it after every change.
/// Outside a widget (no [`Env`] context) it behaves like plain `use_reducer`.
#[hook]
pub fn use_persisted_reducer<R, F>(tool: Tool, init: F) -> Persisted<R>
where
    R: Reducible + PartialEq + Serialize + FromJson + 'static,
    F: FnOnce() -> R,
{
    let env = use_context::<Env>();
    let store = env.as_ref().map(|e| e.store.clone());
    // Load exactly once per mount; the reducer's init runs only on the first render anyway.
    let loaded = use_mut_ref(|| store.as_ref().map_or(Loaded::Fresh, |s| s.load::<R>(tool)));
    let notice = set_aside_notice(
        env.as_ref(),
        matches!(&*loaded.borrow(), Loaded::SetAside { .. }),
    );
    let state = use_reducer(|| {
        // Take the value out in its own statement: a borrow held across the match would panic below.
        let taken = std::mem::replace(&mut *loaded.borrow_mut(), Loaded::Fresh);
        match taken {
            Loaded::Restored(value) => value,
            // Keep the set-aside marker so the notice stays visible for the life of this mount.
            aside @ Loaded::SetAside { .. } => {
                *loaded.borrow_mut() = aside;
                init()
            }
            Loaded::Fresh => init(),
        }
    });
    // Skip the first run: the state was just loaded (or is the untouched initial state).
    let first = use_mut_ref(|| true);
    {
        let store = store.clone();
        use_effect_with(state.clone(), move |state| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(store) = store {
                store.save(tool, &**state);
            }
        });
    }
    Persisted { state, notice }
}

/// The sentence shown when saved data was set aside; shared by every tool's state type.
fn set_aside_notice(env: Option<&Env>, set_aside: bool) -> Option<AttrValue> {
    let env = env.filter(|_| set_aside)?;
    Some(AttrValue::from(
        env.locale().text(crate::i18n::Msg::ShellStorageSetAside),
    ))
}
