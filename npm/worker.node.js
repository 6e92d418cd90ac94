// `abridge/worker` in Node.js: the same API as in browsers (worker.js), on a worker_threads Worker.
// An idle summarizer does not keep the process alive.
import { Worker } from "node:worker_threads";
import { connect } from "./worker-protocol.js";

/** A summarizer backed by one worker thread. */
export function createSummarizer() {
  return connect(() => {
    const worker = new Worker(new URL("./worker-thread.node.js", import.meta.url), { name: "abridge", execArgv: threadArgv() });
    worker.unref();
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      listen(onMessage, onError) {
        worker.on("message", onMessage);
        worker.on("messageerror", () => onError(new Error("a message could not be read")));
        worker.on("error", onError);
        worker.on("exit", (code) => onError(new Error(`the worker thread exited (code ${code})`)));
      },
      busy: () => worker.ref(),
      idle: () => worker.unref(),
      terminate: () => void worker.terminate(),
    };
  });
}

/** The process's Node options minus --input-type, which a worker started from a file refuses. */
function threadArgv() {
  const argv = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i];
    if (arg === "--input-type") i++;
    else if (!arg.startsWith("--input-type=")) argv.push(arg);
  }
  return argv;
}
