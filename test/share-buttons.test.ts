import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  COPIED_DURATION,
  SHARE_NETWORKS,
  ShareButtons,
  type ShareButtonsShareDetail,
} from '../src/share-buttons.js';
import {
  COLOR_SCHEMES,
  captureWarnings,
  nextFrame,
  resetColorScheme,
  useColorScheme,
  waitFor,
} from './helpers.js';

const PAGE = () => {
  const here = new URL(location.href);
  here.hash = '';
  return here.href;
};

function root(el: ShareButtons): ShadowRoot {
  return el.shadowRoot!;
}
function control(el: ShareButtons, network: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[data-network="${network}"]`);
}
function link(el: ShareButtons, network: string): HTMLAnchorElement {
  return control(el, network) as HTMLAnchorElement;
}
/** The accessible name as a screen reader computes it for these controls: aria-label, else text. */
function nameOf(node: HTMLElement): string {
  return (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function names(el: ShareButtons): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="list"] > li > [part~="button"]')].map(nameOf);
}
function visibleLabel(node: HTMLElement): string {
  return node.querySelector('[part="label"]')!.textContent!.trim();
}
function liveRegion(el: ShareButtons): HTMLElement {
  return root(el).querySelector<HTMLElement>('[role="status"]')!;
}

/** Records the share links a reader follows, without leaving the test page. */
function interceptNavigation(): { hrefs: string[]; clicks: MouseEvent[]; restore: () => void } {
  const hrefs: string[] = [];
  const clicks: MouseEvent[] = [];
  const listener = (event: MouseEvent) => {
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor) return;
    clicks.push(event);
    if (!event.defaultPrevented) hrefs.push(anchor.href);
    event.preventDefault();
  };
  // Bubbling phase on window: the element's own handler has run by then.
  window.addEventListener('click', listener);
  return { hrefs, clicks, restore: () => window.removeEventListener('click', listener) };
}

/** Hides or provides `navigator.share` / `navigator.canShare` for one test. */
function mockShare(
  share: ((data: ShareData) => Promise<void>) | undefined,
  canShare?: (data?: ShareData) => boolean,
) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  Object.defineProperty(navigator, 'canShare', { value: canShare, configurable: true, writable: true });
}
function unmockShare(): void {
  delete (navigator as { share?: unknown }).share;
  delete (navigator as { canShare?: unknown }).canShare;
}
function mockClipboard(clipboard: { writeText?: (text: string) => Promise<void> } | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true, writable: true });
}
function unmockClipboard(): void {
  delete (navigator as { clipboard?: unknown }).clipboard;
}

describe('<share-buttons>', () => {
  let savedTitle = '';
  beforeEach(() => {
    savedTitle = document.title;
    document.title = 'A page title';
    mockShare(undefined);
    ShareButtons.forgetMastodonInstance();
  });
  afterEach(() => {
    document.title = savedTitle;
    unmockShare();
    unmockClipboard();
    sinon.restore();
    resetColorScheme();
    document.head.querySelectorAll('link[rel="canonical"]').forEach((node) => node.remove());
  });

  describe('rendering', () => {
    it('renders the default networks in order as links, with localized names, and no native button without navigator.share', async () => {
      const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
      expect(names(el)).to.deep.equal([
        'Share on X',
        'Share on Bluesky',
        'Share on Mastodon',
        'Share on LinkedIn',
        'Share on Facebook',
        'Share by email',
        'Copy link',
      ]);
      const list = root(el).querySelector('ul[part="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Share this page');
      expect(visibleLabel(link(el, 'bluesky'))).to.equal('Bluesky');
      expect(visibleLabel(link(el, 'email'))).to.equal('Email');
      for (const network of ['x', 'bluesky', 'linkedin', 'facebook']) {
        const a = link(el, network);
        expect(a.localName, network).to.equal('a');
        expect(a.target, network).to.equal('_blank');
        expect(a.rel, network).to.equal('noopener noreferrer');
        expect(a.querySelector('svg[part="icon"]')?.getAttribute('aria-hidden'), network).to.equal('true');
      }
      expect(link(el, 'email').target).to.equal('');
      expect(control(el, 'copy')!.localName).to.equal('button');
      expect(control(el, 'native')).to.equal(null);
    });

    it('documents every network, in display order, as the default of networks', async () => {
      const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
      expect(el.networks.split(' ')).to.deep.equal([...SHARE_NETWORKS]);
    });

    it('shares the page address without its hash and the document title by default', async () => {
      const before = location.href;
      history.replaceState(null, '', '#some-section');
      try {
        const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
        const page = PAGE();
        expect(page).not.to.contain('#');
        const e = encodeURIComponent;
        expect(link(el, 'x').href).to.equal(
          `https://x.com/intent/tweet?text=A%20page%20title&url=${e(page)}`,
        );
        expect(link(el, 'linkedin').href).to.equal(
          `https://www.linkedin.com/sharing/share-offsite/?url=${e(page)}`,
        );
        expect(link(el, 'facebook').href).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${e(page)}`);
        expect(link(el, 'bluesky').href).to.equal(
          `https://bsky.app/intent/compose?text=A%20page%20title%20${e(page)}`,
        );
        expect(link(el, 'email').href).to.equal(
          `mailto:?subject=A%20page%20title&body=A%20page%20title%0A%0A${e(page)}`,
        );
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('prefers the canonical link, resolved to an absolute address', async () => {
      const canonical = document.createElement('link');
      canonical.rel = 'canonical';
      canonical.setAttribute('href', '/articles/ai-personalization?ref=1');
      document.head.append(canonical);
      const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
      const expected = `${location.origin}/articles/ai-personalization?ref=1`;
      expect(link(el, 'facebook').href).to.equal(
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(expected)}`,
      );
    });

    it('ignores a canonical link that is not http(s)', async () => {
      const canonical = document.createElement('link');
      canonical.rel = 'canonical';
      canonical.setAttribute('href', 'javascript:alert(1)');
      document.head.append(canonical);
      const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
      expect(link(el, 'linkedin').href).to.equal(
        `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(PAGE())}`,
      );
    });

    it('uses the url and text attributes, with tricky characters encoded', async () => {
      const el = await fixture<ShareButtons>(
        html`<share-buttons url="https://blog.example/posts/café?a=1&b=2#intro" text="Fish & chips #1 🐟"></share-buttons>`,
      );
      expect(link(el, 'x').href).to.equal(
        // The address is normalised first (é → %C3%A9), then encoded as a parameter (% → %25).
        'https://x.com/intent/tweet?text=Fish%20%26%20chips%20%231%20%F0%9F%90%9F&url=https%3A%2F%2Fblog.example%2Fposts%2Fcaf%25C3%25A9%3Fa%3D1%26b%3D2%23intro',
      );
    });

    it('falls back to the document title when text is blank', async () => {
      const el = await fixture<ShareButtons>(
        html`<share-buttons text="   " url="https://a.example/"></share-buttons>`,
      );
      expect(link(el, 'x').href).to.equal(
        'https://x.com/intent/tweet?text=A%20page%20title&url=https%3A%2F%2Fa.example%2F',
      );
    });

    it('resolves a relative url against the page', async () => {
      const el = await fixture<ShareButtons>(html`<share-buttons url="/posts/one"></share-buttons>`);
      expect(link(el, 'facebook').href).to.equal(
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${location.origin}/posts/one`)}`,
      );
    });

    it('follows the networks attribute, in its order, without duplicates', async () => {
      const el = await fixture<ShareButtons>(
        html`<share-buttons networks="copy Email bluesky copy"></share-buttons>`,
      );
      expect(names(el)).to.deep.equal(['Copy link', 'Share by email', 'Share on Bluesky']);
      el.networks = 'x';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Share on X']);
    });

    it('shares the title and canonical address the page has when the reader acts, not when it rendered', async () => {
      const el = await fixture<ShareButtons>(html`<share-buttons networks="x copy"></share-buttons>`);
      // A single-page app names the page and sets its canonical link after the buttons rendered.
      document.title = 'Renamed later';
      const canonical = document.createElement('link');
      canonical.rel = 'canonical';
      canonical.href = 'https://a.example/later';
      document.head.append(canonical);
      const navigation = interceptNavigation();
      try {
        const shared = oneEvent(el, 'share-buttons-share');
        const box = link(el, 'x').getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.top + 4)] });
        expect((await shared).detail.url).to.equal('https://a.example/later');
        expect(navigation.hrefs).to.deep.equal([
          'https://x.com/intent/tweet?text=Renamed%20later&url=https%3A%2F%2Fa.example%2Flater',
        ]);
        // From the keyboard: reaching the link is enough.
        document.title = 'Renamed again';
        link(el, 'copy').focus();
        await el.updateComplete;
        expect(link(el, 'x').href).to.equal(
          'https://x.com/intent/tweet?text=Renamed%20again&url=https%3A%2F%2Fa.example%2Flater',
        );
      } finally {
        navigation.restore();
      }
    });

    it('puts an optional lead-in from the default slot before the list', async () => {
      const el = await fixture<ShareButtons>(
        html`<share-buttons networks="x">Share this article</share-buttons>`,
      );
      const slot = root(el).querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.equal('Share this article');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('bad input', () => {
    it('falls back to the page address and warns once for a url the safe-URL helper rejects', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<ShareButtons>(
          html`<share-buttons url="javascript:alert(1)"></share-buttons>`,
        );
        expect(link(el, 'linkedin').href).to.equal(
          `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(PAGE())}`,
        );
        el.text = 'again';
        await el.updateComplete;
        const messages = warnings.messages();
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('<share-buttons>').and.contain('url="javascript:alert(1)"');
      } finally {
        warnings.restore();
      }
    });

    it('warns about a url with another scheme', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<ShareButtons>(html`<share-buttons url="data:text/html,hi"></share-buttons>`);
        expect(link(el, 'facebook').href).to.contain(encodeURIComponent(PAGE()));
        expect(warnings.messages()[0]).to.contain('url="data:text/html,hi"');
      } finally {
        warnings.restore();
      }
    });

    it('ignores unknown networks with a warning that names them', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<ShareButtons>(
          html`<share-buttons networks="x myspace bluesky"></share-buttons>`,
        );
        expect(names(el)).to.deep.equal(['Share on X', 'Share on Bluesky']);
        const messages = warnings.messages();
        expect(messages).to.have.length(1);
        expect(messages[0])
          .to.contain('<share-buttons>')
          .and.contain('networks="x myspace bluesky"')
          .and.contain('"myspace"');
      } finally {
        warnings.restore();
      }
    });

    it('shows the default set when no name is known', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<ShareButtons>(html`<share-buttons networks="twitter"></share-buttons>`);
        expect(names(el)).to.have.length(7);
        expect(warnings.messages()[0]).to.contain('networks="twitter"');
      } finally {
        warnings.restore();
      }
    });

    it('warns about a malformed strings attribute and keeps the defaults', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<ShareButtons>(
          html`<share-buttons networks="copy" strings="{not json"></share-buttons>`,
        );
        expect(names(el)).to.deep.equal(['Copy link']);
        expect(warnings.messages()[0]).to.contain('<share-buttons>').and.contain('strings="{not json"');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('native share', () => {
    it('appears only where navigator.share exists and accepts the data', async () => {
      const share = sinon.stub().resolves();
      mockShare(share, () => true);
      const el = await fixture<ShareButtons>(html`<share-buttons text="Read this"></share-buttons>`);
      expect(names(el)[0]).to.equal('Share…');
      unmockShare();
      mockShare(share, () => false);
      const refused = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
      expect(control(refused, 'native')).to.equal(null);
    });

    it('hands the title, text and address to the share sheet', async () => {
      const share = sinon.stub().resolves();
      mockShare(share);
      mockClipboard({ writeText: sinon.stub().resolves() });
      const el = await fixture<ShareButtons>(
        html`<share-buttons text="Read this" url="https://a.example/p"></share-buttons>`,
      );
      const event = oneEvent(el, 'share-buttons-share');
      control(el, 'native')!.click();
      expect((await event).detail).to.deep.equal({ network: 'native', url: 'https://a.example/p' });
      await waitFor(() => share.called, 'navigator.share');
      expect(share.firstCall.args[0]).to.deep.equal({
        title: 'A page title',
        text: 'Read this',
        url: 'https://a.example/p',
      });
      expect(liveRegion(el).textContent!.trim()).to.equal('');
    });

    it('stays silent when the reader cancels the share sheet', async () => {
      const writeText = sinon.stub().resolves();
      mockShare(sinon.stub().rejects(new DOMException('Share canceled', 'AbortError')));
      mockClipboard({ writeText });
      const warnings = captureWarnings();
      try {
        const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
        control(el, 'native')!.click();
        await nextFrame();
        await el.updateComplete;
        expect(writeText.called).to.equal(false);
        expect(liveRegion(el).textContent!.trim()).to.equal('');
        expect(warnings.messages()).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('falls back to copying the link when sharing fails', async () => {
      const writeText = sinon.stub().resolves();
      mockShare(sinon.stub().rejects(new DOMException('Not allowed', 'NotAllowedError')));
      mockClipboard({ writeText });
      const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
      const copied = oneEvent(el, 'share-buttons-copy');
      control(el, 'native')!.click();
      expect((await copied).detail).to.deep.equal({ url: PAGE() });
      expect(writeText.calledOnceWith(PAGE())).to.equal(true);
      await waitFor(() => liveRegion(el).textContent!.trim() === 'Link copied', 'the announcement');
    });
  });

  describe('copy', () => {
    it('writes the address, shows "Link copied" for two seconds and announces it in a polite live region', async () => {
      const writeText = sinon.stub().resolves();
      mockClipboard({ writeText });
      const el = await fixture<ShareButtons>(
        html`<share-buttons url="https://a.example/post"></share-buttons>`,
      );
      const region = liveRegion(el);
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent!.trim()).to.equal('');
      const button = control(el, 'copy')!;
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const copied = oneEvent(el, 'share-buttons-copy');
      button.click();
      const event = await copied;
      expect(event.detail).to.deep.equal({ url: 'https://a.example/post' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(writeText.calledOnceWith('https://a.example/post')).to.equal(true);
      await el.updateComplete;
      expect(visibleLabel(button)).to.equal('Link copied');
      expect(liveRegion(el)).to.equal(region);
      expect(region.textContent!.trim()).to.equal('Link copied');
      clock.tick(COPIED_DURATION - 10);
      await el.updateComplete;
      expect(visibleLabel(button)).to.equal('Link copied');
      clock.tick(20);
      await el.updateComplete;
      expect(visibleLabel(button)).to.equal('Copy link');
      expect(region.textContent!.trim()).to.equal('');
      clock.restore();
    });

    it('falls back to the selection copy where the Clipboard API is missing', async () => {
      mockClipboard(undefined);
      const exec = sinon.stub(document, 'execCommand').returns(true);
      const el = await fixture<ShareButtons>(
        html`<share-buttons networks="copy" url="https://a.example/x"></share-buttons>`,
      );
      const copied = oneEvent(el, 'share-buttons-copy');
      control(el, 'copy')!.click();
      expect((await copied).detail.url).to.equal('https://a.example/x');
      expect(exec.calledWith('copy')).to.equal(true);
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal('Link copied');
      expect(root(el).querySelector('textarea')).to.equal(null);
    });

    it('falls back to the selection copy when the clipboard refuses', async () => {
      mockClipboard({ writeText: sinon.stub().rejects(new DOMException('Denied', 'NotAllowedError')) });
      const exec = sinon.stub(document, 'execCommand').returns(true);
      const el = await fixture<ShareButtons>(html`<share-buttons networks="copy"></share-buttons>`);
      const copied = oneEvent(el, 'share-buttons-copy');
      control(el, 'copy')!.click();
      await copied;
      expect(exec.calledWith('copy')).to.equal(true);
    });

    it('says so, visibly and aloud, when copying fails, and fires no copy event', async () => {
      mockClipboard({ writeText: sinon.stub().rejects(new DOMException('Denied', 'NotAllowedError')) });
      sinon.stub(document, 'execCommand').returns(false);
      const el = await fixture<ShareButtons>(html`<share-buttons networks="copy"></share-buttons>`);
      const onCopy = sinon.spy();
      el.addEventListener('share-buttons-copy', onCopy);
      control(el, 'copy')!.click();
      await waitFor(() => liveRegion(el).textContent!.trim() !== '', 'the announcement');
      expect(liveRegion(el).textContent!.trim()).to.equal('Could not copy the link');
      expect(visibleLabel(control(el, 'copy')!)).to.equal('Could not copy the link');
      expect(onCopy.called).to.equal(false);
    });

    it('leaves no timer behind once disconnected', async () => {
      mockClipboard({ writeText: sinon.stub().resolves() });
      const el = await fixture<ShareButtons>(html`<share-buttons networks="copy"></share-buttons>`);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const copied = oneEvent(el, 'share-buttons-copy');
        control(el, 'copy')!.click();
        await copied;
        expect(clock.countTimers()).to.equal(1);
        el.remove();
        expect(clock.countTimers()).to.equal(0);
      } finally {
        clock.restore();
      }
    });
  });

  describe('events', () => {
    it('fires share-buttons-share on every activation: bubbling, composed, cancelable, with network and url', async () => {
      const nav = interceptNavigation();
      try {
        const el = await fixture<ShareButtons>(
          html`<share-buttons url="https://a.example/p" text="T"></share-buttons>`,
        );
        const seen: CustomEvent<ShareButtonsShareDetail>[] = [];
        document.addEventListener('share-buttons-share', (event) => seen.push(event));
        for (const network of ['x', 'bluesky', 'linkedin', 'facebook', 'email']) link(el, network).click();
        expect(seen.map((event) => event.detail.network)).to.deep.equal([
          'x',
          'bluesky',
          'linkedin',
          'facebook',
          'email',
        ]);
        for (const event of seen) {
          expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
          expect(event.detail.url).to.equal('https://a.example/p');
          expect(event.target).to.equal(el);
        }
        expect(nav.hrefs).to.deep.equal([
          'https://x.com/intent/tweet?text=T&url=https%3A%2F%2Fa.example%2Fp',
          'https://bsky.app/intent/compose?text=T%20https%3A%2F%2Fa.example%2Fp',
          'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fa.example%2Fp',
          'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.example%2Fp',
          'mailto:?subject=T&body=T%0A%0Ahttps%3A%2F%2Fa.example%2Fp',
        ]);
      } finally {
        nav.restore();
      }
    });

    it('cancelling the share event stops the navigation', async () => {
      const nav = interceptNavigation();
      try {
        const el = await fixture<ShareButtons>(html`<share-buttons networks="bluesky"></share-buttons>`);
        el.addEventListener('share-buttons-share', (event) => event.preventDefault());
        link(el, 'bluesky').click();
        expect(nav.clicks).to.have.length(1);
        expect(nav.clicks[0]!.defaultPrevented, 'prevented by the element').to.equal(true);
        expect(nav.hrefs).to.deep.equal([]);
      } finally {
        nav.restore();
      }
    });

    it('cancelling the share event stops the copy and the native share', async () => {
      const writeText = sinon.stub().resolves();
      const share = sinon.stub().resolves();
      mockClipboard({ writeText });
      mockShare(share);
      const el = await fixture<ShareButtons>(html`<share-buttons networks="native copy"></share-buttons>`);
      el.addEventListener('share-buttons-share', (event) => event.preventDefault());
      control(el, 'copy')!.click();
      control(el, 'native')!.click();
      await nextFrame();
      await el.updateComplete;
      expect(writeText.called).to.equal(false);
      expect(share.called).to.equal(false);
      expect(visibleLabel(control(el, 'copy')!)).to.equal('Copy link');
    });

    it('fires nothing when the page sets properties', async () => {
      const onShare = sinon.spy();
      document.addEventListener('share-buttons-share', onShare);
      const el = await fixture<ShareButtons>(html`<share-buttons></share-buttons>`);
      el.url = 'https://a.example/';
      el.networks = 'x copy';
      await el.updateComplete;
      document.removeEventListener('share-buttons-share', onShare);
      expect(onShare.called).to.equal(false);
    });
  });

  describe('compact, keyboard, language, direction', () => {
    it('compact hides the visible labels but keeps every accessible name', async () => {
      const el = await fixture<ShareButtons>(html`<share-buttons compact></share-buttons>`);
      expect(names(el)).to.deep.equal([
        'Share on X',
        'Share on Bluesky',
        'Share on Mastodon',
        'Share on LinkedIn',
        'Share on Facebook',
        'Share by email',
        'Copy link',
      ]);
      for (const button of root(el).querySelectorAll<HTMLElement>('[part~="list"] [part~="button"]')) {
        const label = button.querySelector<HTMLElement>('[part="label"]')!;
        expect(label.getBoundingClientRect().width, nameOf(button)).to.be.at.most(1);
        const box = button.getBoundingClientRect();
        expect(Math.abs(box.width - box.height), nameOf(button)).to.be.lessThan(1);
        expect(button.getAttribute('title')).to.equal(nameOf(button));
      }
      el.compact = false;
      await el.updateComplete;
      expect(visibleLabel(link(el, 'x'))).to.equal('X');
      expect(
        link(el, 'x').querySelector<HTMLElement>('[part="label"]')!.getBoundingClientRect().width,
      ).to.be.greaterThan(1);
    });

    it('reaches every control with Tab, and copies with Enter', async () => {
      const writeText = sinon.stub().resolves();
      mockClipboard({ writeText });
      const el = await fixture<ShareButtons>(html`<share-buttons networks="x copy"></share-buttons>`);
      const start = document.createElement('button');
      start.textContent = 'start';
      el.before(start);
      try {
        start.focus();
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal(link(el, 'x'));
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal(control(el, 'copy'));
        const copied = oneEvent(el, 'share-buttons-copy');
        await sendKeys({ press: 'Enter' });
        await copied;
        expect(writeText.calledOnce).to.equal(true);
        await el.updateComplete;
        expect(root(el).activeElement).to.equal(control(el, 'copy'));
      } finally {
        start.remove();
      }
    });

    it('speaks the language of the closest lang, keeping network names', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><share-buttons networks="bluesky email copy"></share-buttons></div>`,
      );
      const el = wrapper.querySelector('share-buttons')!;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Auf Bluesky teilen', 'Per E-Mail teilen', 'Link kopieren']);
      expect(visibleLabel(link(el, 'bluesky'))).to.equal('Bluesky');
      wrapper.lang = 'ja';
      await nextFrame();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Blueskyで共有', 'メールで共有', 'リンクをコピー']);
    });

    it('takes author overrides for the list label and any string', async () => {
      const el = await fixture<ShareButtons>(
        html`<share-buttons
          networks="x copy"
          label="Pass it on"
          strings='{"share-buttons.share-on":"Post to {network}","share-buttons.copy":"Copy address"}'
        ></share-buttons>`,
      );
      expect(names(el)).to.deep.equal(['Post to X', 'Copy address']);
      expect(root(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('Pass it on');
    });

    it('runs right to left in an Arabic page: first network on the right, Arabic names', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ar" dir="rtl" style="width:900px"><share-buttons networks="x bluesky copy"></share-buttons></div>`,
      );
      const el = wrapper.querySelector('share-buttons')!;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['شارك على X', 'شارك على Bluesky', 'نسخ الرابط']);
      const x = link(el, 'x').getBoundingClientRect();
      const copy = control(el, 'copy')!.getBoundingClientRect();
      expect(x.left).to.be.greaterThan(copy.left);
      expect(x.right).to.be.closeTo(el.getBoundingClientRect().right, 1);
    });
  });

  describe('privacy', () => {
    it('makes no request, sets no cookie and stores nothing while rendering and being used', async () => {
      mockClipboard({ writeText: sinon.stub().resolves() });
      mockShare(sinon.stub().resolves());
      const nav = interceptNavigation();
      const observed: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => observed.push(...list.getEntries()));
      observer.observe({ type: 'resource' });
      const before = performance.getEntriesByType('resource').length;
      const cookies = document.cookie;
      const stored = localStorage.length;
      try {
        const el = await fixture<ShareButtons>(
          html`<share-buttons compact mastodon-instance="mastodon.social" url="https://a.example/p"></share-buttons>`,
        );
        for (const a of root(el).querySelectorAll('a')) a.click();
        control(el, 'native')!.click();
        const copied = oneEvent(el, 'share-buttons-copy');
        control(el, 'copy')!.click();
        await copied;
        await nextFrame();
        await nextFrame();
        expect(nav.hrefs).to.have.length(6);
        expect(performance.getEntriesByType('resource').length).to.equal(before);
        expect(observer.takeRecords().concat(observed)).to.deep.equal([]);
        expect(document.cookie).to.equal(cookies);
        expect(localStorage.length).to.equal(stored);
        expect(root(el).querySelectorAll('img, link, script, iframe, image, use')).to.have.length(0);
      } finally {
        observer.disconnect();
        nav.restore();
      }
    });
  });

  describe('accessibility', () => {
    for (const scheme of COLOR_SCHEMES) {
      it(`passes axe in the ${scheme} scheme: default, compact, copied, native`, async () => {
        useColorScheme(scheme);
        mockShare(sinon.stub().resolves());
        mockClipboard({ writeText: sinon.stub().resolves() });
        const el = await fixture<ShareButtons>(html`<share-buttons>Share this article</share-buttons>`);
        await expect(el).to.be.accessible();
        el.compact = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const copied = oneEvent(el, 'share-buttons-copy');
        control(el, 'copy')!.click();
        await copied;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
});
