<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Cards of exercises or tips: title link, summary, and for exercises the kind of move, level and equipment.
     docs: the documents (one type per list); headingLevel: the level of each card's title (2).
     Exercise cards carry their id and terms as data attributes for the optional scripts
     (the filter, and the routine's add button). -->
<#macro cards docs headingLevel=2>
<ul class="ub-card-list">
  <#list docs as d>
  <#local exercise = (d.type!"") == "exercise">
  <li class="ub-card"<#if exercise> data-ub-exercise="${lib.slugOf(d)}"<#list lib.facets as f> data-${f}="${lib.ids(d, f)?join(" ")}"</#list></#if>>
    <h${headingLevel} class="ub-card__title"><a class="ub-card__link" href="${lib.link(lib.href(d))}">${d.title}</a></h${headingLevel}>
    <p class="ub-card__summary">${d.summary!""}</p>
    <#if exercise>
    <p class="ub-card__meta"><span class="ub-card__kind">${lib.termName("kind", d.kind!"")}</span> · ${lib.termName("difficulty", d.difficulty!"")} · <#list lib.ids(d, "equipment") as e>${lib.termName("equipment", e)}<#sep>, </#list></p>
    <div class="ub-routine-slot"></div>
    </#if>
  </li>
  </#list>
</ul>
</#macro>
