<#ftl output_format="HTML" strip_whitespace=true>
<#-- Do / don't lists. doLabel, dontLabel: the headings (text); doHtml, dontHtml: the rendered
     Markdown lists of each side (markup). -->
<#macro lists doLabel dontLabel doHtml dontHtml>
<div class="ub-do-dont">
  <div class="ub-do-dont__list ub-do-dont__list--do">
    <h3 class="ub-do-dont__heading">${doLabel}</h3>
    ${doHtml?no_esc}
  </div>
  <div class="ub-do-dont__list ub-do-dont__list--dont">
    <h3 class="ub-do-dont__heading">${dontLabel}</h3>
    ${dontHtml?no_esc}
  </div>
</div>
</#macro>
