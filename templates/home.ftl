<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/cards.ftl" as cards>
<#assign ui = lib.ui>
<@layout.page title=content.title description=content.summary section="home" schemaType="MedicalWebPage">
<div class="ub-hero">
  <@header.header text=content.title lead=content.summary titleClass="ub-hero__title"/>
  <p class="ub-hero__actions">
    <a class="ub-button" href="${lib.link("exercises/")}">${ui.home_exercises}</a>
    <a class="ub-button ub-button--secondary" href="${lib.link("tips/")}">${ui.home_tips}</a>
  </p>
</div>
<div class="ub-prose">${lib.body(content)?no_esc}</div>
<section class="ub-section" aria-labelledby="home-exercises">
  <h2 id="home-exercises">${lib.navItem("exercises").label}</h2>
  <@cards.cards docs=lib.exercises headingLevel=3/>
</section>
</@layout.page>
