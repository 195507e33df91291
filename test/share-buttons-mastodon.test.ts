import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MASTODON_STORAGE_KEY, ShareButtons } from '../src/share-buttons.js';
import {
  COLOR_SCHEMES,
  captureWarnings,
  nextFrame,
  resetColorScheme,
  useColorScheme,
  waitFor,
} from './helpers.js';

const URL_ = 'https://a.example/post?x=1&y=2';
const SHARED = 'Read%20%26%20share%20https%3A%2F%2Fa.example%2Fpost%3Fx%3D1%26y%3D2';

function root(el: ShareButtons): ShadowRoot {
  return el.shadowRoot!;
}
function mastodon(el: ShareButtons): HTMLElement {
  return root(el).querySelector<HTMLElement>('[data-network="mastodon"]')!;
}
function dialog(el: ShareButtons): HTMLDialogElement {
  return root(el).querySelector('dialog')!;
}
function field(el: ShareButtons): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>('input[name="server"]')!;
}
function remember(el: ShareButtons): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>('input[name="remember"]')!;
}
function submitButton(el: ShareButtons): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>('dialog button[type="submit"]')!;
}
function changeButton(el: ShareButtons): HTMLButtonElement | null {
  return root(el).querySelector<HTMLButtonElement>('.change');
}

async function render(attrs: { instance?: string } = {}): Promise<ShareButtons> {
  return attrs.instance === undefined
    ? fixture<ShareButtons>(
        html`<share-buttons networks="mastodon copy" url=${URL_} text="Read & share"></share-buttons>`,
      )
    : fixture<ShareButtons>(
        html`<share-buttons networks="mastodon copy" url=${URL_} text="Read & share" mastodon-instance=${attrs.instance}></share-buttons>`,
      );
}

async function submit(el: ShareButtons, server: string, keep = false): Promise<void> {
  field(el).value = server;
  remember(el).checked = keep;
  submitButton(el).click();
  await el.updateComplete;
}

describe('<share-buttons> Mastodon', () => {
  let open: sinon.SinonStub;
  beforeEach(() => {
    ShareButtons.forgetMastodonInstance();
    open = sinon.stub(window, 'open').returns(null);
  });
  afterEach(() => {
    sinon.restore();
    ShareButtons.forgetMastodonInstance();
    resetColorScheme();
  });

  it('links straight to the server given in mastodon-instance, in a new tab', async () => {
    const el = await render({ instance: 'mastodon.social' });
    const a = mastodon(el) as HTMLAnchorElement;
    expect(a.localName).to.equal('a');
    expect(a.href).to.equal(`https://mastodon.social/share?text=${SHARED}`);
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(a.getAttribute('aria-label')).to.equal('Share on Mastodon');
    expect(dialog(el)).to.equal(null);
  });

  it('accepts a pasted address in mastodon-instance, and warns about anything else', async () => {
    const el = await render({ instance: 'https://Fosstodon.org/' });
    expect((mastodon(el) as HTMLAnchorElement).href).to.equal(`https://fosstodon.org/share?text=${SHARED}`);
    const warnings = captureWarnings();
    try {
      const bad = await render({ instance: 'javascript:alert(1)//' });
      expect(mastodon(bad).localName).to.equal('button');
      expect(mastodon(bad).getAttribute('aria-haspopup')).to.equal('dialog');
      expect(warnings.messages()).to.have.length(1);
      expect(warnings.messages()[0])
        .to.contain('<share-buttons>')
        .and.contain('mastodon-instance="javascript:alert(1)//"');
    } finally {
      warnings.restore();
    }
  });

  it('asks the reader for their server, then opens its share page without storing it', async () => {
    const el = await render();
    const button = mastodon(el);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Share on Mastodon');
    button.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    const input = field(el);
    expect(root(el).querySelector(`label[for="${input.id}"]`)!.textContent!.trim()).to.equal(
      'Your Mastodon server',
    );
    expect(remember(el).checked, 'remember is off by default').to.equal(false);
    expect(remember(el).closest('label')!.textContent!.trim()).to.equal('Remember my server on this device');

    const shared = oneEvent(el, 'share-buttons-share');
    await submit(el, '@me@Hachyderm.io');
    expect((await shared).detail).to.deep.equal({ network: 'mastodon', url: URL_ });
    expect(
      open.calledOnceWith(`https://hachyderm.io/share?text=${SHARED}`, '_blank', 'noopener,noreferrer'),
    ).to.equal(true);
    expect(dialog(el).open).to.equal(false);
    expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal(null);

    // Asked once: the button is now a link to that server, with a way to change it.
    await el.updateComplete;
    expect((mastodon(el) as HTMLAnchorElement).href).to.equal(`https://hachyderm.io/share?text=${SHARED}`);
    expect(changeButton(el)!.getAttribute('aria-label')).to.equal('Change Mastodon server (hachyderm.io)');
    await waitFor(() => root(el).activeElement === mastodon(el), 'focus on the Mastodon link');
  });

  it('asks once per page: a server chosen in one element applies to the others already shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <share-buttons networks="mastodon" url=${URL_} text="Read & share"></share-buttons>
      <share-buttons networks="mastodon" url=${URL_} text="Read & share"></share-buttons>
    </div>`);
    const [top, bottom] = [...wrapper.querySelectorAll('share-buttons')] as ShareButtons[];
    await top!.updateComplete;
    mastodon(bottom!).click();
    await bottom!.updateComplete;
    await submit(bottom!, 'mastodon.social');
    await top!.updateComplete;
    expect(mastodon(top!).localName, 'the other element no longer asks').to.equal('a');
    expect((mastodon(top!) as HTMLAnchorElement).href).to.equal(
      `https://mastodon.social/share?text=${SHARED}`,
    );
    ShareButtons.forgetMastodonInstance();
    await top!.updateComplete;
    expect(mastodon(top!).localName, 'forgetting applies to every element too').to.equal('button');
  });

  it('refuses something that is not a server name and keeps the dialog open', async () => {
    const el = await render();
    mastodon(el).click();
    await el.updateComplete;
    for (const bad of ['javascript:alert(1)', 'evil.example/path?x', 'not a server']) {
      await submit(el, bad);
      expect(dialog(el).open, bad).to.equal(true);
      expect(field(el).getAttribute('aria-invalid')).to.equal('true');
      const hint = root(el).getElementById(field(el).getAttribute('aria-describedby')!)!;
      expect(hint.textContent!.trim()).to.equal('Enter a server name such as mastodon.social');
      expect(root(el).activeElement).to.equal(field(el));
    }
    expect(open.called).to.equal(false);
  });

  it('remembers the server only when the reader ticks the box, and forgets it when they untick it', async () => {
    const el = await render();
    mastodon(el).click();
    await el.updateComplete;
    await submit(el, 'mastodon.social', true);
    expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal('mastodon.social');

    // A later page view goes straight to the remembered server.
    const later = await render();
    expect((mastodon(later) as HTMLAnchorElement).href).to.equal(
      `https://mastodon.social/share?text=${SHARED}`,
    );

    // Changing: the dialog is pre-filled, the box ticked; unticking forgets.
    changeButton(later)!.click();
    await later.updateComplete;
    expect(dialog(later).open).to.equal(true);
    expect(field(later).value).to.equal('mastodon.social');
    expect(remember(later).checked).to.equal(true);
    await submit(later, 'mastodon.social', false);
    expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal(null);
  });

  it('ignores a stored value that is not a host name', async () => {
    localStorage.setItem(MASTODON_STORAGE_KEY, 'javascript:alert(1)');
    const el = await render();
    expect(mastodon(el).localName).to.equal('button');
  });

  it('cancel closes the dialog without sharing or storing; Escape too, with focus back on the button', async () => {
    const onShare = sinon.spy();
    const el = await render();
    el.addEventListener('share-buttons-share', onShare);
    mastodon(el).click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('dialog button[type="button"]')!.click();
    expect(dialog(el).open).to.equal(false);

    mastodon(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => dialog(el).open, 'the dialog to open from the keyboard');
    expect(root(el).activeElement).to.equal(field(el));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog(el).open, 'the dialog to close');
    await nextFrame();
    expect(root(el).activeElement).to.equal(mastodon(el));
    expect(onShare.called).to.equal(false);
    expect(open.called).to.equal(false);
    expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal(null);
  });

  it('cancelling the share event keeps the new tab closed', async () => {
    const el = await render();
    el.addEventListener('share-buttons-share', (event) => event.preventDefault());
    mastodon(el).click();
    await el.updateComplete;
    await submit(el, 'mastodon.social');
    expect(open.called).to.equal(false);
  });

  it('speaks the page language in the dialog', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><share-buttons networks="mastodon"></share-buttons></div>`,
    );
    const el = wrapper.querySelector('share-buttons')!;
    await el.updateComplete;
    expect(mastodon(el).getAttribute('aria-label')).to.equal('Partager sur Mastodon');
    mastodon(el).click();
    await el.updateComplete;
    expect(root(el).querySelector('dialog h2')!.textContent!.trim()).to.equal('Partager sur Mastodon');
    expect(remember(el).closest('label')!.textContent!.trim()).to.equal(
      'Mémoriser mon serveur sur cet appareil',
    );
  });

  for (const scheme of COLOR_SCHEMES) {
    it(`passes axe with the dialog open and with a chosen server, ${scheme} scheme`, async () => {
      useColorScheme(scheme);
      const el = await render();
      mastodon(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await submit(el, 'x');
      await expect(el).to.be.accessible();
      await submit(el, 'mastodon.social');
      await expect(el).to.be.accessible();
    });
  }
});
