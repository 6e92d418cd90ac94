// The Web Worker behind `abridge/worker` (see worker.js): instantiates abridge once, answers requests.
// (The brief of abridge/summarizer only where the module has it: the npm package's, not the page build's.)
import init, * as abridge from "./abridge.js";
import { responder } from "./worker-protocol.js";

const { summarize, splitSentences, __abridgeBrief: brief } = abridge;
const respond = responder({ summarize, splitSentences, brief }, init());
self.addEventListener("message", async (event) => {
  const reply = await respond(event.data);
  if (reply) self.postMessage(reply);
});
