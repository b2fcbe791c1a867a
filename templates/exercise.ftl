<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/facts.ftl" as facts>
<#import "components/contents-list.ftl" as contents>
<#import "components/care-card.ftl" as care>
<#import "components/do-dont.ftl" as dodont>
<#import "components/exercise-list.ftl" as list>
<#import "components/pager.ftl" as pager>
<#import "components/muscle-map.ftl" as map>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/sources.ftl" as sources>
<#import "components/review.ftl" as review>
<#assign ui = lib.ui>
<#assign parts = lib.sections(content.body)>
<@layout.page title=content.title description=content.summary section="exercises" schemaType="MedicalWebPage"
    trail=[lib.homeCrumb(), lib.navItem("exercises")]>
<article class="ub-article ub-exercise">
  <h1 class="ub-article__title">${content.title}</h1>
  <p class="ub-lead">${content.summary}</p>
  <div class="ub-prose">${parts[0].html?no_esc}</div>
  <div class="ub-exercise__overview">
    <@facts.exercise labels=ui.facts/>
    <@map.figure highlighted=lib.list(content.muscles)/>
  </div>
  <@contents.onThisPage items=parts[1..] label=ui.on_this_page/>
  <#-- Sections with a layout of their own, by heading id (looked up: == on strings runs a collator). -->
  <#assign careCard = {"stop-and-get-help-if": true}>
  <#assign doDont = {"common-mistakes": true}>
  <#list parts[1..] as s>
    <#if careCard[s.id]??>
      <@care.card heading=s.title urgency=ui.care_card_urgency id=s.id>${s.html?no_esc}</@care.card>
    <#elseif doDont[s.id]??>
      <#assign sub = lib.subsections(s.html)>
      <section class="ub-section" aria-labelledby="${s.id}">
        <h2 id="${s.id}">${s.title?no_esc}</h2>
        <@dodont.lists doLabel=ui.do dontLabel=ui.dont doHtml=sub["do"]!"" dontHtml=sub["dont"]!""/>
      </section>
    <#else>
      <section class="ub-section ub-prose" aria-labelledby="${s.id}">
        <h2 id="${s.id}">${s.title?no_esc}</h2>
        ${s.html?no_esc}
      </section>
    </#if>
  </#list>
  <@painRule.full rule=ui.pain_rule/>
  <#-- Required by the content check; a draft may not have them yet. -->
  <#if content.sources?has_content><@sources.list heading=ui.sources_heading ids=lib.list(content.sources) sources=ui.sources/></#if>
  <#if content.reviewed?has_content && content["review-by"]?has_content><@review.dates labels=ui.review reviewed=content.reviewed due=content["review-by"] reviewer=config.review_name!""/></#if>
  <#-- related, previousContent and nextContent are set by OrderedDocumentsRenderer. -->
  <#assign related = content.related![]>
  <#if related?has_content>
  <section class="ub-related" aria-labelledby="related-heading">
    <h2 id="related-heading">${ui.related}</h2>
    <@list.cards docs=related headingLevel=3/>
  </section>
  </#if>
  <@pager.around labels=ui/>
</article>
</@layout.page>
