// `abridge/worker` in browsers and bundlers: summaries computed in a Web Worker, off the main thread.
//
//   import { createSummarizer } from "abridge/worker";
//   const summarizer = createSummarizer();
//   const summary = await summarizer.summarize(text, { sentences: 3 }); // same options and result as summarize()
//
// A newer request cancels the older one: its promise rejects with an AbortError and the worker
// busy with it is stopped (the next request starts a fresh one). The worker is a module worker
// loaded from worker-thread.js next to this file, written as bundlers expect
// (`new Worker(new URL(…, import.meta.url), { type: "module" })`), so Vite and webpack bundle it;
// under a Content-Security-Policy it needs `worker-src` (or `script-src`) 'self' and 'wasm-unsafe-eval'.
import { connect } from "./worker-protocol.js";

/** A summarizer backed by one Web Worker. */
export function createSummarizer() {
  return connect(() => {
    const worker = new Worker(new URL("./worker-thread.js", import.meta.url), { type: "module", name: "abridge" });
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      listen(onMessage, onError) {
        worker.addEventListener("message", (event) => onMessage(event.data));
        worker.addEventListener("messageerror", () => onError(new Error("a message could not be read")));
        worker.addEventListener("error", (event) => {
          event.preventDefault();
          onError(event.error ?? new Error(event.message || "the worker could not be loaded"));
        });
      },
      busy() {},
      idle() {},
      terminate: () => worker.terminate(),
    };
  });
}
