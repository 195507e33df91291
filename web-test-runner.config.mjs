// Runs every test in Chromium, Firefox and WebKit, using the browsers Debian packages
// (see README, "Running the tests"). BROWSERS=chromium,firefox picks a subset.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { markdownSnippetsPlugin } from './scripts/markdown-snippets.mjs';
import { CHROMIUM, CHROMIUM_FLAGS as BASE_FLAGS } from './scripts/chromium.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { failOnceMiddleware } from './test/fail-once.mjs';
import { ssrFixturePlugin } from './test/ssr-fixtures/plugin.mjs';

const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver';
const INSTALL_HINT =
  'Install the browsers with: apt-get install chromium firefox-esr webkit2gtk-driver xvfb ' +
  '(or point CHROMIUM_BIN, FIREFOX_BIN, WEBKIT_DRIVER_BIN at other binaries).';

const CHROMIUM_FLAGS = ['--lang=en-US', ...BASE_FLAGS, '--disable-quic'];

const engines = {
  chromium: {
    binary: CHROMIUM,
    launcher: () =>
      chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS } }),
  },
  firefox: {
    binary: FIREFOX,
    launcher: () =>
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          // Firefox otherwise keeps reduced motion and dark mode from the host profile.
          extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'ui.prefersReducedMotion': 0 },
        },
      }),
  },
  webkit: {
    binary: WEBKIT_DRIVER,
    launcher: () => webkitLauncher({ driver: WEBKIT_DRIVER }),
  },
};

// Dates in tests are checked in one time zone and locale, whatever the machine's.
process.env.TZ = 'UTC';
process.env.LANG = 'en_US.UTF-8';
process.env.LANGUAGE = 'en_US';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

for (const name of wanted) {
  const engine = engines[name];
  if (!engine) {
    console.error(`Unknown engine "${name}" in BROWSERS; use chromium, firefox or webkit.`);
    process.exit(1);
  }
  if (!existsSync(engine.binary)) {
    console.error(`The ${name} tests need ${engine.binary}, which is missing. ${INSTALL_HINT}`);
    process.exit(1);
  }
}

export default {
  // test/node/ holds Node tests (npm run test:node).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  // Tests feed elements bad input on purpose, and the elements warn about it; only errors are
  // worth showing in the run's output.
  filterBrowserLogs: ({ type }) => type === 'error',
  middleware: [failOnceMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    markdownSnippetsPlugin(),
    ssrFixturePlugin(),
  ],
  browsers: wanted.map((name) => engines[name].launcher()),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
