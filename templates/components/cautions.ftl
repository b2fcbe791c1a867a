<#ftl output_format="HTML" strip_whitespace=true>
<#-- "Before you start": who should not do a move yet, or should ask first.
     ids: caution ids from the exercise's cautions header, in its order; cautions: the list of
     data/cautions.yaml [{id, name}]; heading, intro: plain text (data/ui.yaml cautions_heading,
     cautions_intro). Nothing is shown when ids is empty. -->
<#macro list ids cautions heading intro>
<#if ids?has_content>
<#local byId = {}>
<#list cautions as c><#local byId = byId + {c.id: c}></#list>
<section class="ub-section ub-prose ub-cautions" id="before-you-start" aria-labelledby="before-you-start-heading">
<h2 id="before-you-start-heading">${heading}</h2>
<p>${intro}</p>
<ul>
<#-- The content check rejects unknown ids. -->
<#list ids as id><#if byId[id]??><li>${byId[id].name}</li></#if></#list>
</ul>
</section>
</#if>
</#macro>
