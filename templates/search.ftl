<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/search-form.ftl" as search>
<#-- js/search.js is loaded on this page only. -->
<@layout.page title=content.title description=content.summary section="search" trail=[lib.homeCrumb()] scripts=["js/search.js"]>
<@header.header text=content.title lead=content.summary/>
<div class="ub-prose">${lib.body(content)?no_esc}</div>
<@search.form/>
</@layout.page>
