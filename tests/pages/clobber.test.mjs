// The widget on a publisher's page whose own markup shadows the DOM's names (DOM clobbering: in a
// form with <input name="id">, form.id is that input, not a string; a <form name="title"> is
// document.title), and the widget when something on its path throws: it always answers, with a
// summary or with "abridge-error" and a visible error state — never an endless "Summarizing…".

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, screenshotPath } from "./helpers.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Records the widget's first answer (abridge-summary or abridge-error) on window.__abridgeOutcome. */
const RECORD = () => {
  const done = (e) => {
    window.__abridgeOutcome ??= e.type === "abridge-summary"
      ? { type: e.type, sentences: e.detail.sentences.map((s) => s.text), articleText: e.detail.articleText }
      : { type: e.type, error: String(e.detail.error?.message ?? e.detail.error) };
  };
  addEventListener("abridge-summary", done);
  addEventListener("abridge-error", done);
};

/** Opens path with optional extra init script; resolves with the first outcome and the widget's state. */
async function outcome(path, initScript) {
  const page = await env.newPage({ initScript: RECORD });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(env.url + path);
  await page.waitForFunction(() => window.__abridgeOutcome, undefined, { timeout: 10000 });
  const state = await page.evaluate(() => {
    const w = Document.prototype.querySelector.call(document, "abridge-summary");
    const status = w.shadowRoot.querySelector('[part="status"]');
    return {
      outcome: window.__abridgeOutcome,
      status: status.hidden ? "" : status.textContent,
      busy: w.shadowRoot.querySelector('[part="panel"]').getAttribute("aria-busy"),
      items: w.shadowRoot.querySelectorAll('[part="sentence"]').length,
    };
  });
  return { page, ...state };
}

test("forms that clobber id, className, attributes, tagName, children, hidden, style, getAttribute … : a summary of the article", async () => {
  const { page, outcome: o, status, busy, items } = await outcome("fixtures/clobber.html");
  assert.equal(o.type, "abridge-summary", JSON.stringify(o));
  assert.equal(o.sentences.length, 3);
  assert.equal(items, 3);
  assert.equal(busy, null);
  assert.equal(status, "");
  const paragraphs = await page.evaluate(() =>
    [...Document.prototype.querySelectorAll.call(document, "article p")].map((p) => Node.prototype.__lookupGetter__("textContent").call(p)));
  for (const s of o.sentences) assert.ok(paragraphs.some((p) => p.includes(s)), `not from the article: ${s}`);
  assert.match(o.articleText, /lighthouse on the northern cape/);
  assert.match(o.articleText, /three hundred people applied/);
  assert.deepEqual(page.problems, []);
});

test("the fixture really clobbers: form.id, form.getAttribute, form.className and document.title are elements", async () => {
  const page = await env.newPage();
  await page.goto(env.url + "fixtures/clobber.html");
  const kinds = await page.evaluate(() => {
    const form = Document.prototype.querySelector.call(document, "form.newsletter");
    return [typeof form.id, form.getAttribute instanceof Element, form.className instanceof Element, document.title instanceof Element];
  });
  assert.deepEqual(kinds, ["object", true, true, true]);
});

/** Ways to make the widget's path throw, each from a different stage. */
const FAILURES = [
  // While the page is read (the walk asks every element for its computed style).
  ["reading the page", "fixtures/clobber.html", () => {
    window.getComputedStyle = () => {
      throw new Error("test: getComputedStyle failed");
    };
  }],
  ["reading the sample page", "news.html", () => {
    window.getComputedStyle = () => {
      throw new Error("test: getComputedStyle failed");
    };
  }],
];

for (const [name, path, script] of FAILURES) {
  test(`a thrown error while ${name}: abridge-error and a visible error state`, async () => {
    const { page, outcome: o, status, busy, items } = await outcome(path, script);
    assert.equal(o.type, "abridge-error", JSON.stringify(o));
    assert.match(o.error, /test: getComputedStyle failed/);
    assert.equal(status, "This article could not be summarized.");
    assert.equal(busy, null);
    assert.equal(items, 0);
    if (path === "news.html") await page.locator("abridge-summary").screenshot({ path: screenshotPath("widget-error-state.png") });
  });
}

test("a thrown error from summarize: abridge-error and a visible error state", async () => {
  const page = await env.newPage({ initScript: RECORD });
  // The module's summarize throws (the glue, minified by scripts/minify-glue.mjs, is served with
  // summarize replaced).
  await page.route(/\/pkg\/abridge\.js$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      /export function summarize\((\w+), ?(\w+)\) ?\{/,
      "export function summarize() {\n  throw new Error(\"test: summarize failed\");\n}\nfunction summarizeUnused($1, $2) {",
    );
    assert.ok(body.includes("test: summarize failed"), "the glue's summarize was replaced");
    await route.fulfill({ response, body });
  });
  await page.goto(env.url + "news.html");
  await page.waitForFunction(() => window.__abridgeOutcome, undefined, { timeout: 10000 });
  const state = await page.evaluate(() => ({
    outcome: window.__abridgeOutcome,
    status: document.querySelector("abridge-summary").shadowRoot.querySelector('[part="status"]').textContent,
  }));
  assert.deepEqual(state, {
    outcome: { type: "abridge-error", error: "test: summarize failed" },
    status: "This article could not be summarized.",
  });
});
