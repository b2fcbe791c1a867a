<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/pager.ftl" as pager>
<#assign ui = lib.ui>
<@layout.page title=content.title description=content.summary section="tips" trail=[lib.homeCrumb(), lib.navItem("tips")]>
<article class="ub-article">
  <h1 class="ub-article__title">${content.title}</h1>
  <p class="ub-lead">${content.summary}</p>
  <div class="ub-prose">${content.body?no_esc}</div>
  <@pager.around labels=ui/>
</article>
</@layout.page>
