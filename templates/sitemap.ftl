<#ftl output_format="XML" strip_whitespace=true>
<#import "lib.ftl" as lib>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#-- published_all is sorted by URI (the extension). -->
<#list published_all as d>
<#if (d.type!"") != "error">
  <url><loc>${lib.absolute(d)}</loc><lastmod>${lib.isoDate(d.reviewed!d.date)}</lastmod></url>
</#if>
</#list>
</urlset>
