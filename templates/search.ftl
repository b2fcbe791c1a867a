<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/search-form.ftl" as search>
<@layout.page title=content.title description=content.summary section="search" trail=[lib.homeCrumb()]>
<h1>${content.title}</h1>
<p class="ub-lead">${content.summary}</p>
<@search.form/>
<div class="ub-prose">${content.body?no_esc}</div>
</@layout.page>
