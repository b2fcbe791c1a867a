<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- A back view of the body. highlighted: muscle ids to mark (from an exercise's `muscles` field).
     linked=true makes each muscle a link to its browse page (the exercises index uses it as navigation).
     Every muscle in data/vocabulary.yaml needs a shape here; the tests check that. -->
<#-- label: what the highlighted muscles are (default: the ones an exercise works). -->
<#macro figure highlighted=[] linked=false label="">
<#local shapes = {
  "latissimus-dorsi": "M64 96 95 128 95 172 72 178 60 124Z M140 124 128 178 105 172 105 128 136 96Z",
  "erector-spinae": "M89 132 97 132 97 208 87 208Z M113 208 103 208 103 132 111 132Z",
  "trapezius": "M100 44 82 56 56 64 82 72 100 128 118 72 144 64 118 56Z",
  "rhomboids": "M93 76 80 80 84 110 96 116Z M104 116 116 110 120 80 107 76Z",
  "rear-deltoids": "M47 64 62 68 60 92 43 88Z M157 88 140 92 138 68 153 64Z",
  "biceps": "M39 96 51 96 47 142 34 140Z M166 140 153 142 149 96 161 96Z",
  <#-- Front-of-body muscles: where they show from behind (the chest at the armpits, the front of the neck). -->
  "pectorals": "M53 94 60 92 60 120 55 110Z M147 94 140 92 140 120 145 110Z",
  "deep-neck-flexors": "M92 40 108 40 110 47 90 47Z"
}>
<#local ui = lib.ui>
<#local names = []>
<#local what = label?has_content?then(label, ui.map.title)>
<#list highlighted as id><#local names = names + [lib.termName("muscles", id)]></#list>
<#local uid = linked?then("map-nav", "map")>
<#local lit = {}>
<#list highlighted as id><#local lit = lit + {id: true}></#list>
<figure class="ub-map<#if linked> ub-map--linked</#if>">
  <svg class="ub-map__svg" viewBox="0 0 200 220" width="200" height="220" xmlns="http://www.w3.org/2000/svg" focusable="false"<#if linked> aria-labelledby="${uid}-caption"<#else> role="img" aria-labelledby="${uid}-title"</#if>>
    <#if !linked><title id="${uid}-title">${what}: ${names?join(", ")}</title></#if>
    <circle class="ub-map__body" cx="100" cy="24" r="17"/>
    <path class="ub-map__body" d="M92 40 108 40 112 52 150 60 162 72 170 140 172 190 160 192 154 142 146 100 140 130 138 212 62 212 60 130 54 100 46 142 40 192 28 190 30 140 38 72 50 60 88 52Z"/>
    <#list lib.vocab("muscles") as m>
      <#local on = lit[m.id]??>
      <#local cls = "ub-map__muscle" + on?then(" ub-map__muscle--active", "")>
      <#if linked>
      <a class="ub-map__link" href="${lib.link(lib.termPath("muscles", m.id))}" aria-label="${m.name}"><path class="${cls}" d="${shapes[m.id]!""}"/></a>
      <#else>
      <path class="${cls}" d="${shapes[m.id]!""}"/>
      </#if>
    </#list>
  </svg>
  <figcaption class="ub-map__caption" id="${uid}-caption"><#if linked>${ui.map.linked_caption}<#else>${what}: ${names?join(", ")}</#if></figcaption>
</figure>
</#macro>
