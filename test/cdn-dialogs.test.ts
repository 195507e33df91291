// The CDN bundle fetches the Mastodon dialog from dist/cdn/chunks/ the first time a reader asks
// for it. Needs `npm run build` first (npm test runs it).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from './helpers.js';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load; run npm run build first`));
    document.head.append(script);
  });
}

const chunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/chunks/'));

type Shares = HTMLElement & { updateComplete: Promise<unknown> };
const button = (el: Shares) => el.shadowRoot!.querySelector<HTMLElement>('[data-network="mastodon"]')!;
const dialog = (el: Shares) => el.shadowRoot!.querySelector('dialog');

describe('dist/cdn/reading-elements.js: the Mastodon dialog on first use', () => {
  before(async () => {
    localStorage.clear();
    document.body.innerHTML = `
      <share-buttons id="keys" networks="mastodon" url="https://a.example/post"></share-buttons>
      <share-buttons id="clicks" networks="mastodon" url="https://a.example/post"></share-buttons>`;
    await loadScript('/dist/cdn/reading-elements.js');
  });

  after(() => {
    document.body.innerHTML = '';
  });

  it('is not downloaded until a reader asks, then opens on the first key press', async () => {
    const el = document.getElementById('keys') as Shares;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(dialog(el), 'no dialog before it is needed').to.equal(null);
    expect(chunks()).to.deep.equal([]);

    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => dialog(el)?.open === true, 'the dialog to open after one Enter');
    expect(chunks().length).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('server');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => dialog(el)?.open === false, 'the dialog to close');
  });

  it('opens on the first click in another element, in the page language', async () => {
    const el = document.getElementById('clicks') as Shares;
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    button(el).click();
    await waitFor(() => dialog(el)?.open === true, 'the dialog to open after one click');
    expect(dialog(el)!.querySelector('h2')!.textContent!.trim()).to.equal('Share on Mastodon');
    dialog(el)!.close();
  });
});
