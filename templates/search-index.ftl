<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- search-index.json, read by js/search.js on the search page: one entry per published page a reader
     may want to land on, whatever its type, except the types below (drafts never reach published_content)
     and files that are not pages (css/brand.css).
     Each entry: url, title, summary, headings (the body's h2 and h3 texts) and text: the body's other
     words, each once, in lower case, without the stop words in data/search.yaml and without words the
     title, summary or headings already hold (the index is downloaded whole, so it is kept lean).
     Exercises add the names of their muscles, equipment and level, so "band" finds them. -->
<#assign leftOut = ["error", "search"]>
<#-- " a an the ... ": membership is one ?contains on a string, as FreeMarker has no sets (a hash
     grown with + is a chain, so looking a word up in it costs one step per word added). -->
<#assign stop = " " + data.get("search.yaml").stop_words?join(" ") + " ">

<#function words text>
  <#return text?lower_case?replace("[^\\p{L}\\p{N}]+", " ", "r")?trim?split(" ")>
</#function>

<#function headings html>
  <#return html?matches("<h[23][^>]*>(.*?)</h[23]>", "s")?map(m -> lib.text(m?groups[1]))>
</#function>

<#function termNames d>
  <#local out = []>
  <#list lib.facets as f><#list lib.ids(d, f) as id><#local out = out + [lib.termName(f, id)]></#list></#list>
  <#return out?join(" ")>
</#function>

<#-- The body's words not already held by `known` (text), each once, in sorted order. -->
<#function bodyWords d known>
  <#local skip = stop + words(known)?join(" ") + " ">
  <#local out = "">
  <#local last = "">
  <#list words(lib.text(lib.body(d)) + " " + termNames(d))?filter(w -> w?length gt 2 && !skip?contains(" " + w + " "))?sort as w>
    <#if w != last><#local out = out + " " + w><#local last = w></#if>
  </#list>
  <#return out?trim>
</#function>

[<#list lib.pages(published_content)?filter(d -> !leftOut?seq_contains(d.type!""))?sort_by("uri") as d>
<#assign hs = headings(lib.body(d))>
{"url":${lib.json(lib.href(d))},"title":${lib.json(d.title!"")},"summary":${lib.json(d.summary!"")},"headings":[<#list hs as h>${lib.json(h)}<#sep>,</#list>],"text":${lib.json(bodyWords(d, (d.title!"") + " " + (d.summary!"") + " " + hs?join(" ")))}}<#sep>,</#sep>
</#list>]
