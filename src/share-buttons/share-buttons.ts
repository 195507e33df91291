import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { fill } from '../internal/locale.js';
import { ReadingElement } from '../internal/reading-element.js';
import { safeUrl } from '../internal/safe-url.js';
import { strings as table, type ShareButtonsKey } from './share-buttons.strings.js';
import { styles } from './share-buttons.styles.js';
import {
  blueskyShareUrl,
  emailShareUrl,
  facebookShareUrl,
  linkedinShareUrl,
  mastodonHost,
  mastodonShareUrl,
  xShareUrl,
} from './share-urls.js';

/** The names `networks` accepts. */
export type ShareNetwork = 'native' | 'x' | 'bluesky' | 'mastodon' | 'linkedin' | 'facebook' | 'email' | 'copy';

export const SHARE_NETWORKS: readonly ShareNetwork[] = ['native', 'x', 'bluesky', 'mastodon', 'linkedin', 'facebook', 'email', 'copy'];

/** Where a reader's Mastodon server is kept, only after they tick "Remember my server". */
export const MASTODON_STORAGE_KEY = 'reading-elements:mastodon-instance';

/** How long "Link copied" stays on the copy button, in milliseconds. */
export const COPIED_DURATION = 2000;

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

/** Network names are proper nouns and stay untranslated. */
const BRANDS: Partial<Record<ShareNetwork, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

const BAD_JSON = Symbol('bad-json');

/** Reads the `strings` attribute as a JSON object; a malformed value is kept aside to be reported. */
const jsonObject = {
  fromAttribute(value: string | null): ShareButtonsStrings {
    if (value === null || value.trim() === '') return {};
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as ShareButtonsStrings;
    } catch {
      // reported in willUpdate
    }
    return { [BAD_JSON]: value } as ShareButtonsStrings;
  },
};

/** A server the reader chose on this page without asking to keep it; gone when the page goes. */
let sessionInstance = '';

function storedInstance(): string {
  try {
    return mastodonHost(localStorage.getItem(MASTODON_STORAGE_KEY) ?? '') ?? '';
  } catch {
    return '';
  }
}

function storeInstance(host: string | null): void {
  try {
    if (host) localStorage.setItem(MASTODON_STORAGE_KEY, host);
    else localStorage.removeItem(MASTODON_STORAGE_KEY);
  } catch {
    // Storage blocked (private mode, sandboxed frame): the choice lasts for this page only.
  }
}

/** An absolute http(s) address from `value`, or null. */
function httpAddress(value: string | null | undefined, base: string): string | null {
  const safe = safeUrl(value);
  if (safe === null) return null;
  try {
    const resolved = new URL(safe, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** The page's own address: its canonical link when valid, else the current address without its hash. */
function pageAddress(): string {
  const canonical = document.querySelector('link[rel~="canonical" i][href]');
  const href = httpAddress(canonical?.getAttribute('href'), document.baseURI);
  if (href) return href;
  const here = new URL(location.href);
  here.hash = '';
  return here.href;
}

const ICON_PATHS: Record<ShareNetwork | 'check' | 'failed' | 'change', SVGTemplateResult> = {
  native: svg`<path d="M12 3v12M7.5 7.5 12 3l4.5 4.5M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7"/>`,
  x: svg`<path d="M4 3.8h4.2l11.8 16.4h-4.2z" stroke-linejoin="round"/><path d="M4.2 20.2 10.7 13M13.3 11l6.5-7.2"/>`,
  bluesky: svg`<path d="M12 11c-1.3-2.6-4.8-6.8-7.3-7.3C3.4 3.5 3 4.4 3 5.6c0 1.1.7 5 1.1 5.8.8 1.8 2.9 2.3 5 2-3.4.8-4.1 2.7-2.3 4.6 3.3 3.4 4.7-.9 5.2-2.8.5 1.9 1.9 6.2 5.2 2.8 1.8-1.9 1.1-3.8-2.3-4.6 2.1.3 4.2-.2 5-2 .4-.8 1.1-4.7 1.1-5.8 0-1.2-.4-2.1-1.7-1.9C16.8 4.2 13.3 8.4 12 11z" stroke-linejoin="round"/>`,
  mastodon: svg`<path d="M20.6 13.3c-.3 1.6-2.3 3.3-4.7 3.6-1.2.2-2.5.3-3.8.3-2.1 0-3.8-.4-3.8-.4v.6c.3 2.2 2.1 2.4 3.9 2.4 1.7 0 3.3-.4 3.3-.4v1.4s-1.2.7-3.4.8c-1.2 0-2.7 0-4.4-.5C4 20.2 3.3 16.3 3.2 12.4V7.9c0-3.9 2.6-5 2.6-5C7.1 2.3 9.4 2 11.8 2h.1c2.4 0 4.7.3 6 .9 0 0 2.6 1.1 2.6 5 0 0 .1 2.9-.1 5.4z" stroke-linejoin="round"/><path d="M8.3 13V8.6c0-.9.7-1.6 1.6-1.6s1.7.7 1.7 1.6v2.2M11.6 10.8V8.6c0-.9.8-1.6 1.7-1.6s1.6.7 1.6 1.6V13"/>`,
  linkedin: svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7.2v.1M11.8 17v-6.5M11.8 13.4c0-1.7 1.1-2.9 2.5-2.9s2.4 1 2.4 2.7V17"/>`,
  facebook: svg`<circle cx="12" cy="12" r="9"/><path d="M13.2 21v-9.5c0-1.5.9-2.5 2.4-2.5h1.2M10.2 13.5h5.6"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3.8 6.5 8.2 6.5 8.2-6.5"/>`,
  copy: svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3A4 4 0 0 0 13 5.3l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`,
  check: svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`,
  failed: svg`<path d="m7 7 10 10M17 7 7 17"/>`,
  change: svg`<path d="M4 20h4L19 9l-4-4L4 16z" stroke-linejoin="round"/><path d="m13.5 6.5 4 4"/>`,
};

function icon(name: keyof typeof ICON_PATHS): TemplateResult {
  return html`<svg part="icon" class="icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.7" stroke-linecap="round" aria-hidden="true" focusable="false">${ICON_PATHS[name]}</svg>`;
}

/**
 * Share links for the page that make no request of their own: no third-party script, no
 * counter, no cookie. Each network is a plain link to the share address it documents; the
 * reader's own share sheet (`native`) and "Copy link" are buttons. Mastodon asks the reader for
 * their server once, and keeps it only when they tick "Remember".
 *
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
    sessionInstance = '';
    storeInstance(null);
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

  /** Overrides for any string, by key, as a JSON object in the attribute. */
  @property({ converter: jsonObject }) strings: ShareButtonsStrings = {};

  /** Copy button state: idle, showing "Link copied", or showing the failure. */
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

  /** The message in the polite live region. */
  @state() private announcement = '';

  /** The Mastodon server the reader chose (remembered or for this page), if any. */
  @state() private readerInstance = '';

  /** True when the reader's server is kept in storage. */
  @state() private remembered = false;

  /** True after the reader submitted something that is not a server name. */
  @state() private mastodonError = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  private pageUrl = '';
  private shareText = '';
  private shown: ShareNetwork[] = [];
  private authorInstance: string | null = null;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = storedInstance();
    this.remembered = stored !== '';
    this.readerInstance = sessionInstance || stored;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
    this.resetTimer = undefined;
    this.copyState = 'idle';
    this.announcement = '';
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.pageUrl = this.resolveUrl();
    this.shareText = (this.text || document.title || '').trim();
    if (changed.has('networks')) this.shown = this.parseNetworks();
    if (changed.has('mastodonInstance')) {
      const value = this.mastodonInstance.trim();
      this.authorInstance = value ? mastodonHost(value) : null;
      if (value && !this.authorInstance) {
        this.warn('mastodon-instance', value, 'is not a server host name (e.g. "mastodon.social"); asking the reader instead.');
      }
    }
    if (changed.has('strings') && this.strings && BAD_JSON in this.strings) {
      this.warn('strings', (this.strings as Record<symbol, string>)[BAD_JSON], 'is not a JSON object of strings; using the defaults.');
    }
  }

  private resolveUrl(): string {
    const value = this.url.trim();
    if (!value) return pageAddress();
    const address = httpAddress(value, document.baseURI);
    if (address) return address;
    this.warn('url', value, 'is not an http(s) address; sharing the page address instead.');
    return pageAddress();
  }

  private parseNetworks(): ShareNetwork[] {
    const names = (this.networks ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const known: ShareNetwork[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      if ((SHARE_NETWORKS as readonly string[]).includes(name)) {
        if (!known.includes(name as ShareNetwork)) known.push(name as ShareNetwork);
      } else {
        unknown.push(name);
      }
    }
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

  /** A string in the element's language, or the author's override. */
  private t(key: ShareButtonsKey): string {
    const own = this.strings?.[key];
    return typeof own === 'string' ? own : this.localize(table, key);
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
    if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
    try {
      return navigator.canShare?.(this.shareData()) !== false;
    } catch {
      return false;
    }
  }

  /** Fires `share-buttons-share`; false when a listener cancelled it. */
  private announceShare(network: ShareNetwork): boolean {
    return this.emit<ShareButtonsShareDetail>('share-buttons-share', { network, url: this.pageUrl }, { cancelable: true });
  }

  private onLinkClick(event: MouseEvent, network: ShareNetwork): void {
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
    this.mastodonError = false;
    this.dialog?.showModal();
  }

  private onMastodonCancel(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    this.mastodonError = false;
  }

  private async onMastodonSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('server') as HTMLInputElement;
    const remember = (form.elements.namedItem('remember') as HTMLInputElement).checked;
    const host = mastodonHost(input.value);
    if (!host) {
      this.mastodonError = true;
      input.focus();
      return;
    }
    this.mastodonError = false;
    storeInstance(remember ? host : null);
    sessionInstance = host;
    this.readerInstance = host;
    this.remembered = remember;
    this.dialog?.close();
    const target = mastodonShareUrl(host, this.shareText, this.pageUrl);
    if (target && this.announceShare('mastodon')) window.open(target, '_blank', 'noopener,noreferrer');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-network="mastodon"]')?.focus();
  }

  /** Writes the address to the clipboard, shows the result for two seconds and announces it. */
  private async copyLink(): Promise<void> {
    const url = this.pageUrl;
    let copied = false;
    if (typeof navigator.clipboard?.writeText === 'function') {
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // Denied or unavailable in this context: try the selection fallback below.
      }
    }
    if (!copied) copied = this.copyWithSelection(url);
    this.copyState = copied ? 'copied' : 'failed';
    // Empty the live region first, so that the same message twice is announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = this.t(copied ? 'share-buttons.copied' : 'share-buttons.copy-failed');
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => {
      this.resetTimer = undefined;
      this.copyState = 'idle';
      this.announcement = '';
    }, COPIED_DURATION);
    if (copied) this.emit<ShareButtonsCopyDetail>('share-buttons-copy', { url });
  }

  /** The pre-Clipboard-API way: select a hidden text field and ask the document to copy. */
  private copyWithSelection(url: string): boolean {
    const root = this.renderRoot as ShadowRoot;
    const focused = root.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = url;
    area.readOnly = true;
    area.tabIndex = -1;
    area.setAttribute('aria-hidden', 'true');
    area.className = 'clipboard';
    root.append(area);
    let copied = false;
    try {
      area.select();
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    focused?.focus();
    return copied;
  }

  private renderLink(network: ShareNetwork, href: string, name: string, visible: string, external = true): TemplateResult {
    return html`<a
      part="button"
      class="button"
      data-network=${network}
      href=${href}
      target=${external ? '_blank' : nothing}
      rel="noopener noreferrer"
      aria-label=${name}
      title=${this.compact ? name : nothing}
      @click=${(event: MouseEvent) => this.onLinkClick(event, network)}
      >${icon(network)}<span part="label" class="label">${visible}</span></a
    >`;
  }

  private renderItem(network: ShareNetwork): TemplateResult | typeof nothing {
    const url = this.pageUrl;
    const text = this.shareText;
    const brand = BRANDS[network] ?? '';
    const shareOn = fill(this.t('share-buttons.share-on'), { network: brand });
    switch (network) {
      case 'native': {
        if (!this.canShareNatively()) return nothing;
        const label = this.t('share-buttons.native');
        return html`<li>
          <button part="button" class="button" type="button" data-network="native" title=${this.compact ? label : nothing} @click=${this.onNative}>
            ${icon('native')}<span part="label" class="label">${label}</span>
          </button>
        </li>`;
      }
      case 'x':
        return html`<li>${this.renderLink(network, xShareUrl(text, url), shareOn, brand)}</li>`;
      case 'bluesky':
        return html`<li>${this.renderLink(network, blueskyShareUrl(text, url), shareOn, brand)}</li>`;
      case 'linkedin':
        return html`<li>${this.renderLink(network, linkedinShareUrl(url), shareOn, brand)}</li>`;
      case 'facebook':
        return html`<li>${this.renderLink(network, facebookShareUrl(url), shareOn, brand)}</li>`;
      case 'email':
        return html`<li>
          ${this.renderLink(network, emailShareUrl(text, url), this.t('share-buttons.share-email'), this.t('share-buttons.email'), false)}
        </li>`;
      case 'mastodon': {
        const host = this.authorInstance ?? this.readerInstance;
        if (this.authorInstance) {
          return html`<li>${this.renderLink(network, mastodonShareUrl(host, text, url)!, shareOn, brand)}</li>`;
        }
        if (host) {
          const change = fill(this.t('share-buttons.mastodon-change'), { instance: host });
          return html`<li class="mastodon">
            ${this.renderLink(network, mastodonShareUrl(host, text, url)!, shareOn, brand)}<button
              part="button"
              class="button change"
              type="button"
              aria-haspopup="dialog"
              aria-label=${change}
              title=${change}
              @click=${this.onMastodonClick}
            >
              ${icon('change')}
            </button>
          </li>`;
        }
        return html`<li>
          <button
            part="button"
            class="button"
            type="button"
            data-network="mastodon"
            aria-haspopup="dialog"
            aria-label=${shareOn}
            title=${this.compact ? shareOn : nothing}
            @click=${this.onMastodonClick}
          >
            ${icon('mastodon')}<span part="label" class="label">${brand}</span>
          </button>
        </li>`;
      }
      case 'copy': {
        const state = this.copyState;
        const label = this.t(
          state === 'copied' ? 'share-buttons.copied' : state === 'failed' ? 'share-buttons.copy-failed' : 'share-buttons.copy',
        );
        return html`<li>
          <button part="button" class="button" type="button" data-network="copy" data-state=${state} title=${this.compact ? label : nothing} @click=${this.onCopy}>
            ${icon(state === 'copied' ? 'check' : state === 'failed' ? 'failed' : 'copy')}<span part="label" class="label">${label}</span>
          </button>
        </li>`;
      }
    }
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (this.authorInstance || !this.shown.includes('mastodon')) return nothing;
    const error = this.mastodonError;
    return html`<dialog part="dialog" aria-labelledby="mastodon-title" @close=${this.onDialogClose}>
      <form novalidate @submit=${this.onMastodonSubmit}>
        <h2 id="mastodon-title">${fill(this.t('share-buttons.share-on'), { network: 'Mastodon' })}</h2>
        <label for="mastodon-server">${this.t('share-buttons.mastodon-server')}</label>
        <input
          id="mastodon-server"
          name="server"
          type="text"
          inputmode="url"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          dir="ltr"
          placeholder="mastodon.social"
          aria-describedby="mastodon-hint"
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.readerInstance}
        />
        <p id="mastodon-hint" class=${error ? 'hint error' : 'hint'}>
          ${this.t(error ? 'share-buttons.mastodon-invalid' : 'share-buttons.mastodon-hint')}
        </p>
        <label class="remember"
          ><input name="remember" type="checkbox" .checked=${this.remembered} /> ${this.t('share-buttons.mastodon-remember')}</label
        >
        <div class="actions">
          <button part="button" class="button primary" type="submit">${this.t('share-buttons.mastodon-share')}</button>
          <button part="button" class="button" type="button" @click=${this.onMastodonCancel}>${this.t('share-buttons.mastodon-cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  protected override render() {
    return html`<div class="row">
        <slot></slot>
        <ul part="list" class="list" aria-label=${this.label || this.t('share-buttons.label')}>
          ${this.shown.map((network) => this.renderItem(network))}
        </ul>
      </div>
      <span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</span>
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
