/* My routine, part 2 (routine.html only, after js/routine.js): the reader's routine (sets and reps,
   order, days a week, clear, copy link), its print sheet and the session view. Its text and the
   exercises come from the page's JSON in <template id="ub-routine-data"> (components/routine-data.ftl). */
(function () {
  "use strict";
  var app = document.querySelector("[data-ub-routine-app]");
  var data = document.getElementById("ub-routine-data");
  var R = window.UpperBackRoutine;
  if (!app || !data || !R) { return; }
  var conf = JSON.parse(data.content.textContent);
  var T = conf.text;
  var SETS = R.SETS, REPS = R.REPS, REST = R.REST;
  var clamp = R.clamp, fill = R.fill, el = R.el, button = R.button;
  var parse = R.parse, serialise = R.serialise, load = R.load, save = R.save;

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
  var restLabel = numberField(T.rest_label + " ", state.rest, REST, function (v) { state.rest = v; }, "");
  var actions = el("div", "ub-routine__row");
  var start = button(T.start, "ub-button");
  var print = button(T.print);
  var copy = button(T.copy);
  var clear = button(T.clear_all);
  [start, print, copy, clear].forEach(function (b) { actions.appendChild(b); });
  var field = el("p", "ub-routine__link");
  field.hidden = true;
  var fieldLabel = el("label", "", T.copy_field);
  var link = el("input", "ub-routine__input ub-routine__input--wide");
  link.readOnly = true;
  link.id = fieldLabel.htmlFor = "ub-routine-url";
  field.appendChild(fieldLabel);
  field.appendChild(link);
  [heading, note, empty, list, days, restLabel, actions, field].forEach(function (x) { editor.appendChild(x); });

  var sheet = el("section", "ub-routine__sheet");
  sheet.setAttribute("aria-hidden", "true");

  function numberField(text, value, range, onChange, title) {
    var label = el("label", "ub-routine__field", text);
    if (title) { label.appendChild(el("span", "ub-visually-hidden", " (" + title + ")")); }
    var input = el("input", "ub-routine__input");
    input.type = "number";
    input.min = range[0];
    input.max = range[1];
    input.value = value;
    input.addEventListener("change", function () {
      input.value = clamp(input.value, range, value);
      onChange(+input.value);
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
    [start, print, copy].forEach(function (b) { b.disabled = !state.items.length; });
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
      list.appendChild(li);
    });
    renderSheet();
  }

  /* The print sheet: what to do, the pain rule and a tick grid for the week. */
  function renderSheet() {
    sheet.textContent = "";
    sheet.appendChild(el("h2", "", T.heading));
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

  print.addEventListener("click", function () { window.print(); });
  clear.addEventListener("click", function () {
    state.items = [];
    commit();
    render();
    note.textContent = T.cleared;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  });
  copy.addEventListener("click", function () {
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
    var left = state.rest;
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
  end.addEventListener("click", function () { toggleSession(false); });

  app.appendChild(editor);
  app.appendChild(session);
  app.appendChild(sheet);
  app.hidden = false;
  render();
  if (state.skipped) { note.textContent = fill(T.skipped, { count: state.skipped }); }
  if (fromAddress || state.items.length) { commit(); }
}());
