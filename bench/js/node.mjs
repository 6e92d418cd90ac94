// Node 20: abridge (the WASM package in pkg/) vs wink-nlp and node-summary, every article of
// cnndm-dev at 3 sentences, warm, in one process; then abridge's scaling. Prints JSON.
//   node bench/js/node.mjs [FILE.jsonl] [--budget-ms N]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { measure, scaling } from "./harness.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const budgetMs = Number(args[args.indexOf("--budget-ms") + 1]) || 20000;
const file = args.find((a) => a.endsWith(".jsonl")) ?? path.join(ROOT, "../shared/data/eval/cnndm-dev.jsonl");
const articles = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);

const glue = await import(pathToFileURL(path.join(ROOT, "pkg/abridge.js")).href);
const wasm = glue.initSync({ module: readFileSync(path.join(ROOT, "pkg/abridge_bg.wasm")) });
const abridge = (text, k) => glue.summarize(text, { sentences: k }).sentences.map((s) => s.text);

const bundles = path.join(ROOT, "bench/out/bundles");
const summarizers = {
  abridge,
  "wink-nlp": (await import(pathToFileURL(path.join(bundles, "wink.node.mjs")).href)).load(),
  "node-summary": (await import(pathToFileURL(path.join(bundles, "node-summary.node.mjs")).href)).load(),
};

const results = {};
for (const [name, fn] of Object.entries(summarizers)) {
  results[name] = measure(fn, articles, { rounds: name === "abridge" ? 50 : 20, budgetMs });
}
const scale = scaling((t, k) => glue.summarize(t, { sentences: k }), articles, () => wasm.memory.buffer.byteLength);
console.log(JSON.stringify({ runtime: `Node ${process.versions.node}`, articles: articles.length, results, scaling: scale }));
