// Every public module must import in Node, where there is no DOM: a static-site build imports
// the package before anything renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { default?: string }>;
};

const modules = Object.entries(pkg.exports)
  .map(([name, target]) => [name, typeof target === 'string' ? target : target.default] as const)
  .filter(
    (entry): entry is readonly [string, string] => !!entry[1]?.endsWith('.js') && !entry[1].includes('/cdn/'),
  );

for (const [name, file] of modules) {
  test(`${name} imports in Node without a DOM`, async () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    const module = (await import(new URL(`../../${file}`, import.meta.url).href)) as object;
    assert.ok(Object.keys(module).length > 0, `${file} exports nothing`);
  });
}
