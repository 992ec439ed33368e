//! Results people keep and pass on (issue 9): share links, answers that arrive in a tool from outside it
//! (a link, a file, the finder's answers carried into the checker), the renewal calendar, and export and
//! import of a tool's entries. The formats are `crate::contract`'s; this is their browser side.

pub mod arrival;
pub mod browser;
pub mod calendar;
pub mod share;
pub mod transfer;
