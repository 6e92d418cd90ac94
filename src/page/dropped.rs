//! A file dropped on (or picked in) the demo: whether it is read as a saved web page, as plain
//! text or not at all, and its character encoding, from its name, its declared type, its size and
//! its first bytes.

/// Larger files are refused: reading a page that size would hold the page up for seconds.
pub const MAX_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
/// How far the encoding is looked for in a page (the HTML standard's prescan reads 1024 bytes).
pub const PRESCAN_BYTES: usize = 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Html,
    Text,
    /// Neither a web page nor text (an image, a PDF, a word processor's file).
    Unsupported,
    TooLarge,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Html => "html",
            Kind::Text => "text",
            Kind::Unsupported => "unsupported",
            Kind::TooLarge => "too-large",
        }
    }
}

/// The kind of a file named `name`, of declared media type `mime` ("" when the system gave
/// none), `size` bytes long. The name's extension decides where the type is missing or generic.
pub fn kind(name: &str, mime: &str, size: f64) -> Kind {
    let mime = mime.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let kind = match (mime.as_str(), ext.as_str()) {
        ("text/html" | "application/xhtml+xml", _) | (_, "html" | "htm" | "xhtml" | "shtml") => Kind::Html,
        ("text/plain" | "text/markdown", _) | (_, "txt" | "text" | "md") => Kind::Text,
        _ => Kind::Unsupported,
    };
    if kind != Kind::Unsupported && size > MAX_BYTES {
        Kind::TooLarge
    } else {
        kind
    }
}

/// The encoding label of a file from its first bytes: a byte order mark, else (for a page) the
/// charset its `<meta>` declares in the first [`PRESCAN_BYTES`], else UTF-8 (what pages saved by a
/// browser and today's text files are). A label, for `TextDecoder`, which knows its aliases.
pub fn charset(head: &[u8], html: bool) -> String {
    if head.starts_with(&[0xef, 0xbb, 0xbf]) {
        return "utf-8".into();
    }
    if head.starts_with(&[0xff, 0xfe]) {
        return "utf-16le".into();
    }
    if head.starts_with(&[0xfe, 0xff]) {
        return "utf-16be".into();
    }
    let head = &head[..head.len().min(PRESCAN_BYTES)];
    html.then(|| meta_charset(head)).flatten().unwrap_or_else(|| "utf-8".into())
}

/// `charset=` inside a `<meta` tag (`<meta charset="x">` or `content="text/html; charset=x"`).
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let value: Vec<u8> = tag[c + 7..]
                .iter()
                .skip_while(|&&b| b == b' ' || b == b'=' || b == b'"' || b == b'\'')
                .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .copied()
                .collect();
            if !value.is_empty() {
                // The standard reads a page declared as UTF-16 as UTF-8 (the declaration was ASCII).
                let label = String::from_utf8_lossy(&value).into_owned();
                return Some(if label.starts_with("utf-16") { "utf-8".into() } else { label });
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_texts_by_type_or_name() {
        assert_eq!(kind("story.html", "text/html", 1e4), Kind::Html);
        assert_eq!(kind("Story.HTM", "", 1e4), Kind::Html);
        assert_eq!(kind("saved", "text/html; charset=utf-8", 1e4), Kind::Html);
        assert_eq!(kind("notes.txt", "text/plain", 10.0), Kind::Text);
        assert_eq!(kind("notes.md", "", 10.0), Kind::Text);
        assert_eq!(kind("photo.jpg", "image/jpeg", 10.0), Kind::Unsupported);
        assert_eq!(kind("paper.pdf", "application/pdf", 10.0), Kind::Unsupported);
        assert_eq!(kind("noextension", "", 10.0), Kind::Unsupported);
        assert_eq!(kind("huge.html", "text/html", MAX_BYTES + 1.0), Kind::TooLarge);
        assert_eq!(kind("huge.jpg", "image/jpeg", MAX_BYTES + 1.0), Kind::Unsupported);
    }

    #[test]
    fn encoding_from_the_byte_order_mark_or_the_meta_tag() {
        assert_eq!(charset(b"\xef\xbb\xbfhello", false), "utf-8");
        assert_eq!(charset(b"\xff\xfeh\0", true), "utf-16le");
        assert_eq!(charset(b"\xfe\xff\0h", false), "utf-16be");
        assert_eq!(charset(b"<html><head><META CHARSET=\"windows-1251\">", true), "windows-1251");
        assert_eq!(charset(b"<meta name=x><meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>", true), "iso-8859-1");
        assert_eq!(charset(b"<meta charset=utf-16>", true), "utf-8");
        // Text files are not searched for markup; a page without a declaration is UTF-8.
        assert_eq!(charset(b"<meta charset=latin1>", false), "utf-8");
        assert_eq!(charset(b"<html><p>no declaration", true), "utf-8");
        // Past the prescan: not seen.
        let late = [vec![b' '; PRESCAN_BYTES], b"<meta charset=koi8-r>".to_vec()].concat();
        assert_eq!(charset(&late, true), "utf-8");
    }
}
