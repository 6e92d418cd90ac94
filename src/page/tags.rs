//! What an element is to a reader, by its tag or ARIA role alone: never text, a block, or the
//! opening of a furniture region (nav, aside, header, footer, figure, dialog).

use super::model::Element;

/// Elements whose content is never read (not text a reader sees as such). (`matches!` rather than
/// a list: one comparison per element instead of dozens, on pages of 50,000 elements.)
pub fn never_text(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "option"
            | "optgroup"
            | "datalist"
            | "output"
            | "progress"
            | "meter"
            | "label"
            | "svg"
            | "math"
            | "canvas"
            | "video"
            | "audio"
            | "iframe"
            | "object"
            | "embed"
            | "img"
            | "picture"
            | "map"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "abridge-summary"
    )
}

/// Blocks whatever their `display` says.
pub fn always_block(tag: &str) -> bool {
    matches!(tag, "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote")
}

/// Blocks when the adapter has no computed style (parsed HTML, a detached element).
pub fn block_by_tag(tag: &str) -> bool {
    always_block(tag)
        || matches!(
            tag,
            "div"
                | "section"
                | "article"
                | "main"
                | "ul"
                | "ol"
                | "dl"
                | "dt"
                | "dd"
                | "pre"
                | "table"
                | "tr"
                | "hr"
                | "address"
                | "details"
                | "summary"
                | "center"
                | "hgroup"
                | "header"
                | "footer"
                | "nav"
                | "aside"
                | "figure"
                | "figcaption"
                | "form"
                | "fieldset"
                | "body"
                | "html"
                | "dialog"
                | "menu"
                | "caption"
                | "thead"
                | "tbody"
                | "tfoot"
                | "legend"
                | "search"
        )
}

/// Where a block sits: the innermost furniture region around it, else the body. (Not `<form>`:
/// ASP.NET pages wrap the whole page in one; its controls are never text anyway.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    Body,
    Header,
    Footer,
    Nav,
    Aside,
    Figure,
    Dialog,
}

/// The region an element opens, by tag or ARIA role.
pub fn region_of(e: &Element) -> Option<Region> {
    let by_tag = match &*e.tag {
        "header" => Some(Region::Header),
        "footer" => Some(Region::Footer),
        "nav" => Some(Region::Nav),
        "aside" => Some(Region::Aside),
        "figure" | "figcaption" => Some(Region::Figure),
        "dialog" => Some(Region::Dialog),
        _ => None,
    };
    by_tag.or_else(|| {
        e.role.split_ascii_whitespace().find_map(|role| match role {
            "navigation" | "menu" | "menubar" | "tablist" | "toolbar" | "search" => Some(Region::Nav),
            "complementary" => Some(Region::Aside),
            "banner" => Some(Region::Header),
            "contentinfo" => Some(Region::Footer),
            "dialog" | "alertdialog" => Some(Region::Dialog),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DOM walk (`src/dom/walk.js`) sends neither styles nor children of its OPAQUE tags: each
    /// must be one the core never reads, or the walk would drop text the core would have kept.
    #[test]
    fn the_walks_opaque_tags_are_never_text() {
        let walk = include_str!("../dom/walk.js");
        let start = walk.find("const OPAQUE = new Set([").expect("walk.js has OPAQUE");
        let list = &walk[start..start + walk[start..].find("]);").expect("OPAQUE ends")];
        let tags: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
        assert!(tags.len() > 20, "{tags:?}");
        for tag in tags {
            assert!(never_text(tag), "walk.js skips <{tag}>, which the core would read");
        }
    }
}
