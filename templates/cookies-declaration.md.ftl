<#-- The cookie declaration as CommonMark with GFM tables. -->
# ${cookies.declarationTitle}

${controller} · ${versionLine} · ${effectiveLine}

${cookies.declarationIntro}

${cookies.intro}

| ${cookies.heading.name} | ${cookies.heading.kind} | ${cookies.heading.by} | ${cookies.heading.purpose} | ${cookies.heading.duration} | ${cookies.heading.consent} | ${cookies.heading.what} |
| --- | --- | --- | --- | --- | --- | --- |
<#list cookies.rows as c>
| ${c.name} | ${c.kind} | ${c.by} | ${c.purpose} | ${c.duration} | ${c.consent} | <#if c.description??>${c.description}</#if> |
</#list>

${footer}
