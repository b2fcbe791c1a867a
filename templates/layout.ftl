<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one page skeleton. Every page template calls <@layout.page>…</@layout.page>. -->
<#import "lib.ftl" as lib>
<#import "components/breadcrumbs.ftl" as breadcrumbs>
<#import "components/structured-data.ftl" as sd>
<#import "components/pain-rule.ftl" as painRule>
<#import "components/brand-colours.ftl" as brand>

<#-- title: the page's own name; description: meta description; section: nav entry to mark current;
     trail: breadcrumb parents as [{label, path}]; schemaType: schema.org type of the page;
     scripts: extra scripts this page alone loads, ES modules in js/ (["js/routine-page.js"]);
     styles: extra CSS this page alone needs (["css/move.css"], under templates/), put in its <style> after css/site.css. -->
<#macro page title description section="" trail=[] schemaType="MedicalWebPage" scripts=[] styles=[]>
<#local ui = lib.ui>
<#local root = lib.root()>
<#local isError = lib.isErrorPage>
<#local here = lib.href(content)>
<!DOCTYPE html>
<html lang="${lib.setting("region.language")}">
<head>
<meta charset="utf-8">
<#-- All the page's CSS is in the page (templates/css), so the first round trip brings everything the
     first paint needs. It comes before the policy on purpose: a policy in a meta element governs only
     what follows it, and this block is the template's own, never content (OutputCheck fails a page
     where anything else comes before the policy). Everything after it, content included, may use
     no inline style or script. -->
<style><#include "css/site.css" parse=false><#list styles as href><#include href parse=false></#list><@brand.rules/></style>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="color-scheme" content="light dark">
<#-- The browser's own toolbar takes the brand colours of data/settings.yaml (no CSS needed). -->
<#if lib.setting("look.colours.brand")?has_content><meta name="theme-color" media="(prefers-color-scheme: light)" content="${lib.setting("look.colours.brand")}"></#if>
<#if lib.setting("look.colours.brand_dark")?has_content><meta name="theme-color" media="(prefers-color-scheme: dark)" content="${lib.setting("look.colours.brand_dark")}"></#if>
<title><#if content.type == "home">${ui.site_name}: ${ui.tagline}<#else>${title} | ${ui.site_name}</#if></title>
<meta name="description" content="${description}">
<#if isError>
<meta name="robots" content="noindex">
<#else>
<link rel="canonical" href="${lib.absolute(content)}">
<meta property="og:type" content="<#if content.type == "exercise" || content.type == "tip">article<#else>website</#if>">
<meta property="og:site_name" content="${ui.site_name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${lib.absolute(content)}">
<meta property="og:locale" content="${lib.setting("region.language")?replace("-", "_")}">
</#if>
<link rel="icon" href="${root}${lib.setting("look.logo")}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="${root}feed.xml" title="${ui.site_name}">
<link rel="manifest" href="${root}manifest.webmanifest">
<#-- Every script is an ES module in js/ (they share js/common.js by import), loaded by js/boot.js
     after the first paint. The routine's add buttons go on exercise pages and cards; the search page
     has none (and the heaviest files, its index and search code), so it leaves routine.js out. -->
<#local load = ["js/site.js"] + (content.type != "search")?then(["js/routine.js"], []) + scripts>
<script type="module" src="${root}js/boot.js" data-load="${load?map(s -> s?remove_beginning("js/"))?join(" ")}"<#if content.type != "search"> data-add="${ui.routine.add}" data-added="${ui.routine.added}"</#if>></script>
<#if !isError><@sd.page title=title description=description schemaType=schemaType trail=trail/></#if>
<#if (content.contact!"") == "clinic"><@sd.clinic/></#if>
</head>
<body>
<a class="ub-skip-link" href="#main-content">${ui.skip_link}</a>
<header class="ub-header">
  <div class="ub-container ub-header__inner">
    <a class="ub-header__logo" href="${lib.link("")}"><img class="ub-header__mark" src="${root}${lib.setting("look.logo")}" alt="" width="32" height="32" fetchpriority="low">${ui.site_name}</a>
    <nav class="ub-nav" aria-label="${ui.nav_label}">
      <ul class="ub-nav__list">
        <#list ui.nav as item>
        <li class="ub-nav__item"><a class="ub-nav__link" href="${lib.link(item.path)}"<#if item.section == section> aria-current="<#if here == item.path>page<#else>true</#if>"</#if>>${item.label}</a></li>
        </#list>
      </ul>
    </nav>
  </div>
</header>
<div class="ub-container ub-page">
  <#if trail?has_content><@breadcrumbs.trail items=trail label=ui.breadcrumb_label/></#if>
  <main id="main-content" class="ub-main" tabindex="-1">
    <#nested>
  </main>
</div>
<footer class="ub-footer">
  <div class="ub-container">
    <p class="ub-footer__disclaimer">${ui.disclaimer}</p>
    <@painRule.line rule=ui.pain_rule href=lib.link("tips/listen-to-your-body.html#pain-rule")/>
    <nav aria-label="${ui.footer_label}">
      <ul class="ub-footer__links">
        <#list ui.footer_links as item><li><a href="${lib.link(item.path)}">${item.label}</a></li></#list>
      </ul>
    </nav>
  </div>
</footer>
</body>
</html>
</#macro>
