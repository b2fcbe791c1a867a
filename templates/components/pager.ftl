<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Previous / next within the page's type, in the site's order (set by OrderedDocumentsRenderer). -->
<#macro around labels>
<#local prev = content.previousContent!"">
<#local next = content.nextContent!"">
<#if prev?has_content || next?has_content>
<nav class="ub-pager" aria-label="${labels.more_in_section}">
  <#if prev?has_content><a class="ub-pager__link ub-pager__link--prev" href="${lib.link(lib.href(prev))}" rel="prev"><span class="ub-pager__label">${labels.previous}</span> ${prev.title}</a></#if>
  <#if next?has_content><a class="ub-pager__link ub-pager__link--next" href="${lib.link(lib.href(next))}" rel="next"><span class="ub-pager__label">${labels.next}</span> ${next.title}</a></#if>
</nav>
</#if>
</#macro>
