// The demo page (www/index.html) in headless Chromium, served with the Content-Security-Policy.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { start, SEED, WWW, squash, screenshotPath, until, highlighted } from "./helpers.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const FURNITURE = ["Saturday, September 23", "Rabi' al-awwal", "scattered clouds", "30°C", "No Image", "arrow up", "home icon", "Agencies", "SEOUL:"];

/** Opens the demo and waits for its first summary (the example article, loaded on start). */
async function openDemo(opts) {
  const page = await env.newPage(opts);
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready]", { timeout: 10000 });
  return page;
}

function summaryTexts(page) {
  return page.$$eval("#summary-list button.sentence", (els) => els.map((e) => e.textContent));
}

/** Pastes plain text into the editor the way a browser does: a paste event with clipboard data. */
async function paste(page, text) {
  await page.click("#clear");
  await page.focus("#article");
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.getElementById("article").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function setSlider(page, value) {
  await page.$eval("#length", (el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

function assertClean(page) {
  assert.deepEqual(page.problems, [], "console errors, page errors or CSP violations");
  const foreign = page.requests.filter((u) => !u.startsWith(env.url));
  assert.deepEqual(foreign, [], "requests that left the page's origin");
}

test("the example button's file is the seed article", () => {
  assert.equal(readFileSync(path.join(WWW, "examples/seed-article.txt"), "utf8"), SEED);
});

test("paste the seed article: a summary of the requested length, without page furniture", async () => {
  const page = await openDemo();
  await paste(page, SEED);
  await until(page, () => document.querySelectorAll("#summary-list button.sentence").length === 3);
  assert.equal(await page.$eval("#article", (e) => e.textContent), SEED.replace(/\r\n?/g, "\n"), "pasted as plain text");
  const sentences = await summaryTexts(page);
  const seed = squash(SEED);
  for (const s of sentences) {
    assert.ok(seed.includes(squash(s)), `not a sentence of the article: ${s}`);
    for (const f of FURNITURE) assert.ok(!s.includes(f), `furniture "${f}" in ${s}`);
  }
  // The chosen sentences are highlighted in the article, exactly.
  assert.deepEqual((await highlighted(page)).map(squash), sentences.map(squash));
  assert.match(await page.textContent("#stat-sentences"), /^3 of \d+$/);
  assert.ok((await page.$$("#keywords li")).length > 0, "key terms shown");
  assert.match(await page.textContent("#stat-saved"), /\d/);
  assertClean(page);
});

test("moving the slider: the summary's length follows", async () => {
  const page = await openDemo();
  const max = Number(await page.$eval("#length", (e) => e.max));
  assert.ok(max >= 8, `slider max ${max}`);
  for (const n of [1, 2, 5, max, 4]) {
    await setSlider(page, n);
    assert.equal((await summaryTexts(page)).length, n, `slider at ${n}`);
    assert.equal((await highlighted(page)).length, n);
    assert.equal(await page.textContent("#length-value"), `${n} ${n === 1 ? "sentence" : "sentences"}`);
  }
  // With the keyboard, as a reader would.
  await page.focus("#length");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal((await summaryTexts(page)).length, 6);
  // In percent of the sentences: more percent never means fewer sentences.
  await page.click('label[for="mode-ratio"]');
  let previous = 0;
  for (const p of [10, 30, 60, 100]) {
    await setSlider(page, p);
    const n = (await summaryTexts(page)).length;
    assert.ok(n >= Math.max(1, previous), `${p} %: ${n} sentences after ${previous}`);
    previous = n;
  }
  const total = Number((await page.textContent("#stat-sentences")).split(" of ")[1]);
  assert.equal(previous, total, "100 % keeps every sentence");
  // Highlighting off and on again.
  await page.click("label.switch");
  assert.equal(await page.evaluate(() => CSS.highlights.has("abridge")), false);
  await page.click("label.switch");
  assert.equal((await highlighted(page)).length, total);
  assertClean(page);
});

test("clicking a summary sentence scrolls the article to it and flashes it", async () => {
  const page = await openDemo();
  await setSlider(page, Number(await page.$eval("#length", (e) => e.max)));
  const buttons = await page.$$("#summary-list button.sentence");
  const last = buttons.at(-1);
  const text = squash(await last.textContent());
  const visible = (t) => {
    const editor = document.getElementById("article");
    const h = [...CSS.highlights.get("abridge")].find((r) => r.toString().replace(/\s+/g, " ").trim() === t);
    if (!h) return null;
    const r = h.getBoundingClientRect();
    const box = editor.getBoundingClientRect();
    return { inside: r.top >= box.top && r.bottom <= box.bottom, scrollTop: editor.scrollTop };
  };
  const before = await page.evaluate(visible, text);
  assert.ok(before && !before.inside, "the last sentence starts out of view");
  await last.click();
  const after = await until(page, (t) => {
    const editor = document.getElementById("article");
    const h = [...CSS.highlights.get("abridge")].find((r) => r.toString().replace(/\s+/g, " ").trim() === t);
    const r = h.getBoundingClientRect();
    const box = editor.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom && { scrollTop: editor.scrollTop };
  }, text);
  assert.ok(after.scrollTop > before.scrollTop, "the article scrolled");
  assert.deepEqual((await highlighted(page, "abridge-flash")).map(squash), [text], "the sentence flashes");
  await until(page, () => !CSS.highlights.has("abridge-flash"), undefined, 4000);
  assertClean(page);
});

test("typing in the article re-summarizes it", async () => {
  const page = await openDemo();
  await page.click("#clear");
  await page.focus("#article");
  await page.keyboard.insertText("Rain fell on the town all week. The river rose above its banks on Friday. ");
  await page.keyboard.insertText("Volunteers filled sandbags through the night to protect the old bridge.");
  await until(page, () => document.querySelectorAll("#summary-list button.sentence").length === 3);
  assert.match(await page.textContent("#stat-sentences"), /^3 of 3$/);
  assertClean(page);
});

test("markup in the pasted text stays text", async () => {
  const page = await openDemo();
  const evil = 'Officials said the page showed <img src=x onerror="window.__pwned=1"> to visitors. ' +
    "The council fixed the page on Monday. A comment also held <script>window.__pwned=2</script> in its text.";
  await paste(page, evil);
  await setSlider(page, 3);
  await until(page, () => document.querySelectorAll("#summary-list button.sentence").length === 3);
  const texts = await summaryTexts(page);
  assert.ok(texts.some((t) => t.includes('<img src=x onerror="window.__pwned=1">')), texts.join(" | "));
  assert.ok(texts.some((t) => t.includes("<script>window.__pwned=2</script>")), texts.join(" | "));
  assert.equal(await page.$$eval("#article img, #article script, #summary-list img, #summary-list script", (e) => e.length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assertClean(page);
});

test("right-to-left text is displayed right to left", async () => {
  const page = await openDemo();
  await paste(page, readFileSync(new URL("./fixtures/rtl.txt", import.meta.url), "utf8"));
  await until(page, () => document.querySelectorAll("#summary-list button.sentence").length === 3);
  assert.equal(await page.$eval("#article", (e) => e.matches(":dir(rtl)")), true, "editor");
  const dirs = await page.$$eval("#summary-list button.sentence", (els) => els.map((e) =>
    e.matches(":dir(rtl)") && e.getBoundingClientRect().right < e.parentElement.getBoundingClientRect().right - 10));
  assert.deepEqual(dirs, [true, true, true], "summary sentences right to left, numbers on the right");
  assert.equal((await highlighted(page)).length, 3);
  await page.screenshot({ path: screenshotPath("demo-rtl.png") });
  assertClean(page);
});

test("keyboard: every control is reachable and focus is visible", async () => {
  const page = await openDemo();
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const shown = el.matches("input[type=radio], input[type=checkbox]") ? el.nextElementSibling : el;
      const style = getComputedStyle(shown);
      return {
        id: el.id || el.className || el.textContent.trim(),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
      };
    });
    if (!info) break; // past the last control
    seen.add(info.id);
    assert.ok(info.outline, `no visible focus on ${info.id}`);
  }
  for (const id of ["example", "clear", "article", "mode-sentences", "length", "highlight", "sentence"]) {
    assert.ok(seen.has(id), `${id} not reached by Tab (reached: ${[...seen].join(", ")})`);
  }
  assertClean(page);
});

test("light, dark and narrow layouts render (screenshots)", async () => {
  const light = await openDemo({ colorScheme: "light" });
  await light.screenshot({ path: screenshotPath("demo-light.png") });
  const lightBg = await light.evaluate(() => getComputedStyle(document.body).backgroundColor);

  const dark = await openDemo({ colorScheme: "dark" });
  await dark.screenshot({ path: screenshotPath("demo-dark.png") });
  const colors = await dark.evaluate(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    fg: getComputedStyle(document.body).color,
  }));
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  assert.ok(luminance(lightBg) > 200, `light background ${lightBg}`);
  assert.ok(luminance(colors.bg) < 40, `dark background ${colors.bg}`);
  assert.ok(luminance(colors.fg) > 180, `dark text ${colors.fg}`);

  const narrow = await openDemo({ viewport: { width: 390, height: 844 } });
  const boxes = await narrow.evaluate(() => ["article-pane", "summary-pane"].map((c) => {
    const r = document.querySelector(`.${c}`).getBoundingClientRect();
    return { left: r.left, top: r.top, bottom: r.bottom, width: r.width };
  }));
  assert.ok(boxes[1].top >= boxes[0].bottom, "stacked on a narrow screen");
  assert.ok(boxes.every((b) => b.width <= 390), "no horizontal overflow");
  assert.equal(await narrow.evaluate(() => document.documentElement.scrollWidth), 390);
  await narrow.screenshot({ path: screenshotPath("demo-narrow.png"), fullPage: true });
  for (const p of [light, dark, narrow]) assertClean(p);
});

test("bar: first summary within 500 ms of loading, re-summarizing under 16 ms per slider move", async () => {
  // One load to warm the browser (process start-up is not the page's time), then five measured; the
  // first-summary bar is on the fastest (this machine is shared: a load that waited for a core
  // measures the machine, not the page). All five are printed.
  await (await openDemo()).close();
  const firsts = [];
  let page;
  for (let i = 0; i < 5; i++) {
    page = await openDemo();
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const first = performance.getEntriesByName("abridge:first-summary")[0].duration;
      return { fromNavigation: first, fromResponse: first - nav.responseStart };
    });
    firsts.push(t);
    if (i < 4) await page.close();
  }
  // Slider moves over the seed article: summarize + render + highlight, then style and layout.
  // Every position five times; a position's cost is its median (this machine is shared: the odd
  // preempted run says nothing about the page), the bar is the worst position's.
  const moves = await page.evaluate(() => {
    const slider = document.getElementById("length");
    const byValue = {};
    for (let round = 0; round < 5; round++) {
      for (let v = 1; v <= Number(slider.max); v++) {
        slider.value = String(v);
        const t0 = performance.now();
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        void document.body.offsetHeight; // style and layout
        (byValue[v] ??= []).push(performance.now() - t0);
      }
    }
    return byValue;
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const all = Object.values(moves).flat();
  const perPosition = Object.values(moves).map(median);
  const report = {
    firstSummaryFromNavigationMs: firsts.map((f) => +f.fromNavigation.toFixed(1)),
    firstSummaryFromResponseMs: firsts.map((f) => +f.fromResponse.toFixed(1)),
    sliderMoveMedianMs: +median(all).toFixed(2),
    sliderMoveWorstPositionMs: +Math.max(...perPosition).toFixed(2),
    sliderMoveP95Ms: +[...all].sort((a, b) => a - b)[Math.floor(all.length * 0.95)].toFixed(2),
    sliderMoveMaxMs: +Math.max(...all).toFixed(2),
  };
  console.log(`# timings ${JSON.stringify(report)}`);
  assert.ok(Math.min(...firsts.map((f) => f.fromNavigation)) < 500, `first summary: ${JSON.stringify(report)}`);
  assert.ok(report.sliderMoveWorstPositionMs < 16, `slider: ${JSON.stringify(report)}`);
  assertClean(page);
});

test("the Summarizer API panel: four types and three lengths, through abridge/summarizer", async () => {
  const page = await openDemo();
  const output = () => page.textContent("#brief-output");
  const choose = async (id) => {
    const before = await output();
    await page.click(`label[for="${id}"]`);
    await page.waitForFunction((b) => document.getElementById("brief-output").textContent !== b, before);
  };
  await page.waitForFunction(() => document.querySelectorAll("#brief-output li").length === 3);
  await choose("brief-long");
  assert.equal(await page.$$eval("#brief-output li", (els) => els.length), 7);
  await choose("brief-headline");
  assert.equal(await output(), "South Korea urges Russia to halt military cooperation with N Korea");
  await choose("brief-tldr");
  assert.ok((await output()).startsWith("South Korea summoned Russia's ambassador"));
  assert.match(await page.textContent("#brief-code"), /type: "tldr", length: "long"/);
  await paste(page, "Only this sentence is here. And one more about the harbour ferry.");
  await page.waitForFunction(() => document.getElementById("brief-output").textContent.includes("harbour ferry"));
  await page.click("#clear");
  await page.waitForFunction(() => document.getElementById("briefs").hidden);
  assertClean(page);
});
