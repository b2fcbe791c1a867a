<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- JSON-LD for every page (MedicalWebPage), with an ExercisePlan as main entity on exercises.
     Every string goes through lib.json, so no value can end the script element. -->
<#macro page title description schemaType trail>
<#local url = lib.absolute(content)>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":${lib.json(schemaType)?no_esc},"name":${lib.json(title)?no_esc},"description":${lib.json(description)?no_esc},"url":${lib.json(url)?no_esc},"inLanguage":"en-GB"<#if content.reviewed?has_content>,"lastReviewed":${lib.json(content.reviewed)?no_esc}</#if><#if trail?has_content>,"breadcrumb":{"@type":"BreadcrumbList","itemListElement":[<#list trail as item>{"@type":"ListItem","position":${item?counter},"name":${lib.json(item.label)?no_esc},"item":${lib.json(lib.baseUrl() + item.path)?no_esc}},</#list>{"@type":"ListItem","position":${trail?size + 1},"name":${lib.json(title)?no_esc}}]}</#if><#if content.type == "exercise">,"mainEntity":<@exercisePlan title=title description=description url=url/></#if>}
</script>
</#macro>

<#macro exercisePlan title description url>
{"@type":"ExercisePlan","name":${lib.json(title)?no_esc},"description":${lib.json(description)?no_esc},"url":${lib.json(url)?no_esc},"exerciseType":"Strength training","activityFrequency":${lib.json(content.frequency!"")?no_esc},"repetitions":<@range content.reps!""/>,"additionalVariable":${lib.json((content.sets!"") + " sets")?no_esc},"intensity":${lib.json(lib.termName("difficulty", content.difficulty!""))?no_esc}}
</#macro>

<#-- "10 to 12" -> QuantitativeValue with min and max; "8" -> value. -->
<#macro range text>
<#if text?contains(" to ")>{"@type":"QuantitativeValue","minValue":${text?keep_before(" to ")?trim?number?c},"maxValue":${text?keep_after(" to ")?trim?number?c}}<#else>{"@type":"QuantitativeValue","value":${text?trim?number?c}}</#if>
</#macro>
