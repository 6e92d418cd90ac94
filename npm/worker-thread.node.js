// The worker thread behind `abridge/worker` in Node.js (see worker.node.js).
import { parentPort } from "node:worker_threads";
import { summarize, splitSentences, __abridgeBrief as brief } from "./node.js";
import { responder } from "./worker-protocol.js";

const respond = responder({ summarize, splitSentences, brief });
parentPort.on("message", async (message) => {
  const reply = await respond(message);
  if (reply) parentPort.postMessage(reply);
});
