/* My routine, part 1 (every page with exercises; progressive enhancement, nothing needs it):
   an "Add to my routine" toggle button on every exercise page and exercise card, and the routine's
   reading and writing, shared with js/routine-page.js (the routine page itself).
   The routine lives in the address (routine.html?e=row,superman:3x10&d=3) and in localStorage,
   nowhere else. Text from the address or storage only ever reaches the page as textContent. */
(function () {
  "use strict";
  var KEY = "upper-back-routine";
  var MAX = 12;
  var SETS = [1, 5], REPS = [1, 30], REST = [10, 300];
  var ENTRY = /^([a-z0-9-]{1,60})(?::([0-9]{1,2})x([0-9]{1,2}))?$/;
  var script = document.currentScript;

  function clamp(n, range, fallback) {
    n = parseInt(n, 10);
    return isNaN(n) ? fallback : Math.min(range[1], Math.max(range[0], n));
  }
  function fill(t, v) {
    return t.replace(/\{(\w+)\}/g, function (_, k) { return v[k]; });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function button(text, cls, hidden) {
    var b = el("button", "ub-button " + (cls || "ub-button--secondary"), text);
    b.type = "button";
    if (hidden) { b.appendChild(el("span", "ub-visually-hidden", " " + hidden)); }
    return b;
  }

  /* The compact form: "id" or "id:SETSxREPS", comma-separated; d = days a week; r = rest seconds.
     `known` maps ids to defaults, or is null (any well-formed id is kept, as on exercise pages). */
  function parse(query, known) {
    var p = new URLSearchParams(query);
    var out = { items: [], days: p.get("d") === "3" ? 3 : 2, rest: clamp(p.get("r"), REST, 60), skipped: 0 };
    var seen = {};
    (p.get("e") || "").split(",").forEach(function (part) {
      if (!part) { return; }
      var m = ENTRY.exec(part);
      var id = m && m[1];
      if (!m || seen[id] || (known && !known[id]) || out.items.length >= MAX) { out.skipped++; return; }
      seen[id] = true;
      var d = known ? known[id] : { sets: 0, reps: 0 };
      out.items.push({ id: id, sets: clamp(m[2], SETS, d.sets), reps: clamp(m[3], REPS, d.reps) });
    });
    return out;
  }
  function serialise(r, known) {
    var e = r.items.map(function (it) {
      var d = known && known[it.id];
      return d && (d.sets !== it.sets || d.reps !== it.reps) || (!d && it.sets) ? it.id + ":" + it.sets + "x" + it.reps : it.id;
    }).join(",");
    return "e=" + e + "&d=" + r.days + (r.rest !== 60 ? "&r=" + r.rest : "");
  }
  function load(known) {
    try { return parse(localStorage.getItem(KEY) || "", known); } catch (e) { return parse("", known); }
  }
  function save(r, known) {
    try { localStorage.setItem(KEY, serialise(r, known)); } catch (e) { /* private mode: the address still has it */ }
  }

  /* Add buttons: on exercise pages and cards; they need nothing but the ids. */
  function addButtons(text) {
    var targets = document.querySelectorAll("[data-ub-exercise]");
    if (!targets.length) { return; }
    targets.forEach(function (target) {
      var id = target.getAttribute("data-ub-exercise");
      var title = (target.querySelector("h1, .ub-card__title") || {}).textContent || "";
      var b = el("button", "ub-button ub-button--secondary ub-routine-add");
      b.type = "button";
      var label = el("span");
      b.appendChild(label);
      b.appendChild(el("span", "ub-visually-hidden", " (" + title.trim() + ")"));
      function show() {
        var inIt = load(null).items.some(function (it) { return it.id === id; });
        b.setAttribute("aria-pressed", String(inIt));
        label.textContent = inIt ? text.added : text.add;
      }
      b.addEventListener("click", function () {
        var r = load(null);
        var i = r.items.map(function (it) { return it.id; }).indexOf(id);
        if (i >= 0) { r.items.splice(i, 1); } else if (r.items.length < MAX) { r.items.push({ id: id, sets: 0, reps: 0 }); }
        save(r, null);
        show();
      });
      show();
      var at = target.classList.contains("ub-card") ? null : target.querySelector(".ub-exercise__overview");
      if (at) { at.parentNode.insertBefore(b, at); } else { target.appendChild(b); }
    });
  }
  /* The button's labels come with the script tag (data-add, data-added), from data/ui.yaml. */
  var labels = script && script.dataset.add ? { add: script.dataset.add, added: script.dataset.added } : null;
  if (labels) { addButtons(labels); }


  window.UpperBackRoutine = {
    MAX: MAX, SETS: SETS, REPS: REPS, REST: REST, clamp: clamp, fill: fill, el: el, button: button,
    parse: parse, serialise: serialise, load: load, save: save
  };
}());
