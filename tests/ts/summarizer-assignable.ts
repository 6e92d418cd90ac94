// abridge's Summarizer where code expects the platform's (@types/dom-chromium-ai's `typeof
// Summarizer`): compiled with `tsc --noEmit --strict --types dom-chromium-ai` by tests/js/package.test.mjs.
import { Summarizer as Abridged } from "abridge/summarizer";
import { install } from "abridge/summarizer/polyfill";

const asPlatform: typeof Summarizer = Abridged;
const installed: typeof Summarizer = install({ prefer: "abridge" });
const instance: Summarizer = await asPlatform.create({ type: "headline" });
void [installed, instance];

// @ts-expect-error: "tl;dr" is not a SummarizerType
void Abridged.create({ type: "tl;dr" });
