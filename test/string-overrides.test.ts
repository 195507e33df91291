// One way to change an element's wording: the `strings` attribute on one element, with the same
// keys `registerLocale()` takes for the whole page. The per-string attributes kept from before
// still work, and say once that they are deprecated.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { registerLocale } from '../src/internal/locale.js';
import { captureWarnings, waitFor } from './helpers.js';

const SEED =
  '[{"type":"exact","name":"Tech"},{"type":"general","name":"Innovation"},{"type":"medium","name":"Software Engineering"},{"type":"specific","name":"Artificial Intelligence"},{"type":"niche","name":"Deep Learning"}]';

/** Everything a reader sees or hears in the element's shadow root: its text and accessible names. */
function spoken(element: Element): string {
  const root = element.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${root.textContent} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

async function settle(element: Element): Promise<void> {
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

interface Case {
  tag: string;
  /** A page with the element; `strings` goes on the element. */
  render: (strings: string) => ReturnType<typeof html>;
  key: string;
  /** The override, and what the reader then sees instead of the default. */
  value: string;
  shows: string;
  /** The default wording the override replaces. */
  replaces: string;
}

const CASES: Case[] = [
  {
    tag: 'pro-tip',
    render: (s) => html`<pro-tip strings=${s}>Save often.</pro-tip>`,
    key: 'pro-tip.tip',
    value: 'Heads up',
    shows: 'Heads up',
    replaces: 'Pro Tip',
  },
  {
    tag: 'reading-time',
    render: (s) => html`<reading-time minutes="5" strings=${s}></reading-time>`,
    key: 'reading-time.read',
    value: '{time} of reading',
    shows: '5 min of reading',
    replaces: '5 min read',
  },
  {
    tag: 'category-chips',
    render: (s) => html`<category-chips max="3" categories=${SEED} strings=${s}></category-chips>`,
    key: 'category-chips.more',
    value: 'and {count} others',
    shows: 'and 2 others',
    replaces: '+2 more',
  },
  {
    tag: 'post-meta',
    render: (s) => html`<post-meta published="2025-03-18" strings=${s}></post-meta>`,
    key: 'post-meta.published',
    value: 'Posted {date}',
    shows: 'Posted Mar 18, 2025',
    replaces: 'Published',
  },
  {
    tag: 'photo-credit',
    render: (s) =>
      html`<photo-credit zoomable strings=${s} credit="Photo by Ada on Unsplash"
        ><img src="/demo/images/photo-credit-forest-small.svg" width="60" height="40" alt="Pine trees"
      /></photo-credit>`,
    key: 'photo-credit.zoom',
    value: 'Open {alt} big',
    shows: 'Open Pine trees big',
    replaces: 'Enlarge image',
  },
  {
    tag: 'share-buttons',
    render: (s) => html`<share-buttons networks="copy" strings=${s}></share-buttons>`,
    key: 'share-buttons.copy',
    value: 'Copy address',
    shows: 'Copy address',
    replaces: 'Copy link',
  },
  {
    tag: 'table-of-contents',
    render: (s) =>
      html`<article><table-of-contents collapsible strings=${s}></table-of-contents><h2>One</h2></article>`,
    key: 'table-of-contents.summary',
    value: 'On this page',
    shows: 'On this page',
    replaces: 'Contents',
  },
  {
    tag: 'reading-progress',
    render: (s) =>
      html`<article style="height:3000px">${'word '.repeat(2300)}<reading-progress
          time-left
          strings=${s}
        ></reading-progress></article>`,
    key: 'reading-progress.time-left',
    value: '{time} to go',
    shows: 'to go',
    replaces: 'left',
  },
];

describe('the strings attribute', () => {
  for (const { tag, render, key, value, shows, replaces } of CASES) {
    it(`<${tag}> shows its own wording for ${key}`, async () => {
      window.scrollTo(0, 0);
      const page = await fixture(render(JSON.stringify({ [key]: value })));
      const element = page.localName === tag ? page : page.querySelector(tag)!;
      await settle(element);
      await waitFor(() => spoken(element).includes(shows), `${tag} to show "${shows}"`);
      expect(spoken(element)).to.contain(shows).and.not.contain(replaces);
    });
  }

  it('wins over registerLocale() for that element only', async () => {
    registerLocale('en', { 'pro-tip.tip': 'Page-wide tip' });
    try {
      const page = await fixture(html`<div>
        <pro-tip strings='{"pro-tip.tip":"This one"}'>A</pro-tip><pro-tip>B</pro-tip>
      </div>`);
      const [own, other] = [...page.querySelectorAll('pro-tip')];
      await settle(own!);
      await settle(other!);
      expect(spoken(own!)).to.contain('This one').and.not.contain('Page-wide tip');
      expect(spoken(other!)).to.contain('Page-wide tip');
    } finally {
      registerLocale('en', { 'pro-tip.tip': 'Pro Tip' });
    }
  });

  it('follows a change of the property', async () => {
    const tip = await fixture<
      HTMLElement & { strings: Record<string, string>; updateComplete: Promise<unknown> }
    >(html`<pro-tip>Body</pro-tip>`);
    tip.strings = { 'pro-tip.tip': 'Changed' };
    await tip.updateComplete;
    expect(spoken(tip)).to.contain('Changed');
  });

  it('warns about a value that is not a JSON object and keeps the defaults, on any element', async () => {
    const warnings = captureWarnings();
    try {
      const tip = await fixture(html`<pro-tip strings="[1, 2]">Body</pro-tip>`);
      await settle(tip);
      expect(spoken(tip)).to.contain('Pro Tip');
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0]).to.contain('<pro-tip>').and.contain('strings="[1, 2]"');
    } finally {
      warnings.restore();
    }
  });
});

describe('per-string attributes (deprecated)', () => {
  const OLD = [
    ['category-chips', 'more-label', 'category-chips.more'],
    ['category-chips', 'less-label', 'category-chips.less'],
    ['photo-credit', 'zoom-label', 'photo-credit.zoom'],
    ['photo-credit', 'dialog-label', 'photo-credit.dialog'],
    ['photo-credit', 'close-label', 'photo-credit.close'],
    ['post-meta', 'published-label', 'post-meta.published'],
    ['post-meta', 'updated-label', 'post-meta.updated'],
    ['post-meta', 'author-label', 'post-meta.author'],
    ['post-meta', 'trending-label', 'post-meta.trending'],
    ['post-meta', 'featured-label', 'post-meta.featured'],
    ['post-meta', 'ai-label', 'post-meta.ai-generated'],
    ['reading-progress', 'time-left-label', 'reading-progress.time-left'],
    ['table-of-contents', 'summary', 'table-of-contents.summary'],
  ] as const;

  for (const [tag, attribute, key] of OLD) {
    it(`${tag} ${attribute} still works, and warns once per page naming ${key}`, async () => {
      const warnings = captureWarnings();
      const deprecations = () =>
        warnings.messages().filter((text) => text.includes(`<${tag}>: ${attribute} is deprecated`));
      try {
        for (const round of [1, 2]) {
          const element = await oldStyle(tag, attribute);
          await waitFor(() => spoken(element).includes('Custom'), `${tag} to show the ${attribute} text`);
          if (round === 1) await waitFor(() => deprecations().length > 0, `a warning for ${attribute}`);
        }
        expect(deprecations()).to.have.length(1);
        expect(deprecations()[0]).to.contain(`strings='{"${key}": "…"}'`).and.contain('registerLocale');
      } finally {
        warnings.restore();
      }
    });
  }
});

/** An element of `tag` in an article, showing the string `attribute` overrides, set the old way. */
async function oldStyle(tag: string, attribute: string): Promise<HTMLElement> {
  // The time left reads from the top of the article.
  window.scrollTo(0, 0);
  const element = document.createElement(tag);
  const set = (name: string, value = '') => element.setAttribute(name, value);
  if (tag === 'category-chips') set('categories', SEED);
  if (tag === 'category-chips') set('max', '1');
  if (tag === 'post-meta') {
    set('published', '2025-03-18');
    set('updated', '2025-04-01');
    set('author', 'Ada');
    set('trending');
    set('featured');
    set('generated-by', 'Model');
  }
  if (tag === 'photo-credit') {
    set('zoomable');
    const image = document.createElement('img');
    image.src = '/demo/images/photo-credit-forest-small.svg';
    image.alt = 'Trees';
    element.append(image);
  }
  if (tag === 'reading-progress') set('time-left');
  if (tag === 'table-of-contents') set('collapsible');
  set(attribute, 'Custom {count}{alt}{date}{author}{model}{time}');
  const article = await fixture(
    html`<article style="height:3000px"><h2>One</h2><p>${'word '.repeat(2300)}</p></article>`,
  );
  article.append(element);
  await settle(element);
  // "Show fewer" and the dialog's close button appear once the reader opened them.
  if (attribute === 'less-label')
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')?.click();
  if (attribute === 'dialog-label' || attribute === 'close-label')
    await (element as HTMLElement & { openZoom(): Promise<void> }).openZoom();
  await settle(element);
  return element;
}
