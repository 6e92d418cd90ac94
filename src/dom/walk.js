// One walk of the live DOM for src/dom/read.rs: every element and text node under `root`, in
// document order, serialized into one string (one crossing into WebAssembly instead of several
// web-sys calls per node). Translation only: what is article text is decided in Rust (src/page).
//
// Records, in document order: element "\x01tag\x02id\x02class\x02role\x02itemprop\x02lang\x02
// flags\x02display\x02white-space", its children, then "\x03"; a text node "\x04data". `nodes`
// gets every element and text node in the same order (the map back for highlighting).

// Elements whose content the browser never renders as text: not descended into.
const OPAQUE = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "svg", "math", "IFRAME", "OBJECT", "HEAD"]);
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
  const parts = [];
  const nodes = [];
  // Opens an element; whether its children are read.
  const open = (el) => {
    nodes.push(el);
    let flags = "";
    // Most elements have no attribute at all: then none is asked for.
    const bare = !el.hasAttributes();
    if (!bare) {
      if (el.hasAttribute("hidden")) flags += "h";
      const aria = el.getAttribute("aria-hidden");
      if (aria && aria.toLowerCase() === "true") flags += "a";
      if (el.hasAttribute("data-abridge-ignore")) flags += "i";
      if (el.hasAttribute("open")) flags += "o";
    }
    let display = "", ws = "";
    if (styled) {
      const cs = view.getComputedStyle(el);
      display = cs.display;
      if (cs.visibility !== "visible" || cs.contentVisibility === "hidden") display = "none";
      ws = cs.whiteSpace;
    }
    if (bare) parts.push("\x01", el.localName, "\x02\x02\x02\x02\x02\x02\x02", display, "\x02", ws);
    else {
      parts.push("\x01", el.localName, "\x02", clean(el.id), "\x02", clean(el.getAttribute("class")), "\x02",
        clean(el.getAttribute("role")), "\x02", clean(el.getAttribute("itemprop")), "\x02",
        clean(el.getAttribute("lang")), "\x02", flags, "\x02", display, "\x02", ws);
    }
    // Not rendered, or hidden: the core would skip the children (the root is always read).
    return el === start || (!OPAQUE.has(el.tagName) && display !== "none" && !/[hai]/.test(flags));
  };
  let node = start;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) descend = open(node);
    else if (node.nodeType === 3) {
      nodes.push(node);
      const data = node.data;
      parts.push("\x04", HAS_SEP.test(data) ? data.replace(SEP, " ") : data);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 1) parts.push("\x03");
    while (node !== start && !node.nextSibling) {
      node = node.parentNode;
      parts.push("\x03");
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
  return [parts.join(""), nodes, title, doc.title ?? "", h1, lang];
}
