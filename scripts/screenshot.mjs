// Takes a screenshot of a page in headless Chromium, in the light or dark scheme:
//   node scripts/screenshot.mjs <url> <out.png> [--dark] [--width=1200] [--height=900] [--scroll=Y] [--full]
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> <out.png> [--dark] [--width=N] [--height=N] [--scroll=Y] [--full]',
  );
  process.exit(1);
}
const option = (name, fallback) =>
  Number(flags.find((flag) => flag.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_FLAGS, '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({ width: option('width', 1200), height: option('height', 900) });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: flags.includes('--dark') ? 'dark' : 'light' },
  ]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  const scroll = option('scroll', 0);
  if (scroll) await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), scroll);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
} finally {
  await browser.close();
}
