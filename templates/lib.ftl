<#-- Small macros shared by the HTML templates. Output format: HTML (auto-escaped). -->
<#ftl output_format="HTML">
<#function section id>
  <#list sections as s><#if s.id == id><#return s.title></#if></#list>
  <#return id>
</#function>
<#macro lines items>
<#if items?has_content>
<ul class="lines">
<#list items as l><li><#if l.label??>${l.label}: </#if><#if l.href??><a href="${l.href}">${l.text}</a><#else>${l.text}</#if></li>
</#list>
</ul>
</#if>
</#macro>
