// renderArticle(): the seed post in, the finished article out. Each frontmatter field of the
// seed format reaches the element a reader sees; bad fields warn naming the file and the field,
// and the post still renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderArticle, type RenderArticleOptions } from '../../src/build.js';
import { attr, byTag, parse, textOf } from './build-helpers.js';

// The seed post as our users publish it (a copy of shared/seed/blog-post-format.md).
const seedFile = readFileSync(new URL('../fixtures/build/blog-post-format.md', import.meta.url), 'utf8');

// These read the light DOM, what every reader gets; build-shadow-dom.test.ts checks the shadow roots.
const render = (source: string, options: RenderArticleOptions = {}) =>
  renderArticle(source, { file: 'posts/test.md', declarativeShadowDom: false, ...options });

const post = (frontmatter: string, body = 'Some text.\n') => `---\n${frontmatter}\n---\n\n${body}`;

test('the seed post: title, meta line, chips, hero, contents, share text, progress bar', () => {
  const result = render(seedFile, { hrefTemplate: '/category/{slug}' });
  const tree = parse(result.article);

  const [h1] = byTag(tree, 'h1');
  assert.equal(textOf(h1!), "Tech's Next Frontier: How AI-Powered Personalization is Reshaping Our Lives");

  const [meta] = byTag(tree, 'post-meta');
  assert.ok(meta, 'a <post-meta> in the header');
  assert.equal(attr(meta, 'published'), '2025-03-18T18:44:12.631Z');
  assert.equal(attr(meta, 'reading-time'), '5', 'readingTime: 5 from the frontmatter');
  assert.equal(attr(meta, 'trending'), '', 'trending: true → a badge');
  assert.equal(attr(meta, 'featured'), undefined, 'featured: false → no badge');
  assert.equal(attr(meta, 'generated-by'), 'Gemini', 'generatedBy → the AI disclosure');
  assert.match(textOf(meta), /Published Mar 18, 2025 · 5 min read · Trending · AI-generated with Gemini/);

  const [chips] = byTag(tree, 'category-chips');
  assert.equal(attr(chips!, 'slot'), 'categories');
  const links = byTag(chips!, 'a');
  assert.deepEqual(
    links.map((link) => [textOf(link), attr(link, 'href'), attr(link, 'data-type')]),
    [
      ['Tech', '/category/tech', 'exact'],
      ['Innovation', '/category/innovation', 'general'],
      ['Software Engineering', '/category/software-engineering', 'medium'],
      ['Artificial Intelligence', '/category/artificial-intelligence', 'specific'],
      ['Deep Learning', '/category/deep-learning', 'niche'],
    ],
  );

  const photos = byTag(tree, 'photo-credit');
  const hero = photos[0]!;
  const [heroImage] = byTag(hero, 'img');
  assert.match(attr(heroImage!, 'src')!, /^https:\/\/images\.unsplash\.com\/photo-1519389950473/);
  assert.equal(
    attr(heroImage!, 'alt'),
    "Tech's Next Frontier: How AI-Powered Personalization is Reshaping Our Lives",
  );
  assert.equal(textOf(hero), 'Photo by Marvin Meyer on Unsplash');
  assert.equal(attr(byTag(hero, 'a')[0]!, 'href'), 'https://unsplash.com/@marvelous');
  assert.equal(photos.length, 6, 'the hero and the five credited photos of the body');

  assert.equal(result.counts.callouts, 4, 'Expert Insight, Key Takeaways and two Pro Tips');
  assert.deepEqual(
    byTag(tree, 'pro-tip').map((tip) => attr(tip, 'kind')),
    ['insight', 'tip', 'takeaways', 'tip'],
  );

  const [share] = byTag(tree, 'share-buttons');
  assert.equal(
    attr(share!, 'text'),
    "The most surprising thing about Tech isn't what most people think. Find out what experts really say about this game-changing topic.",
  );

  const [bar] = byTag(tree, 'reading-progress');
  assert.equal(attr(bar!, 'for'), 'post', 'the progress container becomes a bar following the article');
  assert.equal(byTag(tree, 'article')[0]?.properties['id'], 'post');

  const contents = parse(result.contents);
  const entries = byTag(contents, 'a');
  assert.equal(entries.length, 7, 'one entry per h2');
  assert.equal(textOf(entries[0]!), 'The Rise of Hyper-Personalization: Beyond the Algorithm');
  const target = String(attr(entries[0]!, 'href')).slice(1);
  assert.ok(
    byTag(tree, 'h2').some((heading) => heading.properties['id'] === target),
    'each entry links to the id its heading has',
  );
  assert.equal(attr(byTag(contents, 'table-of-contents')[0]!, 'for'), 'post');
});

test('the seed: the "Social Snippet" paragraph is shown once, as the lede, and excerpts feed the head', () => {
  const result = render(seedFile);
  const text = textOf(parse(result.article));
  assert.equal(text.split('Social Snippet:').length - 1, 1, 'shown once');
  const [lede] = byTag(parse(result.header), 'p');
  assert.match(textOf(lede!), /^Social Snippet: "Forget generic recommendations/);
  assert.ok(!/Social Snippet/.test(result.body), 'not in the body any more');

  const head = parse(result.head);
  const metas = byTag(head, 'meta');
  const content = (key: string) =>
    metas.find((meta) => meta.properties['name'] === key || attr(meta, 'property') === key)?.properties[
      'content'
    ];
  assert.equal(
    content('description'),
    'Forget generic recommendations – AI-powered personalization is predicting your needs before you even know them. Prepare for a future wher...',
    'metaDescription without the generator label and quotes',
  );
  assert.match(String(content('og:description')), /^Forget generic recommendations.*every move\.$/);
  assert.equal(content('og:title'), result.title);
  assert.match(String(content('og:image')), /^https:\/\/images\.unsplash\.com\//);
  assert.equal(textOf(byTag(head, 'title')[0]!), result.title);
});

test('the seed renders with only warnings about the images it cannot measure', () => {
  const result = render(seedFile);
  assert.ok(result.warnings.length > 0);
  for (const warning of result.warnings) {
    assert.equal(warning.file, 'posts/test.md');
    assert.equal(warning.field, 'image');
    assert.match(warning.message, /https:\/\/images\.unsplash\.com\/.* has no width and height/);
  }
});

test('readingTime absent: counted from the body', () => {
  const words = Array.from({ length: 1150 }, (_, index) => `word${index}`).join(' ');
  const result = render(post('title: Counted', words));
  assert.equal(result.readingTime, 5, '1,150 words at 230 a minute');
  assert.equal(attr(byTag(parse(result.header), 'post-meta')[0]!, 'reading-time'), '5');
  assert.deepEqual(result.warnings, []);
});

test('updated, featured and author reach the meta line; categories without a template are text chips', () => {
  const result = render(
    post(
      'title: T\ndate: 2025-03-18\nupdated: "2025-04-02T10:00:00Z"\nfeatured: true\nauthor: Ada\ncategories: [Tech, {name: Deep Learning, type: niche}]',
    ),
  );
  const [meta] = byTag(parse(result.header), 'post-meta');
  assert.equal(attr(meta!, 'updated'), '2025-04-02T10:00:00Z');
  assert.equal(attr(meta!, 'featured'), '');
  assert.equal(attr(meta!, 'author'), 'Ada');
  assert.match(
    textOf(meta!),
    /Published Mar 18, 2025 · Updated Apr 2, 2025 · By Ada · 1 min read · Featured/,
  );
  const items = byTag(meta!, 'li');
  assert.deepEqual(
    items.map((item) => [textOf(item), attr(item, 'data-type')]),
    [
      ['Tech', undefined],
      ['Deep Learning', 'niche'],
    ],
  );
  assert.equal(byTag(meta!, 'a').length, 0);
});

test('bad fields warn naming the file and the field, and the post still renders', () => {
  const result = render(
    post(
      [
        'title: Still here',
        'date: yesterday',
        'categories: Tech, AI',
        'readingTime: soon',
        'trending: maybe',
        'image: "javascript:alert(1)"',
        'lang: "not a tag"',
      ].join('\n'),
      'The body.\n',
    ),
  );
  const fields = result.warnings.map((warning) => warning.field);
  assert.deepEqual(fields.sort(), ['categories', 'date', 'image', 'lang', 'readingTime', 'trending']);
  for (const warning of result.warnings) assert.equal(warning.file, 'posts/test.md');
  assert.match(result.warnings.find((w) => w.field === 'date')!.message, /"yesterday", not an ISO 8601 date/);
  const tree = parse(result.article);
  assert.equal(textOf(byTag(tree, 'h1')[0]!), 'Still here');
  assert.match(textOf(tree), /The body\./);
  assert.equal(byTag(tree, 'time').length, 0, 'no date shown');
  assert.ok(!result.article.includes('javascript:'), 'the bad image URL is dropped');
  assert.equal(attr(byTag(tree, 'post-meta')[0]!, 'trending'), undefined);
});

test('an unknown category type warns with the item; the category stays as a plain chip', () => {
  const result = render(post('title: T\ncategories: [{type: huge, name: Tech}, {type: niche}]'));
  assert.deepEqual(
    result.warnings.map((warning) => warning.field),
    ['categories[0].type', 'categories[1]'],
  );
  assert.match(result.warnings[0]!.message, /"huge", not one of exact, general, medium, specific, niche/);
  const items = byTag(parse(result.header), 'li');
  assert.deepEqual(
    items.map((item) => [textOf(item), attr(item, 'data-type')]),
    [['Tech', undefined]],
  );
});

test('broken YAML: one warning, the body still renders', () => {
  const result = render('---\ntitle: [unclosed\n---\n\nBody text here.\n');
  assert.equal(result.warnings.length, 2, 'the YAML and the missing title');
  assert.equal(result.warnings[0]!.field, 'frontmatter');
  assert.match(result.warnings[0]!.message, /not valid YAML/);
  assert.match(textOf(parse(result.article)), /Body text here\./);
});

test('a post without frontmatter renders its body and warns that it has no title', () => {
  const result = render('# Heading\n\nText.\n');
  assert.deepEqual(
    result.warnings.map((warning) => warning.field),
    ['title'],
  );
  assert.match(result.body, /<h1 id="heading">Heading<\/h1>/);
});

test('GitHub alerts and ::: directives become callouts', () => {
  const result = render(
    post(
      'title: T',
      '> [!WARNING] Mind the gap\n> Text one.\n\n:::tip Quick win\nText two.\n:::\n\n:::note\nText three.\n:::\n',
    ),
  );
  const tips = byTag(parse(result.body), 'pro-tip');
  assert.deepEqual(
    tips.map((tip) => [attr(tip, 'kind'), textOf(tip)]),
    [
      ['warning', 'Mind the gap Text one.'],
      ['tip', 'Quick win Text two.'],
      ['note', 'Text three.'],
    ],
  );
});

test('an alert title is text, never markup', () => {
  const result = render(post('title: T', '> [!TIP] <img src=x onerror=alert(1)>\n> Body.\n'));
  assert.equal(byTag(parse(result.body), 'img').length, 0);
  assert.match(textOf(parse(result.body)), /<img src=x onerror=alert\(1\)>/);
});

test('image sizes: local files are measured, Unsplash w and h are read, others warn', () => {
  const result = render(
    post(
      'title: T',
      '![Local](images/hero-library.svg)\n\n![Unsplash](https://images.unsplash.com/photo-1?w=1200&h=800&fit=crop)\n\n![Remote](https://example.com/a.jpg)\n',
    ),
    { images: { baseDir: new URL('../../demo', import.meta.url).pathname } },
  );
  const images = byTag(parse(result.body), 'img');
  assert.deepEqual(
    images.map((image) => [attr(image, 'width'), attr(image, 'height')]),
    [
      ['1200', '800'],
      ['1200', '800'],
      [undefined, undefined],
    ],
  );
  assert.deepEqual(
    result.warnings.map((warning) => [warning.field, warning.message.split(' ')[0]]),
    [['image', 'https://example.com/a.jpg']],
  );
});

test('the image map replaces remote images by local ones, which are then measured', () => {
  const remote = 'https://images.unsplash.com/photo-1519389950473-47ba0277781c?q=85&w=1200&fit=max';
  const result = render(post(`title: T\nimage: "${remote}"\nimageAlt: Hero`, `![Body](${remote})\n`), {
    images: {
      baseDir: new URL('../../demo', import.meta.url).pathname,
      map: { [remote]: 'images/hero-library.svg' },
    },
  });
  const images = byTag(parse(result.article), 'img');
  assert.deepEqual(
    images.map((image) => [attr(image, 'src'), attr(image, 'width'), attr(image, 'height')]),
    [
      ['images/hero-library.svg', '1200', '800'],
      ['images/hero-library.svg', '1200', '800'],
    ],
  );
  assert.deepEqual(result.warnings, []);
});

test('raw HTML: safe markup stays, scripts, handlers and unsafe URLs go', () => {
  const result = render(
    post(
      'title: T',
      [
        '<details open><summary>More</summary><kbd>Ctrl</kbd></details>',
        '',
        '<script>alert(1)</script>',
        '',
        '<p onclick="alert(1)" style="color:red"><a href="jav&#x61;script:alert(1)">x</a><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="y"></p>',
        '',
        'Inline <span onmouseover="alert(1)">span</span> and <iframe src="https://evil.example"></iframe> end.',
      ].join('\n'),
    ),
  );
  const tree = parse(result.body);
  assert.equal(byTag(tree, 'details').length, 1);
  assert.equal(byTag(tree, 'kbd').length, 1);
  assert.equal(byTag(tree, 'script').length, 0);
  assert.equal(byTag(tree, 'iframe').length, 0);
  assert.ok(!/alert\(1\)/.test(result.body.replace(/&lt;[^&]*&gt;/g, '')) || !/on\w+=/.test(result.body));
  assert.ok(!/\son\w+=/.test(result.body), 'no event handler attribute');
  assert.ok(!/style=/.test(result.body));
  assert.equal(
    attr(byTag(tree, 'a')[0]!, 'href'),
    undefined,
    'the javascript: link keeps its text, loses its href',
  );
  assert.equal(attr(byTag(tree, 'img')[0]!, 'src'), undefined);
  assert.match(textOf(tree), /Inline span and end\./);
});

test('rendering twice gives the same page', () => {
  assert.equal(render(seedFile).article, render(seedFile).article);
});
