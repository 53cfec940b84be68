<#-- The notice's short cookie table, as GFM, inside the collect section of notice.md.ftl. -->
<#if cookies??>

### ${cookies.title}

${cookies.intro}

<#if cookies.waits>
| ${cookies.heading.name} | ${cookies.heading.by} | ${cookies.heading.purpose} | ${cookies.heading.duration} | ${cookies.heading.consent} |
| --- | --- | --- | --- | --- |
<#list cookies.rows as c>
| ${c.name} | ${c.by} | ${c.purpose} | ${c.duration} | ${c.consent} |
</#list>
<#else>
| ${cookies.heading.name} | ${cookies.heading.by} | ${cookies.heading.purpose} | ${cookies.heading.duration} |
| --- | --- | --- | --- |
<#list cookies.rows as c>
| ${c.name} | ${c.by} | ${c.purpose} | ${c.duration} |
</#list>
</#if>
<#if cookies.href??>

[${cookies.more}](<${cookies.href?replace("\\", "\\\\")?replace("&", "\\&")?replace("<", "\\<")?replace(">", "\\>")?no_esc}>)
</#if>
</#if>
