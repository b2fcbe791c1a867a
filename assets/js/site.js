/* Progressive enhancement only: every page works without this file.
   Filters on the exercises index narrow the list in place. (The search page has its own js/search.js.)
   The service worker (sw.js at the site root, from templates/sw.ftl) saves the site for offline use. */
import { fill } from "./common.js";

function setUpFilters(form) {
  const cards = document.querySelectorAll(".ub-card[data-muscles]");
  const status = form.querySelector(".ub-filters__status");
  /* One select per facet, named after it (the template lists the facets of data/vocabulary.yaml). */
  const facets = [...form.querySelectorAll("select")].map((select) => select.name);
  function apply() {
    let shown = 0;
    cards.forEach((card) => {
      const ok = facets.every((facet) => {
        const wanted = form.elements[facet].value;
        return !wanted || card.dataset[facet].split(" ").includes(wanted);
      });
      card.hidden = !ok;
      if (ok) { shown++; }
    });
    status.textContent = fill(status.dataset.template, { shown: shown, total: cards.length });
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  form.addEventListener("submit", (event) => { event.preventDefault(); apply(); });
  form.hidden = false;
  apply();
}

/* The site root is the folder above this file's js/ folder, wherever the site is served. */
const root = new URL("../", import.meta.url).href;
if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker.register(root + "sw.js", { scope: root }).catch(() => {});
}

document.querySelectorAll("[data-ub-filters]").forEach(setUpFilters);
