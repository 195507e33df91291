// A page rendered on the server by reading-elements/ssr.js (test/ssr-fixtures/), opened in a
// frame before any of our scripts runs, then hydrated: nothing may change on screen, nothing
// may appear twice, nothing may go to the console, and every interactive part must work.
// Needs `npm run build` first (npm test runs it).
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { TAGS } from '../src/internal/tags.js';

/** The ways a page loads the elements after rendering them on the server. */
const SCRIPTS = {
  npm: '/dist/hydrate.js',
  cdn: '/dist/cdn/reading-elements-hydrate.js',
  plain: '/dist/cdn/reading-elements.js',
};

interface FixtureWindow extends Window {
  pageErrors: string[];
  axe: {
    run(
      context: unknown,
      options?: unknown,
    ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
  };
}

interface Page {
  frame: HTMLIFrameElement;
  win: FixtureWindow;
  doc: Document;
}

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

const frames = (win: Window, count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });

async function open(query: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;inset:0;inline-size:100vw;block-size:100vh;border:0';
  frame.src = `/ssr-fixture/article.html?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as FixtureWindow;
  await Promise.all([...doc.images].map((image) => image.decode().catch(() => undefined)));
  await doc.fonts.ready;
  await new Promise((resolve) => win.setTimeout(resolve, 100));
  await frames(win);
  return { frame, win, doc };
}

/** Every reading element in `root`, including those inside shadow roots. */
function readingElements(root: Document | ShadowRoot): Updating[] {
  const found: Updating[] = [];
  for (const element of root.querySelectorAll<Updating>('*')) {
    if ((TAGS as readonly string[]).includes(element.localName)) found.push(element);
    if (element.shadowRoot) found.push(...readingElements(element.shadowRoot));
  }
  return found;
}

/** Waits until every element has rendered, including the update after hydration. */
async function settle({ win, doc }: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const element of readingElements(doc)) await element.updateComplete;
    await new Promise((resolve) => win.setTimeout(resolve, 60));
  }
  await frames(win);
}

async function load(page: Page, script: keyof typeof SCRIPTS): Promise<void> {
  const element = page.doc.createElement('script');
  element.type = 'module';
  element.src = SCRIPTS[script];
  const loaded = new Promise((resolve, reject) => {
    element.onload = resolve;
    element.onerror = () => reject(new Error(`${SCRIPTS[script]} failed to load; run npm run build first`));
  });
  page.doc.head.append(element);
  await loaded;
  await Promise.all(TAGS.map((tag) => page.win.customElements.whenDefined(tag)));
  await settle(page);
}

/** The text a reader sees in an element's shadow root (nested elements' shadow roots included). */
function shadowText(element: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const el = node as Element;
    if (el.localName === 'style') return '';
    const own = el.shadowRoot ? walk(el.shadowRoot) : '';
    return own + [...node.childNodes].map(walk).join('');
  };
  return walk(element.shadowRoot!).replace(/\s+/g, ' ').trim();
}

/** Each top-level element's shadow text, in document order. */
const texts = (doc: Document) =>
  [...doc.querySelectorAll('main ' + TAGS.join(', main '))].map(
    (element) => `${element.localName}: ${shadowText(element)}`,
  );

/**
 * Records every change of text or of nodes inside the elements' shadow roots from now on. A
 * hydration that briefly showed other words (English before the page's language arrived, say)
 * leaves records here even when the end state is right.
 */
function watchShadowContent(doc: Document): () => string[] {
  const changes: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const host = (record.target.getRootNode() as ShadowRoot).host?.localName ?? '?';
      changes.push(
        `${host}: ${record.type} ${record.type === 'characterData' ? JSON.stringify(record.target.textContent) : ''}`,
      );
    }
  });
  for (const element of readingElements(doc)) {
    observer.observe(element.shadowRoot!, { childList: true, characterData: true, subtree: true });
  }
  return () => {
    changes.push(...observer.takeRecords().map((record) => `${record.type}`));
    observer.disconnect();
    return changes;
  };
}

/** The same markup rendered by the browser alone, with no server rendering: the reference. */
async function clientRendering(page: Page): Promise<string[]> {
  const raw = page.doc.querySelector<HTMLTemplateElement>('#raw')!;
  const box = page.doc.createElement('div');
  box.style.cssText = 'position:absolute;inset-inline-start:-10000px;inline-size:40rem';
  box.append(raw.content.cloneNode(true));
  page.doc.body.append(box);
  await settle(page);
  const result = [...box.querySelectorAll(TAGS.join(','))]
    .filter((element) => !element.parentElement!.closest(TAGS.join(',')) || element.slot)
    .map((element) => `${element.localName}: ${shadowText(element)}`);
  box.remove();
  return result;
}

async function screenshot(): Promise<ImageData | null> {
  const png = await executeServerCommand<string | null, undefined>('ssr-screenshot');
  if (!png) return null;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/**
 * How many pixels differ in a channel by more than `tolerance` colour levels (0: any
 * difference); `where` describes the box around them.
 */
function differingPixels(a: ImageData, b: ImageData, tolerance = 0): { changed: number; where: string } {
  expect([a.width, a.height]).to.deep.equal([b.width, b.height]);
  let changed = 0;
  const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
  const same = (i: number) => Math.abs(a.data[i]! - b.data[i]!) <= tolerance;
  for (let i = 0; i < a.data.length; i += 4) {
    if (same(i) && same(i + 1) && same(i + 2)) continue;
    changed++;
    const x = (i / 4) % a.width;
    const y = Math.floor(i / 4 / a.width);
    box.left = Math.min(box.left, x);
    box.right = Math.max(box.right, x);
    box.top = Math.min(box.top, y);
    box.bottom = Math.max(box.bottom, y);
  }
  const where = changed ? `, in x ${box.left}-${box.right}, y ${box.top}-${box.bottom}` : '';
  return { changed, where };
}

/**
 * How much hydration may change. Chromium and Firefox repaint the page identically: no pixel may
 * differ at all. After hydration WebKitGTK re-rasterizes glyph and shape edges, most by a few
 * colour levels, from a few dozen to about 8,000 pixels from run to run; there a pixel counts
 * only when a channel moves by more than 16 levels, and under 1% may. The pre-upgrade rules
 * applying to server-rendered elements, for comparison, change 9% of the pixels.
 */
const webKitGtk = navigator.userAgent.includes('AppleWebKit') && !navigator.userAgent.includes('Chrome/');
const allowedChange = (total: number) => (webKitGtk ? total / 100 : 0);
const colourTolerance = webKitGtk ? 16 : 0;

/**
 * Node's Unicode data writes Arabic numbers with Latin digits; an engine on an older copy
 * (Debian's WebKitGTK) writes Arabic-Indic ones. Hydration keeps the server's digits on the
 * page (docs/server-rendering.md, "Numbers and dates"), so texts are compared with digits
 * folded to Latin there, and only there.
 */
const foldDigits = new Intl.NumberFormat('ar').format(5) !== '5';
const fold = (list: string[]) =>
  foldDigits
    ? list.map((text) => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)))
    : list;

let page: Page | undefined;
before(async () => {
  // Tall enough for the whole article above the spacer in one screenshot (where the driver can).
  await setViewport({ width: 800, height: 1500 }).catch(() => undefined);
});
afterEach(() => {
  page?.frame.remove();
  page = undefined;
});

describe('server-rendered page before any script', () => {
  it('shows every element from its declarative shadow root, marked server-rendered', async () => {
    page = await open('lang=en');
    const elements = [...page.doc.querySelectorAll('main ' + TAGS.join(', main '))];
    expect(elements.map((element) => element.localName)).to.include.members(TAGS);
    for (const element of elements) {
      expect(page.win.customElements.get(element.localName), element.localName).to.equal(undefined);
      expect(element.shadowRoot, element.localName).to.not.equal(null);
      expect(element.hasAttribute('server-rendered'), element.localName).to.equal(true);
    }
    const tip = page.doc.querySelector('pro-tip[kind="warning"]')!;
    expect(shadowText(tip)).to.equal('Warning');
    // The pre-upgrade style sheet leaves it alone: no second border around the rendered one.
    expect(page.win.getComputedStyle(tip).borderInlineStartWidth).to.equal('0px');
  });

  for (const scheme of ['light', 'dark']) {
    it(`passes axe (${scheme})`, async () => {
      page = await open(`lang=en&scheme=${scheme}`);
      const { violations } = await page.win.axe.run(page.doc, { resultTypes: ['violations'] });
      expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal(
        [],
      );
    });
  }
});

for (const [lang, scheme] of [
  ['en', 'light'],
  ['es', 'dark'],
  ['ar', 'light'],
] as const) {
  describe(`hydration with reading-elements/hydrate.js (${lang}, ${scheme})`, () => {
    it('changes nothing: same nodes, same text as the browser renders alone, no error', async () => {
      page = await open(`lang=${lang}&scheme=${scheme}`);
      const before = texts(page.doc);
      const serverNode = page.doc.querySelector('pro-tip')!.shadowRoot!.querySelector('[part~="base"]');
      const shot = await screenshot();
      // Two paints of the page as the server wrote it: how much an engine's screenshots vary alone.
      const again = await screenshot();
      const changes = watchShadowContent(page.doc);
      await load(page, 'npm');
      expect(page.win.pageErrors).to.deep.equal([]);
      expect(changes(), 'text or nodes changed in a shadow root').to.deep.equal([]);
      expect(texts(page.doc)).to.deep.equal(before);
      // Hydrated, not replaced: the server's nodes are the ones on the page.
      expect(page.doc.querySelector('pro-tip')!.shadowRoot!.querySelector('[part~="base"]')).to.equal(
        serverNode,
      );
      expect(fold(texts(page.doc))).to.deep.equal(fold(await clientRendering(page)));
      const after = await screenshot();
      if (shot && again && after) {
        const { changed, where } = differingPixels(shot, after, colourTolerance);
        const noise = differingPixels(shot, again, colourTolerance).changed;
        await executeServerCommand(
          'ssr-report',
          `hydration ${lang}/${scheme}: ${changed} of ${after.width * after.height} pixels changed${where}; ` +
            `${noise} between two screenshots before hydration`,
        );
        expect(changed, 'pixels changed by hydration').to.be.at.most(
          allowedChange(after.width * after.height),
        );
      }
    });
  });
}

describe('after hydration every interactive part works', () => {
  beforeEach(async () => {
    page = await open('lang=en');
    await load(page, 'npm');
  });

  it('pro-tip: the collapsible callout opens and says so', async () => {
    const tip = page!.doc.querySelector<Updating>('pro-tip[collapsible]')!;
    const events: boolean[] = [];
    tip.addEventListener('pro-tip-toggle', (event) =>
      events.push((event as CustomEvent<{ open: boolean }>).detail.open),
    );
    tip.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    await settle(page!);
    expect(tip.hasAttribute('open')).to.equal(true);
    expect(events).to.deep.equal([true]);
  });

  it('photo-credit: the image opens the zoom dialog', async () => {
    const photo = page!.doc.querySelector<Updating>('photo-credit')!;
    photo.shadowRoot!.querySelector<HTMLElement>('[part~="zoom"]')!.click();
    await settle(page!);
    const dialog = photo.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('img')!.getAttribute('alt')).to.equal('A city at dusk');
    dialog.close();
  });

  it('share-buttons: copy writes the link and says so', async () => {
    const share = page!.doc.querySelector<Updating>('share-buttons')!;
    const written: string[] = [];
    Object.defineProperty(page!.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    share.shadowRoot!.querySelector<HTMLElement>('[data-network="copy"]')!.click();
    await settle(page!);
    expect(written).to.deep.equal(['https://example.com/posts/personalization']);
    expect(share.shadowRoot!.querySelector('[data-network="copy"]')!.textContent!.trim()).to.equal(
      'Link copied',
    );
  });

  it('category-chips: "+2 more" shows every chip', async () => {
    const chips = page!.doc.querySelector<Updating>('category-chips')!;
    const more = chips.shadowRoot!.querySelector<HTMLElement>('[part~="more"]')!;
    expect(more.textContent!.trim()).to.equal('+2 more');
    expect(chips.shadowRoot!.querySelectorAll('li:not([hidden])')).to.have.length(3);
    more.click();
    await settle(page!);
    expect(chips.shadowRoot!.querySelectorAll('li:not([hidden])')).to.have.length(5);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('table-of-contents: the server-written list follows the reader', async () => {
    const { doc, win } = page!;
    doc.getElementById('role')!.scrollIntoView({ block: 'start' });
    win.scrollBy(0, 5);
    let current: string | null | undefined;
    for (let i = 0; i < 40 && current !== '#role'; i++) {
      await frames(win);
      current = doc.querySelector('table-of-contents a[aria-current="location"]')?.getAttribute('href');
    }
    expect(current).to.equal('#role');
  });
});

describe('the CDN bundles and a server-rendered page', () => {
  it('reading-elements-hydrate.js hydrates: same nodes, same pixels, no error', async () => {
    page = await open('lang=es');
    const before = texts(page.doc);
    const serverNode = page.doc.querySelector('pro-tip')!.shadowRoot!.querySelector('[part~="base"]');
    const shot = await screenshot();
    const changes = watchShadowContent(page.doc);
    await load(page, 'cdn');
    expect(page.win.pageErrors).to.deep.equal([]);
    expect(changes(), 'text or nodes changed in a shadow root').to.deep.equal([]);
    expect(texts(page.doc)).to.deep.equal(before);
    expect(page.doc.querySelector('pro-tip')!.shadowRoot!.querySelector('[part~="base"]')).to.equal(
      serverNode,
    );
    const after = await screenshot();
    if (shot && after) {
      const { changed, where } = differingPixels(shot, after);
      await executeServerCommand(
        'ssr-report',
        `hydration with the CDN bundle: ${changed} of ${after.width * after.height} pixels changed${where}`,
      );
      expect(changed).to.be.at.most(allowedChange(after.width * after.height));
    }
  });

  it('reading-elements.js (no hydrate support) takes the rendering over: nothing shown twice', async () => {
    page = await open('lang=es');
    // The plain bundle's templates are minified: the same words, other white space.
    const words = () => texts(page!.doc).map((text) => text.replace(/\s+/g, ''));
    const before = words();
    await load(page, 'plain');
    expect(page.win.pageErrors).to.deep.equal([]);
    expect(words()).to.deep.equal(before);
    for (const element of page.doc.querySelectorAll('main ' + TAGS.join(', main '))) {
      const root = element.shadowRoot!;
      expect(root.querySelectorAll('style').length, element.localName).to.equal(0);
    }
    expect(page.doc.querySelector('pro-tip')!.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(
      1,
    );
  });
});
