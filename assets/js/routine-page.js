/* My routine, part 2 (routine.html only): the reader's routine (sets and reps, order, days a week,
   clear, copy link), the pain rule's suggestion for each exercise, its print sheet, the session view
   and the session log. Its text and the exercises come from the page's JSON in
   <template id="ub-routine-data"> (components/routine-data.ftl). */
import { LOG_KEY, button, chosen, choices, clamp, el, fill, pageData, today } from "./common.js";
import { REPS, REST, SETS, load, parse, save, serialise } from "./routine.js";

/* The session log's code (log.js) loads with the page only when a log is saved (or storage cannot be
   read, which it reports); a first visit fetches it when the reader first logs a session. */
function logSaved() {
  try { return localStorage.getItem(LOG_KEY) !== null; } catch (e) { return true; }
}
let L = logSaved() ? await import("./log.js") : null;

const app = document.querySelector("[data-ub-routine-app]");
const conf = pageData("ub-routine-data");

function start() {
  var T = conf.text;

  var read = L ? L.readLog() : { log: null };
  var log = read.log || null;
  var known = {};
  var byId = {};
  conf.exercises.forEach(function (x) { known[x.id] = { sets: x.sets, reps: x.reps }; byId[x.id] = x; });
  var fromAddress = /(^|[?&])e=/.test(location.search);
  var state = fromAddress ? parse(location.search, known) : load(known);

  function commit() {
    save(state, known);
    history.replaceState(null, "", location.pathname + "?" + serialise(state, known));
  }

  /* The editor */
  var editor = el("section", "ub-routine__editor");
  editor.setAttribute("aria-labelledby", "ub-routine-heading");
  var heading = el("h2", "", T.heading);
  heading.id = "ub-routine-heading";
  var note = el("p", "ub-routine__note");
  note.setAttribute("role", "status");
  var empty = el("p", "ub-routine__empty", T.empty_note);
  var list = el("ol", "ub-routine__list");
  var days = el("fieldset", "ub-routine__days");
  days.appendChild(el("legend", "", T.days));
  [2, 3].forEach(function (n) {
    var label = el("label");
    var input = el("input");
    input.type = "radio";
    input.name = "ub-days";
    input.value = String(n);
    input.checked = state.days === n;
    input.addEventListener("change", function () { state.days = n; commit(); render(); });
    label.appendChild(input);
    label.appendChild(document.createTextNode(" " + T["days_" + n]));
    days.appendChild(label);
  });
  /* Empty: each exercise rests as long as its page says (its `rest` header); a number here (r= in the
     address) is the reader's or clinician's override for every exercise. */
  var restLabel = numberField(T.rest_label + " ", state.rest === null ? "" : state.rest, REST, function (v) { state.rest = v; }, "", true);
  var actions = el("div", "ub-routine__row");
  var start = button(T.start, "ub-button");
  var print = button(T.print);
  var copy = button(T.copy);
  var clear = button(T.clear_all);
  var away = button(T.log_away);
  [start, print, copy, clear, away].forEach(function (b) { actions.appendChild(b); });
  var field = el("p", "ub-routine__link");
  field.hidden = true;
  var fieldLabel = el("label", "", T.copy_field);
  var link = el("input", "ub-routine__input ub-routine__input--wide");
  link.readOnly = true;
  link.id = fieldLabel.htmlFor = "ub-routine-url";
  field.appendChild(fieldLabel);
  field.appendChild(link);
  /* The handout: the reader's name and the clinician's notes, typed here, kept in this browser only
     (never in the address), printed on the sheet with a QR code of the plan's link. */
  var HANDOUT = "upper-back-handout";
  var handout = { name: "", notes: "" };
  try { handout = Object.assign(handout, JSON.parse(localStorage.getItem(HANDOUT) || "{}")); } catch (e) { /* unreadable: start empty */ }
  var hand = el("fieldset", "ub-routine__handout");
  hand.appendChild(el("legend", "", T.handout_heading));
  hand.appendChild(el("p", "ub-routine__hint", T.handout_hint));
  [["name", "input", T.handout_name], ["notes", "textarea", T.handout_notes]].forEach(function (f) {
    var label = el("label", "ub-routine__field ub-routine__handout-field", f[2]);
    var input = el(f[1], "ub-log__text");
    input.name = "ub-handout-" + f[0];
    input.maxLength = f[0] === "name" ? 80 : 1000;
    input.value = typeof handout[f[0]] === "string" ? handout[f[0]] : "";
    input.addEventListener("input", function () {
      handout[f[0]] = input.value;
      try { localStorage.setItem(HANDOUT, JSON.stringify({ name: handout.name, notes: handout.notes })); } catch (e) { /* private mode */ }
      renderSheet();
    });
    label.appendChild(input);
    hand.appendChild(label);
  });
  [heading, note, empty, list, days, restLabel, actions, field, hand].forEach(function (x) { editor.appendChild(x); });

  var sheet = el("section", "ub-routine__sheet");
  sheet.setAttribute("aria-hidden", "true");

  function numberField(text, value, range, onChange, title, optional) {
    var label = el("label", "ub-routine__field", text);
    if (title) { label.appendChild(el("span", "ub-visually-hidden", " (" + title + ")")); }
    var input = el("input", "ub-routine__input");
    input.type = "number";
    input.min = range[0];
    input.max = range[1];
    input.value = value;
    input.addEventListener("change", function () {
      input.value = clamp(input.value, range, optional ? "" : value);
      onChange(input.value === "" ? null : +input.value);
      commit();
      renderSheet();
    });
    label.appendChild(input);
    return label;
  }

  function move(i, by, act) {
    var j = i + by;
    if (j < 0 || j >= state.items.length) { return; }
    var it = state.items.splice(i, 1)[0];
    state.items.splice(j, 0, it);
    commit();
    render();
    var target = list.querySelector("[data-act=" + act + "][data-i='" + j + "']");
    if (!target || target.disabled) { target = list.querySelector("[data-i='" + j + "']:not(:disabled)[data-act]"); }
    if (target) { target.focus(); }
  }

  function render() {
    list.textContent = "";
    empty.hidden = state.items.length > 0;
    app.classList.toggle("ub-routine__app--filled", state.items.length > 0);
    [start, print, copy, away].forEach(function (b) { b.disabled = !state.items.length; });
    state.items.forEach(function (it, i) {
      var x = byId[it.id];
      var li = el("li", "ub-card");
      var h = el("h3", "ub-routine__title");
      var a = el("a", "", x.title);
      a.href = x.url;
      h.appendChild(a);
      li.appendChild(h);
      var fields = el("div", "ub-routine__row");
      fields.appendChild(numberField(T.sets + " ", it.sets, SETS, function (v) { it.sets = v; }, x.title));
      fields.appendChild(numberField(T.reps + " ", it.reps, REPS, function (v) { it.reps = v; }, x.title));
      li.appendChild(fields);
      var tools = el("div", "ub-routine__row");
      [["up", -1], ["down", 1], ["remove", 0]].forEach(function (d) {
        var b = button(T[d[0] === "remove" ? "remove_item" : d[0]], "", x.title);
        b.setAttribute("data-act", d[0]);
        b.setAttribute("data-i", String(i));
        if (d[1]) {
          b.disabled = (d[1] < 0 && i === 0) || (d[1] > 0 && i === state.items.length - 1);
          b.addEventListener("click", function () { move(i, d[1], d[0]); });
        } else {
          b.addEventListener("click", function () {
            state.items.splice(i, 1);
            commit();
            render();
            var next = list.querySelector("[data-act=remove][data-i='" + Math.min(i, state.items.length - 1) + "']");
            (next || heading).focus();
          });
        }
        tools.appendChild(b);
      });
      li.appendChild(tools);
      var advice = suggestion(it, x);
      if (advice) { li.appendChild(advice); }
      list.appendChild(li);
    });
    renderSheet();
  }

  /* The pain rule's word on this exercise, from the saved log, with the reason and what to do. */
  function suggestion(it, x) {
    if (!log) { return null; }
    var s = L.suggest(it, x, log, conf.levels);
    if (!s) { return null; }
    var box = el("div", "ub-suggest ub-suggest--" + s.kind);
    var p = el("p", "ub-suggest__text");
    p.appendChild(el("strong", "", T["suggest_" + s.kind] + " "));
    p.appendChild(document.createTextNode(fill(T[s.why[0]], s.why[1])));
    box.appendChild(p);
    if (s.kind === "stop") {
      var a = el("a", "", T.pain_link);
      a.href = conf.help;
      box.appendChild(a);
    } else if (s.kind === "easier" && x.easier.length) {
      box.appendChild(el("p", "ub-suggest__label", T.easier_options));
      var ul = el("ul", "ub-suggest__list");
      x.easier.forEach(function (e) { ul.appendChild(el("li", "", e)); });
      box.appendChild(ul);
    } else if (s.kind === "up" && s.next.harder && x.harder) {
      var h = el("a", "", fill(T.up_harder, { title: x.title }));
      h.href = x.harder;
      box.appendChild(h);
    } else if (s.kind === "up" && !s.next.harder) {
      var row = el("p", "ub-routine__row", fill(T.up_to, s.next) + " ");
      var use = button(T.use_this, "", x.title);
      use.addEventListener("click", function () {
        it.sets = s.next.sets;
        it.reps = s.next.reps;
        commit();
        render();
        note.textContent = fill(T.used, { title: x.title, sets: it.sets, reps: it.reps });
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      });
      row.appendChild(use);
      box.appendChild(row);
    }
    return box;
  }

  /* The print sheet: what to do, the pain rule and a tick grid for the week. */
  function renderSheet() {
    sheet.textContent = "";
    if (qr) { sheet.appendChild(qrCode(location.href)); }
    sheet.appendChild(el("h2", "", T.heading));
    if (handout.name) { sheet.appendChild(el("p", "ub-sheet__name", fill(T.sheet_name, { name: handout.name }))); }
    if (handout.notes) {
      sheet.appendChild(el("h3", "ub-sheet__title", T.handout_notes));
      sheet.appendChild(el("p", "ub-sheet__notes", handout.notes));
    }
    var ol = el("ol", "ub-sheet__list");
    state.items.forEach(function (it) {
      var x = byId[it.id];
      var li = el("li", "ub-sheet__item");
      var h = el("h3", "ub-sheet__title", x.title + " · ");
      h.appendChild(el("span", "", fill(T.plan_for, { sets: it.sets, reps: it.reps })));
      li.appendChild(h);
      var steps = el("ol", "ub-sheet__steps");
      x.steps.forEach(function (s) { steps.appendChild(el("li", "", s)); });
      li.appendChild(steps);
      ol.appendChild(li);
    });
    sheet.appendChild(ol);
    sheet.appendChild(el("p", "ub-sheet__pain", conf.pain));
    var table = el("table", "ub-sheet__grid");
    table.appendChild(el("caption", "", T.grid));
    var head = el("tr");
    head.appendChild(el("th", "", ""));
    for (var n = 1; n <= state.days; n++) { head.appendChild(el("th", "", fill(T.session, { n: n }))); }
    table.appendChild(head);
    state.items.forEach(function (it) {
      var tr = el("tr");
      tr.appendChild(el("th", "", byId[it.id].title));
      for (var n = 1; n <= state.days; n++) { tr.appendChild(el("td", "", "")); }
      table.appendChild(tr);
    });
    sheet.appendChild(table);
  }

  /* The QR library loads only when the reader prints or shares (js/vendor/qrcode-generator.min.js). */
  var qr = null;
  function loadQr() {
    return qr ? Promise.resolve() : import("./vendor/qrcode-generator.min.js").then(function (m) { qr = m.default; renderSheet(); }, function () { /* offline and never loaded: the sheet prints without it */ });
  }
  function qrCode(url) {
    var code = qr(0, "M");
    code.addData(url);
    code.make();
    var n = code.getModuleCount(), d = "";
    for (var r = 0; r < n; r++) { for (var c = 0; c < n; c++) { if (code.isDark(r, c)) { d += "M" + (c + 4) + " " + (r + 4) + "h1v1h-1z"; } } }
    var NS = "http://www.w3.org/2000/svg";
    var fig = el("figure", "ub-sheet__qr");
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", "0 0 " + (n + 8) + " " + (n + 8));
    svg.setAttribute("class", "ub-sheet__qr-code");
    var path = document.createElementNS(NS, "path");
    path.setAttribute("d", d);
    svg.appendChild(path);
    fig.appendChild(svg);
    fig.appendChild(el("figcaption", "", T.qr_caption));
    return fig;
  }
  print.addEventListener("click", function () { loadQr().then(function () { window.print(); }); });
  window.addEventListener("beforeprint", loadQr);
  clear.addEventListener("click", function () {
    state.items = [];
    commit();
    render();
    note.textContent = T.cleared;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  });
  copy.addEventListener("click", function () {
    loadQr();
    var url = location.href;
    function manual() {
      link.value = url;
      field.hidden = false;
      link.focus();
      link.select();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(function () { note.textContent = T.copied; }, manual);
    } else {
      manual();
    }
  });

  /* The session view: one exercise at a time, set by set, with a rest timer. */
  var session = el("section", "ub-session");
  session.hidden = true;
  session.setAttribute("aria-labelledby", "ub-session-heading");
  var sHead = el("h2", "ub-session__title");
  sHead.id = "ub-session-heading";
  sHead.tabIndex = -1;
  var progress = el("p", "ub-session__progress");
  progress.setAttribute("aria-live", "polite");
  var timer = el("p", "ub-session__timer");
  timer.setAttribute("role", "timer");
  var sSteps = el("ol", "ub-session__steps");
  var pain = el("p", "ub-session__pain", T.stop_now + " ");
  var help = el("a", "", T.pain_link);
  help.href = conf.help;
  pain.appendChild(help);
  var sTools = el("div", "ub-routine__row");
  var done = button(T.done_set, "ub-button");
  var skip = button(T.skip_rest);
  var prev = button(T.previous);
  var next = button(T.next);
  var end = button(T.end);
  [done, skip, prev, next, end].forEach(function (b) { sTools.appendChild(b); });
  [sHead, progress, timer, sSteps, sTools, pain].forEach(function (x) { session.appendChild(x); });
  var at = { i: 0, set: 1 }, ticking = null;

  function stopTimer() {
    clearInterval(ticking);
    ticking = null;
    timer.textContent = "";
    skip.hidden = true;
    done.disabled = false;
  }
  function show(focus) {
    stopTimer();
    var it = state.items[at.i], x = byId[it.id];
    sHead.textContent = fill(T.exercise_of, { n: at.i + 1, total: state.items.length, title: x.title });
    progress.textContent = fill(T.set_of, { n: at.set, total: it.sets, reps: it.reps });
    sSteps.textContent = "";
    x.steps.forEach(function (s) { sSteps.appendChild(el("li", "", s)); });
    prev.disabled = at.i === 0;
    next.disabled = at.i === state.items.length - 1;
    if (focus) { sHead.focus(); }
  }
  function restThen(after) {
    var left = state.rest || byId[state.items[at.i].id].rest;
    done.disabled = true;
    skip.hidden = false;
    skip.focus(); /* the done button is disabled while resting */
    progress.textContent = fill(T.rest_left, { s: left });
    timer.textContent = left + " s";
    ticking = setInterval(function () {
      left--;
      timer.textContent = left + " s";
      if (left <= 0) { after(); }
    }, 1000);
    skip.onclick = after;
  }
  done.addEventListener("click", function () {
    var it = state.items[at.i];
    if (at.set < it.sets) {
      restThen(function () {
        at.set++;
        show(false);
        progress.textContent = fill(T.rest_over, { n: at.set }) + " " + fill(T.set_of, { n: at.set, total: it.sets, reps: it.reps });
        done.focus();
      });
    } else if (at.i < state.items.length - 1) {
      restThen(function () { at.i++; at.set = 1; show(true); });
    } else {
      stopTimer();
      done.disabled = true;
      progress.textContent = T.finished;
      end.focus();
    }
  });
  prev.addEventListener("click", function () { at.i--; at.set = 1; show(true); });
  next.addEventListener("click", function () { at.i++; at.set = 1; show(true); });
  function toggleSession(on) {
    session.hidden = !on;
    editor.hidden = on;
    document.querySelector(".ub-routine__samples").hidden = on;
    if (on) { at = { i: 0, set: 1 }; show(true); } else { stopTimer(); start.focus(); }
  }
  start.addEventListener("click", function () { toggleSession(true); });
  end.addEventListener("click", function () {
    stopTimer();
    sTools.hidden = true;
    withLog(function () { openLog(false, session, function () { sTools.hidden = false; toggleSession(false); }); });
  });
  away.addEventListener("click", function () {
    editor.hidden = true;
    withLog(function () { openLog(true, app, function () { editor.hidden = false; away.focus(); }); });
  });

  /* The session log form: at the end of a session, or for a session done away from the site (with its
     date). Pain on the 0 to 10 scale, sharp pain yes or no, how each exercise felt, a note. */
  /* Runs then() once log.js is loaded (at once when the page loaded it), with the saved log read. */
  function withLog(then) {
    if (L) { then(); return; }
    import("./log.js").then(function (m) { L = m; read = L.readLog(); log = read.log || null; then(); });
  }

  function openLog(isAway, into, after) {
    var form = el("form", "ub-log");
    form.setAttribute("aria-labelledby", "ub-log-heading");
    var h = el("h2", "", isAway ? T.log_away : T.log_heading);
    h.id = "ub-log-heading";
    h.tabIndex = -1;
    form.appendChild(h);
    var problem = L.logProblem(T, read);
    if (problem) { form.appendChild(problem); }
    var date = el("input", "ub-routine__input ub-routine__input--date");
    if (isAway) {
      var dl = el("label", "ub-routine__field", T.log_date + " ");
      date.type = "date";
      date.required = true;
      date.max = date.value = today();
      dl.appendChild(date);
      form.appendChild(dl);
    }
    var scale = [];
    for (var n = 0; n <= 10; n++) { scale.push([n, String(n)]); }
    form.appendChild(choices(T.log_pain, "ub-pain", scale, "", "ub-choices ub-choices--scale"));
    form.appendChild(el("p", "ub-log__rule", conf.pain));
    form.appendChild(choices(T.log_sharp, "ub-sharp", [["no", T.no], ["yes", T.yes]], "no"));
    var feels = [["easy", T.feel_easy], ["right", T.feel_right], ["hard", T.feel_hard]];
    state.items.forEach(function (it, i) {
      form.appendChild(choices(fill(T.log_feel, { title: byId[it.id].title }), "ub-feel-" + i, feels, "right"));
    });
    var nl = el("label", "ub-routine__field ub-log__note", T.log_note);
    var text = el("textarea", "ub-log__text");
    text.maxLength = 1000;
    text.rows = 3;
    nl.appendChild(text);
    form.appendChild(nl);
    var msg = el("p", "ub-log__message");
    msg.setAttribute("role", "alert");
    form.appendChild(msg);
    var row = el("div", "ub-routine__row");
    var ok = el("button", "ub-button", T.log_save);
    var cancel = button(T.log_cancel);
    row.appendChild(ok);
    row.appendChild(cancel);
    form.appendChild(row);
    function close(saved) {
      form.remove();
      after();
      note.textContent = saved ? T.log_saved : "";
      render();
    }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var pain = chosen(form, "ub-pain");
      if (pain === "") { msg.textContent = T.log_need_pain; form.querySelector("input[name=ub-pain]").focus(); return; }
      var day = isAway ? date.value : today();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > today()) { msg.textContent = T.log_need_date; date.focus(); return; }
      if (!log) { msg.textContent = T["log_problem_" + read.error]; return; }
      log.sessions.push({
        date: day, pain: +pain, sharp: chosen(form, "ub-sharp") === "yes", away: isAway,
        items: state.items.map(function (it, i) { return { id: it.id, sets: it.sets, reps: it.reps, feel: chosen(form, "ub-feel-" + i) || "right" }; }),
        note: text.value.trim(), morning: ""
      });
      if (!L.writeLog(log)) { msg.textContent = T.log_failed; return; }
      close(true);
    });
    cancel.addEventListener("click", function () { close(false); });
    into.appendChild(form);
    h.focus();
  }

  var morning = L && L.morningCheck(T, today(), function () { read = L.readLog(); log = read.log || null; render(); });
  if (morning) { app.appendChild(morning); }
  var problem = L && L.logProblem(T, read);
  if (problem) { app.appendChild(problem); }
  app.appendChild(editor);
  app.appendChild(session);
  app.appendChild(sheet);
  app.hidden = false;
  render();
  if (state.skipped) { note.textContent = fill(T.skipped, { count: state.skipped }); }
  if (fromAddress || state.items.length) { commit(); }
}

if (app && conf) { start(); }
