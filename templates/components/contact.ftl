<#ftl output_format="HTML" strip_whitespace=true>
<#-- Clinic contact details come only from settings (jbake.properties / -D); empty ones are not shown. -->
<#macro clinic>
<#local phone = config.clinic_phone!"">
<#local email = config.clinic_email!"">
<#local web = config.clinic_website!"">
<#if phone?has_content || email?has_content || web?has_content>
<section class="ub-contact" aria-labelledby="contact-heading">
  <h2 id="contact-heading">${config.clinic_name!""}</h2>
  <ul class="ub-contact__list">
    <#if phone?has_content><li><a href="tel:${phone?replace(" ", "")}">${phone}</a></li></#if>
    <#if email?has_content><li><a href="mailto:${email}">${email}</a></li></#if>
    <#if web?has_content><li><a href="${web}" rel="noopener external">${web}</a></li></#if>
  </ul>
</section>
</#if>
</#macro>
