<#ftl output_format="HTML" strip_whitespace=true>
<#-- When a page's facts were last checked and when they are next due. "Page last reviewed" and
     the reviewer's name only when a reviewer is named; otherwise "Last updated".
     labels: the review hash from data/ui.yaml (reviewed, updated, due, reviewer).
     reviewed, due: yyyy-MM-dd header values; reviewer: plain text, empty when no one is named. -->
<#import "../lib.ftl" as lib>
<#macro dates labels reviewed due reviewer="">
<dl class="ub-review">
<div><dt>${reviewer?has_content?then(labels.reviewed, labels.updated)}</dt><dd><time datetime="${reviewed}">${lib.longDate(reviewed)}</time></dd></div>
<div><dt>${labels.due}</dt><dd><time datetime="${due}">${lib.longDate(due)}</time></dd></div>
<#if reviewer?has_content><div><dt>${labels.reviewer}</dt><dd>${reviewer}</dd></div></#if>
</dl>
</#macro>
