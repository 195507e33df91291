// The rehype and markdown-it plugins on the seed post: the elements in the HTML they return,
// the header from the frontmatter on request, and declarative shadow roots on request (the same
// bytes renderElements() gives for their output without them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import markdownIt from 'markdown-it';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import readingElements from '../../src/markdown-it.js';
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

function withRehype(options: RehypeReadingElementsOptions): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeReadingElements, options)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync({ value: body!, path: 'posts/seed.md', data: { frontmatter } });
  return String(file);
}

const quiet = <T>(fn: () => T): T => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return fn();
  } finally {
    console.warn = warn;
  }
};

for (const [name, run] of [
  ['markdown-it', withMarkdownIt],
  ['rehype', withRehype],
] as const) {
  test(`${name}: the seed's callouts, photos and progress container become elements; the header on request`, () => {
    const plain = parse(quiet(() => run({})));
    assert.equal(byTag(plain, 'pro-tip').length, 4);
    assert.ok(byTag(plain, 'photo-credit').length >= 4);
    assert.equal(byTag(plain, 'reading-progress').length, 1);
    assert.equal(byTag(plain, 'post-meta').length, 0, 'no header unless asked');

    const withHeader = parse(quiet(() => run({ header: true, hrefTemplate: '/category/{slug}' })));
    assert.equal(byTag(withHeader, 'post-meta').length, 1);
    assert.equal(byTag(withHeader, 'category-chips').length, 1);
    assert.equal(byTag(withHeader, 'share-buttons').length, 1);
  });

  test(`${name}: declarativeShadowDom writes every element's shadow root, as renderElements() would`, () => {
    const off = quiet(() => run({ header: true }));
    const on = quiet(() => run({ header: true, declarativeShadowDom: true }));
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
