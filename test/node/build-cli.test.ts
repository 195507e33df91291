// The `reading-elements render` command: one post, a folder of posts, warnings named by file and
// field, and the exit codes 0 (done), 1 (some posts failed, the others written), 2 (bad usage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { byTag, parse, textOf } from './build-helpers.js';

function run(args: string[]) {
  let out = '';
  let err = '';
  const io = {
    out: { write: (text: string) => ((out += text), true) },
    err: { write: (text: string) => ((err += text), true), isTTY: false },
  } as unknown as Parameters<typeof main>[1];
  const code = main(args, io);
  return { code, out, err };
}

const folder = () => mkdtempSync(join(tmpdir(), 'reading-elements-cli-'));
const POST =
  '---\ntitle: "A Post"\ndate: "2025-03-18"\ncategories: [{type: exact, name: Tech}]\n---\n\n> **Pro Tip:** Start small.\n';

test('render post.md -o post.html writes a complete page with the stylesheet and the hydrating bundle', () => {
  const dir = folder();
  writeFileSync(join(dir, 'post.md'), POST);
  const result = run([
    'render',
    join(dir, 'post.md'),
    '-o',
    join(dir, 'out', 'post.html'),
    '--assets',
    '/assets/',
  ]);
  assert.equal(result.code, 0, result.err);
  const page = readFileSync(join(dir, 'out', 'post.html'), 'utf8');
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /<link rel="stylesheet" href="\/assets\/reading-elements\.css">/);
  // Declarative shadow DOM is on by default, so the page loads the bundle that hydrates it.
  assert.match(page, /<script type="module" src="\/assets\/cdn\/reading-elements-hydrate\.js"><\/script>/);
  const tree = parse(page);
  assert.equal(textOf(byTag(tree, 'h1')[0]!), 'A Post');
  assert.equal(byTag(tree, 'pro-tip').length, 1);
  assert.match(page, /<pro-tip[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(result.err, /Wrote 1 of 1 page\./);
});

test('--no-shadow-dom writes the elements without shadow roots and loads the plain bundle', () => {
  const dir = folder();
  writeFileSync(join(dir, 'post.md'), POST);
  const out = join(dir, 'post.html');
  const result = run(['render', join(dir, 'post.md'), '-o', out, '--assets', '/assets/', '--no-shadow-dom']);
  assert.equal(result.code, 0, result.err);
  const page = readFileSync(out, 'utf8');
  assert.match(page, /<script type="module" src="\/assets\/cdn\/reading-elements\.js"><\/script>/);
  assert.doesNotMatch(page, /shadowrootmode/);
  assert.equal(byTag(parse(page), 'pro-tip').length, 1);
});

test('without --assets the page finds dist/ by a relative path', () => {
  const dir = folder();
  writeFileSync(join(dir, 'post.md'), POST);
  assert.equal(run(['render', join(dir, 'post.md'), '-o', join(dir, 'post.html')]).code, 0);
  const href = /<link rel="stylesheet" href="([^"]+)">/.exec(
    readFileSync(join(dir, 'post.html'), 'utf8'),
  )![1]!;
  assert.ok(!href.startsWith('/'), `relative: ${href}`);
  assert.ok(
    existsSync(join(dir, href.replace(/reading-elements\.css$/, ''))),
    'it points at a folder that exists',
  );
});

test('a folder: every post written, warnings named by file and field, a summary per file', () => {
  const dir = folder();
  mkdirSync(join(dir, 'posts', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'posts', 'good.md'), POST);
  writeFileSync(
    join(dir, 'posts', 'nested', 'bad.md'),
    '---\ntitle: Bad\ndate: yesterday\ncategories: Tech\n---\n\nBody.\n',
  );
  writeFileSync(join(dir, 'posts', 'notes.txt'), 'not a post');
  const result = run(['render', join(dir, 'posts'), '-o', join(dir, 'site'), '--href-template', '/c/{slug}']);
  assert.equal(result.code, 0, 'warnings are not errors');
  assert.ok(existsSync(join(dir, 'site', 'good.html')));
  assert.ok(existsSync(join(dir, 'site', 'nested', 'bad.html')));
  assert.ok(!existsSync(join(dir, 'site', 'notes.html')));
  assert.match(result.err, /warning: .*nested\/bad\.md: date is "yesterday", not an ISO 8601 date/);
  assert.match(result.err, /warning: .*nested\/bad\.md: categories is "Tech", not a list/);
  assert.match(result.err, /Wrote 2 of 2 pages; 2 warnings in 1 post\./);
  assert.match(result.err, /nested\/bad\.md: 2 warnings/);
  assert.match(readFileSync(join(dir, 'site', 'good.html'), 'utf8'), /href="\/c\/tech"/);
});

test(
  'exit code 1: a post that cannot be read is named, the others are written',
  { skip: process.getuid?.() === 0 && 'root reads any file' },
  () => {
    const dir = folder();
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts', 'a.md'), POST);
    writeFileSync(join(dir, 'posts', 'b.md'), POST);
    chmodSync(join(dir, 'posts', 'b.md'), 0);
    const result = run(['render', join(dir, 'posts'), '-o', join(dir, 'site')]);
    assert.equal(result.code, 1);
    assert.match(result.err, /error: .*b\.md: cannot be read/);
    assert.ok(existsSync(join(dir, 'site', 'a.html')));
  },
);

test('exit code 1: a page that cannot be written is named, the others are written', () => {
  const dir = folder();
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'posts', 'a.md'), POST);
  writeFileSync(join(dir, 'posts', 'b.md'), POST);
  mkdirSync(join(dir, 'site', 'b.html'), { recursive: true }); // a folder where the page should go
  const result = run(['render', join(dir, 'posts'), '-o', join(dir, 'site')]);
  assert.equal(result.code, 1);
  assert.match(result.err, /error: .*b\.md: /);
  assert.match(result.err, /Wrote 1 of 2 pages/);
  assert.ok(existsSync(join(dir, 'site', 'a.html')));
});

test('exit code 2: bad usage says what is wrong and prints the usage', () => {
  const dir = folder();
  for (const args of [
    [],
    ['publish', 'x.md'],
    ['render'],
    ['render', join(dir, 'missing.md'), '-o', 'x.html'],
    ['render', 'a.md'],
    ['render', 'a.md', '-o', 'x', '--nope'],
  ]) {
    const result = run(args);
    assert.equal(result.code, 2, `${args.join(' ')} → ${result.err}`);
    assert.match(result.err, /^reading-elements: .+\n\nUsage: reading-elements render/);
  }
  assert.equal(run(['--help']).code, 0);
});

test('a custom template fills its slots; an image map replaces remote images with local ones', () => {
  const dir = folder();
  const remote = 'https://images.unsplash.com/photo-1?w=1200&fit=max';
  writeFileSync(
    join(dir, 'post.md'),
    `---\ntitle: T\nimage: "${remote}"\nimageAlt: Hero\n---\n\n![Body](${remote})\n`,
  );
  writeFileSync(
    join(dir, 'template.html'),
    '<!doctype html><title>{{title}}</title><main>{{article}}</main><p>{{unknown}}</p>',
  );
  writeFileSync(join(dir, 'map.json'), JSON.stringify({ [remote]: 'hero.svg' }));
  writeFileSync(
    join(dir, 'hero.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"></svg>',
  );
  const result = run([
    'render',
    join(dir, 'post.md'),
    '-o',
    join(dir, 'post.html'),
    '--template',
    join(dir, 'template.html'),
    '--image-map',
    join(dir, 'map.json'),
  ]);
  assert.equal(result.code, 0, result.err);
  const page = readFileSync(join(dir, 'post.html'), 'utf8');
  assert.match(page, /^<!doctype html><title>T<\/title><main><article id="post">/);
  assert.match(page, /\{\{unknown\}\}/, 'unknown slots stay as written');
  assert.equal((page.match(/<img src="hero\.svg"[^>]* width="300" height="200"/g) ?? []).length, 2);
  assert.ok(
    !page.includes('images.unsplash.com/photo-1?w=1200&amp;fit=max"'),
    'no remote image left in an img',
  );
  assert.doesNotMatch(result.err, /warning/);
});
