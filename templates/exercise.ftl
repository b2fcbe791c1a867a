<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/facts.ftl" as facts>
<#import "components/contents-list.ftl" as contents>
<#import "components/care-card.ftl" as care>
<#import "components/do-dont.ftl" as dodont>
<#import "components/cards.ftl" as cards>
<#import "components/pager.ftl" as pager>
<#import "components/muscle-map.ftl" as map>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/sources-review.ftl" as sourcesReview>
<#import "components/cautions.ftl" as cautions>
<#import "components/figure.ftl" as figure>
<#import "components/contact.ftl" as contact>
<#assign ui = lib.ui>
<#assign parts = lib.sections(lib.body(content))>
<#-- Sections with a layout of their own, by heading id. -->
<#assign careCard = "stop-and-get-help-if">
<#assign doDont = "common-mistakes">
<#assign howTo = "how-to-do-it">
<@layout.page title=content.title description=content.summary section="exercises" schemaType="MedicalWebPage" styles=["css/move.css"]
    trail=[lib.homeCrumb(), lib.navItem("exercises")]>
<article class="ub-article ub-exercise" data-ub-exercise="${lib.slugOf(content)}">
  <@header.header text=content.title lead=content.summary html=parts[0].html titleClass="ub-article__title"/>
  <div class="ub-routine-slot"></div>
  <div class="ub-exercise__overview">
    <@facts.exercise doc=content labels=ui.facts/>
    <@map.figure highlighted=lib.ids(content, "muscles")/>
  </div>
  <p class="ub-exercise__note">${ui.sets_explained}</p>
  <@contents.onThisPage items=parts[1..] label=ui.on_this_page/>
  <@cautions.list ids=lib.list(content.cautions!"") cautions=lib.cautions heading=ui.cautions_heading intro=ui.cautions_intro/>
  <#list parts[1..] as s>
    <#if s.id == careCard>
      <@care.card headingHtml=s.title urgency=ui.care_card_urgency id=s.id>${s.html?no_esc}</@care.card>
      <@contact.line/>
    <#elseif s.id == doDont>
      <section class="ub-section" aria-labelledby="${s.id}">
        <h2 id="${s.id}">${s.title?no_esc}</h2>
        <@dodont.lists doLabel=ui.do dontLabel=ui.dont doHtml=lib.subsection(s.html, "do") dontHtml=lib.subsection(s.html, "dont")/>
      </section>
    <#elseif s.id == howTo>
      <#-- The steps with the pictures of the move beside them (data/figures.yaml). -->
      <section class="ub-section ub-how" aria-labelledby="${s.id}">
        <h2 id="${s.id}">${s.title?no_esc}</h2>
        <div class="ub-how__body">
          <@figure.move id=lib.slugOf(content) muscles=lib.ids(content, "muscles")/>
          <div class="ub-prose ub-how__steps">${s.html?no_esc}</div>
        </div>
      </section>
    <#else>
      <section class="ub-section ub-prose" aria-labelledby="${s.id}">
        <h2 id="${s.id}">${s.title?no_esc}</h2>
        ${s.html?no_esc}
      </section>
    </#if>
  </#list>
  <@painRule.full rule=ui.pain_rule helpHref=lib.link("get-help.html")/>
  <#-- Required by the content check; a draft may not have them yet. -->
  <@sourcesReview.block doc=content/>
  <#assign related = lib.related(content)>
  <#if related?has_content>
  <section class="ub-related" aria-labelledby="related-heading">
    <h2 id="related-heading">${ui.related}</h2>
    <@cards.cards docs=related headingLevel=3/>
  </section>
  </#if>
  <@pager.around docs=lib.exercises doc=content labels=ui/>
</article>
</@layout.page>
