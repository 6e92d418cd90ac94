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
  return typeof s === "string" && s ? s.replace(SEP, " ") : "";
}

// The page's own markup can shadow element properties (DOM clobbering: a form with
// <input name="id"> makes form.id that input, and likewise className, attributes, localName,
// firstChild, nextSibling, getAttribute …). Every read goes through the prototypes' own getters and
// methods, captured once and called on the element, never through a property of the element.
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const NODE = globalThis.Node?.prototype;
const ELEMENT = globalThis.Element?.prototype;
const nodeType = NODE && getter(NODE, "nodeType");
const firstChild = NODE && getter(NODE, "firstChild");
const nextSibling = NODE && getter(NODE, "nextSibling");
const parentNode = NODE && getter(NODE, "parentNode");
const isConnected = NODE && getter(NODE, "isConnected");
const ownerDocument = NODE && getter(NODE, "ownerDocument");
const textContent = NODE && getter(NODE, "textContent");
const charData = globalThis.CharacterData && getter(CharacterData.prototype, "data");
const localName = ELEMENT && getter(ELEMENT, "localName");
const elementId = ELEMENT && getter(ELEMENT, "id");
const parentElement = NODE && getter(NODE, "parentElement");
const DOCUMENT = globalThis.Document?.prototype;
// A document is clobbered too (<form name="title">, <img name="documentElement">).
const documentElement = DOCUMENT && getter(DOCUMENT, "documentElement");
const defaultView = DOCUMENT && getter(DOCUMENT, "defaultView");
const docTitle = DOCUMENT && getter(DOCUMENT, "title");
const querySelector = DOCUMENT?.querySelector;
const querySelectorAll = DOCUMENT?.querySelectorAll;
const getAttr = ELEMENT?.getAttribute;
const hasAttr = ELEMENT?.hasAttribute;
const hasAttrs = ELEMENT?.hasAttributes;
const closest = ELEMENT?.closest;

export function walkPage(root) {
  // A Document (nodeType 9) is read from its root element; an element from itself.
  const isDoc = nodeType.call(root) === 9;
  const doc = isDoc ? root : ownerDocument.call(root);
  const view = defaultView.call(doc);
  const start = isDoc ? documentElement.call(root) : root;
  const styled = !!view && isConnected.call(start);
  // One string built by concatenation (V8 joins the pieces once, when it is read).
  let out = "";
  const nodes = [];
  // The body's own visibility. A page that hides its whole body until its scripts run (an
  // anti-flicker snippet: `body { visibility: hidden }`) hides nothing from the reader: the
  // inherited "hidden" then says nothing of an element (the core likewise reads a body with
  // display: none, src/page/flow.rs).
  let bodyVisibility = "visible";
  // Opens an element; whether its children are read.
  const open = (el) => {
    nodes.push(el);
    const tag = localName.call(el);
    // Never rendered as text (the core knows these tags): neither styles nor children are read.
    if (OPAQUE.has(tag) && el !== start) {
      out += `\x01${tag}\x02\x02\x02\x02\x02\x02\x02\x02`;
      return false;
    }
    let flags = "";
    let skip = false;
    // Most elements have no attribute at all: then none is asked for.
    const bare = !hasAttrs.call(el);
    if (!bare) {
      if (hasAttr.call(el, "hidden")) flags += "h";
      const aria = getAttr.call(el, "aria-hidden");
      if (aria && aria.toLowerCase() === "true") flags += "a";
      if (hasAttr.call(el, "data-abridge-ignore")) flags += "i";
      skip = flags !== "";
      if (hasAttr.call(el, "open")) flags += "o";
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
      if (tag === "body") bodyVisibility = cs.visibility;
      if (display !== "none" && (!bare || OWN_WHITE_SPACE.has(tag))) {
        if ((cs.visibility !== "visible" && cs.visibility !== bodyVisibility) || cs.contentVisibility === "hidden") display = "none";
        else ws = cs.whiteSpace;
      }
    }
    if (bare) out += `\x01${tag}\x02\x02\x02\x02\x02\x02\x02${display}\x02${ws}`;
    else {
      out += `\x01${tag}\x02${clean(elementId.call(el))}\x02${clean(getAttr.call(el, "class"))}\x02${clean(getAttr.call(el, "role"))}` +
        `\x02${clean(getAttr.call(el, "itemprop"))}\x02${clean(getAttr.call(el, "lang"))}\x02${flags}\x02${display}\x02${ws}`;
    }
    // Not rendered, or hidden: the core would skip the children (the root is always read).
    return el === start || ((display !== "none" || tag === "body") && !skip);
  };
  let node = start;
  while (node) {
    let descend = false;
    const type = nodeType.call(node);
    if (type === 1) descend = open(node);
    else if (type === 3) {
      nodes.push(node);
      const data = charData.call(node);
      out += HAS_SEP.test(data) ? `\x04${data.replace(SEP, " ")}` : `\x04${data}`;
    }
    const first = descend ? firstChild.call(node) : null;
    if (first) {
      node = first;
      continue;
    }
    if (type === 1) out += "\x03";
    let next;
    while (node !== start && !(next = nextSibling.call(node))) {
      node = parentNode.call(node);
      out += "\x03";
    }
    if (node === start) break;
    node = next;
  }
  const meta = querySelector.call(doc, 'meta[property="og:title"], meta[name="twitter:title"]');
  const title = (meta && getAttr.call(meta, "content")) ?? "";
  let h1 = "";
  for (const el of querySelectorAll.call(doc, "h1")) {
    const text = textContent.call(el);
    if (!closest.call(el, "nav, aside, footer, [role=navigation], [role=complementary]") && text.trim()) {
      h1 = text;
      break;
    }
  }
  const parent = parentElement.call(start);
  const langEl = (parent && closest.call(parent, "[lang]")) ?? documentElement.call(doc);
  const lang = (langEl && getAttr.call(langEl, "lang")) ?? "";
  return [out, nodes, title, docTitle.call(doc) ?? "", h1, lang];
}
