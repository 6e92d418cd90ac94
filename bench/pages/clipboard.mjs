// A whole page pasted into the demo as a reader does it: select all (Ctrl+A) and copy (Ctrl+C) in
// headless Chromium, then paste (Ctrl+V) into an editable element whose paste listener takes the
// clipboard's text/html and text/plain: exactly what the demo's paste handler receives, serialized
// by Chromium's own copy (inline styles, hidden and never-rendered content left out, absolute
// links). Then the demo's path (www/paste.js: DOMParser, readPasted, summarize) on that data.

/** The clipboard after select-all and copy on the loaded page: `{ html, text }`. */
export async function copyPage(page) {
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+C");
  await page.evaluate(() => {
    getSelection().removeAllRanges();
    const box = document.createElement("div");
    box.contentEditable = "true";
    box.id = "__abridge_paste";
    document.documentElement.append(box);
    box.addEventListener("paste", (e) => {
      e.preventDefault();
      window.__abridgePasted = { html: e.clipboardData.getData("text/html"), text: e.clipboardData.getData("text/plain") };
    }, { once: true });
    box.focus();
  });
  await page.keyboard.press("Control+V");
  return page.evaluate(() => {
    document.getElementById("__abridge_paste")?.remove();
    return window.__abridgePasted ?? { html: "", text: "" };
  });
}

/**
 * The demo's path on pasted clipboard data: the text it puts in the editor (`readPasted` on a
 * DOMParser document), where that text came from, and the summary's sentences.
 */
export async function runClipboard(page, own, clip, sentences) {
  return page.evaluate(async ({ own, clip, sentences }) => {
    const pkg = await import(`${own}pkg/demo/abridge.js`);
    await pkg.default();
    const doc = new DOMParser().parseFromString(clip.html, "text/html");
    const reading = clip.html.trim() ? pkg.readPasted(doc, clip.text) : { text: clip.text, source: "plain" };
    const summary = pkg.summarize(reading.text, { sentences });
    return { source: reading.source, text: reading.text, sentences: summary.sentences.map((s) => s.text) };
  }, { own, clip, sentences });
}
