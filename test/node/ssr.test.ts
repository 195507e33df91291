// Server rendering through reading-elements/ssr.js, in Node with nothing but lit's SSR: what a
// reader of the HTML would see before any script runs, in English, Spanish and Arabic.
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { registerLocale } from '../../dist/elements.js';
import { SERVER_RENDERED_TAGS, renderElements } from '../../dist/ssr.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value ?? null;

function* descendants(node: Node): Generator<Element> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    yield child;
    yield* descendants(child);
    if (child.tagName === 'template') yield* descendants((child as Template).content);
  }
}

/** The parsed output; a whole document when the input was one. */
const tree = (html: string) => (/^\s*<(!doctype|html)/i.test(html) ? parse(html) : parseFragment(html));

/** The declarative shadow root of the first `tag` (or the element itself when given). */
function shadowOf(html: string, tag: string, index = 0): Template['content'] {
  const host = [...descendants(tree(html))].filter((element) => element.tagName === tag)[index];
  assert.ok(host, `no <${tag}> in the output`);
  const template = host.childNodes.find(
    (child): child is Template => isElement(child) && child.tagName === 'template',
  );
  assert.ok(template, `<${tag}> has no declarative shadow root`);
  assert.equal(attr(template, 'shadowrootmode'), 'open');
  return template.content;
}

/** The text a reader sees in a shadow root (styles left out), white space collapsed. */
function textOf(node: Node): string {
  const walk = (current: Node): string => {
    if (current.nodeName === '#text') return (current as DefaultTreeAdapterMap['textNode']).value;
    if (isElement(current) && current.tagName === 'style') return '';
    // A nested element's declarative shadow root is what the reader sees of it.
    if (isElement(current) && current.tagName === 'template')
      return attr(current, 'shadowrootmode') ? walk((current as Template).content) : '';
    return 'childNodes' in current ? current.childNodes.map(walk).join('') : '';
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

const find = (root: Node, test: (element: Element) => boolean) => [...descendants(root)].find(test);
const byClass = (root: Node, name: string) =>
  find(root, (element) => (attr(element, 'class') ?? '').split(/\s+/).includes(name));
const byPart = (root: Node, name: string) =>
  find(root, (element) => (attr(element, 'part') ?? '').split(/\s+/).includes(name));

function captureWarnings(t: TestContext): string[] {
  const warnings: string[] = [];
  t.mock.method(console, 'warn', (message: unknown) => warnings.push(String(message)));
  return warnings;
}

describe('renderElements()', () => {
  test('renders every element into declarative shadow DOM, with no DOM in Node', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
    assert.equal(SERVER_RENDERED_TAGS.length, 8);
    for (const tag of SERVER_RENDERED_TAGS) {
      const html = renderElements(`<${tag}></${tag}>`);
      shadowOf(html, tag);
      assert.match(html, new RegExp(`^<${tag}\\s[^>]*\\bserver-rendered\\b`), `<${tag}> lacks its mark`);
      assert.doesNotMatch(html, /reading-elements-server-context/);
    }
  });

  test('leaves everything around the elements exactly as written', () => {
    const before =
      '<!doctype html>\n<html lang="en"><head><title>T &amp; co</title></head><body>\n<p class=x>Hi<br/>there</p>\n';
    const after = '\n<footer>© <b>me</b></footer></body></html>\n';
    const html = renderElements(`${before}<pro-tip>Body</pro-tip>${after}`);
    assert.ok(html.startsWith(before), html.slice(0, 200));
    assert.ok(html.endsWith(after));
  });

  test('rendering twice changes nothing: rendered elements are left alone', () => {
    const once = renderElements('<pro-tip kind="warning"><p>Careful</p></pro-tip>');
    assert.equal(renderElements(once), once);
  });

  test('leaves tags inside a <template> alone (they are inert in the browser too)', () => {
    const html = '<template><pro-tip>Later</pro-tip></template>';
    assert.equal(renderElements(html), html);
  });

  test('renders nested elements: chips slotted into the meta line', () => {
    const html = renderElements(
      '<post-meta author="Ana"><category-chips slot="categories" categories=\'["Tech"]\'></category-chips></post-meta>',
    );
    assert.equal(textOf(shadowOf(html, 'category-chips')), 'Tech');
    const categories = byClass(shadowOf(html, 'post-meta'), 'categories')!;
    assert.equal(attr(categories, 'hidden'), null, 'the slotted chips are shown before hydration');
  });

  test('a non-string input warns and renders nothing, without throwing', (t) => {
    const warnings = captureWarnings(t);
    assert.equal(renderElements(undefined as unknown as string), '');
    assert.match(warnings[0]!, /takes a string of HTML/);
  });
});

describe('repeated elements', () => {
  const rootsOf = (html: string, tag: string) =>
    [...descendants(tree(html))]
      .filter((element) => element.tagName === tag)
      .map((_, index) => textOf(shadowOf(html, tag, index)));

  test('identical callouts render alike, and like one rendered alone', () => {
    const one = '<pro-tip kind="insight"><p>Body</p></pro-tip>';
    const alone = renderElements(one);
    const page = renderElements(`${one}<p>between</p>${one}${one}`);
    assert.equal(page, `${alone}<p>between</p>${alone}${alone}`);
  });

  test('elements alike but for their children render their own children', () => {
    const photo = (alt: string) =>
      `<photo-credit credit="Ana" zoomable><img src="/a.jpg" alt="${alt}"></photo-credit>`;
    const html = renderElements(photo('A red door') + photo('A blue gate'));
    const zoomLabel = (index: number) =>
      attr(byPart(shadowOf(html, 'photo-credit', index), 'zoom')!, 'aria-label');
    assert.equal(zoomLabel(0), 'Enlarge image: A red door');
    assert.equal(zoomLabel(1), 'Enlarge image: A blue gate');
  });

  test('every copy of a bad element warns', (t) => {
    const warnings = captureWarnings(t);
    renderElements('<pro-tip kind="bogus"></pro-tip><pro-tip kind="bogus"></pro-tip>');
    assert.equal(warnings.filter((w) => w.startsWith('<pro-tip>: kind="bogus"')).length, 2);
  });

  test('strings registered between renders change the next render', () => {
    const html = '<pro-tip kind="tip" lang="nl"></pro-tip>';
    const before = rootsOf(renderElements(html), 'pro-tip')[0];
    registerLocale('nl', { 'pro-tip.tip': 'Goede tip' });
    const after = rootsOf(renderElements(html), 'pro-tip')[0];
    assert.notEqual(after, before);
    assert.match(after!, /Goede tip/);
  });
});

describe('language on the server', () => {
  test('comes from the lang option, an ancestor, or the element itself', () => {
    const label = (html: string) => textOf(byPart(shadowOf(html, 'pro-tip'), 'label')!);
    assert.equal(label(renderElements('<pro-tip></pro-tip>')), 'Pro Tip');
    assert.equal(label(renderElements('<pro-tip></pro-tip>', { lang: 'es' })), 'Consejo');
    assert.equal(label(renderElements('<div lang="ar"><pro-tip></pro-tip></div>', { lang: 'es' })), 'نصيحة');
    assert.equal(label(renderElements('<div lang="ar"><pro-tip lang="es-MX"></pro-tip></div>')), 'Consejo');
    assert.equal(
      label(renderElements('<!doctype html><html lang="es"><body><pro-tip></pro-tip></body></html>')),
      'Consejo',
    );
  });

  test('an invalid lang falls back to English instead of throwing', () => {
    const html = renderElements('<reading-time minutes="3" lang="not a language!"></reading-time>');
    assert.equal(textOf(shadowOf(html, 'reading-time')), '3 min read');
  });

  test('an element inside another shadow root speaks its host language', () => {
    const html = renderElements('<post-meta reading-time="4"></post-meta>', { lang: 'es' });
    assert.match(textOf(shadowOf(html, 'post-meta')), /4 min de lectura/);
  });
});

describe('<pro-tip> on the server', () => {
  for (const [lang, warning, takeaways] of [
    ['en', 'Warning', 'Key Takeaways'],
    ['es', 'Advertencia', 'Puntos clave'],
    ['ar', 'تحذير', 'أهم النقاط'],
  ] as const) {
    test(`labels each kind (${lang})`, () => {
      const html = renderElements(
        `<pro-tip kind="warning"><p>Back up.</p></pro-tip><pro-tip kind="tldr"></pro-tip>`,
        { lang },
      );
      assert.equal(textOf(byPart(shadowOf(html, 'pro-tip'), 'label')!), warning);
      assert.equal(textOf(byPart(shadowOf(html, 'pro-tip', 1), 'label')!), takeaways);
      const base = byPart(shadowOf(html, 'pro-tip'), 'base')!;
      assert.equal(attr(base, 'role'), 'note');
      assert.match(html, /<p>Back up\.<\/p><\/pro-tip>/, 'the body stays in the light DOM');
    });
  }

  test('a label attribute wins; an author role removes the inner note', () => {
    const html = renderElements('<pro-tip label="Heads up" role="region" aria-label="x"></pro-tip>');
    const root = shadowOf(html, 'pro-tip');
    assert.equal(textOf(byPart(root, 'label')!), 'Heads up');
    assert.equal(attr(byPart(root, 'base')!, 'role'), null);
  });

  test('collapsible renders a closed <details>, open renders it open', () => {
    const closed = find(
      shadowOf(renderElements('<pro-tip collapsible></pro-tip>'), 'pro-tip'),
      (e) => e.tagName === 'details',
    )!;
    assert.equal(attr(closed, 'open'), null);
    const open = find(
      shadowOf(renderElements('<pro-tip collapsible open></pro-tip>'), 'pro-tip'),
      (e) => e.tagName === 'details',
    )!;
    assert.equal(attr(open, 'open'), '');
  });

  test('an unknown kind shows as a note and warns; hostile text stays text', (t) => {
    const warnings = captureWarnings(t);
    const html = renderElements('<pro-tip kind="<img src=x onerror=alert(1)>" label="<b>x</b>"></pro-tip>');
    const root = shadowOf(html, 'pro-tip');
    assert.match(attr(byPart(root, 'base')!, 'class')!, /kind-note/);
    assert.equal(textOf(byPart(root, 'label')!), '<b>x</b>');
    assert.equal(
      find(root, (e) => e.tagName === 'b' || e.tagName === 'img'),
      undefined,
    );
    assert.ok(warnings.some((w) => w.startsWith('<pro-tip>: kind=')));
  });
});

describe('<photo-credit> on the server', () => {
  const credit = 'Photo by [Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash';
  for (const [lang, line] of [
    ['en', 'Photo by Marvin Meyer on Unsplash'],
    ['es', 'Foto de Marvin Meyer en Unsplash'],
    ['ar', 'صورة بواسطة Marvin Meyer على Unsplash'],
  ] as const) {
    test(`writes the credit with its links (${lang})`, () => {
      const html = renderElements(
        `<photo-credit credit="${credit}"><img src="a.jpg" alt="A desk" width="4" height="3"></photo-credit>`,
        { lang },
      );
      const root = shadowOf(html, 'photo-credit');
      assert.equal(textOf(byPart(root, 'credit')!), line);
      const links = [...descendants(root)].filter((e) => e.tagName === 'a');
      assert.deepEqual(
        links.map((a) => [textOf(a), attr(a, 'href'), attr(a, 'rel')]),
        [
          ['Marvin Meyer', 'https://unsplash.com/@marvelous', 'noopener noreferrer'],
          ['Unsplash', 'https://unsplash.com/', 'noopener noreferrer'],
        ],
      );
      assert.match(html, /<img src="a.jpg" alt="A desk" width="4" height="3"><\/photo-credit>/);
    });
  }

  test('drops unsafe links, keeps their text, and warns', (t) => {
    const warnings = captureWarnings(t);
    const html = renderElements(
      '<photo-credit author="Eve" author-href="javascript:alert(1)" source="Flickr" source-href=" data:text/html,x"></photo-credit>',
    );
    const root = shadowOf(html, 'photo-credit');
    assert.equal(textOf(byPart(root, 'credit')!), 'Photo by Eve on Flickr');
    assert.equal(
      find(root, (e) => e.tagName === 'a'),
      undefined,
    );
    assert.equal(warnings.filter((w) => w.includes('is not an http(s) or relative link')).length, 2);
  });

  test('a credit string with markup renders as text', () => {
    const html = renderElements('<photo-credit credit="Photo by <script>alert(1)</script>"></photo-credit>');
    const root = shadowOf(html, 'photo-credit');
    assert.equal(textOf(byPart(root, 'credit')!), 'Photo by <script>alert(1)</script>');
    assert.equal(
      find(root, (e) => e.tagName === 'script'),
      undefined,
    );
  });

  test('zoomable renders the zoom button named by the alt text, unless the image is a link', () => {
    const zoomable = shadowOf(
      renderElements('<photo-credit zoomable><img src="a.jpg" alt="Un gato"></photo-credit>', { lang: 'es' }),
      'photo-credit',
    );
    assert.equal(attr(byPart(zoomable, 'zoom')!, 'aria-label'), 'Ampliar imagen: Un gato');
    // The zoom dialog renders only once a reader asks for it: a server render holds none.
    assert.equal(
      find(zoomable, (e) => e.tagName === 'dialog'),
      undefined,
    );
    const linked = shadowOf(
      renderElements(
        '<photo-credit zoomable><a href="/big.jpg"><img src="a.jpg" alt="x"></a></photo-credit>',
      ),
      'photo-credit',
    );
    assert.equal(byPart(linked, 'zoom'), undefined);
  });

  test('shows the caption area for a slotted caption, hides it with nothing to show', () => {
    const captioned = shadowOf(
      renderElements('<photo-credit><img src="a.jpg" alt=""><span slot="caption">Dawn</span></photo-credit>'),
      'photo-credit',
    );
    assert.equal(attr(byPart(captioned, 'caption')!, 'hidden'), null);
    const bare = shadowOf(
      renderElements('<photo-credit><img src="a.jpg" alt=""></photo-credit>'),
      'photo-credit',
    );
    assert.equal(attr(byPart(bare, 'caption')!, 'hidden'), '');
  });
});

describe('<category-chips> on the server', () => {
  const categories = JSON.stringify([
    { type: 'exact', name: 'Tech' },
    { type: 'general', name: 'Innovation' },
    { type: 'niche', name: 'Deep Learning' },
  ]).replaceAll('"', '&quot;');
  for (const [lang, label, more] of [
    ['en', 'Categories', '+2 more'],
    ['es', 'Categorías', '+2 más'],
    ['ar', 'التصنيفات', '+2 أخرى'],
  ] as const) {
    test(`renders the chips and "+N more" (${lang})`, () => {
      const html = renderElements(`<category-chips max="1" categories="${categories}"></category-chips>`, {
        lang,
      });
      const root = shadowOf(html, 'category-chips');
      assert.equal(attr(byPart(root, 'list')!, 'aria-label'), label);
      const items = [...descendants(root)].filter((e) => e.tagName === 'li');
      assert.deepEqual(items.map(textOf), ['Tech', 'Innovation', 'Deep Learning']);
      assert.deepEqual(
        items.map((li) => attr(li, 'hidden')),
        [null, '', ''],
      );
      assert.equal(textOf(byPart(root, 'more')!), more);
      assert.equal(attr(byPart(root, 'more')!, 'aria-expanded'), 'false');
    });
  }

  test('reads the links written inside it; an unsafe href is dropped with a warning', (t) => {
    const warnings = captureWarnings(t);
    const html = renderElements(
      '<category-chips><a href="/t/ai" data-type="exact">AI</a> <a href="javascript:alert(1)">Evil</a><ul><li data-type="niche">Plain</li></ul></category-chips>',
    );
    const root = shadowOf(html, 'category-chips');
    const chips = [...descendants(root)].filter((e) => (attr(e, 'part') ?? '').split(' ').includes('chip'));
    assert.deepEqual(
      chips.map((chip) => [chip.tagName, textOf(chip), attr(chip, 'href'), attr(chip, 'data-type')]),
      [
        ['a', 'AI', '/t/ai', 'exact'],
        ['span', 'Evil', null, null],
        ['span', 'Plain', null, 'niche'],
      ],
    );
    assert.ok(warnings.some((w) => w.includes('href="javascript:alert(1)"')));
  });

  test('broken JSON warns and falls back to the links inside', (t) => {
    const warnings = captureWarnings(t);
    const html = renderElements('<category-chips categories="[{oops"><a href="/t/x">X</a></category-chips>');
    assert.equal(textOf(shadowOf(html, 'category-chips')), 'X');
    assert.ok(warnings.some((w) => w.includes('is not valid JSON')));
  });

  test('builds links from href-template', () => {
    const html = renderElements(
      `<category-chips href-template="/tags/{slug}/" categories='["Deep Learning"]'></category-chips>`,
    );
    const link = find(shadowOf(html, 'category-chips'), (e) => e.tagName === 'a')!;
    assert.equal(attr(link, 'href'), '/tags/deep-learning/');
    assert.equal(attr(link, 'rel'), 'tag');
  });
});

describe('<reading-time> on the server', () => {
  for (const [lang, short, long] of [
    ['en', '5 min read', '5 minutes to read'],
    ['es', '5 min de lectura', '5 minutos de lectura'],
    ['ar', 'قراءة 5 د', 'مدة القراءة 5 دقائق'],
  ] as const) {
    test(`shows the given minutes (${lang})`, () => {
      const html = renderElements(
        '<reading-time minutes="5"></reading-time><reading-time minutes="4.6" format="long"></reading-time>',
        { lang },
      );
      const time = find(shadowOf(html, 'reading-time'), (e) => e.tagName === 'time')!;
      assert.equal(attr(time, 'datetime'), 'PT5M');
      assert.equal(textOf(time), short);
      assert.equal(textOf(shadowOf(html, 'reading-time', 1)), long);
    });
  }

  test('without minutes it says nothing yet (the browser measures)', () => {
    const root = shadowOf(renderElements('<reading-time></reading-time>'), 'reading-time');
    assert.equal(textOf(root), '');
    assert.ok(find(root, (e) => e.tagName === 'time'));
  });
});

describe('<table-of-contents> on the server', () => {
  test('keeps a server-written list (progressive mode) inside a labelled nav', () => {
    const html = renderElements(
      '<table-of-contents><ol><li><a href="#one">One</a></li></ol></table-of-contents>',
      { lang: 'es' },
    );
    const nav = find(shadowOf(html, 'table-of-contents'), (e) => e.tagName === 'nav')!;
    assert.equal(attr(nav, 'aria-label'), 'Tabla de contenidos');
    assert.ok(find(nav, (e) => e.tagName === 'slot'));
    assert.match(html, /<ol><li><a href="#one">One<\/a><\/li><\/ol><\/table-of-contents>/);
  });

  test('an author list with its own <nav> gets no second landmark', () => {
    const html = renderElements(
      '<table-of-contents><nav aria-label="On this page"><a href="#one">One</a></nav></table-of-contents>',
    );
    assert.equal(
      find(shadowOf(html, 'table-of-contents'), (e) => e.tagName === 'nav'),
      undefined,
    );
  });

  test('collapsible renders its localized summary', () => {
    const html = renderElements('<table-of-contents collapsible></table-of-contents>', { lang: 'ar' });
    const summary = byPart(shadowOf(html, 'table-of-contents'), 'summary')!;
    assert.equal(textOf(summary), 'المحتويات');
  });
});

describe('<share-buttons> on the server', () => {
  for (const [lang, copy, list] of [
    ['en', 'Copy link', 'Share this page'],
    ['es', 'Copiar enlace', 'Compartir esta página'],
    ['ar', 'نسخ الرابط', 'شارك هذه الصفحة'],
  ] as const) {
    test(`links to each network with the given address (${lang})`, () => {
      const html = renderElements(
        '<share-buttons url="https://example.com/post?a=1&amp;b=2" text="Read this"></share-buttons>',
        { lang },
      );
      const root = shadowOf(html, 'share-buttons');
      assert.equal(attr(byPart(root, 'list')!, 'aria-label'), list);
      const x = find(root, (e) => attr(e, 'data-network') === 'x')!;
      assert.equal(
        attr(x, 'href'),
        'https://x.com/intent/tweet?text=Read%20this&url=https%3A%2F%2Fexample.com%2Fpost%3Fa%3D1%26b%3D2',
      );
      assert.equal(attr(x, 'rel'), 'noopener noreferrer');
      assert.equal(textOf(find(root, (e) => attr(e, 'data-network') === 'copy')!), copy);
      // The Mastodon dialog renders only once a reader asks for it: a server render holds none,
      // so it can tick no "Remember my server" box either (the browser tests check it starts unticked).
      assert.equal(
        find(root, (e) => e.tagName === 'dialog' || attr(e, 'name') === 'remember'),
        undefined,
      );
    });
  }

  test('an unsafe url warns; the links wait for the page address', (t) => {
    const warnings = captureWarnings(t);
    const root = shadowOf(
      renderElements('<share-buttons url="javascript:alert(1)" networks="x copy"></share-buttons>'),
      'share-buttons',
    );
    const x = find(root, (e) => attr(e, 'data-network') === 'x')!;
    assert.doesNotMatch(attr(x, 'href')!, /javascript/);
    assert.ok(warnings.some((w) => w.startsWith('<share-buttons>: url=')));
    assert.equal(
      find(root, (e) => attr(e, 'data-network') === 'native'),
      undefined,
    );
  });

  test('broken strings JSON warns and keeps the defaults', (t) => {
    const warnings = captureWarnings(t);
    const root = shadowOf(
      renderElements(`<share-buttons networks="copy" strings="{nope"></share-buttons>`),
      'share-buttons',
    );
    assert.equal(textOf(find(root, (e) => attr(e, 'data-network') === 'copy')!), 'Copy link');
    assert.ok(warnings.some((w) => w.startsWith('<share-buttons>: strings=')));
  });
});

describe('<post-meta> on the server', () => {
  for (const [lang, line] of [
    ['en', 'Published Mar 18, 2025 · By Ana · 5 min read · Trending · AI-generated with Gemini'],
    ['es', 'Publicado el 18 mar 2025 · Por Ana · 5 min de lectura · Tendencia · Generado con IA (Gemini)'],
    ['ar', 'نُشر في 18‏/03‏/2025 · بقلم Ana · قراءة 5 د · رائج · مُنشأ بالذكاء الاصطناعي (Gemini)'],
  ] as const) {
    test(`writes the meta line (${lang})`, () => {
      const html = renderElements(
        '<post-meta published="2025-03-18T18:44:12.631Z" author="Ana" author-href="https://example.com/ana" reading-time="5" trending generated-by="Gemini"></post-meta>',
        { lang },
      );
      const root = shadowOf(html, 'post-meta');
      assert.equal(textOf(byPart(root, 'line')!), line);
      const author = byPart(root, 'author')!;
      assert.equal(attr(author, 'href'), 'https://example.com/ana');
    });
  }

  test('a bad date and an unsafe author link warn; the rest renders', (t) => {
    const warnings = captureWarnings(t);
    const root = shadowOf(
      renderElements(
        '<post-meta published="last tuesday" author="Ana" author-href="javascript:x"></post-meta>',
      ),
      'post-meta',
    );
    assert.equal(textOf(byPart(root, 'line')!), 'By Ana');
    assert.equal(
      find(root, (e) => e.tagName === 'a'),
      undefined,
    );
    assert.ok(warnings.some((w) => w.startsWith('<post-meta>: published=')));
    assert.ok(warnings.some((w) => w.startsWith('<post-meta>: author-href=')));
  });
});

describe('<reading-progress> on the server', () => {
  test('renders an empty, decorative bar', () => {
    const root = shadowOf(
      renderElements('<reading-progress time-left></reading-progress>'),
      'reading-progress',
    );
    assert.equal(
      attr(
        find(root, (e) => attr(e, 'class')?.startsWith('track') ?? false)!,
        'aria-hidden',
      ),
      'true',
    );
    assert.ok(byPart(root, 'bar'));
    assert.equal(textOf(root), '');
  });
});
