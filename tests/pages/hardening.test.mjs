// Hardening in headless Chromium: WebAssembly memory stays flat over 10,000 summarize calls; every
// page works under the strict Content-Security-Policy with no violation; article text full of
// markup, `javascript:` links and event-handler attributes is shown as text and never runs — no
// dialog, no console error, a sentinel global that any injected script would set stays unset.
// (demo.test.mjs and widget.test.mjs already check <img onerror> and <script> quoted in an article;
// these add links, handlers, frames, forms, styles, HTML on the clipboard and interaction.)

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, SEED, until } from "./helpers.mjs";
import { CSP } from "../../scripts/serve.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Each payload sets window.__abridgePwned or opens a dialog if it ever runs. */
const PAYLOADS = [
  `<a href="javascript:window.__abridgePwned='link';alert('link')">read more</a>`,
  `<img src=x onerror="window.__abridgePwned='img';alert('img')">`,
  `<script>window.__abridgePwned='script';alert('script')</script>`,
  `<svg onload="window.__abridgePwned='svg';alert('svg')"></svg>`,
  `<div onmouseover="window.__abridgePwned='hover'">hover here</div>`,
  `<input autofocus onfocus="window.__abridgePwned='focus'">`,
  `<iframe src="javascript:parent.__abridgePwned='iframe'"></iframe>`,
  `<iframe srcdoc="<script>parent.__abridgePwned='srcdoc'</script>"></iframe>`,
  `<details open ontoggle="window.__abridgePwned='toggle'">x</details>`,
  `"><img src=x onerror=alert('quote')>`,
  `<style>@import url(http://evil.example/x.css)</style>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">`,
  `<form action="javascript:alert('form')"><button autofocus>go</button></form>`,
  `<object data="javascript:alert('object')"></object>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>`,
  "javascript:alert(document.domain)",
  "{{constructor.constructor('alert(1)')()}} ${alert('template')}",
];

/** Sentence frames with little in common, so that the summary keeps most of them. */
const FRAMES = [
  "Researchers in Oslo found", "A teacher from Lyon pasted", "Hospital staff in Lagos reported", "Farmers near Cusco forwarded",
  "Two students in Seoul submitted", "The mayor of Tartu quoted", "Engineers at a Dutch port logged", "A Kenyan radio host read out",
  "Police in Adelaide recovered", "Miners in Chile printed", "An Icelandic poet recited", "Bakers in Vienna typed",
  "Pilots over Manila relayed", "A Welsh choir sang", "Chess players in Baku shared", "Divers off Malta photographed",
  "Bus drivers in Quito noticed",
];

/** An article whose every sentence quotes one payload. */
const ARTICLE = PAYLOADS.map((p, i) => `${FRAMES[i]} the string ${p} yesterday.`).join(" ");

/** Elements that must never appear where article text is shown. */
const ACTIVE = "img, script, svg, iframe, frame, object, embed, form, input, details, style, meta, math, a[href^='javascript' i]";

/** Records dialogs (dismissed) and `securitypolicyviolation` events; returns what it saw. */
async function watch(page) {
  const seen = { dialogs: [] };
  page.on("dialog", async (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

/**
 * Control: the same payloads parsed as HTML do run in this page (without the CSP), so the checks
 * that nothing ran would have caught them.
 */
async function assertPayloadsRunAsHtml(page, seen) {
  await page.evaluate((payloads) => {
    const div = document.createElement("div");
    div.innerHTML = payloads.join("");
    document.body.append(div);
  }, PAYLOADS);
  await until(page, () => window.__abridgePwned !== undefined);
  for (let waited = 0; !seen.dialogs.length && waited < 5000; waited += 50) await page.waitForTimeout(50);
  assert.ok(seen.dialogs.length > 0, "the control opened a dialog");
}

/** Fails on a dialog, a violation, a set sentinel, a console or page error, or a foreign request. */
// The demo parses pasted HTML into an inert DOMParser document (issue 22 item 6); Chromium checks the
// page's policy on that document's inline handlers and style elements and reports each as blocked.
// Those reports are expected there (nothing runs: the canary, dialogs and requests say so).
const INERT_VIOLATION = /^(script-src-attr|style-src-elem|style-src-attr) inline$/;
const INERT_PROBLEM = /violates the following Content Security Policy directive '(style|script)-src|CSP violation: (style-src-attr|style-src-elem|script-src-attr) inline/;

async function assertNothingRan(page, seen, where, base = env.url, { inertParse = false } = {}) {
  await page.waitForTimeout(150); // let any deferred handler (onerror, onload, autofocus) fire
  assert.deepEqual(seen.dialogs, [], `${where}: dialogs`);
  const { pwned, violations } = await page.evaluate(() => ({ pwned: window.__abridgePwned, violations: window.__violations }));
  assert.equal(pwned, undefined, `${where}: injected code ran (${pwned})`);
  const unexpected = (list, inert) => (inertParse ? list.filter((v) => !inert.test(v)) : list);
  assert.deepEqual(unexpected(violations, INERT_VIOLATION), [], `${where}: CSP violations`);
  assert.deepEqual(unexpected(page.problems, INERT_PROBLEM), [], `${where}: console errors, page errors`);
  const foreign = page.requests.filter((u) => !u.startsWith(base) || /\/x$|evil\.example/.test(u));
  assert.deepEqual(foreign, [], `${where}: requests made by the article text`);
}

/**
 * Runs in the page: 10,000 summarize calls (and splitSentences, and an error every 100th) on the
 * page's own module instance — the same URL, so the same module record and memory — sampling the
 * WebAssembly memory and the externref table after 1,000 and after 10,000 calls.
 */
async function memoryLoop({ seed, article }) {
  const m = await import("/pkg/abridge.js");
  const exports = await m.default();
  const texts = [seed, seed.slice(0, seed.length >> 1), seed.repeat(3), `${seed}\n\n${article}`];
  const options = [undefined, { sentences: 1 }, { ratio: 0.5 }, { maxWords: 60 }, { sentences: 5, title: "A title" }];
  const sample = () => ({ memory: exports.memory.buffer.byteLength, externrefs: exports.__wbindgen_externrefs.length });
  const marks = {};
  const t0 = performance.now();
  for (let i = 1; i <= 10000; i++) {
    const text = texts[i % texts.length];
    const s = m.summarize(text, options[i % options.length]);
    if (!s.sentences.length) throw new Error(`call ${i}: empty summary`);
    if (i % 10 === 0) m.splitSentences(text);
    if (i % 100 === 0) {
      try {
        m.summarize(text, { ratio: 2 });
      } catch {
        // the error path allocates too
      }
    }
    if (i === 1000 || i === 10000) marks[i] = sample();
  }
  return { marks, ms: performance.now() - t0 };
}

test("WebAssembly memory stays flat over 10,000 summarize calls", async () => {
  const page = await env.newPage();
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready]", { timeout: 10000 });
  const { marks, ms } = await page.evaluate(memoryLoop, { seed: SEED, article: ARTICLE });
  console.log(
    `summarize ×10,000 in Chromium: memory ${marks[1000].memory} bytes after 1,000 calls, ` +
      `${marks[10000].memory} after 10,000; externref table ${marks[1000].externrefs} → ` +
      `${marks[10000].externrefs}; ${(ms / 10000).toFixed(2)} ms per call`,
  );
  assert.equal(marks[10000].memory, marks[1000].memory, "WebAssembly memory grew after warm-up");
  assert.equal(marks[10000].externrefs, marks[1000].externrefs, "the externref table grew after warm-up");
  assert.deepEqual(page.problems, []);
});

test("the widget's path (read, summarize, highlight, free) leaves memory flat too", async () => {
  const page = await env.newPage();
  await page.goto(env.url + "news.html");
  await until(page, () => document.querySelector("abridge-summary")?.summary, undefined, 10000);
  const marks = await page.evaluate(async () => {
    const m = await import("/pkg/abridge.js");
    const exports = await m.default();
    const el = document.querySelector("abridge-summary").article;
    const sample = () => ({ memory: exports.memory.buffer.byteLength, externrefs: exports.__wbindgen_externrefs.length });
    const out = {};
    for (let i = 1; i <= 2000; i++) {
      const a = m.readArticle(el);
      const s = m.summarize(a.text, { sentences: 1 + (i % 5), title: a.title ?? undefined });
      a.highlight(s.sentences, "abridge-leak-test");
      if (i % 2) a.clear("abridge-leak-test");
      a.range(s.sentences[0].start, s.sentences[0].end);
      a.free();
      if (i === 200 || i === 2000) out[i] = sample();
    }
    CSS.highlights.delete("abridge-leak-test");
    return out;
  });
  console.log(`read + summarize + highlight ×2,000: memory ${marks[200].memory} → ${marks[2000].memory} bytes, ` +
    `externref table ${marks[200].externrefs} → ${marks[2000].externrefs}`);
  assert.equal(marks[2000].memory, marks[200].memory, "WebAssembly memory grew after warm-up");
  assert.equal(marks[2000].externrefs, marks[200].externrefs, "the externref table grew after warm-up");
  assert.deepEqual(page.problems, []);
});

const PAGES = [
  ["demo", "", () => document.documentElement.hasAttribute("data-ready")],
  ["widget page", "news.html", () => document.querySelector("abridge-summary")?.summary],
  ["hostile article", "fixtures/hostile.html", () => document.querySelector("abridge-summary")?.summary],
  ["markup quoted", "fixtures/xss.html", () => document.querySelector("abridge-summary")?.summary],
  ["several widgets", "fixtures/multi.html", () => [...document.querySelectorAll("abridge-summary")].every((w) => w.summary)],
  ["widget loaded late", "fixtures/late.html", () => document.querySelector("abridge-summary")?.summary],
  ["right to left", "fixtures/rtl.html", () => document.querySelector("abridge-summary")?.summary],
];

test("every page works under the strict CSP, with no violation", async () => {
  for (const [name, path, ready] of PAGES) {
    const page = await env.newPage();
    const seen = await watch(page);
    const response = await page.goto(env.url + path);
    assert.equal(response.headers()["content-security-policy"], CSP, `${name}: the policy is sent`);
    await until(page, ready, undefined, 10000);
    await assertNothingRan(page, seen, name);
    // The listener works and the policy is enforced: an inline script added now is blocked and reported.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__abridgePwned = 'control'";
      document.body.append(s);
    });
    await until(page, () => window.__violations.length > 0);
    assert.equal(await page.evaluate(() => window.__abridgePwned), undefined, `${name}: inline script ran under the CSP`);
    await page.context().close();
  }
});

/** Pastes into the demo's editor: a paste event carrying `data` ({ type: text }). */
async function paste(page, data) {
  await page.click("#clear");
  await page.focus("#article");
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const [type, text] of Object.entries(items)) transfer.setData(type, text);
    document.getElementById("article").dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

for (const csp of [true, false]) {
  const mode = csp ? "with the CSP" : "without a CSP (the rendering alone keeps it text)";

  test(`demo: hostile article text stays text, ${mode}`, async () => {
    const local = csp ? env : await start({ csp: false });
    try {
      const page = await local.newPage();
      const seen = await watch(page);
      await page.goto(local.url);
      await page.waitForSelector("html[data-ready]", { timeout: 10000 });
      // The clipboard holds the payloads as live HTML too: the editor takes only the plain text.
      await paste(page, { "text/plain": ARTICLE, "text/html": PAYLOADS.join("<p>") });
      await page.$eval("#length", (el) => {
        el.value = el.max;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await until(page, (n) => document.querySelectorAll("#summary-list button.sentence").length >= n, 10);
      const texts = await page.$$eval("#summary-list button.sentence", (els) => els.map((e) => e.textContent));
      const shown = texts.join(" ");
      const quoted = PAYLOADS.filter((p) => shown.includes(p));
      assert.ok(quoted.length >= 10, `payloads shown as text: ${quoted.length}\n${texts.join("\n")}`);
      assert.equal(await page.$eval("#article", (e) => e.textContent), ARTICLE, "the editor holds the plain text");
      assert.equal(await page.$$eval(`#article :is(${ACTIVE}), #summary-list :is(${ACTIVE}), #keywords :is(${ACTIVE})`, (e) => e.length), 0);
      // Interact: click and hover every summary sentence, tab through the controls.
      for (const button of await page.$$("#summary-list button.sentence")) {
        await button.hover();
        await button.click();
      }
      for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
      // HTML alone on the clipboard, and HTML dropped: read only through an inert DOMParser document.
      await paste(page, { "text/html": PAYLOADS.join("") });
      await page.evaluate((html) => {
        const transfer = new DataTransfer();
        transfer.setData("text/html", html);
        const editor = document.getElementById("article");
        editor.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, PAYLOADS.join(""));
      assert.equal(await page.$$eval(`#article :is(${ACTIVE})`, (e) => e.length), 0);
      await assertNothingRan(page, seen, `demo ${mode}`, local.url, { inertParse: true });
      if (!csp) await assertPayloadsRunAsHtml(page, seen);
    } finally {
      if (!csp) await local.close();
    }
  });

  test(`widget: hostile article text stays text, ${mode}`, async () => {
    const local = csp ? env : await start({ csp: false });
    try {
      const page = await local.newPage();
      const seen = await watch(page);
      await page.goto(local.url + "fixtures/hostile.html");
      await until(page, () => document.querySelector("abridge-summary")?.summary, undefined, 10000);
      const { sentences, active, sourceActive } = await page.evaluate((selector) => {
        const root = document.querySelector("abridge-summary").shadowRoot;
        return {
          sentences: [...root.querySelectorAll('[part="sentence"]')].map((b) => b.textContent),
          active: root.querySelectorAll(selector).length,
          // The article itself: only the publisher's one link, nothing made from its text.
          sourceActive: [...document.getElementById("story").querySelectorAll(selector)].map((e) => e.id),
        };
      }, ACTIVE);
      const shown = sentences.join(" ");
      for (const quoted of [
        `<a href="javascript:window.__abridgePwned='link';alert('link')">read more</a>`,
        `<img src=x onerror="window.__abridgePwned='img';alert('img')">`,
        `<script>window.__abridgePwned='script';alert('script')</script>`,
        `<div onmouseover="window.__abridgePwned='hover'">hover here</div>`,
        `<input autofocus onfocus="window.__abridgePwned='focus'">`,
        `<iframe src="javascript:parent.__abridgePwned='iframe'"></iframe>`,
        "javascript:alert(document.domain)",
        "${alert('template')}",
      ]) {
        assert.ok(shown.includes(quoted), `${quoted} is shown as text in:\n${sentences.join("\n")}`);
      }
      assert.equal(active, 0, "no element made from article text in the widget");
      assert.deepEqual(sourceActive, ["publisher-link"]);
      // Interact with every summary sentence (each scrolls to and flashes its sentence in the
      // article, the one with the publisher's javascript: link included), then tab through.
      const buttons = page.locator("abridge-summary").locator('[part="sentence"]');
      for (let i = 0; i < (await buttons.count()); i++) {
        await buttons.nth(i).hover();
        await buttons.nth(i).click();
        await buttons.nth(i).press("Enter");
      }
      for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
      // The article's text changes to more markup: re-rendered, still text.
      await page.evaluate((payloads) => {
        document.querySelector("#story p").textContent = `Late edit: ${payloads.join(" ")}.`;
      }, PAYLOADS);
      await page.waitForTimeout(400);
      assert.equal(await page.evaluate((s) => document.querySelector("abridge-summary").shadowRoot.querySelectorAll(s).length, ACTIVE), 0);
      await assertNothingRan(page, seen, `widget ${mode}`, local.url);
      assert.equal(page.url(), local.url + "fixtures/hostile.html", "no navigation");
      if (!csp) await assertPayloadsRunAsHtml(page, seen);
    } finally {
      if (!csp) await local.close();
    }
  });
}
