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
export type ShareNetwork =
  'native' | 'x' | 'bluesky' | 'mastodon' | 'linkedin' | 'facebook' | 'email' | 'copy';

export const SHARE_NETWORKS: readonly ShareNetwork[] = [
  'native',
  'x',
  'bluesky',
  'mastodon',
  'linkedin',
  'facebook',
  'email',
  'copy',
];

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
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        return parsed as ShareButtonsStrings;
    } catch {
      // reported in willUpdate
    }
    return { [BAD_JSON]: value } as ShareButtonsStrings;
  },
};

/** A server the reader chose on this page without asking to keep it; gone when the page goes. */
let sessionInstance = '';

/** Every connected element: a server the reader chooses (or forgets) in one applies to all. */
const connectedButtons = new Set<ShareButtons>();

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
  native: svg`<path d="M12 3v12M8 7l4-4 4 4M5 12v7a2 2 0 002 2h10a2 2 0 002-2v-7"/>`,
  x: svg`<path d="M4 4h4l12 16h-4zM4 20l6.5-7M13.5 11L20 4"/>`,
  bluesky: svg`<path d="M12 11C10.5 8 7 4 4.5 3.5 3.5 3.3 3 4 3 5.5s.5 5 1 6c1 2 3 2 5 2-3.5 1-4 3-2.5 4.5 3.5 3.5 4.5-.5 5.5-3 1 2.5 2 6.5 5.5 3 1.5-1.5 1-3.5-2.5-4.5 2 0 4 0 5-2 .5-1 1-4.5 1-6s-.5-2.2-1.5-2C17 4 13.5 8 12 11z"/>`,
  mastodon: svg`<path d="M7 3h10a4 4 0 014 4v5a4 4 0 01-4 4h-6a3 3 0 003 3h3v2h-4a5 5 0 01-5-5H7a4 4 0 01-4-4V7a4 4 0 014-4zM8.5 12.5V9.5a1.75 1.75 0 013.5 0V12m0-2.5a1.75 1.75 0 013.5 0v3"/>`,
  linkedin: svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7v.2M12 17v-6.5M12 13.5c0-2 1-3 2.5-3s2.5 1 2.5 3V17"/>`,
  facebook: svg`<circle cx="12" cy="12" r="9"/><path d="M13 21v-9.5C13 10 14 9 15.5 9H17M10 13.5h6"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M4 6.5l8 6.5 8-6.5"/>`,
  copy: svg`<path d="M10 14a4 4 0 005.7 0l3-3A4 4 0 0013 5.3l-1 1M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1"/>`,
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  failed: svg`<path d="M7 7l10 10M17 7L7 17"/>`,
  change: svg`<path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4"/>`,
};

function icon(name: keyof typeof ICON_PATHS): TemplateResult {
  return html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${ICON_PATHS[name]}</svg>`;
}

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
    storeInstance(null);
    ShareButtons.useInstance('', false);
  }

  /** Makes `host` the reader's server for this page, in every element. */
  private static useInstance(host: string, remembered: boolean): void {
    sessionInstance = host;
    for (const element of connectedButtons) {
      element.readerInstance = host;
      element.remembered = remembered;
    }
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
    connectedButtons.add(this);
    const stored = storedInstance();
    this.remembered = stored !== '';
    this.readerInstance = sessionInstance || stored;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedButtons.delete(this);
    clearTimeout(this.resetTimer);
    this.resetTimer = undefined;
    this.copyState = 'idle';
    this.announcement = '';
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.pageUrl = this.resolveUrl();
    this.shareText = this.text.trim() || document.title.trim();
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
    if (changed.has('strings') && this.strings && BAD_JSON in this.strings) {
      this.warn(
        'strings',
        (this.strings as Record<symbol, string>)[BAD_JSON],
        'is not a JSON object of strings; using the defaults.',
      );
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
    ShareButtons.useInstance(host, remember);
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
    let copied: boolean;
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
    iconName: keyof typeof ICON_PATHS = network,
  ): TemplateResult {
    const title = this.compact ? name : nothing;
    const label = name === text ? nothing : name;
    const inner = html`${icon(iconName)}<span part="label" class="label">${text}</span>`;
    return href
      ? html`<a part="button" class="button" data-network=${network} href=${href} target=${network === 'email' ? nothing : '_blank'}
rel="noopener noreferrer" aria-label=${label} title=${title} @click=${this.onLinkClick}>${inner}</a>`
      : html`<button part="button" class="button" type="button" data-network=${network} data-state=${network === 'copy' ? this.copyState : nothing}
aria-haspopup=${network === 'mastodon' ? 'dialog' : nothing} aria-label=${label} title=${title} @click=${onClick}>${inner}</button>`;
  }

  private renderItem(network: ShareNetwork): TemplateResult | typeof nothing {
    const url = this.pageUrl;
    const text = this.shareText;
    const brand = BRANDS[network] ?? '';
    const shareOn = fill(this.t('share-buttons.share-on'), { network: brand });
    let control: TemplateResult;
    switch (network) {
      case 'native': {
        if (!this.canShareNatively()) return nothing;
        const label = this.t('share-buttons.native');
        control = this.renderControl(network, label, label, undefined, this.onNative);
        break;
      }
      case 'mastodon': {
        const host = this.authorInstance ?? this.readerInstance;
        if (!host) {
          control = this.renderControl(network, shareOn, brand, undefined, this.onMastodonClick);
          break;
        }
        const link = this.renderControl(network, shareOn, brand, mastodonShareUrl(host, text, url)!);
        if (this.authorInstance) {
          control = link;
          break;
        }
        const change = fill(this.t('share-buttons.mastodon-change'), { instance: host });
        return html`<li class="mastodon">${link}<button part="button" class="button change" type="button" aria-haspopup="dialog"
aria-label=${change} title=${change} @click=${this.onMastodonClick}>${icon('change')}</button></li>`;
      }
      case 'copy': {
        const state = this.copyState;
        const label = this.t(
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
          this.t('share-buttons.share-email'),
          this.t('share-buttons.email'),
          emailShareUrl(text, url),
        );
        break;
      default:
        control = this.renderControl(
          network,
          shareOn,
          brand,
          network === 'x'
            ? xShareUrl(text, url)
            : network === 'bluesky'
              ? blueskyShareUrl(text, url)
              : network === 'linkedin'
                ? linkedinShareUrl(url)
                : facebookShareUrl(url),
        );
    }
    return html`<li>${control}</li>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (this.authorInstance || !this.shown.includes('mastodon')) return nothing;
    const error = this.mastodonError;
    // Whitespace inside these templates is kept short: it ships as-is in the bundle.
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onDialogClose}><form novalidate @submit=${this.onMastodonSubmit}>
<h2 id="title">${fill(this.t('share-buttons.share-on'), { network: 'Mastodon' })}</h2>
<label for="server">${this.t('share-buttons.mastodon-server')}</label>
<input id="server" name="server" type="text" inputmode="url" autocomplete="off" autocapitalize="none" spellcheck="false" dir="ltr"
placeholder="mastodon.social" aria-describedby=${error ? 'error' : nothing} aria-invalid=${error ? 'true' : 'false'} .value=${this.readerInstance}>
${error ? html`<p id="error" class="error" role="alert">${this.t('share-buttons.mastodon-invalid')}</p>` : nothing}
<label class="remember"><input name="remember" type="checkbox" .checked=${this.remembered}> ${this.t('share-buttons.mastodon-remember')}</label>
<div class="actions"><button part="button" class="button primary" type="submit">${this.t('share-buttons.mastodon-share')}</button>
<button part="button" class="button" type="button" @click=${this.onMastodonCancel}>${this.t('share-buttons.mastodon-cancel')}</button></div>
</form></dialog>`;
  }

  protected override render() {
    return html`<div class="row"><slot></slot><ul part="list" class="list" aria-label=${this.label || this.t('share-buttons.label')}
@pointerdown=${this.onApproach} @focusin=${this.onApproach}>
${this.shown.map((network) => this.renderItem(network))}</ul></div>
<span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</span>${this.renderDialog()}`;
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
