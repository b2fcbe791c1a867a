<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Previous / next within an ordered list of documents of one type. -->
<#macro around docs labels>
<#local i = -1>
<#list docs as d><#if d.uri == content.uri><#local i = d?index></#if></#list>
<#if i gte 0 && docs?size gt 1>
<nav class="ub-pager" aria-label="${labels.more_in_section}">
  <#if i gt 0><a class="ub-pager__link ub-pager__link--prev" href="${lib.link(lib.href(docs[i - 1]))}" rel="prev"><span class="ub-pager__label">${labels.previous}</span> ${docs[i - 1].title}</a></#if>
  <#if i lt docs?size - 1><a class="ub-pager__link ub-pager__link--next" href="${lib.link(lib.href(docs[i + 1]))}" rel="next"><span class="ub-pager__label">${labels.next}</span> ${docs[i + 1].title}</a></#if>
</nav>
</#if>
</#macro>
