// The demo's "why" view (www/why.js): every sentence shaded by its score, a chosen sentence's
// reasons in words, key-term chips that show their places in the article. The words must say what
// the core's explain() computed, on real text (the seed article, an Arabic article), pass axe, and
// read right to left. In headless Chromium, under the CSP.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { start, until, screenshotPath, FIXTURES, axe } from "./helpers.mjs";

const RTL = readFileSync(path.join(FIXTURES, "rtl.txt"), "utf8");

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function openDemo(opts) {
  const page = await env.newPage(opts);
  await page.goto(env.url);
  await until(page, () => document.documentElement.hasAttribute("data-ready"), undefined, 15000);
  await until(page, () => !document.getElementById("why").hidden);
  return page;
}

/** Replaces the editor's text as a paste does, and waits for the why view of the new text. */
async function pasteText(page, text) {
  await page.evaluate((t) => {
    const editor = document.getElementById("article");
    editor.focus();
    getSelection().selectAllChildren(editor);
    const data = new DataTransfer();
    data.setData("text/plain", t);
    editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await until(page, (t) => document.getElementById("why-list").textContent.includes(t), text.split("\n").filter(Boolean)[1].slice(0, 20));
}

/** The core's explanation of the editor's text, with the demo's options, computed in the page. */
function coreExplanation(page) {
  return page.evaluate(async () => {
    const { explain, readArticle } = await import("/pkg/demo/abridge.js");
    const article = readArticle(document.getElementById("article"));
    const text = article.text;
    article.free();
    return { text, explanation: explain(text, { sentences: Number(document.getElementById("length").value) }) };
  });
}

/** Chooses sentence `index` in the why list; returns the reasons as shown. */
async function reasonsShown(page, index) {
  await page.click(`#why-list button[data-index="${index}"]`);
  return page.$eval("#why-reasons", (box) => ({
    heading: box.querySelector(".why-for").textContent,
    reasons: [...box.querySelectorAll(".reasons li")].map((li) => ({
      kind: li.dataset.kind,
      text: li.querySelector(".reason").textContent,
      terms: [...li.querySelectorAll("bdi.term")].map((b) => b.textContent),
    })),
  }));
}

/** Checks the reasons shown for one sentence against the core's features for it. */
function assertReasonsMatch(shown, sentence, explanation) {
  const total = explanation.sentences.length;
  assert.ok(shown.heading.includes(sentence.chosen ? "in the summary" : "not in the summary"), shown.heading);
  const byKind = Object.fromEntries(shown.reasons.map((r) => [r.kind, r]));
  const shared = sentence.titleTerms.length;
  if (shared) {
    assert.equal(byKind.title?.text, `Shares ${shared} ${shared === 1 ? "term" : "terms"} with the headline:`);
    assert.deepEqual(byKind.title.terms, sentence.titleTerms);
  } else {
    assert.equal(byKind.title, undefined);
  }
  const covers = sentence.keyTerms.map((k) => explanation.keyTerms[k].text);
  if (covers.length && sentence.contributions.termFrequency > 0) {
    assert.equal(byKind.terms.text, "Covers:");
    assert.deepEqual(byKind.terms.terms, covers);
  }
  if (sentence.contributions.position > 0) {
    const where = sentence.index === 0 ? "The opening sentence" : `sentence ${sentence.index + 1} of ${total}`;
    assert.ok(byKind.position.text.toLowerCase().includes(where.toLowerCase()), byKind.position.text);
  }
  // The shares are of the core's feature sum, and "short" or "long" is against the core's ideal.
  const c = sentence.contributions;
  assert.ok(Math.abs(sentence.features * c.lengthPrior - sentence.score) <= 1e-9 * Math.max(1, sentence.score));
  if (c.lengthPrior < 0.8) assert.equal(byKind.length.text.startsWith("Short"), sentence.words < explanation.idealWords);
}

test("why view: each sentence shaded with a level word; reasons match the core's features", async () => {
  const page = await openDemo();
  const { text, explanation } = await coreExplanation(page);
  const rows = await page.$$eval("#why-list button.why-sentence", (bs) => bs.map((b) => ({
    index: Number(b.dataset.index),
    level: b.querySelector(".level-word").textContent,
    chosen: b.querySelector(".chosen") !== null,
    text: b.querySelector(".why-text").textContent,
    shade: getComputedStyle(b).backgroundColor,
  })));
  assert.equal(rows.length, explanation.sentences.length);
  for (const [i, row] of rows.entries()) {
    const s = explanation.sentences[i];
    assert.equal(row.text, text.slice(s.start, s.end));
    assert.equal(row.chosen, s.chosen);
    assert.ok(["Strong", "Good", "Some", "Weak"].includes(row.level));
  }
  // The best sentence is "Strong" and shaded; the legend names every level.
  const best = explanation.sentences.reduce((a, b) => (b.score > a.score ? b : a));
  assert.equal(rows[best.index].level, "Strong");
  assert.notEqual(rows[best.index].shade, "rgba(0, 0, 0, 0)");
  assert.deepEqual(await page.$$eval("#why-legend li", (l) => l.map((x) => x.textContent.replace(/[▮▯]/g, ""))),
    ["Strong", "Good", "Some", "Weak"]);

  // The seed article's opening sentence: first, shares terms with the headline
  // ("South Korea urges Russia to halt military cooperation with N Korea"), in the summary.
  const first = explanation.sentences[0];
  assert.ok(first.titleTerms.length >= 3, JSON.stringify(first.titleTerms));
  const shown = await reasonsShown(page, 0);
  assertReasonsMatch(shown, first, explanation);
  assert.equal(shown.reasons.find((r) => r.kind === "position").text, "The opening sentence");
  // Every other sentence too, chosen or not.
  for (const s of explanation.sentences.slice(1)) assertReasonsMatch(await reasonsShown(page, s.index), s, explanation);
  assert.equal(await page.$eval(`#why-list button[data-index="2"]`, (b) => b.getAttribute("aria-pressed")), "false");
  assert.equal(await page.$$eval(`#why-list button[aria-pressed="true"]`, (b) => b.length), 1);
  assert.deepEqual(page.problems, []);
});

test("key-term chips show the term's places in the article, one after another", async () => {
  const page = await openDemo();
  const { text, explanation } = await coreExplanation(page);
  const term = explanation.keyTerms[0];
  assert.ok(term.occurrences.length >= 2, `${term.text}: ${term.occurrences.length}`);
  const chip = `#keywords button.chip[data-term="0"]`;
  assert.equal(await page.$eval(chip, (b) => b.textContent), term.text);
  await page.click(chip);
  const marked = await page.evaluate(() => [...CSS.highlights.get("abridge-term")].map((r) => r.toString()));
  assert.deepEqual(marked, term.occurrences.map((o) => text.slice(o.start, o.end)));
  assert.ok(marked.every((m) => m.toLowerCase().startsWith(term.text.toLowerCase().slice(0, 4))), marked.join(", "));
  // Each press flashes the next occurrence.
  const flashed = [];
  for (let i = 0; i < 2; i++) {
    if (i) await page.click(chip);
    flashed.push(await page.evaluate(() => [...CSS.highlights.get("abridge-flash")][0].toString()));
  }
  assert.deepEqual(flashed, term.occurrences.slice(0, 2).map((o) => text.slice(o.start, o.end)));
  assert.equal(await page.$eval(chip, (b) => b.getAttribute("aria-pressed")), "true");
  assert.deepEqual(page.problems, []);
});

test("key-term chips say the word graph's reason: the words each is linked to", async () => {
  const page = await openDemo();
  const { text, explanation } = await coreExplanation(page);
  const chips = await page.$$eval("#keywords button.chip", (bs) => bs.map((b) => ({ title: b.title, label: b.getAttribute("aria-label") })));
  assert.ok(chips.length >= 3, `${chips.length} chips`);
  chips.forEach((chip, i) => {
    const { text: term, linked } = explanation.keyTerms[i];
    assert.ok(linked.length >= 1 && linked.length <= 3, `${term}: ${linked}`);
    for (const word of linked) {
      assert.ok(text.includes(word), `${term}: "${word}" is not in the article`);
      assert.ok(!term.toLowerCase().split(/\s+/).includes(word.toLowerCase()), `${term} is linked to its own word ${word}`);
    }
    assert.equal(chip.title, `${term}: linked to ${linked.join(", ")}`);
    assert.match(chip.label, new RegExp(`, linked to ${linked.join(", ")}, show the next$`));
  });
});


for (const colorScheme of ["light", "dark"]) {
  test(`why view, ${colorScheme}: axe finds no serious or critical violation (a sentence and a chip chosen)`, async () => {
    const page = await openDemo({ colorScheme });
    await page.click(`#why-list button[data-index="1"]`);
    await page.click(`#keywords button.chip[data-term="0"]`);
    await page.waitForTimeout(100);
    assert.deepEqual(await axe(page), []);
    await page.$eval("#why", (el) => el.scrollIntoView());
    await page.screenshot({ path: screenshotPath(`why-${colorScheme}.png`), fullPage: false });
  });
}

test("why view, right to left: an Arabic article's sentences and terms read right to left", async () => {
  const page = await openDemo();
  await pasteText(page, RTL);
  const { text, explanation } = await coreExplanation(page);
  assert.equal(await page.$$eval("#why-list button.why-sentence", (b) => b.length), explanation.sentences.length);
  const directions = await page.$$eval("#why-list .why-text", (els) => els.map((e) => getComputedStyle(e).direction));
  assert.ok(directions.every((d) => d === "rtl"), directions.join(" "));
  const withTitle = explanation.sentences.find((s) => s.titleTerms.length > 0);
  assert.ok(withTitle, "some sentence shares terms with the Arabic headline");
  const shown = await reasonsShown(page, withTitle.index);
  assertReasonsMatch(shown, withTitle, explanation);
  const termDirections = await page.$$eval("#why-reasons bdi.term", (els) => els.map((e) => getComputedStyle(e).direction));
  assert.ok(termDirections.length > 0 && termDirections.every((d) => d === "rtl"), termDirections.join(" "));
  assert.ok(text.slice(withTitle.start, withTitle.end).length > 0);
  assert.deepEqual(await axe(page), []);
  await page.$eval("#why", (el) => el.scrollIntoView());
  await page.screenshot({ path: screenshotPath("why-rtl.png") });
  assert.deepEqual(page.problems, []);
});
