// The CDN bundle fetches the Mastodon dialog and the zoom dialog from beside itself (dist/cdn/chunks/) the first
// time a reader asks for it, and opens it on that same click or key press. Needs
// `npm run build` first (npm test runs it).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fetchedFrom, loadScript, waitFor } from './helpers.js';

const chunks = (win: Window = window) => fetchedFrom('/dist/cdn/chunks/', win);

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };
type Shares = Upgraded;
const button = (el: Shares) => el.shadowRoot!.querySelector<HTMLElement>('[data-network="mastodon"]')!;
const dialog = (el: Shares) => el.shadowRoot!.querySelector('dialog');
const focused = (el: Shares) => el.shadowRoot!.activeElement?.getAttribute('name');

/**
 * A page of its own holding `markup` and the bundle (from `root`), so the first press in it is
 * the one that fetches a dialog. Resolves with its first `tag`, rendered.
 */
async function pageWith<T extends Upgraded>(
  markup: string,
  tag: string,
  root = '',
): Promise<{ el: T; win: Window & typeof globalThis; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size:800px;block-size:600px;border:0';
  frame.srcdoc = `${markup}<script type="module" src="${root}/dist/cdn/reading-elements.js"></script>`;
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitFor(() => win.customElements?.get(tag) !== undefined, 'the bundle in the frame');
  const el = win.document.querySelector(tag) as T;
  await el.updateComplete;
  return { el, win, frame };
}

const SHARES = '<share-buttons networks="mastodon" url="https://a.example/post"></share-buttons>';

describe('dist/cdn/reading-elements.js: the Mastodon dialog on first use', () => {
  before(async () => {
    localStorage.clear();
    document.body.innerHTML = `
      <share-buttons id="keys" networks="mastodon" url="https://a.example/post"></share-buttons>`;
    await loadScript('/dist/cdn/reading-elements.js');
    // The bundle registers each element in a task after its own.
    await customElements.whenDefined('share-buttons');
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
    const { el, win, frame } = await pageWith<Shares>(SHARES, 'share-buttons');
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

  it('says so once when the dialog cannot be fetched, and the next press fetches it again and opens it', async () => {
    // Under an address of its own, which the browser has not cached (test/fail-once.mjs).
    const root = `/__fresh/${Date.now()}`;
    const { el, win, frame } = await pageWith<Shares>(SHARES, 'share-buttons', root);
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    await fetch(`/__fail-once?path=${root}/dist/cdn/chunks/mastodon-dialog-`);
    button(el).click();
    await waitFor(() => warnings.length > 0, 'a warning about the failed fetch');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<share-buttons>').and.contain('Mastodon dialog could not be loaded');
    expect(dialog(el), 'no dialog after the failed fetch').to.equal(null);

    button(el).click();
    await waitFor(() => dialog(el)?.open === true, 'the dialog to open on the next press');
    expect(focused(el)).to.equal('server');
    expect(warnings).to.have.length(1);
    dialog(el)!.close();
    frame.remove();
  });
});

type Photo = Upgraded;
const PHOTO = `<photo-credit zoomable credit="Photo by [Marvin Meyer](https://unsplash.com/@marvelous) on Unsplash">
    <img src="/demo/images/photo-credit-forest-small.svg" width="600" height="400" alt="Pine trees" />
  </photo-credit>`;
const zoomChunks = (win: Window = window, root = '') =>
  fetchedFrom(`${root}/dist/cdn/chunks/zoom-dialog-`, win);
const zoomButton = (el: Photo) => el.shadowRoot!.querySelector<HTMLElement>('[part~="zoom"]')!;
const zoomDialog = (el: Photo) => el.shadowRoot!.querySelector('dialog');
const focusedPart = (el: Photo) => el.shadowRoot!.activeElement?.getAttribute('part');
// Firefox's driver knows the space bar as ' ', the others as 'Space'.
const SPACE = navigator.userAgent.includes('Firefox') ? ' ' : 'Space';

/**
 * A page of its own with one zoomable photo and the bundle (from `root`), so its first zoom
 * fetches the dialog.
 */
async function photoPage(
  root = '',
): Promise<{ el: Photo; win: Window & typeof globalThis; frame: HTMLIFrameElement }> {
  const page = await pageWith<Photo>(PHOTO, 'photo-credit', root);
  const { el, win } = page;
  expect(zoomDialog(el), 'no dialog before a reader zooms').to.equal(null);
  expect(zoomChunks(win, root), 'nothing fetched before a reader zooms').to.deep.equal([]);
  return page;
}

describe('dist/cdn/reading-elements.js: the zoom dialog on first use', () => {
  before(async () => {
    document.body.innerHTML = PHOTO;
    await loadScript('/dist/cdn/reading-elements.js');
    await customElements.whenDefined('photo-credit');
  });

  after(() => {
    document.body.innerHTML = '';
  });

  it('is not fetched or rendered until a reader zooms, then opens on the first Enter with focus on its close button', async () => {
    const el = document.querySelector('photo-credit') as Photo;
    await el.updateComplete;
    expect(zoomButton(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(zoomDialog(el), 'no dialog before it is needed').to.equal(null);
    expect(zoomChunks(), 'nothing fetched before it is needed').to.deep.equal([]);

    zoomButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => zoomDialog(el)?.open === true, 'the dialog to open after one Enter');
    expect(zoomChunks().length).to.be.greaterThan(0);
    expect(zoomDialog(el)!.querySelector('img')!.getAttribute('alt')).to.equal('Pine trees');
    expect(focusedPart(el)).to.equal('close');
    // The dialog's own styles came with it: no border of a browser's plain dialog.
    expect(getComputedStyle(zoomDialog(el)!).borderTopWidth).to.equal('0px');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => zoomDialog(el)?.open === false, 'the dialog to close');
    await waitFor(() => el.shadowRoot!.activeElement === zoomButton(el), 'focus to return to the image');
  });

  it('opens on the first click in a page that has not fetched it yet, with focus on its close button', async () => {
    const { el, win, frame } = await photoPage();
    zoomButton(el).click();
    await waitFor(() => zoomDialog(el)?.open === true, 'the dialog to open after one click');
    expect(zoomChunks(win).length).to.be.greaterThan(0);
    expect(zoomDialog(el)!.textContent).to.contain('Photo by Marvin Meyer on Unsplash');
    expect(focusedPart(el)).to.equal('close');
    zoomDialog(el)!.close();
    frame.remove();
  });

  it('opens on the first Space press in a page that has not fetched it yet, with focus on its close button', async () => {
    const { el, win, frame } = await photoPage();
    zoomButton(el).focus();
    await sendKeys({ press: SPACE });
    await waitFor(() => zoomDialog(el)?.open === true, 'the dialog to open after one Space');
    expect(zoomChunks(win).length).to.be.greaterThan(0);
    expect(focusedPart(el)).to.equal('close');
    zoomDialog(el)!.close();
    frame.remove();
  });

  it('says so once when the dialog cannot be fetched, and the next press fetches it again and opens it', async () => {
    // Under an address of its own, which the browser has not cached (test/fail-once.mjs).
    const root = `/__fresh/${Date.now()}`;
    const { el, win, frame } = await photoPage(root);
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    await fetch(`/__fail-once?path=${root}/dist/cdn/chunks/zoom-dialog-`);
    zoomButton(el).click();
    await waitFor(() => warnings.length > 0, 'a warning about the failed fetch');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<photo-credit>').and.contain('zoom dialog could not be loaded');
    expect(zoomDialog(el), 'no dialog after the failed fetch').to.equal(null);

    zoomButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => zoomDialog(el)?.open === true, 'the dialog to open on the next press');
    expect(zoomChunks(win, root).length).to.be.greaterThan(0);
    expect(focusedPart(el)).to.equal('close');
    expect(warnings).to.have.length(1);
    zoomDialog(el)!.close();
    frame.remove();
  });

  it('leaves the page as it was when the photo is removed while its dialog is on the way', async () => {
    const { el, win, frame } = await photoPage();
    const errors: string[] = [];
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    zoomButton(el).click();
    el.remove();
    await waitFor(() => zoomChunks(win).length > 0, 'the dialog to arrive');
    // A few frames for the module to run and anything it would do.
    for (let frames = 0; frames < 5; frames++) await new Promise((done) => requestAnimationFrame(done));
    expect(errors).to.deep.equal([]);
    expect(win.document.documentElement.getAttribute('style') ?? '').not.to.contain('overflow');
    expect(zoomDialog(el)?.open ?? false).to.equal(false);
    frame.remove();
  });
});
