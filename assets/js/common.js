/** Where the session log is saved (log.js reads and writes it; routine-page.js only looks whether it exists). */
export const LOG_KEY = "upper-back-log";

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

/** A plain button; `hidden` is extra text for screen readers only (which exercise it acts on). */
export function button(text, cls, hidden) {
  const b = el("button", "ub-button " + (cls || "ub-button--secondary"), text);
  b.type = "button";
  if (hidden) { b.appendChild(el("span", "ub-visually-hidden", " " + hidden)); }
  return b;
}

/** A whole number within [min, max], or the fallback when it is not a number. */
export function clamp(n, range, fallback) {
  n = parseInt(n, 10);
  return isNaN(n) ? fallback : Math.min(range[1], Math.max(range[0], n));
}

/** The JSON a template put in an inert <template id=...> (pages hold no inline script), or null. */
export function pageData(id) {
  const t = document.getElementById(id);
  try { return t ? JSON.parse(t.content.textContent) : null; } catch (e) { return null; }
}

/** Today on the reader's own clock, as yyyy-mm-dd. */
export function today() {
  const d = new Date();
  return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
}

/** A labelled group of radio buttons: [[value, text], ...]; returns the fieldset. */
export function choices(legend, name, options, checked, cls) {
  const set = el("fieldset", cls || "ub-choices");
  set.appendChild(el("legend", "", legend));
  options.forEach(([value, text]) => {
    const label = el("label");
    const input = el("input");
    input.type = "radio";
    input.name = name;
    input.value = String(value);
    input.checked = String(checked) === String(value);
    label.appendChild(input);
    label.appendChild(document.createTextNode(" " + text));
    set.appendChild(label);
  });
  return set;
}

/** The value of the checked radio button called `name` inside `root`, or "". */
export function chosen(root, name) {
  const c = root.querySelector("input[name='" + name + "']:checked");
  return c ? c.value : "";
}
