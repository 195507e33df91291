import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { ReadingProgress } from '../src/reading-progress.js';
import {
  COLOR_SCHEMES,
  captureWarnings,
  nextFrame,
  resetColorScheme,
  scrollToY,
  useColorScheme,
  waitFor,
  trackObservers,
} from './helpers.js';

const VIEWPORT = () => document.documentElement.clientHeight;

/** The filled fraction of the bar as the reader sees it, from its rendered width. */
function filled(element: ReadingProgress): number {
  const bar = element.shadowRoot!.querySelector<HTMLElement>('[part="bar"]')!;
  const track = bar.parentElement!.getBoundingClientRect();
  return track.width ? bar.getBoundingClientRect().width / track.width : 0;
}

function barRect(element: ReadingProgress): DOMRect {
  return element.shadowRoot!.querySelector<HTMLElement>('[part="bar"]')!.getBoundingClientRect();
}

function isShown(element: ReadingProgress): boolean {
  const track = element.shadowRoot!.querySelector<HTMLElement>('.track')!;
  return getComputedStyle(track).opacity !== '0';
}

async function page(
  articleHeight: number,
  options: { before?: number; after?: number; forId?: string } = {},
) {
  const { before = 0, after = 0, forId } = options;
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <div style="height:${before}px"></div>
      <article id="story" style="height:${articleHeight}px;margin:0"></article>
      <div style="height:${after}px"></div>
      <reading-progress for=${forId ?? ''}></reading-progress>
    </div>
  `);
  const progress = wrapper.querySelector('reading-progress')!;
  await progress.updateComplete;
  await nextFrame();
  return { wrapper, progress };
}

const PATHS = [
  { name: 'default path', scrollTimeline: true },
  { name: 'scroll-listener path', scrollTimeline: false },
];

for (const path of PATHS) {
  describe(`<reading-progress> (${path.name})`, () => {
    before(() => {
      ReadingProgress.useScrollTimeline = path.scrollTimeline;
      document.body.style.margin = '0';
    });
    after(() => {
      ReadingProgress.useScrollTimeline = true;
    });
    afterEach(async () => {
      await scrollToY(0);
    });

    it('tracks the whole document: empty at the top, half-way in the middle, full at the end', async () => {
      const { progress } = await page(VIEWPORT() * 4);
      const range = document.documentElement.scrollHeight - VIEWPORT();
      await scrollToY(0);
      expect(progress.value).to.equal(0);
      expect(filled(progress)).to.be.closeTo(0, 0.01);
      await scrollToY(range / 2);
      expect(progress.value).to.be.closeTo(0.5, 0.02);
      expect(filled(progress)).to.be.closeTo(0.5, 0.02);
      await scrollToY(range);
      expect(progress.value).to.be.closeTo(1, 0.01);
      expect(filled(progress)).to.be.closeTo(1, 0.01);
    });

    it('tracks the element named in `for`: 0 until its top reaches the viewport top, 1 when its bottom reaches the viewport bottom', async () => {
      const vh = VIEWPORT();
      const { progress } = await page(vh * 3, { before: vh, after: vh, forId: 'story' });
      await scrollToY(vh / 2);
      expect(progress.value, 'before the article').to.equal(0);
      await scrollToY(vh + vh);
      expect(progress.value, 'half-way through').to.be.closeTo(0.5, 0.02);
      expect(filled(progress)).to.be.closeTo(0.5, 0.02);
      await scrollToY(vh + vh * 2);
      expect(progress.value, 'bottom at the viewport bottom').to.be.closeTo(1, 0.01);
      await scrollToY(vh * 4);
      expect(progress.value, 'after the article').to.equal(1);
    });

    // The same rule as every element that reads part of the page: `for`, else the closest
    // article, then main, then the document.
    for (const [container, forId] of [
      ['article', ''],
      ['article', 'nowhere'],
      ['main', ''],
    ] as const) {
      it(`inside a <${container}>${forId ? ` with for="${forId}"` : ''}, tracks that ${container}`, async () => {
        const vh = VIEWPORT();
        const warnings = captureWarnings();
        try {
          const wrapper = await fixture<HTMLDivElement>(html`
            <div>
              <div style="height:${vh}px"></div>
              ${
                container === 'article'
                  ? html`<article style="display:block;height:${vh * 3}px;margin:0">
                    <reading-progress for=${forId}></reading-progress>
                  </article>`
                  : html`<main style="display:block;height:${vh * 3}px;margin:0">
                    <reading-progress for=${forId}></reading-progress>
                  </main>`
              }
              <div style="height:${vh}px"></div>
            </div>
          `);
          const progress = wrapper.querySelector('reading-progress')!;
          await progress.updateComplete;
          await nextFrame();
          await scrollToY(vh / 2);
          expect(progress.value, 'before it').to.equal(0);
          await scrollToY(vh + vh);
          expect(progress.value, 'half-way through it').to.be.closeTo(0.5, 0.02);
          expect(filled(progress)).to.be.closeTo(0.5, 0.02);
          await scrollToY(vh + vh * 2);
          expect(progress.value, 'its bottom at the viewport bottom').to.be.closeTo(1, 0.01);
          const messages = warnings.messages().filter((message) => message.includes('<reading-progress>'));
          expect(messages).to.have.length(forId ? 1 : 0);
          if (forId) expect(messages[0]).to.contain(`for="${forId}"`).and.contain('closest article');
        } finally {
          warnings.restore();
        }
      });
    }

    it('follows the article when it grows after load', async () => {
      const vh = VIEWPORT();
      const { wrapper, progress } = await page(vh * 2, { forId: 'story' });
      const article = wrapper.querySelector('article')!;
      article.style.height = `${vh * 5}px`;
      await nextFrame();
      await nextFrame();
      await scrollToY(vh * 2);
      expect(progress.value).to.be.closeTo(0.5, 0.02);
    });

    it('follows the article when content above it grows after load (a late hero image)', async () => {
      const vh = VIEWPORT();
      const { wrapper, progress } = await page(vh * 3, { before: vh, after: vh, forId: 'story' });
      const hero = wrapper.querySelector<HTMLElement>('div > div')!;
      hero.style.height = `${vh * 2}px`;
      await nextFrame();
      await nextFrame();
      await scrollToY(vh * 2 - 10);
      expect(progress.value, 'before the moved article').to.equal(0);
      await scrollToY(vh * 2 + vh);
      expect(progress.value, 'half-way through the moved article').to.be.closeTo(0.5, 0.02);
    });

    it('fills from the right in a right-to-left document', async () => {
      const { wrapper, progress } = await page(VIEWPORT() * 3);
      wrapper.setAttribute('dir', 'rtl');
      await scrollToY((document.documentElement.scrollHeight - VIEWPORT()) / 2);
      const bar = barRect(progress);
      expect(bar.right).to.be.closeTo(progress.getBoundingClientRect().right, 1);
      expect(bar.left).to.be.greaterThan(progress.getBoundingClientRect().left + 10);
    });

    it('fills from the left in a left-to-right document', async () => {
      const { progress } = await page(VIEWPORT() * 3);
      await scrollToY((document.documentElement.scrollHeight - VIEWPORT()) / 2);
      expect(barRect(progress).left).to.be.closeTo(progress.getBoundingClientRect().left, 1);
    });

    it('is hidden while the tracked article fits on screen, and shown once it does not', async () => {
      const { wrapper, progress } = await page(100, { after: VIEWPORT() * 2, forId: 'story' });
      await waitFor(() => !isShown(progress), 'the bar to hide');
      wrapper.querySelector('article')!.style.height = `${VIEWPORT() * 3}px`;
      await waitFor(() => isShown(progress), 'the bar to show');
    });

    it('fires reading-progress-complete once, at the end', async () => {
      const { progress } = await page(VIEWPORT() * 3);
      const events: CustomEvent[] = [];
      document.addEventListener('reading-progress-complete', (event) => events.push(event));
      const range = document.documentElement.scrollHeight - VIEWPORT();
      await scrollToY(range / 2);
      expect(events).to.have.length(0);
      await scrollToY(range);
      await waitFor(() => events.length > 0, 'the complete event');
      await scrollToY(0);
      await scrollToY(range);
      await nextFrame();
      expect(events).to.have.length(1);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.detail.target).to.equal(document.documentElement);
      expect(events[0]!.target).to.equal(progress);
    });

    it('stops listening once disconnected', async () => {
      const { progress } = await page(VIEWPORT() * 3);
      const range = document.documentElement.scrollHeight - VIEWPORT();
      progress.remove();
      await scrollToY(range);
      expect(progress.value).to.equal(0);
      expect(filled(progress)).to.equal(0);
    });

    it('tracks again when put back on the page', async () => {
      const { wrapper, progress } = await page(VIEWPORT() * 3);
      progress.remove();
      wrapper.append(progress);
      await progress.updateComplete;
      await nextFrame();
      await scrollToY(document.documentElement.scrollHeight - VIEWPORT());
      expect(progress.value).to.be.closeTo(1, 0.01);
      expect(filled(progress)).to.be.closeTo(1, 0.01);
    });
  });
}

describe('<reading-progress>', () => {
  afterEach(() => resetColorScheme());

  it('is pinned to the top edge, or to the bottom with position="bottom", below an offset', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="height:3000px">
        <reading-progress></reading-progress>
        <reading-progress position="bottom" style="--reading-progress-offset: 10px; --reading-progress-height: 6px"></reading-progress>
      </div>
    `);
    const [top, bottom] = wrapper.querySelectorAll('reading-progress');
    await bottom!.updateComplete;
    expect(top!.getBoundingClientRect().top).to.equal(0);
    expect(top!.getBoundingClientRect().height).to.equal(4);
    expect(bottom!.getBoundingClientRect().bottom).to.equal(VIEWPORT() - 10);
    expect(bottom!.getBoundingClientRect().height).to.equal(6);
  });

  it('says nothing to assistive technology', async () => {
    const progress = await fixture<ReadingProgress>(html`<reading-progress></reading-progress>`);
    expect(progress.shadowRoot!.querySelector('.track')!.getAttribute('aria-hidden')).to.equal('true');
    expect(progress.getAttribute('role')).to.equal(null);
  });

  it('warns once and tracks the document when `for` names no element', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="height:${VIEWPORT() * 3}px"><reading-progress for="nowhere"></reading-progress></div>
      `);
      const progress = wrapper.querySelector('reading-progress')!;
      await progress.updateComplete;
      progress.requestUpdate();
      await progress.updateComplete;
      await scrollToY(document.documentElement.scrollHeight - VIEWPORT());
      expect(progress.value).to.be.closeTo(1, 0.01);
      const messages = warnings.messages().filter((message) => message.includes('reading-progress'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('for="nowhere"');
    } finally {
      warnings.restore();
      await scrollToY(0);
    }
  });

  it('warns once about a `position` other than top or bottom, and stays at the top', async () => {
    const warnings = captureWarnings();
    try {
      const progress = await fixture<ReadingProgress>(
        html`<reading-progress position="middle"></reading-progress>`,
      );
      progress.requestUpdate();
      await progress.updateComplete;
      expect(progress.getBoundingClientRect().top).to.equal(0);
      const messages = warnings.messages().filter((message) => message.includes('<reading-progress>'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('position="middle"');
    } finally {
      warnings.restore();
    }
  });

  for (const scheme of COLOR_SCHEMES) {
    it(`passes an axe check in the ${scheme} scheme`, async () => {
      useColorScheme(scheme);
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="height:3000px"><p>Some text.</p><reading-progress></reading-progress></div>
      `);
      await expect(wrapper).to.be.accessible();
    });
  }

  it('defining the element twice does not throw', () => {
    expect(() => ReadingProgress.define()).not.to.throw();
    expect(customElements.get('reading-progress')).to.equal(ReadingProgress);
  });
});

/** An article of 2,300 words (10 minutes at 230 a minute) in 23 blocks of 200 px. */
async function timedPage(attributes: { lang?: string; label?: string; dir?: string } = {}) {
  const paragraphs = Array.from({ length: 23 }, (_, block) =>
    Array.from({ length: 100 }, (_, index) => `w${block}x${index}`).join(' '),
  );
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang=${attributes.lang ?? 'en'} dir=${attributes.dir ?? 'ltr'}>
      <article id="timed" style="margin:0">
        ${paragraphs.map((text) => html`<p style="height:200px;margin:0;overflow:hidden">${text}</p>`)}
      </article>
      <reading-progress for="timed" time-left time-left-label=${attributes.label ?? ''}></reading-progress>
    </div>
  `);
  const progress = wrapper.querySelector('reading-progress')!;
  await progress.updateComplete;
  await nextFrame();
  const label = progress.shadowRoot!.querySelector<HTMLElement>('[part="time-left"]')!;
  const range = 23 * 200 - VIEWPORT();
  return { wrapper, progress, label, range };
}

const shown = (label: HTMLElement) =>
  label.getBoundingClientRect().width > 0 ? label.textContent!.trim() : '';

for (const path of PATHS) {
  describe(`<reading-progress time-left> (${path.name})`, () => {
    before(() => {
      ReadingProgress.useScrollTimeline = path.scrollTimeline;
      document.body.style.margin = '0';
    });
    after(() => {
      ReadingProgress.useScrollTimeline = true;
    });
    afterEach(async () => {
      await scrollToY(0);
    });

    it('counts down the minutes left as the reader moves through the article, and says nothing at the end', async () => {
      const { progress, label, range } = await timedPage();
      await waitFor(() => shown(label) === '10 min left', `"10 min left" at the top (got "${shown(label)}")`);
      await scrollToY(range / 2);
      await waitFor(() => shown(label) === '5 min left', `"5 min left" half-way (got "${shown(label)}")`);
      await scrollToY(range * 0.9);
      await waitFor(() => shown(label) === '1 min left', `"1 min left" near the end (got "${shown(label)}")`);
      await scrollToY(range + 10);
      await waitFor(() => shown(label) === '', 'no label at the end');
      expect(progress.value).to.be.closeTo(1, 0.01);
    });

    it('writes the label only when the minute changes', async () => {
      const { label, range } = await timedPage();
      await scrollToY(range / 2);
      await waitFor(() => shown(label) === '5 min left', 'the half-way label');
      const writes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => writes.push(...records));
      observer.observe(label, { childList: true, characterData: true, subtree: true });
      for (let step = 1; step <= 4; step++) await scrollToY(range / 2 + step * 20);
      observer.disconnect();
      expect(writes).to.have.length(0);
      expect(shown(label)).to.equal('5 min left');
    });

    it('counts again when the article grows', async () => {
      const { wrapper, label } = await timedPage();
      await waitFor(() => shown(label) === '10 min left', 'the first label');
      const article = wrapper.querySelector('article')!;
      for (const paragraph of [...article.querySelectorAll('p')]) article.append(paragraph.cloneNode(true));
      await waitFor(() => shown(label) === '20 min left', 'the label after the article doubled');
    });

    it('keeps counting down through content added after load', async () => {
      const { wrapper, label } = await timedPage();
      await waitFor(() => shown(label) === '10 min left', 'the first label');
      const article = wrapper.querySelector('article')!;
      for (const paragraph of [...article.querySelectorAll('p')]) article.append(paragraph.cloneNode(true));
      await waitFor(() => shown(label) === '20 min left', 'the label after the article doubled');
      const range = 46 * 200 - VIEWPORT();
      // Well into the added half, then on through it: only added blocks cross the viewport edges.
      await scrollToY(range * 0.6);
      await waitFor(() => shown(label) === '8 min left', `"8 min left" (got "${shown(label)}")`);
      for (let step = 1; step <= 6; step++) await scrollToY(range * (0.6 + step * 0.05));
      await waitFor(() => shown(label) === '2 min left', `"2 min left" (got "${shown(label)}")`);
    });

    it('sits at the end of the bar, hidden from assistive technology', async () => {
      const { progress, label } = await timedPage();
      await waitFor(() => shown(label) !== '', 'the label');
      const host = progress.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      expect(box.right).to.be.closeTo(host.right, 1);
      expect(box.top).to.be.closeTo(host.bottom, 1);
      expect(label.closest('[aria-hidden="true"]')).to.not.equal(null);
    });

    it('sits at the left end in a right-to-left page, and speaks the page language', async () => {
      const { progress, label } = await timedPage({ lang: 'es', dir: 'rtl' });
      await waitFor(() => shown(label) === 'quedan 10 min', `"quedan 10 min" (got "${shown(label)}")`);
      expect(label.getBoundingClientRect().left).to.be.closeTo(progress.getBoundingClientRect().left, 1);
    });

    it('takes the author’s words', async () => {
      const { label } = await timedPage({ label: '{time} to go' });
      await waitFor(() => shown(label) === '10 min to go', `"10 min to go" (got "${shown(label)}")`);
    });

    it('listens to scroll events only on the scroll-listener path', async () => {
      const onWindow = sinon.spy(window, 'addEventListener');
      const onDocument = sinon.spy(document, 'addEventListener');
      try {
        const { label, range } = await timedPage();
        await scrollToY(range / 2);
        await waitFor(() => shown(label) === '5 min left', 'the half-way label');
        const scrollListeners = [...onWindow.getCalls(), ...onDocument.getCalls()].filter(
          (call) => call.args[0] === 'scroll',
        );
        const platform =
          path.scrollTimeline && typeof ScrollTimeline === 'function' && typeof ViewTimeline === 'function';
        expect(scrollListeners.length > 0).to.equal(!platform);
        for (const call of scrollListeners) expect(call.args[2]).to.deep.include({ passive: true });
      } finally {
        sinon.restore();
      }
    });

    it('leaves no observer, listener or timer behind once removed, and counts again when put back', async () => {
      const created = trackObservers(['IntersectionObserver', 'ResizeObserver']);
      const added = sinon.spy(window, 'addEventListener');
      const removed = sinon.spy(window, 'removeEventListener');
      try {
        const { wrapper, progress, label } = await timedPage();
        await waitFor(() => shown(label) === '10 min left', 'the first label');
        // The article grows: a recount is scheduled, and the element leaves before it runs.
        const article = wrapper.querySelector('article')!;
        for (const paragraph of [...article.querySelectorAll('p')]) article.append(paragraph.cloneNode(true));
        await nextFrame();
        progress.remove();
        expect(created.length).to.be.greaterThan(0);
        expect(
          created.every((record) => record.disconnected),
          'every observer disconnected',
        ).to.equal(true);
        for (const call of added.getCalls()) {
          const [type, listener] = call.args;
          expect(removed.calledWith(type, listener), `${type} listener removed`).to.equal(true);
        }
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(label.textContent!.trim()).to.equal('10 min left');
        wrapper.append(progress);
        await waitFor(
          () => shown(label) === '20 min left',
          `"20 min left" after coming back (got "${shown(label)}")`,
        );
        await scrollToY((46 * 200 - VIEWPORT()) / 2);
        await waitFor(() => shown(label) === '10 min left', `"10 min left" half-way (got "${shown(label)}")`);
      } finally {
        sinon.restore();
      }
    });

    it('starts nothing when removed before its first update, and tracks once put back', async () => {
      const created = trackObservers(['IntersectionObserver', 'ResizeObserver']);
      const added = sinon.spy(window, 'addEventListener');
      const removed = sinon.spy(window, 'removeEventListener');
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="height:${VIEWPORT() * 3}px"></div>`);
        const progress = document.createElement('reading-progress');
        progress.timeLeft = true;
        wrapper.append(progress);
        progress.remove();
        await progress.updateComplete;
        await nextFrame();
        expect(
          created.every((record) => record.disconnected),
          'every observer disconnected',
        ).to.equal(true);
        for (const call of added.getCalls()) {
          const [type, listener] = call.args;
          expect(removed.calledWith(type, listener), `${type} listener removed`).to.equal(true);
        }
        wrapper.append(progress);
        await progress.updateComplete;
        await nextFrame();
        await scrollToY(document.documentElement.scrollHeight - VIEWPORT());
        expect(progress.value).to.be.closeTo(1, 0.01);
      } finally {
        sinon.restore();
      }
    });

    it('stops updating once disconnected', async () => {
      const { progress, label, range } = await timedPage();
      await waitFor(() => shown(label) === '10 min left', 'the first label');
      const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
      try {
        progress.remove();
        // The scroll-timeline path watches blocks of the article: those observers go too.
        if (path.scrollTimeline && typeof ScrollTimeline === 'function')
          expect(disconnect.called).to.equal(true);
      } finally {
        disconnect.restore();
      }
      await scrollToY(range / 2);
      await nextFrame();
      expect(label.textContent!.trim()).to.equal('10 min left');
    });
  });
}

describe('<reading-progress> on the scroll-listener path, several on a page', () => {
  before(() => {
    ReadingProgress.useScrollTimeline = false;
  });
  after(() => {
    ReadingProgress.useScrollTimeline = true;
  });

  it('reads the scroll position once per frame for all of them, before any of them paints', async () => {
    const { wrapper, progress } = await timedPage();
    const others = [document.createElement('reading-progress'), document.createElement('reading-progress')];
    others[0]!.setAttribute('time-left', '');
    others[1]!.setAttribute('position', 'bottom');
    wrapper.append(...others);
    await Promise.all(others.map((other) => other.updateComplete));
    await nextFrame();
    let reads = 0;
    const root = document.scrollingElement ?? document.documentElement;
    sinon.stub(window, 'scrollY').get(() => {
      reads++;
      return root.scrollTop;
    });
    try {
      const y = (23 * 200 - VIEWPORT()) / 2;
      window.scrollTo({ top: y, behavior: 'instant' as ScrollBehavior });
      reads = 0;
      await nextFrame();
      await nextFrame();
      expect(reads).to.equal(1);
      expect(progress.value).to.be.closeTo(0.5, 0.02);
      expect(others[1]!.value).to.be.greaterThan(0);
    } finally {
      sinon.restore();
      await scrollToY(0);
    }
  });
});

describe('<reading-progress> without time-left', () => {
  it('shows no label', async () => {
    const progress = await fixture<ReadingProgress>(html`<reading-progress></reading-progress>`);
    expect(progress.shadowRoot!.querySelector('[part="time-left"]')).to.equal(null);
  });

  for (const scheme of COLOR_SCHEMES) {
    it(`passes an axe check with time-left in the ${scheme} scheme`, async () => {
      useColorScheme(scheme);
      try {
        const { wrapper, label } = await timedPage();
        await waitFor(() => shown(label) !== '', 'the label');
        await expect(wrapper).to.be.accessible();
      } finally {
        resetColorScheme();
      }
    });
  }
});
