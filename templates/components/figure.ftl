<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Pictures of a move: an exercise's frames from data/figures.yaml, each drawn as an inline SVG
     figure (rounded limbs, a head, props), played as a loop by site.css or shown side by side.
     id (text): the exercise's file name without .md (content/exercises/row.md -> row).
     muscles: the exercise's muscle ids; body parts that work them are tinted as on the muscle map.
     Renders nothing for an exercise without frames (the content check fails a published one). -->
<#macro move id muscles=[]>
<#local fig = data.get("figures.yaml")>
<#local frames = (fig.exercises[id].frames)![]>
<#if (frames?size > 1)>
<#local ui = lib.ui.move>
<#-- crop: [top, bottom], the band of the box the pictures show (moves done lying down). -->
<#local crop = (fig.exercises[id].crop)![0, fig.box]>
<#local height = crop[1] - crop[0]>
<#local viewBox = "0 " + crop[0]?c + " " + fig.box?c + " " + height?c>
<#local worked = {}>
<#-- The parts this macro can tint (data/figures.yaml, worked:, gives their muscles). -->
<#list ["upper-back", "lower-back", "upper-arm"] as part>
  <#list fig.worked[part]![] as m><#if muscles?seq_contains(m)><#local worked = worked + {part: true}></#if></#list>
</#list>
<#local front = {}>
<#list fig.props["in-front"] as p><#local front = front + {p: true}></#list>
<figure class="ub-move" aria-labelledby="move-caption">
  <#-- No script: the checkbox stops the loop by showing every frame (WCAG 2.2.2). -->
  <input class="ub-move__toggle" type="checkbox" id="move-still">
  <label class="ub-move__toggle-label" for="move-still">${ui.still}</label>
  <ol class="ub-move__frames ub-move__frames--${frames?size}">
    <#list frames as f>
    <#local n = f?counter>
    <#local sides = fig.views[f.view]>
    <#local j = f.joints>
    <li class="ub-move__frame">
      <svg class="ub-move__svg" viewBox="${viewBox}" width="160" height="${(160 * height / fig.box)?round?c}" role="img" aria-labelledby="move-${n}">
        <title id="move-${n}">${ui.picture} ${n}, ${f.label}: ${f.alt}</title>
<g class="ub-move__props"><#if f.floor??><path d="M1 ${f.floor?c}H${(fig.box - 1)?c}"/></#if><#list f.props![] as p><#if !front[p.prop]??><@prop p=p floor=f.floor!fig.box top=crop[0]/></#if></#list></g>
        <#-- A side view draws its far side behind the body; other views draw both sides over it. -->
        <#if sides[0] == "far"><@limbs j=j side=sides[0] worked=worked hiddenBy=sides[1]/></#if>
        <@trunk j=j sides=sides worked=worked/>
        <#if sides[0] != "far"><@limbs j=j side=sides[0] worked=worked/></#if>
        <@limbs j=j side=sides[1] worked=worked/>
<g class="ub-move__kit"><#list f.props![] as p><#if front[p.prop]??><@prop p=p floor=f.floor!fig.box top=crop[0]/></#if></#list></g>
      </svg>
      <p class="ub-move__label" aria-hidden="true">${ui.picture} ${n}: ${f.label}</p>
    </li>
    </#list>
  </ol>
  <figcaption class="ub-move__caption" id="move-caption">${ui.caption}</figcaption>
</figure>
</#if>
</#macro>

<#-- A joint's point on one side: [x, y] is the same point for both sides. -->
<#function pt j name side>
  <#local v = j[name]>
  <#return v?is_sequence?then(v, v[side])>
</#function>

<#function xy p>
  <#return p[0]?c + " " + p[1]?c>
</#function>

<#function mid a b>
  <#return [((a[0] + b[0]) * 5)?round / 10, ((a[1] + b[1]) * 5)?round / 10]>
</#function>

<#-- A limb's three points as path text: "x y x y x y". -->
<#function chain j names side>
  <#return names?map(n -> xy(pt(j, n, side)))?join(" ")>
</#function>

<#-- One side's leg and arm, each with a halo in the page colour that keeps crossing limbs apart.
     hiddenBy: the side in front; a limb at the same points as that side's is left out (unseen). -->
<#macro limbs j side worked hiddenBy="">
<#local sh = pt(j, "shoulder", side)><#local el = pt(j, "elbow", side)><#local ha = pt(j, "hand", side)>
<#local hi = pt(j, "hip", side)><#local kn = pt(j, "knee", side)><#local fo = pt(j, "foot", side)>
<#local legs = ["hip", "knee", "foot"]><#local arms = ["shoulder", "elbow", "hand"]>
<g class="ub-move__side ub-move__side--${side}">
<#if !hiddenBy?has_content || chain(j, legs, side) != chain(j, legs, hiddenBy)>
<path class="ub-move__halo" d="M${xy(hi)} ${xy(kn)} ${xy(fo)}"/>
<path class="ub-move__thigh" d="M${xy(hi)} ${xy(kn)}"/>
<path class="ub-move__shin" d="M${xy(kn)} ${xy(fo)}"/>
</#if>
<#if !hiddenBy?has_content || chain(j, arms, side) != chain(j, arms, hiddenBy)>
<path class="ub-move__halo" d="M${xy(sh)} ${xy(el)} ${xy(ha)}"/>
<path class="ub-move__upper-arm<#if worked["upper-arm"]??> ub-move__worked</#if>" d="M${xy(sh)} ${xy(el)}"/>
<path class="ub-move__forearm" d="M${xy(el)} ${xy(ha)}"/>
</#if>
</g>
</#macro>

<#-- Torso (lower and upper back, between the two sides' shoulders and hips), neck and head. -->
<#macro trunk j sides worked>
<#local s1 = pt(j, "shoulder", sides[0])><#local s2 = pt(j, "shoulder", sides[1])>
<#local h1 = pt(j, "hip", sides[0])><#local h2 = pt(j, "hip", sides[1])>
<#local m1 = mid(s1, h1)><#local m2 = mid(s2, h2)>
<g class="ub-move__trunk">
<path class="ub-move__torso<#if worked["lower-back"]??> ub-move__worked</#if>" d="M${xy(m1)} ${xy(m2)} ${xy(h2)} ${xy(h1)}Z"/>
<path class="ub-move__torso<#if worked["upper-back"]??> ub-move__worked</#if>" d="M${xy(s1)} ${xy(s2)} ${xy(m2)} ${xy(m1)}Z"/>
<path class="ub-move__neck" d="M${xy(j.head)} ${xy(j.neck)} ${xy(mid(s1, s2))}"/>
<circle class="ub-move__head" cx="${j.head[0]?c}" cy="${j.head[1]?c}" r="6"/>
</g>
</#macro>

<#-- One prop: at (and to, for props with a length); legs of furniture reach the floor, the
     cable of a pulldown bar the top of the picture. -->
<#macro prop p floor top>
<#local a = p.at><#local b = p.to!p.at>
<#switch p.prop>
  <#case "bench"><#case "table"><#case "chair">
<path class="ub-move__leg" d="M${(a[0] + 3)?c} ${a[1]?c}V${floor?c}M${(b[0] - 3)?c} ${b[1]?c}V${floor?c}<#if p.prop == "chair">M${b[0]?c} ${b[1]?c}V${(b[1] - 22)?c}</#if>"/>
<path class="ub-move__${(p.prop == "bench")?then("pad", "bar")}" d="M${xy(a)} ${xy(b)}"/>
    <#break>
  <#case "mat">
<rect class="ub-move__mat" x="${[a[0], b[0]]?min?c}" y="${[a[1], b[1]]?min?c}" width="${(b[0] - a[0])?abs?c}" height="${(b[1] - a[1])?abs?c}" rx="1.5"/>
    <#break>
  <#case "dumbbell">
    <#if p.to??>
<path class="ub-move__handle" d="M${xy(a)} ${xy(b)}"/>
<circle class="ub-move__plate" cx="${a[0]?c}" cy="${a[1]?c}" r="3"/>
    </#if>
<circle class="ub-move__plate" cx="${b[0]?c}" cy="${b[1]?c}" r="3"/>
    <#break>
  <#case "pulldown-bar">
    <#local c = mid(a, b)>
<path class="ub-move__cable" d="M${c[0]?c} ${(top + 1)?c}V${c[1]?c}"/>
<path class="ub-move__bar" d="M${xy(a)} ${xy(b)}"/>
    <#break>
  <#case "cable-handle">
<path class="ub-move__cable" d="M${xy(b)} ${xy(a)}"/>
<path class="ub-move__bar" d="M${xy(a)} ${xy(a)}"/>
    <#break>
  <#case "resistance-band">
<path class="ub-move__cable" d="M${xy(a)} ${xy(b)}"/>
    <#break>
  <#default>
    <#-- bar, wall -->
<path class="ub-move__bar" d="M${xy(a)} ${xy(b)}"/>
</#switch>
</#macro>
