//! What an element's id and class say about it. Publishers name their boxes for what they are, and
//! the best extractors (Readability.js, trafilatura, boilerpipe) read those names; the lists below
//! are theirs, trimmed to what is specific enough to trust. Matching is on lower-case substrings
//! of the id and class (`hints` of the model), so "article-body" and "articleBody" both count; a
//! plural name ("tags") is a whole word.

/// Names of the article's own box: its score gets [`WEIGHTS::positive`].
pub const POSITIVE: &str = "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story";

/// Names of boxes around an article but not in it: score [`WEIGHTS::negative`].
pub const NEGATIVE: &str = concat!(
    "-ad-|hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|",
    "related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|",
    "subscribe|signup|disclosure|affiliate|recommend|trending|popular|caption|credit|byline|disclaimer"
);

/// Boxes that are never the article, whatever their text: menus, comment threads, related
/// links, cookie banners. Readability.js drops them before scoring ("unlikely candidates").
pub const UNLIKELY: &str = concat!(
    "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|",
    "legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|",
    "ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|promo|recommend|",
    "outbrain|taboola|disclosure|affiliate"
);

/// ...unless the name also says it holds the content ("main-header-content" stays).
pub const MAYBE: &str = "and|article|body|column|content|main|shadow";

/// The names the platforms' embed codes give a quoted post (`<blockquote class="twitter-tweet">`):
/// the story quotes it, whatever its wrapper is named ("social-media-embed").
pub const EMBED: &str = "twitter-tweet|instagram-media|tiktok-embed";

/// Block names of what is not prose, by kind (see `classify`).
pub const CAPTION: &str = "caption|figcaption|wp-caption|image-desc|photo-desc";
pub const CREDIT: &str = "credit|copyright|attribution|photographer|source";
pub const BYLINE: &str = "byline|author|writer|dateline|contributor|timestamp";
/// (`__lead`: the BEM name of an article's lead paragraph, "b-article__lead".)
pub const STANDFIRST: &str =
    concat!("standfirst|dek|subtitle|subhead|summary|deck|lede-text|excerpt|teaser|__lead|article-lead|", "article-lede|blurb");
/// Names of a story's intro field among the standfirsts (a CMS's "teaser", "excerpt", "summary"):
/// printed atop the story as its opening paragraph, where a dek is set apart from it.
pub const INTRO: &str = "teaser|excerpt|summary";
pub const PROMO: &str = concat!(
    "promo|newsletter|subscribe|signup|sign-up|disclosure|affiliate|related|recommend|read-more|readmore|",
    "more-stories|advert|sponsor|share|social|cta|inline-ad|ad-container|paywall|donate|tags|comment|",
    "disclaimer|trending"
);

/// The score weights of class/id names: as Readability.js's (±25).
pub struct Weights {
    pub positive: f32,
    pub negative: f32,
}

pub const WEIGHTS: Weights = Weights { positive: 25.0, negative: -25.0 };

/// Whether `hints` holds one of `names` (a list joined by `|`: one string, no table of pointers).
/// The list is split by byte: `str::split('|')` runs a char searcher per call, which was a fifth
/// of reading a 50,000-element page in WebAssembly (bench/pages/phases.mjs, a CPU profile).
pub fn any(hints: &str, names: &str) -> bool {
    !hints.is_empty() && names.as_bytes().split(|&b| b == b'|').any(|n| contains(hints.as_bytes(), n))
}

/// `haystack.contains(needle)` for the short names here: a plain scan. `str::contains` sets up a
/// two-way searcher per call, which dominated reading a page in WebAssembly (about 150 names are
/// tried on each of a page's thousand elements).
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let last = haystack.len().saturating_sub(rest.len());
    // A name in the plural ("tags", "replies") is a whole word: "tagstyle_x" (a CSS-in-JS class)
    // names no tags.
    let whole = needle.ends_with(b"s");
    haystack[..last].iter().enumerate().any(|(i, &b)| {
        b == first && haystack[i + 1..].starts_with(rest) && !(whole && haystack.get(i + needle.len()).is_some_and(u8::is_ascii_alphabetic))
    })
}

/// An element's class weight: positive names add, negative names subtract.
pub fn class_weight(hints: &str) -> f32 {
    let mut w = 0.0;
    if any(hints, NEGATIVE) {
        w += WEIGHTS.negative;
    }
    if any(hints, POSITIVE) {
        w += WEIGHTS.positive;
    }
    w
}

/// Whether an element is a post quoted by its platform's embed code.
pub fn embedded_post(e: &crate::page::Element) -> bool {
    &*e.tag == "blockquote" && any(&e.hints, EMBED)
}

/// Whether an element's name marks it as never the article.
pub fn unlikely(hints: &str) -> bool {
    any(hints, UNLIKELY) && !any(hints, MAYBE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_weighed() {
        assert_eq!(class_weight("article-body"), 25.0);
        assert_eq!(class_weight("comments"), -25.0);
        assert_eq!(class_weight("post comment"), 0.0);
        assert_eq!(class_weight(""), 0.0);
    }

    #[test]
    fn names_match_anywhere_in_the_hints() {
        assert!(any("main-header-content", "content"));
        assert!(any("a-promo", "promo"));
        assert!(any("promo", "promo"));
        assert!(!any("prom", "promo"));
        assert!(!any("x", "-ad-"));
        // A plural name is a whole word: a CSS-in-JS class "tagStyle_…" is no tag list.
        assert!(any("post-tags", "tags") && any("tags_list", "tags"));
        assert!(!any("tagstyle_z4kqwb-o_o-style_1tcxgp3", "tags"));
    }

    #[test]
    fn unlikely_unless_it_says_content() {
        assert!(unlikely("site-menu"));
        assert!(unlikely("newsletter-signup"));
        assert!(!unlikely("main-header-content"));
        assert!(!unlikely("story"));
    }
}
