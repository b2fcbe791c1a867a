<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/routine-data.ftl" as routine>
<#-- The progress page: its Markdown body says what it shows, for everyone; js/progress-page.js draws
     the reader's own log (kept in this browser only) in the empty, hidden box after it. -->
<@layout.page title=content.title description=content.summary section="progress" trail=[lib.homeCrumb()] scripts=["js/progress-page.js"] styles=["css/routine.css"]>
<article class="ub-article ub-progress">
  <@header.header text=content.title lead=content.summary titleClass="ub-article__title"/>
  <div class="ub-prose ub-progress__intro">${lib.body(content)?no_esc}</div>
  <div class="ub-progress__app" data-ub-progress-app hidden></div>
  <@routine.data progress=true/>
</article>
</@layout.page>
