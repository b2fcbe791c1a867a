<#ftl output_format="HTML" strip_whitespace=true>
<#import "../lib.ftl" as lib>
<#-- Pictures of a move: an exercise's frames from data/figures.yaml, each drawn as an inline SVG
     figure (a person with a face, hands and feet; props; arrows for the moving parts), played as a
     loop by move.css or shown side by side.
     id (text): the exercise's file name without .md (content/exercises/row.md -> row).
     muscles: the exercise's muscle ids; body parts (figures.yaml, worked:) that work them are tinted
     as on the muscle map.
     Renders nothing for an exercise without frames (the content check fails a published one). -->
<#macro move id muscles=[]>
<#local fig = data.get("figures.yaml")>
<#local ex = (fig.exercises[id])!{}>
<#local frames = ex.frames![]>
<#if (frames?size > 1)>
<#local ui = lib.ui.move>
<#-- crop: [top, bottom], the band of the box the pictures show (moves done lying down). -->
<#local crop = ex.crop![0, fig.box]>
<#local height = crop[1] - crop[0]>
<#local viewBox = "0 " + crop[0]?c + " " + fig.box?c + " " + height?c>
<#local worked = {}>
<#list fig.parts as part>
  <#list (fig.worked[part])![] as m><#if muscles?seq_contains(m)><#local worked = worked + {part: true}></#if></#list>
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
    <#-- The side nearer the camera is drawn last and strong; the other behind, muted. Front and
         back views (and top views without near:) have no far side. -->
    <#local near = f.near!((sides[0] == "far")?then(sides[1], ""))>
    <#local far = near?has_content?then((near == sides[0])?then(sides[1], sides[0]), "")>
    <#local nextIndex = (n < frames?size)?then(n, frames?size - 2)>
    <li class="ub-move__frame">
      <svg class="ub-move__svg" viewBox="${viewBox}" width="160" height="${(160 * height / fig.box)?round?c}" role="img" aria-labelledby="move-${n}">
        <title id="move-${n}">${ui.picture} ${n}, ${f.label}: ${f.alt}</title>
<g class="ub-move__props"><#if f.floor??><path class="ub-move__floor" d="M1 ${f.floor?c}H${(fig.box - 1)?c}"/></#if><#list f.props![] as p><#if !front[p.prop]??><@prop p=p floor=f.floor!crop[1] top=crop[0]/></#if></#list></g>
<#if far?has_content><@limbs j=j side=far cls="far" worked=worked hiddenBy=near face=f.face!"" lifted=f.lifted![]/></#if>
<@trunk j=j sides=sides worked=worked bend=f.bend![0, 0]/>
<#if !far?has_content && !near?has_content><@limbs j=j side=sides[0] cls="near" worked=worked face=f.face!"" lifted=f.lifted![]/><@limbs j=j side=sides[1] cls="near" worked=worked face=f.face!"" lifted=f.lifted![]/><#else><@limbs j=j side=near cls="near" worked=worked face=f.face!"" lifted=f.lifted![]/></#if>
<@head j=j view=f.view face=f.face!"" side=near?has_content?then(near, sides[1])/>
<g class="ub-move__kit"><#list f.props![] as p><#if front[p.prop]??><@prop p=p floor=f.floor!crop[1] top=crop[0]/></#if></#list></g>
<#list ex.arrows![] as a><#if a == "back"><@backArrow j=j next=frames[nextIndex].joints sides=sides bend=f.bend![0, 0] nextBend=frames[nextIndex].bend![0, 0] box=fig.box top=crop[0] bottom=crop[1]/><#else><@arrow a=a j=j next=frames[nextIndex].joints sides=sides far=far box=fig.box top=crop[0] bottom=crop[1]/></#if></#list>
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

<#function r1 x>
  <#return (x * 10)?round / 10>
</#function>

<#function xy p>
  <#return r1(p[0])?c + " " + r1(p[1])?c>
</#function>

<#function mid a b>
  <#return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]>
</#function>

<#function sqrt x>
  <#if (x <= 0)><#return 0></#if>
  <#local g = (x > 1)?then(x / 2, 1)>
  <#list 1..12 as i><#local g = (g + x / g) / 2></#list>
  <#return g>
</#function>

<#-- The vector b - a scaled to length len (0 for a zero vector). -->
<#function unit a b len=1>
  <#local dx = b[0] - a[0]><#local dy = b[1] - a[1]><#local l = sqrt(dx * dx + dy * dy)>
  <#return (l == 0)?then([0, 0], [dx * len / l, dy * len / l])>
</#function>

<#-- A point kept 4 inside the picture (an arrow's head is 3 long). -->
<#function inside p box top bottom>
  <#return [[[p[0], 4]?max, box - 4]?min, [[p[1], top + 4]?max, bottom - 4]?min]>
</#function>

<#function plus p v k=1>
  <#return [p[0] + v[0] * k, p[1] + v[1] * k]>
</#function>

<#-- Of the two perpendiculars to v, the one that points most along hint. -->
<#function perp v hint>
  <#local a = [0 - v[1], v[0]]>
  <#return (a[0] * hint[0] + a[1] * hint[1] >= 0)?then(a, [v[1], 0 - v[0]])>
</#function>

<#-- Where the person looks, as a screen direction: face: left, right, up or down; otherwise where
     the hands and knees point from the shoulders and hips (people face their work). -->
<#function facing j face side>
  <#switch face>
    <#case "left"><#return [-1, 0]>
    <#case "right"><#return [1, 0]>
    <#case "up"><#return [0, -1]>
    <#case "down"><#return [0, 1]>
  </#switch>
  <#local s = pt(j, "shoulder", side)><#local h = pt(j, "hand", side)><#local hi = pt(j, "hip", side)><#local k = pt(j, "knee", side)>
  <#return [h[0] - s[0] + k[0] - hi[0], h[1] - s[1] + k[1] - hi[1]]>
</#function>

<#function chain j names side>
  <#return names?map(n -> xy(pt(j, n, side)))?join(" ")>
</#function>

<#-- One side's leg and arm (with a hand and a foot), each with a halo in the page colour that keeps
     crossing limbs apart. hiddenBy: the side in front; a limb at the same points as that side's is
     left out (unseen). lifted: [arms] and/or [legs], limbs off the floor, drawn over their shadow. -->
<#macro limbs j side cls worked face hiddenBy="" lifted=[]>
<#local sh = pt(j, "shoulder", side)><#local el = pt(j, "elbow", side)><#local ha = pt(j, "hand", side)>
<#local hi = pt(j, "hip", side)><#local kn = pt(j, "knee", side)><#local fo = pt(j, "foot", side)>
<#-- Toes point the way the person faces, square to the shin. -->
<#local shin = unit(kn, fo)>
<#local toe = plus(fo, perp(shin, facing(j, face, side)), 5)>
<g class="ub-move__side ub-move__side--${cls}">
<#if !hiddenBy?has_content || chain(j, ["hip", "knee", "foot"], side) != chain(j, ["hip", "knee", "foot"], hiddenBy)>
<#if lifted?seq_contains("legs")><path class="ub-move__shadow" d="M${xy(plus(hi, [2.5, 3.5]))} ${xy(plus(kn, [2.5, 3.5]))} ${xy(plus(fo, [2.5, 3.5]))}"/></#if>
<path class="ub-move__halo" d="M${xy(hi)} ${xy(kn)} ${xy(fo)} ${xy(toe)}"/>
<path class="ub-move__thigh<#if worked.thigh??> ub-move__worked</#if>" d="M${xy(hi)} ${xy(kn)}"/>
<path class="ub-move__shin" d="M${xy(kn)} ${xy(fo)}"/>
<path class="ub-move__foot" d="M${xy(fo)} ${xy(toe)}"/>
</#if>
<#if !hiddenBy?has_content || chain(j, ["shoulder", "elbow", "hand"], side) != chain(j, ["shoulder", "elbow", "hand"], hiddenBy)>
<#if lifted?seq_contains("arms")><path class="ub-move__shadow" d="M${xy(plus(el, [2.5, 3.5]))} ${xy(plus(ha, [2.5, 3.5]))}"/></#if>
<path class="ub-move__halo" d="M${xy(sh)} ${xy(el)} ${xy(ha)}"/>
<path class="ub-move__upper-arm<#if worked["upper-arm"]??> ub-move__worked</#if>" d="M${xy(sh)} ${xy(el)}"/>
<path class="ub-move__forearm<#if worked.forearm??> ub-move__worked</#if>" d="M${xy(el)} ${xy(ha)}"/>
<circle class="ub-move__hand" cx="${r1(ha[0])?c}" cy="${r1(ha[1])?c}" r="3.6"/>
</#if>
</g>
</#macro>

<#-- Torso (lower and upper back, between the two sides' shoulders and hips, bent at the middle by bend) and neck. -->
<#macro trunk j sides worked bend>
<#local s1 = pt(j, "shoulder", sides[0])><#local s2 = pt(j, "shoulder", sides[1])>
<#local h1 = pt(j, "hip", sides[0])><#local h2 = pt(j, "hip", sides[1])>
<#-- bend: the middle of the back moved off the straight line, so a back can round or dip. -->
<#local m1 = plus(mid(s1, h1), bend)><#local m2 = plus(mid(s2, h2), bend)>
<g class="ub-move__trunk">
<path class="ub-move__lower-back<#if worked["lower-back"]??> ub-move__worked</#if>" d="M${xy(m1)} ${xy(m2)} ${xy(h2)} ${xy(h1)}Z"/>
<path class="ub-move__upper-back<#if worked["upper-back"]??> ub-move__worked</#if>" d="M${xy(s1)} ${xy(s2)} ${xy(m2)} ${xy(m1)}Z"/>
<path class="ub-move__neck" d="M${xy(j.head)} ${xy(j.neck)} ${xy(mid(s1, s2))}"/>
</g>
</#macro>

<#-- The head, drawn over the limbs so an arm never hides it, with the face cue: in profile a nose
     and an eye on the side the person faces; a face (two eyes) towards the viewer; hair away. -->
<#macro head j view face side>
<#local c = j.head><#local up = unit(j.neck, c)>
<#local mode = (face == "viewer" || face == "away")?then(face, (view == "front")?then("viewer", (view == "side" || face?has_content)?then("profile", "away")))>
<g class="ub-move__face">
<circle class="ub-move__head" cx="${r1(c[0])?c}" cy="${r1(c[1])?c}" r="6"/>
<#if mode == "profile">
<#local d = perp(up, facing(j, face, side))>
<circle class="ub-move__nose" cx="${r1(c[0] + d[0] * 5.6)?c}" cy="${r1(c[1] + d[1] * 5.6)?c}" r="2.3"/>
<circle class="ub-move__eye" cx="${r1(c[0] + d[0] * 2.8 + up[0] * 1.6)?c}" cy="${r1(c[1] + d[1] * 2.8 + up[1] * 1.6)?c}" r="1.1"/>
<#elseif mode == "viewer">
<#local s = [0 - up[1], up[0]]>
<circle class="ub-move__eye" cx="${r1(c[0] + s[0] * 2.3 + up[0] * 0.8)?c}" cy="${r1(c[1] + s[1] * 2.3 + up[1] * 0.8)?c}" r="1.1"/>
<circle class="ub-move__eye" cx="${r1(c[0] - s[0] * 2.3 + up[0] * 0.8)?c}" cy="${r1(c[1] - s[1] * 2.3 + up[1] * 0.8)?c}" r="1.1"/>
<#else>
<circle class="ub-move__hair" cx="${r1(c[0] + up[0] * 1.2)?c}" cy="${r1(c[1] + up[1] * 1.2)?c}" r="4.4"/>
</#if>
</g>
</#macro>

<#-- An arrow from a joint's point in this frame towards its point in the next frame, bowed away
     from the neck. a: "joint" (every side but the far one) or "joint.side". -->
<#macro arrow a j next sides far box top bottom>
<#local name = a?keep_before(".")><#local only = a?keep_after(".")>
<#list sides as side>
<#if (only?has_content && side == only) || (!only?has_content && side != far && (side == sides[1] || !j[name]?is_sequence))>
<#local p = pt(j, name, side)><#local q = pt(next, name, side)>
<#local d = [q[0] - p[0], q[1] - p[1]]>
<#if (d[0]?abs + d[1]?abs > 3)>
<#-- Set beside the path (8 away from it, on the side away from the neck), so it never covers the limb or the face. -->
<#local m0 = mid(p, q)><#local bow = perp(d, [m0[0] - j.neck[0], m0[1] - j.neck[1]])><#local o = unit([0, 0], bow, 8)>
<#local s = inside(plus(plus(p, d, 0.12), o), box, top, bottom)><#local e = inside(plus(plus(p, d, 0.88), o), box, top, bottom)>
<#local c = inside(plus(mid(s, e), bow, 0.25), box, top, bottom)><path class="ub-move__arrow" d="M${xy(s)}Q${xy(c)} ${xy(e)}"/>
<@arrowhead e=e t=unit(c, e, 3)/>
</#if>
</#if>
</#list>
</#macro>

<#-- An arrow's head at e, pointing along t (3 long). -->
<#macro arrowhead e t>
<#local w = [0 - t[1] * 0.7, t[0] * 0.7]>
<path class="ub-move__arrowhead" d="M${xy(plus(e, t))}L${xy(plus(plus(e, t, -1), w))} ${xy(plus(plus(e, t, -1), w, -1))}Z"/>
</#macro>

<#-- The middle of the back: halfway from the shoulders to the hips (both sides' mid-points), moved by bend. -->
<#function backPoint j sides bend>
  <#local s = mid(pt(j, "shoulder", sides[0]), pt(j, "shoulder", sides[1]))><#local h = mid(pt(j, "hip", sides[0]), pt(j, "hip", sides[1]))>
  <#return plus(mid(s, h), bend)>
</#function>

<#-- arrows: [back]: where the middle of the back goes in the next frame (cat-cow's round and dip),
     drawn just off the back on the side it moves to, so it never lies on the body; at least 6 long. -->
<#macro backArrow j next sides bend nextBend box top bottom>
<#local p = backPoint(j, sides, bend)><#local q = backPoint(next, sides, nextBend)>
<#local d = [q[0] - p[0], q[1] - p[1]]>
<#if (d[0]?abs + d[1]?abs > 3)>
<#local len = [sqrt(d[0] * d[0] + d[1] * d[1]) * 0.9, 6]?max>
<#local s = inside(plus(p, unit([0, 0], d, 8)), box, top, bottom)><#local e = inside(plus(s, unit([0, 0], d, len)), box, top, bottom)>
<path class="ub-move__arrow" d="M${xy(s)}L${xy(e)}"/>
<@arrowhead e=e t=unit(s, e, 3)/>
</#if>
</#macro>

<#-- One prop: at (and to, for props with a length); legs of furniture reach the floor, the
     cable of a pulldown bar the top of the picture. -->
<#macro prop p floor top>
<#local a = p.at><#local b = p.to!p.at>
<#local x1 = [a[0], b[0]]?min><#local x2 = [a[0], b[0]]?max><#local y1 = [a[1], b[1]]?min><#local y2 = [a[1], b[1]]?max>
<#switch p.prop>
  <#case "bench"><#case "table"><#case "chair">
<#-- Legs just inside the two ends, whichever end is given first; a chair's back rises at to. -->
<path class="ub-move__leg" d="M${(x1 + 3)?c} ${a[1]?c}V${floor?c}M${(x2 - 3)?c} ${b[1]?c}V${floor?c}<#if p.prop == "chair">M${b[0]?c} ${b[1]?c}V${(b[1] - 24)?c}</#if>"/>
<path class="ub-move__pad" d="M${xy(a)} ${xy(b)}"/>
    <#break>
  <#case "mat">
<rect class="ub-move__mat" x="${x1?c}" y="${y1?c}" width="${(x2 - x1)?c}" height="${(y2 - y1)?c}" rx="1.5"/>
    <#break>
  <#case "wall">
    <#-- A wall as a panel (two corners) or a thick line, with a few rows of bricks. -->
    <#local w = [x2 - x1, 4]?max><#local h = [y2 - y1, 4]?max>
<rect class="ub-move__wall" x="${r1(x1)?c}" y="${r1(y1)?c}" width="${r1(w)?c}" height="${r1(h)?c}"/>
<path class="ub-move__brick" d="<#list 1..5 as i>M${r1(x1)?c} ${r1(y1 + h * i / 6)?c}h${r1(w)?c}</#list>"/>
    <#break>
  <#case "machine">
    <#-- A cable machine: a column from the floor (to) up to an arm that ends in the pulley (at). -->
<path class="ub-move__frame-bar" d="M${b[0]?c} ${floor?c}V${a[1]?c}H${a[0]?c}"/>
<circle class="ub-move__pulley" cx="${a[0]?c}" cy="${a[1]?c}" r="2.4"/>
    <#break>
  <#case "roller">
    <#-- A rolled towel or foam roller: seen end-on (at only) a roll with its rolled-up edge; with to, seen along its length. -->
    <#if p.to??>
<path class="ub-move__roller" d="M${xy(a)} ${xy(b)}"/>
    <#else>
<circle class="ub-move__roll" cx="${r1(a[0])?c}" cy="${r1(a[1])?c}" r="5"/>
<path class="ub-move__roll-edge" d="M${r1(a[0])?c} ${r1(a[1])?c}m-2.2 0a2.2 2.2 0 1 1 2.2 2.2"/>
    </#if>
    <#break>
  <#case "low-bar">
    <#-- A bar at hip height on posts that stand on the floor: seen end-on (at only) one post and the bar's end. -->
<path class="ub-move__post" d="M${xy(a)}V${floor?c}<#if p.to??>M${xy(b)}V${floor?c}</#if>"/>
    <#if p.to??>
<path class="ub-move__bar" d="M${xy(a)} ${xy(b)}"/>
    <#else>
<circle class="ub-move__bar-end" cx="${r1(a[0])?c}" cy="${r1(a[1])?c}" r="4.4"/>
    </#if>
    <#break>
  <#case "pad">
<rect class="ub-move__thigh-pad" x="${r1(a[0] - 4)?c}" y="${r1(a[1] - 2.5)?c}" width="8" height="5" rx="2.5"/>
    <#break>
  <#case "dumbbell">
    <#if p.to??>
<path class="ub-move__handle" d="M${xy(a)} ${xy(b)}"/>
<circle class="ub-move__plate" cx="${a[0]?c}" cy="${a[1]?c}" r="3.2"/>
    </#if>
<circle class="ub-move__plate" cx="${b[0]?c}" cy="${b[1]?c}" r="3.2"/>
    <#break>
  <#case "pulldown-bar">
    <#local c = mid(a, b)>
<path class="ub-move__cable" d="M${r1(c[0])?c} ${(top + 2)?c}V${r1(c[1])?c}"/>
<path class="ub-move__bar" d="M${xy(a)} ${xy(b)}"/>
    <#break>
  <#case "cable-handle">
<path class="ub-move__cable" d="M${xy(b)} ${xy(a)}"/>
<circle class="ub-move__pulley" cx="${b[0]?c}" cy="${b[1]?c}" r="2.4"/>
<path class="ub-move__bar" d="M${xy(a)} ${xy(a)}"/>
    <#break>
  <#case "resistance-band">
    <#-- The band from the hands (at) to its anchor (to), a post fixed at that point. -->
<path class="ub-move__band" d="M${xy(a)} ${xy(b)}"/>
<rect class="ub-move__anchor" x="${r1(b[0] - 2)?c}" y="${r1(b[1] - 3)?c}" width="4" height="6" rx="1"/>
    <#break>
  <#case "bar">
    <#-- A fixed bar with the brackets that hold it up. -->
<path class="ub-move__bracket" d="M${(x1 + 2)?c} ${(top + 1)?c}V${a[1]?c}M${(x2 - 2)?c} ${(top + 1)?c}V${b[1]?c}"/>
<path class="ub-move__bar" d="M${xy(a)} ${xy(b)}"/>
    <#break>
  <#default>
<path class="ub-move__bar" d="M${xy(a)} ${xy(b)}"/>
</#switch>
</#macro>
