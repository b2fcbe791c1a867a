<#ftl output_format="HTML" strip_whitespace=true>
<#-- When a page was last reviewed and when it is next due; the reviewer only when a setting names one.
     labels: the review hash from data/ui.yaml (reviewed, due, reviewer).
     reviewed, due: yyyy-MM-dd header values; reviewer: plain text, empty to hide the line. -->
<#import "../lib.ftl" as lib>
<#macro dates labels reviewed due reviewer="">
<dl class="ub-review">
<div><dt>${labels.reviewed}</dt><dd><time datetime="${reviewed}">${lib.longDate(reviewed)}</time></dd></div>
<div><dt>${labels.due}</dt><dd><time datetime="${due}">${lib.longDate(due)}</time></dd></div>
<#if reviewer?has_content><div><dt>${labels.reviewer}</dt><dd>${reviewer}</dd></div></#if>
</dl>
</#macro>
