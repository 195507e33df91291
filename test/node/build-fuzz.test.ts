// The build-time transform under hostile input: 1,200 generated posts (hostile strings in every
// field and in the body, broken frontmatter, deep nesting, huge inputs). For each one: no
// exception, no script or event handler in the output, every URL one the safe-URL helper
// accepts, and every word of the body's text still on the page. The author's data is checked
// in the light DOM (the 1,200 posts without declarative shadow DOM); a smaller run with it on
// checks that the shadow roots add no script, no handler and no unsafe URL, and that rendering
// the result again changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticle, renderPage } from '../../src/build.js';
import { createMarkdown } from '../../src/build/markdown.js';
import { splitFrontmatter } from '../../src/build/frontmatter.js';
import { safeUrl } from '../../src/internal/safe-url.js';
import { renderElements } from '../../src/ssr.js';
import { elements, parse, textOf, type Element } from './build-helpers.js';
import { toHtml } from 'hast-util-to-html';
import type { Token } from 'markdown-it';

/** A small seeded generator (mulberry32), so a failure can be replayed from its number. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '[x](jav&#x61;script:alert(1))',
  '<a href="jav&#x61;script:alert(1)">a</a>',
  '<a href=" javascript:alert(1)">b</a>',
  '<img src="x" onerror="alert(1)">',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<textarea></textarea><script>alert(1)</script>',
  '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>',
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>',
  '<div style="background:url(javascript:alert(1))">d</div>',
  '<!-- <script>alert(1)</script> -->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<scr<script>ipt>alert(1)</script>',
  '<pro-tip onclick="alert(1)" kind="tip">p</pro-tip>',
  '<photo-credit credit="Photo by [x](javascript:alert(1))" author-href="javascript:alert(1)"><img src="a.png"></photo-credit>',
  '<share-buttons url="javascript:alert(1)"></share-buttons>',
  '<img srcset="javascript:alert(1) 1x, https://ok.example/a.png 2x">',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '{{article}} {{head}} {{script}}',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u202Eevil\u202C',
  '\u0000\u0001\u0008',
  '😀👩‍👩‍👧 مرحبا 人工知能 กรุงเทพ',
  '`<script>alert(1)</script>`',
  '> [!TIP] <img src=x onerror=alert(1)>',
  ':::tip <b onmouseover=alert(1)>t</b>',
  '**Social Snippet:** <script>alert(1)</script>',
  '<a href="https://example.com" target="_blank">ok</a>',
  '---',
  '<',
  '&',
  '"',
];

const WORDS = 'reading long form article progress tip credit photo chip share quiet data future'.split(' ');

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const hostile = () => pick(HOSTILE);
  const text = () =>
    next() < 0.4 ? hostile() : `${words(1 + Math.floor(next() * 8))} ${next() < 0.3 ? hostile() : ''}`;
  const yamlValue = (): string => {
    const choice = next();
    if (choice < 0.25) return JSON.stringify(text());
    if (choice < 0.35) return String(Math.floor(next() * 1e6) - 5e5);
    if (choice < 0.45) return pick(['true', 'false', 'null', '~', 'yes', '[]', '{}', '[1, 2]', '{a: 1}']);
    if (choice < 0.55) return JSON.stringify(hostile());
    if (choice < 0.6)
      return `[${Array.from({ length: 3 }, () => JSON.stringify({ type: pick(['exact', 'niche', 'huge', '']), name: text() })).join(', ')}]`;
    if (choice < 0.65) return '&a [1, 2]';
    if (choice < 0.7)
      return pick([
        '"2025-03-18"',
        '"2025-02-30"',
        '"yesterday"',
        '2025-03-18',
        '"2025-03-18T18:44:12.631Z"',
      ]);
    return text().replace(/[:#\n]/g, ' ') || 'x';
  };
  const frontmatter = () => {
    const fields = [
      'title',
      'date',
      'updated',
      'excerpt',
      'metaDescription',
      'categories',
      'trending',
      'featured',
      'image',
      'imageAlt',
      'imageCredit',
      'readingTime',
      'socialShare',
      'generatedBy',
      'lang',
      'keywords',
      'slug',
    ];
    const lines = fields.filter(() => next() < 0.6).map((field) => `${field}: ${yamlValue()}`);
    const shape = next();
    if (shape < 0.05) return `---\n${lines.join('\n')}\n`; // never closed
    if (shape < 0.1) return `---\n${lines.join('\n')}\n  bad: [indent\n---\n`;
    if (shape < 0.13) return '---\n- a list\n- not a mapping\n---\n';
    if (shape < 0.15)
      return '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n';
    if (shape < 0.2) return '';
    return `---\n${lines.join('\n')}\n---\n`;
  };
  const block = (depth: number): string => {
    const choice = next();
    if (choice < 0.2) return `${text()} ${text()}`;
    if (choice < 0.3) return `${'#'.repeat(1 + Math.floor(next() * 6))} ${text()}`;
    if (choice < 0.4)
      return `> **${pick(['Pro Tip', 'Expert Insight', 'Warning', 'Note', 'Nope'])}:** ${text()}`;
    if (choice < 0.45)
      return `> [!${pick(['TIP', 'NOTE', 'WARNING', 'CAUTION', 'IMPORTANT', 'BOGUS'])}] ${text()}\n> ${text()}`;
    if (choice < 0.5) return `:::${pick(['tip', 'note', 'danger', 'weird'])} ${text()}\n${text()}\n:::`;
    if (choice < 0.58)
      return `![${text()}](${pick(['https://images.unsplash.com/photo-1?w=10&h=5', 'images/none.png', 'javascript:alert(1)', 'https://x.example/a.jpg'])})\n*Photo by [${words(2)}](${pick(['https://unsplash.com/@a', 'javascript:alert(1)'])}) on Unsplash*`;
    if (choice < 0.65) return `* ${text()}\n* ${text()}\n  * ${text()}`;
    if (choice < 0.7) return '```html\n' + hostile() + '\n```';
    if (choice < 0.8) return hostile();
    if (choice < 0.85)
      return `[${text()}](${pick(['https://ok.example', '#section', 'mailto:a@b.c', 'javascript:alert(1)', '//x.example', 'data:text/html,x'])})`;
    if (choice < 0.9 && depth < 3) return `> ${block(depth + 1).replace(/\n/g, '\n> ')}`;
    if (choice < 0.95)
      return '<div class="reading-progress-container">\n  <div id="reading-progress" class="reading-progress"></div>\n</div>';
    return `| a | b |\n| - | - |\n| ${text()} | ${text()} |`;
  };
  return (index: number): string => {
    const special = index % 100;
    if (special === 7) return `${frontmatter()}${'> '.repeat(300)}${words(5)}\n`; // deep quotes
    if (special === 17)
      return `${frontmatter()}${Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- ${words(2)}`).join('\n')}\n`; // deep lists
    if (special === 27)
      return `${'*'.repeat(500)}${words(3)}${'*'.repeat(500)}\n${'['.repeat(1000)}x${']'.repeat(1000)}\n`;
    if (index % 250 === 37)
      return `${frontmatter()}${Array.from({ length: 4000 }, () => block(0)).join('\n\n')}\n`; // huge
    if (index % 250 === 47)
      return `---\ntitle: ${JSON.stringify('x'.repeat(200_000))}\n---\n${'y '.repeat(100_000)}`;
    return `${frontmatter()}\n${Array.from({ length: 1 + Math.floor(next() * 12) }, () => block(0)).join('\n\n')}\n`;
  };
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'poster',
  'action',
  'formAction',
  'xLinkHref',
  'data',
  'background',
]);

/** Problems with one rendered page: scripts, handlers, unsafe URLs. */
function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const element of elements(parse(html))) {
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'style',
        'form',
        'math',
        'svg',
        'template',
        'base',
        'meta-refresh',
      ].includes(element.tagName) &&
      !(element.tagName === 'svg')
    )
      problems.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${element.tagName} ${name}`);
      if (name === 'style') problems.push(`${element.tagName} style`);
      const values = Array.isArray(value) ? value.map(String) : [String(value)];
      if (URL_ATTRIBUTES.has(name) || /href$|url$/i.test(name))
        for (const url of values)
          if (safeUrl(url, { allowMailto: true }) === null)
            problems.push(`${element.tagName} ${name}=${url}`);
      if (name === 'srcSet')
        for (const candidate of values.join(',').split(','))
          if (candidate.trim() && safeUrl(candidate.trim().split(/\s+/)[0], {}) === null)
            problems.push(`${element.tagName} srcset=${candidate}`);
    }
  }
  return problems;
}

const markdown = createMarkdown();

/**
 * The letters and digits of the body's text as markdown-it reads it, in order (what a reader
 * must still find). A callout's `[!TIP]` marker is syntax, not text: it becomes the callout's kind.
 */
function bodyLetters(source: string): string {
  let letters = '';
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (
        token.type === 'text' ||
        token.type === 'code_inline' ||
        token.type === 'fence' ||
        token.type === 'code_block'
      )
        letters += lettersOf(
          token.type === 'text' ? token.content.replace(/^\s*\[![A-Za-z][\w-]*\][+-]?/, '') : token.content,
        );
      if (token.children && token.type !== 'image') walk(token.children);
    }
  };
  walk(markdown.parse(splitFrontmatter(source).body, {}));
  return letters;
}

const lettersOf = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');

/**
 * Where the body's letters stop appearing, in order, in the page's text (-1 when all do).
 * Letters, not words: adjacent text nodes merge ("<scr" + "ipt>" reads "<script>"), and the
 * page adds its own text (title, meta line) around the body's.
 */
function lostAt(source: string, html: string): { at: number; near: string } | null {
  const wanted = bodyLetters(source);
  const shown = lettersOf(textOf(parse(html)));
  let position = 0;
  for (let index = 0; index < wanted.length; index++) {
    position = shown.indexOf(wanted[index]!, position);
    if (position < 0) return { at: index, near: wanted.slice(Math.max(0, index - 20), index + 20) };
    position++;
  }
  return null;
}

const DOCUMENTS = Number(process.env['FUZZ_DOCUMENTS'] ?? 1200);

test(`fuzz: ${DOCUMENTS} generated posts — no exception, no script, only safe URLs, no text lost`, () => {
  const generate = generator(15);
  const figures = { documents: 0, exceptions: 0, unsafe: 0, lossy: 0, warnings: 0, bytes: 0 };
  const failures: string[] = [];
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (let index = 0; index < DOCUMENTS; index++) {
      const source = generate(index);
      figures.documents++;
      figures.bytes += source.length;
      let result: ReturnType<typeof renderArticle>;
      let article: string;
      try {
        result = renderArticle(source, {
          file: `fuzz-${index}.md`,
          hrefTemplate: '/c/{slug}',
          declarativeShadowDom: false,
        });
        figures.warnings += result.warnings.length;
        article = result.article;
        const page = renderPage(result, { css: 'reading-elements.css', script: 'reading-elements.js' });
        if (!page.includes(article)) throw new Error('the page does not hold the article');
      } catch (error) {
        figures.exceptions++;
        failures.push(`#${index}: threw ${(error as Error).stack}`);
        continue;
      }
      // The template's own <style> and <script> are not author data; the parts it is filled with are.
      const unsafe = unsafeParts(`${result.head}${result.contents}${article}`);
      if (unsafe.length) {
        figures.unsafe++;
        failures.push(`#${index}: ${unsafe.slice(0, 3).join('; ')}`);
      }
      const lost = lostAt(source, article);
      if (lost) {
        figures.lossy++;
        failures.push(
          `#${index}: text lost at letter ${lost.at}, near "${lost.near}", in ${JSON.stringify(source.slice(0, 1500))}`,
        );
      }
    }
  } finally {
    console.warn = warn;
  }
  console.log(`fuzz figures: ${JSON.stringify(figures)}`);
  assert.deepEqual(failures.slice(0, 10), []);
  assert.equal(figures.documents, DOCUMENTS);
});

const SHADOW_DOCUMENTS = Number(process.env['FUZZ_SHADOW_DOCUMENTS'] ?? 25);

/** The light DOM of rendered HTML: the same tree with every declarative shadow root taken out. */
function withoutShadowRoots(html: string): { light: string; roots: number } {
  const tree = parse(html);
  let roots = 0;
  for (const element of elements(tree) as Element[]) {
    const before = element.children.length;
    element.children = element.children.filter(
      (child) =>
        !(child.type === 'element' && child.tagName === 'template' && child.properties['shadowRootMode']),
    );
    roots += before - element.children.length;
  }
  return { light: toHtml(tree), roots };
}

test(`fuzz with declarative shadow DOM: ${SHADOW_DOCUMENTS} generated posts — no exception, no script, rendering again changes nothing`, () => {
  const generate = generator(29);
  const failures: string[] = [];
  let roots = 0;
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (let index = 0; index < SHADOW_DOCUMENTS; index++) {
      const source = generate(index);
      let article: string;
      try {
        const result = renderArticle(source, { file: `fuzz-${index}.md`, hrefTemplate: '/c/{slug}' });
        article = result.article + result.contents;
        if (renderElements(article) !== article) failures.push(`#${index}: rendering again changed the page`);
      } catch (error) {
        failures.push(`#${index}: threw ${(error as Error).stack}`);
        continue;
      }
      // The library's own shadow markup (style, svg, template) is allowed; script and handlers never are.
      for (const element of elements(parse(article))) {
        if (element.tagName === 'script' || element.tagName === 'iframe')
          failures.push(`#${index}: <${element.tagName}>`);
        for (const [name, value] of Object.entries(element.properties)) {
          if (/^on/i.test(name)) failures.push(`#${index}: ${element.tagName} ${name}`);
          if (/href$|src$|action$/i.test(name) && safeUrl(String(value), { allowMailto: true }) === null)
            failures.push(`#${index}: ${element.tagName} ${name}=${String(value)}`);
        }
      }
      const light = withoutShadowRoots(article);
      roots += light.roots;
      const unsafe = unsafeParts(light.light);
      if (unsafe.length) failures.push(`#${index}: light DOM ${unsafe.slice(0, 3).join('; ')}`);
      const lost = lostAt(source, light.light);
      if (lost) failures.push(`#${index}: text lost at letter ${lost.at}, near "${lost.near}"`);
    }
  } finally {
    console.warn = warn;
  }
  console.log(`fuzz with shadow roots: ${JSON.stringify({ documents: SHADOW_DOCUMENTS, roots })}`);
  assert.deepEqual(failures.slice(0, 10), []);
  assert.ok(roots > 0, 'the posts carry shadow roots');
});
