<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#import "pain-rule.ftl" as painRule>
<#-- (Data maps reach templates with Java's methods among their keys, and a method wins over a key
     of the same name (clear, remove...): only string values are kept, and the keys avoid those names.)
     What js/routine-page.js needs, as JSON in an inert <template> (pages hold no inline script; the
     JSON has no < or &, so it is plain text there):
     the interface text (data/ui.yaml routine), the one pain rule as a line of text, the link to get help, and every published exercise
     with its id, title, address, suggested sets and reps (the low end of its header ranges) and its
     first two steps, each cut to its first sentence. No parameters; the ids are the exercise file names, used in routine links. -->
<#macro data>
<#local text = lib.ui.routine>
<template id="ub-routine-data">{"text":{<#list text?keys?filter(k -> k != "class" && text[k]?is_string) as k>${lib.json(k)?no_esc}:${lib.json(text[k])?no_esc}<#sep>,</#list>},"pain":${lib.json(painRule.sheetText(lib.ui.pain_rule))?no_esc},"help":${lib.json(lib.link("get-help.html"))?no_esc},"exercises":[<#list lib.exercises as d><#local how = lib.sections(lib.body(d))?filter(s -> s.id == "how-to-do-it")>{"id":${lib.json(lib.slugOf(d))?no_esc},"title":${lib.json(d.title)?no_esc},"url":${lib.json(lib.link(lib.href(d)))?no_esc},"sets":${lib.low(d.sets)?c},"reps":${lib.low(d.reps)?c},"steps":[<#if how?has_content><#list lib.steps(how[0].html, 2) as s>${lib.json(s)?no_esc}<#sep>,</#list></#if>]}<#sep>,</#list>]}</template>
</#macro>
