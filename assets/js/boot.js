/* The one script a page names: it loads the page's own scripts (data-load: files in this folder)
   once the page's first paint is on screen, so no script delays the words. Every page works
   without them. html[data-scripts=ready] says they have all run (the browser tests wait for it). */
const tag = document.querySelector("script[data-load]");
await new Promise((done) => {
  setTimeout(done, 1000); // a page opened in a background tab does not paint: load them all the same
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); done(); }
    }).observe({ type: "paint", buffered: true });
  } catch (e) {
    requestAnimationFrame(() => setTimeout(done)); // no paint timing: just after the next frame
  }
});
await Promise.all(tag.dataset.load.split(" ").map((name) => import(`./${name}`)));
document.documentElement.dataset.scripts = "ready";
