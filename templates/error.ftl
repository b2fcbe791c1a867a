<#ftl output_format="HTML" strip_whitespace=true>
<#-- 404.html is served for a missing path at any depth, so lib.root() gives it absolute links. -->
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/term-links.ftl" as terms>
<@layout.page title=content.title description=content.summary>
<h1>${content.title}</h1>
<p class="ub-lead">${content.summary}</p>
<div class="ub-prose">${content.body?no_esc}</div>
<@terms.facets/>
</@layout.page>
