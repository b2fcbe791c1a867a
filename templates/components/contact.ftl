<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- The clinic, from data/settings.yaml only (clinic block); copy from data/ui.yaml (clinic block).
     Every empty setting is left out, so no card is ever empty.
     reachable(): whether any way to reach the clinic is set.
     card: the contact card (id "contact"): phone (tel:), email (mailto:), booking link, website,
       address, opening hours; nothing when no way to reach the clinic is set.
     help: "What <clinic> can help with" and its description, then the card; nothing without a name.
     line: the clinic's name and description, linking to the card on the get-help page when the
       clinic can be reached (after every exercise's stop card); nothing without a name. -->

<#assign ways = ["phone", "email", "booking", "website", "address", "hours"]>

<#function reachable>
  <#list ways as w><#if lib.setting("clinic." + w)?has_content><#return true></#if></#list>
  <#return false>
</#function>

<#function named text>
  <#return text?replace("{name}", lib.setting("clinic.name"))>
</#function>

<#-- A phone number as a tel: URI: digits and a leading +. -->
<#function tel phone>
  <#return "tel:" + phone?replace("[^0-9+]", "", "r")>
</#function>

<#macro card>
<#local t = lib.ui.clinic>
<#if lib.setting("clinic.name")?has_content && reachable()>
<section class="ub-contact" aria-labelledby="contact">
  <h2 class="ub-contact__heading" id="contact">${named(t.contact_heading)}</h2>
  <dl class="ub-contact__list">
    <#local phone = lib.setting("clinic.phone")>
    <#if phone?has_content><dt>${t.phone}</dt><dd><a href="${tel(phone)}">${phone}</a></dd></#if>
    <#local email = lib.setting("clinic.email")>
    <#if email?has_content><dt>${t.email}</dt><dd><a href="mailto:${email}">${email}</a></dd></#if>
    <#local booking = lib.setting("clinic.booking")>
    <#-- Only https links, even when the build's settings check did not run (jbake:generate alone). -->
    <#if booking?starts_with("https://")><dt>${t.booking}</dt><dd><a href="${booking}" rel="noopener external">${booking?keep_after("://")?remove_ending("/")}</a></dd></#if>
    <#local web = lib.setting("clinic.website")>
    <#if web?starts_with("https://")><dt>${t.website}</dt><dd><a href="${web}" rel="noopener external">${web?keep_after("://")?remove_ending("/")}</a></dd></#if>
    <#local address = lib.setting("clinic.address")>
    <#if address?has_content><dt>${t.address}</dt><dd><address>${address}</address></dd></#if>
    <#local hours = lib.setting("clinic.hours")>
    <#if hours?has_content><dt>${t.hours}</dt><dd>${hours}</dd></#if>
  </dl>
</section>
</#if>
</#macro>

<#macro help>
<#local description = lib.setting("clinic.description")>
<#if lib.setting("clinic.name")?has_content>
<#if description?has_content>
<section class="ub-section ub-clinic" aria-labelledby="clinic-help">
  <h2 id="clinic-help">${named(lib.ui.clinic.help_heading)}</h2>
  <p>${description}</p>
</section>
</#if>
<@card/>
</#if>
</#macro>

<#macro line>
<#local name = lib.setting("clinic.name")>
<#local description = lib.setting("clinic.description")>
<#if name?has_content && (description?has_content || reachable())>
<p class="ub-clinic-line"><strong>${name}</strong><#if description?has_content>: ${description}</#if><#if reachable()> <a href="${lib.link("get-help.html#contact")}">${named(lib.ui.clinic.line_contact)}</a></#if></p>
</#if>
</#macro>
