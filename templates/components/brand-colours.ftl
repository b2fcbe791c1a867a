<#-- The brand colours of data/settings.yaml (look.colours) as CSS: the same --color-brand token
     css/site.css defines, set after it in the page's <style>. Takes no parameters.
     An empty colour writes nothing, so site.css's own stands. Each colour is set in its own mode only
     (a light brand alone leaves site.css's dark one), and on screen only: site.css's print tokens
     (black on white paper) must win on paper. A value that is not #rrggbb is left out here; the
     settings check fails the build on it. -->
<#import "../lib.ftl" as lib>
<#macro rules>
<#local light = lib.setting("look.colours.brand")>
<#local dark = lib.setting("look.colours.brand_dark")>
<#if light?matches("#[0-9a-fA-F]{6}")>
@media screen and (prefers-color-scheme: light) { :root { --color-brand: ${light}; } }
</#if>
<#if dark?matches("#[0-9a-fA-F]{6}")>
@media screen and (prefers-color-scheme: dark) { :root { --color-brand: ${dark}; } }
</#if>
</#macro>
