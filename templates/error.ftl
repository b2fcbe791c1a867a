<#ftl output_format="HTML" strip_whitespace=true>
<#-- 404.html is served for a missing path at any depth, so lib.root() gives it absolute links. -->
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/term-links.ftl" as terms>
<@layout.page title=content.title description=content.summary>
<@header.header text=content.title lead=content.summary html=lib.body(content)/>
<@terms.facets/>
</@layout.page>
