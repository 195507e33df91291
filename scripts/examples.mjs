// Builds and checks the example apps against the library as a user gets it, from `npm pack`:
//   node scripts/examples.mjs [name ...]      (npm run examples)
// Packs the library once to .pack/reading-elements.tgz, then for each example in examples/
// (or only those named): `npm ci` (its committed lock), `npm run check` when it has one
// (type-check, together with the deliberate mistakes in negative/: see typeCheck), `npm run build`,
// `node verify.mjs` (opens the build in Chromium). Prints the
// time of each step and exits non-zero when any example fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');
const packDir = join(root, '.pack');
const tarball = join(packDir, 'reading-elements.tgz');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
  return result.status === 0;
}

/** The example's own sources (src/), by file name, to tell their errors from the deliberate ones. */
function sourceNames(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceNames(join(folder, entry.name)) : [entry.name],
  );
}

/**
 * The type check, run once, proving both that the example is clean and that mistakes fail.
 * Each file in the example's `negative/` lists the errors it must cause after `expect-error:`.
 * The files are copied into `src/`, `npm run check` runs, and it passes when the check fails,
 * reports every expected error, and names no other source file and nothing in node_modules (so
 * an error in the example itself or in the library's declarations still fails it). Without
 * `negative/`, the check must simply pass. The copies are removed whatever happens.
 */
function typeCheck(cwd) {
  const folder = join(cwd, 'negative');
  if (!existsSync(folder)) return run('npm', ['run', 'check', '--silent'], cwd);
  const own = sourceNames(join(cwd, 'src'));
  const files = readdirSync(folder).sort();
  const expected = files.flatMap((file) =>
    [
      ...readFileSync(join(folder, file), 'utf8').matchAll(/expect-error: ([^\n]*?)\s*(?:\*\/|-->|\}|$)/gm),
    ].map((match) => match[1].trim()),
  );
  for (const file of files) writeFileSync(join(cwd, 'src', file), readFileSync(join(folder, file)));
  let result;
  try {
    result = spawnSync('npm', ['run', 'check', '--silent'], { cwd, encoding: 'utf8' });
  } finally {
    for (const file of files) rmSync(join(cwd, 'src', file));
  }
  const output = `${result.stdout}${result.stderr}`;
  const missing = expected.filter((text) => !output.includes(text));
  const others = own.filter((name) => output.includes(name));
  if (output.includes('node_modules')) others.push('node_modules');
  if (result.status !== 0 && !missing.length && !others.length && expected.length) {
    console.log(
      `type check: no error in the example; ${expected.length} deliberate mistakes in negative/ reported`,
    );
    return true;
  }
  console.error(
    `type check: ${result.status === 0 ? 'passed although negative/ holds mistakes' : 'failed'}` +
      (missing.length ? `; mistakes not reported: ${JSON.stringify(missing)}` : '') +
      (others.length ? `; errors outside negative/: ${others.join(', ')}` : '') +
      `\n${output}`,
  );
  return false;
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

const available = existsSync(examplesDir)
  ? readdirSync(examplesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'package.json')))
      .map((entry) => entry.name)
      .sort()
  : [];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !available.includes(name));
if (unknown.length) {
  console.error(`No such example: ${unknown.join(', ')}. Examples: ${available.join(', ')}`);
  process.exit(1);
}
const chosen = asked.length ? asked : available;

const total = Date.now();
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.log('examples: dist/ is missing, building the library first');
  if (!run('npm', ['run', 'build'], root)) process.exit(1);
}
let started = Date.now();
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir);
const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (pack.status !== 0) {
  console.error('examples: npm pack failed');
  process.exit(1);
}
const [{ filename, size, entryCount }] = JSON.parse(pack.stdout);
renameSync(join(packDir, filename), tarball);
console.log(`examples: packed ${filename} (${size} B, ${entryCount} files) in ${seconds(started)}`);

/**
 * npm caches a tarball by its integrity hash, so a lock that records the hash of an earlier pack
 * installs that earlier build without a word. The library's entry in each example's lock
 * therefore carries no hash (`npm install` in an example adds one back; this removes it).
 */
function forgetTarballHash(lockFile) {
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const entry = lock.packages?.['node_modules/reading-elements'];
  if (!entry?.integrity) return;
  delete entry.integrity;
  writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
}

const results = [];
for (const name of chosen) {
  const cwd = join(examplesDir, name);
  const scripts = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts ?? {};
  if (existsSync(join(cwd, 'package-lock.json'))) forgetTarballHash(join(cwd, 'package-lock.json'));
  const steps = [
    ['install', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']],
    ...(scripts.check ? [['check', () => typeCheck(cwd)]] : []),
    ['build', 'npm', ['run', 'build', '--silent']],
    ['verify', 'node', ['verify.mjs']],
  ];
  const times = [];
  let failed = '';
  console.log(`\n── ${name}`);
  for (const [step, command, args] of steps) {
    started = Date.now();
    const ok = typeof command === 'function' ? command() : run(command, args, cwd);
    times.push(`${step} ${seconds(started)}`);
    if (!ok) {
      failed = step;
      break;
    }
  }
  results.push({ name, failed, times });
}

console.log('\nexamples:');
for (const { name, failed, times } of results)
  console.log(
    `  ${failed ? 'FAIL' : 'ok  '} ${name.padEnd(16)} ${times.join(', ')}${failed ? `  (${failed} failed)` : ''}`,
  );
console.log(`  total ${seconds(total)}`);
if (results.some((result) => result.failed)) process.exit(1);
