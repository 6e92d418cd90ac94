// What the page benches share: the fixed halves of a dev set, and headless Chromium serving saved
// pages the way the extractors saw them (the static HTML at a made-up origin, a
// Content-Security-Policy that lets only the widget's own files run, every other request aborted),
// with the widget and Readability.js run on the same DOM.
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentType } from "../../scripts/serve.mjs";
import { launchChromium } from "../../tests/js/helpers.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const ORIGIN = "http://pages.bench.invalid";
export const OWN = `${ORIGIN}/__abridge__/`;
const CSP = `script-src ${OWN} 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'`;

/**
 * The fixed split of a dev set, as bench/tune.py splits articles for ROUGE: the first byte of
 * SHA-1 of the page's id (UTF-8), even = "A" (where a rule is chosen), odd = "B" (where it must
 * hold too). The names say nothing about which half is which: a rule may be chosen on either.
 */
export function half(id) {
  return createHash("sha1").update(String(id), "utf8").digest()[0] % 2 === 0 ? "A" : "B";
}

const require = createRequire(path.join(ROOT, "bench/package.json"));
const readabilitySource = await readFile(require.resolve("@mozilla/readability/Readability.js"), "utf8");

/**
 * Chromium with the route that serves one page at a time: `open(body, charset)` loads it. Files
 * in `extra` (a folder) are served beside the widget's, before www's (e.g. an older widget.js under
 * another name, to compare in one run).
 */
export async function openBench({ extra } = {}) {
  const browser = await launchChromium();
  const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: "block" });
  let current = null; // the page being served: { body, charset }
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    // A page's `upgrade-insecure-requests` asks for the widget's files over https: same files.
    const ours = url.host === new URL(ORIGIN).host;
    if (ours && url.pathname === "/page.html" && current) {
      const type = current.charset ? `text/html; charset=${current.charset}` : "text/html";
      return route.fulfill({ status: 200, headers: { "content-type": type, "content-security-policy": CSP }, body: current.body });
    }
    if (ours && url.pathname.startsWith("/__abridge__/")) {
      const rel = url.pathname.slice("/__abridge__/".length);
      const mine = extra && path.join(extra, rel);
      const file = mine && existsSync(mine) ? mine : path.join(ROOT, "www", rel);
      if (!rel.includes("..") && existsSync(file)) {
        return route.fulfill({ status: 200, headers: { "content-type": contentType(file) }, body: await readFile(file) });
      }
    }
    return route.abort();
  });
  return {
    /** A fresh tab with `body` served as the page (charset: the header's, or none: the browser's guess). */
    async open(body, charset, { initScript } = {}) {
      current = { body, charset };
      const page = await context.newPage();
      if (initScript) await page.addInitScript(initScript);
      await page.goto(`${ORIGIN}/page.html`, { waitUntil: "domcontentloaded", timeout: 20000 });
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * The widget (no `for`) on the loaded page: how it ended (summary, short, none, error, timeout),
 * the text it summarized, its sentences, the time from connected to its event (in the page; the
 * module loaded first) and the long tasks (over 50 ms) that overlap that window: the widget's.
 */
export async function runWidget(page, { sentences = 3, waitMs = 5000, script = "widget.js" } = {}) {
  return page.evaluate(async ({ own, sentences, waitMs, script }) => {
    const widget = await import(`${own}${script}`);
    await widget.loadAbridge();
    const pkg = await import(`${own}pkg/abridge.js`);
    const el = document.createElement("abridge-summary");
    el.setAttribute("sentences", String(sentences));
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: "longtask" });
    const t0 = performance.now();
    const outcome = new Promise((resolve) => {
      el.addEventListener("abridge-summary", (e) => resolve({ kind: "summary", detail: e.detail }), { once: true });
      el.addEventListener("abridge-error", (e) => resolve({ kind: "error", error: String(e.detail?.error) }), { once: true });
      el.addEventListener("abridge-no-article", () => resolve({ kind: "none" }), { once: true });
      setTimeout(() => resolve({ kind: "timeout" }), waitMs);
    });
    document.body.append(el);
    const got = await outcome;
    const t1 = performance.now();
    const ms = t1 - t0;
    // A long task is reported after it ends: wait for the observer's queue, then keep the window's.
    await new Promise((resolve) => setTimeout(resolve, 0));
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const longest = Math.max(0, ...tasks.filter((t) => t.startTime < t1 && t.startTime + t.duration > t0).map((t) => t.duration));
    if (got.kind !== "summary") return { kind: got.kind, error: got.error, ms, longest, text: "", sentences: [] };
    const d = got.detail;
    // The text the widget summarized (older widgets: read the element it found again).
    let text = d.articleText;
    if (text === undefined) {
      const a = pkg.readArticle(d.article);
      text = a.text;
      a.free();
    }
    const kind = d.short ? "short" : "summary";
    return { kind, ms, longest, text, sentences: d.sentences.map((s) => s.text) };
  }, { own: OWN, sentences, waitMs, script });
}

/**
 * The page as a publisher embeds the widget: abridge.css, `<abridge-summary sentences=N>` first in
 * the body, above the article, and `<script type="module" src=widget.js>` after it, in the HTML. Loads
 * it fresh and returns, from the page's own observers: the layout shift (sum of `layout-shift`
 * values) and the longest task from the moment widget.js arrived to the summary, and that time
 * (import → summary: loading, compiling and instantiating the module included).
 */
export async function runEmbedded(bench, html, charset, { sentences = 3, waitMs = 5000, script = "widget.js", css = "abridge.css" } = {}) {
  // abridge.css linked by the page too, as the README asks: it sizes the element before its script runs.
  const tag = `<link rel="stylesheet" href="${OWN}${css}"><abridge-summary sentences="${sentences}"></abridge-summary>` +
    `<script type="module" src="${OWN}${script}"></script>`;
  const source = html.toString("latin1");
  // The first <body> tag that is markup: not in a comment (IE's conditional ones) or a script.
  const lower = source.toLowerCase();
  const within = (i, open, close) => lower.lastIndexOf(open, i) > lower.lastIndexOf(close, i);
  const at = [...source.matchAll(/<body[^>]*>/gi)].find((m) => !within(m.index, "<!--", "-->") && !within(m.index, "<script", "</script"));
  const index = at ? at.index + at[0].length : 0;
  const body = Buffer.concat([html.subarray(0, index), Buffer.from(tag), html.subarray(index)]);
  const page = await bench.open(body, charset, {
    initScript: () => {
      const seen = (window.__abridgeBench = { shifts: [], tasks: [], done: null });
      new PerformanceObserver((l) => seen.shifts.push(...l.getEntries())).observe({ type: "layout-shift", buffered: true });
      new PerformanceObserver((l) => seen.tasks.push(...l.getEntries())).observe({ type: "longtask", buffered: true });
      for (const type of ["abridge-summary", "abridge-error", "abridge-no-article"]) {
        addEventListener(type, () => (seen.done ??= { type, at: performance.now() }), { capture: true });
      }
    },
  });
  try {
    return await page.evaluate(async ({ own, waitMs, script }) => {
      const seen = window.__abridgeBench;
      const t = performance.now();
      while (!seen.done && performance.now() - t < waitMs) await new Promise((resolve) => setTimeout(resolve, 20));
      // Two frames after the summary: its layout shift, if any, is reported by then.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
      const loaded = performance.getEntriesByType("resource").find((r) => r.name === `${own}${script}`);
      const from = loaded?.responseEnd ?? 0;
      const to = seen.done?.at ?? performance.now();
      return {
        kind: seen.done?.type ?? "timeout",
        ms: to - from,
        shift: seen.shifts.filter((s) => s.startTime >= from && !s.hadRecentInput).reduce((a, s) => a + s.value, 0),
        longest: Math.max(0, ...seen.tasks.filter((k) => k.startTime < to && k.startTime + k.duration > from).map((k) => k.duration)),
      };
    }, { own: OWN, waitMs, script });
  } finally {
    await page.close();
  }
}

/** Readability.js 0.6 on a clone of the same DOM (its `textContent`; "" when it finds nothing). */
export async function runReadability(page) {
  await page.evaluate(`${readabilitySource}\nwindow.__Readability = Readability;`);
  return page.evaluate(() => {
    for (const el of document.querySelectorAll("abridge-summary")) el.remove();
    const t0 = performance.now();
    let text = "";
    try {
      text = new window.__Readability(document.cloneNode(true)).parse()?.textContent ?? "";
    } catch {
      text = "";
    }
    return { text, ms: performance.now() - t0 };
  });
}

export const f3 = (x) => x.toFixed(3);

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

/**
 * The bench scripts' command line: `flag(name)`, `value(name)` (the argument after it), the data
 * folder (the first argument that is neither a flag nor a flag's value, else `defaultDir`) and
 * `only` (`--only N`, else every page). `valued` names the flags that take a value.
 */
export function commandLine(valued, defaultDir) {
  const args = process.argv.slice(2);
  const flag = (name) => args.includes(name);
  const value = (name) => (flag(name) ? args[args.indexOf(name) + 1] : undefined);
  const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && valued.includes(args[i - 1])));
  const dir = path.resolve(positional[0] ?? defaultDir);
  const only = value("--only") ? Number(value("--only")) : Infinity;
  return { flag, value, dir, only };
}

/** The bench's pages: the ground truth and the ids of the pages that have one, sorted, the first `only`. */
export async function benchPages(dir, only) {
  const truth = JSON.parse(await readFile(path.join(dir, "ground-truth.json"), "utf8"));
  const ids = (await readdir(path.join(dir, "pages")))
    .filter((f) => f.endsWith(".html.gz"))
    .map((f) => f.slice(0, -".html.gz".length))
    .filter((id) => truth[id])
    .sort()
    .slice(0, only);
  return { truth, ids };
}
