// The DOM helper the widget and the demo's "why" view share: one way to build elements, with text
// only ever set through textContent. Shipped beside widget.js in the npm package.

const { createElement } = Document.prototype;

/**
 * A new `tag` element. Props: `text` sets textContent, `className` the class; any other prop is an
 * attribute (`true` gives it empty, `false`, null and undefined leave it out). Children (nodes or
 * strings) are appended.
 */
export function el(tag, props = {}, ...children) {
  // Through Document.prototype: a page's <form name="createElement"> shadows document.createElement.
  const node = createElement.call(document, tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "className") node.className = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children);
  return node;
}
