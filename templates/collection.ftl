<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/cards.ftl" as cards>
<#import "components/muscle-map.ftl" as map>
<#import "components/filters.ftl" as filters>
<#import "components/term-links.ftl" as terms>
<#assign ui = lib.ui>
<#assign isExercises = content.collection == "exercise">
<#assign docs = isExercises?then(lib.exercises, lib.tips)>
<@layout.page title=content.title description=content.summary section=isExercises?then("exercises", "tips") trail=[lib.homeCrumb()]>
<@header.header text=content.title lead=content.summary html=lib.body(content)/>
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
  <@cards.cards docs=docs/>
</div>
</@layout.page>
