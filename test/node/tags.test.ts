// The places that name every tag but cannot import src/internal/tags.ts (package.json, the
// entry modules, the re-exports, enhance()'s registrations, the guides, the plain-JS helpers)
// each agree with that list; a failure names the tag and the file to fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TAGS } from '../../src/internal/tags.js';
import { CREATED_TAGS } from '../../src/enhance/element-attributes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const LIST = 'src/internal/tags.ts';

/** Fails naming each tag of the list that `found` lacks and each entry `found` has beyond it. */
function sameTags(found: Iterable<string>, where: string, expected: readonly string[] = TAGS) {
  const have = new Set(found);
  const missing = expected.filter((tag) => !have.has(tag));
  const extra = [...have].filter((tag) => !expected.includes(tag));
  assert.deepEqual(
    [
      ...missing.map((tag) => `${tag} is missing from ${where}`),
      ...extra.map((tag) => `${tag} in ${where} is not in ${LIST}`),
    ],
    [],
  );
}

const pkg = JSON.parse(read('package.json')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
  typesVersions?: Record<string, Record<string, string[]>>;
};

/** Names in src/ that hold an element: a folder whose module of its own name extends ReadingElement. */
const elementFolders = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => {
    const module = join(root, 'src', entry.name, `${entry.name}.ts`);
    return (
      entry.isDirectory() &&
      existsSync(module) &&
      /extends ReadingElement\b/.test(readFileSync(module, 'utf8'))
    );
  })
  .map((entry) => entry.name);

test('every element class src/<tag>/<tag>.ts is in the list, and every tag has one', () => {
  sameTags(elementFolders, 'src/<tag>/<tag>.ts');
});

test('package.json exports ./<tag>.js with its types for every tag, and no other element', () => {
  const exported = Object.keys(pkg.exports)
    .map((key) => /^\.\/([a-z-]+)\.js$/.exec(key)?.[1])
    .filter((name): name is string => name !== undefined && elementFolders.concat(TAGS).includes(name));
  sameTags(exported, 'package.json "exports"');
  for (const tag of TAGS) {
    assert.deepEqual(
      pkg.exports[`./${tag}.js`],
      { types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` },
      `package.json "exports" ./${tag}.js points elsewhere`,
    );
  }
});

test('package.json sideEffects keeps every tag entry, so bundlers do not drop its registration', () => {
  const listed = pkg.sideEffects
    .map((file) => /^\.\/dist\/([a-z-]+)\.js$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined && elementFolders.concat(TAGS).includes(name));
  sameTags(listed, 'package.json "sideEffects"');
});

test(
  'package.json typesVersions sends every tag entry to its declaration file',
  { skip: !pkg.typesVersions },
  () => {
    const patterns = Object.entries(pkg.typesVersions!['*'] ?? {});
    for (const tag of TAGS) {
      const request = `${tag}.js`;
      // TypeScript takes the first pattern that matches; `*` stands for the rest of the path.
      const hit = patterns.find(([pattern]) => {
        const [head, tail = ''] = pattern.split('*');
        return pattern.includes('*')
          ? request.startsWith(head!) &&
              request.endsWith(tail) &&
              request.length >= head!.length + tail.length
          : request === pattern;
      });
      assert.ok(hit, `${tag} is missing from package.json "typesVersions"`);
      const [pattern, [target]] = hit as [string, string[]];
      const [head, tail = ''] = pattern.split('*');
      const star = request.slice(head!.length, request.length - tail.length);
      assert.equal(
        target!.replace('*', star),
        `dist/${tag}.d.ts`,
        `package.json "typesVersions" sends ${tag}.js to the wrong file`,
      );
    }
  },
);

test('src/<tag>.ts registers its element for every tag, and no other entry registers one', () => {
  const registering = readdirSync(join(root, 'src'))
    .filter((file) => file.endsWith('.ts') && /^\w+\.define\(\);$/m.test(read(`src/${file}`)))
    .map((file) => file.slice(0, -'.ts'.length));
  sameTags(registering, 'the src/<tag>.ts entries that call define()');
  for (const tag of TAGS) {
    assert.match(
      read(`src/${tag}.ts`),
      new RegExp(`from '\\./${tag}/${tag}\\.js'`),
      `src/${tag}.ts does not load src/${tag}/${tag}.ts`,
    );
  }
});

test('src/elements.ts re-exports every tag entry', () => {
  const reexported = [...read('src/elements.ts').matchAll(/^export \* from '\.\/([a-z-]+)\.js';$/gm)].map(
    (match) => match[1]!,
  );
  sameTags(reexported, 'src/elements.ts');
});

test("enhance()'s registrations name only tags of the list, each with its element class", () => {
  const unknown = CREATED_TAGS.filter((tag) => !(TAGS as readonly string[]).includes(tag));
  assert.deepEqual(unknown, [], `src/enhance/element-attributes.ts names tags that are not in ${LIST}`);
  const register = read('src/enhance/register.ts');
  const keys = [...register.matchAll(/^ {2}'([a-z-]+)': \w+,$/gm)].map((match) => match[1]!);
  sameTags(keys, 'src/enhance/register.ts', CREATED_TAGS);
  for (const tag of CREATED_TAGS) {
    assert.match(
      register,
      new RegExp(`from '\\.\\./${tag}/${tag}\\.js'`),
      `src/enhance/register.ts does not import ${tag}'s class`,
    );
  }
});

test('docs/<tag>.md is the guide of every tag, with its reference table markers', () => {
  const guides = readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md') && read(`docs/${file}`).includes('<!-- api:'))
    .map((file) => file.slice(0, -'.md'.length));
  sameTags(guides, 'docs/ (guides with <!-- api:<tag> --> tables)');
  for (const tag of TAGS) {
    const guide = read(`docs/${tag}.md`);
    assert.ok(
      guide.includes(`<!-- api:${tag} -->`) && guide.includes(`<!-- /api:${tag} -->`),
      `docs/${tag}.md lacks the api:${tag} markers`,
    );
  }
});

test('the manifest declares exactly the listed tags', () => {
  const manifest = JSON.parse(read('custom-elements.json')) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  const declared = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
  );
  sameTags(declared, 'custom-elements.json (run npm run build)');
});

test('the plain-JS helpers for examples and benchmarks list the same tags', async () => {
  const examples = (await import(new URL('../../scripts/examples-lib.mjs', import.meta.url).href)) as {
    TAGS: string[];
  };
  sameTags(examples.TAGS, 'scripts/examples-lib.mjs');
  const bench = (await import(new URL('../../bench/lib/util.mjs', import.meta.url).href)) as {
    TAGS: string[];
  };
  sameTags(bench.TAGS, 'bench/lib/util.mjs');
});
