<#ftl output_format="HTML" strip_whitespace=true>
<#-- What a page rests on and how fresh it is: its Sources, then its review dates, the same block
     on exercises, tips and other pages. doc: the page (its sources, reviewed and review-by header
     fields; each part is left out when the page lacks it, as a draft or a plain page may). The
     reviewer comes from data/settings.yaml (reviewer). -->
<#import "../lib.ftl" as lib>
<#import "sources.ftl" as sources>
<#import "review.ftl" as review>
<#macro block doc>
<#if doc.sources?has_content><@sources.list heading=lib.ui.sources_heading ids=lib.list(doc.sources) sources=lib.ui.sources checkedLabel=lib.ui.source_checked/></#if>
<#if doc.reviewed?has_content && doc["review-by"]?has_content><@review.dates labels=lib.ui.review reviewed=doc.reviewed due=doc["review-by"] reviewer=(lib.settings.reviewer)!""/></#if>
</#macro>
