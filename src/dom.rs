//! web-sys: reading an article element and highlighting sentences; translation only.
