// Accessibility: axe-core (npm) injected into the demo and the widget pages, light and dark,
// wide and narrow: no serious or critical violations.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, until, axe } from "./helpers.mjs";


let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});


const CASES = [
  ["demo", "", () => document.documentElement.hasAttribute("data-ready")],
  ["widget page", "news.html", () => document.querySelector("abridge-summary")?.summary],
  ["right-to-left widget", "fixtures/rtl.html", () => document.querySelector("abridge-summary")?.summary],
  ["several widgets", "fixtures/multi.html", () => [...document.querySelectorAll("abridge-summary")].every((w) => w.summary)],
];

for (const [name, path, ready] of CASES) {
  for (const [variant, opts] of [
    ["light", { colorScheme: "light" }],
    ["dark", { colorScheme: "dark" }],
    ["narrow", { viewport: { width: 390, height: 844 } }],
  ]) {
    test(`axe: ${name}, ${variant}: no serious or critical violations`, async () => {
      const page = await env.newPage(opts);
      await page.goto(env.url + path);
      await until(page, ready, undefined, 10000);
      await page.waitForTimeout(100); // transitions settle before colour contrast is measured
      const violations = await axe(page);
      assert.deepEqual(violations, []);
      await page.close();
    });
  }
}

test("axe: a planted violation is caught (the check is live)", async () => {
  const page = await env.newPage();
  await page.goto(env.url + "fixtures/multi.html");
  await page.evaluate(() => {
    const b = document.createElement("button");
    b.append(document.createElement("span"));
    document.querySelector("main").append(b); // a button without a name: critical
  });
  const violations = await axe(page);
  assert.ok(violations.some((v) => v.includes("button-name")), violations.join("\n"));
  await page.close();
});
