// The demo's "Summarizer API" panel: the four types and three lengths of the web's Summarizer API,
// made through abridge's implementation of that API (abridge/summarizer's class, here on the demo's
// own module), so a reader sees what each gives and a developer sees what the polyfill returns.
import init, { __abridgeBrief, summarize } from "./pkg/demo/abridge.js";
import { summarizerClass } from "./pkg/summarizer-api.js";

const Summarizer = summarizerClass({ ready: () => init(), brief: __abridgeBrief, summarize });

/** Longer texts are left out here: the panel works on the main thread (the package uses a worker). */
const MAX_LENGTH = 150_000;

const summarizers = new Map(); // "type length" → Promise<Summarizer>
let latest = 0;

function summarizerFor(type, length) {
  const key = `${type} ${length}`;
  if (!summarizers.has(key)) summarizers.set(key, Summarizer.create({ type, length, format: "plain-text" }));
  return summarizers.get(key);
}

/** Shows the brief of `text` that the panel's controls ask for, in `output` (as text, never HTML). */
export async function showBrief(form, output, text) {
  const type = form.elements["brief-type"].value;
  const length = form.elements["brief-length"].value;
  const call = ++latest;
  const code = form.querySelector("code");
  if (code) code.textContent = `(await Summarizer.create({ type: "${type}", length: "${length}" })).summarize(text)`;
  if (text.length > MAX_LENGTH) {
    output.textContent = "This text is too long for this panel (it runs on the page's thread).";
    return;
  }
  try {
    const brief = await (await summarizerFor(type, length)).summarize(text);
    if (call !== latest) return;
    // Key points come one a line: shown as a list (each line as text, never as HTML).
    if (type === "key-points" && brief) {
      const list = document.createElement("ul");
      for (const line of brief.split("\n")) list.appendChild(document.createElement("li")).textContent = line;
      output.replaceChildren(list);
    } else {
      output.textContent = brief || "—";
    }
  } catch (error) {
    if (call === latest) output.textContent = `Error: ${error.message}`;
  }
}
