//! A minimal tag reader for the unit tests' small, well-formed, hand-written HTML (the CLI uses a
//! real parser, `html.rs`): `<tag a="v" b>`, `</tag>`, void elements, text; entities `&amp;`,
//! `&lt;`, `&gt;`, `&quot;`, `&nbsp;`.

use super::model::{Attrs, Page, PageBuilder};

const VOID: &[&str] = &["br", "img", "hr", "input", "meta", "link", "source", "wbr"];

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", "\u{a0}").replace("&amp;", "&")
}

fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let name_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(r) = rest.strip_prefix('=') {
            let r = r.trim_start();
            let quote = r.chars().next().filter(|c| *c == '"' || *c == '\'');
            let (v, after) = match quote {
                Some(q) => {
                    let close = r[1..].find(q).map(|i| i + 1).unwrap_or(r.len());
                    (&r[1..close], &r[(close + 1).min(r.len())..])
                }
                None => {
                    let end = r.find(char::is_whitespace).unwrap_or(r.len());
                    (&r[..end], &r[end..])
                }
            };
            value = unescape(v);
            rest = after.trim_start();
        }
        out.push((name, value));
    }
    out
}

/// Parses `html` into a page whose root is its first element.
pub fn parse(html: &str) -> Page {
    let mut b = PageBuilder::new();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix('<') {
            let end = tag.find('>').expect("unclosed tag");
            let inner = tag[..end].trim_end_matches('/');
            rest = &tag[end + 1..];
            if let Some(name) = inner.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                while let Some(top) = stack.pop() {
                    b.close();
                    if top == name {
                        break;
                    }
                }
                continue;
            }
            let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
            let name = inner[..name_end].to_ascii_lowercase();
            let attrs = attributes(&inner[name_end..]);
            let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            let a = Attrs {
                id: get("id").unwrap_or(""),
                class: get("class").unwrap_or(""),
                role: get("role").unwrap_or(""),
                itemprop: get("itemprop").unwrap_or(""),
                lang: get("lang").unwrap_or(""),
                hidden: get("hidden").is_some(),
                aria_hidden: get("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true")),
                ignore: get("data-abridge-ignore").is_some(),
                open: get("open").is_some(),
                display: None,
                preserve: None,
            };
            b.open(&name, &a);
            if VOID.contains(&name.as_str()) {
                b.close();
            } else {
                stack.push(name);
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            b.text(&unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    b.finish()
}
