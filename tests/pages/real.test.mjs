// Twelve real news pages (tests/pages/fixtures/real, with the article body a person marked), each
// hard in its own way: the widget, with no `for`, must read the article from its first words to
// its last and choose every summary sentence from inside it (no caption, promo, disclosure,
// comment or headline). Pages load as the extractors saw them: the static HTML, its own scripts
// blocked by a Content-Security-Policy, every request but the widget's own files aborted.
// Also: a page with no article, where the widget hides itself and tells the page.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { launchChromium } from "../js/helpers.mjs";
import { FIXTURES, WWW, requireBuild } from "./helpers.mjs";
import { tokens, tokenLine, inside } from "../../bench/pages/metric.mjs";

const REAL = path.join(FIXTURES, "real");
const EXPECTED = JSON.parse(readFileSync(path.join(REAL, "expected.json"), "utf8"));
const ORIGIN = "http://real-pages.test.invalid";
const OWN = `${ORIGIN}/__abridge__/`;
const CSP = `script-src ${OWN} 'wasm-unsafe-eval'; object-src 'none'`;
const TYPES = { ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };

let browser;
let context;
const served = new Map(); // path -> html

before(async () => {
  requireBuild();
  browser = await launchChromium();
  context = await browser.newContext();
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN && served.has(url.pathname)) {
      return route.fulfill({ status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP }, body: served.get(url.pathname) });
    }
    if (url.href.startsWith(OWN)) {
      const rel = url.pathname.slice("/__abridge__/".length);
      const file = path.join(WWW, rel);
      if (!rel.includes("..") && existsSync(file)) {
        return route.fulfill({ status: 200, headers: { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }, body: readFileSync(file) });
      }
    }
    return route.abort();
  });
});
after(async () => {
  await browser?.close();
});

/** Loads `html` at a path of the made-up origin and runs the widget on it; returns its outcome. */
async function widgetOn(name, html) {
  served.set(`/${name}.html`, html);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/${name}.html`, { waitUntil: "domcontentloaded" });
  const out = await page.evaluate(async (own) => {
    await import(`${own}widget.js`);
    const pkg = await import(`${own}pkg/abridge.js`);
    const el = document.createElement("abridge-summary");
    const outcome = new Promise((resolve) => {
      el.addEventListener("abridge-summary", (e) => resolve({ kind: "summary", text: e.detail.articleText, sentences: e.detail.sentences.map((s) => s.text), title: e.detail.title }), { once: true });
      el.addEventListener("abridge-no-article", () => resolve({ kind: "none" }), { once: true });
      el.addEventListener("abridge-error", (e) => resolve({ kind: "error", error: String(e.detail.error) }), { once: true });
    });
    document.body.append(el);
    const result = await outcome;
    result.hidden = el.hidden;
    result.meta = el.shadowRoot.querySelector('[part="meta"]')?.textContent;
    // (wasm-bindgen gives undefined for "none"; == null covers both.)
    result.found = pkg.findArticle(document) !== null; // strictly null when none, not undefined
    result.read = pkg.readPage(document) !== null;
    return result;
  }, OWN);
  await page.close();
  return { ...out, errors };
}

for (const [id, { url, hard, articleBody }] of Object.entries(EXPECTED)) {
  test(`${id} (${new URL(url).hostname}: ${hard})`, async () => {
    const html = gunzipSync(readFileSync(path.join(REAL, `${id}.html.gz`)));
    const got = await widgetOn(id, html);
    assert.equal(got.kind, "summary", JSON.stringify(got));
    assert.equal(got.hidden, false);
    const read = tokenLine(got.text);
    const body = tokens(articleBody);
    const start = body.slice(0, 8).join(" ");
    // The last paragraph of prose (a marked body may end in a credit line or a disclaimer).
    const last = articleBody.split("\n").map(tokens).filter((t) => t.length >= 20).at(-1) ?? body;
    const end = last.slice(-8).join(" ");
    assert.ok(read.includes(` ${start} `), `the article's first words are read: ${start}`);
    assert.ok(read.includes(` ${end} `), `the article's last words are read: ${end}`);
    assert.equal(got.sentences.length, 3);
    const line = tokenLine(articleBody);
    for (const s of got.sentences) assert.ok(inside(s, line), `summary sentence outside the article: ${s}`);
    assert.deepEqual(got.errors, []);
  });
}

test("a page with no article: the widget hides itself and says so; findArticle and readPage give null", async () => {
  const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Section ${i} headlines and more</a></li>`).join("");
  const html = `<!doctype html><html lang="en"><head><title>Home</title></head><body>
    <header><h1>The Daily Example</h1><nav><ul>${links}</ul></nav></header>
    <div class="promo-grid"><p><a href="/a">A story teaser that is only a link to somewhere else entirely</a></p></div>
    <footer><p>© The Daily Example. All rights reserved. Contact us, privacy, cookies.</p></footer></body></html>`;
  const got = await widgetOn("home", html);
  assert.deepEqual({ kind: got.kind, hidden: got.hidden, found: got.found, read: got.read }, { kind: "none", hidden: true, found: false, read: false });
});

test("a short story under its headline: the widget shows all of it, visibly, as a short article", async () => {
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join("");
  const story = [
    "The harbour ferry will run every twenty minutes from Monday, the city council said on Thursday, after a month of delays.",
    "Commuters had waited up to an hour at the north pier since the old timetable was cut in March, and the council apologised to them all.",
  ];
  const html = `<!doctype html><html lang="en"><head><title>Ferry times</title></head><body>
    <header><nav><ul>${links}</ul></nav></header>
    <main><h1>Harbour ferry back to every twenty minutes</h1><div class="story">${story.map((s) => `<p>${s}</p>`).join("")}</div></main>
    <footer><p>© The Daily Example. All rights reserved.</p></footer></body></html>`;
  const got = await widgetOn("short", html);
  assert.equal(got.kind, "summary", JSON.stringify(got));
  assert.equal(got.hidden, false);
  assert.deepEqual(got.sentences, story);
  assert.equal(got.meta, "Short article · 2 sentences");
});
