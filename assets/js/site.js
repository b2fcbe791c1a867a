/* Progressive enhancement only: every page works without this file.
   1. Filters on the exercises index narrow the list in place.
   2. The search form searches search-index.json in the browser instead of leaving the page.
   3. The service worker (sw.js at the site root, from templates/sw.ftl) saves the site for offline use. */
(function () {
  "use strict";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function setUpFilters(form) {
    var cards = document.querySelectorAll(".ub-card[data-muscles]");
    var status = form.querySelector(".ub-filters__status");
    function apply() {
      var shown = 0;
      cards.forEach(function (card) {
        var ok = ["muscles", "equipment", "difficulty"].every(function (facet) {
          var wanted = form.elements[facet].value;
          return !wanted || card.dataset[facet].split(" ").indexOf(wanted) !== -1;
        });
        card.hidden = !ok;
        if (ok) { shown++; }
      });
      status.textContent = fill(status.dataset.template, { shown: shown, total: cards.length });
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    form.hidden = false;
    apply();
  }

  function words(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1; });
  }

  /* Every query word must match the start of a word in the entry; title hits weigh most. */
  function score(entry, query) {
    var fields = [[words(entry.title), 5], [words(entry.summary), 2], [words(entry.text), 1]];
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var best = 0;
      fields.forEach(function (field) {
        field[0].forEach(function (w) {
          if (w.indexOf(query[i]) === 0) { best = Math.max(best, field[1] * (w === query[i] ? 2 : 1)); }
        });
      });
      if (!best) { return 0; }
      total += best;
    }
    return total;
  }

  function setUpSearch(form) {
    var input = form.elements.q;
    var list = form.querySelector("[data-ub-results]");
    var status = form.querySelector(".ub-search__status");
    var root = form.dataset.index.replace(/search-index\.json$/, "");
    var index = null;

    function load() {
      if (!index) {
        index = fetch(form.dataset.index).then(function (r) { return r.json(); });
      }
      return index;
    }

    function run() {
      var query = words(input.value);
      load().then(function (entries) {
        list.textContent = "";
        if (!query.length) { status.textContent = ""; return; }
        var hits = entries.map(function (e) { return { e: e, s: score(e, query) }; })
          .filter(function (h) { return h.s > 0; })
          .sort(function (a, b) { return b.s - a.s; });
        hits.forEach(function (h) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = root + h.e.url;
          a.textContent = h.e.title;
          var p = document.createElement("p");
          p.textContent = h.e.summary;
          li.appendChild(a);
          li.appendChild(p);
          list.appendChild(li);
        });
        status.textContent = hits.length
          ? fill(status.dataset.results, { count: hits.length, query: input.value.trim() })
          : status.dataset.none;
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value.trim()));
    });
    input.addEventListener("input", run);
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) { input.value = initial; run(); }
  }

  var root = document.currentScript && document.currentScript.src.replace(/js\/site\.js(?:[?#].*)?$/, "");
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol) && root) {
    navigator.serviceWorker.register(root + "sw.js", { scope: root }).catch(function () {});
  }

  document.querySelectorAll("[data-ub-filters]").forEach(setUpFilters);
  document.querySelectorAll("[data-ub-search]").forEach(setUpSearch);
}());
