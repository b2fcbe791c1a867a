<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/contact.ftl" as contact>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/sources-review.ftl" as sourcesReview>
<#-- A page's section is its file name, so a nav entry with that section (get-help) is marked current. -->
<@layout.page title=content.title description=content.summary section=lib.slug(content.uri?remove_ending(".html")) trail=[lib.homeCrumb()]>
<article class="ub-article">
  <@header.header text=content.title lead=content.summary html=lib.body(content) titleClass="ub-article__title"/>
  <#if content["pain-rule"]?has_content><@painRule.full rule=lib.ui.pain_rule helpHref=lib.link("get-help.html")/></#if>
  <#if (content.contact!"") == "clinic"><@contact.help/></#if>
  <@sourcesReview.block doc=content/>
</article>
</@layout.page>
