/* My routine, part 1 (every page with exercises; progressive enhancement, nothing needs it):
   an "Add to my routine" toggle button on every exercise page and exercise card, and the routine's
   reading and writing, imported by js/routine-page.js (the routine page itself).
   The routine lives in the address (routine.html?e=row,superman:3x10&d=3) and in localStorage,
   nowhere else. Text from the address or storage only ever reaches the page as textContent. */
import { clamp, el } from "./common.js";

export const KEY = "upper-back-routine";
export const MAX = 12;
export const SETS = [1, 5], REPS = [1, 30], REST = [10, 300];
const ENTRY = /^([a-z0-9-]{1,60})(?::([0-9]{1,2})x([0-9]{1,2}))?$/;

/* The compact form: "id" or "id:SETSxREPS", comma-separated; d = days a week; r = rest seconds
   for every exercise, an override: without it each exercise rests for its own `rest` header.
   `known` maps ids to defaults, or is null (any well-formed id is kept, as on exercise pages). */
export function parse(query, known) {
  const p = new URLSearchParams(query);
  const out = { items: [], days: p.get("d") === "3" ? 3 : 2, rest: p.get("r") ? clamp(p.get("r"), REST, null) : null, skipped: 0 };
  const seen = {};
  (p.get("e") || "").split(",").forEach((part) => {
    if (!part) { return; }
    const m = ENTRY.exec(part);
    const id = m && m[1];
    if (!m || seen[id] || (known && !known[id]) || out.items.length >= MAX) { out.skipped++; return; }
    seen[id] = true;
    const d = known ? known[id] : { sets: 0, reps: 0 };
    out.items.push({ id: id, sets: clamp(m[2], SETS, d.sets), reps: clamp(m[3], REPS, d.reps) });
  });
  return out;
}
export function serialise(r, known) {
  const e = r.items.map((it) => {
    const d = known && known[it.id];
    return d && (d.sets !== it.sets || d.reps !== it.reps) || (!d && it.sets) ? it.id + ":" + it.sets + "x" + it.reps : it.id;
  }).join(",");
  return "e=" + e + "&d=" + r.days + (r.rest ? "&r=" + r.rest : "");
}
export function load(known) {
  try { return parse(localStorage.getItem(KEY) || "", known); } catch (e) { return parse("", known); }
}
export function save(r, known) {
  try { localStorage.setItem(KEY, serialise(r, known)); } catch (e) { /* private mode: the address still has it */ }
}

/* Add buttons: on exercise pages and cards; they need nothing but the ids. */
function addButtons(text) {
  document.querySelectorAll("[data-ub-exercise]").forEach((target) => {
    const id = target.getAttribute("data-ub-exercise");
    const title = (target.querySelector("h1, .ub-card__title") || {}).textContent || "";
    const b = el("button", "ub-button ub-button--secondary ub-routine-add");
    b.type = "button";
    const label = el("span");
    b.appendChild(label);
    b.appendChild(el("span", "ub-visually-hidden", " (" + title.trim() + ")"));
    function show() {
      const inIt = load(null).items.some((it) => it.id === id);
      b.setAttribute("aria-pressed", String(inIt));
      label.textContent = inIt ? text.added : text.add;
    }
    b.addEventListener("click", () => {
      const r = load(null);
      const i = r.items.findIndex((it) => it.id === id);
      if (i >= 0) { r.items.splice(i, 1); } else if (r.items.length < MAX) { r.items.push({ id: id, sets: 0, reps: 0 }); }
      save(r, null);
      show();
    });
    show();
    /* The template keeps a slot, with room for the button, so nothing moves when it arrives. */
    (target.querySelector(".ub-routine-slot") || target).appendChild(b);
  });
}
/* The button's labels come with the script tag (data-add, data-added), from data/ui.yaml. */
const tag = document.querySelector("script[data-add]");
if (tag) { addButtons({ add: tag.dataset.add, added: tag.dataset.added }); }
