<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- The offline search index: one entry per published exercise and tip (drafts never reach
     published_*). Body text is reduced to its distinct words (search_words, made by the
     JBake extension) to keep the file small. -->
<#-- Level, equipment and muscle names, so "beginner" or "band" finds an exercise by its facts. -->
<#function facetNames d>
  <#local out = []>
  <#list ["difficulty", "equipment", "muscles"] as f><#list lib.ids(d, f) as id><#local out = out + [lib.termName(f, id)]></#list></#list>
  <#return out?join(" ")>
</#function>
<#-- search_words holds only a-z, 0-9 and spaces (Ordered.searchWords): nothing in it to escape, and
     escaping thousands of long strings was most of this file's time. -->
<#assign docs = published_exercises + published_tips>
[<#list docs as d>{"url":${lib.json(lib.href(d))},"title":${lib.json(d.title)},"type":${lib.json(d.type)},"summary":${lib.json(d.summary!"")},"text":"${d.search_words!""} ${lib.jsonText(facetNames(d)?lower_case)}"}<#sep>,</#list>]
