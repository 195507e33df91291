// Shared helpers for the benchmarks: paths, statistics, the static server and the browser.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const TMP = join(ROOT, 'bench', '.tmp');

/** Every element tag of the library, in README order. */
export const TAGS = [
  'reading-progress',
  'pro-tip',
  'photo-credit',
  'category-chips',
  'reading-time',
  'post-meta',
  'table-of-contents',
  'share-buttons',
];

/** True when an element's public entry exists in src/ and in dist/. */
export const hasElement = (tag) =>
  existsSync(join(ROOT, 'src', `${tag}.ts`)) && existsSync(join(ROOT, 'dist', `${tag}.js`));

// ---------------------------------------------------------------------------------------------
// Statistics

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Median, min, max and quartiles of a list of numbers. */
export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    values,
  };
}

/** A number rounded for a table: integers stay integers, small numbers keep two significant digits. */
export function fmt(value, digits = 1) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const abs = Math.abs(value);
  const d = abs >= 100 ? 0 : abs >= 10 ? Math.min(digits, 1) : abs >= 1 ? digits : Math.max(digits, 2);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

export const fmtRatio = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');

/** "median (min–max)". */
export const fmtStat = (s, digits) =>
  `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;

// ---------------------------------------------------------------------------------------------
// Static server for the repository root (pages, dist/, node_modules/, bench/.tmp/).

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

export function startServer() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(ROOT + sep) && path !== ROOT) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // Cross-origin isolation gives performance.now() its finer resolution; every resource is same-origin.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Browser

export { CHROMIUM };

export async function launchBrowser() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--hide-scrollbars', '--mute-audio'],
  });
}

/**
 * A new page with a fixed viewport. Requests that leave 127.0.0.1 are reported (not intercepted:
 * interception would add a round trip to every request and skew the timings).
 */
export async function newPage(browser, log) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url)) log?.(`request off this machine: ${url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      log?.(`${response.status()} for ${response.url().replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}`);
  });
  page.on('pageerror', (error) => log?.(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      log?.(`console error: ${message.text()}`);
  });
  return page;
}

/** CDP performance metrics as a plain object. */
export async function metrics(client) {
  const { metrics: list } = await client.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
