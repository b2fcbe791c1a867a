<#ftl output_format="HTML" strip_whitespace=true>
<#-- Shared helpers (functions only, no markup): site paths, vocabulary look-ups, ordered lists. -->

<#-- Interface text and the vocabularies: the only source of labels and allowed values. -->
<#assign ui = data.get("ui.yaml")>
<#assign vocabulary = data.get("vocabulary.yaml")>
<#-- The clinic's and region's settings (data/settings.yaml): the one file a clinic edits. -->
<#assign settings = data.get("settings.yaml")>
<#assign cautions = data.get("cautions.yaml").cautions>
<#-- The browse facets (muscles, equipment, difficulty...) in order, from data/vocabulary.yaml. -->
<#assign facets = vocabulary.facets>

<#function vocab facet>
  <#return vocabulary[facet]>
</#function>

<#function termName facet id>
  <#list vocabulary[facet]![] as t><#if t.id == id><#return t.name></#if></#list>
  <#return id>
</#function>

<#-- Header fields reach templates as strings: "a, b" -> ["a","b"]. -->
<#function list value="">
  <#return (value!"")?split(",")?map(v -> v?trim)?filter(v -> v?has_content)>
</#function>

<#-- A document's term ids for one facet. -->
<#function ids doc facet>
  <#return list(doc[facet]!"")>
</#function>

<#-- Published documents in the site's order: the `order` header (a number; the content check
     keeps it unique within a type). JBake's own lists are newest first. Numbers only: sorting by
     title as well took a locale-aware comparison per pair, on every page. -->
<#function ordered docs>
  <#return docs?map(d -> {"key": (d.order!"0")?number, "doc": d})?sort_by("key")?map(x -> x.doc)>
</#function>

<#assign exercises = ordered(published_exercises)>
<#assign tips = ordered(published_tips)>

<#-- Published exercises with `term` in header field `facet`, in site order. -->
<#function withTerm facet term>
  <#return exercises?filter(d -> ids(d, facet)?seq_contains(term))>
</#function>

<#-- The page before and after `doc` in `docs` (a site-ordered list); {} where there is none. -->
<#function around docs doc>
  <#local i = docs?map(d -> d.uri)?seq_index_of(doc.uri!"")>
  <#if i < 0><#return {}></#if>
  <#local out = {}>
  <#if i gt 0><#local out = out + {"previous": docs[i - 1]}></#if>
  <#if i + 1 lt docs?size><#local out = out + {"next": docs[i + 1]}></#if>
  <#return out>
</#function>

<#-- Up to `limit` other exercises that share the most muscles with `doc`; ties in site order. -->
<#function related doc limit=3>
  <#local mine = ids(doc, "muscles")>
  <#local kind = doc.kind!"">
  <#local places = ids(doc, "position")>
  <#local uri = doc.uri!"">
  <#-- Only moves that share a muscle; among them the same kind first, then a shared position, then
       more shared muscles (a muscle count stays below 10). sort_by is stable, so equal scores keep the
       site order. ?filter/?map, not a list grown with +, which FreeMarker keeps as a chain (slow to sort). -->
  <#local best = exercises
    ?filter(d -> (d.uri!"") != uri)
    ?map(d -> {"shared": ids(d, "muscles")?filter(m -> mine?seq_contains(m))?size, "doc": d})
    ?filter(x -> x.shared gt 0)
    ?map(x -> {"score": -(x.shared
        + ((x.doc.kind!"") == kind)?then(100, 0)
        + ids(x.doc, "position")?filter(p -> places?seq_contains(p))?has_content?then(10, 0)), "doc": x.doc})
    ?sort_by("score")
    ?map(x -> x.doc)>
  <#return best[0..<[limit, best?size]?min]>
</#function>

<#assign siteUrl = (config.site_url)!"/">
<#assign isErrorPage = ((content.type)!"") == "error">

<#function baseUrl>
  <#return siteUrl?ends_with("/")?then(siteUrl, siteUrl + "/")>
</#function>

<#-- The path part of the base URL ("/" or "/repo/"). -->
<#function basePath>
  <#local u = baseUrl()>
  <#if u?contains("://")><#local u = u?keep_after("://")><#local u = u?contains("/")?then("/" + u?keep_after("/"), "/")></#if>
  <#return u>
</#function>

<#-- Relative prefix to the site root. The 404 page is served at any depth, so it uses the
     path of the configured absolute base URL instead. -->
<#function root>
  <#return isErrorPage?then(basePath(), (content.rootpath)!"")>
</#function>

<#-- A link to a site path ("" is the home page) that works at any depth and under a sub-path. -->
<#function link path>
  <#local url = root() + path>
  <#return url?has_content?then(url, "./")>
</#function>

<#-- The site path of a document: directory-style for index pages. -->
<#-- The file of a type that jbake.properties gives another extension (template.data.extension=.json):
     JBake writes it with that extension, though its uri still ends in .html. -->
<#function extension doc>
  <#return (config["template_" + (doc.type!"") + "_extension"])!"">
</#function>

<#-- Only the documents that are HTML pages (for sitemaps, indexes and lists of pages). -->
<#function pages docs>
  <#return docs?filter(d -> !extension(d)?has_content)>
</#function>

<#function href doc>
  <#local uri = doc.uri!"">
  <#if extension(doc)?has_content><#return uri?remove_ending(".html") + extension(doc)></#if>
  <#if uri == "index.html" || uri?ends_with("/index.html")><#return uri?remove_ending("index.html")></#if>
  <#return uri>
</#function>

<#function absolute doc>
  <#return baseUrl() + href(doc)>
</#function>

<#-- The site path of a vocabulary term's browse page. -->
<#function termPath facet id>
  <#return facet + "/" + id + ".html">
</#function>

<#-- Safe inside <script type="application/ld+json"> and JSON files: no markup-significant characters survive. -->
<#function json value>
  <#return "\"" + value?json_string?replace("<", "\\u003c")?replace(">", "\\u003e")?replace("&", "\\u0026") + "\"">
</#function>

<#-- Splits rendered Markdown into the intro and its h2 sections: [{id, title, html}]. -->
<#function sections html>
  <#local parts = html?split("<h2>")>
  <#return [{"id": "", "title": "", "html": parts[0]}]
    + parts[1..]?map(p -> {"id": slug(p?keep_before("</h2>")), "title": p?keep_before("</h2>"), "html": p?keep_after("</h2>")})>
</#function>

<#-- The html under a section's h3 heading whose slug is `id` ("do", "dont"), or "". -->
<#function subsection html id>
  <#local found = html?split("<h3>")[1..]?filter(p -> slug(p?keep_before("</h3>")) == id)>
  <#return found?has_content?then(found[0]?keep_after("</h3>"), "")>
</#function>

<#function slug text>
  <#return text?replace("<[^>]*>", "", "r")?replace("&[a-z]+;|&#[0-9]+;", "", "r")?replace("'", "")?lower_case?replace("[^a-z0-9]+", "-", "r")?remove_beginning("-")?remove_ending("-")>
</#function>

<#-- Plain text of rendered Markdown (for the search index). -->
<#function text html>
  <#return html?replace("<[^>]*>", " ", "r")?replace("&nbsp;|&#160;", " ", "r")?replace("&amp;", "&")?replace("&lt;", "<")?replace("&gt;", ">")?replace("&quot;", "\"")?replace("&#39;|&rsquo;|&lsquo;", "'", "r")?replace("&ldquo;|&rdquo;", "\"", "r")?replace("&ndash;|&mdash;", "-", "r")?replace("\\s+", " ", "r")?trim>
</#function>

<#-- The main navigation entry of a site section (labels live in data/ui.yaml). -->
<#function navItem section>
  <#list ui.nav as item><#if item.section == section><#return item></#if></#list>
  <#return {"label": section, "path": ""}>
</#function>

<#function homeCrumb>
  <#return {"label": ui.breadcrumb_home, "path": ""}>
</#function>

<#-- "2026-11-26" (a header string) or a date -> "26 November 2026". -->
<#function longDate value>
  <#if value?is_date_like><#return value?string("d MMMM yyyy")></#if>
  <#return value?date("yyyy-MM-dd")?string("d MMMM yyyy")>
</#function>

<#function isoDate value>
  <#if value?is_date_like><#return value?string("yyyy-MM-dd")></#if>
  <#return value>
</#function>

<#-- An exercise's id, its file name: "exercises/row.html" -> "row" (a draft's "row-draft.html" too). -->
<#function slugOf doc>
  <#return (doc.uri!"")?keep_after_last("/")?remove_ending(".html")?remove_ending("-draft")>
</#function>

<#-- The smallest number of a sets or reps range ("2 to 3" -> 2): the suggested start. -->
<#function low range>
  <#return ((range!"1")?trim?split(" ")[0])?number>
</#function>

<#-- The first `count` numbered steps of a section, as plain text. -->
<#function steps html count>
  <#local items = html?split("<li>")[1..]>
  <#return items[0..<[count, items?size]?min]?map(item -> firstSentence(text(item?keep_before("</li>"))))>
</#function>

<#-- "Hold the bar. Hang straight." -> "Hold the bar." (a step in short, for the printed routine). -->
<#function firstSentence text>
  <#local end = text?index_of(". ")>
  <#return (end gt 0)?then(text[0..end], text)>
</#function>

<#-- A page's rendered body with its settings filled in: {{region.emergency.number}} in Markdown
     becomes that value of data/settings.yaml, escaped, so no page types a clinic's or a country's
     details (the content check fails a name that settings.yaml lacks). -->
<#function body doc>
  <#local html = doc.body!"">
  <#if !html?contains("{{")><#return html></#if>
  <#list html?matches("\\{\\{([a-z_]+(\\.[a-z_]+)*)\\}\\}") as m>
    <#local html = html?replace(m, escape(setting(m?groups[1])))>
  </#list>
  <#return html>
</#function>

<#-- One value of data/settings.yaml by its dotted name ("region.emergency.number"); "" when unset. -->
<#function setting name>
  <#local v = settings>
  <#list name?split(".") as k>
    <#if v?is_hash && v[k]??><#local v = v[k]><#else><#return ""></#if>
  </#list>
  <#return v?is_string?then(v, "")>
</#function>

<#function escape s>
  <#return s?replace("&", "&amp;")?replace("<", "&lt;")?replace(">", "&gt;")?replace("\"", "&quot;")>
</#function>
