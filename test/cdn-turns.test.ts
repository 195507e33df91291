// The CDN bundles register one element per task after the task that runs them, so no task is
// long on a phone; at every point between tasks each element on screen is either rendered or
// still in its pre-upgrade form, never an empty shadow root. Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { TAGS } from '../src/internal/tags.js';

interface Between {
  defined: string[];
  /** Elements on screen that have a shadow root with nothing rendered in it. */
  blank: string[];
}

type ProbedWindow = Window & typeof globalThis & { between: Between[]; registered: string[] };

// A classic script before the bundle: it looks at the page in a task of its own, again and
// again, so it sees the page between the bundle's tasks (most of them: the engine picks
// between two message channels' tasks as it likes).
const PROBE = `<script>
  window.between = [];
  const tags = ${JSON.stringify(TAGS)};
  // In the order they register: each promise settles in the task of its registration.
  window.registered = [];
  for (const tag of tags) customElements.whenDefined(tag).then(() => window.registered.push(tag));
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const elements = [...document.querySelectorAll(tags.join())];
    const defined = tags.filter((tag) => customElements.get(tag));
    const blank = elements
      .filter((el) => el.shadowRoot && el.shadowRoot.childNodes.length === 0)
      .filter((el) => el.getBoundingClientRect().top < innerHeight && el.getClientRects().length > 0)
      .map((el) => el.localName);
    window.between.push({ defined, blank });
    if (defined.length < tags.length || window.between.length < 5) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
</script>`;

// A callout first, then a hundred more below the first screen: their renders are still
// waiting for later slices while the next elements register, and must not hold those back.
const ARTICLE = `
  <reading-progress></reading-progress>
  <article>
    <h1>Slow reading</h1>
    <pro-tip><p>Read the first paragraph twice.</p></pro-tip>
    <post-meta published="2025-03-18" author="Field Notes">
      <category-chips slot="categories" categories="Reading, Culture, Attention"></category-chips>
    </post-meta>
    <photo-credit credit="Photo by Ines Alvarez on Unsplash">
      <img src="/demo/images/desk-notes.svg" width="240" height="160" alt="A desk with notes." />
    </photo-credit>
    <reading-time minutes="6"></reading-time>
    <table-of-contents></table-of-contents>
    <h2>Why</h2>
    <div style="margin-block-start: 1200px">${'<pro-tip kind="warning"><p>Below the first screen.</p></pro-tip>'.repeat(100)}</div>
    <share-buttons url="https://a.example/post"></share-buttons>
  </article>`;

async function pageWithBundle(bundle: string): Promise<ProbedWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size:800px;block-size:600px;border:0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${PROBE}
    <script type="module" src="/dist/cdn/${bundle}"></script></head><body>${ARTICLE}</body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as ProbedWindow;
  await waitFor(
    () => TAGS.every((tag) => win.customElements?.get(tag) !== undefined),
    `every element registered by ${bundle}`,
  );
  return win;
}

for (const bundle of ['reading-elements.js', 'reading-elements-hydrate.js']) {
  describe(`dist/cdn/${bundle}: one element per task`, () => {
    let win: ProbedWindow;

    before(async () => {
      win = await pageWithBundle(bundle);
    });

    after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('registers the elements over several tasks, the first screen rendered in each', async () => {
      const counts = win.between.map((state) => state.defined.length);
      // Some point between tasks saw part of the elements registered and part not.
      expect(
        counts.some((count) => count > 0 && count < TAGS.length),
        counts.join(' '),
      ).to.equal(true);
      // Registered together with its copies' first renders: never a blank box on screen.
      expect(win.between.flatMap((state) => state.blank)).to.deep.equal([]);
    });

    it('registers an element inside another first (the chips before the meta line holding them)', async () => {
      const order = win.registered;
      expect(order.indexOf('category-chips')).to.be.greaterThan(-1);
      expect(order.indexOf('category-chips')).to.be.lessThan(order.indexOf('post-meta'));
      // Otherwise the page's order: the bar at its top, the meta line, the photo.
      expect(order.indexOf('reading-progress')).to.be.lessThan(order.indexOf('pro-tip'));
      expect(order.indexOf('pro-tip')).to.be.lessThan(order.indexOf('category-chips'));
      expect(order.indexOf('post-meta')).to.be.lessThan(order.indexOf('photo-credit'));
    });

    it('ends with every element rendered', async () => {
      const elements = [
        ...win.document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(TAGS.join()),
      ];
      await Promise.all(elements.map((el) => el.updateComplete));
      for (const el of elements) expect(el.shadowRoot?.childNodes.length, el.localName).to.be.greaterThan(0);
    });
  });
}
