// The demo's paste and drop of web pages (www/paste.js, src/page/pasted.rs, src/page/dropped.rs) in
// headless Chromium: a paste whose clipboard holds text/html (a whole page, a fragment, a hostile
// page, a page without an article), a real select-all + copy + paste, and files dropped or picked.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, squash, screenshotPath, until, FIXTURES } from "./helpers.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const PAGE = readFileSync(`${FIXTURES}/paste-page.html`, "utf8");
const BODY = PAGE.slice(PAGE.indexOf("<body>") + 6, PAGE.indexOf("</body>"));
const FIRST = "The county council voted on Monday to bring back the ferry";
const FURNITURE = ["Politics", "Obituaries", "storm warnings", "Related stories", "Ten of the best walks", "morning briefing", "All rights reserved", "Photo: Harbour Archive"];

async function openDemo() {
  const page = await env.newPage();
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready]", { timeout: 10000 });
  await page.click("#clear");
  await page.focus("#article");
  return page;
}

/** A paste event carrying `types` (MIME type → data), as a browser sends one. */
async function paste(page, types) {
  await page.evaluate((types) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(types)) data.setData(type, value);
    document.getElementById("article").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, types);
}

/** Drops a file (name, type, content as a string or bytes) on the editor. */
async function drop(page, name, type, content) {
  await page.evaluate(({ name, type, content }) => {
    const data = new DataTransfer();
    data.items.add(new File([typeof content === "string" ? content : new Uint8Array(content)], name, { type }));
    const target = document.getElementById("article");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { name, type, content });
}

const editorText = (page) => page.$eval("#article", (e) => e.textContent);
const note = (page) => page.$eval("#paste-note", (e) => (e.hidden ? null : e.textContent));
const summary = (page) => page.$$eval("#summary-list button.sentence", (els) => els.map((e) => e.textContent));

async function summaryShown(page) {
  await until(page, () => document.querySelectorAll("#summary-list button.sentence").length > 0);
  return summary(page);
}

// Parsing pasted HTML into its inert document, Chromium checks the page's Content-Security-Policy
// on the document's inline styles and handlers and reports each as blocked (nothing is applied or
// run: the other assertions check that); those reports are expected, any other problem is not.
const INERT_CSP = /violates the following Content Security Policy directive '(style|script)-src|CSP violation: (style-src-attr|style-src-elem|script-src-attr) inline/;

function assertClean(page) {
  assert.deepEqual(page.problems.filter((p) => !INERT_CSP.test(p)), [], "console errors, page errors or CSP violations");
  const foreign = page.requests.filter((u) => !u.startsWith(env.url));
  assert.deepEqual(foreign, [], "requests that left the page's origin");
}

function assertArticleOnly(text) {
  assert.ok(squash(text).startsWith(FIRST), text.slice(0, 200));
  for (const f of FURNITURE) assert.ok(!text.includes(f), `furniture "${f}" in ${text}`);
}

test("paste a whole news page as clipboard HTML: the article, without its furniture, and a note", async () => {
  const page = await openDemo();
  const plain = BODY.replace(/<[^>]+>/g, " ");
  await paste(page, { "text/html": BODY, "text/plain": plain });
  const sentences = await summaryShown(page);
  const text = await editorText(page);
  assertArticleOnly(text);
  assert.equal(text.split("\n\n").length, 6, text);
  assert.match(await note(page), /^Read as a web page: article “Island ferry to return next spring after a decade away” of 6 paragraphs, page furniture left out \(\d[\d,]* characters\)\.$/);
  for (const s of sentences) assert.ok(text.includes(s), s);
  // The editor holds text only: nothing of the pasted markup.
  assert.equal(await page.$$eval("#article *", (els) => els.length), 0);
  await page.screenshot({ path: screenshotPath("paste-page.png") });
  assertClean(page);
});

test("a page copied in Chromium (select all, copy) and pasted into the demo", async () => {
  const source = await env.newPage();
  await source.goto(`${env.url}fixtures/paste-page.html`);
  await source.keyboard.press("Control+A");
  await source.keyboard.press("Control+C");
  const page = await openDemo();
  await page.keyboard.press("Control+V");
  await summaryShown(page);
  assertArticleOnly(await editorText(page));
  assert.match(await note(page), /^Read as a web page: article/);
  assertClean(page);
});

test("a fragment (two paragraphs of rich text) reads as its plain text", async () => {
  const paras = [
    "The council said on Monday that it would bring the ferry back to the harbour, and that the first boats would run in the spring.",
    "Islanders have asked for it since it stopped ten years ago. The harbour master said the pier needs repairs first, and that work starts in January.",
  ];
  const plain = paras.join("\n\n");
  const page = await openDemo();
  await paste(page, { "text/plain": plain });
  const fromText = await summaryShown(page);
  await page.click("#clear");
  await page.focus("#article");
  for (const html of [paras.map((p) => `<p style="color: rgb(0, 0, 0);">${p}</p>`).join(""), `<div class="story"><h2>Ferry</h2>${paras.map((p) => `<p>${p}</p>`).join("")}</div>`]) {
    await page.click("#clear");
    await page.focus("#article");
    await paste(page, { "text/html": html, "text/plain": plain });
    assert.deepEqual(await summaryShown(page), fromText, html);
    assert.equal(await editorText(page), plain);
    assert.equal(await note(page), "Pasted as text: no page around it to leave out.");
  }
  assertClean(page);
});

test("no article in the pasted HTML: the plain text is pasted", async () => {
  const page = await openDemo();
  const plain = "Home\nNews\nSport\n\nThe ferry returns in spring, the council said on Monday. Islanders welcomed the news.";
  await paste(page, { "text/html": "<ul><li><a href=/>Home</a></li><li><a href=/n>News</a></li><li><a href=/s>Sport</a></li></ul>", "text/plain": plain });
  await summaryShown(page);
  assert.equal(await editorText(page), plain);
  assert.match(await note(page), /^Pasted as text/);
  assertClean(page);
});

test("pasted HTML is never run, loaded or inserted: scripts, handlers, images, styles, frames", async () => {
  const page = await openDemo();
  const evil = BODY.replace("<main>", `<main><script>window.__pwned = 1</script>
    <img src="https://evil.invalid/pixel.png" onerror="window.__pwned = 2" onload="window.__pwned = 3">
    <link rel="stylesheet" href="https://evil.invalid/style.css"><style>@import url(https://evil.invalid/import.css); body { background: url(https://evil.invalid/bg.png) }</style>
    <iframe src="https://evil.invalid/frame.html" onload="window.__pwned = 4"></iframe><svg><image href="https://evil.invalid/svg.png" onerror="window.__pwned = 5"/></svg>
    <video poster="https://evil.invalid/poster.png" src="https://evil.invalid/v.mp4"></video><object data="https://evil.invalid/o.swf"></object>
    <div style="background-image: url(https://evil.invalid/inline.png)" onmouseover="window.__pwned = 6">`)
    .replace("</main>", "</div></main>");
  await paste(page, { "text/html": evil, "text/plain": "plain" });
  await summaryShown(page);
  await page.waitForTimeout(300); // time for any load or error event to fire
  assertArticleOnly(await editorText(page));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval("img, iframe, video, object, link[href*=evil], script:not([src])", (els) => els.length), 0);
  assert.deepEqual(page.requests.filter((u) => u.includes("evil")), []);
  assertClean(page);
});

test("drop a saved .html file: its article, its charset respected", async () => {
  const page = await openDemo();
  // windows-1252 bytes: "é" is 0xE9, "’" 0x92.
  const latin = Buffer.from(PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    .replace("The county council voted", "The county council (café owners\u2019 too) voted"), "latin1");
  latin[latin.indexOf("owners") + 6] = 0x92;
  await drop(page, "ferry.html", "text/html", [...latin]);
  await summaryShown(page);
  const text = await editorText(page);
  assert.ok(text.startsWith("The county council (café owners’ too) voted"), text.slice(0, 80));
  for (const f of FURNITURE) assert.ok(!text.includes(f), f);
  assert.match(await note(page), /^Read ferry\.html as a web page: article “Island ferry/);
  assertClean(page);
});

test("drop a .txt file, pick one with the file button (keyboard), refuse other files", async () => {
  const page = await openDemo();
  const story = readFileSync(`${FIXTURES}/../../fixtures/seed-article.txt`, "utf8");
  await drop(page, "story.txt", "text/plain", story);
  await summaryShown(page);
  assert.equal(await editorText(page), story.replace(/\r\n?/g, "\n"));
  assert.equal(await note(page), "Read story.txt as text (utf-8).");

  await page.click("#clear");
  assert.equal(await note(page), null);
  // The file button is a real button: focus it and press Enter, the chooser opens.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.focus("#open").then(() => page.keyboard.press("Enter"))]);
  await chooser.setFiles({ name: "page.htm", mimeType: "", buffer: Buffer.from(PAGE) });
  await until(page, () => document.getElementById("article").textContent.length > 0);
  assertArticleOnly(await editorText(page));

  await drop(page, "photo.png", "image/png", [137, 80, 78, 71]);
  await until(page, () => document.querySelector("#paste-note.refused"));
  assert.equal(await note(page), "photo.png is not a web page or a text file. Drop a saved page (.html, .htm) or a text file (.txt).");
  assertArticleOnly(await editorText(page)); // the text on screen stays
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(21 * 1024 * 1024)], "huge.txt", { type: "text/plain" }));
    document.getElementById("article").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await until(page, () => document.getElementById("paste-note").textContent.startsWith("huge.txt"));
  assert.equal(await note(page), "huge.txt is 21 MB: files up to 20 MB can be read.");
  await page.screenshot({ path: screenshotPath("paste-refused.png") });
  assertClean(page);
});
