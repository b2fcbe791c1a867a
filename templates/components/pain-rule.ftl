<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one pain rule (data/ui.yaml, pain_rule), the same wherever it is shown.
     rule: the pain_rule hash from data/ui.yaml (heading, intro, during, levels [{from, to, band,
       text, short}], lingering_heading, lingering, soreness_heading, soreness, stop_anyway_heading,
       stop_anyway, stop_anyway_short, help, footer_label, more).
     helpHref: the link to the page on when to get help (full only).
     headingLevel: 2 in a page body (default), 3 inside another section.
     <@painRule.full rule=ui.pain_rule helpHref=.../> renders the whole rule as a section with
     id="pain-rule"; <@painRule.line rule=ui.pain_rule href=.../> renders its one-line version (the
     footer), linking to a page that shows it in full; painRule.lineText(rule) is that line as plain
     text, and painRule.sheetText(rule) the rule as the printed routine shows it. -->
<#macro full rule helpHref headingLevel=2>
<#local sub = headingLevel + 1>
<section class="ub-pain-rule" id="pain-rule" aria-labelledby="pain-rule-heading">
<h${headingLevel} class="ub-pain-rule__heading" id="pain-rule-heading">${rule.heading}</h${headingLevel}>
<p>${rule.intro}</p>
<p>${rule.during}</p>
<dl class="ub-pain-rule__levels">
<#list rule.levels as level><div><dt>${level.from} to ${level.to}</dt><dd>${level.text}</dd></div></#list>
</dl>
<h${sub}>${rule.lingering_heading}</h${sub}>
<p>${rule.lingering}</p>
<h${sub}>${rule.soreness_heading}</h${sub}>
<p>${rule.soreness}</p>
<h${sub}>${rule.stop_anyway_heading}</h${sub}>
<p class="ub-pain-rule__stop">${rule.stop_anyway} <a href="${helpHref}">${rule.help}</a>.</p>
</section>
</#macro>

<#macro line rule href>
<p class="ub-pain-rule-line">${lineText(rule)} <a href="${href}">${rule.more}</a></p>
</#macro>

<#function lineText rule>
  <#return rule.footer_label + " " + rule.levels?map(level -> level.from + " to " + level.to + " " + level.short)?join("; ") + ". " + rule.stop_anyway_short>
</#function>

<#-- The printed routine's version: the line, then the next-morning check. -->
<#function sheetText rule>
  <#return lineText(rule) + " " + rule.lingering>
</#function>
