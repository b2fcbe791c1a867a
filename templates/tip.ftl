<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/pager.ftl" as pager>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/sources.ftl" as sources>
<#import "components/review.ftl" as review>
<@layout.page title=content.title description=content.summary section="tips" trail=[lib.homeCrumb(), lib.navItem("tips")]>
<article class="ub-article">
  <@header.header text=content.title lead=content.summary html=lib.body(content) titleClass="ub-article__title"/>
  <#if content["pain-rule"]?has_content><@painRule.full rule=lib.ui.pain_rule/></#if>
  <#-- Required by the content check; a draft may not have them yet. -->
  <#if content.sources?has_content><@sources.list heading=lib.ui.sources_heading ids=lib.list(content.sources) sources=lib.ui.sources/></#if>
  <#if content.reviewed?has_content && content["review-by"]?has_content><@review.dates labels=lib.ui.review reviewed=content.reviewed due=content["review-by"] reviewer=config.review_name!""/></#if>
  <@pager.around docs=lib.tips doc=content labels=lib.ui/>
</article>
</@layout.page>
