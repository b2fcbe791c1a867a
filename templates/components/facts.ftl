<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#import "term-links.ftl" as terms>
<#-- The exercise's header fields as a summary list; vocabulary values link to their browse pages.
     doc: the exercise; labels: the row labels (data/ui.yaml `facts`). -->
<#macro exercise doc labels>
<section class="ub-facts" aria-labelledby="facts-heading">
  <h2 class="ub-facts__heading" id="facts-heading">${labels.label}</h2>
  <dl class="ub-facts__list">
    <#if doc.kind?has_content><div class="ub-facts__row"><dt>${labels.kind}</dt><dd><@termList facet="kind" doc=doc/></dd></div></#if>
    <#if doc.position?has_content><div class="ub-facts__row"><dt>${labels.position}</dt><dd><@termList facet="position" doc=doc/></dd></div></#if>
    <div class="ub-facts__row"><dt>${labels.difficulty}</dt><dd><@termList facet="difficulty" doc=doc/></dd></div>
    <div class="ub-facts__row"><dt>${labels.sets}</dt><dd><#if doc["start-sets"]?has_content>${labels.sets_value?replace("{start}", doc["start-sets"])?replace("{goal}", doc.sets)}<#else>${doc.sets}</#if></dd></div>
    <div class="ub-facts__row"><dt>${labels.reps}</dt><dd>${doc.reps}</dd></div>
    <div class="ub-facts__row"><dt>${labels.frequency}</dt><dd>${doc.frequency}</dd></div>
    <div class="ub-facts__row"><dt>${labels.equipment}</dt><dd><@termList facet="equipment" doc=doc/></dd></div>
    <div class="ub-facts__row"><dt>${labels.muscles}</dt><dd><@termList facet="muscles" doc=doc/></dd></div>
  </dl>
</section>
</#macro>

<#macro termList facet doc>
<#list lib.ids(doc, facet) as id><@terms.link facet=facet id=id/><#sep>, </#list><#t>
</#macro>
