<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/exercise-list.ftl" as list>
<#import "components/muscle-map.ftl" as map>
<#import "components/filters.ftl" as filters>
<#import "components/term-links.ftl" as terms>
<#assign ui = lib.ui>
<#assign isExercises = content.collection == "exercise">
<#assign docs = isExercises?then(published_exercises, published_tips)>
<@layout.page title=content.title description=content.summary section=isExercises?then("exercises", "tips") trail=[lib.homeCrumb()]>
<h1>${content.title}</h1>
<p class="ub-lead">${content.summary}</p>
<div class="ub-prose">${content.body?no_esc}</div>
<#if isExercises>
  <div class="ub-browse">
    <#-- The map's muscle shapes are small, irregular targets: the text links beside them are the
         equivalent controls of at least 24x24 px that WCAG 2.5.8 asks for, and read better. -->
    <div class="ub-browse__map">
      <@map.figure highlighted=[] linked=true/>
      <@terms.facet facet="muscles"/>
    </div>
    <@filters.form/>
  </div>
  <@terms.facets/>
</#if>
<div class="ub-results" id="results">
  <@list.cards docs=docs/>
</div>
</@layout.page>
