<#ftl output_format="XML" strip_whitespace=true>
<#import "lib.ftl" as lib>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#-- Every published page but the 404 page, sorted by address so the file is the same on every build. -->
<#list published_content?filter(d -> (d.type!"") != "error" && (d.type!"") != "data")?sort_by("uri") as d>
  <url><loc>${lib.absolute(d)}</loc><lastmod>${lib.isoDate(d.reviewed!d.date)}</lastmod></url>
</#list>
</urlset>
