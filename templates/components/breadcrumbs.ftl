<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- items: parents of the current page as [{label, path}], path relative to the site root. -->
<#macro trail items label>
<nav class="ub-breadcrumbs" aria-label="${label}">
  <ol class="ub-breadcrumbs__list">
    <#list items as item>
    <li class="ub-breadcrumbs__item"><a class="ub-breadcrumbs__link" href="${lib.link(item.path)}">${item.label}</a></li>
    </#list>
  </ol>
</nav>
</#macro>
