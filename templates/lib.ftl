<#ftl output_format="HTML" strip_whitespace=true>
<#-- Shared helpers (functions, and one macro that adds no markup): site paths, vocabulary look-ups, lists. -->

<#-- Content pages get both files from the JBake extension (read once per bake); the feed, sitemap and
     search index read them here: each data.get is a database query. -->
<#assign ui = (content.site_data.ui)!data.get("ui.yaml")>
<#-- The vocabularies in data/ are the only source of labels and allowed values. -->
<#assign vocabulary = (content.site_data.vocabulary)!data.get("vocabulary.yaml")>

<#function vocab facet>
  <#return vocabulary[facet]>
</#function>

<#-- facet -> term id -> name: made by the extension for content pages, here once for the others.
     (FreeMarker compares strings with a collator, even for ==: a look-up beats a loop.) -->
<#assign termNames = (content.site_data.term_names)!namesOf(vocabulary)>

<#function namesOf vocab>
  <#local out = {}>
  <#list vocab?keys as f>
    <#if (vocab[f]!"")?is_sequence && !vocab[f]?is_method>
      <#local inner = {}>
      <#list vocab[f] as t><#local inner = inner + {t.id: t.name}></#list>
      <#local out = out + {f: inner}>
    </#if>
  </#list>
  <#return out>
</#function>

<#function termName facet id>
  <#return (termNames[facet][id])!id>
</#function>

<#-- A document's term ids for one facet, as a list (the extension splits the header once). -->
<#function ids doc facet>
  <#return (doc.terms[facet])!list(doc[facet]!"")>
</#function>

<#-- Header fields reach templates as strings: "a, b" -> ["a","b"]. -->
<#function list value="">
  <#return (value!"")?split(",")?map(v -> v?trim)?filter(v -> v?has_content)>
</#function>

<#-- Worked out once per page: every link needs them, and reading `config` copies JBake's whole
     configuration, and FreeMarker's == on strings runs a locale collator. -->
<#assign siteUrl = (config.site_url)!"/">
<#-- The page's type as a one-key hash: lib.typeIs.exercise?? instead of a collator compare. -->
<#assign typeIs = {(content.type)!"": true}>
<#assign isErrorPage = (typeIs.error)??>
<#assign rootPrefix = isErrorPage?then(basePath(), (content.rootpath)!"")>

<#-- Relative prefix to the site root. The 404 page is served at any depth, so it uses the
     path of the configured absolute base URL instead. -->
<#function root>
  <#return rootPrefix>
</#function>

<#function baseUrl>
  <#return siteUrl?ends_with("/")?then(siteUrl, siteUrl + "/")>
</#function>

<#function basePath>
  <#local u = baseUrl()>
  <#if u?contains("://")><#local u = u?keep_after("://")><#local u = u?contains("/")?then("/" + u?keep_after("/"), "/")></#if>
  <#return u>
</#function>

<#-- Public URL of a document: directory-style for index pages. -->
<#function href doc>
  <#local uri = doc.uri!"">
  <#-- "index.html" and "x/index.html"; ends_with does not need a collator as == does. -->
  <#if ("/" + uri)?ends_with("/index.html")><#return uri?remove_ending("index.html")></#if>
  <#return uri>
</#function>

<#function absolute doc>
  <#return baseUrl() + href(doc)>
</#function>

<#-- Published exercises whose header field `facet` holds `term`, in site order. -->
<#function withTerm facet term>
  <#if (content.site_data.by_term)??><#return content.site_data.by_term[facet][term]![]></#if>
  <#return published_exercises?filter(d -> ids(d, facet)?seq_contains(term))>
</#function>

<#-- Safe inside <script type="application/ld+json">: no markup-significant characters survive. -->
<#function json value>
  <#return "\"" + jsonText(value) + "\"">
</#function>

<#-- The same, without the quotes around it (for a string written in parts). -->
<#function jsonText value>
  <#return value?json_string?replace("<", "\\u003c")?replace(">", "\\u003e")?replace("&", "\\u0026")>
</#function>

<#-- Splits rendered Markdown into the intro and its h2 sections: [{id, title, html}]. -->
<#function sections html>
  <#local parts = html?split("<h2>")>
  <#local out = [{"id": "", "title": "", "html": parts[0]}]>
  <#list parts[1..] as p>
    <#local title = p?keep_before("</h2>")>
    <#local out = out + [{"id": slug(title), "title": title, "html": p?keep_after("</h2>")}]>
  </#list>
  <#return out>
</#function>

<#-- Splits a section's html on its h3 headings: {slug: html}. -->
<#function subsections html>
  <#local out = {}>
  <#list html?split("<h3>")[1..] as p>
    <#local out = out + {slug(p?keep_before("</h3>")): p?keep_after("</h3>")}>
  </#list>
  <#return out>
</#function>

<#function slug text>
  <#return text?replace("<[^>]*>", "", "r")?replace("&[a-z]+;|&#[0-9]+;", "", "r")?replace("'", "")?lower_case?replace("[^a-z0-9]+", "-", "r")?remove_beginning("-")?remove_ending("-")>
</#function>

<#-- Markup rendered once per bake and key, then reused (content pages; elsewhere rendered each time).
     The key must name everything the nested markup depends on: documents, root prefix, arguments. -->
<#macro fragment key>
  <#if (content.site_data.fragments)??><@content.site_data.fragments key=key><#nested></@><#else><#nested></#if>
</#macro>

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


<#-- A link to a site path ("" is the home page) that works at any depth and under a sub-path. -->
<#function link path>
  <#local url = root() + path>
  <#return url?has_content?then(url, "./")>
</#function>
