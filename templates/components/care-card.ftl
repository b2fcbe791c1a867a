<#ftl output_format="HTML" strip_whitespace=true>
<#-- NHS-style urgent care card. The urgency prefix is for screen readers, the colour for sight.
     headingHtml: the heading (markup); urgency: the hidden prefix (text); id: the heading's id;
     the nested content is the card's body. -->
<#macro card headingHtml urgency id="">
<section class="ub-care-card"<#if id?has_content> aria-labelledby="${id}"</#if>>
  <h2 class="ub-care-card__heading"<#if id?has_content> id="${id}"</#if>><span class="ub-visually-hidden">${urgency} </span>${headingHtml?no_esc}</h2>
  <div class="ub-care-card__content ub-prose">
    <#nested>
  </div>
</section>
</#macro>
