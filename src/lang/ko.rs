//! Korean: its script only; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.

use super::{Language, Script};

pub static KOREAN: Language = Language::script_only("ko", Script::Hangul);
