// Serves server-rendered pages for the hydration tests (test/ssr-hydration.test.ts):
// /ssr-fixture/<name>.html?lang=es&scheme=dark renders test/ssr-fixtures/<name>.html with
// dist/ssr.js (npm run build first) into a whole page that runs no script of ours until the
// test adds one. The unrendered markup rides along in an inert <template id="raw">.
import { readFile } from 'node:fs/promises';

const PREFIX = '/ssr-fixture/';

async function page(name, params) {
  const { renderElements } = await import('../../dist/ssr.js');
  const lang = params.get('lang') || 'en';
  const scheme = params.get('scheme') === 'dark' ? 'dark' : 'light';
  const markup = await readFile(new URL(`./${name}.html`, import.meta.url), 'utf8');
  return `<!doctype html>
<html lang="${lang}" style="color-scheme: ${scheme}">
<head>
<meta charset="utf-8">
<title>Server-rendered fixture</title>
<link rel="stylesheet" href="/dist/reading-elements.css">
<style>
  html { background: Canvas; color: CanvasText; }
  body { margin: 0; font: 16px/1.5 sans-serif; }
  article { max-inline-size: 40rem; margin: 0 auto; padding: 1rem; }
  a { color: LinkText; }
</style>
<script>
  // Every error of the page, for the test to read: lit reports a failed hydration this way.
  window.pageErrors = [];
  addEventListener('error', (event) => pageErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason?.stack ?? event.reason)));
  const consoleError = console.error;
  console.error = (...args) => { pageErrors.push(args.map(String).join(' ')); consoleError(...args); };
</script>
</head>
<body>
<main>${renderElements(markup, { lang })}</main>
<template id="raw">${markup}</template>
<script src="/node_modules/axe-core/axe.min.js"></script>
</body>
</html>`;
}

/** A base64 PNG of the browser's viewport (Chromium and Firefox through puppeteer, WebKit through WebDriver). */
async function screenshot(session) {
  if (session.browser.type === 'puppeteer') {
    return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
  }
  if (session.browser.type === 'webdriver' && session.browser.driver) {
    return session.browser.driver.takeScreenshot();
  }
  return null;
}

export function ssrFixturePlugin() {
  return {
    name: 'ssr-fixtures',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length).replace(/\.html$/, '');
      if (!/^[a-z-]+$/.test(name)) return undefined;
      return { body: await page(name, new URLSearchParams(context.querystring)), type: 'html' };
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'ssr-screenshot') return screenshot(session);
      // The measured figures, in the run's output.
      if (command === 'ssr-report') {
        console.log(`${session.browser.name}: ${payload}`);
        return true;
      }
      return undefined;
    },
  };
}
