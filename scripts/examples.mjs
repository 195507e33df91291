// Builds and checks the example apps against the library as a user gets it, from `npm pack`:
//   node scripts/examples.mjs [name ...]      (npm run examples)
// Packs the library once to .pack/reading-elements.tgz, then for each example in examples/
// (or only those named): `npm ci` (its committed lock), `npm run check` when it has one
// (type-check) and its deliberate type errors in negative/ (see negativeChecks), `npm run build`,
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

/**
 * The type checks must also fail when they should. Each file in an example's `negative/` is
 * copied into its `src/`, `npm run check` must then fail, and its output must contain every
 * text the file lists after `expect-error:` (one per deliberate mistake). The file is removed
 * afterwards whatever happens.
 */
function negativeChecks(cwd) {
  const folder = join(cwd, 'negative');
  if (!existsSync(folder)) return true;
  let ok = true;
  for (const file of readdirSync(folder).sort()) {
    const source = readFileSync(join(folder, file), 'utf8');
    const expected = [...source.matchAll(/expect-error: ([^\n]*?)\s*(?:\*\/|-->|\}|$)/gm)].map((match) =>
      match[1].trim(),
    );
    const target = join(cwd, 'src', file);
    writeFileSync(target, source);
    let result;
    try {
      result = spawnSync('npm', ['run', 'check', '--silent'], { cwd, encoding: 'utf8' });
    } finally {
      rmSync(target);
    }
    const output = `${result.stdout}${result.stderr}`;
    const missing = expected.filter((text) => !output.includes(text));
    if (result.status === 0 || missing.length || expected.length === 0) {
      ok = false;
      console.error(
        `negative/${file}: the type check ${result.status === 0 ? 'passed' : 'failed'} but should fail with ${JSON.stringify(expected)}` +
          (missing.length ? `; not reported: ${JSON.stringify(missing)}` : '') +
          `\n${output}`,
      );
    } else {
      console.log(
        `negative/${file}: the type check fails as it should (${expected.length} mistakes reported)`,
      );
    }
  }
  return ok;
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
    ...(scripts.check ? [['check', 'npm', ['run', 'check', '--silent']]] : []),
    ...(scripts.check && existsSync(join(cwd, 'negative')) ? [['negative', () => negativeChecks(cwd)]] : []),
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
