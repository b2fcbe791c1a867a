<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/search-form.ftl" as search>
<@layout.page title=content.title description=content.summary section="search" trail=[lib.homeCrumb()]>
<@header.header text=content.title lead=content.summary/>
<@search.form/>
<div class="ub-prose">${content.body?no_esc}</div>
</@layout.page>
