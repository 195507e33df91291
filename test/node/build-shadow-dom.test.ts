// renderArticle()'s declarative shadow DOM: on by default, the elements' label, credit and chip
// text inside their shadow roots; off on request; without @lit-labs/ssr the page is written as
// when off, with one warning naming the option.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderArticle } from '../../src/build.js';
import { loadShadowDom } from '../../src/build/shadow-dom.js';
import { parseBodyFragment } from '../../src/enhance/html-tree.js';
import { renderElements } from '../../src/ssr.js';
import { serializeWithShadowRoots } from '../../src/ssr/tree.js';
import { byTag, parse, textOf, type Element } from './build-helpers.js';

const seedFile = readFileSync(new URL('../fixtures/build/blog-post-format.md', import.meta.url), 'utf8');
const TAGS = [
  'post-meta',
  'category-chips',
  'photo-credit',
  'pro-tip',
  'reading-progress',
  'share-buttons',
  'table-of-contents',
];

/** The element's declarative shadow root, the way the HTML parser reads it. */
function shadowRoot(element: Element): Element | undefined {
  return element.children.find(
    (child): child is Element =>
      child.type === 'element' &&
      child.tagName === 'template' &&
      child.properties['shadowRootMode'] === 'open',
  );
}
/** The text a reader sees in the shadow root (its stylesheet left out). */
const shadowText = (element: Element) => {
  const content = shadowRoot(element)?.content as unknown as Element | undefined;
  if (!content) return '';
  const copy = structuredClone(content);
  const drop = (node: Element) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'style'));
    for (const child of node.children) if (child.type === 'element') drop(child);
  };
  drop(copy);
  return textOf(copy).replace(/\s+/g, ' ').trim();
};

test('the seed post, default options: every element carries <template shadowrootmode="open"> with its text', () => {
  const result = renderArticle(seedFile, { file: 'seed.md', hrefTemplate: '/category/{slug}' });
  assert.equal(result.shadowDom, true);
  const html = result.article + result.contents;
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  const tree = parse(html);
  for (const tag of TAGS) {
    const found = byTag(tree, tag);
    assert.ok(found.length, `the seed has a <${tag}>`);
    for (const element of found) assert.ok(shadowRoot(element), `<${tag}> has a declarative shadow root`);
  }
  const labels = byTag(tree, 'pro-tip').map(shadowText);
  assert.ok(labels.includes('Expert Insight'), `the callout labels are in the shadow roots: ${labels}`);
  // A credit with links is the author's markup: it stays in the light DOM and the shadow root's
  // caption shows it through its credit slot, so it is written once and read with or without CSS.
  const hero = byTag(tree, 'photo-credit')[0]!;
  const heroRoot = shadowRoot(hero)!.content as unknown as Element;
  assert.ok(byTag(heroRoot, 'figure').length, 'the hero figure is in the shadow root');
  assert.ok(
    byTag(heroRoot, 'slot').some((slot) => slot.properties['name'] === 'credit'),
    'its caption has the credit slot',
  );
  assert.match(textOf(hero), /Photo by/, 'the credit text is on the page once, in the light DOM');
  const chips = byTag(tree, 'category-chips')[0]!;
  for (const name of ['Tech', 'Artificial Intelligence'])
    assert.match(shadowText(chips), new RegExp(`\\b${name}\\b`), `chip ${name} is in the shadow root`);
  const meta = byTag(tree, 'post-meta')[0]!;
  assert.match(shadowText(meta), /Mar 18, 2025/, 'the date is in the meta line shadow root');
});

test('the body rendered from the parsed tree is, byte for byte, renderElements() of the upgraded body', () => {
  const posts = [
    seedFile,
    // Nested elements, a language around one, an element already rendered, and one in a template.
    '---\ntitle: Nested\n---\n<div lang="es">\n\n> **Pro Tip:** Outer <category-chips categories="A, B"></category-chips>\n\n</div>\n\n' +
      '<pro-tip kind="note"><template shadowrootmode="open"><p>done</p></template>Kept</pro-tip>\n\n' +
      '<template><pro-tip>inert</pro-tip></template>\n\n<reading-time minutes="3"></reading-time>\n',
  ];
  for (const post of posts) {
    const on = renderArticle(post, { file: 'a.md' });
    const off = renderArticle(post, { file: 'a.md', declarativeShadowDom: false });
    const expected = renderElements(`<article id="post">${off.body}</article>`, { lang: on.lang });
    assert.match(on.body, /shadowrootmode/);
    assert.equal(`<article id="post">${on.body}</article>`, expected);
  }
});

test('from a parsed tree: nested elements, lang around them, roots already written and inert templates as renderElements()', () => {
  const html =
    '<div lang="ar"><pro-tip kind="warning"><p>Outer <category-chips categories="A, B"></category-chips></p></pro-tip></div>' +
    '<pro-tip kind="note"><template shadowrootmode="open"><p>done</p></template>Kept</pro-tip>' +
    '<template><pro-tip>inert</pro-tip></template><p title="a > b &amp; &quot;c&quot;">text &lt;b&gt;</p>' +
    '<reading-time minutes="3" lang=" "></reading-time>';
  const tree = parseBodyFragment(html);
  const before = tree.childNodes.length;
  const fromTree = serializeWithShadowRoots(tree, 'es');
  assert.equal(fromTree, renderElements(html, { lang: 'es' }));
  assert.equal(
    (fromTree.match(/shadowrootmode/g) ?? []).length,
    4,
    'three rendered, one kept, none in the template',
  );
  assert.equal(tree.childNodes.length, before, 'the tree is left as it was');
  assert.doesNotMatch(fromTree, /<!--re-/);
});

test('declarativeShadowDom: false writes no shadow root; the light DOM is the same either way', () => {
  const off = renderArticle(seedFile, { file: 'seed.md', declarativeShadowDom: false });
  const on = renderArticle(seedFile, { file: 'seed.md' });
  assert.equal(off.shadowDom, false);
  assert.doesNotMatch(off.article + off.contents, /shadowrootmode/);
  // What a reader sees without shadow roots, on both: the same tags and the same text.
  const light = (html: string) => {
    const tree = parse(html);
    const strip = (element: Element) => {
      element.children = element.children.filter(
        (child) => !(child.type === 'element' && shadowRoot(element) === child),
      );
      for (const child of element.children) if (child.type === 'element') strip(child);
    };
    for (const child of tree.children) if (child.type === 'element') strip(child);
    return { tags: byTag(tree, 'template').length, text: textOf(tree).replace(/\s+/g, ' ') };
  };
  assert.deepEqual(light(on.article), light(off.article));
});

test('without @lit-labs/ssr: the page as when off, and one warning that names the option', async () => {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(String(message));
  try {
    const loaded = await loadShadowDom(() =>
      Promise.reject(new Error("Cannot find package '@lit-labs/ssr' imported from dist/ssr.js")),
    );
    assert.equal(loaded, false);
    const first = renderArticle(seedFile, { file: 'a.md' });
    const second = renderArticle(seedFile, { file: 'b.md' });
    assert.equal(first.shadowDom, false);
    assert.doesNotMatch(first.article + second.article, /shadowrootmode/);
    assert.equal(
      first.article,
      renderArticle(seedFile, { file: 'a.md', declarativeShadowDom: false }).article,
    );
    const ours = warnings.filter((message) => message.includes('declarativeShadowDom'));
    assert.equal(ours.length, 1, `one warning, got ${JSON.stringify(warnings)}`);
    assert.match(ours[0]!, /@lit-labs\/ssr/);
    assert.match(ours[0]!, /--no-shadow-dom/);
    assert.ok(!first.warnings.some((w) => /shadow/i.test(w.message)), 'not repeated per post');
  } finally {
    console.warn = warn;
    assert.equal(await loadShadowDom(), true, 'the real renderer loads again');
  }
});
