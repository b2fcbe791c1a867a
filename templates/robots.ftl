<#ftl output_format="plainText">
<#import "lib.ftl" as lib>
User-agent: *
Allow: /

Sitemap: ${lib.baseUrl()}sitemap.xml
