// `reading-elements/reading-progress.js` loads the text analysis only when `time-left` counts:
// no static import leads from the entry to it, one dynamic import does. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The package's own modules `file` imports statically and dynamically (bare imports, lit, left out). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(file, 'utf8');
  const resolve = (specifier: string) => join(dirname(file), specifier);
  const relativeOnly = (specifiers: string[]) => specifiers.filter((s) => s.startsWith('.')).map(resolve);
  return {
    static: relativeOnly(
      [...code.matchAll(/(?:^|;)\s*(?:import|export)\s[^'"();]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ),
    dynamic: relativeOnly([...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!)),
  };
}

/** Every module reached from `entry` through static imports. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file).static) visit(next);
  };
  visit(entry);
  return seen;
}

test('the reading-progress entry reaches the text analysis only through a dynamic import', () => {
  const graph = staticGraph(join(DIST, 'reading-progress.js'));
  const names = [...graph].map((file) => relative(DIST, file));
  assert.ok(names.includes('reading-progress/reading-progress.js'), 'the graph is read');
  assert.ok(names.includes('internal/reading-element.js'), 'the graph follows imports into internal/');
  assert.ok(!names.includes('internal/text-stats.js'), `statically imported: ${names.join(', ')}`);
  const dynamic = [...graph].flatMap((file) =>
    importsOf(file).dynamic.map((target) => relative(DIST, target)),
  );
  assert.deepEqual(dynamic, ['reading-progress/reading-seconds.js']);
  assert.ok(
    staticGraph(join(DIST, 'reading-progress/reading-seconds.js')).has(join(DIST, 'internal/text-stats.js')),
  );
});
