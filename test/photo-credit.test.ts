import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { PhotoCredit } from '../src/photo-credit.js';
import {
  COLOR_SCHEMES,
  captureWarnings,
  nextFrame,
  resetColorScheme,
  useColorScheme,
  waitFor,
} from './helpers.js';

const IMG = '/demo/images/photo-credit-mountains.svg';
const SMALL = '/demo/images/photo-credit-forest-small.svg';
const LARGE = '/demo/images/photo-credit-forest-large.svg';

async function settle(element: PhotoCredit): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
  await nextFrame();
}

function part(element: PhotoCredit, name: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

/** The credit line as a reader sees it: the rendered text, or the slotted text in its place. */
function creditText(element: PhotoCredit): string {
  const slot = part(element, 'credit').querySelector('slot')!;
  const assigned = slot.assignedNodes();
  const nodes = assigned.length ? assigned : [...slot.childNodes];
  return nodes
    .filter((node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE)
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The links the element renders in its credit line, as [text, href, rel]. */
function creditLinks(element: PhotoCredit): Array<[string, string, string | null]> {
  return [...part(element, 'credit').querySelectorAll('a')].map((a) => [
    a.textContent!.trim(),
    a.getAttribute('href')!,
    a.getAttribute('rel'),
  ]);
}

function zoomButton(element: PhotoCredit): HTMLButtonElement | null {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="zoom"]');
}

function dialogOf(element: PhotoCredit): HTMLDialogElement {
  return element.shadowRoot!.querySelector('dialog')!;
}

/** True while the zoom dialog is open; it is rendered only once a reader first zooms. */
function dialogOpen(element: PhotoCredit): boolean {
  return element.shadowRoot!.querySelector('dialog')?.open === true;
}

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the open dialog is still: its large image loaded and its fade-in over. */
async function dialogSettled(element: PhotoCredit): Promise<void> {
  await settle(element);
  const dialog = dialogOf(element);
  await waitFor(() => dialog.querySelector('img')?.complete ?? false, 'the large image');
  await Promise.all(dialog.getAnimations({ subtree: true }).map((animation) => animation.finished));
  await nextFrame();
}

async function clickAt(element: Element, x = 0.5, y = 0.5): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width * x), Math.round(rect.top + rect.height * y)],
  });
}

async function zoomable(extra = ''): Promise<PhotoCredit> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="max-width:600px">
      <photo-credit zoomable credit="Photo by [Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash" data-extra=${extra}>
        <img src=${SMALL} srcset="${SMALL} 600w, ${LARGE} 1800w" sizes="600px" width="600" height="400" alt="Pine trees on a hill" />
        <span slot="caption">Morning in the forest.</span>
      </photo-credit>
    </div>
  `);
  const element = wrapper.querySelector('photo-credit')!;
  await settle(element);
  return element;
}

describe('<photo-credit>', () => {
  afterEach(() => {
    resetColorScheme();
    document.documentElement.style.removeProperty('overflow');
  });

  describe('rendering', () => {
    it('shows the light-DOM image inside a figure, with the caption and credit in its figcaption', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit author="Ana Ruiz" source="Pexels">
          <img src=${IMG} width="1200" height="800" alt="Mountains at dusk" />
          <span slot="caption">Dusk over the ridge.</span>
        </photo-credit>
      `);
      await settle(element);
      const figure = part(element, 'figure');
      expect(figure.localName).to.equal('figure');
      const caption = part(element, 'caption');
      expect(caption.localName).to.equal('figcaption');
      expect(part(element, 'credit').localName).to.equal('small');
      // The image stays the page's own, in light DOM, and is shown inside the figure.
      const img = element.querySelector('img')!;
      expect(img.assignedSlot!.closest('figure')).to.equal(figure);
      expect(element.querySelector('[slot="caption"]')!.assignedSlot!.closest('figcaption')).to.equal(
        caption,
      );
      expect(creditText(element)).to.equal('Photo by Ana Ruiz on Pexels');
      // Caption above credit.
      const captionRect = element.querySelector('[slot="caption"]')!.getBoundingClientRect();
      expect(part(element, 'credit').getBoundingClientRect().top).to.be.at.least(captionRect.bottom - 1);
      expect(img.getBoundingClientRect().bottom).to.be.at.most(captionRect.top + 1);
    });

    it('keeps the image at its aspect ratio within a narrow column, before and after loading', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width:300px">
          <photo-credit><img src=${IMG} width="1200" height="800" alt="Mountains" /></photo-credit>
        </div>
      `);
      const element = wrapper.querySelector('photo-credit')!;
      await settle(element);
      const img = element.querySelector('img')!;
      expect(img.getBoundingClientRect().width).to.be.closeTo(300, 1);
      expect(img.getBoundingClientRect().height).to.be.closeTo(200, 1);
      await waitFor(() => img.complete, 'the image to load');
      expect(img.getBoundingClientRect().height).to.be.closeTo(200, 1);
    });

    it('hides the caption area when there is neither caption nor credit', async () => {
      const element = await fixture<PhotoCredit>(
        html`<photo-credit><img src=${IMG} width="1200" height="800" alt="" /></photo-credit>`,
      );
      await settle(element);
      expect(part(element, 'caption').getBoundingClientRect().height).to.equal(0);
    });

    it('is styled by --photo-credit-caption-color and --photo-credit-radius', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit author="Ana" style="--photo-credit-caption-color: rgb(1, 2, 3); --photo-credit-radius: 7px">
          <img src=${IMG} width="1200" height="800" alt="Mountains" />
        </photo-credit>
      `);
      await settle(element);
      expect(getComputedStyle(part(element, 'caption')).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(element.querySelector('img')!).borderTopLeftRadius).to.equal('7px');
    });
  });

  describe('credit sources', () => {
    it('renders attributes through the localized template, with links', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit author="Ana Ruiz" author-href="https://www.pexels.com/@ana" source="Pexels" license="CC0" license-href="https://creativecommons.org/publicdomain/zero/1.0/">
          <img src=${IMG} width="1200" height="800" alt="Mountains" />
        </photo-credit>
      `);
      await settle(element);
      expect(creditText(element)).to.equal('Photo by Ana Ruiz on Pexels · License: CC0');
      expect(creditLinks(element)).to.deep.equal([
        ['Ana Ruiz', 'https://www.pexels.com/@ana', 'noopener noreferrer'],
        ['Pexels', 'https://www.pexels.com/', 'noopener noreferrer'],
        ['CC0', 'https://creativecommons.org/publicdomain/zero/1.0/', 'noopener noreferrer'],
      ]);
    });

    it('links each known source to its home page, and an unknown source to nothing', async () => {
      const expected: Record<string, string | null> = {
        Unsplash: 'https://unsplash.com/',
        Pexels: 'https://www.pexels.com/',
        Pixabay: 'https://pixabay.com/',
        'Wikimedia Commons': 'https://commons.wikimedia.org/',
        Flickr: 'https://www.flickr.com/',
        'Family album': null,
      };
      for (const [source, href] of Object.entries(expected)) {
        const element = await fixture<PhotoCredit>(
          html`<photo-credit author="Kim" source=${source}><img src=${IMG} width="1200" height="800" alt="x" /></photo-credit>`,
        );
        await settle(element);
        const link = creditLinks(element).find(([text]) => text === source);
        expect(link?.[1] ?? null, source).to.equal(href);
      }
    });

    it('renders "Photo by {author}" without a source and "Photo via {source}" without an author', async () => {
      const byAuthor = await fixture<PhotoCredit>(
        html`<photo-credit author="Kim"><img src=${IMG} width="1200" height="800" alt="x" /></photo-credit>`,
      );
      await settle(byAuthor);
      expect(creditText(byAuthor)).to.equal('Photo by Kim');
      const viaSource = await fixture<PhotoCredit>(
        html`<photo-credit source="Flickr"><img src=${IMG} width="1200" height="800" alt="x" /></photo-credit>`,
      );
      await settle(viaSource);
      expect(creditText(viaSource)).to.equal('Photo via Flickr');
    });

    it('parses the frontmatter credit string into text and links', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit credit="Photo by [Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash">
          <img src=${IMG} width="1200" height="800" alt="Mountains" />
        </photo-credit>
      `);
      await settle(element);
      expect(creditText(element)).to.equal('Photo by Marvin Meyer on Unsplash');
      expect(creditLinks(element)).to.deep.equal([
        ['Marvin Meyer', 'https://unsplash.com/@marvelous', 'noopener noreferrer'],
        ['Unsplash', 'https://unsplash.com/', 'noopener noreferrer'],
      ]);
    });

    it('shows a credit string it does not recognise as text and links, as written', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit credit="© [Ana](https://a.example/) for the Daily, all rights reserved">
          <img src=${IMG} width="1200" height="800" alt="Mountains" />
        </photo-credit>
      `);
      await settle(element);
      expect(creditText(element)).to.equal('© Ana for the Daily, all rights reserved');
      expect(creditLinks(element)).to.deep.equal([['Ana', 'https://a.example/', 'noopener noreferrer']]);
    });

    it('shows HTML in a name as text', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit credit="Photo by [<b>Bold</b><img src=x onerror=alert(1)>](https://unsplash.com/@x) on Unsplash">
          <img src=${IMG} width="1200" height="800" alt="Mountains" />
        </photo-credit>
      `);
      await settle(element);
      expect(creditText(element)).to.equal('Photo by <b>Bold</b><img src=x onerror=alert(1)> on Unsplash');
      expect(part(element, 'credit').querySelector('b, img')).to.equal(null);
    });

    it('precedence: slotted credit over attributes over the credit string', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit author="Attr Author" source="Pexels" credit="Photo by String Author on Unsplash" referral="my-blog">
          <img src=${IMG} width="1200" height="800" alt="Mountains" />
          <span slot="credit">Photo by <a href="https://unsplash.com/@hand">Hand Written</a> on <a href="https://unsplash.com/">Unsplash</a></span>
        </photo-credit>
      `);
      await settle(element);
      expect(creditText(element)).to.equal('Photo by Hand Written on Unsplash');
      // Slotted credit is kept exactly as written: no referral parameters are added to it.
      expect(
        [...element.querySelectorAll('[slot="credit"] a')].map((a) => a.getAttribute('href')),
      ).to.deep.equal(['https://unsplash.com/@hand', 'https://unsplash.com/']);

      element.querySelector('[slot="credit"]')!.remove();
      await settle(element);
      expect(creditText(element)).to.equal('Photo by Attr Author on Pexels');

      element.author = '';
      element.source = '';
      await settle(element);
      expect(creditText(element)).to.equal('Photo by String Author on Unsplash');
    });

    it('follows the language: Spanish, German and Japanese templates', async () => {
      const expected = {
        es: 'Foto de Ana en Unsplash',
        de: 'Foto von Ana auf Unsplash',
        ja: 'UnsplashのAnaが撮影した写真',
      };
      for (const [lang, text] of Object.entries(expected)) {
        const wrapper = await fixture<HTMLDivElement>(html`
          <div lang=${lang}><photo-credit credit="Photo by [Ana](https://unsplash.com/@ana) on Unsplash"><img src=${IMG} width="1200" height="800" alt="x" /></photo-credit></div>
        `);
        const element = wrapper.querySelector('photo-credit')!;
        await settle(element);
        expect(creditText(element), lang).to.equal(text);
      }
    });

    it('re-renders when the language changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="en"><photo-credit author="Ana" source="Pexels"><img src=${IMG} width="1200" height="800" alt="x" /></photo-credit></div>
      `);
      const element = wrapper.querySelector('photo-credit')!;
      await settle(element);
      wrapper.lang = 'fr';
      await waitFor(() => creditText(element) === 'Photo de Ana sur Pexels', 'the French credit');
    });
  });

  describe('referral', () => {
    it('adds the referral parameters to the Unsplash links the element renders, and only to those', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit referral="my-blog" credit="Photo by [Ana](https://unsplash.com/@ana?lang=en#top) on Unsplash">
          <img src=${IMG} width="1200" height="800" alt="x" />
        </photo-credit>
      `);
      await settle(element);
      expect(creditLinks(element).map(([, href]) => href)).to.deep.equal([
        'https://unsplash.com/@ana?lang=en&utm_source=my-blog&utm_medium=referral#top',
        'https://unsplash.com/?utm_source=my-blog&utm_medium=referral',
      ]);

      element.credit = '';
      element.author = 'Bo';
      element.authorHref = 'https://www.pexels.com/@bo?utm_source=my-blog';
      element.source = 'Pexels';
      await settle(element);
      expect(creditLinks(element).map(([, href]) => href)).to.deep.equal([
        'https://www.pexels.com/@bo?utm_source=my-blog',
        'https://www.pexels.com/',
      ]);

      element.authorHref = 'https://unsplash.com/@bo?utm_source=my-blog&utm_medium=referral';
      element.source = 'Unsplash';
      await settle(element);
      expect(creditLinks(element).map(([, href]) => href)).to.deep.equal([
        'https://unsplash.com/@bo?utm_source=my-blog&utm_medium=referral',
        'https://unsplash.com/?utm_source=my-blog&utm_medium=referral',
      ]);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => {
      warnings = captureWarnings();
    });
    afterEach(() => warnings.restore());

    const mine = () => warnings.messages().filter((message) => message.startsWith('<photo-credit>'));

    it('drops javascript: links but keeps their text, and warns naming the attribute and value', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit author="Eve" author-href="javascript:alert(1)" source="Pexels" source-href=" JAVASCRIPT:alert(2)">
          <img src=${IMG} width="1200" height="800" alt="x" />
        </photo-credit>
      `);
      await settle(element);
      expect(creditText(element)).to.equal('Photo by Eve on Pexels');
      expect(creditLinks(element)).to.deep.equal([]);
      expect(mine().some((m) => m.includes('author-href="javascript:alert(1)"'))).to.equal(true);
      expect(mine().some((m) => m.includes('source-href=" JAVASCRIPT:alert(2)"'))).to.equal(true);
    });

    it('drops javascript: links inside the credit string and warns', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit credit="Photo by [Eve](javascript:alert(1)) on Unsplash"><img src=${IMG} width="1200" height="800" alt="x" /></photo-credit>
      `);
      await settle(element);
      expect(creditText(element)).to.equal('Photo by Eve on Unsplash');
      expect(creditLinks(element)).to.deep.equal([
        ['Unsplash', 'https://unsplash.com/', 'noopener noreferrer'],
      ]);
      expect(mine().filter((m) => m.includes('credit="javascript:alert(1)"'))).to.have.length(1);
    });

    it('shows a malformed credit string as plain text and warns once', async () => {
      const text = 'Photo by [Marvin Meyer(https://unsplash.com/@marvelous) on Unsplash';
      const element = await fixture<PhotoCredit>(
        html`<photo-credit credit=${text}><img src=${IMG} width="1200" height="800" alt="x" /></photo-credit>`,
      );
      await settle(element);
      element.requestUpdate();
      await settle(element);
      expect(creditText(element)).to.equal(text);
      expect(creditLinks(element)).to.deep.equal([]);
      const messages = mine().filter((m) => m.includes('credit="Photo by [Marvin'));
      expect(messages).to.have.length(1);
    });

    it('warns once about an image without width and height, naming the image', async () => {
      const element = await fixture<PhotoCredit>(
        html`<photo-credit author="Kim"><img src=${IMG} alt="x" /></photo-credit>`,
      );
      await settle(element);
      element.querySelector('img')!.setAttribute('alt', 'changed');
      await settle(element);
      const messages = mine().filter((m) => m.includes('width and height'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain(`img="${IMG}"`);
    });

    for (const zoomable of [false, true]) {
      it(`keeps a 3:2 box the column's width for an image without a size until it arrives${zoomable ? ' (zoomable)' : ''}`, async () => {
        // The image (200 × 100) is held by the test server until released.
        const token = `photo-${zoomable}-${Date.now()}`;
        const wrapper = await fixture<HTMLElement>(html`
          <div style="inline-size: 300px">
            <photo-credit author="Kim" ?zoomable=${zoomable}>
              <img src="/__held/${token}/test/fixtures/strip-2x1.svg" alt="A green strip" />
            </photo-credit>
          </div>
        `);
        const element = wrapper.querySelector<PhotoCredit>('photo-credit')!;
        await settle(element);
        const img = element.querySelector('img')!;
        const size = () => [Math.round(img.offsetWidth), Math.round(img.offsetHeight)];
        expect(img.complete, 'the image has not arrived').to.equal(false);
        expect(size()).to.deep.equal([300, 200]);
        await fetch(`/__release?token=${token}`);
        await waitFor(() => img.complete && img.naturalWidth > 0, 'the image');
        await settle(element);
        // Its own size now, not stretched to the column.
        expect(size()).to.deep.equal([200, 100]);
        expect(mine().filter((m) => m.includes('width and height'))).to.have.length(1);
      });
    }

    it('warns about a picture whose img has no size, and not about one that has it', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit author="Kim"><picture><source srcset=${LARGE} media="(min-width: 2000px)" /><img src=${SMALL} width="600" height="400" alt="Trees" /></picture></photo-credit>
      `);
      await settle(element);
      expect(mine()).to.deep.equal([]);
      expect(element.querySelector('img')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('still renders the credit without an image, and warns', async () => {
      const element = await fixture<PhotoCredit>(
        html`<photo-credit zoomable author="Kim" source="Unsplash"></photo-credit>`,
      );
      await settle(element);
      expect(creditText(element)).to.equal('Photo by Kim on Unsplash');
      expect(part(element, 'credit').getBoundingClientRect().height).to.be.greaterThan(0);
      expect(zoomButton(element)).to.equal(null);
      expect(mine().filter((m) => m.includes('img is missing'))).to.have.length(1);
    });

    it('zooms the largest srcset candidate when data-zoom-src is unsafe, and warns', async () => {
      const element = await zoomable();
      element.querySelector('img')!.setAttribute('data-zoom-src', 'javascript:alert(1)');
      await settle(element);
      await element.openZoom();
      await settle(element);
      expect(dialogOf(element).querySelector('img')!.getAttribute('src')).to.equal(LARGE);
      expect(mine().filter((m) => m.includes('data-zoom-src="javascript:alert(1)"'))).to.have.length(1);
      element.closeZoom();
    });

    it('does not make a linked image a zoom button', async () => {
      const element = await fixture<PhotoCredit>(html`
        <photo-credit zoomable><a href="/elsewhere"><img src=${IMG} width="1200" height="800" alt="Mountains" /></a></photo-credit>
      `);
      await settle(element);
      expect(zoomButton(element)).to.equal(null);
      expect(mine().some((m) => m.includes('zoomable') && m.includes('already a link'))).to.equal(true);
    });
  });

  describe('zoom', () => {
    it('makes the image a button named after its alt text, without touching the image', async () => {
      const element = await zoomable();
      const button = zoomButton(element)!;
      expect(button.getAttribute('aria-label')).to.equal('Enlarge image: Pine trees on a hill');
      expect(button.querySelector('slot')!.assignedElements()[0]).to.equal(element.querySelector('img'));
      const img = element.querySelector('img')!;
      expect(img.hasAttribute('role') || img.hasAttribute('tabindex')).to.equal(false);
      expect(dialogOpen(element)).to.equal(false);
      expect(element.shadowRoot!.querySelector('dialog'), 'no dialog until a reader zooms').to.equal(null);
    });

    it('uses the zoom-label, close-label and dialog-label overrides', async () => {
      const element = await zoomable();
      element.zoomLabel = 'Open {alt} big';
      element.closeLabel = 'Done';
      element.dialogLabel = 'Big picture';
      await settle(element);
      expect(zoomButton(element)!.getAttribute('aria-label')).to.equal('Open Pine trees on a hill big');
      await element.openZoom();
      expect(dialogOf(element).getAttribute('aria-label')).to.equal('Big picture');
      expect(part(element, 'close').textContent!.trim()).to.equal('Done');
      element.closeZoom();
    });

    it('opens by mouse with the largest srcset candidate, its alt, caption and credit; fires open and close', async () => {
      const element = await zoomable();
      setTimeout(() => void clickAt(element.querySelector('img')!));
      const opened = await oneEvent(element, 'photo-credit-open');
      expect(opened.detail).to.deep.equal({ src: LARGE });
      expect(opened.bubbles && opened.composed).to.equal(true);
      await settle(element);
      const dialog = dialogOf(element);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const large = dialog.querySelector<HTMLImageElement>('img')!;
      expect(large.getAttribute('src')).to.equal(LARGE);
      expect(large.alt).to.equal('Pine trees on a hill');
      expect(dialog.textContent!.replace(/\s+/g, ' '))
        .to.contain('Morning in the forest.')
        .and.contain('Photo by Marvin Meyer on Unsplash');
      expect(deepActiveElement()).to.equal(part(element, 'close'));

      await dialogSettled(element);
      setTimeout(() => void clickAt(part(element, 'close')));
      const closed = await oneEvent(element, 'photo-credit-close');
      expect(closed.detail).to.deep.equal({ src: LARGE });
      expect(dialog.open).to.equal(false);
      await waitFor(() => deepActiveElement() === zoomButton(element), 'focus to return to the image');
    });

    it('shows the credit it builds with its links in the dialog, and slotted credit as text', async () => {
      const element = await zoomable();
      await element.openZoom();
      await settle(element);
      const links = () =>
        [...dialogOf(element).querySelectorAll('.zoom-credit a')].map((a) => a.getAttribute('href'));
      expect(links()).to.deep.equal(['https://unsplash.com/@marvelous', 'https://unsplash.com/']);
      element.closeZoom();
      const slotted = document.createElement('span');
      slotted.slot = 'credit';
      slotted.textContent = 'Photo: Lina';
      element.append(slotted);
      await settle(element);
      await element.openZoom();
      await settle(element);
      expect(links()).to.deep.equal([]);
      expect(dialogOf(element).querySelector('.zoom-credit')!.textContent!.trim()).to.equal('Photo: Lina');
      element.closeZoom();
    });

    it('prefers data-zoom-src, and falls back to src', async () => {
      const element = await zoomable();
      const img = element.querySelector('img')!;
      img.setAttribute('data-zoom-src', IMG);
      await settle(element);
      await element.openZoom();
      await settle(element);
      expect(dialogOf(element).querySelector('img')!.getAttribute('src')).to.equal(IMG);
      element.closeZoom();
      img.removeAttribute('data-zoom-src');
      img.removeAttribute('srcset');
      await settle(element);
      await element.openZoom();
      await settle(element);
      expect(dialogOf(element).querySelector('img')!.getAttribute('src')).to.equal(img.currentSrc || img.src);
      element.closeZoom();
    });

    it('opens with Enter and with Space, and closes with Esc; focus returns to the image', async () => {
      const element = await zoomable();
      const button = zoomButton(element)!;
      for (const key of ['Enter', ' ']) {
        button.focus();
        expect(deepActiveElement()).to.equal(button);
        // Firefox's driver knows the space bar as ' ', the others as 'Space'.
        await sendKeys({ press: key === ' ' && !navigator.userAgent.includes('Firefox') ? 'Space' : key });
        await waitFor(() => dialogOpen(element), `${key} to open the dialog`);
        await settle(element);
        await sendKeys({ press: 'Escape' });
        await waitFor(() => !dialogOpen(element), 'Esc to close the dialog');
        await waitFor(() => deepActiveElement() === button, 'focus to return to the image');
      }
    });

    it('closes on a click outside the image, not on a click on it', async () => {
      const element = await zoomable();
      await element.openZoom();
      await settle(element);
      const dialog = dialogOf(element);
      const large = dialog.querySelector('img')!;
      await dialogSettled(element);
      await clickAt(large);
      await nextFrame();
      expect(dialog.open, 'after a click on the image').to.equal(true);
      await sendMouse({ type: 'click', position: [3, 3] });
      await waitFor(() => !dialog.open, 'a click outside to close the dialog');
      await waitFor(() => deepActiveElement() === zoomButton(element), 'focus to return to the image');
    });

    it('closes on a click beside the image, where a long caption makes the dialog content wider', async () => {
      const element = await zoomable();
      element.querySelector('[slot="caption"]')!.textContent =
        'Morning in the forest, before the fog lifts. '.repeat(12);
      await settle(element);
      await element.openZoom();
      await dialogSettled(element);
      const dialog = dialogOf(element);
      const large = dialog.querySelector('img')!.getBoundingClientRect();
      const text = dialog.querySelector('.zoom-text')!.getBoundingClientRect();
      expect(text.left, 'the caption box reaches further left than the image').to.be.lessThan(large.left - 8);
      await sendMouse({
        type: 'click',
        position: [Math.round(large.left - 4), Math.round(large.top + large.height / 2)],
      });
      await waitFor(() => !dialog.open, 'a click beside the image to close the dialog');
    });

    it('locks page scrolling while open and restores the root styles exactly', async () => {
      const root = document.documentElement;
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      document.body.append(spacer);
      root.style.setProperty('overflow-y', 'scroll', 'important');
      try {
        const element = await zoomable();
        window.scrollTo(0, 300);
        const y = window.scrollY;
        await element.openZoom();
        await settle(element);
        expect(getComputedStyle(root).overflowY).to.equal('hidden');
        expect(getComputedStyle(root).overflowX).to.equal('hidden');
        // The wheel no longer moves the page.
        await sendMouse({ type: 'move', position: [5, 5] });
        window.dispatchEvent(new WheelEvent('wheel', { deltaY: 500, bubbles: true }));
        await nextFrame();
        expect(window.scrollY).to.equal(y);
        await sendKeys({ press: 'Escape' });
        await waitFor(() => !dialogOf(element).open, 'the dialog to close');
        expect(root.style.getPropertyValue('overflow-y')).to.equal('scroll');
        expect(root.style.getPropertyPriority('overflow-y')).to.equal('important');
        expect(root.style.getPropertyValue('overflow-x')).to.equal('');
        expect(root.style.getPropertyValue('scrollbar-gutter')).to.equal('');
        expect(window.scrollY).to.equal(y);
      } finally {
        root.style.removeProperty('overflow-y');
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('leaves nothing behind when removed while open', async () => {
      const element = await zoomable();
      await element.openZoom();
      await settle(element);
      expect(getComputedStyle(document.documentElement).overflowY).to.equal('hidden');
      element.remove();
      expect(document.documentElement.getAttribute('style') ?? '').not.to.contain('overflow');
      await element.updateComplete;
      // No observer is left: changing the image after removal does not re-render.
      const before = element.shadowRoot!.querySelector('button[part="zoom"]')?.getAttribute('aria-label');
      element.querySelector('img')!.alt = 'Changed';
      await nextFrame();
      expect(element.shadowRoot!.querySelector('button[part="zoom"]')?.getAttribute('aria-label')).to.equal(
        before,
      );
    });

    it('follows changes to the image alt text while connected', async () => {
      const element = await zoomable();
      element.querySelector('img')!.alt = 'Fir trees';
      await waitFor(
        () => zoomButton(element)!.getAttribute('aria-label') === 'Enlarge image: Fir trees',
        'the new name',
      );
    });

    it('turns off cleanly when zoomable is removed', async () => {
      const element = await zoomable();
      await element.openZoom();
      await settle(element);
      element.zoomable = false;
      await settle(element);
      expect(zoomButton(element)).to.equal(null);
      expect(element.shadowRoot!.querySelector('dialog')).to.equal(null);
      expect(document.documentElement.getAttribute('style') ?? '').not.to.contain('overflow');
    });

    it('fires close when zoomable is removed while the dialog is open, and not for a zoom that never opened', async () => {
      const element = await zoomable();
      const closed: string[] = [];
      element.addEventListener('photo-credit-close', (event) => closed.push(event.detail.src));
      await element.openZoom();
      element.zoomable = false;
      await settle(element);
      expect(closed).to.deep.equal([LARGE]);
      element.zoomable = true;
      await settle(element);
      // Closed in the same task as it was asked for: nothing was shown, so nothing closes.
      const opening = element.openZoom();
      element.closeZoom();
      await opening;
      await settle(element);
      expect(dialogOpen(element)).to.equal(false);
      expect(closed).to.deep.equal([LARGE]);
      expect(document.documentElement.getAttribute('style') ?? '').not.to.contain('overflow');
    });

    it('animates the opening, but not under prefers-reduced-motion', async function () {
      const element = await zoomable();
      await element.openZoom();
      await element.updateComplete;
      expect(dialogOf(element).getAnimations().length).to.be.greaterThan(0);
      element.closeZoom();
      await settle(element);
      // Only Chromium's driver can emulate the preference; the other engines skip this part.
      if (!navigator.userAgent.includes('Chrome')) this.skip();
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        await nextFrame();
        await element.openZoom();
        await element.updateComplete;
        expect(dialogOf(element).getAnimations().length).to.equal(0);
        element.closeZoom();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('localizes the button, the dialog and the close button in Arabic, right to left', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="ar" dir="rtl" style="width:600px">
          <photo-credit zoomable credit="Photo by [Sara](https://unsplash.com/@sara) on Unsplash">
            <img src=${SMALL} width="300" height="200" alt="أشجار" />
          </photo-credit>
        </div>
      `);
      const element = wrapper.querySelector('photo-credit')!;
      await settle(element);
      expect(zoomButton(element)!.getAttribute('aria-label')).to.equal('تكبير الصورة: أشجار');
      expect(creditText(element)).to.equal('صورة بواسطة Sara على Unsplash');
      // The zoom icon sits at the inline end: the left in right-to-left.
      const icon = element.shadowRoot!.querySelector('.zoom-icon')!.getBoundingClientRect();
      const img = element.querySelector('img')!.getBoundingClientRect();
      expect(icon.left - img.left).to.be.lessThan(img.right - icon.right);
      // The credit starts at the right edge.
      expect(part(element, 'caption').getBoundingClientRect().right).to.be.closeTo(
        wrapper.getBoundingClientRect().right,
        1,
      );
      await element.openZoom();
      await settle(element);
      expect(part(element, 'close').textContent!.trim()).to.equal('إغلاق');
      expect(dialogOf(element).getAttribute('aria-label')).to.equal('صورة مكبّرة');
      element.closeZoom();
    });
  });

  describe('accessibility', () => {
    for (const scheme of COLOR_SCHEMES) {
      it(`passes axe closed and open, in the ${scheme} scheme`, async () => {
        useColorScheme(scheme);
        const wrapper = await fixture<HTMLDivElement>(html`
          <main>
            <photo-credit author="Ana Ruiz" author-href="https://www.pexels.com/@ana" source="Pexels" license="CC0">
              <img src=${IMG} width="1200" height="800" alt="Mountains at dusk" />
              <span slot="caption">Dusk over the ridge.</span>
            </photo-credit>
            <photo-credit zoomable credit="Photo by [Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash">
              <img src=${SMALL} width="600" height="400" alt="Pine trees" />
            </photo-credit>
          </main>
        `);
        const element = wrapper.querySelectorAll('photo-credit')[1]!;
        await settle(element);
        await expect(wrapper).to.be.accessible();
        await element.openZoom();
        await settle(element);
        // Contrast is judged once the fade-in is over.
        await dialogSettled(element);
        await expect(wrapper).to.be.accessible();
        element.closeZoom();
      });
    }
  });

  it('defining the element twice does not throw', () => {
    expect(() => PhotoCredit.define()).not.to.throw();
    expect(customElements.get('photo-credit')).to.equal(PhotoCredit);
  });
});
