// src/dom.rs in headless Chromium: which text readArticle() reads, and how offsets map back to
// DOM Ranges (UTF-16, emoji, CJK, across elements); findArticle(); errors.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./helpers.mjs";

let env;
let page;
before(async () => {
  env = await start();
  page = await env.newPage();
  await page.goto(env.url + "fixtures/dom.html");
  await page.evaluate(async () => {
    const m = await import("/pkg/abridge.js");
    await m.default();
    window.abridge = m;
  });
});
after(async () => {
  await env?.close();
});

/** readArticle(element).text for a piece of markup. */
function read(html) {
  return page.evaluate((markup) => {
    const host = document.getElementById("cases");
    host.innerHTML = `<div id="case">${markup}</div>`;
    const article = window.abridge.readArticle(document.getElementById("case"));
    const text = article.text;
    article.free();
    return text;
  }, html);
}

const CASES = [
  ["blocks become blank lines", "<h2>Title</h2><p>One.</p><ul><li>A</li><li>B</li></ul><blockquote>Q</blockquote>", "Title\n\nOne.\n\nA\n\nB\n\nQ"],
  ["<br> is a line break, two a blank line", "<p>Line one<br>line two<br><br>Para two</p>", "Line one\nline two\n\nPara two"],
  ["white space collapses", "<p>  a   b \n c  <span> d</span>  </p>", "a b c d"],
  ["inline elements do not break words", "<p>Hel<b>lo</b> <i>wor</i>ld<a href='#'>!</a></p>", "Hello world!"],
  ["<pre> keeps its spaces and lines", "<pre>a  b\n  c</pre>", "a  b\n  c"],
  ["white-space: pre-wrap keeps them too", "<div class='pre-wrap'>x  y\n\nz</div>", "x  y\n\nz"],
  ["table cells are separated", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a b\n\nc d"],
  ["CSS display decides blocks", "<span class='as-block'>one</span><span class='as-block'>two</span>", "one\n\ntwo"],
  [
    "furniture and hidden content are skipped",
    `<p>Keep.</p><nav>Nav</nav><aside>Aside</aside><header>Head</header><footer>Foot</footer>
     <figure><img alt="x"><figcaption>Cap</figcaption></figure><script>x()</script><noscript>ns</noscript>
     <template>tpl</template><form><label>L</label><input value="v"></form><button>B</button>
     <select><option>O</option></select><textarea>T</textarea><p hidden>H</p><p aria-hidden="true">AH</p>
     <p aria-hidden="TRUE">AH2</p><p class="none">DN</p><p class="invisible">VH</p><p class="cv-hidden">CV</p>
     <p data-abridge-ignore>IG</p><div role="navigation">RN</div><div role="complementary">RC</div>
     <div role="contentinfo">CI</div><abridge-summary>W</abridge-summary><svg><text>S</text></svg>
     <details><summary>Sum</summary>Closed body</details><details open><summary>Open</summary>Body</details>
     <p aria-hidden="false">Shown.</p><p>End.</p>`,
    "Keep.\n\nSum\n\nOpen\n\nBody\n\nShown.\n\nEnd.",
  ],
  ["empty", "<p> </p><div></div>", ""],
];

for (const [name, html, expected] of CASES) {
  test(`readArticle: ${name}`, async () => {
    assert.equal(await read(html), expected);
  });
}

test("readArticle: title and language hints", async () => {
  const hints = await page.evaluate(() => {
    const host = document.getElementById("cases");
    host.innerHTML = '<article id="case" lang="de-CH"><header><h1>  Der   Titel </h1></header><p>Text.</p></article>';
    const a = window.abridge.readArticle(document.getElementById("case"));
    const out = { title: a.title, language: a.language, text: a.text };
    a.free();
    return out;
  });
  assert.deepEqual(hints, { title: "Der Titel", language: "de-CH", text: "Text." });
});

test("offsets map back to Ranges: every sentence, across elements, with emoji and CJK", async () => {
  const results = await page.evaluate(() => {
    const host = document.getElementById("cases");
    host.innerHTML = `<div id="case">
      <p>😀 Emoji come first here. The <b>bold 👍🏽 part</b> runs on.   Then   spaces collapse.</p>
      <p>日本語の文です。二つ目の文です。</p>
      <ul><li>A list item says something.</li><li>Ünïcödé wörds àre fine.</li></ul>
      <p>Line one ends.<br>Line two starts 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.</p>
    </div>`;
    const a = window.abridge.readArticle(document.getElementById("case"));
    const text = a.text;
    const sentences = window.abridge.splitSentences(text);
    const out = sentences.map((s) => {
      const r = a.range(s.start, s.end);
      return { want: s.text, got: r ? r.toString() : null };
    });
    // Out of bounds and empty ranges are undefined, not errors.
    const bounds = [a.range(0, 0), a.range(5, 2), a.range(0, a.length + 1), a.range(a.length, a.length)].map((r) => r === undefined);
    a.free();
    return { sentences: out, bounds };
  });
  assert.ok(results.sentences.length >= 7, JSON.stringify(results));
  for (const { want, got } of results.sentences) assert.equal(got?.replace(/\s+/g, " "), want.replace(/\s+/g, " "));
  assert.deepEqual(results.bounds, [true, true, true, true]);
});

test("highlight: exactly the given sentences, replaced on update, cleared by clear() and free()", async () => {
  const r = await page.evaluate(() => {
    const host = document.getElementById("cases");
    host.innerHTML = '<div id="case"><p>First one. Second one.</p><p>Third one.</p></div>';
    const a = window.abridge.readArticle(document.getElementById("case"));
    const texts = () => [...(CSS.highlights.get("abridge") ?? [])].map((x) => x.toString());
    const s = window.abridge.splitSentences(a.text);
    const out = {};
    out.count = a.highlight([s[0], s[2]]);
    out.first = texts();
    a.highlight([s[1]]);
    out.second = texts();
    a.highlight([s[0]], "other");
    out.other = [...CSS.highlights.get("other")].map((x) => x.toString());
    a.clear("abridge");
    out.cleared = CSS.highlights.has("abridge");
    a.free();
    out.freed = CSS.highlights.has("other");
    try {
      window.abridge.readArticle(document.getElementById("case")).highlight("nope");
    } catch (e) {
      out.badArg = e instanceof TypeError;
    }
    try {
      window.abridge.readArticle("not an element");
    } catch (e) {
      out.badElement = e instanceof TypeError;
    }
    return out;
  });
  assert.deepEqual(r, {
    count: 2,
    first: ["First one.", "Third one."],
    second: ["Second one."],
    other: ["First one."],
    cleared: false,
    freed: false,
    badArg: true,
    badElement: true,
  });
});

test("findArticle: articleBody, then the largest <article>, then <main>, then the most paragraph text", async () => {
  const found = await page.evaluate(() => {
    const long = (word) => `<p>${`${word} sentence with enough words to count as article text. `.repeat(6)}</p>`;
    const host = document.getElementById("cases");
    const find = (html) => {
      host.innerHTML = `<div id="root">${html}</div>`;
      return window.abridge.findArticle(document.getElementById("root"))?.id ?? null;
    };
    return [
      find(`<article id="a">${long("A")}<div id="body" itemprop="articleBody">${long("B")}</div></article>`),
      find(`<article id="small">${long("s")}</article><article id="big">${long("b")}${long("b")}</article>`),
      find(`<article id="tiny"><p>Too short.</p></article><main id="m">${long("m")}</main>`),
      find(`<div id="x"><p>Short.</p></div><div id="y">${long("y")}${long("y")}</div>`),
      find(`<nav id="n"><p>Only links.</p></nav>`),
      find(`<aside id="rel"><article id="card">${long("c")}</article></aside><div id="story">${long("d")}</div>`),
    ];
  });
  assert.deepEqual(found, ["body", "big", "m", "y", null, "story"]);
});

test("a page that hides its whole body until its scripts run (anti-flicker) is still read", async () => {
  const texts = await page.evaluate(() => {
    const host = document.getElementById("cases");
    const paragraphs = Array.from({ length: 6 }, (_, i) =>
      `<p>Paragraph ${i} of the story: the council voted to bring back the harbour ferry after forty years, and the first boats sail in spring.</p>`);
    host.innerHTML = `<article><h1>Ferry returns</h1>${paragraphs.join("")}<p class="invisible">Not shown.</p></article>`;
    const out = {};
    for (const [prop, value] of [["visibility", "hidden"], ["display", "none"], ["visibility", "visible"]]) {
      document.body.style[prop] = value;
      const article = window.abridge.readPage(document);
      out[`${prop}: ${value}`] = article ? article.text : null;
      article?.free();
      document.body.style[prop] = "";
    }
    host.innerHTML = "";
    return out;
  });
  for (const [style, text] of Object.entries(texts)) {
    assert.ok(text?.includes("Paragraph 0 of the story") && text.includes("Paragraph 5 of the story"), `body ${style}: ${text}`);
  }
  // In a visible body an element hidden by its own style is still left out.
  assert.ok(!texts["visibility: visible"].includes("Not shown."), texts["visibility: visible"]);
});
