//! Rendered text of a subtree, block by block, the way a reader sees it: block boundaries (p, li,
//! h1–h6, blockquote, div, … or a block `display`) end a block, `<br>` is a line break inside one,
//! collapsible white space is one space, table cells are separated by a space, `<pre>` (or a
//! preserving `white-space`) keeps its spaces and lines. What is never text (scripts, styles, form
//! controls, media, hidden elements, closed `<details>` bodies) is not read at all; furniture
//! regions (nav, aside, header, footer, figure, dialog and their ARIA roles) are read but
//! every block remembers the region it is in, for the finder and the classifier.
//!
//! Every block keeps the map from its UTF-16 offsets back to the text nodes it was copied from.

use super::model::{Display, Element, Node, Page};
pub use super::tags::Region;
use super::tags::{always_block, block_by_tag, never_text, region_of};
use crate::text::chars::is_html_space;

/// A run of a block's text copied verbatim from one text node (UTF-16 code units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Where the run starts in the produced text.
    pub out: u32,
    /// The text node's index in the page.
    pub node: u32,
    /// Where the run starts in the node's data.
    pub offset: u32,
    pub len: u32,
}

/// One block of rendered text.
#[derive(Clone, Debug)]
pub struct Block {
    pub text: String,
    pub len16: u32,
    pub segments: Vec<Segment>,
    /// The innermost block-level element around the block's first character.
    pub container: u32,
    pub region: Region,
    /// Characters inside links.
    pub link_chars: u32,
    pub chars: u32,
}

impl Block {
    /// Maps the next `width` UTF-16 units of the block's text to `node` from `offset`: extends the
    /// last segment when they continue it in the same node, else starts a segment.
    fn map_next(&mut self, node: u32, offset: u32, width: u32) {
        match self.segments.last_mut() {
            Some(last) if last.out + last.len == self.len16 && last.offset + last.len == offset && last.node == node => last.len += width,
            _ => self.segments.push(Segment { out: self.len16, node, offset, len: width }),
        }
    }

    fn new(container: u32, region: Region) -> Self {
        Block { text: String::new(), len16: 0, segments: Vec::new(), container, region, link_chars: 0, chars: 0 }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Flow {
    Inline,
    Cell,
    Block,
}

/// Whether an element is read, and how it flows and treats white space.
fn flow_of(e: &Element, is_root: bool, preserve: bool) -> Option<(Flow, bool)> {
    // A body hidden by its style is a page hiding itself until its scripts run (anti-flicker),
    // not text hidden from the reader.
    let styled_out = e.display == Some(Display::None) && &*e.tag != "body";
    if !is_root && (e.hidden || never_text(&e.tag) || styled_out) {
        return None;
    }
    let tag = &*e.tag;
    let flow = match e.display {
        Some(Display::Block) => Flow::Block,
        Some(Display::Cell) => Flow::Cell,
        Some(Display::Inline) if always_block(tag) => Flow::Block,
        Some(Display::Inline) => Flow::Inline,
        _ if block_by_tag(tag) => Flow::Block,
        _ if matches!(tag, "td" | "th") => Flow::Cell,
        _ => Flow::Inline,
    };
    let preserve = e.preserve.unwrap_or(preserve || matches!(tag, "pre" | "listing" | "plaintext"));
    Some((flow, preserve))
}

struct Reader<'p> {
    page: &'p Page,
    blocks: Vec<Block>,
    current: Block,
    /// Newlines owed before the next character: `<br>`s inside a block.
    pending_newlines: u8,
    pending_space: bool,
    /// Where the owed space came from, when it is one U+0020 of one text node: then it is
    /// copied rather than inserted, so a sentence stays one run of one node.
    space_source: Option<(u32, u32)>,
    containers: Vec<u32>,
    regions: Vec<Region>,
    links: u32,
}

impl Reader<'_> {
    /// Ends the current block (a block boundary).
    fn boundary(&mut self) {
        self.pending_newlines = 0;
        self.pending_space = false;
        self.space_source = None;
        if self.current.text.is_empty() {
            return;
        }
        self.trim_end();
        let next = Block::new(self.container(), self.region());
        let block = std::mem::replace(&mut self.current, next);
        self.blocks.push(block);
    }

    fn container(&self) -> u32 {
        self.containers.last().copied().unwrap_or(0)
    }

    fn region(&self) -> Region {
        self.regions.last().copied().unwrap_or(Region::Body)
    }

    fn trim_end(&mut self) {
        let b = &mut self.current;
        while b.text.ends_with([' ', '\n']) {
            b.text.pop();
            b.len16 -= 1;
            b.chars -= 1;
        }
        if let Some(last) = b.segments.last_mut() {
            last.len = last.len.min(b.len16.saturating_sub(last.out));
            if last.len == 0 {
                b.segments.pop();
            }
        }
    }

    fn line_break(&mut self) {
        self.pending_newlines = (self.pending_newlines + 1).min(2);
        self.pending_space = false;
        self.space_source = None;
    }

    /// Writes owed separators before a visible character.
    fn flush(&mut self) {
        let space_source = self.space_source.take();
        if self.current.text.is_empty() {
            self.pending_newlines = 0;
            self.pending_space = false;
            self.current.container = self.container();
            self.current.region = self.region();
            return;
        }
        if self.pending_newlines > 0 {
            while self.current.text.ends_with(' ') {
                self.current.text.pop();
                self.current.len16 -= 1;
                self.current.chars -= 1;
                if let Some(last) = self.current.segments.last_mut() {
                    last.len = last.len.min(self.current.len16.saturating_sub(last.out));
                }
            }
            for _ in 0..self.pending_newlines {
                self.push_inserted('\n');
            }
        } else if self.pending_space && !self.current.text.ends_with([' ', '\n']) {
            match space_source {
                Some((node, offset)) => self.push_from(' ', node, offset),
                None => self.push_inserted(' '),
            }
        }
        self.pending_newlines = 0;
        self.pending_space = false;
    }

    fn push_inserted(&mut self, c: char) {
        self.current.text.push(c);
        self.current.len16 += c.len_utf16() as u32;
        self.current.chars += 1;
    }

    fn push_from(&mut self, c: char, node: u32, offset: u32) {
        let width = c.len_utf16() as u32;
        let b = &mut self.current;
        b.map_next(node, offset, width);
        b.text.push(c);
        b.len16 += width;
        b.chars += 1;
        if self.links > 0 {
            b.link_chars += 1;
        }
    }

    fn text(&mut self, node: u32, data: &str, preserve: bool) {
        if preserve {
            let mut offset = 0u32;
            for c in data.chars() {
                match c {
                    '\n' => self.line_break(),
                    '\r' => {}
                    _ => {
                        self.flush();
                        self.push_from(c, node, offset);
                    }
                }
                offset += c.len_utf16() as u32;
            }
            return;
        }
        // Runs of visible characters are copied at once; white space between them is owed.
        let mut offset = 0u32;
        let mut rest = data;
        while !rest.is_empty() {
            let spaces = rest.find(|c| !is_html_space(c)).unwrap_or(rest.len());
            if spaces > 0 {
                if !self.pending_space {
                    self.space_source = rest.starts_with(' ').then_some((node, offset));
                }
                self.pending_space = true;
                offset += spaces as u32; // ASCII white space: one UTF-16 unit each
                rest = &rest[spaces..];
            }
            let run = rest.find(is_html_space).unwrap_or(rest.len());
            if run > 0 {
                self.flush();
                offset += self.push_run(&rest[..run], node, offset);
                rest = &rest[run..];
            }
        }
    }

    /// Appends a run of characters copied from `node` at UTF-16 `offset`; returns its UTF-16 length.
    fn push_run(&mut self, run: &str, node: u32, offset: u32) -> u32 {
        let (mut width, mut chars) = (0u32, 0u32);
        for c in run.chars() {
            width += c.len_utf16() as u32;
            chars += 1;
        }
        let b = &mut self.current;
        b.map_next(node, offset, width);
        b.text.push_str(run);
        b.len16 += width;
        b.chars += chars;
        if self.links > 0 {
            b.link_chars += chars;
        }
        width
    }

    /// Reads the element at `i`; returns the index after its subtree.
    fn element(&mut self, i: u32, e: &Element, is_root: bool, preserve: bool) -> u32 {
        if &*e.tag == "br" {
            self.line_break();
            return e.end;
        }
        let Some((flow, preserve)) = flow_of(e, is_root, preserve) else {
            return e.end;
        };
        // A tab panel is content, also inside a "tablist" (an accordion that gives its whole
        // group the role): it is in the region around the tab list.
        let panel = || e.role.contains("tabpanel") && self.region() == Region::Nav;
        let region =
            region_of(e).or_else(|| panel().then(|| self.regions.iter().rev().find(|&&r| r != Region::Nav).map_or(Region::Body, |&r| r)));
        match flow {
            Flow::Block => {
                self.boundary();
                self.containers.push(i);
            }
            Flow::Cell => self.separator_space(),
            Flow::Inline => {}
        }
        if let Some(r) = region {
            self.regions.push(r);
        }
        let link = &*e.tag == "a";
        self.links += link as u32;
        let closed_details = &*e.tag == "details" && !e.open;
        let mut j = i + 1;
        while j < e.end {
            match &self.page.nodes[j as usize] {
                Node::Text { data, .. } => {
                    if !closed_details {
                        self.text(j, data, preserve);
                    }
                    j += 1;
                }
                Node::Element(child) => {
                    j = if closed_details && &*child.tag != "summary" { child.end } else { self.element(j, child, false, preserve) };
                }
            }
        }
        self.links -= link as u32;
        if region.is_some() {
            self.regions.pop();
        }
        match flow {
            Flow::Block => {
                self.boundary();
                self.containers.pop();
            }
            Flow::Cell => self.separator_space(),
            Flow::Inline => {}
        }
        e.end
    }

    fn separator_space(&mut self) {
        self.pending_space = true;
        self.space_source = None;
    }
}

/// The blocks of the element at `root` (which is read even when it is hidden or furniture itself).
pub fn blocks(page: &Page, root: u32) -> Vec<Block> {
    let Some(e) = page.element(root) else {
        return Vec::new();
    };
    let mut reader = Reader {
        page,
        blocks: Vec::new(),
        current: Block::new(root, Region::Body),
        pending_newlines: 0,
        pending_space: false,
        space_source: None,
        containers: vec![root],
        regions: Vec::new(),
        links: 0,
    };
    reader.element(root, e, true, false);
    reader.boundary();
    reader.blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::html_for_tests::parse;

    fn texts(html: &str) -> Vec<String> {
        let page = parse(html);
        blocks(&page, 0).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn blocks_lines_and_spaces() {
        assert_eq!(texts("<div><h2>Title</h2><p>One.</p><ul><li>A</li><li>B</li></ul></div>"), ["Title", "One.", "A", "B"]);
        assert_eq!(texts("<div><p>Line one<br>line two<br><br>Para two</p></div>"), ["Line one\nline two\n\nPara two"]);
        assert_eq!(texts("<div><p>  a   b \n c  <span> d</span>  </p></div>"), ["a b c d"]);
        assert_eq!(texts("<div><pre>a  b\n  c</pre></div>"), ["a  b\n  c"]);
        assert_eq!(texts("<div><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></div>"), ["a b", "c d"]);
    }

    #[test]
    fn never_text_and_hidden_are_not_read_furniture_is_marked() {
        let page = parse(
            "<div><p>Keep.</p><script>x()</script><p hidden>H</p><nav><p>Menu</p></nav>\
             <details><summary>Sum</summary>Closed</details></div>",
        );
        let b = blocks(&page, 0);
        let got: Vec<(&str, Region)> = b.iter().map(|b| (b.text.as_str(), b.region)).collect();
        assert_eq!(got, [("Keep.", Region::Body), ("Menu", Region::Nav), ("Sum", Region::Body)]);
    }

    #[test]
    fn a_tab_panel_is_content_also_inside_a_tablist() {
        // An accordion that gives its whole group the role "tablist": its panels hold the text.
        let page = parse(
            "<div><div role=\"tablist\"><h4 role=\"tab\">Open</h4><div role=\"tabpanel\"><p>Text.</p></div></div>\
             <aside><div role=\"tabpanel\"><p>Most read</p></div></aside></div>",
        );
        let got: Vec<(String, Region)> = blocks(&page, 0).into_iter().map(|b| (b.text, b.region)).collect();
        let want = [("Open", Region::Nav), ("Text.", Region::Body), ("Most read", Region::Aside)];
        assert_eq!(got, want.map(|(t, r)| (t.to_string(), r)));
    }

    #[test]
    fn segments_map_back_to_text_nodes() {
        let page = parse("<div><p>Hel<b>lo</b>  😀 x</p></div>");
        let b = &blocks(&page, 0)[0];
        assert_eq!(b.text, "Hello 😀 x");
        let rebuilt: String = b
            .segments
            .iter()
            .map(|s| match &page.nodes[s.node as usize] {
                Node::Text { data, .. } => {
                    let units: Vec<u16> = data.encode_utf16().collect();
                    String::from_utf16(&units[s.offset as usize..(s.offset + s.len) as usize]).unwrap()
                }
                _ => panic!("segment of an element"),
            })
            .collect();
        assert_eq!(rebuilt, "Hello 😀 x");
    }
}
