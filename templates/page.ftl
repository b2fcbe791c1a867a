<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/contact.ftl" as contact>
<#-- A page's section is its file name, so a nav entry with that section (get-help) is marked current. -->
<@layout.page title=content.title description=content.summary section=lib.slug(content.uri?remove_ending(".html")) trail=[lib.homeCrumb()]>
<article class="ub-article">
  <@header.header text=content.title lead=content.summary html=content.body titleClass="ub-article__title"/>
  <#if (content.contact!"") == "clinic"><@contact.clinic/></#if>
</article>
</@layout.page>
