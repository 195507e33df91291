import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  languageOf,
  registerLocale,
  translate,
  fill,
  templateParts,
  type StringTable,
} from '../src/internal/locale.js';
import { ReadingElement } from '../src/internal/reading-element.js';
import { isExternal, safeUrl } from '../src/internal/safe-url.js';
import { slugify, uniqueSlug } from '../src/internal/slug.js';
import { warnOnce } from '../src/internal/warn.js';
import { elementById } from '../src/internal/article.js';
import { captureWarnings } from './helpers.js';

const table: StringTable<'demo.hello' | 'demo.bye'> = {
  en: { 'demo.hello': 'Hello', 'demo.bye': 'Bye' },
  es: { 'demo.hello': 'Hola' },
  pt: { 'demo.hello': 'Olá' },
};

/** A minimal element that shows one localized string, to test the base class end to end. */
class GreetingElement extends ReadingElement {
  static override tag = 'test-greeting';
  protected override render() {
    return this.localize(table, 'demo.hello');
  }
}
GreetingElement.define();

describe('define()', () => {
  it('registers under the class tag and does nothing when the tag is taken', () => {
    expect(customElements.get('test-greeting')).to.equal(GreetingElement);
    class Impostor extends ReadingElement {}
    expect(() => Impostor.define('test-greeting')).not.to.throw();
    expect(customElements.get('test-greeting')).to.equal(GreetingElement);
    expect(Impostor.define('test-greeting')).to.equal(GreetingElement);
  });

  it('accepts another tag and another registry', () => {
    class Renamed extends ReadingElement {}
    Renamed.define('test-renamed');
    expect(customElements.get('test-renamed')).to.equal(Renamed);
    expect(new Renamed()).to.be.instanceOf(LitElement);
  });
});

describe('language resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('takes the closest [lang] ancestor', async () => {
    const el = await fixture(html`<div lang="fr"><section><span></span></section></div>`);
    expect(languageOf(el.querySelector('span')!)).to.equal('fr');
  });

  it('crosses shadow roots to the host’s ancestors', async () => {
    const host = await fixture(html`<div lang="ja"><div></div></div>`);
    const inner = host.firstElementChild!;
    const shadow = inner.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    shadow.append(span);
    expect(languageOf(span)).to.equal('ja');
  });

  it('falls back to the document, then to English', async () => {
    const el = await fixture(html`<p>text</p>`);
    document.documentElement.setAttribute('lang', 'de');
    expect(languageOf(el)).to.equal('de');
    document.documentElement.removeAttribute('lang');
    expect(languageOf(el)).to.equal('en');
  });

  it('turns a sloppy lang into a language tag, and nonsense into English', async () => {
    const el = await fixture(html`<div><p lang="pt_BR">a</p><p lang="not a language!">b</p></div>`);
    const [sloppy, nonsense] = el.querySelectorAll('p');
    expect(languageOf(sloppy!)).to.equal('pt-BR');
    expect(languageOf(nonsense!)).to.equal('en');
    expect(() => new Intl.NumberFormat(languageOf(nonsense!))).not.to.throw();
  });

  it('ignores an empty lang attribute', async () => {
    const el = await fixture(html`<div lang="es"><p lang="">x</p></div>`);
    expect(languageOf(el.querySelector('p')!)).to.equal('es');
  });

  it('re-renders elements when an ancestor’s lang changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-greeting></test-greeting></div>`);
    const greeting = wrapper.querySelector('test-greeting') as GreetingElement;
    expect(greeting.shadowRoot!.textContent).to.equal('Hello');
    wrapper.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent).to.equal('Hola');
  });
});

describe('strings', () => {
  it('uses the region’s base language, then English for missing keys', () => {
    expect(translate(table, 'pt-BR', 'demo.hello')).to.equal('Olá');
    expect(translate(table, 'es', 'demo.bye')).to.equal('Bye');
    expect(translate(table, 'sv', 'demo.hello')).to.equal('Hello');
  });

  it('lets a page register a new language, or correct one, and re-renders what is on the page', async () => {
    const greeting = await fixture<GreetingElement>(html`<test-greeting lang="nl"></test-greeting>`);
    expect(greeting.shadowRoot!.textContent).to.equal('Hello');
    registerLocale('nl', { 'demo.hello': 'Hallo' });
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent).to.equal('Hallo');
    registerLocale('es', { 'demo.hello': '¡Hola!' });
    expect(translate(table, 'es', 'demo.hello')).to.equal('¡Hola!');
  });

  it('fills placeholders and splits templates around them', () => {
    expect(fill('Photo by {author} on {source}', { author: 'Ana', source: 'Unsplash' })).to.equal(
      'Photo by Ana on Unsplash',
    );
    expect(fill('{count} more {unknown}', { count: 2 })).to.equal('2 more {unknown}');
    expect(templateParts('Foto de {author} en {source}')).to.deep.equal([
      'Foto de ',
      { name: 'author' },
      ' en ',
      { name: 'source' },
    ]);
  });
});

describe('isExternal()', () => {
  // Paths, queries and fragments are judged without parsing; everything else is parsed.
  for (const url of ['/category/tech', '/', '?page=2', '#top', 'tags/x', location.href])
    it(`keeps ${url} on this site`, () => expect(isExternal(url)).to.equal(false));
  for (const url of [
    '//example.org/x',
    '/\\example.org/x',
    '\\\\example.org',
    '/\t/example.org',
    'https://example.org/',
  ])
    it(`sends ${JSON.stringify(url)} elsewhere`, () => expect(isExternal(url)).to.equal(true));
});

describe('safeUrl()', () => {
  const allowed = [
    'https://example.com/a?b=c#d',
    'http://example.com',
    '/relative/path',
    'relative/path',
    '../up',
    '?query=1',
    '#fragment',
    '//cdn.example.com/x',
  ];
  for (const url of allowed) {
    it(`keeps ${url}`, () => expect(safeUrl(url)).to.equal(url));
  }

  const dropped = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '',
    '   ',
  ];
  for (const url of dropped) {
    it(`drops ${JSON.stringify(url)}`, () => expect(safeUrl(url)).to.equal(null));
  }

  it('allows mailto: only when asked', () => {
    expect(safeUrl('mailto:a@example.com')).to.equal(null);
    expect(safeUrl('mailto:a@example.com', { allowMailto: true })).to.equal('mailto:a@example.com');
  });

  it('drops what is not a string', () => {
    expect(safeUrl(undefined)).to.equal(null);
    expect(safeUrl(42)).to.equal(null);
    expect(safeUrl({ toString: () => 'https://x' })).to.equal(null);
  });

  it('trims surrounding whitespace', () => {
    expect(safeUrl('  https://example.com  ')).to.equal('https://example.com');
  });
});

describe('slugify()', () => {
  const cases: Array<[string, string]> = [
    ['Künstliche Intelligenz', 'kunstliche-intelligenz'],
    ['Why Skimming Stopped Working', 'why-skimming-stopped-working'],
    ['人工知能と学習', '人工知能と学習'],
    ['がぎぐ', 'がぎぐ'],
    ['Ελληνικά Νέα', 'ελληνικα-νεα'],
    ['Русский текст', 'русский-текст'],
    ['الذكاء الاصطناعي', 'الذكاء-الاصطناعي'],
    ['한국어 제목', '한국어-제목'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['C++ & Rust', 'c-rust'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(slugify(input)).to.equal(expected));
  }

  it('gives plain ASCII the slug the Unicode path gives it', () => {
    // A trailing no-break space sends the same text down the Unicode path and adds nothing.
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    let seed = 7;
    const pick = () => ascii[(seed = (seed * 48271) % 2147483647) % ascii.length]!;
    const samples = [
      ...ascii,
      ...Array.from({ length: 2000 }, () => Array.from({ length: 12 }, pick).join('')),
    ];
    const differ = samples.filter((text) => slugify(text) !== slugify(`${text}\u00a0`));
    expect(differ).to.deep.equal([]);
  });

  it('is never empty', () => {
    expect(slugify('!!!')).to.equal('section');
    expect(slugify('', 'category')).to.equal('category');
  });

  it('makes unique slugs', () => {
    const taken = new Set(['intro', 'intro-2']);
    expect(uniqueSlug('Intro', (slug) => taken.has(slug))).to.equal('intro-3');
  });
});

describe('warnOnce()', () => {
  it('names the element, the attribute and the shortened value, once', () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('pro-tip');
      const long = 'x'.repeat(200);
      warnOnce(el, 'kind', long, 'is not a kind.');
      warnOnce(el, 'kind', long, 'is not a kind.');
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.match(/^<pro-tip>: kind="x{57}…" is not a kind\.$/);
    } finally {
      warnings.restore();
    }
  });
});

describe('elementById()', () => {
  it('finds ids in the host’s tree, then in each tree around it', async () => {
    const outer = await fixture(
      html`<div><section id="page-article"></section><div id="component"></div></div>`,
    );
    const component = outer.querySelector('#component')!;
    const componentRoot = component.attachShadow({ mode: 'open' });
    const inner = document.createElement('article');
    inner.id = 'component-article';
    const nested = document.createElement('div');
    componentRoot.append(inner, nested);
    const nestedRoot = nested.attachShadow({ mode: 'open' });
    const deep = document.createElement('span');
    nestedRoot.append(deep);
    expect(elementById(deep, 'component-article')).to.equal(inner);
    expect(elementById(deep, 'page-article')).to.equal(outer.querySelector('#page-article'));
    expect(elementById(deep, 'nowhere')).to.equal(null);
  });
});
