<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- search-index.json, read by js/search.js on the search page: one entry per published page a reader
     may want to land on, whatever its type, except the types below (drafts never reach published_content)
     and files that are not pages (exercises.json).
     Each entry: url, title, summary, headings (the body's h2 and h3 texts) and text: the body's other
     words, each once, in lower case, without the stop words in data/search.yaml and without words the
     title, summary or headings already hold (the index is downloaded whole, so it is kept lean).
     Exercises add the names of their muscles, equipment and level, so "band" finds them. -->
<#assign leftOut = ["error", "search", "data"]>
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

<#-- Ranking data from data/search.yaml (ranking rules themselves: js/search.js). Each entry also has
     aliases (an exercise's other names, counted like its title), keywords (words readers type for it: the keywords lists naming the page or one of its terms),
     and, where they apply, first (a query holding one of these phrases puts the page first) and
     exact (the whole query being one of these puts it first: a facet page's term names). -->
<#assign sy = data.get("search.yaml")>
<#function termsOf d>
  <#if (d.type!"") == "facet"><#return [(d.facet!"") + "/" + (d.term!"")]></#if>
  <#local out = []>
  <#list lib.facets as f><#list lib.ids(d, f) as id><#local out = out + [f + "/" + id]></#list></#list>
  <#return out>
</#function>
<#function keywordsOf d url>
  <#local mine = termsOf(d)>
  <#return (sy.keywords![])?filter(k -> (k.pages![])?seq_contains(url) || (k.term?? && mine?seq_contains(k.term)))
    ?map(k -> k.words?join(" "))?join(" ")>
</#function>
<#function exactOf d>
  <#if (d.type!"") != "facet"><#return []></#if>
  <#local t = (d.facet!"") + "/" + (d.term!"")>
  <#local out = [lib.termName(d.facet, d.term), (d.term!"")?replace("-", " ")]>
  <#list (sy.term_names![])?filter(n -> n.term == t) as n><#local out = out + n.names></#list>
  <#return out>
</#function>
<#function firstOf url>
  <#local out = []>
  <#list (sy.first![])?filter(x -> x.page == url) as x><#local out = out + x.phrases></#list>
  <#return out>
</#function>
<#function strings xs><#return "[" + xs?map(x -> lib.json(x?lower_case))?join(",") + "]"></#function>

[<#list lib.pages(published_content)?filter(d -> !leftOut?seq_contains(d.type!""))?sort_by("uri") as d>
<#assign hs = headings(lib.body(d))>
<#assign url = lib.href(d)>
<#assign exact = exactOf(d)>
<#assign first = firstOf(url)>
{"url":${lib.json(url)},"title":${lib.json(d.title!"")},"summary":${lib.json(d.summary!"")},"headings":[<#list hs as h>${lib.json(h)}<#sep>,</#list>],"aliases":${lib.json(lib.ids(d, "aliases")?join(" "))},"keywords":${lib.json(keywordsOf(d, url))},<#if exact?has_content>"exact":${strings(exact)},</#if><#if first?has_content>"first":${strings(first)},</#if>"text":${lib.json(bodyWords(d, (d.title!"") + " " + (d.summary!"") + " " + hs?join(" ")))}}<#sep>,</#sep>
</#list>]
