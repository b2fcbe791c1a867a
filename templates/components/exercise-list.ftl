<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- A list of content cards: title link, summary, and for exercises the kind of move, level and equipment.
     Each item carries its facets as data attributes for the optional filter script. -->
<#macro cards docs headingLevel=2>
<#-- A list holds one type; compared once (FreeMarker's == on strings runs a locale collator). -->
<#local exercises = docs?has_content && (docs[0].type!"") == "exercise">
<ul class="ub-card-list">
  <#list docs as d>
  <#-- The same card appears on many pages: rendered once per document, heading level and depth. -->
  <@lib.fragment key="card " + headingLevel?c + " " + exercises?c + " " + lib.root() + " " + (d.uri!"")>
  <li class="ub-card"<#if exercises> data-muscles="${lib.ids(d, "muscles")?join(" ")}" data-equipment="${lib.ids(d, "equipment")?join(" ")}" data-difficulty="${d.difficulty!""}" data-kind="${d.kind!""}"</#if>>
    <h${headingLevel} class="ub-card__title"><a class="ub-card__link" href="${lib.link(lib.href(d))}">${d.title}</a></h${headingLevel}>
    <p class="ub-card__summary">${d.summary!""}</p>
    <#if exercises>
    <p class="ub-card__meta"><span class="ub-card__kind">${lib.termName("kind", d.kind!"")}</span> · ${lib.termName("difficulty", d.difficulty!"")} · <#list lib.ids(d, "equipment") as e>${lib.termName("equipment", e)}<#sep>, </#list></p>
    </#if>
  </li>
  </@lib.fragment>
  </#list>
</ul>
</#macro>
