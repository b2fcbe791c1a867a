/* Small helpers shared by the site's ES modules (imported, never a window global). */

/** Fills {name} placeholders of an interface text (from data/ui.yaml) with values. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => (key in values ? String(values[key]) : "{" + key + "}"));
}

/** Makes an element with an optional class and text (text, never HTML). */
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined) { e.textContent = text; }
  return e;
}
