<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/pager.ftl" as pager>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/sources-review.ftl" as sourcesReview>
<@layout.page title=content.title description=content.summary section="tips" trail=[lib.homeCrumb(), lib.navItem("tips")]>
<article class="ub-article">
  <@header.header text=content.title lead=content.summary html=lib.body(content) titleClass="ub-article__title"/>
  <#if content["pain-rule"]?has_content><@painRule.full rule=lib.ui.pain_rule helpHref=lib.link("get-help.html")/></#if>
  <#-- Required by the content check; a draft may not have them yet. -->
  <@sourcesReview.block doc=content/>
  <@pager.around docs=lib.tips doc=content labels=lib.ui/>
</article>
</@layout.page>
