<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/contact.ftl" as contact>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/sources.ftl" as sources>
<@layout.page title=content.title description=content.summary section=lib.slug(content.uri?remove_ending(".html")) trail=[lib.homeCrumb()]>
<article class="ub-article">
  <h1 class="ub-article__title">${content.title}</h1>
  <p class="ub-lead">${content.summary}</p>
  <div class="ub-prose">${content.body?no_esc}</div>
  <#if content["pain-rule"]?has_content><@painRule.full rule=lib.ui.pain_rule/></#if>
  <#if content.sources?has_content><@sources.list heading=lib.ui.sources_heading ids=lib.list(content.sources) sources=lib.ui.sources/></#if>
  <#if (content.contact!"") == "clinic"><@contact.clinic/></#if>
</article>
</@layout.page>
