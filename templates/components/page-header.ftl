<#ftl output_format="HTML" strip_whitespace=true>
<#-- The top of every page: its one h1, the lead sentence and the page's own Markdown.
     text: the title (plain text); lead: the summary (plain text, optional);
     html: the rendered Markdown body (markup, printed as is; optional);
     titleClass: an extra class for the h1 (optional). -->
<#macro header text lead="" html="" titleClass="">
<h1<#if titleClass?has_content> class="${titleClass}"</#if>>${text}</h1>
<#if lead?has_content><p class="ub-lead">${lead}</p></#if>
<#if html?has_content><div class="ub-prose">${html?no_esc}</div></#if>
</#macro>
