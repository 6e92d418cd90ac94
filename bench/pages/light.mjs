// Light on the page (issue 22): the widget against an older widget.js on the same pages in the
// same run (the shared machine's load changes by the minute), page by page in turn:
//   connect → summary   the widget added to the loaded page, its module loaded first (run.mjs)
//   longest task        in that window, and in the embedded load below
//   embedded            abridge.css, <abridge-summary sentences=3> first in the body (above the
//                       article) and widget.js, in the page's HTML: widget.js loaded → summary and
//                       the layout shift from then on (`layout-shift` entries)
// reported on every page and on each half (bench/pages/harness.mjs half()).
//
//   node bench/pages/light.mjs [DIR] [--only N] [--json FILE] --before DIR_WITH_widget-before.js
//
// The --before folder holds widget-before.js and abridge-before.css (the older widget, its CSS URL
// renamed), served beside www's files; without it only the current widget is measured.
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { ROOT, benchPages, commandLine, half, median, openBench, runEmbedded, runWidget } from "./harness.mjs";

const { value, dir: DIR, only: ONLY } = commandLine(["--only", "--before", "--json"], path.join(ROOT, "../shared/data/pages"));
const before = value("--before") && path.resolve(value("--before"));
const { truth, ids } = await benchPages(DIR, ONLY);
const variants = { after: { script: "widget.js", css: "abridge.css" } };
if (before) variants.before = { script: "widget-before.js", css: "abridge-before.css" };

const bench = await openBench({ extra: before });
const rows = [];
for (const id of ids) {
  const html = gunzipSync(await readFile(path.join(DIR, "pages", `${id}.html.gz`)));
  const row = { id, half: half(id) };
  for (const [name, v] of Object.entries(variants)) {
    const page = await bench.open(html, "utf-8");
    try {
      const w = await runWidget(page, { script: v.script });
      const e = await runEmbedded(bench, html, "utf-8", v);
      row[name] = { ms: w.ms, longest: w.longest, kind: w.kind, embedded: e };
    } catch (err) {
      row[name] = { failed: String(err.message ?? err).split("\n")[0] };
    } finally {
      await page.close();
    }
  }
  rows.push(row);
  process.stderr.write(".");
}
await bench.close();
process.stderr.write("\n");

const ok = rows.filter((r) => Object.keys(variants).every((v) => !r[v].failed && r[v].embedded.kind !== "timeout"));
const halves = { all: ok, A: ok.filter((r) => r.half === "A"), B: ok.filter((r) => r.half === "B") };
const stats = [
  ["connect → summary, median ms", (rs, v) => median(rs.map((r) => r[v].ms)).toFixed(1)],
  ["pages with a long task > 50 ms in it (max ms)", (rs, v) => `${rs.filter((r) => r[v].longest > 50).length} (${Math.max(0, ...rs.map((r) => r[v].longest)).toFixed(0)})`],
  ["embedded: widget.js loaded → summary, median ms", (rs, v) => median(rs.map((r) => r[v].embedded.ms)).toFixed(1)],
  ["embedded: pages with a long task > 50 ms (max ms)", (rs, v) => `${rs.filter((r) => r[v].embedded.longest > 50).length} (${Math.max(0, ...rs.map((r) => r[v].embedded.longest)).toFixed(0)})`],
  ["embedded: layout shift, sum / pages with any", (rs, v) => `${rs.reduce((a, r) => a + r[v].embedded.shift, 0).toFixed(3)} / ${rs.filter((r) => r[v].embedded.shift > 0).length}`],
];
console.log(`\nabridge bench/pages/light: ${ok.length} of ${rows.length} pages measured with every widget (${DIR})\n`);
console.log(`| | ${Object.keys(variants).flatMap((v) => Object.entries(halves).map(([h, rs]) => `${v}: ${h} (${rs.length})`)).join(" | ")} |`);
console.log(`|---|${Object.keys(variants).flatMap(() => Object.keys(halves).map(() => "---")).join("|")}|`);
for (const [name, get] of stats) {
  console.log(`| ${name} | ${Object.keys(variants).flatMap((v) => Object.values(halves).map((rs) => get(rs, v))).join(" | ")} |`);
}
const lost = rows.filter((r) => !ok.includes(r));
if (lost.length) console.log(`not measured (failed or no event in 5 s): ${lost.map((r) => r.id.slice(0, 8)).join(" ")}`);
const hidden = ok.filter((r) => r.after.embedded.kind === "abridge-no-article");
if (hidden.length) console.log(`no article found, the widget hid itself (a shift when it had space reserved): ${hidden.map((r) => r.id.slice(0, 8)).join(" ")}`);
if (value("--json")) {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(value("--json"), JSON.stringify(rows, null, 1));
}
