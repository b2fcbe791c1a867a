/* Progressive enhancement only: every page works without this file.
   Filters on the exercises index narrow the list in place. (The search page has its own js/search.js.)
   The service worker (sw.js at the site root, from templates/sw.ftl) saves the site for offline use. */
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

  var root = document.currentScript && document.currentScript.src.replace(/js\/site\.js(?:[?#].*)?$/, "");
  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol) && root) {
    navigator.serviceWorker.register(root + "sw.js", { scope: root }).catch(function () {});
  }

  document.querySelectorAll("[data-ub-filters]").forEach(setUpFilters);
}());
