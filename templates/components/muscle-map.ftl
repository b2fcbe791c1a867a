<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- A back view of the body. highlighted: muscle ids to mark (from an exercise's `muscles` field).
     linked=true makes each muscle a link to its browse page (the exercises index uses it as navigation).
     Every muscle in data/vocabulary.yaml needs a shape in data/muscle-map.yaml; the tests check that. -->
<#-- label: what the highlighted muscles are (default: the ones an exercise works). -->
<#macro figure highlighted=[] linked=false label="">
<#-- The shapes are data (data/muscle-map.yaml), like the vocabulary they draw. -->
<#local shapes = data.get("muscle-map.yaml")>
<#local ui = lib.ui>
<#local what = label?has_content?then(label, ui.map.title)>
<#local names = highlighted?map(id -> lib.termName("muscles", id))>
<#local uid = linked?then("map-nav", "map")>
<figure class="ub-map<#if linked> ub-map--linked</#if>">
  <svg class="ub-map__svg" viewBox="0 0 200 220" width="200" height="220" xmlns="http://www.w3.org/2000/svg" focusable="false"<#if linked> aria-labelledby="${uid}-caption"<#else> role="img" aria-labelledby="${uid}-title"</#if>>
    <#if !linked><title id="${uid}-title">${what}: ${names?join(", ")}</title></#if>
    <circle class="ub-map__body" cx="${shapes.head.cx?c}" cy="${shapes.head.cy?c}" r="${shapes.head.r?c}"/>
    <path class="ub-map__body" d="${shapes.body}"/>
    <#list lib.vocab("muscles") as m>
      <#local on = highlighted?seq_contains(m.id)>
      <#local cls = "ub-map__muscle" + on?then(" ub-map__muscle--active", "")>
      <#if linked>
      <a class="ub-map__link" href="${lib.link(lib.termPath("muscles", m.id))}" aria-label="${m.name}"><path class="${cls}" d="${shapes.muscles[m.id]!""}"/></a>
      <#else>
      <path class="${cls}" d="${shapes.muscles[m.id]!""}"/>
      </#if>
    </#list>
  </svg>
  <figcaption class="ub-map__caption" id="${uid}-caption"><#if linked>${ui.map.linked_caption}<#else>${what}: ${names?join(", ")}</#if></figcaption>
</figure>
</#macro>
