//! The article finder on small hand-written pages: one behaviour each.

use super::html_for_tests::parse;
use super::*;

fn para(word: &str) -> String {
    format!("<p>{}</p>", format!("{word} is a sentence with enough words, and a comma, to count as prose. ").repeat(3))
}

fn find(html: &str) -> Option<Article> {
    find_article(&parse(html))
}

#[test]
fn the_story_beats_the_comment_thread_and_the_sidebar() {
    let html = format!(
        "<body><div class=\"sidebar\">{}</div><div class=\"story\"><h1>Headline here</h1>{}{}</div>\
         <section id=\"comments\">{}{}{}</section></body>",
        para("Sidebar"),
        para("Story"),
        para("Story"),
        para("Comment"),
        para("Comment"),
        para("Comment")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("Story is"), "{}", a.text);
    assert!(!a.text.contains("Comment") && !a.text.contains("Sidebar"), "{}", a.text);
    assert_eq!(a.title.as_deref(), Some("Headline here"));
}

#[test]
fn sibling_paragraphs_join_the_best_box() {
    let html = format!(
        "<body><div><div class=\"body\">{}{}</div>{}<div class=\"related\">{}</div></div></body>",
        para("First"),
        para("First"),
        para("Later"),
        para("Other")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.contains("Later is"), "{}", a.text);
    assert!(!a.text.contains("Other is"), "{}", a.text);
}

#[test]
fn captions_promos_and_bylines_are_not_prose() {
    let html = format!(
        "<body><article><h1>Title</h1><div class=\"byline\">By Ann Lee</div>{}\
         <figure><figcaption>A man smiles at the camera.</figcaption></figure>{}\
         <div class=\"newsletter\"><p>Start your day with our briefing, every weekday morning.</p></div></article></body>",
        para("Prose"),
        para("More")
    );
    let a = find(&html).expect("an article");
    assert!(!a.text.contains("Ann Lee") && !a.text.contains("smiles") && !a.text.contains("briefing"), "{}", a.text);
    assert!(a.text.contains("More is"), "{}", a.text);
}

#[test]
fn a_page_of_links_has_no_article() {
    let html = "<body><nav><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">World</a></li></ul></nav>\
                <div class=\"menu\"><p>Some text about the menu that is long enough to be a paragraph.</p></div></body>";
    assert!(find(html).is_none());
}

#[test]
fn itemprop_article_body_is_trusted() {
    let html = format!(
        "<body><div class=\"x\">{}{}{}</div><div itemprop=\"articleBody\">{}</div></body>",
        para("Teaser"),
        para("Teaser"),
        para("Teaser"),
        para("Body")
    );
    let page = parse(&html);
    let top = best_element(&page).expect("a box");
    assert_eq!(page.element(top).map(|e| &*e.itemprop), Some("articlebody"));
}

#[test]
fn read_element_keeps_its_text_and_finds_its_headline() {
    let page = parse("<article lang=\"de\"><header><h1> Der  Titel </h1></header><p>Text.</p></article>");
    let a = read_element(&page, 0);
    assert_eq!(a.text, "Text.");
    assert_eq!(a.title.as_deref(), Some("Der Titel"));
    assert_eq!(a.language.as_deref(), Some("de"));
}

#[test]
fn offsets_of_the_joined_text_map_to_text_nodes() {
    let page = parse("<article><p>One <b>two</b>.</p><p>Three.</p></article>");
    let a = read_element(&page, 0);
    assert_eq!(a.text, "One two.\n\nThree.");
    let last = a.segments.last().unwrap();
    assert_eq!((last.out, last.len), (10, 6));
}

#[test]
fn the_lead_between_the_headline_and_the_story_is_read() {
    let html = format!(
        "<body><div class=\"obar\"><p>A widget paragraph before the story that is long enough to count as prose.</p></div>\
         <div id=\"wrap\"><div class=\"page\"><article><header><h1>Headline</h1>\
         <p class=\"dek\">A standfirst, named so, stays out of the text as it does inside the article.</p>\
         <div class=\"intro\"><p>The lead of the story, in the article's header, says what happened and why it matters.</p></div>\
         <h2 class=\"subline\">A subline in a heading that is long enough to be a paragraph of prose.</h2></header>\
         <div class=\"entry-content\">{}{}</div></article></div></div></body>",
        para("Story"),
        para("Story")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("The lead of the story"), "{}", a.text);
    assert!(a.text.contains("Story is"), "{}", a.text);
    assert!(!a.text.contains("widget paragraph") && !a.text.contains("subline") && !a.text.contains("standfirst"), "{}", a.text);
}

#[test]
fn the_lead_in_a_column_beside_the_story_is_read_and_a_widget_is_not() {
    // Page builders put the lede in its own row or column above the story's: the lead is looked
    // for up to the ancestor that holds the headline, but not in boxes named like furniture.
    let html = format!(
        "<body><div class=\"row\"><div class=\"col\"><h1>Headline of the story</h1></div></div>\
         <div class=\"row\"><div class=\"col\"><div class=\"wrapper\">\
         <h2>A lede set in a heading: long enough to be the first paragraph of the story, it says what happened \
         and why it matters to the reader, in a full sentence.</h2>\
         <p>The first paragraph of the story, in a column of its own, says who did what and where.</p></div></div></div>\
         <div class=\"row\"><div class=\"col textwidget widget\"><p>A widget paragraph that is long enough to count as prose here.</p></div></div>\
         <div class=\"row\"><div class=\"col\"><div class=\"wrapper\"><div class=\"text\">{}{}{}</div></div></div></div></body>",
        para("Story"),
        para("Story"),
        para("Story")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("A lede set in a heading"), "{}", a.text);
    assert!(a.text.contains("The first paragraph of the story") && a.text.contains("Story is"), "{}", a.text);
    assert!(!a.text.contains("widget paragraph"), "{}", a.text);
}

#[test]
fn an_intro_named_as_an_excerpt_is_read_a_one_line_dek_is_not() {
    let html = format!(
        "<body><article><header><h1>Headline</h1>\
         <p class=\"dek\">A one-line dek says what the story is about.</p>\
         <div class=\"entry-excerpt\"><p>The intro of the story, named as an excerpt, is its first paragraph: it says \
         who did what, where and when. A second sentence adds why it matters, and a third what comes next for the people of the town.</p></div>\
         </header><div class=\"entry-content\">{}{}</div></article></body>",
        para("Story"),
        para("Story")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("The intro of the story"), "{}", a.text);
    assert!(!a.text.contains("one-line dek"), "{}", a.text);
}

#[test]
fn a_box_alone_in_its_wrapper_is_joined_by_the_wrappers_siblings() {
    // The story's second part sits beside the wrapper of its first (a "read all" continuation).
    let html = format!(
        "<body><div class=\"story\"><div class=\"wrap\"><div class=\"text\">{}{}{}</div></div>\
         <div class=\"wrap\"><div class=\"more\">{}</div></div><div class=\"related\">{}</div></div></body>",
        para("First"),
        para("First"),
        para("First"),
        para("Second"),
        para("Other")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("First is") && a.text.contains("Second is"), "{}", a.text);
    assert!(!a.text.contains("Other is"), "{}", a.text);
}

#[test]
fn copyright_lines_and_labels_over_links_are_not_prose() {
    let html = format!(
        "<body><article><h1>Title</h1>{}<p>Lesen Sie auch</p><p>TRENDING:</p><p>À lire aussi</p>{}\
         <p>Marco Odermatt, ski star. \u{a9} AFP / NAME</p><p>Copyright @ 2019 The Paper.</p>\
         <p>Related reports came.</p></article></body>",
        para("Prose"),
        para("More")
    );
    let a = find(&html).expect("an article");
    for leak in ["Lesen", "TRENDING", "lire", "AFP", "Copyright"] {
        assert!(!a.text.contains(leak), "{leak}: {}", a.text);
    }
    // A label is a few words that end no sentence: a sentence that opens alike stays.
    assert!(a.text.contains("More is") && a.text.contains("Related reports came."), "{}", a.text);
}

#[test]
fn the_lead_is_judged_by_the_story_s_own_boxes_not_the_page_s() {
    // Names on the page's wrappers ("has-sticky-header" on the body) say nothing of the lead.
    let html = format!(
        "<html><body class=\"has-sticky-header\"><div class=\"site\"><article><div class=\"head\"><h1>Headline</h1>\
         <p>The lead of the story says what happened, where it happened and why it matters to us.</p></div>\
         <div class=\"entry-content\">{}{}</div></article></div></body></html>",
        para("Story"),
        para("Story")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("The lead of the story"), "{}", a.text);
}

#[test]
fn a_headline_set_in_h2_that_reads_as_the_page_title_opens_the_lead() {
    let html = format!(
        "<body><div class=\"row\"><h2>The story's own headline</h2>\
         <p>The lead of the story says what happened, where it happened and why it matters to us.</p></div>\
         <div class=\"row\"><div class=\"text\">{}{}</div></div></body>",
        para("Story"),
        para("Story")
    );
    let mut page = parse(&html);
    assert!(!find_article(&page).expect("an article").text.contains("The lead"));
    page.meta_title = Some("The story's own headline | The Paper".into());
    let a = find_article(&page).expect("an article");
    assert!(a.text.starts_with("The lead of the story"), "{}", a.text);
}

#[test]
fn a_dek_printed_twice_is_not_read_as_the_lead() {
    // The header's dek, and the same text again above the story (a responsive layout's copy).
    let dek = "What the story is about, in a line the page prints in its header and again above the body.";
    let html = format!(
        "<body><article><header><h1>Headline</h1><div class=\"dek\">{dek}</div></header>\
         <div class=\"contents\"><div class=\"abstract-box\">{dek}</div><div class=\"text\">{}{}</div></div></article></body>",
        para("Story"),
        para("Story")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("Story is") && !a.text.contains("What the story"), "{}", a.text);
}

#[test]
fn a_wrapper_with_an_unlikely_name_around_the_headline_is_not_dropped() {
    // "has-header-image" names the story's own column: it holds the page's h1.
    let html = format!(
        "<body><div class=\"col has-header-image\"><h1>Headline</h1><div class=\"text\">{}{}{}</div></div>\
         <div class=\"more\"><div class=\"list\">{}{}{}</div></div></body>",
        para("Story"),
        para("Story"),
        para("Story"),
        para("Other"),
        para("Other"),
        para("Other")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("Story is") && !a.text.contains("Other"), "{}", a.text);
}

#[test]
fn paragraphs_in_the_story_s_own_header_are_read_but_not_its_date() {
    let html = format!(
        "<body><article><header><h1>Title</h1><time>12 May 2022</time>{}</header>{}{}</article></body>",
        para("Opening"),
        para("Prose"),
        para("More")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("Opening is"), "{}", a.text);
    assert!(!a.text.contains("2022"), "{}", a.text);
}

#[test]
fn calls_to_follow_in_the_classifier_s_languages_are_not_prose() {
    let html = format!(
        "<body><article><h1>Title</h1>{}<p>Síguenos en Telegram, Instagram y Twitter para recibir nuestras noticias.</p>\
         <p>Folgen Sie uns auf Twitter und Facebook.</p><p>Never miss the latest news by signing up today!</p>{}</article></body>",
        para("Prose"),
        para("More")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.contains("More is"), "{}", a.text);
    assert!(!a.text.contains("Síguenos") && !a.text.contains("Folgen") && !a.text.contains("Never miss"), "{}", a.text);
}

#[test]
fn a_teaser_field_before_the_story_is_read_a_dek_as_long_is_not() {
    // 150 to 199 characters: shorter than an intro by length alone (`lead_intro`), read by name.
    let html = format!(
        "<body><article><header><h1>Headline</h1>\
         <p class=\"dek\">A dek as long as the teaser sets the story apart from the rest of the page: what it is about, \
         in a line or two of display type above the body of it all.</p>\
         <div class=\"article-teaser\"><p>The teaser field of the story opens it: who did what, where and when. A second \
         sentence adds why it matters to the town, and a third what comes next for all.</p></div>\
         </header><div class=\"entry-content\">{}{}</div></article></body>",
        para("Story"),
        para("Story")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.starts_with("The teaser field"), "{}", a.text);
    assert!(!a.text.contains("display type"), "{}", a.text);
}

#[test]
fn a_story_split_over_one_template_s_sections_is_read_whole() {
    // Each section wraps one box like the best one: its own score is a level further from its
    // paragraphs, so it is compared at the box's depth. A section of another kind stays out.
    let section = |class: &str, word: &str| format!("<section><div class=\"{class}\">{}</div></section>", para(word));
    let html = format!(
        "<body><main><section><div class=\"wysiwyg\">{}{}{}{}</div></section>{}{}</main></body>",
        para("First"),
        para("Second"),
        para("Third"),
        para("Fourth"),
        section("wysiwyg", "Fifth"),
        section("profile", "Other")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.contains("Fifth is"), "{}", a.text);
    assert!(!a.text.contains("Other is"), "{}", a.text);
}

#[test]
fn a_post_quoted_by_its_embed_code_is_read_whatever_its_wrapper_is_named() {
    let html = format!(
        "<body><article><div class=\"entry-content\">{}<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">\
         <p>Yes this is real and the state spent half a million dollars on it.</p>— A reader (@reader) November 18, 2019\
         </blockquote></div><div class=\"social-share\"><p>Share this story with your friends today.</p></div>{}</div></article></body>",
        para("First"),
        para("Second")
    );
    let a = find(&html).expect("an article");
    assert!(a.text.contains("Yes this is real"), "{}", a.text);
    assert!(!a.text.contains("Share this story"), "{}", a.text);
}
