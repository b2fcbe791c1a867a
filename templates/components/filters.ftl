<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Filter controls for the exercises list. Hidden until js/site.js shows them: without
     JavaScript the browse pages (muscles/, equipment/, difficulty/) do the same job. -->
<#macro form>
<#local ui = lib.ui>
<form class="ub-filters" data-ub-filters hidden aria-labelledby="filters-heading">
  <h2 class="ub-filters__heading" id="filters-heading">${ui.filters.heading}</h2>
  <#list lib.facets as facet>
  <div class="ub-filters__field">
    <label class="ub-filters__label" for="filter-${facet}">${ui.facts[facet]}</label>
    <select class="ub-filters__select" id="filter-${facet}" name="${facet}">
      <option value="">${ui.filters.any}</option>
      <#list lib.vocab(facet) as t><option value="${t.id}">${t.name}</option></#list>
    </select>
  </div>
  </#list>
  <button class="ub-button ub-button--secondary" type="reset">${ui.filters.reset}</button>
  <p class="ub-filters__status" role="status" data-template="${ui.filters.status}"></p>
</form>
</#macro>
