<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- The offline search index: one entry per published exercise and tip (drafts never reach
     published_*). Body text is reduced to its distinct words to keep the file small. -->
<#-- Each distinct word of two letters or more (as js/site.js splits them), once, in a single sorted
     pass: search matches word starts, so order and repeats add bytes but no hits. Words are [a-z0-9]
     only, so they need no JSON escaping. -->
<#macro words html><#local prev = ""><#list html?replace("<[^>]+>|&[a-z]+;|&#[0-9]+;", " ", "r")?lower_case?split("[^a-z0-9]+", "r")?filter(w -> w?length gt 1)?sort as w><#if w != prev>${w?is_first?then("", " ")}${w}<#local prev = w></#if></#list></#macro>
<#-- Level, equipment and muscle names, so "beginner" or "band" finds an exercise by its facts. -->
<#function facetNames d>
  <#local out = []>
  <#list ["difficulty", "equipment", "muscles"] as f><#list lib.list(d[f]!"") as id><#local out = out + [lib.termName(f, id)]></#list></#list>
  <#return out?join(" ")>
</#function>
<#assign docs = published_exercises + published_tips>
[<#list docs as d>{"url":${lib.json(lib.href(d))},"title":${lib.json(d.title)},"type":${lib.json(d.type)},"summary":${lib.json(d.summary!"")},"text":"<@words d.body + " " + facetNames(d)/>"}<#sep>,</#list>]
