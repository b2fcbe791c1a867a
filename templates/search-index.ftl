<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- The offline search index: one entry per published exercise and tip (drafts never reach
     published_*). Body text is stripped of markup and cut short to keep the file small. -->
<#assign docs = lib.byOrder(published_exercises) + lib.byOrder(published_tips)>
[<#list docs as d>{"url":${lib.json(lib.href(d))},"title":${lib.json(d.title)},"type":${lib.json(d.type)},"summary":${lib.json(d.summary!"")},"text":${lib.json(d.body?replace("<[^>]+>", " ", "r")?replace("\\s+", " ", "r")?trim)}}<#sep>,</#list>]
