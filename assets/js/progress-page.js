/* The progress page (progress.html only): the reader's session log, kept in this browser only
   (js/log.js), as sessions per week against the plan's days, the pain scores as an SVG chart with a
   table of the same numbers, the plan's sets and reps now; export, import and delete; a print sheet.
   Its text comes from the page's JSON (components/routine-data.ftl, progress=true). */
import { button, el, fill, pageData, today } from "./common.js";
import { KEY, load } from "./routine.js";
import { LOG_KEY, clearLog, logProblem, morningCheck, parseLog, readLog, suggest, writeLog } from "./log.js";

const app = document.querySelector("[data-ub-progress-app]");
const conf = pageData("ub-routine-data");

const DAY = 86400000;
/* yyyy-mm-dd <-> day number, in UTC so that a clock change never moves a day. */
function dayNo(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY; }
function isoOf(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
function monday(iso) { const n = dayNo(iso); return n - ((new Date(n * DAY).getUTCDay() + 6) % 7); }

function table(caption, heads, rows, cls) {
  const t = el("table", "ub-progress__table " + (cls || ""));
  t.appendChild(el("caption", "", caption));
  const head = el("tr");
  heads.forEach((h) => { const th = el("th", "", h); th.scope = "col"; head.appendChild(th); });
  t.appendChild(el("thead")).appendChild(head);
  const body = t.appendChild(el("tbody"));
  rows.forEach((r) => {
    const tr = el("tr");
    r.forEach((c, i) => { const cell = el(i ? "td" : "th", "", String(c)); if (!i) { cell.scope = "row"; } tr.appendChild(cell); });
    body.appendChild(tr);
  });
  /* A wide table scrolls on its own on a narrow screen (the page never does), by keyboard too. */
  const box = el("div", "ub-progress__scroll");
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", caption);
  box.appendChild(t);
  return box;
}

/* The chart: one point per session on the 0 to 10 scale over the pain rule's bands. It is drawn for
   the eye only (aria-hidden): the table after it holds the same numbers for everyone. */
function chart(sessions, levels) {
  const NS = "http://www.w3.org/2000/svg", W = 600, H = 220, L = 28, B = 24, T = 8;
  const svg = document.createElementNS(NS, "svg");
  const node = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach((k) => n.setAttribute(k, attrs[k]));
    if (text !== undefined) { n.textContent = text; }
    return svg.appendChild(n);
  };
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  svg.setAttribute("class", "ub-chart");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const y = (v) => T + (H - T - B) * (1 - v / 10);
  levels.forEach((l) => node("rect", { x: L, y: y(l.to + (l.to < 10 ? 0.5 : 0)), width: W - L, height: y(l.from - (l.from > 0 ? 0.5 : 0)) - y(l.to + (l.to < 10 ? 0.5 : 0)), class: "ub-chart__band ub-chart__band--" + l.band }));
  [0, 5, 10].forEach((v) => node("text", { x: L - 6, y: y(v) + 4, class: "ub-chart__label", "text-anchor": "end" }, String(v)));
  const x = (i) => L + 12 + (sessions.length < 2 ? 0 : (W - L - 24) * i / (sessions.length - 1));
  node("polyline", { points: sessions.map((s, i) => x(i) + "," + y(s.pain)).join(" "), class: "ub-chart__line" });
  sessions.forEach((s, i) => node("circle", { cx: x(i), cy: y(s.pain), r: 5, class: "ub-chart__point" + (s.sharp ? " ub-chart__point--sharp" : "") }));
  if (sessions.length) {
    node("text", { x: x(0), y: H - 6, class: "ub-chart__label", "text-anchor": "start" }, sessions[0].date);
    if (sessions.length > 1) { node("text", { x: x(sessions.length - 1), y: H - 6, class: "ub-chart__label", "text-anchor": "end" }, sessions[sessions.length - 1].date); }
  }
  return svg;
}

function start() {
  const R = conf.text, P = conf.progress;
  const known = {}, byId = {};
  conf.exercises.forEach((x) => { known[x.id] = { sets: x.sets, reps: x.reps }; byId[x.id] = x; });
  const status = el("p", "ub-progress__status");
  status.setAttribute("role", "status");
  const view = el("div", "ub-progress__view");

  function section(title, id) {
    const s = el("section", "ub-progress__section");
    const h = el("h2", "", title);
    h.id = id;
    s.setAttribute("aria-labelledby", id);
    s.appendChild(h);
    return s;
  }

  function draw() {
    view.textContent = "";
    const read = readLog();
    const problem = logProblem(R, read);
    if (problem) { view.appendChild(problem); }
    const log = read.log || { sessions: [] };
    const plan = load(known);
    const day = today();

    const weeks = section(P.weeks_heading, "ub-weeks-heading");
    const now = monday(day), rows = [];
    let thisWeek = 0;
    for (let w = 7; w >= 0; w--) {
      const from = now - 7 * w;
      const done = log.sessions.filter((s) => dayNo(s.date) >= from && dayNo(s.date) < from + 7).length;
      if (!w) { thisWeek = done; }
      rows.push([isoOf(from), done, plan.days]);
    }
    weeks.appendChild(el("p", "ub-progress__week", fill(P.this_week, { done: thisWeek, days: plan.days })));
    weeks.appendChild(table(fill(P.weeks_caption, { days: plan.days }), [P.col_week, P.col_done, P.col_plan], rows));
    view.appendChild(weeks);

    const pain = section(P.pain_heading, "ub-pain-heading");
    if (log.sessions.length) {
      pain.appendChild(chart(log.sessions, conf.levels));
      pain.appendChild(table(P.pain_caption, [P.col_date, P.col_pain, P.col_sharp, P.col_morning, P.col_note],
        log.sessions.map((s) => [s.date + (s.away ? " " + P.away : ""), s.pain, s.sharp ? R.yes : R.no,
          s.morning && s.morning !== "skipped" ? R["morning_" + s.morning] : P.not_given, s.note]), "ub-progress__table--pain"));
    } else {
      pain.appendChild(el("p", "", P.none));
    }
    view.appendChild(pain);

    const mine = section(P.plan_heading, "ub-plan-heading");
    if (plan.items.length) {
      const ul = el("ul", "ub-progress__plan");
      plan.items.forEach((it) => {
        const x = byId[it.id];
        const li = el("li", "", fill(P.plan_item, { title: x.title, sets: it.sets, reps: it.reps }));
        const s = suggest(it, x, log, conf.levels);
        if (s) { li.appendChild(el("span", "ub-progress__advice", " " + R["suggest_" + s.kind] + " " + fill(R[s.why[0]], s.why[1]))); }
        ul.appendChild(li);
      });
      mine.appendChild(ul);
    } else {
      mine.appendChild(el("p", "", P.plan_empty));
    }
    const go = el("a", "ub-progress__link", P.routine_link);
    go.href = conf.routine;
    mine.appendChild(go);
    view.appendChild(mine);
  }

  /* Export, import, delete, print. */
  const data = section(P.data_heading, "ub-data-heading");
  data.classList.add("ub-progress__data");
  const row = el("div", "ub-routine__row");
  const exp = button(P.export);
  const print = button(P.print);
  const erase = button(P.erase);
  [exp, print, erase].forEach((b) => row.appendChild(b));
  const imp = el("label", "ub-routine__field ub-progress__import", P.import_label + " ");
  const file = el("input", "ub-progress__file");
  file.type = "file";
  file.accept = ".json,application/json";
  imp.appendChild(file);
  const confirm = el("div", "ub-progress__confirm");
  confirm.hidden = true;
  const yes = button(P.erase_yes, "ub-progress__yes");
  const no = button(P.erase_no);
  confirm.appendChild(el("p", "", P.erase_confirm));
  confirm.appendChild(el("div", "ub-routine__row")).append(yes, no);
  [row, imp, confirm].forEach((x) => data.appendChild(x));

  exp.addEventListener("click", () => {
    const read = readLog();
    const blob = new Blob([JSON.stringify(read.log || { version: 1, sessions: [] }, null, 1)], { type: "application/json" });
    const a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = P.export_name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  /* Import adds the file's sessions to this browser's log (a session already here is kept once). */
  file.addEventListener("change", () => {
    const f = file.files[0];
    if (!f) { return; }
    f.text().then((text) => {
      const got = parseLog(text);
      if (got.error || !text) { status.textContent = P["import_" + (got.error === "version" ? "version" : "corrupt")]; return; }
      const read = readLog();
      const log = read.log || { version: 1, sessions: [] };
      const seen = new Set(log.sessions.map((s) => JSON.stringify(s)));
      got.log.sessions.forEach((s) => { if (!seen.has(JSON.stringify(s))) { log.sessions.push(s); } });
      writeLog(log);
      file.value = "";
      draw();
      status.textContent = fill(P.imported, { count: log.sessions.length });
    });
  });
  erase.addEventListener("click", () => { confirm.hidden = false; no.focus(); });
  no.addEventListener("click", () => { confirm.hidden = true; erase.focus(); });
  yes.addEventListener("click", () => {
    clearLog();
    [KEY, "upper-back-handout"].forEach((k) => { try { localStorage.removeItem(k); } catch (e) { /* nothing kept */ } });
    confirm.hidden = true;
    draw();
    status.textContent = P.erased;
    erase.focus();
  });
  print.addEventListener("click", () => window.print());

  const morning = morningCheck(R, today(), draw);
  if (morning) { app.appendChild(morning); }
  app.append(status, view, data);
  app.hidden = false;
  draw();
}

if (app && conf) { start(); }
