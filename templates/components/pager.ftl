<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Previous / next within a site-ordered list (lib.exercises, lib.tips).
     docs: the list; doc: the current page (not in the list, as a draft: no links); labels: data/ui.yaml. -->
<#macro around docs doc labels>
<#local near = lib.around(docs, doc)>
<#if near?has_content>
<nav class="ub-pager" aria-label="${labels.more_in_section}">
  <#if near.previous??><a class="ub-pager__link ub-pager__link--prev" href="${lib.link(lib.href(near.previous))}" rel="prev"><span class="ub-pager__label">${labels.previous}</span> ${near.previous.title}</a></#if>
  <#if near.next??><a class="ub-pager__link ub-pager__link--next" href="${lib.link(lib.href(near.next))}" rel="next"><span class="ub-pager__label">${labels.next}</span> ${near.next.title}</a></#if>
</nav>
</#if>
</#macro>
