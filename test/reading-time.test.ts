import { expect, fixture, html } from '@open-wc/testing';
import { ReadingTime } from '../src/reading-time.js';
import { registerLocale } from '../src/internal/locale.js';
import {
  COLOR_SCHEMES,
  captureWarnings,
  nextFrame,
  resetColorScheme,
  useColorScheme,
  waitFor,
} from './helpers.js';

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

function time(element: ReadingTime): HTMLTimeElement {
  return element.shadowRoot!.querySelector('time')!;
}

/** What a reader sees. */
function text(element: ReadingTime): string {
  return time(element).textContent!.replace(/\s+/g, ' ').trim();
}

/** Waits until the recount that follows a change has run (debounced by 250 ms). */
function recount(element: ReadingTime, expected: string): Promise<void> {
  return waitFor(() => text(element) === expected, `"${expected}" (got "${text(element)}")`);
}

describe('<reading-time>', () => {
  afterEach(() => resetColorScheme());

  it('shows the given minutes as "5 min read" in a <time datetime="PT5M">', async () => {
    const element = await fixture<ReadingTime>(html`<reading-time minutes="5"></reading-time>`);
    expect(text(element)).to.equal('5 min read');
    expect(time(element).getAttribute('datetime')).to.equal('PT5M');
    expect(element.computedMinutes).to.equal(5);
  });

  it('rounds given minutes to whole minutes, at least 1, and writes hours in datetime', async () => {
    const element = await fixture<ReadingTime>(html`<reading-time minutes="4.6"></reading-time>`);
    expect(text(element)).to.equal('5 min read');
    element.minutes = 0;
    await element.updateComplete;
    expect(text(element)).to.equal('1 min read');
    element.minutes = 95;
    await element.updateComplete;
    expect(time(element).getAttribute('datetime')).to.equal('PT1H35M');
  });

  it('says "5 minutes to read" with format="long", and "1 minute" in the singular', async () => {
    const element = await fixture<ReadingTime>(html`<reading-time minutes="5" format="long"></reading-time>`);
    expect(text(element)).to.equal('5 minutes to read');
    element.minutes = 1;
    await element.updateComplete;
    expect(text(element)).to.equal('1 minute to read');
  });

  it('speaks the page language: Spanish, Japanese and Arabic', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <reading-time lang="es" minutes="5"></reading-time>
        <div lang="ja"><reading-time minutes="5"></reading-time></div>
        <div lang="ar" dir="rtl"><reading-time minutes="5" format="long"></reading-time></div>
      </div>
    `);
    const [es, ja, ar] = [...wrapper.querySelectorAll('reading-time')];
    await ar!.updateComplete;
    expect(text(es!)).to.equal('5 min de lectura');
    expect(text(ja!)).to.match(/^5\s?分で読めます$/);
    expect(text(ar!)).to.contain('مدة القراءة');
    expect(text(ar!)).to.contain(
      new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(5),
    );
  });

  it('follows a language registered at run time, and an author label', async () => {
    const element = await fixture<ReadingTime>(html`<reading-time lang="nl" minutes="3"></reading-time>`);
    registerLocale('nl', { 'reading-time.read': '{time} leestijd' });
    await element.updateComplete;
    const dutch = new Intl.NumberFormat('nl', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(
      3,
    );
    expect(text(element)).to.equal(`${dutch} leestijd`);
    element.label = 'Reading: {time}';
    await element.updateComplete;
    expect(text(element)).to.equal(`Reading: ${dutch}`);
  });

  it('measures the closest article when no minutes are given', async () => {
    const article = await fixture<HTMLElement>(html`
      <article>
        <header><reading-time></reading-time></header>
        <p>${words(460)}</p>
        <pre><code>${words(2000)}</code></pre>
      </article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    expect(text(element)).to.equal('2 min read');
    expect(element.stats).to.deep.equal({ words: 460, characters: 0, images: 0 });
  });

  it('measures the element named in `for`, wherever the element sits', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <reading-time for="story"></reading-time>
        <article><p>${words(10)}</p></article>
        <section id="story"><p>${words(1150)}</p></section>
      </div>
    `);
    const element = wrapper.querySelector('reading-time')!;
    await element.updateComplete;
    expect(text(element)).to.equal('5 min read');
  });

  it('measures <main>, then the body, when there is no article', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div><main><reading-time></reading-time><p>${words(700)}</p></main></div>
    `);
    const element = wrapper.querySelector('reading-time')!;
    await element.updateComplete;
    expect(text(element)).to.equal('3 min read');
  });

  it('counts Japanese text at 500 characters a minute and adds time for images', async () => {
    const article = await fixture<HTMLElement>(html`
      <article lang="ja">
        <reading-time></reading-time>
        <p>${'日本語の文章です。'.repeat(125)}</p>
        ${Array.from({ length: 10 }, () => html`<img alt="" width="1" height="1" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`)}
      </article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    // 1,000 characters = 2 min, ten images = 75 s: 3.25 min.
    expect(element.stats).to.deep.equal({ words: 0, characters: 1000, images: 10 });
    expect(element.computedMinutes).to.equal(3);
  });

  it('takes other reading speeds', async () => {
    const article = await fixture<HTMLElement>(html`
      <article><reading-time words-per-minute="100"></reading-time><p>${words(500)}</p></article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    expect(text(element)).to.equal('5 min read');
  });

  it('prefers the given minutes over measuring', async () => {
    const article = await fixture<HTMLElement>(html`
      <article><reading-time minutes="12"></reading-time><p>${words(230)}</p></article>
    `);
    expect(text(article.querySelector('reading-time')!)).to.equal('12 min read');
  });

  it('recounts once after the article changes, and says so with reading-time-change', async () => {
    const article = await fixture<HTMLElement>(html`
      <article><reading-time></reading-time><p>${words(230)}</p></article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    expect(text(element)).to.equal('1 min read');
    const events: CustomEvent[] = [];
    element.addEventListener('reading-time-change', (event) => events.push(event));
    for (let index = 0; index < 5; index++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = words(230);
      article.append(paragraph);
      await nextFrame();
    }
    // Five changes, a frame apart, within the debounce delay: one recount.
    await recount(element, '6 min read');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).to.have.length(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.equal({ minutes: 6, words: 1380, characters: 0, images: 0 });
  });

  it('recounts when text is edited or hidden', async () => {
    const article = await fixture<HTMLElement>(html`
      <article><reading-time></reading-time><p>${words(230)}</p><p id="extra">${words(460)}</p></article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    expect(text(element)).to.equal('3 min read');
    article.querySelector('#extra')!.setAttribute('hidden', '');
    await recount(element, '1 min read');
    article.querySelector('#extra')!.textContent = words(2000);
    article.querySelector('#extra')!.removeAttribute('hidden');
    await recount(element, '10 min read');
  });

  it('stops observing the article once removed, and starts again when put back', async () => {
    const article = await fixture<HTMLElement>(html`
      <article><reading-time></reading-time><p>${words(230)}</p></article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    const events: Event[] = [];
    element.addEventListener('reading-time-change', (event) => events.push(event));
    element.remove();
    const paragraph = document.createElement('p');
    paragraph.textContent = words(1000);
    article.append(paragraph);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(events).to.have.length(0);
    expect(text(element)).to.equal('1 min read');
    article.prepend(element);
    await recount(element, '5 min read');
  });

  it('stops observing when minutes are given after measuring', async () => {
    const article = await fixture<HTMLElement>(html`
      <article><reading-time></reading-time><p>${words(230)}</p></article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    element.minutes = 7;
    await element.updateComplete;
    const events: Event[] = [];
    element.addEventListener('reading-time-change', (event) => events.push(event));
    article.append(words(2000));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(events).to.have.length(0);
    expect(text(element)).to.equal('7 min read');
  });

  for (const bad of ['-3', 'five', 'NaN']) {
    it(`measures and warns once when minutes="${bad}"`, async () => {
      const warnings = captureWarnings();
      try {
        const article = await fixture<HTMLElement>(html`
          <article><reading-time minutes=${bad}></reading-time><p>${words(460)}</p></article>
        `);
        const element = article.querySelector('reading-time')!;
        await element.updateComplete;
        element.requestUpdate();
        await element.updateComplete;
        expect(text(element)).to.equal('2 min read');
        const messages = warnings.messages().filter((message) => message.includes('<reading-time>'));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`minutes="${bad}"`);
      } finally {
        warnings.restore();
      }
    });
  }

  it('takes numbers written as text from frameworks that set properties, and null as "not given"', async () => {
    const warnings = captureWarnings();
    try {
      const article = await fixture<HTMLElement>(html`
        <article><reading-time></reading-time><p>${words(460)}</p></article>
      `);
      const element = article.querySelector('reading-time')!;
      (element as unknown as { minutes: string }).minutes = '7';
      await element.updateComplete;
      expect(text(element)).to.equal('7 min read');
      element.minutes = null as unknown as undefined;
      (element as unknown as { wordsPerMinute: string }).wordsPerMinute = '460';
      await element.updateComplete;
      expect(text(element)).to.equal('1 min read');
      expect(warnings.messages().filter((message) => message.includes('<reading-time>'))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns about a bad format and bad speeds, and uses the defaults', async () => {
    const warnings = captureWarnings();
    try {
      const article = await fixture<HTMLElement>(html`
        <article>
          <reading-time format="tiny" words-per-minute="fast" characters-per-minute="-5"></reading-time>
          <p>${words(460)}</p>
        </article>
      `);
      const element = article.querySelector('reading-time')!;
      await element.updateComplete;
      expect(text(element)).to.equal('2 min read');
      const messages = warnings.messages();
      expect(messages.some((message) => message.includes('<reading-time>: format="tiny"'))).to.equal(true);
      expect(messages.some((message) => message.includes('words-per-minute="fast"'))).to.equal(true);
      expect(messages.some((message) => message.includes('characters-per-minute="-5"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('warns when `for` names no element, and measures the surrounding article', async () => {
    const warnings = captureWarnings();
    try {
      const article = await fixture<HTMLElement>(html`
        <article><reading-time for="nowhere"></reading-time><p>${words(460)}</p></article>
      `);
      const element = article.querySelector('reading-time')!;
      await element.updateComplete;
      expect(text(element)).to.equal('2 min read');
      expect(warnings.messages().filter((message) => message.includes('for="nowhere"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('reads right to left inside an Arabic article', async () => {
    const article = await fixture<HTMLElement>(html`
      <article lang="ar" dir="rtl"><p>مرحبا بالعالم <reading-time minutes="4"></reading-time></p></article>
    `);
    const element = article.querySelector('reading-time')!;
    await element.updateComplete;
    expect(getComputedStyle(time(element)).direction).to.equal('rtl');
    expect(text(element)).to.contain('قراءة');
  });

  for (const scheme of COLOR_SCHEMES) {
    it(`passes an axe check in the ${scheme} scheme, given and measured`, async () => {
      useColorScheme(scheme);
      const article = await fixture<HTMLElement>(html`
        <article>
          <p><reading-time minutes="5"></reading-time> · <reading-time format="long"></reading-time></p>
          <p>${words(100)}</p>
        </article>
      `);
      await article.querySelector('reading-time')!.updateComplete;
      await expect(article).to.be.accessible();
    });
  }

  it('defining the element twice does not throw', () => {
    expect(() => ReadingTime.define()).not.to.throw();
    expect(customElements.get('reading-time')).to.equal(ReadingTime);
  });
});
