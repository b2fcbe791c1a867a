<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- The exercise's header fields as a summary list; vocabulary values link to their browse pages. -->
<#macro exercise labels>
<section class="ub-facts" aria-labelledby="facts-heading">
  <h2 class="ub-facts__heading" id="facts-heading">${labels.label}</h2>
  <dl class="ub-facts__list">
    <#if content.kind?has_content><div class="ub-facts__row"><dt>${labels.kind}</dt><dd><@terms facet="kind" ids=[content.kind]/></dd></div></#if>
    <div class="ub-facts__row"><dt>${labels.difficulty}</dt><dd><@terms facet="difficulty" ids=[content.difficulty]/></dd></div>
    <div class="ub-facts__row"><dt>${labels.sets}</dt><dd><#if content["start-sets"]?has_content>${labels.sets_value?replace("{start}", content["start-sets"])?replace("{goal}", content.sets)}<#else>${content.sets}</#if></dd></div>
    <div class="ub-facts__row"><dt>${labels.reps}</dt><dd>${content.reps}</dd></div>
    <div class="ub-facts__row"><dt>${labels.frequency}</dt><dd>${content.frequency}</dd></div>
    <div class="ub-facts__row"><dt>${labels.equipment}</dt><dd><@terms facet="equipment" ids=lib.ids(content, "equipment")/></dd></div>
    <div class="ub-facts__row"><dt>${labels.muscles}</dt><dd><@terms facet="muscles" ids=lib.ids(content, "muscles")/></dd></div>
  </dl>
</section>
</#macro>

<#macro terms facet ids>
<#list ids as id><a href="${lib.link(facet+"/"+id+".html")}">${lib.termName(facet, id)}</a><#sep>, </#list>
</#macro>
