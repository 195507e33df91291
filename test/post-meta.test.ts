import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { PostMeta } from '../src/post-meta.js';
import type { ReadingTime } from '../src/reading-time.js';
import { COLOR_SCHEMES, captureWarnings, resetColorScheme, useColorScheme, waitFor } from './helpers.js';

// The seed's frontmatter.
const SEED_DATE = '2025-03-18T18:44:12.631Z';
const THREE_DAYS_LATER = Date.parse('2025-03-21T20:00:00Z');

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

/** The line as a reader (or a screen reader) gets it, separators left out. */
function text(element: PostMeta): string {
  const line = element.shadowRoot!.querySelector('.line')!.cloneNode(true) as HTMLElement;
  line.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  // Nested <reading-time> renders in its own shadow root.
  line.querySelectorAll('reading-time').forEach((node, index) => {
    const original = element.shadowRoot!.querySelectorAll('reading-time')[index]!;
    node.textContent = original.shadowRoot!.textContent ?? '';
  });
  return line.textContent!.replace(/\s+/g, ' ').trim();
}

function part<T extends Element = HTMLElement>(element: PostMeta, name: string): T | null {
  return element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

async function settle(element: PostMeta): Promise<void> {
  await element.updateComplete;
  const readingTime = element.shadowRoot!.querySelector<ReadingTime>('reading-time');
  await readingTime?.updateComplete;
}

const mediumDate = (
  iso: string,
  lang = 'en',
  dateStyle: Intl.DateTimeFormatOptions['dateStyle'] = 'medium',
) => new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' }).format(new Date(iso));

describe('<post-meta>', () => {
  afterEach(() => resetColorScheme());

  it('shows the seed frontmatter: date, reading time, trending and the AI disclosure', async () => {
    const element = await fixture<PostMeta>(html`
      <post-meta published=${SEED_DATE} reading-time="5" trending generated-by="Gemini"></post-meta>
    `);
    await settle(element);
    expect(text(element)).to.equal('Published Mar 18, 2025 5 min read Trending AI-generated with Gemini');
    const time = part<HTMLTimeElement>(element, 'published')!;
    expect(time.localName).to.equal('time');
    expect(time.getAttribute('datetime')).to.equal(SEED_DATE);
    expect(
      part(element, 'reading-time')!.shadowRoot!.querySelector('time')!.getAttribute('datetime'),
    ).to.equal('PT5M');
    expect(part(element, 'featured')).to.equal(null);
  });

  it('shows nothing it was not given', async () => {
    const element = await fixture<PostMeta>(html`<post-meta></post-meta>`);
    expect(text(element)).to.equal('');
    expect(element.shadowRoot!.querySelector('reading-time')).to.equal(null);
  });

  it('writes both dates in the chosen date style', async () => {
    const element = await fixture<PostMeta>(html`
      <post-meta published="2025-03-18" updated="2025-04-02T09:30:00Z" date-style="long"></post-meta>
    `);
    expect(text(element)).to.equal('Published March 18, 2025 Updated April 2, 2025');
    expect(part(element, 'updated')!.getAttribute('datetime')).to.equal('2025-04-02T09:30:00Z');
    element.dateStyle = 'full';
    await element.updateComplete;
    expect(text(element)).to.contain('Tuesday, March 18, 2025');
    element.dateStyle = 'short';
    await element.updateComplete;
    expect(text(element)).to.contain('3/18/25');
  });

  it('keeps a calendar day on its day, and takes offsets', async () => {
    const element = await fixture<PostMeta>(
      html`<post-meta published="2025-03-18T23:30:00-05:00"></post-meta>`,
    );
    // 23:30 in UTC-5 is 04:30 UTC the next day; the tests run in UTC.
    expect(text(element)).to.equal('Published Mar 19, 2025');
    element.published = '2025-03-18';
    await element.updateComplete;
    expect(text(element)).to.equal('Published Mar 18, 2025');
  });

  it('takes a space between date and time, as HTML datetime values and frontmatter write it', async () => {
    const element = await fixture<PostMeta>(
      html`<post-meta published="2025-03-18 23:30:00-05:00"></post-meta>`,
    );
    expect(text(element)).to.equal('Published Mar 19, 2025');
    expect(part(element, 'published')!.getAttribute('datetime')).to.equal('2025-03-18 23:30:00-05:00');
  });

  it('speaks the page language: French, German, Japanese', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <post-meta lang="fr" published=${SEED_DATE} trending featured></post-meta>
        <div lang="de"><post-meta published=${SEED_DATE} author="Ada"></post-meta></div>
        <post-meta lang="ja" published=${SEED_DATE} generated-by="Gemini"></post-meta>
      </div>
    `);
    const [fr, de, ja] = [...wrapper.querySelectorAll('post-meta')];
    await ja!.updateComplete;
    expect(text(fr!)).to.equal(`Publié le ${mediumDate(SEED_DATE, 'fr')} Tendance À la une`);
    expect(text(de!)).to.equal(`Veröffentlicht am ${mediumDate(SEED_DATE, 'de')} Von Ada`);
    expect(text(ja!)).to.equal(`${mediumDate(SEED_DATE, 'ja')} 公開 Gemini による AI 生成`);
  });

  describe('relative dates (clock frozen three days after publication)', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({
        now: THREE_DAYS_LATER,
        toFake: ['Date', 'setInterval', 'clearInterval'],
      });
    });
    afterEach(() => clock.restore());

    it('shows "3 days ago" and keeps the full date in the text and the tooltip', async () => {
      const element = await fixture<PostMeta>(html`
        <post-meta relative published=${SEED_DATE} updated="2025-03-20T12:00:00Z"></post-meta>
      `);
      expect(text(element)).to.equal('Published 3 days ago (Mar 18, 2025) Updated yesterday (Mar 20, 2025)');
      const time = part<HTMLTimeElement>(element, 'published')!;
      expect(time.getAttribute('title')).to.equal('Mar 18, 2025');
      expect(time.getAttribute('datetime')).to.equal(SEED_DATE);
      // The full date is visually hidden where there is hover, never removed from the page.
      const full = time.querySelector('.full')!;
      expect(getComputedStyle(full).display).not.to.equal('none');
      expect(getComputedStyle(full).visibility).to.equal('visible');
      expect(full.getAttribute('aria-hidden')).to.equal(null);
      // Shown beside the relative date where nothing can hover (touch screens), else in one pixel.
      const width = full.getBoundingClientRect().width;
      if (matchMedia('(hover: hover)').matches) expect(width).to.be.at.most(1);
      else expect(width).to.be.greaterThan(20);
    });

    it('says "in 2 weeks" for a future date, in Spanish "hace 3 días"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <post-meta relative published="2025-04-04T20:00:00Z"></post-meta>
          <post-meta relative lang="es" published=${SEED_DATE}></post-meta>
        </div>
      `);
      const [future, spanish] = [...wrapper.querySelectorAll('post-meta')];
      await spanish!.updateComplete;
      expect(text(future!)).to.contain('Published in 2 weeks');
      expect(text(spanish!)).to.contain('Publicado hace 3 días');
    });

    it('counts whole calendar days: a calendar day is "today", not hours ago, and last night is "yesterday"', async () => {
      // The clock reads 2025-03-21 20:00 (UTC, the tests' time zone).
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <post-meta relative published="2025-03-21" updated="2025-03-22"></post-meta>
          <post-meta relative published="2025-03-20T01:00:00Z" updated="2025-03-19"></post-meta>
        </div>
      `);
      const [calendar, timed] = [...wrapper.querySelectorAll('post-meta')];
      await timed!.updateComplete;
      expect(text(calendar!)).to.equal('Published today (Mar 21, 2025) Updated tomorrow (Mar 22, 2025)');
      // 43 hours ago, but on the day before today.
      expect(text(timed!)).to.equal('Published yesterday (Mar 20, 2025) Updated 2 days ago (Mar 19, 2025)');
    });

    it('moves on as time passes, with one shared timer that stops when the last element goes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <post-meta relative published=${SEED_DATE}></post-meta>
          <post-meta relative published=${SEED_DATE}></post-meta>
        </div>
      `);
      const [first, second] = [...wrapper.querySelectorAll('post-meta')];
      expect(clock.countTimers()).to.equal(1);
      clock.tick(24 * 3600e3);
      await first!.updateComplete;
      expect(text(first!)).to.contain('4 days ago');
      first!.remove();
      expect(clock.countTimers()).to.equal(1);
      second!.relative = false;
      await second!.updateComplete;
      expect(clock.countTimers()).to.equal(0);
    });
  });

  it('links the author safely', async () => {
    const element = await fixture<PostMeta>(html`
      <post-meta author="Ada Lovelace" author-href="https://example.com/ada"></post-meta>
    `);
    const link = part<HTMLAnchorElement>(element, 'author')!;
    expect(text(element)).to.equal('By Ada Lovelace');
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('https://example.com/ada');
    expect(link.getAttribute('rel')).to.equal('author noopener noreferrer');
    link.focus();
    expect(element.shadowRoot!.activeElement).to.equal(link);
    element.authorHref = '/about';
    await element.updateComplete;
    expect(part(element, 'author')!.getAttribute('rel')).to.equal('author');
  });

  it('drops an unsafe author link, keeps the name and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const element = await fixture<PostMeta>(html`
        <post-meta author="Ada" author-href="javascript:alert(1)"></post-meta>
      `);
      element.requestUpdate();
      await element.updateComplete;
      expect(part(element, 'author')!.localName).to.equal('span');
      expect(text(element)).to.equal('By Ada');
      const messages = warnings.messages().filter((message) => message.includes('<post-meta>'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('author-href="javascript:alert(1)"');
    } finally {
      warnings.restore();
    }
  });

  it('measures the reading time like <reading-time> when none is given', async () => {
    const article = await fixture<HTMLElement>(html`
      <article>
        <header><post-meta reading-time author="Ada"></post-meta></header>
        <p>${words(690)}</p>
      </article>
    `);
    const element = article.querySelector('post-meta')!;
    await settle(element);
    expect(text(element)).to.equal('By Ada 3 min read');
  });

  it('measures the article named in `for`', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div><post-meta reading-time="auto" for="story"></post-meta><section id="story">${words(1150)}</section></div>
    `);
    const element = wrapper.querySelector('post-meta')!;
    await settle(element);
    expect(text(element)).to.equal('5 min read');
  });

  it('measures and warns once when reading-time is not a number', async () => {
    const warnings = captureWarnings();
    try {
      const article = await fixture<HTMLElement>(html`
        <article><post-meta reading-time="soon"></post-meta><p>${words(460)}</p></article>
      `);
      const element = article.querySelector('post-meta')!;
      await settle(element);
      expect(text(element)).to.equal('2 min read');
      const messages = warnings.messages().filter((message) => message.includes('<post-meta>'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('reading-time="soon"');
    } finally {
      warnings.restore();
    }
  });

  it('takes values set as properties by frameworks: numbers, and null or undefined as "not given"', async () => {
    const article = await fixture<HTMLElement>(html`
      <article><post-meta author="Ada" generated-by="Gemini"></post-meta><p>${words(460)}</p></article>
    `);
    const element = article.querySelector('post-meta')!;
    // What a framework may hand over, whatever the declared types say.
    const props = element as unknown as Record<string, unknown>;
    props.readingTime = 5;
    await settle(element);
    expect(text(element)).to.equal('By Ada 5 min read AI-generated with Gemini');
    for (const name of [
      'published',
      'updatedDate',
      'author',
      'authorHref',
      'generatedBy',
      'ai',
      'readingTime',
    ]) {
      props[name] = undefined;
    }
    await settle(element);
    expect(text(element)).to.equal('');
    props.readingTime = null;
    props.author = null;
    props.published = null;
    await settle(element);
    expect(text(element)).to.equal('');
  });

  it('shows trending and featured as words, localized', async () => {
    const element = await fixture<PostMeta>(html`<post-meta trending featured></post-meta>`);
    expect(part(element, 'trending')!.textContent).to.equal('Trending');
    expect(part(element, 'featured')!.textContent).to.equal('Featured');
    // A change of language anywhere on the page re-renders the element.
    element.lang = 'pt';
    await waitFor(() => text(element) === 'Em alta Destaque', 'Portuguese badges');
  });

  describe('AI disclosure', () => {
    const cases: Array<[string | null, string, string]> = [
      [null, 'Gemini', 'AI-generated with Gemini'],
      ['generated', 'Gemini', 'AI-generated with Gemini'],
      ['assisted', 'Claude', 'AI-assisted with Claude'],
      ['edited', 'GPT-4o', 'AI-edited with GPT-4o'],
      ['assisted', '', 'AI-assisted'],
    ];
    for (const [ai, model, expected] of cases) {
      it(`ai=${ai ?? '(none)'} generated-by="${model}" reads "${expected}"`, async () => {
        const element = await fixture<PostMeta>(html`<post-meta generated-by=${model}></post-meta>`);
        if (ai) element.setAttribute('ai', ai);
        await element.updateComplete;
        expect(part(element, 'ai')!.textContent!.trim()).to.equal(expected);
        expect(text(element)).to.equal(expected);
      });
    }

    it('links to the disclosure page when given, safely', async () => {
      const element = await fixture<PostMeta>(html`
        <post-meta generated-by="Gemini" disclosure-href="/how-we-write"></post-meta>
      `);
      const link = part<HTMLAnchorElement>(element, 'ai')!;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('/how-we-write');
      expect(link.hasAttribute('rel')).to.equal(false);
      element.disclosureHref = 'https://example.org/policy';
      await element.updateComplete;
      expect(part(element, 'ai')!.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('drops a disclosure link that is not http(s) or relative, and warns', async () => {
      const warnings = captureWarnings();
      try {
        const element = await fixture<PostMeta>(html`
          <post-meta generated-by="Gemini" disclosure-href="data:text/html,hi"></post-meta>
        `);
        expect(part(element, 'ai')!.localName).to.equal('span');
        expect(
          warnings.messages().some((message) => message.includes('disclosure-href="data:text/html,hi"')),
        ).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('warns about an unknown ai value and says "generated"', async () => {
      const warnings = captureWarnings();
      try {
        const element = await fixture<PostMeta>(
          html`<post-meta generated-by="Gemini" ai="written"></post-meta>`,
        );
        expect(text(element)).to.equal('AI-generated with Gemini');
        expect(
          warnings.messages().filter((message) => message.includes('<post-meta>: ai="written"')),
        ).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  it('takes the author’s words for every label', async () => {
    const element = await fixture<PostMeta>(html`
      <post-meta
        published="2025-03-18"
        updated="2025-03-19"
        author="Ada"
        trending
        featured
        generated-by="Gemini"
        published-label="Posted {date}"
        updated-label="Revised {date}"
        author-label="Words: {author}"
        trending-label="Hot"
        featured-label="Editor’s pick"
        ai-label="Drafted with {model}"
      ></post-meta>
    `);
    expect(text(element)).to.equal(
      'Posted Mar 18, 2025 Revised Mar 19, 2025 Words: Ada Hot Editor’s pick Drafted with Gemini',
    );
  });

  for (const bad of ['yesterday', '2025-02-30', '2025-13-01', '18/03/2025', '2025-03-18T25:00Z']) {
    it(`shows no date and warns once for published="${bad}"`, async () => {
      const warnings = captureWarnings();
      try {
        const element = await fixture<PostMeta>(html`<post-meta published=${bad} author="Ada"></post-meta>`);
        element.requestUpdate();
        await element.updateComplete;
        expect(text(element)).to.equal('By Ada');
        expect(element.shadowRoot!.textContent).not.to.contain('Invalid');
        expect(element.shadowRoot!.querySelector('time')).to.equal(null);
        const messages = warnings.messages().filter((message) => message.includes('<post-meta>'));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`published="${bad}"`);
      } finally {
        warnings.restore();
      }
    });
  }

  it('warns about a bad date style and uses medium', async () => {
    const warnings = captureWarnings();
    try {
      const element = await fixture<PostMeta>(
        html`<post-meta published="2025-03-18" date-style="huge"></post-meta>`,
      );
      expect(text(element)).to.equal('Published Mar 18, 2025');
      expect(warnings.messages().filter((message) => message.includes('date-style="huge"'))).to.have.length(
        1,
      );
    } finally {
      warnings.restore();
    }
  });

  it('puts category chips slotted into "categories" on their own line under the meta line', async () => {
    const element = await fixture<PostMeta>(html`
      <post-meta published="2025-03-18"><span slot="categories" id="chips">Tech</span></post-meta>
    `);
    await element.updateComplete;
    const chips = element.querySelector('#chips')!;
    expect(chips.assignedSlot?.name).to.equal('categories');
    expect(chips.getBoundingClientRect().width).to.be.greaterThan(0);
    const date = part(element, 'published')!.getBoundingClientRect();
    expect(chips.getBoundingClientRect().top).to.be.at.least(date.bottom - 1);
    expect(chips.getBoundingClientRect().left).to.be.closeTo(
      part(element, 'line')!.getBoundingClientRect().left,
      1,
    );
  });

  it('lays out right to left in Arabic', async () => {
    const element = await fixture<PostMeta>(html`
      <post-meta lang="ar" dir="rtl" published="2025-03-18" trending style="width:600px"></post-meta>
    `);
    expect(text(element)).to.contain('نُشر في');
    expect(text(element)).to.contain('رائج');
    const date = part(element, 'published')!.getBoundingClientRect();
    const badge = part(element, 'trending')!.getBoundingClientRect();
    expect(badge.right).to.be.lessThan(date.left);
  });

  it('keeps names in another script in their place: the author and the tool are isolated', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width:600px">
        <post-meta author="محمد علي" reading-time="5"></post-meta>
        <post-meta lang="ar" dir="rtl" generated-by="GPT-4o"></post-meta>
      </div>
    `);
    const [english, arabic] = [...wrapper.querySelectorAll('post-meta')];
    await settle(english!);
    await arabic!.updateComplete;
    // "By محمد علي · 5 min read": every piece of "5 min read" stays right of the name.
    const author = part(english!, 'author')!.getBoundingClientRect();
    const time = part(english!, 'reading-time')!.shadowRoot!.querySelector('time')!;
    for (const box of time.getClientRects()) expect(box.left).to.be.at.least(author.right - 1);
    // "مُنشأ بالذكاء الاصطناعي (GPT-4o)": the closing parenthesis stays after (left of) the name.
    const badge = part(arabic!, 'ai')!;
    const model = badge.querySelector('bdi')!;
    const closing = [...badge.childNodes].find(
      (node) => node.nodeType === 3 && node.textContent!.includes(')'),
    )!;
    const range = document.createRange();
    range.selectNodeContents(closing);
    expect(range.getBoundingClientRect().right).to.be.at.most(model.getBoundingClientRect().left + 1);
    expect(model.textContent).to.equal('GPT-4o');
  });

  for (const scheme of COLOR_SCHEMES) {
    it(`passes an axe check in the ${scheme} scheme, with every item`, async () => {
      useColorScheme(scheme);
      const clock = sinon.useFakeTimers({ now: THREE_DAYS_LATER, toFake: ['Date'] });
      try {
        const wrapper = await fixture<HTMLElement>(html`
          <article>
            <post-meta published=${SEED_DATE} updated="2025-03-20" author="Ada" author-href="/ada" reading-time="5"
              trending featured generated-by="Gemini" disclosure-href="/ai"><span slot="categories">Tech</span></post-meta>
            <post-meta relative published=${SEED_DATE} reading-time ai="assisted"></post-meta>
            <p>${words(100)}</p>
          </article>
        `);
        await settle(wrapper.querySelector('post-meta')!);
        await expect(wrapper).to.be.accessible();
      } finally {
        clock.restore();
      }
    });
  }

  it('defining the element twice does not throw', () => {
    expect(() => PostMeta.define()).not.to.throw();
    expect(customElements.get('post-meta')).to.equal(PostMeta);
    expect(customElements.get('reading-time')).to.not.equal(undefined);
  });
});
