<#-- A diff report as CommonMark with a GFM table. Output format: Markdown (every value is escaped). -->
# ${title}

${compared}

**${summary}**

## ${t.changes}

<#if rows?has_content>
| ${t.materiality} | ${t.subject} | ${t.change} |
| --- | --- | --- |
<#list rows as r>
| **${r.word}** | ${r.subject} | ${r.sentence} |
</#list>

- ${t["material.help"]}
- ${t["minor.help"]}
- ${t["none.help"]}
<#else>
${t.none}
</#if>

## ${t.redline}

<#if redlineChanged>
${t["redline.help"]}

~~~~ text
${markdownRedline?no_esc}
~~~~
<#else>
${t["redline.same"]}
</#if>
