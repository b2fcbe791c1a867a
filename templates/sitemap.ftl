<#ftl output_format="XML" strip_whitespace=true>
<#import "lib.ftl" as lib>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#-- published_all comes from the extension, sorted by URI. Without the extension (stock JBake, as
     in the benchmark's "before"), JBake's own list, sorted with the locale's collator. -->
<#assign docs = (published_all)!(published_content?sort_by("uri"))>
<#list docs as d>
<#if (d.type!"") != "error">
  <url><loc>${lib.absolute(d)}</loc><lastmod>${lib.isoDate(d.reviewed!d.date)}</lastmod></url>
</#if>
</#list>
</urlset>
