// The rehype and markdown-it plugins on the seed post: the elements in the HTML they return,
// the header from the frontmatter on request, and declarative shadow roots on request (the same
// bytes renderElements() gives for their output without them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import markdownIt from 'markdown-it';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import readingElements, { loadServerRenderer } from '../../src/markdown-it.js';
import rehypeReadingElements, { type RehypeReadingElementsOptions } from '../../src/rehype.js';
import { renderElements } from '../../src/ssr.js';
import { byTag, parse } from './build-helpers.js';

const seed = readFileSync(new URL('../fixtures/build/blog-post-format.md', import.meta.url), 'utf8');
const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(seed)!;
const frontmatter = parseYaml(yaml!) as Record<string, unknown>;

function withMarkdownIt(options: Parameters<typeof readingElements>[1]): string {
  const md = markdownIt({ html: true }).use(readingElements, options);
  return md.render(body!, { ...frontmatter, page: { inputPath: 'posts/seed.md' } });
}

async function withRehype(options: RehypeReadingElementsOptions): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeReadingElements, options)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process({ value: body!, path: 'posts/seed.md', data: { frontmatter } });
  return String(file);
}

/** `fn` with the seed's expected warnings (unsized remote images) kept off the output. */
async function quiet<T>(fn: () => T | Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

test('importing the plugins loads no server renderer: no DOM globals appear in the build', () => {
  const script = [
    "await import('./dist/rehype.js');",
    "await import('./dist/markdown-it.js');",
    'console.log(typeof globalThis.customElements, typeof globalThis.HTMLElement);',
  ].join(' ');
  const root = new URL('../../', import.meta.url);
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(out.trim(), 'undefined undefined');
});

test('markdown-it: declarativeShadowDom before loadServerRenderer() writes no roots and says what to call', async () => {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(String(message));
  try {
    assert.doesNotMatch(withMarkdownIt({ declarativeShadowDom: true }), /shadowrootmode/);
  } finally {
    console.warn = warn;
  }
  assert.ok(
    warnings.some((message) => message.includes('await loadServerRenderer()')),
    warnings.join('\n'),
  );
  assert.equal(await loadServerRenderer(), true);
});

for (const [name, run] of [
  ['markdown-it', withMarkdownIt],
  ['rehype', withRehype],
] as const) {
  test(`${name}: the seed's callouts, photos and progress container become elements; the header on request`, async () => {
    const plain = parse(await quiet(() => run({})));
    assert.equal(byTag(plain, 'pro-tip').length, 4);
    assert.ok(byTag(plain, 'photo-credit').length >= 4);
    assert.equal(byTag(plain, 'reading-progress').length, 1);
    assert.equal(byTag(plain, 'post-meta').length, 0, 'no header unless asked');

    const withHeader = parse(await quiet(() => run({ header: true, hrefTemplate: '/category/{slug}' })));
    assert.equal(byTag(withHeader, 'post-meta').length, 1);
    assert.equal(byTag(withHeader, 'category-chips').length, 1);
    assert.equal(byTag(withHeader, 'share-buttons').length, 1);
  });

  test(`${name}: declarativeShadowDom writes every element's shadow root, as renderElements() would`, async () => {
    await loadServerRenderer();
    const off = await quiet(() => run({ header: true }));
    const on = await quiet(() => run({ header: true, declarativeShadowDom: true }));
    assert.doesNotMatch(off, /shadowrootmode/);
    const tags = [
      ...on.matchAll(/<(pro-tip|photo-credit|post-meta|category-chips|share-buttons|reading-progress)[\s>]/g),
    ];
    const roots = on.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
    assert.ok(tags.length >= 10, `found ${tags.length} elements`);
    assert.ok(roots.length >= tags.length, `${roots.length} shadow roots for ${tags.length} elements`);
    // The same page as rendering the plugin's plain output afterwards (rehype re-serializes the
    // tree, so it is compared by text and shadow roots rather than bytes).
    const after = renderElements(off, { lang: 'en' });
    if (name === 'markdown-it') assert.equal(on, after);
    else assert.equal(on.match(/shadowrootmode/g)?.length, after.match(/shadowrootmode/g)?.length);
  });
}
