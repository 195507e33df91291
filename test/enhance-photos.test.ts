import { expect } from '@open-wc/testing';
import { enhance } from '../src/enhance.js';
import { SHIPPED_LANGUAGES, fill } from '../src/internal/locale.js';
import { strings } from '../src/photo-credit/photo-credit.strings.js';
import { photoFixtures, photoNearMisses, photoOutline } from './fixtures/enhance/photos.js';
import { ZERO, enhanceChecked, expectLeftAlone, mount, unmountAll } from './fixtures/enhance/harness.js';
import { waitFor } from './helpers.js';

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('enhance(): photos', () => {
  afterEach(unmountAll);

  for (const [name, fixture] of Object.entries(photoFixtures)) {
    it(`turns ${name} into <photo-credit>, losslessly and once`, async () => {
      const root = mount(fixture.html);
      const report = await enhanceChecked(root, {}, [], photoOutline(fixture));
      expect(report).to.deep.equal({ ...ZERO, photos: 1 });

      const photos = root.querySelectorAll('photo-credit');
      expect(photos.length).to.equal(1);
      const photo = photos[0]!;
      expect(photo.firstElementChild!.localName, 'the image (or its link) comes first').to.equal(
        fixture.unit,
      );
      expect(text(photo.querySelector(':scope > [slot="credit"]'))).to.equal(fixture.credit);
      expect(text(photo.querySelector(':scope > [slot="caption"]'))).to.equal(fixture.caption ?? null);
      expect(
        root.querySelectorAll(':scope > p, figure, figcaption').length,
        'the wrappers are gone',
      ).to.equal(0);
    });
  }

  it('recognises "Photo by {author} on {source}" in every shipped language', () => {
    const root = mount(
      SHIPPED_LANGUAGES.map((lang) => {
        const line = fill(strings[lang]!['photo-credit.photo-by']!, {
          author: '<a href="https://unsplash.com/@ana">Ana Ruiz</a>',
          source: 'Unsplash',
        });
        return `<p lang="${lang}"><img src="/demo/images/open-book.svg" alt=""></p><p><em>${line}</em></p>`;
      }).join(''),
    );
    expect(enhance(root).photos).to.equal(SHIPPED_LANGUAGES.length);
    expect(
      [...root.querySelectorAll('photo-credit')].map((photo) => photo.getAttribute('lang')),
    ).to.deep.equal([...SHIPPED_LANGUAGES]);
  });

  it('moves the image node itself, keeping its loaded state', async () => {
    const root = mount(photoFixtures['nextParagraph']!.html);
    const img = root.querySelector('img')!;
    await img.decode().catch(() => undefined);
    const width = img.naturalWidth;
    enhance(root);
    expect(root.querySelector('photo-credit > img')).to.equal(img);
    expect(img.complete).to.equal(true);
    expect(img.naturalWidth).to.equal(width);
  });

  it("keeps the credit line's nodes exactly as written", () => {
    const root = mount(photoFixtures['inLink']!.html);
    const em = root.querySelectorAll('p')[1]!.querySelector('em')!;
    const link = root.querySelector('a')!;
    enhance(root);
    const credit = root.querySelector('photo-credit > span[slot="credit"]')!;
    expect(credit.firstElementChild).to.equal(em);
    expect(credit.children.length).to.equal(1);
    expect(root.querySelector('photo-credit > a')).to.equal(link);
    expect(link.firstElementChild!.localName).to.equal('img');
  });

  it("carries a figure's id and classes over", () => {
    const root = mount(
      photoFixtures['figureCaptionThenCredit']!.html + photoFixtures['figureCaptionBreakCredit']!.html,
    );
    enhance(root);
    const [first, second] = root.querySelectorAll('photo-credit');
    expect(first!.className).to.equal('wp-block-image size-large');
    expect(second!.id).to.equal('desk');
  });

  it('sets referral and zoomable from the options', () => {
    const root = mount(photoFixtures['sameParagraph']!.html);
    enhance(root, { referral: 'field_notes', zoomable: true });
    const photo = root.querySelector('photo-credit')!;
    expect(photo.getAttribute('referral')).to.equal('field_notes');
    expect(photo.hasAttribute('zoomable')).to.equal(true);
  });

  it('sets neither without options', () => {
    const root = mount(photoFixtures['sameParagraph']!.html);
    enhance(root);
    const photo = root.querySelector('photo-credit')!;
    expect(photo.hasAttribute('referral')).to.equal(false);
    expect(photo.hasAttribute('zoomable')).to.equal(false);
  });

  for (const [name, html] of Object.entries(photoNearMisses)) {
    it(`leaves a near miss alone: ${name}`, () => expectLeftAlone(html));
  }

  it('turns nothing into photos with { photos: false }', () =>
    expectLeftAlone(photoFixtures['nextParagraph']!.html, { photos: false }));

  it('upgrades the photos it creates: the credit shows below the image', async () => {
    const root = mount(photoFixtures['figureCredit']!.html);
    enhance(root);
    const photo = root.querySelector('photo-credit')! as HTMLElement & { updateComplete: Promise<unknown> };
    expect(customElements.get('photo-credit')).to.not.equal(undefined);
    await photo.updateComplete;
    const credit = photo.querySelector('[slot="credit"]')!;
    expect(credit.assignedSlot, 'the credit is slotted').to.not.equal(null);
    const part = () => photo.shadowRoot!.querySelector('[part~="credit"]')!.getBoundingClientRect();
    await waitFor(() => part().height > 0, 'the credit line to show');
    const shown = part();
    expect(shown.top, 'below the image').to.be.at.least(
      photo.querySelector('img')!.getBoundingClientRect().bottom - 1,
    );
    await expect(photo).to.be.accessible();
  });
});
