<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/routine-data.ftl" as routine>
<#-- The routine page: sample plans (the Markdown body) for everyone; js/routine-page.js builds the
     reader's own routine, its print sheet and the session view in the empty, hidden box. The box
     comes after the plans, so filling it moves nothing the reader is looking at (layout shift). -->
<@layout.page title=content.title description=content.summary section="routine" trail=[lib.homeCrumb()] scripts=["js/routine-page.js"] styles=["css/routine.css"]>
<article class="ub-article ub-routine">
  <@header.header text=content.title lead=content.summary titleClass="ub-article__title"/>
  <div class="ub-prose ub-routine__samples">${lib.body(content)?no_esc}</div>
  <div class="ub-routine__app" data-ub-routine-app hidden></div>
  <@routine.data/>
</article>
</@layout.page>
