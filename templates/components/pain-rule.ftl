<#ftl output_format="HTML" strip_whitespace=true>
<#-- The one pain rule (data/ui.yaml, pain_rule), the same wherever it is shown.
     rule: the pain_rule hash from data/ui.yaml (heading, intro, levels [{from, to, text, short}], lingering).
     headingLevel: 2 in a page body (default), 3 inside another section.
     <@painRule.full rule=ui.pain_rule/> renders the whole rule as a section with id="pain-rule";
     <@painRule.line rule=ui.pain_rule href=.../> renders its one-line version (the footer), linking
     to a page that shows it in full; painRule.lineText(rule) is that line as plain text (the routine's
     printed sheet). -->
<#macro full rule headingLevel=2>
<section class="ub-pain-rule" id="pain-rule" aria-labelledby="pain-rule-heading">
<h${headingLevel} class="ub-pain-rule__heading" id="pain-rule-heading">${rule.heading}</h${headingLevel}>
<p>${rule.intro}</p>
<dl class="ub-pain-rule__levels">
<#list rule.levels as level><div><dt>${level.from} to ${level.to}</dt><dd>${level.text}</dd></div></#list>
</dl>
<p>${rule.lingering}</p>
</section>
</#macro>

<#macro line rule href>
<p class="ub-pain-rule-line">${lineText(rule)} <a href="${href}">${rule.more}</a></p>
</#macro>

<#function lineText rule>
  <#return rule.footer_label + " " + rule.levels?map(level -> level.from + " to " + level.to + " " + level.short)?join("; ") + ".">
</#function>
