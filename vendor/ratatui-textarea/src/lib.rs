#![forbid(unsafe_code)]
#![allow(clippy::needless_range_loop)]
#![warn(clippy::dbg_macro, clippy::print_stdout)]
#![cfg_attr(docsrs, feature(doc_cfg))]
//! ratatui-textarea 0.9.4, vendored by molnkoll: see VENDORED.md, and the upstream README at
//! <https://github.com/ratatui/ratatui-textarea>.

mod cursor;
mod highlight;
mod history;
mod input;
mod screen_map;
mod scroll;
#[cfg(feature = "search")]
mod search;
mod textarea;
mod util;
mod widget;
mod word;
mod wrap;

pub use cursor::{CursorMove, DataCursor, ScreenCursor};
pub use input::{Input, Key};
pub use scroll::Scrolling;
pub use textarea::TextArea;
pub use wrap::WrapMode;
