// `abridge/summarizer` in browsers and bundlers: the web's Summarizer API on abridge (a ponyfill:
// nothing global changes; `abridge/summarizer/polyfill` installs it as globalThis.Summarizer).
//
//   import { Summarizer } from "abridge/summarizer";
//   const summarizer = await Summarizer.create({ type: "tldr", length: "short" });
//   const tldr = await summarizer.summarize(articleText);
//
// The .wasm loads on the first call (the "download" a monitor sees). On a page's main thread, an
// input over 200,000 characters is summarized in a worker (abridge/worker, loaded then), so it
// never blocks.
import init, { __abridgeBrief, summarize } from "./abridge.js";
import { summarizerClass } from "./summarizer-api.js";

let loading;
export const Summarizer = summarizerClass({
  ready: () => (loading ??= init()),
  brief: __abridgeBrief,
  summarize,
  // Loaded only when a long input needs it (bundlers make it a separate chunk).
  offThread: typeof document === "object" && typeof Worker === "function" ? () => import("./worker.js").then((w) => w.createSummarizer()) : undefined,
});
