import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fill } from '../internal/locale.js';
import { ReadingElement } from '../internal/reading-element.js';
import { copyText, CopyFeedback } from './clipboard.js';
import { MastodonServer, type MastodonPrompt } from './mastodon.js';
import { BRANDS, parseNetworks, plainShareUrl, SHARE_NETWORKS, type ShareNetwork } from './networks.js';
import { MastodonDialog } from './mastodon-dialog.js';
import { canShareNatively, shareNatively } from './native-share.js';
import { authorAddress, pageAddress } from './share-address.js';
import { strings, type ShareButtonsKey } from './share-buttons.strings.js';
import { styles } from './share-buttons.styles.js';
import { changeServerButton, shareControl, type ShareControl } from './share-control.js';
import { emailShareUrl, mastodonHost, mastodonShareUrl } from './share-urls.js';

export { MASTODON_STORAGE_KEY } from './mastodon.js';
export { SHARE_NETWORKS, type ShareNetwork } from './networks.js';

export { COPIED_DURATION } from './clipboard.js';

export interface ShareButtonsShareDetail {
  /** The network activated. */
  network: ShareNetwork;
  /** The address being shared. */
  url: string;
}

export interface ShareButtonsCopyDetail {
  /** The address written to the clipboard. */
  url: string;
}

/** Author overrides for any string, by key (`{ "share-buttons.copy": "Copy address" }`). */
export type ShareButtonsStrings = Partial<Record<ShareButtonsKey, string>>;

/**
 * Share links for the page that make no request of their own: no third-party script, no
 * counter, no cookie. Each network is a link to its share page, opened in a new tab (email opens
 * the mail app); the reader's share sheet (`native`, shown only where the browser has one) and
 * "Copy link" are buttons. Mastodon asks the reader for their server once, and stores it only
 * when they tick the box to remember it.
 *
 * @tagname share-buttons
 * @summary Tracker-free share links: X, Bluesky, Mastodon, LinkedIn, Facebook, email, copy and the native share sheet.
 *
 * @slot - Optional visible lead-in before the buttons, e.g. "Share this article".
 *
 * @csspart list - The `<ul>` holding the buttons.
 * @csspart button - Each link or button (also the Mastodon "change server" button and the dialog's buttons).
 * @csspart icon - The icon inside each button.
 * @csspart label - The visible text inside each button (visually hidden with `compact`).
 * @csspart dialog - The dialog that asks for the reader's Mastodon server.
 *
 * @cssprop [--share-buttons-gap=0.5rem] - Space between buttons.
 * @cssprop [--share-buttons-size=2.5rem] - Height of each button (and width in `compact` mode).
 *
 * @fires share-buttons-share - On every activation, before anything happens; cancelable: cancelling stops the navigation, the share sheet or the copy. `detail: { network, url }`.
 * @fires share-buttons-copy - After the link was written to the clipboard. `detail: { url }`.
 */
export class ShareButtons extends ReadingElement {
  static override tag = 'share-buttons';
  static override styles = [ReadingElement.styles, styles];

  /** Forgets the Mastodon server the reader chose, on this page and in storage. */
  static forgetMastodonInstance(): void {
    MastodonServer.forget();
  }

  /** The address to share; defaults to the page's `<link rel="canonical">`, else the current address without its hash. */
  @property() url = '';

  /** The text to share; defaults to the document title. */
  @property() text = '';

  /** Space-separated networks to show, in display order; the default is all of them. Unknown names are ignored. */
  @property() networks = 'native x bluesky mastodon linkedin facebook email copy';

  /** Mastodon server to share to (a host name such as `mastodon.social`); without it the reader is asked. */
  @property({ attribute: 'mastodon-instance' }) mastodonInstance = '';

  /** Shows icons only; every button keeps its accessible name. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Accessible name of the list of buttons (default "Share this page", localized). */
  @property() label = '';

  private pageUrl = '';
  private shareText = '';
  private shown: ShareNetwork[] = [];
  private authorInstance: string | null = null;
  private readonly copyFeedback = new CopyFeedback(this);
  /** The Mastodon server the reader chose, shared with every other element on the page. */
  private readonly readerServer = new MastodonServer(this);
  private readonly mastodonDialog: MastodonPrompt = new MastodonDialog(this, this.readerServer, (host) =>
    this.onMastodonChosen(host),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.pageUrl = this.resolveUrl();
    // The document's title is not known to a server render.
    this.shareText = this.text.trim() || (this.rendersAsServer ? '' : document.title.trim());
    if (changed.has('networks')) this.shown = this.parseNetworks();
    if (changed.has('mastodonInstance')) {
      const value = this.mastodonInstance.trim();
      this.authorInstance = value ? mastodonHost(value) : null;
      if (value && !this.authorInstance) {
        this.warn(
          'mastodon-instance',
          value,
          'is not a server host name (e.g. "mastodon.social"); asking the reader instead.',
        );
      }
    }
  }

  private resolveUrl(): string {
    const value = this.url.trim();
    const address = value ? authorAddress(value, this.rendersAsServer) : null;
    if (address !== null) return address;
    if (value) this.warn('url', value, 'is not an http(s) address; sharing the page address instead.');
    return this.rendersAsServer ? '' : pageAddress();
  }

  private parseNetworks(): ShareNetwork[] {
    const { known, unknown } = parseNetworks(this.networks ?? '');
    if (unknown.length) {
      this.warn(
        'networks',
        this.networks,
        `names unknown network(s) ${unknown.map((name) => `"${name}"`).join(', ')}, ignored` +
          `${known.length ? '' : ' (showing the default set)'}. Known: ${SHARE_NETWORKS.join(', ')}.`,
      );
    }
    return known.length ? known : [...SHARE_NETWORKS];
  }

  /**
   * The page may have changed its title or canonical link since the last render (a single-page
   * app does so after mounting): read them again as the reader reaches for a button.
   */
  private onApproach(): void {
    this.requestUpdate();
  }

  /** Fires `share-buttons-share`; false when a listener cancelled it. */
  private announceShare(network: ShareNetwork): boolean {
    return this.emit<ShareButtonsShareDetail>(
      'share-buttons-share',
      { network, url: this.pageUrl },
      { cancelable: true },
    );
  }

  private onLinkClick(event: MouseEvent): void {
    const network = (event.currentTarget as HTMLElement).dataset['network'] as ShareNetwork;
    if (!this.announceShare(network)) event.preventDefault();
  }

  private async onNative(): Promise<void> {
    if (!this.announceShare('native')) return;
    if (!(await shareNatively(this.pageUrl, this.shareText))) await this.copyLink();
  }

  private async onCopy(): Promise<void> {
    if (!this.announceShare('copy')) return;
    await this.copyLink();
  }

  private onMastodonClick(): void {
    this.mastodonDialog.open();
  }

  private async onMastodonChosen(host: string): Promise<void> {
    const target = mastodonShareUrl(host, this.shareText, this.pageUrl);
    if (target && this.announceShare('mastodon')) window.open(target, '_blank', 'noopener,noreferrer');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-network="mastodon"]')?.focus();
  }

  /** Writes the address to the clipboard, shows the result for two seconds and announces it. */
  private async copyLink(): Promise<void> {
    const url = this.pageUrl;
    const copied = await copyText(url, this.renderRoot as ShadowRoot);
    await this.copyFeedback.show(
      copied,
      this.localize(strings, copied ? 'share-buttons.copied' : 'share-buttons.copy-failed'),
    );
    if (copied) this.emit<ShareButtonsCopyDetail>('share-buttons-copy', { url });
  }

  /** One link or button of the list; links announce the share before they navigate. */
  private control(control: Omit<ShareControl, 'compact'>): TemplateResult {
    return shareControl({ compact: this.compact, onClick: this.onLinkClick, ...control });
  }

  private renderItem(network: ShareNetwork): TemplateResult | typeof nothing {
    const url = this.pageUrl;
    const text = this.shareText;
    const brand = BRANDS[network] ?? '';
    const shareOn = fill(this.localize(strings, 'share-buttons.share-on'), { network: brand });
    let control: TemplateResult;
    switch (network) {
      case 'native': {
        if (this.rendersAsServer || !canShareNatively(url, text)) return nothing;
        const label = this.localize(strings, 'share-buttons.native');
        control = this.control({ network, name: label, onClick: this.onNative });
        break;
      }
      case 'mastodon': {
        // The reader's remembered server lives in the browser's storage.
        const host = this.authorInstance ?? (this.rendersAsServer ? '' : this.readerServer.server);
        if (!host) {
          control = this.control({ network, name: shareOn, text: brand, onClick: this.onMastodonClick });
          break;
        }
        const link = this.control({
          network,
          name: shareOn,
          text: brand,
          href: mastodonShareUrl(host, text, url),
        });
        if (this.authorInstance) {
          control = link;
          break;
        }
        const change = fill(this.localize(strings, 'share-buttons.mastodon-change'), { instance: host });
        return html`<li class="mastodon">
          ${link}${changeServerButton(change, this.onMastodonClick)}
        </li>`;
      }
      case 'copy': {
        const { state, look } = this.copyFeedback;
        const label = this.localize(strings, look.key);
        control = this.control({ network, name: label, onClick: this.onCopy, icon: look.icon, state });
        break;
      }
      case 'email':
        control = this.control({
          network,
          name: this.localize(strings, 'share-buttons.share-email'),
          text: this.localize(strings, 'share-buttons.email'),
          href: emailShareUrl(text, url),
        });
        break;
      default:
        control = this.control({
          network,
          name: shareOn,
          text: brand,
          href: plainShareUrl(network, text, url),
        });
    }
    return html`<li>${control}</li>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (this.authorInstance || !this.shown.includes('mastodon')) return nothing;
    return this.mastodonDialog.render((key) => this.localize(strings, key));
  }

  protected override render() {
    return html`<div class="row">
        <slot></slot>
        <ul
          part="list"
          class="list"
          aria-label=${this.label || this.localize(strings, 'share-buttons.label')}
          @pointerdown=${this.onApproach}
          @focusin=${this.onApproach}
        >
          ${this.shown.map((network) => this.renderItem(network))}
        </ul>
      </div>
      <span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"
        >${this.copyFeedback.announcement}</span
      >
      ${this.renderDialog()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'share-buttons': ShareButtons;
  }
  interface GlobalEventHandlersEventMap {
    'share-buttons-share': CustomEvent<ShareButtonsShareDetail>;
    'share-buttons-copy': CustomEvent<ShareButtonsCopyDetail>;
  }
}
