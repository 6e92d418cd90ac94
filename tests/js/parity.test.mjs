// The WASM build and the native build give identical summaries: the native CLI (release, feature
// `cli`) and the npm package in Node over the project's fixtures (always) and every article of
// ../shared/data/eval/cnndm-dev.jsonl (when present). Chosen sentences, offsets, keywords, title,
// language and stats must be identical; scores equal within 1e-9 (the two builds share one source,
// but libm's pow/ln may differ in the last bit between targets).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { loadPackage, ROOT, run } from "./helpers.mjs";

const { summarize } = await loadPackage();
const { Summarizer } = await import(new URL("../../pkg/summarizer.node.js", import.meta.url).href);
const CLI = path.join(ROOT, "target/release/abridge");
const EVAL = process.env.ABRIDGE_EVAL ?? path.join(ROOT, "../shared/data/eval/cnndm-dev.jsonl");
const TOLERANCE = 1e-9;

/** [JavaScript options, CLI arguments] */
const BUDGETS = [
  [{}, []],
  [{ ratio: 0.3 }, ["--ratio", "0.3"]],
  [{ maxWords: 60 }, ["--max-words", "60"]],
];

/** Runs the CLI with `input` on stdin; resolves with its stdout. */
function cli(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(CLI, args, { stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`abridge ${args.join(" ")} exited ${code}: ${Buffer.concat(err)}`)),
    );
    child.stdin.end(input);
  });
}

function close(a, b, what) {
  assert.ok(Math.abs(a - b) <= TOLERANCE, `${what}: native ${a} vs wasm ${b}`);
}

/** Compares the CLI's --json summary with the WASM result for the same text and options. */
function assertSame(native, wasm, what) {
  assert.deepEqual(
    wasm.sentences.map(({ text, index, start, end }) => ({ text, index, start, end })),
    native.sentences.map(({ text, index, start, end }) => ({ text, index, start, end })),
    `${what}: chosen sentences`,
  );
  native.sentences.forEach((s, i) => close(s.score, wasm.sentences[i].score, `${what}: score of sentence ${s.index}`));
  assert.equal(wasm.scores.length, native.scores.length, `${what}: number of scores`);
  native.scores.forEach((s, i) => close(s, wasm.scores[i], `${what}: scores[${i}]`));
  assert.equal(wasm.text, native.text, `${what}: text`);
  assert.deepEqual(wasm.keywords, native.keywords, `${what}: keywords`);
  assert.equal(wasm.title, native.title, `${what}: title`);
  assert.equal(wasm.language, native.language, `${what}: language`);
  assert.deepEqual(wasm.stats, native.stats, `${what}: stats`);
}

async function compareArticle(text, title, what) {
  for (const [options, args] of BUDGETS) {
    const extra = title ? ["--title", title] : [];
    const native = JSON.parse(await cli([...args, ...extra, "--json", "-"], text));
    const wasm = summarize(text, title ? { ...options, title } : options);
    assertSame(native, wasm, `${what} ${JSON.stringify(options)}`);
  }
}

before(async () => {
  await run("cargo", ["build", "--quiet", "--release", "--features", "cli", "--bin", "abridge"], { cwd: ROOT });
}, { timeout: 900_000 });

describe("native CLI and WASM agree", { timeout: 900_000 }, () => {
  test("tests/fixtures/*.txt", async () => {
    const dir = path.join(ROOT, "tests/fixtures");
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    assert.ok(files.length > 0);
    for (const file of files) {
      await compareArticle(readFileSync(path.join(dir, file), "utf8"), null, file);
    }
  });

  const present = existsSync(EVAL);
  test(`every article of ${path.basename(EVAL)}`, { skip: !present && `${EVAL} is not present` }, async () => {
    const articles = readFileSync(EVAL, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    assert.ok(articles.length > 0);
    for (const a of articles) await compareArticle(a.text, a.title, a.id);
  });

  test(`the batch path (--jsonl) over ${path.basename(EVAL)}`, { skip: !present && `${EVAL} is not present` }, async () => {
    const lines = readFileSync(EVAL, "utf8").split("\n").filter(Boolean);
    const input = lines.map((l) => {
      const { id, text, title } = JSON.parse(l);
      return JSON.stringify(title ? { id, text, title } : { id, text });
    });
    const out = (await cli(["--jsonl"], input.join("\n") + "\n")).split("\n").filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(out.length, lines.length);
    out.forEach((native, i) => {
      const { id, text, title } = JSON.parse(lines[i]);
      assert.equal(native.id, id);
      const wasm = summarize(text, title ? { title } : {});
      assert.deepEqual(wasm.sentences.map((s) => s.text), native.sentences, id);
    });
  });

  test("abridge brief and abridge/summarizer's plain text agree: every type and length, the fixtures and 20 dev articles", async () => {
    const dir = path.join(ROOT, "tests/fixtures");
    const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(dir, f), "utf8"));
    if (present) texts.push(...readFileSync(EVAL, "utf8").split("\n").filter(Boolean).slice(0, 20).map((l) => JSON.parse(l).text));
    for (const type of ["key-points", "tldr", "teaser", "headline"]) {
      for (const length of ["short", "medium", "long"]) {
        const summarizer = await Summarizer.create({ type, length, format: "plain-text", sharedContext: "World news" });
        for (const text of texts) {
          const native = (await cli(["brief", "--type", type, "--length", length, "--title", "World news"], text)).replace(/\n$/, "");
          assert.equal(await summarizer.summarize(text), native, `${type} ${length}: ${text.slice(0, 60)}`);
        }
      }
    }
  });
});
