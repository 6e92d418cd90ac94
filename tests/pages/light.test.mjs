// The widget is light on the publisher's page (issue 22): it gives the page a turn between its
// phases (no one long task), and its summary's arrival shifts nothing (space reserved), measured
// on the sample news page (www/news.html, the widget above the article's body) in headless Chromium.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, until } from "./helpers.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

// Every layout shift of the page, from its start (buffered), and when the first summary arrived.
function observeShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({ value: e.value, at: e.startTime, sources: e.sources.map((s) => s.node?.nodeName ?? "?") });
    }
  }).observe({ type: "layout-shift", buffered: true });
  document.addEventListener("abridge-summary", () => (window.__summaryAt ??= performance.now()));
}

/** Loads news.html at `viewport` and returns its layout shifts up to a moment after the summary. */
async function shiftsOfNews(viewport) {
  const page = await env.newPage({ viewport, initScript: observeShifts });
  await page.goto(env.url + "news.html");
  await until(page, () => window.__summaryAt, undefined, 10000);
  // Two frames and a little more after the summary: a shift it caused is reported by then.
  const shifts = await page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.__shifts), 100)));
  }));
  const height = await page.$eval("abridge-summary", (w) => w.getBoundingClientRect().height);
  assert.deepEqual(page.problems, []);
  await page.close();
  return { shifts, height };
}

for (const [name, viewport] of [["desktop", { width: 1280, height: 860 }], ["phone", { width: 390, height: 844 }]]) {
  test(`bar: no layout shift on news.html while the widget loads and summarizes (${name})`, async () => {
    const { shifts, height } = await shiftsOfNews(viewport);
    assert.ok(height > 100, `the widget shows its summary (${height} px)`);
    assert.deepEqual(shifts, [], "layout shifts");
  });
}

test("the widget gives the page a turn before reading and again before summarizing", async () => {
  const page = await env.newPage();
  await page.goto(env.url + "news.html");
  await until(page, () => document.querySelector("abridge-summary")?.summary, undefined, 10000);
  // A second widget added by the page. The page posts a task of its own (user-blocking, as an input
  // handler would be) right after adding it, and another when the widget starts to walk the DOM
  // (its first computed style): each must run before the widget's next phase, not after its end.
  const log = await page.evaluate(() => new Promise((resolve, reject) => {
    const log = [];
    const probe = (name) => scheduler.postTask(() => log.push(name), { priority: "user-blocking" });
    const style = window.getComputedStyle;
    window.getComputedStyle = function (...args) {
      if (!log.includes("walk")) {
        log.push("walk");
        probe("page task posted during the walk");
      }
      return style.apply(this, args);
    };
    const w = document.createElement("abridge-summary");
    w.setAttribute("for", "story");
    w.setAttribute("sentences", "2");
    w.addEventListener("abridge-summary", () => {
      log.push("summary");
      resolve(log);
    });
    w.addEventListener("abridge-error", (e) => reject(e.detail.error));
    document.querySelector("#story .story-body").before(w);
    log.push("connected");
    probe("page task posted on connect");
  }));
  assert.deepEqual(log, ["connected", "page task posted on connect", "walk", "page task posted during the walk", "summary"]);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a render superseded while it waits for its turn gives way to the newer one", async () => {
  const page = await env.newPage();
  await page.goto(env.url + "news.html");
  await until(page, () => document.querySelector("abridge-summary")?.summary, undefined, 10000);
  // Two attribute changes, each in its own task: the first render is still waiting when the second
  // starts; only the last one's summary is shown, and both refresh() calls resolve with it.
  const got = await page.evaluate(async () => {
    const w = document.querySelector("abridge-summary");
    const events = [];
    w.addEventListener("abridge-summary", (e) => events.push(e.detail.sentences.length));
    const first = w.refresh();
    w.setAttribute("sentences", "1");
    const second = w.refresh();
    const [a, b] = await Promise.all([first, second]);
    return { a: a?.sentences.length, b: b?.sentences.length, events, shown: w.shadowRoot.querySelectorAll('[part="sentence"]').length };
  });
  assert.deepEqual(got, { a: 1, b: 1, events: [1], shown: 1 });
  assert.deepEqual(page.problems, []);
  await page.close();
});
