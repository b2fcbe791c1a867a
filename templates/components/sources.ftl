<#ftl output_format="HTML" strip_whitespace=true>
<#-- The public pages a page rests on, as a "Sources" section.
     heading: plain text; ids: source ids from the page's sources header field, in its order;
     sources: the sources list of data/ui.yaml [{id, title, publisher, year, checked, url}];
     checkedLabel: "Last checked {date}" (data/ui.yaml source_checked). -->
<#import "../lib.ftl" as lib>
<#macro list heading ids sources checkedLabel>
<#local byId = {}>
<#list sources as s><#local byId = byId + {s.id: s}></#list>
<section class="ub-sources">
<h2>${heading}</h2>
<ul>
<#-- The content check rejects unknown ids; a draft's are skipped here. -->
<#list ids as id><#if byId[id]??><#local s = byId[id]><li><a href="${s.url}" rel="noopener">${s.title}</a>, ${s.publisher}, ${s.year}. <#if s.checked?has_content>${checkedLabel?keep_before("{date}")}<time datetime="${lib.isoDate(s.checked)}">${lib.longDate(s.checked)}</time>${checkedLabel?keep_after("{date}")}.</#if></li></#if></#list>
</ul>
</section>
</#macro>
