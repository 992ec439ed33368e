//! Endorsement Navigator.
//!
//! The crate has a pure core and a thin browser shell:
//! - [`rules`] is the rules engine (no web dependency), tested natively;
//! - [`i18n`] holds every user-facing sentence, one table per language;
//! - the `api`, `embed` and `ui` modules exist only on `wasm32` and are the browser shell.

pub mod config;
pub mod contract;
pub mod i18n;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
