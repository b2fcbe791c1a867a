<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- The offline search index: one entry per published exercise and tip (drafts never reach the
     published lists), with the page's text and, for exercises, the names of its terms, so
     "beginner" or "band" finds an exercise by its facts. -->
<#function termNames d>
  <#local out = []>
  <#list lib.facets as f><#list lib.ids(d, f) as id><#local out = out + [lib.termName(f, id)]></#list></#list>
  <#return out?join(" ")>
</#function>
[<#list lib.exercises + lib.tips as d>{"url":${lib.json(lib.href(d))},"title":${lib.json(d.title)},"type":${lib.json(d.type)},"summary":${lib.json(d.summary!"")},"text":${lib.json(lib.text(d.body) + " " + termNames(d))}}<#sep>,</#list>]
