<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Without JavaScript the form goes to the exercises index; js/site.js searches
     search-index.json in the page instead. -->
<#macro form>
<#local ui = lib.ui>
<form class="ub-search" role="search" action="${lib.link("exercises/")}" method="get" data-ub-search data-index="${lib.link("search-index.json")}">
  <label class="ub-search__label" for="search-q">${ui.search.label}</label>
  <div class="ub-search__row">
    <input class="ub-search__input" id="search-q" name="q" type="search" autocomplete="off" spellcheck="false">
    <button class="ub-button" type="submit">${ui.search.button}</button>
  </div>
  <p class="ub-search__status" role="status" data-none="${ui.search.none}" data-results="${ui.search.results}"></p>
  <ul class="ub-search__results" data-ub-results></ul>
</form>
</#macro>
