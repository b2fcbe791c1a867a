<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- The site search box, its status line and its result list (on the search page only).
     No parameters: labels come from data/ui.yaml (search), the browse links from ui.nav and ui.browse.
     Without JavaScript the form reloads the search page with ?q= and the <noscript> block offers the
     browse pages instead. With it, js/search.js fetches the library (data-library) and the index
     (data-index) when the reader starts to search, and lists results as they type. -->
<#macro form>
<#local ui = lib.ui>
<form class="ub-search" role="search" action="${lib.link("search.html")}" method="get" data-ub-search data-index="${lib.link("search-index.json")}" data-library="${lib.link("js/vendor/minisearch.min.js")}">
  <label class="ub-search__label" for="search-q">${ui.search.label}</label>
  <div class="ub-search__row">
    <input class="ub-search__input" id="search-q" name="q" type="search" autocomplete="off" spellcheck="false" maxlength="${ui.search.max_length}">
    <button class="ub-button" type="submit">${ui.search.button}</button>
  </div>
</form>
<p class="ub-search__status" role="status" data-ub-status data-none="${ui.search.none}" data-one="${ui.search.one}" data-results="${ui.search.results}" data-unavailable="${ui.search.unavailable}" data-in-heading="${ui.search.in_heading}" data-in-text="${ui.search.in_text}"></p>
<ol class="ub-search__results" data-ub-results></ol>
<noscript>
  <div class="ub-search__noscript">
    <p>${ui.search.noscript}</p>
    <ul>
      <#list ui.nav?filter(item -> item.section != "search") as item><li><a href="${lib.link(item.path)}">${item.label}</a></li></#list>
      <#list lib.facets as f><li><a href="${lib.link(f + "/")}">${ui.browse[f]}</a></li></#list>
    </ul>
  </div>
</noscript>
</#macro>
