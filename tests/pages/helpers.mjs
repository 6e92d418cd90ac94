// Shared by the page tests: the static server on a free port, headless Chromium through
// playwright-core, and a few page utilities.

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS } from "../js/helpers.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const WWW = path.join(ROOT, "www");
export const FIXTURES = path.join(ROOT, "tests/pages/fixtures");
export const SCREENSHOTS = path.join(ROOT, "tests/screenshots");
export const SEED = readFileSync(path.join(ROOT, "tests/fixtures/seed-article.txt"), "utf8");

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// The same flags as every other Chromium launch in the tests (no downloads, no background traffic).
const ARGS = CHROMIUM_ARGS;

/** Fails early, and clearly, when the WebAssembly build is missing. */
export function requireBuild() {
  for (const f of ["pkg/abridge.js", "pkg/abridge_bg.wasm"]) {
    if (!existsSync(path.join(WWW, f))) {
      throw new Error(`www/${f} is missing: run scripts/build-wasm.sh first`);
    }
  }
}

/**
 * Starts the server (www/ at /, the test fixtures at /fixtures/, with the Content-Security-Policy
 * unless csp is false) and Chromium. Returns { url, browser, newPage(opts), close() }.
 */
export async function start({ csp = true } = {}) {
  requireBuild();
  const server = await serve({ dir: WWW, port: 0, csp, mounts: { "/fixtures/": FIXTURES } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const pages = [];
  return {
    url: server.url,
    browser,
    /** A page in a fresh context that records console errors, page errors, CSP violations and requests. */
    async newPage({ viewport = { width: 1280, height: 860 }, colorScheme = "light", initScript } = {}) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.problems = [];
      page.requests = [];
      page.on("console", (m) => {
        if (m.type() === "error") page.problems.push(`console: ${m.text()}`);
      });
      page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
      page.on("request", (r) => page.requests.push(r.url()));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      if (initScript) await page.addInitScript(initScript);
      pages.push(context);
      return page;
    },
    async close() {
      await Promise.allSettled(pages.map((c) => c.close()));
      await browser.close();
      await server.close();
    },
  };
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/** The texts of the ranges in CSS.highlights under `name`, in document order. */
export function highlighted(page, name = "abridge") {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    if (!h) return [];
    return [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
  }, name);
}

/** Collapses white space, for comparing texts read from different places. */
export function squash(s) {
  return s.replace(/\s+/g, " ").trim();
}

/** Polls fn in the page until it returns a truthy value. */
export async function until(page, fn, arg, timeout = 5000) {
  const handle = await page.waitForFunction(fn, arg, { timeout, polling: 25 });
  return handle.jsonValue();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core in the page (through the DevTools protocol, so the page's CSP does not apply) on
 * WCAG 2.2 AA and best practice; resolves with the serious and critical violations, one line each.
 */
export async function axe(page) {
  await page.evaluate(AXE);
  const results = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    resultTypes: ["violations"],
  }));
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}
