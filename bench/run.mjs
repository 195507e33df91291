// npm run bench: measures reading-elements against peer libraries in one run and writes
// bench/RESULTS.md and bench/ratios.svg. Options:
//   --build      rebuild dist/ first (otherwise only when dist/ is missing or lacks an entry)
//   --no-build   never build
//   --quick      fewer runs (for trying the script; writes bench/.tmp/RESULTS-partial.md)
//   --only=size,build,scroll,upgrade,text,cls,lighthouse   run some sections only (writes bench/.tmp/RESULTS-partial.md);
//                a bare section name does the same: `node bench/run.mjs lighthouse`
//   --baseline=<dir>  also measure another checkout's built dist/ and demo/ in the Lighthouse runs
//                (before/after figures from one run)
//   --lighthouse-runs=N  Lighthouse runs per page (default 5)
//   --report-only  rewrite RESULTS.md and ratios.svg from the last run's bench/.tmp/results.json
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { ROOT, TMP, CHROMIUM, TAGS, launchBrowser, newPage, startServer } from './lib/util.mjs';
import { measureSizes } from './lib/size.mjs';
import { measureScroll } from './lib/scroll.mjs';
import { measureUpgrade } from './lib/upgrade.mjs';
import { measureText } from './lib/text.mjs';
import { measureCls } from './lib/cls.mjs';
import { measureBuild } from './lib/build.mjs';
import { measureLighthouse } from './lib/lighthouse.mjs';
import { findLosses } from './lib/losses.mjs';
import { writeAll } from './lib/report.mjs';

const args = process.argv.slice(2);
if (args.includes('--report-only')) {
  const last = JSON.parse(readFileSync(join(TMP, 'results.json'), 'utf8'));
  last.losses = findLosses(last);
  writeAll(last);
  console.log('rewrote bench/RESULTS.md and bench/ratios.svg from bench/.tmp/results.json');
  process.exit(0);
}
const quick = args.includes('--quick');
const SECTIONS = ['size', 'build', 'scroll', 'upgrade', 'text', 'cls', 'lighthouse'];
const named = args.filter((a) => SECTIONS.includes(a));
const only =
  args
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',') ?? (named.length ? named : undefined);
const baseline = args.find((a) => a.startsWith('--baseline='))?.slice(11);
const lighthouseRuns = Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.slice(18)) || undefined;
const wants = (section) => !only || only.includes(section);
const started = Date.now();
const stages = {};
const pageLog = [];
const say = (message) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const log = (message) => pageLog.push(message);

async function stage(name, fn) {
  const t = Date.now();
  say(`${name}…`);
  const result = await fn();
  stages[name] = (Date.now() - t) / 1000;
  return result;
}

/** Entries in src/ (one per public module) whose built file is missing from dist/. */
function missingEntries() {
  const entries = readdirSync(join(ROOT, 'src')).filter((f) => f.endsWith('.ts') && f !== 'auto.ts');
  return entries.filter((f) => !existsSync(join(ROOT, 'dist', f.replace(/\.ts$/, '.js'))));
}

function newestSource(dir = join(ROOT, 'src')) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function build() {
  const cdn = join(ROOT, 'dist', 'cdn', 'reading-elements.js');
  const missing = existsSync(cdn) ? missingEntries() : ['dist/'];
  const force = args.includes('--build');
  if (args.includes('--no-build') || (!force && missing.length === 0)) {
    const stale = existsSync(cdn) && newestSource() > statSync(cdn).mtimeMs;
    return `built ${new Date(statSync(cdn).mtimeMs).toISOString().slice(0, 16).replace('T', ' ')} UTC${stale ? ' (some sources changed since; run with --build to rebuild)' : ''}`;
  }
  say(`building (${force ? '--build' : `missing: ${missing.join(', ')}`})…`);
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    const reason = `${result.stderr}\n${result.stdout}`
      .split('\n')
      .find((l) => /error|exceeded/i.test(l))
      // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes
      ?.replace(/\x1b\[[0-9;]*m/g, '')
      .trim();
    if (!existsSync(cdn)) {
      console.error(result.stdout, result.stderr);
      throw new Error('npm run build failed and there is no dist/ to measure.');
    }
    say(`build failed (${reason}); measuring what it produced`);
    return `rebuilt for this run, but the build reported: ${reason ?? 'an error'} (modules it did produce were measured)`;
  }
  return 'rebuilt for this run';
}

function commit() {
  try {
    const hash = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- src', { cwd: ROOT, encoding: 'utf8' }).trim()
      ? ' (with uncommitted changes in src/)'
      : '';
    return `${hash}${dirty}`;
  } catch {
    return 'unknown';
  }
}

mkdirSync(TMP, { recursive: true });
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
const env = {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  cores: cpus().length,
  cpu: cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
  memory: (totalmem() / 1024 ** 3).toFixed(0),
  platform: `${platform()} ${release()}`,
  node: process.versions.node,
  chromium: CHROMIUM,
  loadStart: load(),
  commit: commit(),
  stages,
};
env.build = await stage('build', build);

const results = { env, notes: [], log: pageLog };
results.size = await stage('size', () => measureSizes(say));
// In Node, before any browser starts, so it has the machine to itself.
if (wants('build'))
  results.build = await stage('build-time transform', () => measureBuild({ runs: quick ? 5 : 30 }));
if (existsSync(join(ROOT, 'dist', 'cdn', 'reading-elements-auto.js'))) results.size.autoBundle = true;

const server = await startServer();
const browser = await launchBrowser();
try {
  env.browser = await browser.version();
  // Which elements the CDN bundle registers (src/index.ts grows as elements land).
  const probe = await newPage(browser, log);
  mkdirSync(join(TMP, 'pages'), { recursive: true });
  writeFileSync(
    join(TMP, 'pages', 'probe.html'),
    '<!doctype html><link rel="icon" href="data:,"><title>probe</title>',
  );
  await probe.goto(`${server.origin}/bench/.tmp/pages/probe.html`);
  results.size.cdnTags = await probe.evaluate(
    async (origin, tags) => {
      await import(`${origin}/dist/cdn/reading-elements.js`);
      return tags.filter((tag) => customElements.get(tag));
    },
    server.origin,
    TAGS,
  );
  // The CDN build minifies templates; check that an SVG icon survives it (nested <path> elements
  // mean a self-closing slash was dropped and only the first shape of each icon is drawn).
  if (results.size.cdnTags.includes('pro-tip')) {
    results.size.cdnIcons = await probe.evaluate(async () => {
      const tip = document.createElement('pro-tip');
      tip.textContent = 'x';
      document.body.append(tip);
      await tip.updateComplete;
      const svg = tip.shadowRoot?.querySelector('svg');
      return {
        nested: Boolean(svg?.querySelector('path path, circle path, path circle')),
        children: svg?.children.length ?? 0,
      };
    });
  }
  await probe.close();

  if (wants('scroll'))
    results.scroll = await stage('scroll', () =>
      measureScroll(browser, server.origin, {
        runs: quick ? 2 : 5,
        frames: quick ? 120 : 240,
        cdnTags: results.size.cdnTags,
        log,
      }),
    );
  if (wants('upgrade'))
    results.upgrade = await stage('upgrade', () =>
      measureUpgrade(browser, server.origin, { runs: quick ? 2 : 7, log }),
    );
  if (wants('text'))
    results.text = await stage('text', () =>
      measureText(browser, server.origin, { runs: quick ? 2 : 5, log }),
    );
  if (wants('cls'))
    results.cls = await stage('cls', () =>
      measureCls(browser, server.origin, {
        runs: quick ? 1 : 3,
        delayedRuns: quick ? 1 : 2,
        upgrade: Boolean(results.upgrade?.stats),
        log,
      }),
    );
  // Lighthouse starts a fresh browser of its own for every run.
  await browser.close();
  if (wants('lighthouse'))
    results.lighthouse = await stage('lighthouse', () =>
      measureLighthouse(server.origin, { runs: lighthouseRuns ?? (quick ? 1 : 5), baseline, log, say }),
    );
} finally {
  if (browser.connected) await browser.close();
  await server.close();
}
results.cls ??= { pages: {}, delayed: {}, upgrade: {} };

for (const tag of results.size.skipped)
  results.notes.push(
    `\`${tag}\`: ${tag === 'enhance' ? '`src/enhance.ts`' : `\`src/${tag}.ts\``} or its built module is missing, so its size${tag === 'table-of-contents' ? ' and its part of the scroll benchmark are' : ' is'} not measured.`,
  );
if (results.upgrade && !results.upgrade.stats)
  results.notes.push('Upgrade cost: none of `pro-tip`, `category-chips`, `photo-credit` exists yet.');
else if (results.upgrade?.skipped?.length)
  results.notes.push(
    `Upgrade cost: ${results.upgrade.skipped.map((t) => `\`${t}\``).join(', ')} missing, so that group stays plain HTML in every variant.`,
  );
if (results.text?.text?.skipped) results.notes.push(`Text analysis: ${results.text.text.skipped}.`);
if (results.text?.enhance?.skipped) results.notes.push(`\`enhance()\`: ${results.text.enhance.skipped}.`);
for (const [path, c] of Object.entries(results.cls.pages))
  if (c.skipped) results.notes.push(`CLS: \`${path}\` ${c.skipped}.`);
if (quick)
  results.notes.push('This was a `--quick` run: fewer runs and frames than the published figures use.');

env.loadEnd = load();
env.seconds = (Date.now() - started) / 1000;
results.losses = findLosses(results);
if (only || quick) {
  writeFileSync(join(TMP, 'results-partial.json'), JSON.stringify(results, null, 2));
  writeAll(results, { partial: true });
  say(
    `partial run (--only or --quick): wrote bench/.tmp/RESULTS-partial.md; bench/RESULTS.md is left as it was (${env.seconds.toFixed(0)} s)`,
  );
} else {
  writeFileSync(join(TMP, 'results.json'), JSON.stringify(results, null, 2));
  writeAll(results);
  say(
    `wrote bench/RESULTS.md and bench/ratios.svg (raw figures in bench/.tmp/results.json) in ${env.seconds.toFixed(0)} s`,
  );
}
