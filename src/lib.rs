//! Endorsement Navigator.
//!
//! Dependencies between the crate's modules point one way, from the browser shell down to the engine:
//!
//! ```text
//! rules  ←  forms, config  ←  i18n  ←  contract  ←  api, ui  ←  embed
//! ```
//!
//! - [`rules`] is the engine: std, serde and chrono only, ids and numbers, no sentences; tested natively.
//! - [`forms`] reads what people type: drafts that keep the raw text, one number and one date parser,
//!   problems as data, validation and each tool's state transitions; it depends on `rules` only.
//! - [`config`] reads the element's attributes, including the language ([`config::Lang`]).
//! - [`i18n`] turns ids into the sentences of one language.
//! - [`contract`] is the JSON API of CONTRACT §2: parsing with the bad field named, and the output shapes
//!   with their sentences.
//! - `api`, `ui` and `embed` exist only on `wasm32` and are the browser shell; `ui` may use `api`
//!   (the browser's clock), and `embed` mounts `ui`.
//!
//! Each module may use only the modules to its left; `tests/layering.rs` checks it, web crates included.

pub mod config;
pub mod contract;
pub mod forms;
pub mod i18n;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
