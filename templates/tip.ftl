<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/pager.ftl" as pager>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/sources.ftl" as sources>
<#import "components/review.ftl" as review>
<#assign ui = lib.ui>
<@layout.page title=content.title description=content.summary section="tips" trail=[lib.homeCrumb(), lib.navItem("tips")]>
<article class="ub-article">
  <h1 class="ub-article__title">${content.title}</h1>
  <p class="ub-lead">${content.summary}</p>
  <div class="ub-prose">${content.body?no_esc}</div>
  <#if content["pain-rule"]?has_content><@painRule.full rule=ui.pain_rule/></#if>
  <#-- Required by the content check; a draft may not have them yet. -->
  <#if content.sources?has_content><@sources.list heading=ui.sources_heading ids=lib.list(content.sources) sources=ui.sources/></#if>
  <#if content.reviewed?has_content && content["review-by"]?has_content><@review.dates labels=ui.review reviewed=content.reviewed due=content["review-by"] reviewer=config.review_name!""/></#if>
  <@pager.around labels=ui/>
</article>
</@layout.page>
