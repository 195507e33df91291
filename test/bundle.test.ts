// Loads the CDN bundle the way a blogger does, with one <script type="module"> tag.
// Needs `npm run build` first (npm test runs it).
import { expect } from '@open-wc/testing';
import { loadScript, nextFrame, scrollToY } from './helpers.js';
import { TAGS } from '../src/internal/tags.js';

describe('dist/cdn/reading-elements.js', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let definedAtLoad: string[] = [];

  before(async () => {
    window.addEventListener('error', onError);
    document.body.innerHTML = `
      <reading-progress></reading-progress>
      <article style="height:3000px">
        <pro-tip kind="warning"><p>Mind the gap.</p></pro-tip>
      </article>`;
    await loadScript('/dist/cdn/reading-elements.js');
    definedAtLoad = TAGS.filter((tag) => customElements.get(tag));
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  });

  after(() => {
    window.removeEventListener('error', onError);
    document.body.innerHTML = '';
  });

  it('registers every element, each in a task after the one that runs the bundle', async () => {
    expect(definedAtLoad).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('upgrades markup already on the page: the progress bar follows scrolling', async () => {
    const progress = document.querySelector('reading-progress') as HTMLElement & {
      value: number;
      updateComplete: Promise<unknown>;
    };
    await progress.updateComplete;
    await nextFrame();
    await scrollToY(document.documentElement.scrollHeight);
    expect(progress.value).to.be.closeTo(1, 0.01);
    await scrollToY(0);
    expect(progress.value).to.equal(0);
  });

  it('renders a callout with its localized label and its whole icon', async () => {
    const tip = document.querySelector('pro-tip') as HTMLElement & { updateComplete: Promise<unknown> };
    await tip.updateComplete;
    expect(tip.shadowRoot!.textContent).to.contain('Warning');
    // The minifier must keep `<path/>` self-closing, or later shapes nest inside the first one
    // and are not drawn.
    const icon = tip.shadowRoot!.querySelector('svg')!;
    expect(icon.querySelectorAll('path').length).to.be.greaterThan(1);
    expect(icon.querySelectorAll('path path, circle path, path circle, line path').length).to.equal(0);
  });

  it('lets the npm build load on the same page without throwing', async () => {
    await loadScript('/dist/reading-progress.js');
    await loadScript('/dist/index.js');
    await nextFrame();
    expect(errors).to.deep.equal([]);
  });
});
