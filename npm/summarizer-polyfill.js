// `abridge/summarizer/polyfill`: makes `globalThis.Summarizer` work everywhere. Where the platform
// has none, it is abridge's; where it has one (Chrome, Edge), its model answers the options it has
// "available" and abridge the rest (no model on the device, a download pending, a language it lacks).
//   import "abridge/summarizer/polyfill";                 // at import, as above
//   install({ prefer: "abridge" });                         // abridge's always (the documented switch)
// `native` is the platform's own Summarizer, if it had one.
import { installer } from "./summarizer-api.js";
import { Summarizer } from "./summarizer.js";

export const native = globalThis.Summarizer;
export const install = installer(Summarizer);
install();
