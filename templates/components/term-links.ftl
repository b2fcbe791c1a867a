<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Links to every term of one facet (muscles, equipment, difficulty), in vocabulary order. -->
<#macro facet facet current="" counts=false>
<#local ui = lib.ui>
<nav class="ub-terms" aria-labelledby="terms-${facet}">
  <h2 class="ub-terms__heading" id="terms-${facet}">${ui.browse[facet]}</h2>
  <ul class="ub-terms__list">
    <#list lib.vocab(facet) as t>
    <li class="ub-terms__item"><a class="ub-terms__link" href="${lib.link(facet+"/"+t.id+".html")}"<#if t.id == current> aria-current="page"</#if>>${t.name}<#if counts> <span class="ub-terms__count">(${lib.withTerm(facet, t.id)?size})</span></#if></a></li>
    </#list>
  </ul>
</nav>
</#macro>

<#-- Links to the browse indexes. -->
<#macro facets current="">
<#local ui = lib.ui>
<nav class="ub-terms" aria-labelledby="terms-facets">
  <h2 class="ub-terms__heading" id="terms-facets">${ui.browse_by}</h2>
  <ul class="ub-terms__list">
    <#list ["kind", "muscles", "equipment", "difficulty"] as f>
    <li class="ub-terms__item"><a class="ub-terms__link" href="${lib.link(f+"/")}"<#if f == current> aria-current="page"</#if>>${ui.browse[f]}</a></li>
    </#list>
  </ul>
</nav>
</#macro>
