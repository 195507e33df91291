import { expect } from '@open-wc/testing';
import { enhance, optionsFromMarkup, type EnhanceReport } from '../src/enhance.js';
import { calloutFixtures } from './fixtures/enhance/callouts.js';
import {
  ZERO,
  enhanceChecked,
  expectLeftAlone,
  mount,
  settle,
  unmountAll,
} from './fixtures/enhance/harness.js';
import { photoFixtures } from './fixtures/enhance/photos.js';
import {
  placeholderFixtures,
  placeholderOutlines,
  progressNearMisses,
  progressSeed,
  progressSeedOutside,
} from './fixtures/enhance/placeholders.js';
import { seedArticle, seedOutline, seedReport } from './fixtures/enhance/seed.js';
import { COLOR_SCHEMES, captureWarnings, resetColorScheme, useColorScheme, waitFor } from './helpers.js';

describe('enhance(): the seed post', () => {
  afterEach(unmountAll);

  it('turns the rendered seed post into the finished article, losslessly and once', async () => {
    const root = mount(seedArticle);
    // seedOutline: the same check test/node/enhance-html.test.ts makes on enhanceHtml()'s output.
    const report = await enhanceChecked(root, {}, [], seedOutline);
    expect(report).to.deep.equal({ progress: 1, callouts: 4, photos: 5, placeholders: 0 });
    expect(report).to.deep.equal(seedReport);

    const kinds = [...root.querySelectorAll('pro-tip')].map((tip) => tip.getAttribute('kind'));
    expect(kinds).to.deep.equal(['insight', 'tip', 'takeaways', 'tip']);
    const labels = [...root.querySelectorAll('pro-tip > [slot="label"]')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['Expert Insight', 'Pro Tip', 'Key Takeaways', 'Pro Tip']);
    const credits = [...root.querySelectorAll('photo-credit > [slot="credit"]')].map(
      (credit) => credit.textContent,
    );
    expect(credits[0]).to.equal('Photo by Clay Banks on Unsplash');
    expect(credits.length).to.equal(5);

    const progress = root.querySelector('reading-progress')!;
    const article = root.querySelector('article')!;
    expect(article.id).to.equal('article');
    expect(progress.getAttribute('for')).to.equal('article');
    expect(progress.id).to.equal('reading-progress');
    expect(root.querySelector('.reading-progress-container')).to.equal(null);

    // Left as written: the "Social Snippet" and "Implementation Guide" bold paragraphs.
    expect(root.querySelector('article > p > strong')!.textContent).to.equal('Social Snippet:');
    expect([...root.querySelectorAll('article > p > strong')].map((strong) => strong.textContent)).to.include(
      'Implementation Guide:',
    );
  });

  it('registers what it creates, and the elements render', async () => {
    const root = mount(seedArticle);
    enhance(root, { referral: 'field_notes' });
    for (const tag of ['pro-tip', 'photo-credit', 'reading-progress'])
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    await settle(root);
    const tip = root.querySelector('pro-tip')!;
    expect(tip.shadowRoot, 'the callout upgraded').to.not.equal(null);
    const photo = root.querySelector('photo-credit')!;
    expect(photo.shadowRoot, 'the photo upgraded').to.not.equal(null);
    expect(photo.getAttribute('referral')).to.equal('field_notes');
  });
});

describe('enhance(): the enhanced article is accessible', () => {
  afterEach(() => {
    unmountAll();
    resetColorScheme();
  });

  for (const scheme of COLOR_SCHEMES) {
    it(`passes axe in the ${scheme} scheme`, async () => {
      useColorScheme(scheme);
      const root = mount(seedArticle);
      enhance(root, { zoomable: true });
      await settle(root);
      await expect(root).to.be.accessible();
    });
  }
});

describe('enhance(): placeholders', () => {
  afterEach(unmountAll);

  it('[data-table-of-contents] becomes <table-of-contents>, keeping id, class and the server-rendered list', async () => {
    const root = mount(placeholderFixtures.tableOfContents);
    const list = root.querySelector('ul')!;
    const report = await enhanceChecked(root);
    expect(report).to.deep.equal({ ...ZERO, placeholders: 1 });
    const toc = root.querySelector('table-of-contents')!;
    expect(toc.id).to.equal('toc');
    expect(toc.className).to.equal('toc');
    expect(toc.getAttribute('levels')).to.equal('2-3');
    expect(toc.getAttribute('offset')).to.equal('72');
    expect(toc.contains(list)).to.equal(true);
    expect(root.querySelector('[data-table-of-contents]')).to.equal(null);
  });

  it('[data-reading-time] becomes <reading-time> with its minutes and format', async () => {
    const root = mount(placeholderFixtures.readingTime);
    const report = await enhanceChecked(root);
    expect(report).to.deep.equal({ ...ZERO, placeholders: 1 });
    const time = root.querySelector('reading-time')!;
    expect(time.getAttribute('minutes')).to.equal('5');
    expect(time.getAttribute('format')).to.equal('long');
    expect(time.parentElement!.className).to.equal('meta');
  });

  it('[data-reading-time] without a value measures', async () => {
    const root = mount(placeholderFixtures.readingTimeMeasured);
    await enhanceChecked(root);
    expect(root.querySelector('reading-time')!.hasAttribute('minutes')).to.equal(false);
  });

  it('[data-share] becomes <share-buttons> with its networks and text, and no event-handler attribute', async () => {
    const root = mount(placeholderFixtures.share);
    const report = await enhanceChecked(root);
    expect(report).to.deep.equal({ ...ZERO, placeholders: 1 });
    const share = root.querySelector('share-buttons')!;
    expect(share.getAttribute('networks')).to.equal('x bluesky copy');
    expect(share.getAttribute('text')).to.equal('Read this');
    expect(share.getAttribute('data-track')).to.equal('footer');
    expect(share.hasAttribute('onclick')).to.equal(false);
    expect(share.className).to.equal('share');
  });

  it("[data-share-strings] overrides the share buttons' strings, as the element's own attribute does", async () => {
    const root = mount(
      `<div data-share="copy" data-share-strings='{"share-buttons.copy":"Copy the address"}'></div>`,
    );
    await enhanceChecked(root);
    const share = root.querySelector('share-buttons')!;
    await waitFor(() => share.shadowRoot?.querySelector('button') != null, 'the button to render');
    expect(share.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Copy the address');
  });

  it('[data-categories] becomes <category-chips> with the JSON and a link template', async () => {
    const root = mount(placeholderFixtures.categories);
    await enhanceChecked(root);
    const chips = root.querySelector('category-chips')!;
    expect(JSON.parse(chips.getAttribute('categories')!)).to.have.length(3);
    expect(chips.getAttribute('href-template')).to.equal('/category/{slug}');
  });

  it('data-<name>-<attribute> reaches any attribute the element reads, and nothing else', async () => {
    const root = mount(
      `<div data-categories='[{"type":"exact","name":"Tech"},{"type":"niche","name":"Deep Learning"}]' data-categories-max="1" data-categories-expanded data-categories-onclick="alert(1)"></div>`,
    );
    await enhanceChecked(root);
    const chips = root.querySelector('category-chips')!;
    expect(chips.getAttribute('max')).to.equal('1');
    expect(chips.hasAttribute('expanded'), 'a property the allow-list once left out').to.equal(true);
    expect(chips.hasAttribute('onclick')).to.equal(false);
    expect(chips.hasAttribute('data-categories-onclick')).to.equal(false);
  });

  it("[data-categories] without JSON keeps the author's links as the fallback", async () => {
    const root = mount(placeholderFixtures.categoriesFallback);
    await enhanceChecked(root);
    const chips = root.querySelector('category-chips')!;
    expect(chips.hasAttribute('categories')).to.equal(false);
    expect(chips.querySelectorAll('a').length).to.equal(2);
  });

  it('upgrades the placeholders it creates', async () => {
    const root = mount(placeholderFixtures.categories + placeholderFixtures.readingTime);
    enhance(root);
    await settle(root);
    const chips = root.querySelector('category-chips')!;
    await waitFor(
      () => (chips.shadowRoot?.textContent ?? '').includes('Deep Learning'),
      'the chips to render',
    );
    expect(root.querySelector('reading-time')!.shadowRoot!.textContent).to.match(/5/);
  });

  for (const [name, expected] of Object.entries(placeholderOutlines)) {
    it(`turns ${name} into the elements and attributes the Node transform gives`, async () => {
      const fixtures: Record<string, string> = { ...placeholderFixtures, progressSeed, progressSeedOutside };
      const root = mount(fixtures[name]!);
      await enhanceChecked(root, {}, [], expected);
    });
  }

  it('turns nothing into elements with { placeholders: false }', () =>
    expectLeftAlone(placeholderFixtures.share, { placeholders: false }));
});

describe('enhance(): progress', () => {
  afterEach(unmountAll);

  it("turns the seed's container into <reading-progress> tracking the article it sits in", async () => {
    const root = mount(progressSeed);
    const report = await enhanceChecked(root);
    expect(report).to.deep.equal({ ...ZERO, progress: 1 });
    const article = root.querySelector('article')!;
    expect(article.querySelector('reading-progress')!.getAttribute('for')).to.equal(article.id);
  });

  it("tracks the page's one article when the container sits outside it, keeping the article's id", async () => {
    const root = mount(progressSeedOutside);
    await enhanceChecked(root);
    expect(root.querySelector('reading-progress')!.getAttribute('for')).to.equal('story');
    expect(root.querySelector('article')!.id).to.equal('story');
  });

  it('gives the article an id that is not taken', async () => {
    const taken = mount('<p id="article">An element already uses the id "article".</p>');
    const root = mount(progressSeed);
    enhance(root);
    await settle(root);
    expect(root.querySelector('article')!.id).to.equal('article-2');
    expect(taken.querySelector('#article')!.localName).to.equal('p');
  });

  it('adds a bar with { progress: true } when the page has none, and only then', async () => {
    const root = mount('<article id="post"><p>Text.</p></article>');
    const report = await enhanceChecked(root, { progress: true });
    expect(report).to.deep.equal({ ...ZERO, progress: 1 });
    expect(root.querySelector('reading-progress')!.getAttribute('for')).to.equal('post');
    const second = mount('<article><p>More.</p></article>');
    expect(enhance(second, { progress: true }).progress).to.equal(0);
  });

  it('adds nothing without the option, and leaves the seed markup with { progress: false }', () => {
    const plain = mount('<article><p>Text.</p></article>');
    expect(enhance(plain)).to.deep.equal(ZERO);
    const seeded = mount(progressSeed);
    const before = seeded.innerHTML;
    expect(enhance(seeded, { progress: false })).to.deep.equal(ZERO);
    expect(seeded.innerHTML).to.equal(before);
  });

  for (const [name, html] of Object.entries(progressNearMisses)) {
    it(`leaves a look-alike alone: ${name}`, () => expectLeftAlone(html));
  }
});

describe('enhance(): scope', () => {
  afterEach(unmountAll);

  it('leaves everything inside [data-no-enhance] alone, and does nothing when the root is inside one', () => {
    const html = `<div data-no-enhance>${calloutFixtures['proTip']!.html}${photoFixtures['nextParagraph']!.html}${placeholderFixtures.share}</div>`;
    const root = mount(html);
    const before = root.innerHTML;
    expect(enhance(root)).to.deep.equal(ZERO);
    expect(enhance(root.firstElementChild!)).to.deep.equal(ZERO);
    expect(root.innerHTML).to.equal(before);
  });

  it('works on a subtree only, and again on content added later', async () => {
    const root = mount(
      `<section id="a">${calloutFixtures['proTip']!.html}</section><section id="b">${calloutFixtures['spanish']!.html}</section>`,
    );
    expect(enhance(root.querySelector('#a')!).callouts).to.equal(1);
    expect(root.querySelector('#b blockquote')).to.not.equal(null);
    const later = document.createElement('div');
    later.innerHTML = photoFixtures['sameParagraph']!.html;
    root.append(later);
    expect(enhance(root)).to.deep.equal({ ...ZERO, callouts: 1, photos: 1 });
    await settle(root);
    expect(enhance(root)).to.deep.equal(ZERO);
  });

  it('works on a detached fragment and on the root element itself', () => {
    const fragment = document.createDocumentFragment();
    const quote = document.createElement('blockquote');
    quote.innerHTML = '<p><strong>Note:</strong> In a fragment.</p>';
    fragment.append(quote);
    expect(enhance(fragment).callouts).to.equal(1);
    expect(fragment.firstElementChild!.localName).to.equal('pro-tip');

    const root = mount(placeholderFixtures.readingTimeMeasured);
    const span = root.firstElementChild!;
    expect(enhance(span).placeholders).to.equal(1);
    expect(root.firstElementChild!.localName).to.equal('reading-time');
  });

  it('never throws on odd input', () => {
    const root = mount(
      '<blockquote></blockquote><blockquote><p></p></blockquote><figure><figcaption></figcaption></figure><p><img></p><p></p><div data-categories></div>',
    );
    expect(() => enhance(root)).not.to.throw();
    expect(() => enhance(document.createElement('div'))).not.to.throw();
  });

  it('leaves a root with no parent as it is, rather than lose what it would replace', () => {
    const cases: Array<[string, string]> = [
      ['p', '<img src="/demo/images/open-book.svg" alt=""> <em>Photo by X on Unsplash</em>'],
      [
        'figure',
        '<img src="/demo/images/open-book.svg" alt=""><figcaption>Photo by X on Unsplash</figcaption>',
      ],
      ['blockquote', '<p><strong>Tip:</strong> Alone.</p>'],
      ['div', ''],
    ];
    for (const [tag, html] of cases) {
      const root = document.createElement(tag);
      root.innerHTML = html;
      if (tag === 'div') root.className = 'reading-progress-container';
      const before = root.outerHTML;
      let report: EnhanceReport | undefined;
      expect(() => (report = enhance(root)), before).not.to.throw();
      expect(report, before).to.deep.equal(ZERO);
      expect(root.outerHTML, before).to.equal(before);
    }
  });
});

describe('optionsFromMarkup()', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const added: Element[] = [];
  const attributes: Array<[Element, string]> = [];

  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    for (const element of added.splice(0)) element.remove();
    for (const [element, name] of attributes.splice(0)) element.removeAttribute(name);
  });

  function optionsBlock(json: string): void {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'reading-elements-options';
    script.textContent = json;
    document.head.append(script);
    added.push(script);
  }

  function attribute(element: Element, name: string, value: string): void {
    element.setAttribute(name, value);
    attributes.push([element, name]);
  }

  it('reads nothing from a page without options', () => {
    expect(optionsFromMarkup(document)).to.deep.equal({});
  });

  it('reads the JSON block', () => {
    optionsBlock('{ "referral": "field_notes", "zoomable": true, "progress": true, "callouts": false }');
    expect(optionsFromMarkup(document)).to.deep.equal({
      referral: 'field_notes',
      zoomable: true,
      progress: true,
      callouts: false,
    });
    expect(warnings.messages()).to.deep.equal([]);
  });

  it('reads data-reading-elements-* on <html> and <body>, which win over the JSON block', () => {
    optionsBlock('{ "referral": "from_json", "photos": true }');
    attribute(document.documentElement, 'data-reading-elements-referral', 'from_html');
    attribute(document.body, 'data-reading-elements-photos', 'off');
    attribute(document.body, 'data-reading-elements-zoomable', '');
    expect(optionsFromMarkup(document)).to.deep.equal({
      referral: 'from_html',
      photos: false,
      zoomable: true,
    });
  });

  it('warns about bad JSON, unknown options and bad values, naming them', () => {
    optionsBlock('{ "referal": "typo", "photos": "sometimes" }');
    expect(optionsFromMarkup(document)).to.deep.equal({});
    const messages = warnings.messages().join('\n');
    expect(messages).to.contain('reading-elements-options');
    expect(messages).to.contain('"referal"');
    expect(messages).to.contain('"sometimes"');

    added.splice(0).forEach((element) => element.remove());
    optionsBlock('{ not json');
    expect(optionsFromMarkup(document)).to.deep.equal({});
    expect(warnings.messages().at(-1)).to.contain('invalid JSON');
  });

  it('feeds enhance(): a recogniser turned off in markup stays off', () => {
    attribute(document.body, 'data-reading-elements-callouts', 'false');
    const root = mount(calloutFixtures['proTip']!.html + photoFixtures['nextParagraph']!.html);
    expect(enhance(root, optionsFromMarkup(document))).to.deep.equal({ ...ZERO, photos: 1 });
  });
});
