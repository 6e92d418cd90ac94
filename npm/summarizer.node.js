// `abridge/summarizer` in Node.js: the same Summarizer as in browsers (summarizer.js), on the module
// node.js instantiates at import; inputs over 200,000 characters go to a worker thread.
import { __abridgeBrief, summarize } from "./node.js";
import { summarizerClass } from "./summarizer-api.js";

export const Summarizer = summarizerClass({
  ready: async () => {},
  brief: __abridgeBrief,
  summarize,
  offThread: () => import("./worker.node.js").then((w) => w.createSummarizer()),
});
