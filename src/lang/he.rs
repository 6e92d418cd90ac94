//! Hebrew: its script only; no stopwords,
//! so it is detected only where the script is its own, else used when asked for.

use super::{Language, Script};

pub static HEBREW: Language = Language::script_only("he", Script::Hebrew);
