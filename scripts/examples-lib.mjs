// Helpers for the examples' verify.mjs scripts: serve a built folder on 127.0.0.1, open it in
// Debian's Chromium, collect console errors, wait for the elements to upgrade, and fail with a
// message that says what a person would have seen.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

/** The eight tags; every example renders all of them. */
export const TAGS = [
  'reading-progress',
  'pro-tip',
  'photo-credit',
  'category-chips',
  'reading-time',
  'table-of-contents',
  'share-buttons',
  'post-meta',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/**
 * Serves `folder` on 127.0.0.1 at a free port. A directory serves its index.html; an unknown
 * path serves the root index.html (single-page apps). Resolves to `{ url, close }`.
 */
export async function serve(folder) {
  const root = resolve(folder);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: did the build run?`);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = extname(pathname) ? '' : join(root, 'index.html');
    if (!file || !existsSync(file)) {
      // The browser asks for a favicon by itself; an example without one is not broken.
      response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Launches Debian's Chromium headless with the flags that keep it off the network. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--lang=en-US', ...CHROMIUM_FLAGS],
  });
}

/**
 * Records every console error and warning and every uncaught exception on `page`. Warnings
 * count: the elements warn about bad input, and an example must not have any.
 */
export function collectConsoleProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  return problems;
}

/** Waits until every tag in `tags` is present, defined and has rendered its shadow root. */
export async function waitForUpgrade(page, tags = TAGS, timeout = 10_000) {
  try {
    await page.waitForFunction(
      (names) =>
        names.every((name) => {
          const element = document.querySelector(name);
          return element && customElements.get(name) && element.shadowRoot && element.hasUpdated !== false;
        }),
      { timeout },
      tags,
    );
  } catch {
    const missing = await page.evaluate(
      (names) =>
        names.filter((name) => {
          const element = document.querySelector(name);
          return !element || !customElements.get(name) || !element.shadowRoot;
        }),
      tags,
    );
    throw new Error(`not upgraded after ${timeout} ms: ${missing.join(', ')}`);
  }
}

/** The text of the chips `category-chips` rendered in its shadow root. */
export function chipNames(page, selector = 'category-chips') {
  return page.$eval(selector, (element) =>
    [...(element.shadowRoot?.querySelectorAll('[part~="chip"]') ?? [])].map((chip) =>
      chip.textContent.trim(),
    ),
  );
}

/** Clicks the first element matching `inner` inside the shadow root of the host matching `host`. */
export async function clickInShadow(page, host, inner) {
  const handle = await page.evaluateHandle(
    (hostSelector, innerSelector) =>
      document.querySelector(hostSelector)?.shadowRoot?.querySelector(innerSelector),
    host,
    inner,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`nothing matches ${inner} inside ${host}`);
  await element.click();
}

/** Lets the page replace the clipboard so a copy succeeds in headless Chromium without a permission prompt. */
export async function fakeClipboard(page) {
  await page.evaluateOnNewDocument(() => {
    const written = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text) => void written.push(text),
        readText: async () => written.at(-1) ?? '',
      },
    });
    Object.defineProperty(window, '__clipboard', { value: written });
  });
}

/** Waits until `predicate` (run in the page) is true, or throws `message`. */
export async function expectInPage(page, predicate, message, ...args) {
  try {
    await page.waitForFunction(predicate, { timeout: 5_000 }, ...args);
  } catch {
    throw new Error(message);
  }
}

/**
 * Serves `folder` on 127.0.0.1, opens a page in Chromium and runs `visit(page, url)`, which
 * returns `{ failures, summary }`: the problems it found (strings) and a line saying what it
 * checked. Console errors and warnings count as failures too. Prints the summary, or the
 * failures and exits non-zero. The frame every example's verify script shares.
 */
export async function checkBuiltSite(name, folder, visit) {
  const started = Date.now();
  const server = await serve(folder);
  const browser = await launchChromium();
  const failures = [];
  let summary = '';
  try {
    const page = await browser.newPage();
    const problems = collectConsoleProblems(page);
    const result = await visit(page, server.url);
    failures.push(...result.failures, ...problems);
    summary = result.summary;
  } catch (error) {
    failures.push(error.message);
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures.length) {
    console.error(`${name}: FAILED\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${name}: ${summary} (${Date.now() - started} ms)`);
}

/**
 * The standard check every framework example passes: opens the built `folder`, waits for the
 * eight elements, checks the chips show `chips`, toggles the pro-tip and copies the share link,
 * and expects the app's own handlers to have written `[data-toggled]` and `[data-copied]` into
 * the page. Exits non-zero with the problems found.
 */
export function verifyFrameworkExample({ name, folder, chips, path = '' }) {
  return checkBuiltSite(name, folder, async (page, url) => {
    const failures = [];
    await fakeClipboard(page);
    await page.goto(new URL(path, url).href, { waitUntil: 'load' });
    await waitForUpgrade(page);

    const shown = await chipNames(page);
    if (JSON.stringify(shown) !== JSON.stringify(chips))
      failures.push(`category-chips shows ${JSON.stringify(shown)}, expected ${JSON.stringify(chips)}`);

    await clickInShadow(page, 'pro-tip', 'button, summary');
    await expectInPage(
      page,
      () => document.querySelector('[data-toggled]')?.getAttribute('data-toggled') === 'true',
      'the pro-tip toggle did not reach the app: no [data-toggled="true"] after clicking the callout header',
    ).catch((error) => failures.push(error.message));

    await clickInShadow(page, 'share-buttons', '[data-network="copy"], button[part~="copy"]');
    await expectInPage(
      page,
      () => (document.querySelector('[data-copied]')?.getAttribute('data-copied') ?? '').startsWith('http'),
      'the share-buttons copy did not reach the app: no [data-copied] URL after clicking "Copy link"',
    ).catch((error) => failures.push(error.message));

    return {
      failures,
      summary: `eight elements upgraded, chips ${JSON.stringify(chips)}, toggle and copy reached the app, no console problem`,
    };
  });
}
