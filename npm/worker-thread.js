// The Web Worker behind `abridge/worker` (see worker.js): instantiates abridge once, answers requests.
import init, { summarize, splitSentences } from "./abridge.js";
import { responder } from "./worker-protocol.js";

const respond = responder({ summarize, splitSentences }, init());
self.addEventListener("message", async (event) => {
  const reply = await respond(event.data);
  if (reply) self.postMessage(reply);
});
