// Types of `abridge/summarizer/polyfill`: importing it sets globalThis.Summarizer (see summarizer.d.ts).
import type { Summarizer } from "./summarizer.js";

/** The platform's own Summarizer when it had one before the import, else undefined. */
export declare const native: unknown;

export interface InstallOptions {
  /** "native" (default): the platform's model for the options it has "available", abridge for the rest; "abridge": abridge always. */
  prefer?: "native" | "abridge";
}

/** Installs globalThis.Summarizer again, with the given preference; returns it. */
export declare function install(options?: InstallOptions): typeof Summarizer;
