<#-- The notice as CommonMark with GFM tables. Output format: Markdown (every value is escaped). -->
<#-- A link destination inside <...>: backslash-escaped so that '&amp;' stays five characters and a
     '\' or '>' cannot end the destination early. -->
<#function dest url><#return url?replace("\\", "\\\\")?replace("&", "\\&")?replace("<", "\\<")?replace(">", "\\>")></#function>
<#macro lines items>
<#list items as l>
- <#if l.label??>${l.label}: </#if><#if l.href??>[${l.text}](<${dest(l.href)?no_esc}>)<#else>${l.text}</#if>
</#list>
</#macro>
<#function section id><#list sections as s><#if s.id == id><#return s.title></#if></#list><#return id></#function>
# ${title}

${controller} · ${versionLine} · ${effectiveLine}

## ${section("glance")}

<#list glance.lines as l>
- **${l.label}:** ${l.text}
</#list>

**${selling.statement}**
<#if glance.sold?has_content>

<#list glance.sold as x>
- ${x}
</#list>
</#if>
<#if glance.optOut??>

[${glance.optOut.text}](<${dest(glance.optOut.href)?no_esc}>)
</#if>
<#if glance.limit??>

[${glance.limit.text}](<${dest(glance.limit.href)?no_esc}>)
</#if>

## ${section("who")}

${who.sentence}

<#list who.actsFor as sentence>
${sentence}

</#list>
<@lines who.contact/>
<#if who.dpo?has_content>

### ${t["who.dpo"]}

<@lines who.dpo/>
</#if>
<#if who.representativeText??>

### ${t["who.representative"]}

${who.representativeText}

<@lines who.representative/>
</#if>

## ${section("collect")}
<#list data as g>

### ${g.title}

<#list g.items as d>
- **${d.label}.** <#if d.example??>${d.example} </#if>${d.details?join(" ")}<#if d.where??> ${d.where}</#if>
</#list>
</#list>
<#list sensitive as x>

**${x}**
</#list>
<#if usCategories?has_content>

### ${t["us.title"]}

${t["us.intro"]}

<#list usCategories as l>
- **${l.label}:** ${l.text}
</#list>
</#if>
<#list automated as a>

### ${t["automated.title"]}: ${a.purpose}
<#list a.sentences as x>

${x}
</#list>
</#list>

### <#if legalBases>${t["basis.label"]}<#else>${t["purposes.title"]}</#if>
<#list purposes as g>
<#if g.name??>

#### ${g.name}
<#if g.explanation??>

${g.explanation}
</#if>
</#if>

<#list g.purposes as p>
- **${p.label}**<#if p.data??>: ${p.data}.</#if><#if p.notes?has_content> ${p.notes?join(" ")}</#if><#if p.choice??> ${p.choice}<#if p.choiceHref??> [${t["choices.more"]}](<${dest(p.choiceHref)?no_esc}>)</#if></#if>
</#list>
</#list>
<#include "cookies.md.ftl">

## ${section("keep")}
<#if protectedEverywhere?has_content>

${t["keep.everywhere"]}

<#list protectedEverywhere as x>
- ${x}
</#list>
</#if>
<#list stores as s>

### ${s.provider}
<#if s.does??>

${s.does}<#if s.role??> ${s.role}</#if>
</#if>

${s.place}
<#if s.data??>

${s.data}
</#if>
<#if s.protections?has_content>

${t["keep.protections"]}

<#list s.protections as x>
- ${x}
</#list>
</#if>
<#if s.privacyUrl??>

[${t["share.privacy"]}](<${dest(s.privacyUrl)?no_esc}>)
</#if>
</#list>
<#if storesRole??>

${storesRole}
</#if>

### ${t["keep.retention.intro"]}

<#list retention as r>
- **${r.data}:** ${r.sentence}
</#list>

## ${section("share")}
<#list selling.optOut as x>

${x}
</#list>
<#if selling.optOut?has_content && glance.optOut??>

[${glance.optOut.text}](<${dest(glance.optOut.href)?no_esc}>)
</#if>
<#if shareNote??>

${shareNote}
</#if>
<#if recipients?has_content>
<#list recipients as g>
<#if g.role??>

${g.role}
</#if>
<#list g.recipients as r>

### ${r.name}

${r.does}<#if r.role??> ${r.role}</#if>
<#if r.data??>

${r.data}
</#if>

${r.where}
<#if r.privacyUrl??>

[${t["share.privacy"]}](<${dest(r.privacyUrl)?no_esc}>)
</#if>
</#list>
</#list>
<#elseif !shareNote??>

${t["share.none"]}
</#if>
<#if transfers?has_content>

### ${t["transfer.title"]}

<#list transfers as l>
- **${l.label}:** ${l.text}
</#list>
</#if>

## ${section("inside")}

<#if access?has_content>
| ${t["inside.team"]} | ${t["inside.data"]} | ${t["inside.why"]} |
| --- | --- | --- |
<#list access as a>
| ${a.team} | ${a.data} | ${a.why} |
</#list>
<#else>
${t["inside.none"]}
</#if>

## ${section("rights")}

<#if rights.choices??>
${rights.choices}

</#if>
${t["rights.intro"]}

<#list rights.rights as r>
- **${r.name}.** ${r.text}<#if r.self??> ${r.self}</#if><#if r.href??> [${r.link}](<${dest(r.href)?no_esc}>)</#if>
</#list>

${t["rights.how"]}

<@lines rights.contact/>

<#if rights.respond??>${rights.respond} </#if>${rights.free}
<#if rights.verify??>

${rights.verify}
</#if>
<#if rights.safeguards??>

${rights.safeguards}
</#if>

## ${section("emails")}

<#if emails??>
<#if emails.domains?has_content>
${t["emails.domains"]}

<#list emails.domains as x>
- `@${x?no_esc}`
</#list>

</#if>
<#if emails.neverAsk?has_content>
${t["emails.never"]}

<#list emails.neverAsk as x>
- ${x}
</#list>

</#if>
<#if emails.report??>
${t["emails.report"]} [${emails.report}](<mailto:${dest(emails.report)?no_esc}>)

</#if>
<#else>
${t["emails.none"]}

</#if>
## ${section("changes")}

<#if recent??>
${recent.title}

<#list recent.items as x>
- ${x}
</#list>

</#if>
<#if changes?has_content>
| ${t["changes.version"]} | ${t["changes.date"]} | ${t["changes.what"]} |
| --- | --- | --- |
<#list changes as c>
| ${c.version} | ${c.date} | ${c.summary} |
</#list>
<#else>
${t["changes.none"]}
</#if>

## ${section("complain")}

${complain.sentences[0]}
<#if complain.authorityText??>

${complain.authorityText}

<@lines complain.authority/>
</#if>
<#list complain.sentences[1..] as x>

${x}
</#list>

---

${footer}
