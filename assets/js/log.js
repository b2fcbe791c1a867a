/* The session log (routine and progress pages): kept in localStorage under one key, versioned, never
   sent anywhere; and the one pain rule that turns it into a suggestion for each exercise. The rule's
   score bands come from data/ui.yaml pain_rule.levels through the page's JSON, never from this file. */
import { LOG_KEY, button, choices, chosen, el, fill } from "./common.js";

export { LOG_KEY };
export const VERSION = 1;
const FEELS = ["easy", "right", "hard"];
const MORNINGS = ["better", "same", "worse"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function empty() { return { version: VERSION, sessions: [] }; }

/* One session as stored, or null when a field is missing or out of range (a hand-edited import). */
function clean(s) {
  if (!s || typeof s !== "object" || !DATE.test(s.date) || !Number.isInteger(s.pain) || s.pain < 0 || s.pain > 10) { return null; }
  const items = Array.isArray(s.items) ? s.items.filter((it) => it && /^[a-z0-9-]{1,60}$/.test(it.id)
    && Number.isInteger(it.sets) && Number.isInteger(it.reps) && FEELS.includes(it.feel)) : [];
  return {
    date: s.date, pain: s.pain, sharp: s.sharp === true, away: s.away === true,
    items: items.map((it) => ({ id: it.id, sets: it.sets, reps: it.reps, feel: it.feel })),
    note: typeof s.note === "string" ? s.note.slice(0, 1000) : "",
    morning: MORNINGS.includes(s.morning) ? s.morning : (s.morning === "skipped" ? "skipped" : "")
  };
}

/** Reads a log from text: { log } or { error: "corrupt" | "version" }, never throws. */
export function parseLog(text) {
  if (text === null || text === undefined || text === "") { return { log: empty() }; }
  let data;
  try { data = JSON.parse(text); } catch (e) { return { error: "corrupt" }; }
  if (!data || typeof data !== "object" || Array.isArray(data)) { return { error: "corrupt" }; }
  if (data.version !== VERSION) { return { error: "version" }; }
  if (!Array.isArray(data.sessions)) { return { error: "corrupt" }; }
  const sessions = data.sessions.map(clean);
  if (sessions.includes(null)) { return { error: "corrupt" }; }
  return { log: { version: VERSION, sessions: sort(sessions) } };
}

function sort(sessions) { return sessions.map((s, i) => [s, i]).sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1])).map((p) => p[0]); }

/** The saved log: { log } or { error }; a log that cannot be read is left as it is, for the reader to clear. */
export function readLog() {
  try { return parseLog(localStorage.getItem(LOG_KEY)); } catch (e) { return { error: "storage" }; }
}
export function writeLog(log) {
  log.sessions = sort(log.sessions);
  try { localStorage.setItem(LOG_KEY, JSON.stringify(log)); return true; } catch (e) { return false; }
}
export function clearLog() {
  try { localStorage.removeItem(LOG_KEY); } catch (e) { /* nothing saved, nothing to clear */ }
}

/** The band (low, acceptable, stop) of a 0-10 score, from the levels of data/ui.yaml. */
export function band(score, levels) {
  const level = levels.find((l) => score >= l.from && score <= l.to);
  return level ? level.band : "stop";
}

/** The last session done before today whose next-morning check is still open, or null. */
export function morningDue(log, day) {
  const last = log.sessions[log.sessions.length - 1];
  return last && !last.morning && last.date < day ? last : null;
}

/* A step up within the page's ranges: more reps, then a set, then the harder version. */
function stepUp(item, x) {
  if (item.reps < x.repsHigh) { return { sets: item.sets, reps: Math.min(x.repsHigh, item.reps + 2) }; }
  if (item.sets < x.setsHigh) { return { sets: item.sets + 1, reps: x.reps }; }
  return { harder: true };
}

/**
 * The pain rule for one exercise of the plan: { kind: keep | easier | up | stop, why: [textKey, values],
 * next }, or null before any session with it. Sharp, shooting or tingling pain in the last session means
 * stop (no step-up); a score in the stop band or a worse next morning means easier; two sessions in a row
 * in the low band, both felt easy, with the next morning no worse, mean a step up.
 */
export function suggest(item, x, log, levels) {
  const last = log.sessions[log.sessions.length - 1];
  if (last && last.sharp) { return { kind: "stop", why: ["why_sharp", { date: last.date }] }; }
  const mine = log.sessions.filter((s) => s.items.some((it) => it.id === item.id));
  if (!mine.length) { return null; }
  const s = mine[mine.length - 1], p = mine[mine.length - 2];
  const feel = (ses) => ses.items.find((it) => it.id === item.id).feel;
  if (band(s.pain, levels) === "stop") { return { kind: "easier", why: ["why_high", { score: s.pain }] }; }
  if (s.morning === "worse") { return { kind: "easier", why: ["why_worse", { date: s.date }] }; }
  if (p && band(p.pain, levels) === "low" && band(s.pain, levels) === "low" && feel(p) === "easy" && feel(s) === "easy"
      && p.morning !== "worse" && (s.morning === "better" || s.morning === "same")) {
    return { kind: "up", why: ["why_up", { a: p.pain, b: s.pain }], next: stepUp(item, x) };
  }
  if (band(s.pain, levels) !== "low") { return { kind: "keep", why: ["why_acceptable", { score: s.pain }] }; }
  if (feel(s) !== "easy") { return { kind: "keep", why: ["why_right", { score: s.pain }] }; }
  return { kind: "keep", why: ["why_once", { score: s.pain }] };
}

/**
 * The next-morning question (better, same, worse), asked once: answering or skipping closes it.
 * T holds the labels (data/ui.yaml routine); onDone runs after the answer is saved.
 */
export function morningCheck(T, day, onDone) {
  const read = readLog();
  const due = read.log && morningDue(read.log, day);
  if (!due) { return null; }
  const box = el("form", "ub-morning");
  box.setAttribute("aria-labelledby", "ub-morning-heading");
  const h = el("h2", "ub-morning__title", T.morning_heading);
  h.id = "ub-morning-heading";
  box.appendChild(h);
  box.appendChild(choices(fill(T.morning_question, { date: due.date }), "ub-morning", MORNINGS.map((m) => [m, T["morning_" + m]]), "same"));
  const row = el("div", "ub-routine__row");
  const save = el("button", "ub-button", T.morning_save);
  const later = button(T.morning_skip);
  row.appendChild(save);
  row.appendChild(later);
  box.appendChild(row);
  function close(answer) {
    due.morning = answer;
    writeLog(read.log);
    const thanks = el("p", "ub-morning__done", answer === "skipped" ? T.morning_skipped : T.morning_thanks);
    thanks.setAttribute("role", "status");
    box.replaceWith(thanks);
    if (onDone) { onDone(); }
  }
  box.addEventListener("submit", (e) => { e.preventDefault(); close(chosen(box, "ub-morning") || "same"); });
  later.addEventListener("click", () => close("skipped"));
  return box;
}

/** A sentence saying why the saved log is not used, or null when it reads. */
export function logProblem(T, read) {
  return read.error ? el("p", "ub-log-problem", T["log_problem_" + read.error]) : null;
}
