// One walk of the live DOM for src/dom/read.rs: every element and text node under `root`, in
// document order, serialized into one string (one crossing into WebAssembly instead of several
// web-sys calls per node). Translation only: what is article text is decided in Rust (src/page).
//
// Records, in document order: element "\x01tag\x02id\x02class\x02role\x02itemprop\x02lang\x02
// flags\x02display\x02white-space", its children, then "\x03"; a text node "\x04data". `nodes`
// gets every element and text node in the same order (the map back for highlighting).

// Elements the core never reads (src/page/tags.rs: never_text, the same list): neither their
// styles nor their children are asked for.
const OPAQUE = new Set(["script", "style", "noscript", "template", "button", "input", "select", "textarea",
  "option", "optgroup", "datalist", "output", "progress", "meter", "label", "svg", "math", "canvas", "video",
  "audio", "iframe", "object", "embed", "img", "picture", "map", "head", "title", "meta", "link", "abridge-summary"]);
// Tags whose white-space the browser's own stylesheet sets.
const OWN_WHITE_SPACE = new Set(["pre", "textarea", "listing", "plaintext", "xmp", "nobr"]);
const SEP = /[\x01-\x04]/g;
const HAS_SEP = /[\x01-\x04]/;

function clean(s) {
  return s ? s.replace(SEP, " ") : "";
}

export function walkPage(root) {
  const doc = root.ownerDocument ?? root;
  const view = doc.defaultView;
  const start = root.documentElement ?? root;
  const styled = !!view && start.isConnected;
  // One string built by concatenation (V8 joins the pieces once, when it is read).
  let out = "";
  const nodes = [];
  // Opens an element; whether its children are read.
  const open = (el) => {
    nodes.push(el);
    const tag = el.localName;
    // Never rendered as text (the core knows these tags): neither styles nor children are read.
    if (OPAQUE.has(tag) && el !== start) {
      out += `\x01${tag}\x02\x02\x02\x02\x02\x02\x02\x02`;
      return false;
    }
    let flags = "";
    let skip = false;
    // Most elements have no attribute at all: then none is asked for.
    const bare = !el.hasAttributes();
    if (!bare) {
      if (el.hasAttribute("hidden")) flags += "h";
      const aria = el.getAttribute("aria-hidden");
      if (aria && aria.toLowerCase() === "true") flags += "a";
      if (el.hasAttribute("data-abridge-ignore")) flags += "i";
      skip = flags !== "";
      if (el.hasAttribute("open")) flags += "o";
    }
    let display = "", ws = "";
    if (styled && !skip) {
      const cs = view.getComputedStyle(el);
      display = cs.display;
      // Each computed property read costs about as much as getComputedStyle itself. visibility
      // and white-space are inherited and content-visibility: hidden is rare, so they are read
      // only where a rule or an inline style can set them apart from the parent: on elements with
      // attributes, and on the tags with their own white-space. A bare element sends "" (the core
      // then takes the parent's white-space) and is visible when its display is not none.
      if (display !== "none" && (!bare || OWN_WHITE_SPACE.has(tag))) {
        if (cs.visibility !== "visible" || cs.contentVisibility === "hidden") display = "none";
        else ws = cs.whiteSpace;
      }
    }
    if (bare) out += `\x01${tag}\x02\x02\x02\x02\x02\x02\x02${display}\x02${ws}`;
    else {
      out += `\x01${tag}\x02${clean(el.id)}\x02${clean(el.getAttribute("class"))}\x02${clean(el.getAttribute("role"))}` +
        `\x02${clean(el.getAttribute("itemprop"))}\x02${clean(el.getAttribute("lang"))}\x02${flags}\x02${display}\x02${ws}`;
    }
    // Not rendered, or hidden: the core would skip the children (the root is always read).
    return el === start || (display !== "none" && !skip);
  };
  let node = start;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) descend = open(node);
    else if (node.nodeType === 3) {
      nodes.push(node);
      const data = node.data;
      out += HAS_SEP.test(data) ? `\x04${data.replace(SEP, " ")}` : `\x04${data}`;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 1) out += "\x03";
    while (node !== start && !node.nextSibling) {
      node = node.parentNode;
      out += "\x03";
    }
    if (node === start) break;
    node = node.nextSibling;
  }
  const title = doc.querySelector?.('meta[property="og:title"], meta[name="twitter:title"]')?.getAttribute("content") ?? "";
  let h1 = "";
  for (const el of doc.querySelectorAll?.("h1") ?? []) {
    if (!el.closest("nav, aside, footer, [role=navigation], [role=complementary]") && el.textContent.trim()) {
      h1 = el.textContent;
      break;
    }
  }
  const lang = (start.parentElement?.closest("[lang]") ?? doc.documentElement)?.getAttribute("lang") ?? "";
  return [out, nodes, title, doc.title ?? "", h1, lang];
}
