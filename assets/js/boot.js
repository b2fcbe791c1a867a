/* The one script a page names: it loads the page's own scripts (data-load: files in this folder)
   once the page has painted, so no script delays the words on screen. Every page works without
   them. html[data-scripts=ready] says they have all run (the browser tests wait for it). */
const tag = document.querySelector("script[data-load]");
const painted = new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
/* A page opened in a background tab does not paint: its scripts load a second later all the same. */
await Promise.race([painted, new Promise((done) => setTimeout(done, 1000))]);
await Promise.all(tag.dataset.load.split(" ").map((name) => import(`./${name}`)));
document.documentElement.dataset.scripts = "ready";
