<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/pager.ftl" as pager>
<@layout.page title=content.title description=content.summary section="tips" trail=[lib.homeCrumb(), lib.navItem("tips")]>
<article class="ub-article">
  <@header.header text=content.title lead=content.summary html=content.body titleClass="ub-article__title"/>
  <@pager.around docs=lib.tips doc=content labels=lib.ui/>
</article>
</@layout.page>
