<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- The offline search index: one entry per published exercise and tip (drafts never reach
     published_*). Body text is stripped of markup and cut short to keep the file small. -->
<#assign docs = lib.byOrder(published_exercises) + lib.byOrder(published_tips)>
<#-- Rendered Markdown as plain text: tags dropped, and the entities flexmark writes (SMARTYPANTS quotes,
     dashes, escapes) turned back into characters, or "Don&rsquo;t" would make "rsquo" a search word. -->
<#function plain html>
  <#return html?replace("<[^>]+>", " ", "r")
    ?replace("&(rsquo|lsquo|apos|#39);", "'", "r")?replace("&(rdquo|ldquo|quot|#34);", "\"", "r")
    ?replace("&ndash;", "–")?replace("&mdash;", "—")?replace("&hellip;", "…")?replace("&nbsp;", " ")
    ?replace("&lt;", "<")?replace("&gt;", ">")?replace("&(?!amp;)#?[a-zA-Z0-9]+;", " ", "r")?replace("&amp;", "&")
    ?replace("\\s+", " ", "r")?trim>
</#function>
[<#list docs as d>{"url":${lib.json(lib.href(d))},"title":${lib.json(d.title)},"type":${lib.json(d.type)},"summary":${lib.json(d.summary!"")},"text":${lib.json(plain(d.body))}}<#sep>,</#list>]
