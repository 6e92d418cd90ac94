// The "whole page pasted as text" measure of run.mjs, natively and in seconds: the texts run.mjs
// saved with `--dump-pasted DIR` (each page's innerText) summarized by the CLI in one `--jsonl`
// batch, each summary "clean" when every sentence is inside the page's true body. For choosing a
// rule of src/text/pasted/ on one half and checking it on the other; run.mjs stays the measure.
//
//   node bench/pages/run.mjs --no-cli --dump-pasted /tmp/pasted     (once)
//   cargo build --release --features cli
//   node bench/pages/pasted-text.mjs /tmp/pasted [PAGES_DIR] [--list]
import { readFile, readdir } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT, half } from "./harness.mjs";
import { inside, tokenLine } from "./metric.mjs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const dump = path.resolve(args[0] ?? "/tmp/pasted");
const pagesDir = path.resolve(args[1] ?? path.join(ROOT, "../shared/data/pages"));
const truth = JSON.parse(await readFile(path.join(pagesDir, "ground-truth.json"), "utf8"));
const ids = (await readdir(dump)).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).filter((id) => truth[id]).sort();
const batch = await Promise.all(ids.map(async (id) => JSON.stringify({ id, text: await readFile(path.join(dump, `${id}.txt`), "utf8"), sentences: 3 })));
const r = spawnSync(process.env.ABRIDGE_CLI ?? path.join(ROOT, "target/release/abridge"), ["--jsonl"], { input: batch.join("\n") + "\n", maxBuffer: 256 << 20 });
if (r.status !== 0) throw new Error(`abridge --jsonl: exit ${r.status}: ${String(r.stderr).slice(0, 300)}`);
const out = String(r.stdout).trim().split("\n").map((l) => JSON.parse(l));
const count = { A: [0, 0], B: [0, 0] };
for (const o of out) {
  const line = tokenLine(truth[o.id].articleBody);
  const sentences = (o.sentences ?? []).map((s) => (typeof s === "string" ? s : s.text));
  const outside = sentences.filter((s) => !inside(s, line));
  const clean = sentences.length > 0 && outside.length === 0;
  const h = half(o.id);
  count[h][0] += clean;
  count[h][1] += 1;
  if (process.argv.includes("--list") && !clean) {
    console.log(`${o.id.slice(0, 8)} ${h} ${sentences.length ? outside.map((s) => `\n    outside: ${s.slice(0, 110)}`).join("") : "no summary"}`);
  }
}
const pct = ([n, d]) => `${n} of ${d} (${((100 * n) / d).toFixed(1)} %)`;
const all = [count.A[0] + count.B[0], count.A[1] + count.B[1]];
console.log(`whole page pasted as text, clean: all ${pct(all)}, half A ${pct(count.A)}, half B ${pct(count.B)}`);
