/* The site search, loaded by search.html only. Progressive enhancement: without this file the form
   reloads the search page with ?q= and offers the browse pages instead.
   The library (MiniSearch, js/vendor/) and search-index.json are fetched when the reader first focuses
   the box, or at once when the address holds ?q=, so the page itself stays light. Results appear as
   the reader types; the query is kept in the address so a search can be shared and Back works.
   Everything is written with textContent: nothing a reader types is ever read as markup.
   An ES module (strict, deferred); the ranking settings and the words that put a page first are data:
   data/search.yaml, through the page's <template id="ub-search-ranking"> and search-index.json. */
import { fill } from "./common.js";

const form = document.querySelector("[data-ub-search]");
if (form) { start(form); }

function start(form) {
  var input = form.elements.q;
  var status = document.querySelector("[data-ub-status]");
  var list = document.querySelector("[data-ub-results]");
  var root = form.getAttribute("data-index").replace(/search-index\.json$/, "");
  var maxLength = Number(input.getAttribute("maxlength")) || 100;
  var loading = null;
  var timer = 0;
  var shown = null;
  /* The next change of query starts a new history entry (after a submit, or a search from the address). */
  var commit = false;

  /* How much each field counts, and when typing mistakes and prefixes are allowed (data/search.yaml ranking). */
  var rules = JSON.parse(document.getElementById("ub-search-ranking").innerHTML);
  var BOOST = rules.boost;
  /* Index entries by url: a page put first by its phrases is shown even when no word of it matched. */
  var byUrl = {};

  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /* Neighbouring words joined ("Pull-ups and chin-ups" gives "pullups", "chinups", ...), so a reader who
     types "pullup" finds the page as well as one who types "pull up" or "pull-up". */
  function joined(text) {
    var w = words(text);
    var out = [];
    for (var i = 0; i + 1 < w.length; i++) { out.push(w[i] + w[i + 1]); }
    return out.join(" ");
  }

  function field(doc, name) {
    switch (name) {
      case "titleJoined": return joined(doc.title);
      case "headingText": return doc.headings.join(" ");
      case "headingsJoined": return doc.headings.map(joined).join(" ");
      default: return doc[name] || "";
    }
  }

  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function load() {
    if (!loading) {
      var index = fetch(form.getAttribute("data-index")).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      });
      loading = Promise.all([index, window.MiniSearch ? null : script(form.getAttribute("data-library"))])
        .then(function (parts) {
          var engine = new window.MiniSearch({
            idField: "url",
            fields: Object.keys(BOOST),
            storeFields: ["url", "title", "summary", "headings"],
            extractField: field
          });
          parts[0].forEach(function (doc) { byUrl[doc.url] = doc; });
          engine.addAll(parts[0]);
          return engine;
        });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  /* The query as typed, and with its words run together ("pull up" also as "pullup"). Prefix matching
     finds "pulling" from "pull"; words of five letters or more may have one typing mistake. */
  function find(engine, query) {
    var options = {
      boost: BOOST,
      prefix: function (term) { return term.length > rules.prefixFrom - 1; },
      fuzzy: function (term) { return term.length >= rules.fuzzyFrom ? rules.fuzzyShare : false; },
      maxFuzzy: rules.maxEdits
    };
    var queries = [query];
    var together = words(query).join("");
    if (together && together !== query.toLowerCase()) { queries.push(together); }
    return putFirst(engine.search({ combineWith: "OR", queries: queries }, options), query);
  }

  /* At most one typing mistake (a letter added, left out or changed), for words of `from` letters or more. */
  function near(a, b, from) {
    if (a === b) { return true; }
    if (Math.min(a.length, b.length) < from || Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && a[i] === b[i]) { i++; }
    return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
  }

  /* Words alike, ignoring a plural s ("dumbbells" and "dumbbell"). */
  function alike(a, b, from) {
    return near(a, b, from) || near(a.replace(/s$/, ""), b.replace(/s$/, ""), from);
  }

  /* Does the query's word list hold the phrase's words, in order and side by side? */
  function holds(q, phrase, from) {
    var p = words(phrase);
    for (var i = 0; i + p.length <= q.length; i++) {
      if (p.every(function (w, k) { return alike(q[i + k], w, from); })) { return true; }
    }
    return false;
  }

  /* Pages whose `first` phrases the query holds (warning signs: get help), then facet pages whose `exact`
     names are the whole query, go to the top, in that order; the rest keep the engine's order. */
  function putFirst(hits, query) {
    var q = words(query);
    var top = [];
    Object.keys(byUrl).forEach(function (url) {
      var doc = byUrl[url];
      if ((doc.first || []).some(function (p) { return holds(q, p, rules.firstFuzzyFrom); })) { top.push(url); }
    });
    Object.keys(byUrl).forEach(function (url) {
      var doc = byUrl[url];
      var whole = (doc.exact || []).some(function (p) { return words(p).length === q.length && holds(q, p, rules.fuzzyFrom); });
      if (whole && top.indexOf(url) === -1) { top.push(url); }
    });
    if (!top.length) { return hits; }
    var terms = q;
    var first = top.map(function (url) {
      var hit = hits.filter(function (h) { return h.id === url; })[0];
      var doc = byUrl[url];
      return hit || { id: url, url: url, title: doc.title, summary: doc.summary, headings: doc.headings, terms: terms, match: {} };
    });
    return first.concat(hits.filter(function (h) { return top.indexOf(h.id) === -1; }));
  }

  /* Text with the words in `terms` marked. */
  function marked(text, terms) {
    var out = document.createDocumentFragment();
    var last = 0;
    text.replace(/[\p{L}\p{N}]+/gu, function (word, at) {
      if (terms.indexOf(word.toLowerCase()) !== -1) {
        out.appendChild(document.createTextNode(text.slice(last, at)));
        var mark = document.createElement("mark");
        mark.textContent = word;
        out.appendChild(mark);
        last = at + word.length;
      }
      return word;
    });
    out.appendChild(document.createTextNode(text.slice(last)));
    return out;
  }

  /* Where the words were found: the first heading holding one, or else the body words that matched. */
  function where(hit) {
    var inHeading = hit.headings.filter(function (h) {
      return words(h).some(function (w) { return hit.terms.indexOf(w) !== -1; });
    })[0];
    if (inHeading) {
      return { template: status.getAttribute("data-in-heading"), key: "heading", text: inHeading };
    }
    var inText = hit.terms.filter(function (t) { return (hit.match[t] || []).indexOf("text") !== -1; });
    if (inText.length) {
      return { template: status.getAttribute("data-in-text"), key: "words", text: inText.join(", ") };
    }
    return null;
  }

  function line(className, template, key, text, terms) {
    var p = document.createElement("p");
    p.className = className;
    var parts = template.split("{" + key + "}");
    p.appendChild(document.createTextNode(parts[0]));
    p.appendChild(marked(text, terms));
    p.appendChild(document.createTextNode(parts.slice(1).join("")));
    return p;
  }

  function render(hits, query) {
    list.textContent = "";
    hits.forEach(function (hit) {
      var li = document.createElement("li");
      li.className = "ub-search__result";
      var a = document.createElement("a");
      a.className = "ub-search__link";
      a.href = root + hit.url || "./";
      a.appendChild(marked(hit.title, hit.terms));
      li.appendChild(a);
      li.appendChild(line("ub-search__summary", "{s}", "s", hit.summary, hit.terms));
      var found = where(hit);
      if (found) { li.appendChild(line("ub-search__where", found.template, found.key, found.text, hit.terms)); }
      list.appendChild(li);
    });
    status.textContent = !hits.length ? status.getAttribute("data-none")
      : fill(status.getAttribute(hits.length === 1 ? "data-one" : "data-results"), { count: hits.length, query: query });
  }

  function remember(query) {
    var url = location.pathname + (query ? "?q=" + encodeURIComponent(query) : "");
    if (url === location.pathname + location.search) { return; }
    if (commit) { history.pushState(null, "", url); } else { history.replaceState(null, "", url); }
    commit = false;
  }

  function run() {
    clearTimeout(timer);
    var query = input.value.slice(0, maxLength).trim();
    if (query === shown) { return; }
    shown = query;
    remember(query);
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    load().then(function (engine) {
      if (query === shown) { render(find(engine, query), query); }
    }).catch(function () {
      list.textContent = "";
      status.textContent = status.getAttribute("data-unavailable");
    });
  }

  function fromAddress() {
    input.value = (new URLSearchParams(location.search).get("q") || "").slice(0, maxLength);
    commit = true;
    shown = null;
    run();
    commit = true;
  }

  input.addEventListener("focus", function () { load().catch(function () {}); });
  /* The shortest pause: keystrokes already queued are answered once, and results follow each keystroke. */
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 0); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
    commit = true;
  });
  window.addEventListener("popstate", fromAddress);
  if (location.search) { fromAddress(); }
}
