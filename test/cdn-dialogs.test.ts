// The CDN bundle fetches the Mastodon dialog from beside itself (dist/cdn/chunks/) the first
// time a reader asks for it, and opens it on that same click or key press. Needs
// `npm run build` first (npm test runs it).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fetchedFrom, loadScript, waitFor } from './helpers.js';

const chunks = (win: Window = window) => fetchedFrom('/dist/cdn/chunks/', win);

type Shares = HTMLElement & { updateComplete: Promise<unknown> };
const button = (el: Shares) => el.shadowRoot!.querySelector<HTMLElement>('[data-network="mastodon"]')!;
const dialog = (el: Shares) => el.shadowRoot!.querySelector('dialog');
const focused = (el: Shares) => el.shadowRoot!.activeElement?.getAttribute('name');

describe('dist/cdn/reading-elements.js: the Mastodon dialog on first use', () => {
  before(async () => {
    localStorage.clear();
    document.body.innerHTML = `
      <share-buttons id="keys" networks="mastodon" url="https://a.example/post"></share-buttons>`;
    await loadScript('/dist/cdn/reading-elements.js');
  });

  after(() => {
    document.body.innerHTML = '';
  });

  it('is not fetched or rendered until a reader asks, then opens on the first key press with focus in it', async () => {
    const el = document.getElementById('keys') as Shares;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(dialog(el), 'no dialog before it is needed').to.equal(null);
    expect(chunks(), 'nothing fetched before it is needed').to.deep.equal([]);

    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => dialog(el)?.open === true, 'the dialog to open after one Enter');
    expect(chunks().length).to.be.greaterThan(0);
    expect(focused(el)).to.equal('server');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => dialog(el)?.open === false, 'the dialog to close');
  });

  it('opens on the first click too, in a page that has not fetched it yet, with focus in it', async () => {
    // A page of its own, so this click is the one that fetches the dialog.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<share-buttons networks="mastodon" url="https://a.example/post"></share-buttons>
      <script type="module" src="/dist/cdn/reading-elements.js"></script>`;
    document.body.append(frame);
    const win = frame.contentWindow as Window & typeof globalThis;
    await waitFor(() => win.customElements?.get('share-buttons') !== undefined, 'the bundle in the frame');
    const el = win.document.querySelector('share-buttons') as Shares;
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(chunks(win)).to.deep.equal([]);
    button(el).click();
    await waitFor(() => dialog(el)?.open === true, 'the dialog to open after one click');
    expect(chunks(win).length).to.be.greaterThan(0);
    expect(dialog(el)!.querySelector('h2')!.textContent!.trim()).to.equal('Share on Mastodon');
    expect(focused(el)).to.equal('server');
    dialog(el)!.close();
    frame.remove();
  });
});
