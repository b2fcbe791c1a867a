<#ftl output_format="plainText" strip_whitespace=true>
<#import "lib.ftl" as lib>
<#-- exercises.json (content/exercises.md, type=data, written with the .json extension by
     template.data.extension in jbake.properties): every published exercise as open data. Field names
     follow the free-exercise-db schema where they mean the same (id, name, level, category,
     primaryMuscles, secondaryMuscles, instructions); exercises.schema.json beside it describes each field.
     An exercise's muscles header lists the main muscle first: that one is primaryMuscles. -->
<#assign ui = lib.ui>
<#function strings xs><#return "[" + xs?map(x -> lib.json(x))?join(",") + "]"></#function>
<#function steps d>
  <#local how = lib.sections(lib.body(d))?filter(s -> s.title == "How to do it")>
  <#if !how?has_content><#return []></#if>
  <#local ol = how[0].html?keep_after("<ol>")?keep_before("</ol>")>
  <#return ol?matches("<li>(.*?)</li>", "s")?map(m -> lib.text(m?groups[1])?trim)>
</#function>
<#assign cautionText = {}>
<#list data.get("cautions.yaml").cautions as c><#assign cautionText = cautionText + {c.id: c.name}></#list>
<#assign sourceById = {}>
<#list ui.sources as s><#assign sourceById = sourceById + {s.id: s}></#list>
{"title":${lib.json(ui.open_data.title)},"licence":${lib.json(ui.open_data.licence)},"licenceUrl":${lib.json(ui.open_data.licence_url)},"site":${lib.json(lib.baseUrl())},"schema":${lib.json(lib.baseUrl() + "exercises.schema.json")},
"exercises":[<#list lib.exercises as d>
<#assign muscles = lib.ids(d, "muscles")>
{"id":${lib.json(lib.slugOf(d))},"name":${lib.json(d.title!"")},"aliases":${strings(lib.ids(d, "aliases"))},"category":${lib.json(d.kind!"")},"level":${lib.json(d.difficulty!"")},"position":${strings(lib.ids(d, "position"))},"primaryMuscles":${strings(muscles[0..<1])},"secondaryMuscles":${strings(muscles[1..])},"equipment":${strings(lib.ids(d, "equipment"))},"instructions":${strings(steps(d))},"cautions":[<#list lib.ids(d, "cautions") as c>{"id":${lib.json(c)},"text":${lib.json(cautionText[c]!"")}}<#sep>,</#list>],"startSets":${lib.json(d["start-sets"]!"")},"sets":${lib.json(d.sets!"")},"reps":${lib.json(d.reps!"")},"restSeconds":${(d.rest!"0")?number?c},"frequency":${lib.json(d.frequency!"")},"url":${lib.json(lib.absolute(d))},"lastUpdated":${lib.json(d.reviewed!"")},"sources":[<#list lib.ids(d, "sources") as s><#assign src = sourceById[s]>{"id":${lib.json(s)},"title":${lib.json(src.title)},"publisher":${lib.json(src.publisher)},"url":${lib.json(src.url)}}<#sep>,</#list>]}<#sep>,</#sep>
</#list>]}
