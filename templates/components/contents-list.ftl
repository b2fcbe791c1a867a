<#ftl output_format="HTML" strip_whitespace=true>
<#-- "On this page": links to the page's own h2 sections. items: [{id, title}], title as markup
     (a rendered heading); label: the list's heading (text). -->
<#macro onThisPage items label>
<nav class="ub-contents" aria-labelledby="contents-heading">
  <h2 class="ub-contents__heading" id="contents-heading">${label}</h2>
  <ol class="ub-contents__list">
    <#list items as s><li><a class="ub-contents__link" href="#${s.id}">${s.title?no_esc}</a></li></#list>
  </ol>
</nav>
</#macro>
