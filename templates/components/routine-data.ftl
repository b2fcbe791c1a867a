<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#import "pain-rule.ftl" as painRule>
<#-- (Data maps reach templates with Java's methods among their keys, and a method wins over a key
     of the same name (clear, remove...): only string values are kept, and the keys avoid those names.)
     What js/routine-page.js and js/progress-page.js need, as JSON in an inert <template> (pages hold no
     inline script; the JSON has no < or &, so it is plain text there):
     the interface text (data/ui.yaml routine, and with progress=true also progress), the one pain rule
     as a line of text and its levels' score bands ({from, to, band}: the suggestions' thresholds), the
     link to get help, and every published exercise with its id, title, address, suggested sets and reps
     (the low end of its header ranges) and the high ends, its rest in seconds, its first two steps (each
     cut to its first sentence), its "Make it easier" options and the address of its "Make it harder"
     section. Parameters: progress (boolean, default false). The ids are the exercise file names, used in routine links. -->
<#macro data progress=false>
<#local text = lib.ui.routine>
<template id="ub-routine-data">{"text":<@strings text/><#if progress>,"progress":<@strings lib.ui.progress/></#if>,"pain":${lib.json(painRule.sheetText(lib.ui.pain_rule))?no_esc},"levels":[<#list lib.ui.pain_rule.levels as l>{"from":${l.from?c},"to":${l.to?c},"band":${lib.json(l.band)?no_esc}}<#sep>,</#list>],"help":${lib.json(lib.link("get-help.html"))?no_esc},"routine":${lib.json(lib.link("routine.html"))?no_esc},"exercises":[<#list lib.exercises as d><#local parts = lib.sections(lib.body(d))><#local how = parts?filter(s -> s.id == "how-to-do-it")><#local easier = parts?filter(s -> s.id == "make-it-easier")><#local harder = parts?filter(s -> s.id == "make-it-harder")>{"id":${lib.json(lib.slugOf(d))?no_esc},"title":${lib.json(d.title)?no_esc},"url":${lib.json(lib.link(lib.href(d)))?no_esc},"sets":${lib.low(d.sets)?c},"reps":${lib.low(d.reps)?c},"setsHigh":${high(d.sets)?c},"repsHigh":${high(d.reps)?c},"rest":${d.rest?trim?number?c},"steps":[<#if how?has_content><#list lib.steps(how[0].html, 2) as s>${lib.json(s)?no_esc}<#sep>,</#list></#if>],"easier":[<#if easier?has_content><#list easier[0].html?split("<li>")[1..] as item>${lib.json(lib.text(item?keep_before("</li>")))?no_esc}<#sep>,</#list></#if>],"harder":${lib.json(harder?has_content?then(lib.link(lib.href(d)) + "#make-it-harder", ""))?no_esc}}<#sep>,</#list>]}</template>
</#macro>

<#macro strings map>{<#list map?keys?filter(k -> k != "class" && map[k]?is_string) as k>${lib.json(k)?no_esc}:${lib.json(map[k])?no_esc}<#sep>,</#list>}</#macro>

<#-- "2 to 3" -> 3: the high end of a header range. -->
<#function high range>
  <#return ((range!"1")?trim?split(" ")?last)?number>
</#function>
