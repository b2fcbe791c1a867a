<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "lib.ftl" as lib>
<#import "components/page-header.ftl" as header>
<#import "components/search-form.ftl" as search>
<#-- js/search.js (an ES module) is loaded on this page only; its ranking settings (data/search.yaml
     ranking) are JSON in an inert <template> (pages hold no inline script; lib.json leaves no < or &). -->
<#assign r = data.get("search.yaml").ranking>
<@layout.page title=content.title description=content.summary section="search" trail=[lib.homeCrumb()] scripts=["js/search.js"]>
<@header.header text=content.title lead=content.summary/>
<div class="ub-prose">${lib.body(content)?no_esc}</div>
<@search.form/>
<template id="ub-search-ranking">{"boost":{<#list r.boost?keys?filter(k -> r.boost[k]?is_number) as k>${lib.json(k)?no_esc}:${r.boost[k]?c}<#sep>,</#list>},"fuzzyFrom":${r.fuzzy_from?c},"fuzzyShare":${r.fuzzy_share?c},"maxEdits":${r.max_edits?c},"prefixFrom":${r.prefix_from?c},"firstFuzzyFrom":${r.first_fuzzy_from?c}}</template>
</@layout.page>
