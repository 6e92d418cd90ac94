// What the page benches share: the fixed halves of a dev set, and headless Chromium serving saved
// pages the way the extractors saw them (the static HTML at a made-up origin, a
// Content-Security-Policy that lets only the widget's own files run, every other request aborted),
// with the widget and Readability.js run on the same DOM.
import { readFile } from "node:fs/promises";
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

/** Chromium with the route that serves one page at a time: `open(body, charset)` loads it. */
export async function openBench() {
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
      const file = path.join(ROOT, "www", rel);
      if (!rel.includes("..") && existsSync(file)) {
        return route.fulfill({ status: 200, headers: { "content-type": contentType(file) }, body: await readFile(file) });
      }
    }
    return route.abort();
  });
  return {
    /** A fresh tab with `body` served as the page (charset: the header's, or none: the browser's guess). */
    async open(body, charset) {
      current = { body, charset };
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/page.html`, { waitUntil: "domcontentloaded", timeout: 20000 });
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * The widget (no `for`) on the loaded page: how it ended (summary, short, none, error, timeout),
 * the text it summarized, its sentences and the time from connected to its event (in the page).
 */
export async function runWidget(page, { sentences = 3, waitMs = 5000 } = {}) {
  return page.evaluate(async ({ own, sentences, waitMs }) => {
    const widget = await import(`${own}widget.js`);
    await widget.loadAbridge();
    const pkg = await import(`${own}pkg/abridge.js`);
    const el = document.createElement("abridge-summary");
    el.setAttribute("sentences", String(sentences));
    const t0 = performance.now();
    const outcome = new Promise((resolve) => {
      el.addEventListener("abridge-summary", (e) => resolve({ kind: "summary", detail: e.detail }), { once: true });
      el.addEventListener("abridge-error", (e) => resolve({ kind: "error", error: String(e.detail?.error) }), { once: true });
      el.addEventListener("abridge-no-article", () => resolve({ kind: "none" }), { once: true });
      setTimeout(() => resolve({ kind: "timeout" }), waitMs);
    });
    document.body.append(el);
    const got = await outcome;
    const ms = performance.now() - t0;
    if (got.kind !== "summary") return { kind: got.kind, error: got.error, ms, text: "", sentences: [] };
    const d = got.detail;
    // The text the widget summarized (older widgets: read the element it found again).
    let text = d.articleText;
    if (text === undefined) {
      const a = pkg.readArticle(d.article);
      text = a.text;
      a.free();
    }
    const kind = d.short ? "short" : "summary";
    return { kind, ms, text, sentences: d.sentences.map((s) => s.text) };
  }, { own: OWN, sentences, waitMs });
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
