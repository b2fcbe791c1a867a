<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/cards.ftl" as cards>
<#import "components/muscle-map.ftl" as map>
<#import "components/term-links.ftl" as terms>
<#assign ui = lib.ui>
<#assign docs = lib.withTerm(content.facet, content.term)>
<@layout.page title=content.title description=content.summary section="browse"
    trail=[lib.homeCrumb(), lib.navItem("exercises"), {"label": ui.browse[content.facet], "path": content.facet + "/"}]>
<@header.header text=content.title lead=content.summary html=lib.body(content)/>
<#if content.facet == "muscles"><@map.figure highlighted=[content.term] label=ui.map.term_title/></#if>
<section class="ub-section" aria-labelledby="facet-exercises">
  <h2 id="facet-exercises">${docs?size} ${ui.exercise_count}</h2>
  <#if docs?has_content><@cards.cards docs=docs headingLevel=3/><#else><p>${ui.no_exercises}</p></#if>
</section>
<@terms.facet facet=content.facet current=content.term/>
</@layout.page>
