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

${intro}

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

[${glance.optOut.text}](${glance.optOut.href})
</#if>

## ${section("who")}

${who.sentence}

<#list who.actsFor as sentence>
${sentence}

</#list>
<@lines who.contact/>
<#if who.dpoText??>

### ${t["who.dpo"]}

${who.dpoText}

<@lines who.dpo/>
</#if>
<#if who.representativeText??>

### ${t["who.representative"]}

${who.representativeText}

<@lines who.representative/>
</#if>

## ${section("collect")}

${t["collect.intro"]}
<#list data as d>

### ${d.label}

<#if d.example??>
${d.example}

</#if>
${d.source} ${d.required}

<#if d.sensitive??>
**${d.sensitive}**

</#if>
<#if d.where??>

${d.where}
</#if>
</#list>
<#list purposes as p>
<#if p.automated?has_content>

### ${t["automated.title"]}: ${p.label}
<#list p.automated as a>

${a}
</#list>
</#if>
</#list>

### <#if legalBases>${t["basis.label"]}<#else>${t["purposes.title"]}</#if>
<#list purposes as p>

**${p.label}.**<#if p.data??> ${p.data}.</#if><#if p.basisName??> ${p.basisName}. ${p.basis}</#if><#if p.specialBasis??> ${p.specialBasis}</#if><#if p.description??> ${p.description}</#if>
</#list>
<#include "cookies.md.ftl">

## ${section("keep")}
<#if stores?has_content>

${t["keep.stores.intro"]}
<#list stores as s>

### ${s.provider}

${s.sentence}<#if s.transfer??> ${s.transfer}</#if>
<#if s.data??>

${s.data}
</#if>
<#if s.protections?has_content>

${t["keep.protections"]}

<#list s.protections as x>
- ${x}
</#list>
</#if>
</#list>
</#if>

### ${t["keep.retention.intro"]}

<#list retention as r>
- **${r.data?cap_first}:** ${r.sentence}
</#list>

## ${section("share")}
<#list selling.optOut as x>

${x}
</#list>
<#if recipients?has_content>

${t["share.intro"]}
<#list recipients as r>

### ${r.name}

${r.does} ${r.role}
<#if r.data??>

${r.data}
</#if>

${r.country}<#if r.transfer??> ${r.transfer}</#if>
<#if r.privacyUrl??>

[${t["share.privacy"]}: ${r.name}](<${dest(r.privacyUrl)?no_esc}>)
</#if>
</#list>
<#else>

${t["share.none"]}
</#if>

## ${section("inside")}

<#if access?has_content>
${t["inside.intro"]}

| ${t["inside.team"]} | ${t["inside.data"]} | ${t["inside.why"]} |
| --- | --- | --- |
<#list access as a>
| ${a.team} | ${a.data} | ${a.why} |
</#list>
<#else>
${t["inside.none"]}
</#if>

## ${section("rights")}
<#if rights.choices?has_content>

${t["choices.intro"]}

<#list rights.choices as c>
- **${c.purpose}:** ${c.how}<#if c.href??> [${t["choices.more"]}: ${c.purpose}](<${dest(c.href)?no_esc}>)</#if>
</#list>
</#if>

${t["rights.intro"]}

<#list rights.rights as r>
- **${r.name}.** ${r.text}<#if r.self??> ${r.self}</#if>
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

${t["changes.intro"]}

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
