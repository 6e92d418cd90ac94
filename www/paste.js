// The demo's paste and drop of web pages: a paste or drop whose data holds `text/html` (a web page
// copied whole, or a part of one), and a saved page or text file dropped or picked. Translation
// only: what to summarize (the page's article, or the text as pasted) and how to read a file are
// decided in Rust (src/page/pasted.rs, src/page/dropped.rs, through src/dom/paste.rs).
//
// Pasted HTML is parsed with DOMParser into a document of its own that is never inserted into this
// page: its scripts do not run, its images, styles and frames do not load (a document without a
// window fetches nothing), and only the text read from it reaches the editor, as text.

import { readPasted, droppedFile } from "./pkg/demo/abridge.js";

const number = new Intl.NumberFormat("en");
const plural = (n, one, many) => `${number.format(n)} ${n === 1 ? one : many}`;
const MB = 1024 * 1024;

/** A reading's note for the reader: what was read and what was left out. */
function noteFor(reading, name) {
  const from = name ? `Read ${name}` : "Read";
  if (reading.source === "article") {
    const title = reading.title ? ` “${reading.title}”` : "";
    return `${from} as a web page: article${title} of ${plural(reading.paragraphs, "paragraph", "paragraphs")}, ` +
      `page furniture left out (${plural(reading.leftOut, "character", "characters")}).`;
  }
  if (reading.source === "plain") return "Pasted as text: no page around it to leave out.";
  return `${from}: no article found in the page, so all of its text is shown.`;
}

function parse(html) {
  return new DOMParser().parseFromString(html, "text/html");
}

/**
 * What a paste or a drop of data carries: `{ text, note }`. Without `text/html`, the plain text as
 * it is and no note.
 */
export function readTransfer(data) {
  const plain = data?.getData("text/plain") ?? "";
  const html = data?.getData("text/html") ?? "";
  if (!html.trim()) return { text: plain, note: null };
  const reading = readPasted(parse(html), plain);
  return { text: reading.text, note: noteFor(reading) };
}

/** The text of a dropped or picked file and its note, or an Error whose message says why not. */
export async function readFile(file) {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const { kind, charset } = droppedFile(file.name, file.type, file.size, head);
  if (kind === "unsupported") {
    throw new Error(`${file.name} is not a web page or a text file. Drop a saved page (.html, .htm) or a text file (.txt).`);
  }
  if (kind === "too-large") {
    throw new Error(`${file.name} is ${number.format(Math.round(file.size / MB))} MB: files up to 20 MB can be read.`);
  }
  let decoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder(); // a label this browser does not know: UTF-8
  }
  const text = decoder.decode(await file.arrayBuffer());
  if (kind === "text") return { text, note: `Read ${file.name} as text (${decoder.encoding}).` };
  const reading = readPasted(parse(text), null);
  return { text: reading.text, note: noteFor(reading, file.name) };
}
