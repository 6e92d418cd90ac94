// The demo with long texts (www/app.js): beyond a threshold the summary is computed in a Web Worker
// (the npm package's abridge/worker, copied to www/pkg/ by the build), so the main thread stays free.
// Measured with a PerformanceObserver of long tasks, in headless Chromium, under the CSP.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, until, SEED } from "./helpers.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** The demo, loaded with its example, recording every long task of the main thread. */
async function openDemo() {
  const page = await env.newPage({
    initScript: () => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
    },
  });
  await page.goto(env.url);
  await until(page, () => document.documentElement.hasAttribute("data-ready"), undefined, 15000);
  return page;
}

/** Pastes `text` (built in the page from `unit` repeated to `length`) over the editor's content. */
function paste(page, unit, length, marker = "") {
  return page.evaluate(([unit, length, marker]) => {
    let text = marker;
    while (text.length < length) text += unit;
    const editor = document.getElementById("article");
    editor.focus();
    getSelection().selectAllChildren(editor);
    const data = new DataTransfer();
    data.setData("text/plain", text);
    editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    return text.length;
  }, [unit, length, marker]);
}

/** Long tasks that overlap the last "abridge:worker-summary" measure (worker job start → summary shown). */
function longTasksWhileSummarizing(page) {
  return page.evaluate(() => {
    const [m] = performance.getEntriesByName("abridge:worker-summary").slice(-1);
    const end = m.startTime + m.duration;
    return {
      ms: m.duration,
      tasks: window.__longTasks.filter((t) => t.start < end && t.start + t.duration > m.startTime)
        .map((t) => Math.round(t.duration)),
      all: window.__longTasks.map((t) => Math.round(t.duration)),
    };
  });
}

test("10 MB pasted: summarized in the worker with no main-thread task over 50 ms, and shown", async () => {
  const page = await openDemo();
  const length = await paste(page, SEED + "\n\n", 10_000_000);
  assert.ok(length >= 10_000_000);
  await until(page, () => performance.getEntriesByName("abridge:worker-summary").length > 0, undefined, 60000);
  const { ms, tasks, all } = await longTasksWhileSummarizing(page);
  console.log(`# 10 MB: ${Math.round(ms)} ms from the worker job's start to the summary on screen; ` +
    `long tasks while summarizing: [${tasks}] ms; all long tasks since load: [${all}] ms`);
  assert.ok(tasks.every((d) => d <= 50), `main-thread tasks longer than 50 ms while summarizing: ${tasks}`);
  const shown = await page.$$eval("#summary-list button.sentence", (b) => b.map((x) => x.textContent));
  assert.equal(shown.length, 3);
  for (const s of shown) assert.ok(SEED.includes(s), `a sentence of the text: ${s}`);
  assert.equal(await page.$eval("#summary-body", (b) => b.getAttribute("aria-busy")), null);
  const marked = await page.evaluate(() => [...(CSS.highlights.get("abridge") ?? [])].map((r) => r.toString()));
  assert.deepEqual(marked.sort(), [...shown].sort(), "the chosen sentences are highlighted in the article");
  assert.deepEqual(page.problems, []);
});

test("a newer input cancels the older job: only the newer text's summary is shown", async () => {
  const page = await openDemo();
  await page.evaluate(() => {
    window.__jobs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__jobs.push(e.name);
    }).observe({ type: "mark" });
  });
  // Two long texts in a row: the first job is still running when the second starts. They differ in
  // their opening paragraph, so their summaries differ.
  const OLD = "Old text: the mayor opened a new library on the river bank, in front of a large crowd.\n\n";
  const NEW = "New text: the harbour ferry will be replaced by two electric boats, the council decided.\n\n";
  await paste(page, SEED + "\n\n", 4_000_000, OLD);
  await until(page, () => window.__jobs.includes("abridge:worker-start"), undefined, 20000);
  await paste(page, SEED + "\n\n", 4_000_000, NEW);
  await until(page, () => performance.getEntriesByName("abridge:worker-summary").length > 0, undefined, 60000);
  await page.waitForTimeout(500); // time for a late answer to the old job, were one coming
  const result = await page.evaluate(async ([OLD, NEW, SEED]) => {
    const { summarize } = await import("/pkg/demo/abridge.js"); // the module the demo initialized
    const text = (first) => {
      let t = first;
      while (t.length < 4_000_000) t += SEED + "\n\n";
      return t;
    };
    return {
      starts: window.__jobs.filter((n) => n === "abridge:worker-start").length,
      shown: performance.getEntriesByName("abridge:worker-summary").length,
      sentences: [...document.querySelectorAll("#summary-list button.sentence")].map((b) => b.textContent),
      expected: summarize(text(NEW), { sentences: 3 }).sentences.map((s) => s.text),
      old: summarize(text(OLD), { sentences: 3 }).sentences.map((s) => s.text),
    };
  }, [OLD, NEW, SEED]);
  assert.notDeepEqual(result.old, result.expected, "the two texts have different summaries");
  assert.equal(result.starts, 2, "two jobs were started");
  assert.equal(result.shown, 1, "only one summary reached the screen");
  assert.deepEqual(result.sentences, result.expected, "the newer text's summary");
  assert.deepEqual(page.problems, []);
});
