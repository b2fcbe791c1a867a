<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Links to browse pages of vocabulary terms (data/vocabulary.yaml).
     link: one term (facet, id), named as the vocabulary names it.
     facet: every term of one facet, in vocabulary order; current: the term id to mark; counts: show
     how many exercises use each term.
     facets: the browse index of every facet; current: the facet to mark. -->
<#macro link facet id>
<a href="${lib.link(lib.termPath(facet, id))}">${lib.termName(facet, id)}</a><#t>
</#macro>

<#macro facet facet current="" counts=false>
<#local ui = lib.ui>
<nav class="ub-terms" aria-labelledby="terms-${facet}">
  <h2 class="ub-terms__heading" id="terms-${facet}">${ui.browse[facet]}</h2>
  <ul class="ub-terms__list">
    <#list lib.vocab(facet) as t>
    <li class="ub-terms__item"><a class="ub-terms__link" href="${lib.link(lib.termPath(facet, t.id))}"<#if t.id == current> aria-current="page"</#if>>${t.name}<#if counts> <span class="ub-terms__count">(${lib.withTerm(facet, t.id)?size})</span></#if></a></li>
    </#list>
  </ul>
</nav>
</#macro>

<#macro facets current="">
<#local ui = lib.ui>
<nav class="ub-terms" aria-labelledby="terms-facets">
  <h2 class="ub-terms__heading" id="terms-facets">${ui.browse_by}</h2>
  <ul class="ub-terms__list">
    <#list lib.facets as f>
    <li class="ub-terms__item"><a class="ub-terms__link" href="${lib.link(f+"/")}"<#if f == current> aria-current="page"</#if>>${ui.browse[f]}</a></li>
    </#list>
  </ul>
</nav>
</#macro>
