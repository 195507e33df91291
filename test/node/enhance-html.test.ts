// enhanceHtml(): enhance()'s recognisers on a server DOM, checked on the same fixtures as the
// browser tests (test/enhance*.test.ts) for the same elements, attributes and text, and for the
// same guarantees: lossless, idempotent, near misses left alone.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enhanceHtml, type EnhanceHtmlOptions } from '../../src/enhance-html.js';
import { parseBodyFragment, parseDocument } from '../../src/enhance/html-tree.js';
import { CREATED_TAGS, attributesOf } from '../../src/enhance/element-attributes.js';
import {
  calloutFixtures,
  calloutNearMisses,
  calloutOutline,
  nestedCallouts,
} from '../fixtures/enhance/callouts.js';
import { links, outline, words, type Created } from '../fixtures/enhance/outline.js';
import { photoFixtures, photoNearMisses, photoOutline } from '../fixtures/enhance/photos.js';
import {
  placeholderFixtures,
  placeholderOutlines,
  progressNearMisses,
  progressSeed,
  progressSeedOutside,
} from '../fixtures/enhance/placeholders.js';
import { seedArticle, seedOutline, seedReport } from '../fixtures/enhance/seed.js';

const ZERO = { progress: 0, callouts: 0, photos: 0, placeholders: 0 };
const NOTHING: EnhanceHtmlOptions = { progress: false, callouts: false, photos: false, placeholders: false };

const images = (root: ParentNode) =>
  [...root.querySelectorAll('img, picture')].map((image) => image.outerHTML);

/**
 * Runs enhanceHtml() on `html` and checks what the browser harness checks: every word, link and
 * image survives, in order; a second run returns the same HTML and zero counts; and the elements
 * created are `expected`. Returns the counts and the output, parsed.
 */
function enhanceChecked(
  html: string,
  expected: Created[],
  removed: string[] = [],
  options: EnhanceHtmlOptions = {},
) {
  const before = parseBodyFragment(html);
  const result = enhanceHtml(html, options);
  const after = parseBodyFragment(result.html);
  assert.deepEqual(words(after), words(before, removed), 'every word is still there, in order');
  assert.deepEqual(links(after), links(before), 'every link is still there');
  assert.deepEqual(images(after), images(before), 'every image is still there, as written');
  assert.deepEqual(outline(after), expected, 'the elements, attributes and slotted text');
  const again = enhanceHtml(result.html, options);
  assert.deepEqual(again.counts, ZERO, 'a second run creates nothing');
  assert.equal(again.html, result.html, 'a second run changes nothing');
  return { counts: result.counts, root: after };
}

/** Checks that `html` comes out as it went in (parsed and written back), with zero counts. */
function expectLeftAlone(html: string, options: EnhanceHtmlOptions = {}) {
  const result = enhanceHtml(html, options);
  assert.deepEqual(result.counts, ZERO);
  assert.equal(result.html, enhanceHtml(html, NOTHING).html);
}

describe('enhanceHtml(): callouts, on the browser fixtures', () => {
  for (const [name, fixture] of Object.entries(calloutFixtures)) {
    test(`turns ${name} into <pro-tip kind="${fixture.kind}">, losslessly and once`, () => {
      const { counts, root } = enhanceChecked(
        fixture.html,
        calloutOutline(fixture),
        fixture.removed ? [fixture.removed] : [],
      );
      assert.deepEqual(counts, { ...ZERO, callouts: 1 });
      assert.equal(
        root.querySelector(
          'blockquote, details, .markdown-alert, .ghd-alert, .theme-admonition, .admonition, .starlight-aside, .callout',
        ),
        null,
      );
      const callout = root.querySelector('pro-tip')!;
      assert.doesNotMatch(callout.textContent!, /^\s*[^\s]*[:：]\s*$/m, 'the label colon is gone');
      assert.equal(callout.querySelector('svg'), null, "the renderer's icon is gone");
    });
  }

  test('converts nested callouts, inner and outer', () => {
    const { counts } = enhanceChecked(nestedCallouts, [
      { tag: 'pro-tip', attributes: { kind: 'note' }, slots: { label: 'Note' }, first: 'label' },
      { tag: 'pro-tip', attributes: { kind: 'warning' }, slots: { label: 'Warning' }, first: 'label' },
    ]);
    assert.equal(counts.callouts, 2);
  });

  for (const [name, html] of Object.entries(calloutNearMisses)) {
    test(`leaves a near miss alone: ${name}`, () => expectLeftAlone(html));
  }

  test('turns nothing into callouts with { callouts: false }', () =>
    expectLeftAlone(calloutFixtures['proTip']!.html, { callouts: false }));
});

describe('enhanceHtml(): photos, on the browser fixtures', () => {
  for (const [name, fixture] of Object.entries(photoFixtures)) {
    test(`turns ${name} into <photo-credit>, losslessly and once`, () => {
      const { counts, root } = enhanceChecked(fixture.html, photoOutline(fixture));
      assert.deepEqual(counts, { ...ZERO, photos: 1 });
      assert.equal(
        root.querySelectorAll(':scope > p, figure, figcaption').length,
        0,
        'the wrappers are gone',
      );
    });
  }

  for (const [name, html] of Object.entries(photoNearMisses)) {
    test(`leaves a near miss alone: ${name}`, () => expectLeftAlone(html));
  }

  test('sets referral and zoomable from the options', () => {
    const { html } = enhanceHtml(photoFixtures['sameParagraph']!.html, {
      referral: 'field_notes',
      zoomable: true,
    });
    const photo = parseBodyFragment(html).querySelector('photo-credit')!;
    assert.equal(photo.getAttribute('referral'), 'field_notes');
    assert.equal(photo.hasAttribute('zoomable'), true);
  });
});

describe('enhanceHtml(): the seed post, placeholders and progress', () => {
  test('turns the rendered seed post into the finished article, with the counts enhance() reports', () => {
    const { counts, root } = enhanceChecked(seedArticle, seedOutline);
    assert.deepEqual(counts, seedReport);
    assert.equal(root.querySelector('article')!.id, 'article');
    assert.equal(root.querySelector('.reading-progress-container'), null);
    assert.equal(root.querySelector('article > p > strong')!.textContent, 'Social Snippet:');
  });

  const fixtures: Record<string, string> = { ...placeholderFixtures, progressSeed, progressSeedOutside };
  for (const [name, expected] of Object.entries(placeholderOutlines)) {
    test(`turns ${name} into the elements and attributes the browser gives`, () => {
      const { counts } = enhanceChecked(fixtures[name]!, expected);
      assert.equal(counts.placeholders + counts.progress, 1);
    });
  }

  for (const [name, html] of Object.entries(progressNearMisses)) {
    test(`leaves a look-alike alone: ${name}`, () => expectLeftAlone(html));
  }

  test('adds a bar with { progress: true } when the fragment has none', () => {
    const { counts, root } = enhanceChecked(
      '<article id="post"><p>Text.</p></article>',
      [{ tag: 'reading-progress', attributes: { for: 'post' }, slots: {}, first: null }],
      [],
      { progress: true },
    );
    assert.equal(counts.progress, 1);
    assert.equal(root.firstElementChild!.localName, 'reading-progress');
  });
});

describe('enhanceHtml(): whole pages, scope and safety', () => {
  test('upgrades a whole page, keeping its doctype, head and attributes', () => {
    const page = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body class="post">${seedArticle}</body></html>`;
    const { html, counts } = enhanceHtml(page, { progress: true });
    assert.deepEqual(counts, seedReport);
    assert.match(
      html,
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Post<\/title><\/head><body class="post">/,
    );
    const document = parseDocument(html);
    assert.deepEqual(outline(document), seedOutline);
    assert.deepEqual(enhanceHtml(html, { progress: true }), { html, counts: ZERO });
  });

  test('adds the bar to the body of a whole page with { progress: true }', () => {
    const { html, counts } = enhanceHtml(
      '<!doctype html><html><body><article id="a"><p>x</p></article></body></html>',
      {
        progress: true,
      },
    );
    assert.equal(counts.progress, 1);
    assert.match(html, /<body><reading-progress for="a"><\/reading-progress><article id="a">/);
  });

  test('leaves pre, code, contenteditable and data-no-enhance regions as written', () => {
    const html = `<div data-no-enhance>${calloutFixtures['proTip']!.html}${photoFixtures['nextParagraph']!.html}${placeholderFixtures.share}</div>`;
    expectLeftAlone(html);
  });

  test('writes text back escaped, so markup in text never becomes markup', () => {
    const hostile =
      '<textarea>&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;</textarea><title>&lt;/title&gt;&lt;b&gt;</title>' +
      '<blockquote><p><strong>Tip:</strong> &lt;script&gt;alert(1)&lt;/script&gt; <a href="/x" title="&quot;&gt;&lt;b&gt;">x</a></p></blockquote>';
    const { html, counts } = enhanceHtml(hostile);
    assert.equal(counts.callouts, 1);
    const root = parseBodyFragment(html);
    assert.equal(root.querySelectorAll('img, b, script').length, 0, 'no element appeared from text');
    assert.equal(root.querySelector('textarea')!.textContent, '</textarea><img src=x onerror=alert(1)>');
    assert.equal(root.querySelector('a')!.getAttribute('title'), '"><b>');
  });

  test('warns, naming the source, and returns nothing for input that is not a string', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const result = enhanceHtml(undefined as unknown as string, { source: 'posts/first.md' });
      assert.deepEqual(result, { html: '', counts: ZERO });
    } finally {
      console.warn = original;
    }
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /enhanceHtml\(\) \(posts\/first\.md\) was given undefined/);
  });

  test('never throws on odd input', () => {
    for (const html of [
      '',
      '<blockquote></blockquote><blockquote><p></p></blockquote><figure><figcaption></figcaption></figure><p><img></p><p></p><div data-categories></div>',
      '<p>unclosed <b>bold <i>and italic',
      '<table><tr><td><blockquote><p><strong>Note:</strong> in a table</p></blockquote></table>',
      '<svg><foreignObject><blockquote><p><strong>Tip:</strong> in svg</p></blockquote></foreignObject></svg>',
      '<template><blockquote><p><strong>Tip:</strong> in a template</p></blockquote></template>',
    ]) {
      const result = enhanceHtml(html);
      assert.equal(enhanceHtml(result.html).html, result.html, html);
    }
  });
});

describe('enhanceHtml(): one transform, nothing of the browser', () => {
  test('runs without a DOM in the global scope, and registers nothing', () => {
    enhanceHtml(seedArticle);
    for (const name of ['document', 'window', 'customElements', 'HTMLElement', 'Node', 'Element'])
      assert.equal(name in globalThis, false, `${name} is not defined in Node`);
  });

  test('the built entry loads no element class and no lit', () => {
    const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
    const entry = join(dist, 'enhance-html.js');
    assert.ok(existsSync(entry), 'run npm run build first');
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
        /^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
      )) {
        if (specifier!.startsWith('.')) visit(join(dirname(file), specifier!));
        else packages.add(specifier!.split('/')[0]!);
      }
    };
    visit(entry);
    assert.deepEqual([...packages].sort(), ['linkedom', 'parse5']);
    const modules = [...seen].map((file) => file.slice(dist.length + 1)).sort();
    for (const tag of CREATED_TAGS)
      assert.ok(!modules.includes(`${tag}/${tag}.js`), `${tag}'s class is not loaded`);
    assert.ok(modules.includes('enhance/transform.js'), 'the shared transform is what runs');
  });

  test("the attributes placeholders may set are each element's observed attributes", async () => {
    const classes: Record<string, { observedAttributes: string[] }> = {
      'category-chips': (await import('../../src/category-chips/category-chips.js')).CategoryChips,
      'photo-credit': (await import('../../src/photo-credit/photo-credit.js')).PhotoCredit,
      'pro-tip': (await import('../../src/pro-tip/pro-tip.js')).ProTip,
      'reading-progress': (await import('../../src/reading-progress/reading-progress.js')).ReadingProgress,
      'reading-time': (await import('../../src/reading-time/reading-time.js')).ReadingTime,
      'share-buttons': (await import('../../src/share-buttons/share-buttons.js')).ShareButtons,
      'table-of-contents': (await import('../../src/table-of-contents/table-of-contents.js')).TableOfContents,
    };
    assert.deepEqual(Object.keys(classes).sort(), [...CREATED_TAGS].sort());
    for (const tag of CREATED_TAGS)
      assert.deepEqual(
        [...attributesOf(tag)].sort(),
        [...classes[tag]!.observedAttributes].sort(),
        `src/enhance/element-attributes.ts lists ${tag}'s attributes`,
      );
  });
});
