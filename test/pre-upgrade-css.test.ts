// dist/reading-elements.css, before any element is defined (this file registers none).
// Needs `npm run build` first (npm test runs it).
import { expect, fixture, html } from '@open-wc/testing';

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} failed to load; run npm run build first`));
    document.head.append(link);
  });
}

/** A 2:1 image, so its loaded size matches its width and height attributes in every engine. */
const WIDE_IMAGE = `data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' width='400' height='200'/>")}`;

describe('dist/reading-elements.css', () => {
  before(() => loadStylesheet('/dist/reading-elements.css'));

  it('leaves every element undefined here, so the rules under test apply', () => {
    for (const tag of ['pro-tip', 'photo-credit', 'table-of-contents', 'post-meta']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('yields to the page’s own rules for the elements', async () => {
    const wrapper = await fixture(html`
      <div>
        <style>
          .toc-top { display: none; }
          .roomy { margin-block: 3rem; }
        </style>
        <table-of-contents class="toc-top" collapsible></table-of-contents>
        <pro-tip class="roomy"><p>Text.</p></pro-tip>
      </div>
    `);
    expect(getComputedStyle(wrapper.querySelector('table-of-contents')!).display).to.equal('none');
    expect(getComputedStyle(wrapper.querySelector('pro-tip')!).marginTop).to.equal('48px');
  });

  it('leaves server-rendered elements alone: they show their final rendering already', async () => {
    const wrapper = await fixture(html`
      <div>
        <pro-tip server-rendered><p>Body.</p></pro-tip>
        <post-meta server-rendered></post-meta>
        <pro-tip><p>Body.</p></pro-tip>
      </div>
    `);
    const [rendered, meta, waiting] = wrapper.children as unknown as HTMLElement[];
    expect(getComputedStyle(rendered!).borderInlineStartWidth).to.equal('0px');
    expect(getComputedStyle(rendered!).paddingTop).to.equal('0px');
    expect(getComputedStyle(meta!).minHeight).to.be.oneOf(['0px', 'auto']);
    expect(parseFloat(getComputedStyle(waiting!).borderInlineStartWidth)).to.be.greaterThan(0);
  });

  it('keeps a 3:2 box the column’s width for a photo without a size until it arrives, then its shape', async () => {
    const token = `pre-upgrade-${Date.now()}`;
    const wrapper = await fixture<HTMLElement>(html`
      <div style="inline-size: 300px">
        <photo-credit><img src="/__held/${token}/test/fixtures/strip-2x1.svg" alt="A green strip" /></photo-credit>
      </div>
    `);
    const img = wrapper.querySelector('img')!;
    const size = () => [Math.round(img.offsetWidth), Math.round(img.offsetHeight)];
    expect(img.complete).to.equal(false);
    expect(size()).to.deep.equal([300, 200]);
    const loaded = new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    await fetch(`/__release?token=${token}`);
    await loaded;
    // Its own 2:1 shape, still at the column's width until the element upgrades.
    expect(size()).to.deep.equal([300, 150]);
  });

  it('shows a callout as a bordered block with its label as a bold first line', async () => {
    const tip = await fixture(html`<pro-tip><strong slot="label">Pro Tip</strong><p>Body.</p></pro-tip>`);
    const style = getComputedStyle(tip);
    expect(style.display).to.equal('block');
    expect(parseFloat(style.borderInlineStartWidth)).to.be.greaterThan(0);
    const label = tip.querySelector('strong')!.getBoundingClientRect();
    const body = tip.querySelector('p')!.getBoundingClientRect();
    expect(body.top).to.be.at.least(label.bottom);
  });

  it('keeps a line free for a credit that only appears on upgrade', async () => {
    const wrapper = await fixture(html`
      <div style="width:400px">
        <photo-credit credit="Photo by Ana on Unsplash"><img width="400" height="200" alt="" src=${WIDE_IMAGE} /></photo-credit>
        <photo-credit><img width="400" height="200" alt="" src=${WIDE_IMAGE} /></photo-credit>
      </div>
    `);
    const [withCredit, without] = wrapper.querySelectorAll('photo-credit');
    expect(without!.getBoundingClientRect().height).to.be.closeTo(200, 1);
    expect(withCredit!.getBoundingClientRect().height).to.be.greaterThan(210);
  });
});
