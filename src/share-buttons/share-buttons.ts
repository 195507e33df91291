import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fill } from '../internal/locale.js';
import { ReadingElement } from '../internal/reading-element.js';
import { safeUrl } from '../internal/safe-url.js';
import { copyText, CopyFeedback } from './clipboard.js';
import { MastodonServer } from './mastodon.js';
import { BRANDS, parseNetworks, plainShareUrl, SHARE_NETWORKS, type ShareNetwork } from './networks.js';
import { MastodonDialog } from './mastodon-dialog.js';
import { httpAddress, pageAddress } from './share-address.js';
import { icon, type IconName } from './share-buttons.icons.js';
import { strings, type ShareButtonsKey } from './share-buttons.strings.js';
import { styles } from './share-buttons.styles.js';
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

const DEFAULT_NETWORKS = SHARE_NETWORKS.join(' ');

/**
 * Share links for the page that make no request of their own: no third-party script, no
 * counter, no cookie. Each network is a plain link to the share address it documents; the
 * reader's own share sheet (`native`) and "Copy link" are buttons. Mastodon asks the reader for
 * their server once, and keeps it only when they tick "Remember".
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

  /** Space-separated networks, in display order: `native x bluesky mastodon linkedin facebook email copy`. */
  @property() networks = DEFAULT_NETWORKS;

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
  private readonly mastodonDialog = new MastodonDialog(this, this.readerServer, (host) =>
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
    // A server render knows no page address: an absolute `url` is shared as it is; otherwise the
    // links get the address once the element runs in the browser.
    const server = this.rendersAsServer;
    if (!value) return server ? '' : pageAddress();
    if (server && safeUrl(value) !== null && !/^[a-z][a-z0-9+.-]*:/i.test(value)) return '';
    const address = httpAddress(value, server ? undefined : document.baseURI);
    if (address) return address;
    this.warn('url', value, 'is not an http(s) address; sharing the page address instead.');
    return server ? '' : pageAddress();
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

  /** What the share sheet gets: the page title, the share text when it says something else, and the address. */
  private shareData(): ShareData {
    const data: ShareData = { url: this.pageUrl };
    const title = document.title.trim();
    if (title) data.title = title;
    if (this.shareText && this.shareText !== title) data.text = this.shareText;
    return data;
  }

  private canShareNatively(): boolean {
    if (this.rendersAsServer) return false;
    if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
    try {
      return navigator.canShare?.(this.shareData()) !== false;
    } catch {
      return false;
    }
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
    try {
      await navigator.share(this.shareData());
    } catch (error) {
      if ((error as DOMException | undefined)?.name === 'AbortError') return;
      await this.copyLink();
    }
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

  /**
   * One link (when there is an `href`) or button of the list: `name` is its accessible name,
   * `text` its visible label. Links open in a new tab, but for email.
   */
  private renderControl(
    network: ShareNetwork,
    name: string,
    text: string,
    href?: string,
    onClick?: (event: MouseEvent) => void,
    iconName: IconName = network,
  ): TemplateResult {
    const title = this.compact ? name : nothing;
    const label = name === text ? nothing : name;
    const inner = html`${icon(iconName)}<span part="label" class="label">${text}</span>`;
    return href
      ? html`<a
          part="button"
          class="button"
          data-network=${network}
          href=${href}
          target=${network === 'email' ? nothing : '_blank'}
          rel="noopener noreferrer"
          aria-label=${label}
          title=${title}
          @click=${this.onLinkClick}
          >${inner}</a
        >`
      : html`<button
          part="button"
          class="button"
          type="button"
          data-network=${network}
          data-state=${network === 'copy' ? this.copyFeedback.state : nothing}
          aria-haspopup=${network === 'mastodon' ? 'dialog' : nothing}
          aria-label=${label}
          title=${title}
          @click=${onClick}
        >${inner}</button>`;
  }

  private renderItem(network: ShareNetwork): TemplateResult | typeof nothing {
    const url = this.pageUrl;
    const text = this.shareText;
    const brand = BRANDS[network] ?? '';
    const shareOn = fill(this.localize(strings, 'share-buttons.share-on'), { network: brand });
    let control: TemplateResult;
    switch (network) {
      case 'native': {
        if (!this.canShareNatively()) return nothing;
        const label = this.localize(strings, 'share-buttons.native');
        control = this.renderControl(network, label, label, undefined, this.onNative);
        break;
      }
      case 'mastodon': {
        // The reader's remembered server lives in the browser's storage.
        const host = this.authorInstance ?? (this.rendersAsServer ? '' : this.readerServer.server);
        if (!host) {
          control = this.renderControl(network, shareOn, brand, undefined, this.onMastodonClick);
          break;
        }
        const link = this.renderControl(network, shareOn, brand, mastodonShareUrl(host, text, url)!);
        if (this.authorInstance) {
          control = link;
          break;
        }
        const change = fill(this.localize(strings, 'share-buttons.mastodon-change'), { instance: host });
        return html`<li class="mastodon">
          ${link}<button
            part="button"
            class="button change"
            type="button"
            aria-haspopup="dialog"
            aria-label=${change}
            title=${change}
            @click=${this.onMastodonClick}
          >${icon('change')}</button>
        </li>`;
      }
      case 'copy': {
        const state = this.copyFeedback.state;
        const label = this.localize(
          strings,
          state === 'copied'
            ? 'share-buttons.copied'
            : state === 'failed'
              ? 'share-buttons.copy-failed'
              : 'share-buttons.copy',
        );
        control = this.renderControl(
          network,
          label,
          label,
          undefined,
          this.onCopy,
          state === 'copied' ? 'check' : state === 'failed' ? 'failed' : 'copy',
        );
        break;
      }
      case 'email':
        control = this.renderControl(
          network,
          this.localize(strings, 'share-buttons.share-email'),
          this.localize(strings, 'share-buttons.email'),
          emailShareUrl(text, url),
        );
        break;
      default:
        control = this.renderControl(network, shareOn, brand, plainShareUrl(network, text, url));
    }
    return html`<li>${control}</li>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (this.authorInstance || !this.shown.includes('mastodon')) return nothing;
    return this.mastodonDialog.render((key) => this.localize(strings, key), this.rendersAsServer);
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
