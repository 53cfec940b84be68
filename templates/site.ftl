<#ftl output_format="HTML">
<#-- The site's page layout: a header with the site's name and logo (and, for a page in several
     languages, a switcher to the others), the page, and a footer.
     Every page is self-contained: CSS inline, the logo as a data: URI, no scripts. -->
<#macro page title>
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Candor">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="alternate" type="application/atom+xml" href="${root}feed.xml" title="${site.feedTitle}">
<#if alternates?? && alternates?has_content>
<#list alternates as a><link rel="alternate" hreflang="${a.language}" href="${a.url}">
</#list>
</#if>
<style>
<#include "notice.css" parse=false>
<#include "diff.css" parse=false>
<#include "site.css" parse=false>
:root { --accent: ${site.accent}; }
@media (prefers-color-scheme: dark) { :root { --accent: ${site.accentDark}; } }
</style>
</head>
<body>
<a class="skip" href="#main">${site.skip}</a>
<header class="site-header">
<a class="brand" href="${root}index.html"><#if site.logo??><img src="${site.logo}" alt="${site.logoAlt}" width="150" height="36"></#if><span class="site-name">${site.name}</span></a>
<#if alternates?? && alternates?has_content>
<nav class="languages" aria-label="${site.languagesLabel}">
<ul>
<#list alternates as a><li><#if a.current><span aria-current="page" lang="${a.language}">${a.name}</span><#else><a href="${a.href}" hreflang="${a.language}" lang="${a.language}">${a.name}</a></#if></li>
</#list>
</ul>
</nav>
</#if>
</header>
<#nested>
<footer class="site-footer">
<ul>
<#list site.footer as l><li><a href="${l.url}">${l.label}</a></li>
</#list>
<li><a href="${root}feed.xml">${site.feedLink}</a></li>
</ul>
<p>${site.madeWith}</p>
</footer>
</body>
</html>
</#macro>
