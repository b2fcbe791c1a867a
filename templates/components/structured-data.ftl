<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- JSON-LD for every page (MedicalWebPage), with an ExercisePlan as main entity on exercises.
     Every string goes through lib.json, so no value can end the script element. -->
<#macro page title description schemaType trail>
<#local url = lib.absolute(content)>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":${lib.json(schemaType)?no_esc},"name":${lib.json(title)?no_esc},"description":${lib.json(description)?no_esc},"url":${lib.json(url)?no_esc},"inLanguage":${lib.json(lib.setting("region.language"))?no_esc}<#if content.reviewed?has_content>,"lastReviewed":${lib.json(content.reviewed)?no_esc}</#if><#if trail?has_content>,"breadcrumb":{"@type":"BreadcrumbList","itemListElement":[<#list trail as item>{"@type":"ListItem","position":${item?counter},"name":${lib.json(item.label)?no_esc},"item":${lib.json(lib.baseUrl() + item.path)?no_esc}},</#list>{"@type":"ListItem","position":${trail?size + 1},"name":${lib.json(title)?no_esc}}]}</#if><#if content.type == "exercise">,"mainEntity":<@exercisePlan title=title description=description url=url/></#if>}
</script>
</#macro>

<#macro exercisePlan title description url>
{"@type":"ExercisePlan","name":${lib.json(title)?no_esc},"description":${lib.json(description)?no_esc},"url":${lib.json(url)?no_esc},"exerciseType":${lib.json(lib.termName("kind", content.kind!""))?no_esc},"activityFrequency":${lib.json(content.frequency!"")?no_esc},"repetitions":<@range content.reps!""/>,"additionalVariable":${lib.json((content.sets!"") + " sets")?no_esc},"intensity":${lib.json(lib.termName("difficulty", content.difficulty!""))?no_esc}}
</#macro>

<#-- The clinic as schema.org MedicalClinic, with only the details data/settings.yaml sets; nothing
     when the clinic has no name or no way to reach it (pages that show its contact card call this).
     Opening hours stay on the card: schema.org's openingHours wants "Mo-Fr 09:00-17:00", and
     clinic.hours is a line for people. -->
<#macro clinic>
<#local fields = {"description": "description", "telephone": "phone", "email": "email", "url": "website", "address": "address"}>
<#local reachable = ["phone", "email", "website", "booking", "address", "hours"]?filter(k -> lib.setting("clinic." + k)?has_content)?has_content>
<#if lib.setting("clinic.name")?has_content && reachable>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"MedicalClinic","name":${lib.json(lib.setting("clinic.name"))?no_esc}<#list fields as prop, key><#if lib.setting("clinic." + key)?has_content>,${lib.json(prop)?no_esc}:${lib.json(lib.setting("clinic." + key))?no_esc}</#if></#list><#if lib.setting("clinic.booking")?has_content>,"potentialAction":{"@type":"ReserveAction","target":${lib.json(lib.setting("clinic.booking"))?no_esc}}</#if>,"knowsLanguage":${lib.json(lib.setting("region.language"))?no_esc}}
</script>
</#if>
</#macro>

<#-- "10 to 12" -> QuantitativeValue with min and max; "8" -> value. -->
<#macro range text>
<#if text?contains(" to ")>{"@type":"QuantitativeValue","minValue":${text?keep_before(" to ")?trim?number?c},"maxValue":${text?keep_after(" to ")?trim?number?c}}<#else>{"@type":"QuantitativeValue","value":${text?trim?number?c}}</#if>
</#macro>
