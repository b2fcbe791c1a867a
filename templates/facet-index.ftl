<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/muscle-map.ftl" as map>
<#import "components/term-links.ftl" as terms>
<@layout.page title=content.title description=content.summary section="browse" trail=[lib.homeCrumb(), lib.navItem("exercises")]>
<@header.header text=content.title lead=content.summary html=lib.body(content)/>
<#if content.facet == "muscles"><@map.figure linked=true/></#if>
<@terms.facet facet=content.facet counts=true/>
<@terms.facets current=content.facet/>
</@layout.page>
