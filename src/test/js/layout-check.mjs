// Usage: node layout-check.mjs WIDTH FILE.html...   Prints one JSON object:
// {"file": ["light: page is 485 px wide in a 390 px viewport; widest: main > table (485 px)", ...]}.
// Each page is opened from a file: URL at WIDTH CSS pixels, in light and dark colour schemes, with
// every network request refused. A page fails when the document scrolls sideways, or when any
// element inside it does (a table in a scrolling box still makes the reader scroll sideways).
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const width = Number(process.argv[2]);
const files = process.argv.slice(3);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = {};
try {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({
      // Not isMobile: a mobile viewport widens itself to fit wide content, hiding the fault.
      viewport: { width, height: 900 }, colorScheme: scheme,
    });
    for (const file of files) {
      const page = await context.newPage();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
      });
      await page.goto(pathToFileURL(resolve(file)).href);
      const found = await page.evaluate((width) => {
        const selector = (el) => {
          const parts = [];
          for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
            if (e.id) { parts.unshift(`${e.localName}#${e.id}`); break; }
            let part = e.localName;
            if (e.classList.length) part += '.' + [...e.classList].join('.');
            const same = e.parentElement
              ? [...e.parentElement.children].filter((c) => c.localName === e.localName) : [];
            if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
            parts.unshift(part);
          }
          return parts.join(' > ');
        };
        const view = Math.min(window.innerWidth, width);
        const problems = [];
        const doc = document.documentElement.scrollWidth;
        if (doc > view) {
          // The element reaching furthest right; of those that reach as far, the innermost.
          let widest = null;
          let right = view;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect().right + window.scrollX;
            if (r >= right) { widest = el; right = r; }
          }
          problems.push(`page is ${doc} px wide in a ${view} px viewport; widest: `
            + (widest ? `${selector(widest)} (${Math.round(widest.getBoundingClientRect().width)} px`
              + ` wide, right edge at ${Math.round(right)} px)` : 'unknown'));
        }
        for (const el of document.body.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
            problems.push(`${selector(el)} scrolls sideways: ${el.scrollWidth} px of content`
              + ` in ${el.clientWidth} px`);
          }
        }
        return problems;
      }, width);
      results[file] = (results[file] || []).concat(found.map((p) => `${scheme}: ${p}`));
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results) + '\n');
