<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/muscle-map.ftl" as map>
<#import "components/term-links.ftl" as terms>
<#assign ui = lib.ui>
<@layout.page title=content.title description=content.summary section="browse" trail=[lib.homeCrumb(), lib.navItem("exercises")]>
<h1>${content.title}</h1>
<p class="ub-lead">${content.summary}</p>
<div class="ub-prose">${content.body?no_esc}</div>
<#if content.facet == "muscles"><@map.figure linked=true/></#if>
<@terms.facet facet=content.facet counts=true/>
<@terms.facets current=content.facet/>
</@layout.page>
