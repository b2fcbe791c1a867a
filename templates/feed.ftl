<#ftl output_format="XML" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- Atom feed of exercises and tips. `updated` comes from content dates, never from the build time. -->
<#assign docs = lib.exercises + lib.tips>
<#assign latest = docs?has_content?then(lib.isoDate(docs?map(d -> d.date?datetime)?max), "2026-01-01")>
<#assign ui = lib.ui>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lib.setting("region.language")}">
  <title>${ui.site_name}</title>
  <subtitle>${ui.tagline}</subtitle>
  <id>${lib.baseUrl()}</id>
  <link rel="alternate" type="text/html" href="${lib.baseUrl()}"/>
  <link rel="self" type="application/atom+xml" href="${lib.baseUrl()}feed.xml"/>
  <updated>${latest}T00:00:00Z</updated>
  <author><name>${ui.site_name}</name></author>
  <#list docs as d>
  <entry>
    <title>${d.title}</title>
    <id>${lib.absolute(d)}</id>
    <link rel="alternate" type="text/html" href="${lib.absolute(d)}"/>
    <updated>${lib.isoDate(d.date)}T00:00:00Z</updated>
    <summary>${d.summary!""}</summary>
    <category term="${d.type}"/>
  </entry>
  </#list>
</feed>
