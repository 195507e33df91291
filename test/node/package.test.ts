// The package as npm publishes it: what `npm pack` puts in the tarball, the manifest tools read,
// the React components on a server, and types found under every moduleResolution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { TAGS } from '../../src/internal/tags.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types?: string; default?: string }>;
  'web-types': string;
};
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' }),
) as [{ files: { path: string }[] }];
const files = new Set(packed[0].files.map((file) => file.path));

interface Manifest {
  modules: {
    path: string;
    declarations: { tagName?: string; name: string }[];
    exports: { kind: string; name: string; declaration: { module: string } }[];
  }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;

test('the tarball carries the MIT licence', () => {
  assert.ok(files.has('LICENSE'));
  assert.match(
    readFileSync(join(root, 'LICENSE'), 'utf8'),
    /^MIT License[\s\S]*reading-elements contributors/,
  );
});

test('every declaration file in the tarball belongs to a module or is imported by one', () => {
  const declarations = [...files].filter((file) => file.endsWith('.d.ts'));
  const imported = new Set(
    declarations.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/from '(\.\.?\/[^']+)\.js'/g)].map((match) =>
        posix.join(posix.dirname(file), `${match[1]}.d.ts`),
      ),
    ),
  );
  const orphans = declarations.filter(
    (file) =>
      !files.has(file.replace(/\.d\.ts$/, '.js')) &&
      !imported.has(file) &&
      !Object.values(pkg.exports).some(
        (target) => typeof target === 'object' && target.types === `./${file}`,
      ),
  );
  assert.deepEqual(orphans, []);
});

test('every export, the manifest and the editor data point at files in the tarball', () => {
  const targets = Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  targets.push(pkg['web-types']);
  const missing = targets.map((target) => target.replace(/^\.\//, '')).filter((target) => !files.has(target));
  assert.deepEqual(missing, []);
});

test('the manifest names shipped modules and which module registers which tag', () => {
  const unshipped = manifest.modules.flatMap((module) => [
    module.path,
    ...module.exports.map((entry) => entry.declaration.module),
  ]);
  assert.deepEqual(
    unshipped.filter((path) => !files.has(path)),
    [],
  );
  for (const tag of TAGS) {
    const definitions = manifest.modules.filter((module) =>
      module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag),
    );
    assert.deepEqual(
      definitions.map((module) => module.path),
      [`dist/${tag}.js`],
      `${tag} is registered by one public entry`,
    );
  }
});

test('the React components render their tags on a server', async () => {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { ProTip, CategoryChips } = (await import(join(root, 'dist/react.js'))) as Record<string, never>;
  const html = renderToString(
    createElement(
      'div',
      null,
      createElement(ProTip, { kind: 'warning' }, 'Careful'),
      createElement(CategoryChips),
    ),
  );
  // @lit/react sets properties once the component mounts in the browser; the server sends the tags.
  assert.match(html, /<pro-tip>Careful<\/pro-tip>/);
  assert.match(html, /<category-chips><\/category-chips>/);
});

/** Type-checks `source` in a project that installed the package, with the given resolution. */
function typeErrors(source: string, options: ts.CompilerOptions): string[] {
  const project = mkdtempSync(join(tmpdir(), 'reading-elements-types-'));
  try {
    mkdirSync(join(project, 'node_modules'));
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }');
    symlinkSync(root, join(project, 'node_modules', 'reading-elements'), 'dir');
    for (const name of ['react', '@types'])
      symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name));
    const file = join(project, 'index.tsx');
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      jsx: ts.JsxEmit.ReactJSX,
      types: [],
      ...options,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

const usage = `
import { ProTip } from 'reading-elements/pro-tip.js';
import { ShareButtons } from 'reading-elements/react';
import type {} from 'reading-elements/types/react';
const kind: string = document.createElement('pro-tip').kind;
const tip: ProTip = document.createElement('pro-tip');
export const a = <ShareButtons url="https://example.com/" onCopy={(event) => event.detail.url.length} />;
export const b = <reading-progress position="bottom" />;
export { kind, tip };
`;

for (const [name, options] of [
  [
    'node10',
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      ignoreDeprecations: '6.0',
    },
  ],
  ['bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
  ['nodenext', { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
] as const) {
  test(`types resolve with moduleResolution ${name}`, () => {
    assert.deepEqual(typeErrors(usage, options), []);
  });
}

test('a typo in an attribute value, an event prop or an event detail fails the type check', () => {
  const errors = typeErrors(
    `
import { ProTip } from 'reading-elements/react';
import type {} from 'reading-elements/types/react';
export const a = <reading-progress position="bottm" />;
export const b = <ProTip onTogle={() => {}} />;
export const c = <ProTip onToggle={(event) => event.detail.opened} />;
`,
    { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  );
  assert.equal(errors.length, 3, errors.join('\n'));
  assert.match(errors[0], /"bottm"/);
  assert.match(errors[1], /onTogle/);
  assert.match(errors[2], /opened/);
});
