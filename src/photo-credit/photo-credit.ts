import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  attributeOf,
  findDescendant,
  isElement,
  slotChildren,
  type LightNode,
} from '../internal/light-dom.js';
import { fill, templateParts } from '../internal/locale.js';
import { ReadingElement } from '../internal/reading-element.js';
import { isExternal, safeUrl } from '../internal/safe-url.js';
import {
  knownSourceHref,
  largestCandidate,
  parseCredit,
  withReferral,
  type CreditSegment,
} from './parse-credit.js';
import { strings, type PhotoCreditKey } from './photo-credit.strings.js';
import { styles } from './photo-credit.styles.js';

export interface PhotoCreditZoomDetail {
  /** The URL of the large image shown in the dialog. */
  src: string;
}

/**
 * The page's scroll is locked while a zoom dialog is open. The inline styles on the root that
 * were there before are put back exactly, whoever opened last.
 */
const LOCKED_PROPERTIES = ['overflow-x', 'overflow-y', 'scrollbar-gutter'] as const;
let scrollLocks = 0;
let savedRootStyles: Array<[string, string, string]> = [];

function lockScroll(): void {
  if (scrollLocks++ > 0) return;
  const root = document.documentElement;
  // A classic scrollbar would vanish with `overflow: hidden` and the page would jump sideways.
  const hasScrollbar = window.innerWidth > root.clientWidth;
  savedRootStyles = LOCKED_PROPERTIES.map((name) => [
    name,
    root.style.getPropertyValue(name),
    root.style.getPropertyPriority(name),
  ]);
  root.style.setProperty('overflow-x', 'hidden');
  root.style.setProperty('overflow-y', 'hidden');
  if (hasScrollbar) root.style.setProperty('scrollbar-gutter', 'stable');
}

function unlockScroll(): void {
  if (scrollLocks === 0 || --scrollLocks > 0) return;
  const root = document.documentElement;
  for (const [name, value, priority] of savedRootStyles) {
    if (value) root.style.setProperty(name, value, priority);
    else root.style.removeProperty(name);
  }
  savedRootStyles = [];
}

const ZOOM_ICON = html`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true" focusable="false"><circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21M10.5 7.5v6M7.5 10.5h6"/></svg>`;
const CLOSE_ICON = html`<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18"/></svg>`;

/**
 * A photo with figure semantics, an optional caption and a proper credit, and an optional
 * accessible zoom.
 *
 * The image stays in light DOM, so the page's own `<img>` or `<picture>`, lazy loading and
 * `srcset` keep working. The credit comes from, in order: `slot="credit"` content (shown
 * exactly as written), the `author`/`source` attributes (shown through a localized template),
 * or the `credit` string ("Photo by [Name](url) on Unsplash", parsed as text and links, never
 * as HTML). `referral` adds Unsplash's referral parameters to the links the element itself
 * renders; slotted credit is left exactly as written.
 *
 * @tagname photo-credit
 * @summary Photo with caption, photographer credit and an accessible zoom dialog.
 *
 * @slot - The image: an `<img>` or a `<picture>`. Give it `width` and `height`.
 * @slot caption - An optional caption, shown above the credit.
 * @slot credit - A credit written by hand; it replaces the credit built from attributes.
 *
 * @csspart figure - The figure around the image and its caption area.
 * @csspart caption - The caption area (the `figcaption`): caption, then credit.
 * @csspart credit - The credit line (a `small`).
 * @csspart zoom - The button around the image when `zoomable`.
 * @csspart dialog - The zoom dialog.
 * @csspart close - The dialog's close button.
 *
 * @cssprop [--photo-credit-caption-color=var(--reading-muted)] - Colour of the caption and credit.
 * @cssprop [--photo-credit-radius=var(--reading-radius)] - Corner radius of the image.
 *
 * @fires photo-credit-open - When the zoom dialog opens. `detail: { src }`.
 * @fires photo-credit-close - When the zoom dialog closes. `detail: { src }`.
 */
export class PhotoCredit extends ReadingElement {
  static override tag = 'photo-credit';
  static override styles = [ReadingElement.styles, styles];
  static override deprecatedStrings = {
    'zoom-label': 'zoom',
    'dialog-label': 'dialog',
    'close-label': 'close',
  };

  /** The photographer's name. */
  @property() author = '';

  /** A link to the photographer's page. */
  @property({ attribute: 'author-href' }) authorHref = '';

  /** Where the photo comes from ("Unsplash"); well-known sources link to their home page by default. */
  @property() source = '';

  /** A link to the photo's source. */
  @property({ attribute: 'source-href' }) sourceHref = '';

  /** The license ("CC BY 4.0"), shown after the credit. */
  @property() license = '';

  /** A link to the license text. */
  @property({ attribute: 'license-href' }) licenseHref = '';

  /** A credit line such as "Photo by [Name](url) on Unsplash", used when `author` and `source` are empty. */
  @property() credit = '';

  /** App name for Unsplash's referral parameters (`utm_source=<referral>&utm_medium=referral`) on the links the element renders. */
  @property() referral = '';

  /** Makes the image a button that opens a larger view in a modal dialog. */
  @property({ type: Boolean, reflect: true }) zoomable = false;

  /** Accessible name of the image button; `{alt}` is replaced by the image's alt text. **Deprecated:** set `strings` with the key `photo-credit.zoom` instead. */
  @property({ attribute: 'zoom-label' }) zoomLabel = '';

  /** Accessible name of the zoom dialog. **Deprecated:** set `strings` with the key `photo-credit.dialog` instead. */
  @property({ attribute: 'dialog-label' }) dialogLabel = '';

  /** Text of the dialog's close button. **Deprecated:** set `strings` with the key `photo-credit.close` instead. */
  @property({ attribute: 'close-label' }) closeLabel = '';

  /** The slotted image (the `<img>` itself, or the one inside a `<picture>`). */
  @state() private image: HTMLImageElement | null = null;
  @state() private hasCaption = false;
  @state() private hasSlottedCredit = false;
  /** The URL shown in the dialog while it is open; empty when closed. */
  @state() private zoomSrc = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('button.zoom') private zoomButton!: HTMLButtonElement | null;

  private observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The image's alt text and sources are read while rendering: follow their changes too.
    this.observer = new MutationObserver(() => {
      this.requestUpdate();
      this.readLightDom();
    });
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['alt', 'width', 'height', 'src', 'srcset', 'data-zoom-src'],
    });
    this.readLightDom();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.zoomSrc) {
      // The dialog's close event finds nothing left to do.
      this.zoomSrc = '';
      unlockScroll();
      this.dialog?.close();
    }
  }

  protected override firstUpdated(): void {
    this.readLightDom();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('zoomable') && !this.zoomable && this.zoomSrc) this.closeZoom();
  }

  /**
   * A click on the dialog itself or on the box around its content, not on the image, its text or
   * the close button, is a click on the backdrop or beside the image.
   */
  private onDialogClick(event: MouseEvent): void {
    if ((event.target as Element).matches('dialog, .zoom-body')) this.closeZoom();
  }

  /** Runs however the dialog closed: Esc, the close button, a click outside, or `closeZoom()`. */
  private onDialogClose(): void {
    const src = this.zoomSrc;
    if (!src) return;
    this.zoomSrc = '';
    unlockScroll();
    if (this.isConnected) {
      this.zoomButton?.focus({ preventScroll: true });
      this.emit<PhotoCreditZoomDetail>('photo-credit-close', { src });
    }
  }

  /** Opens the zoom dialog (when `zoomable` and there is an image). */
  openZoom(): void {
    const dialog = this.dialog;
    if (!this.canZoom || !dialog || this.zoomSrc) return;
    const src = this.largeSource();
    if (!src) return;
    this.zoomSrc = src;
    lockScroll();
    if (!dialog.open) dialog.showModal();
    this.emit<PhotoCreditZoomDetail>('photo-credit-open', { src });
  }

  /** Closes the zoom dialog and returns focus to the image. */
  closeZoom(): void {
    if (this.dialog?.open) this.dialog.close();
    else this.onDialogClose();
  }

  /** Finds the image and what the slots hold; warns about a missing image or missing size. */
  private readLightDom(): void {
    // Before the first render there are no slots to read.
    if (!this.hasUpdated) return;
    let image: HTMLImageElement | null = null;
    for (const node of this.slotted('', true)) {
      image =
        node instanceof HTMLImageElement ? node : node instanceof Element ? node.querySelector('img') : null;
      if (image) break;
    }
    this.image = image;
    const hasContent = (node: Node) => node instanceof Element || node.textContent!.trim() !== '';
    this.hasCaption = this.slotted('caption').some(hasContent);
    this.hasSlottedCredit = this.slotted('credit').some(hasContent);

    if (!image) {
      this.warn(
        'img',
        undefined,
        'is missing: put an <img> or <picture> inside <photo-credit>. Showing the credit alone.',
      );
      return;
    }
    if (!(Number(image.getAttribute('width')) > 0 && Number(image.getAttribute('height')) > 0)) {
      this.warn(
        'img',
        image.getAttribute('src') ?? '',
        'has no width and height attributes, so the page shifts when it loads. Add both.',
      );
    }
    if (this.zoomable && !this.canZoom) this.warn('zoomable', '', 'is ignored: the image is already a link.');
  }

  /**
   * What is given to a slot (`''` for the default one). `flatten` looks through nested slots, but
   * also returns the slot's own fallback content when nothing is given.
   */
  private slotted(name: string, flatten = false): Node[] {
    return (
      this.renderRoot
        .querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')
        ?.assignedNodes({ flatten }) ?? []
    );
  }

  /** `value` through the safe-URL check; a link it refuses is dropped with a warning. */
  private safeHref(attribute: string, value: string): string | null {
    const href = safeUrl(value);
    if (href === null && value.trim())
      this.warn(attribute, value, 'is not an http(s) or relative link; showing the text without a link.');
    return href;
  }

  private get canZoom(): boolean {
    const image = this.image;
    if (!this.zoomable || !image) return false;
    const link = image.closest('a[href]');
    return !(link && this.contains(link));
  }

  /** `data-zoom-src` (on the image, else on the element), else the largest `srcset` candidate, else `src`. */
  private largeSource(): string | null {
    const image = this.image;
    if (!image) return null;
    const explicit = image.getAttribute('data-zoom-src') ?? this.getAttribute('data-zoom-src');
    if (explicit !== null) {
      const safe = safeUrl(explicit);
      if (safe) return safe;
      this.warn(
        'data-zoom-src',
        explicit,
        'is not an http(s) or relative URL; zooming the image itself instead.',
      );
    }
    const picture = image.parentElement instanceof HTMLPictureElement ? image.parentElement : null;
    const sources = picture
      ? [...picture.querySelectorAll('source')].map((source) => source.getAttribute('srcset'))
      : [];
    return (
      largestCandidate(image.getAttribute('srcset'), ...sources) ??
      safeUrl(image.currentSrc || image.getAttribute('src'))
    );
  }

  private link(segment: CreditSegment): TemplateResult | string {
    if (!segment.href) return segment.text;
    const href = this.referral.trim() ? withReferral(segment.href, this.referral) : segment.href;
    return html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${segment.text}</a>`;
  }

  private renderTemplate(
    key: PhotoCreditKey,
    values: Record<string, CreditSegment>,
  ): Array<TemplateResult | string> {
    return templateParts(this.localize(strings, key)).map((part) => {
      if (typeof part === 'string') return part;
      const value = values[part.name];
      return value ? this.link(value) : `{${part.name}}`;
    });
  }

  /** The credit line the element renders itself: from the attributes, else the credit string; then the license. */
  private renderCredit(): TemplateResult | typeof nothing {
    // A source-href that is given but unsafe means no link, not the source's home page.
    let author: CreditSegment = {
      text: this.author.trim(),
      href: this.safeHref('author-href', this.authorHref),
    };
    let source: CreditSegment = {
      text: this.source.trim(),
      href: this.sourceHref.trim()
        ? this.safeHref('source-href', this.sourceHref)
        : knownSourceHref(this.source),
    };
    const licenseHref = this.safeHref('license-href', this.licenseHref);
    let line: unknown[] | undefined;
    if (!author.text && !source.text && this.credit.trim()) {
      const parsed = parseCredit(this.credit);
      if (parsed.malformed)
        this.warn(
          'credit',
          this.credit,
          'has brackets that do not form a [name](url) link; showing it as plain text.',
        );
      for (const url of parsed.dropped)
        this.warn(
          'credit',
          url,
          'contains a link that is not http(s) or relative; showing its text without the link.',
        );
      if (parsed.matched) {
        author = { text: parsed.author, href: parsed.authorHref };
        source = { text: parsed.source, href: parsed.sourceHref ?? knownSourceHref(parsed.source) };
      } else {
        line = parsed.segments.map((segment) => this.link(segment));
      }
    }
    if (!line && (author.text || source.text)) {
      const key: PhotoCreditKey =
        author.text && source.text
          ? 'photo-credit.photo-by'
          : author.text
            ? 'photo-credit.photo-by-author'
            : 'photo-credit.photo-via';
      line = this.renderTemplate(key, { author, source });
    }
    const license = this.license.trim();
    if (!line && !license) return nothing;
    const licensed = license
      ? html`<span class="license">${this.renderTemplate('photo-credit.license', {
          license: { text: license, href: licenseHref },
        })}</span>`
      : nothing;
    return html`<span class="line">${line}</span>${line && license ? html`<span class="separator" aria-hidden="true"> · </span>` : nothing}${licensed}`;
  }

  /** The text of slotted content, for the dialog (slotted nodes cannot be shown twice). */
  private slotText(name: string): string {
    return this.slotted(name, true)
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  private renderDialog(alt: string, renderedCredit: TemplateResult | typeof nothing) {
    const open = this.zoomSrc !== '';
    const caption = open && this.hasCaption ? this.slotText('caption') : '';
    const credit = open && this.hasSlottedCredit ? this.slotText('credit') || nothing : renderedCredit;
    const hasText = caption !== '' || credit !== nothing;
    return html`<dialog
      part="dialog"
      aria-label=${this.dialogLabel || this.localize(strings, 'photo-credit.dialog')}
      @click=${this.onDialogClick}
      @close=${this.onDialogClose}
    >
      <div class="zoom-body">
        <button type="button" class="close" part="close" autofocus @click=${this.closeZoom}>
          ${CLOSE_ICON}<span>${this.closeLabel || this.localize(strings, 'photo-credit.close')}</span>
        </button>
        ${open ? html`<img class="zoomed" src=${this.zoomSrc} alt=${alt} />` : nothing}
        ${
          open && hasText
            ? html`<div class="zoom-text">
              ${caption ? html`<p class="zoom-caption">${caption}</p>` : nothing}
              ${credit !== nothing ? html`<p class="zoom-credit"><small>${credit}</small></p>` : nothing}
            </div>`
            : nothing
        }
      </div>
    </dialog>`;
  }

  /**
   * What the children hold, read from the light-DOM view before any slot exists: on the server
   * (the parsed HTML) and while hydrating, so both render the same figure.
   */
  private childFacts(): { alt: string; zoom: boolean; hasCaption: boolean; hasCredit: boolean } {
    const light = this.lightDom;
    if (!light) return { alt: '', zoom: false, hasCaption: false, hasCredit: false };
    const isImage = (node: LightNode) => node.localName === 'img';
    let image: ReturnType<typeof findDescendant> = null;
    for (const child of slotChildren(light, '').filter(isElement)) {
      image = isImage(child) ? { element: child, ancestors: [] } : findDescendant(child, isImage, [child]);
      if (image) break;
    }
    const inLink = image?.ancestors.some(
      (node) => node.localName === 'a' && attributeOf(node, 'href') !== null,
    );
    return {
      alt: (image ? (attributeOf(image.element, 'alt') ?? '') : '').trim(),
      zoom: this.zoomable && image !== null && !inLink,
      hasCaption: slotChildren(light, 'caption').some(isElement),
      hasCredit: slotChildren(light, 'credit').some(isElement),
    };
  }

  protected override render() {
    const facts = this.rendersAsServer
      ? this.childFacts()
      : {
          alt: (this.image?.getAttribute('alt') ?? '').trim(),
          zoom: this.canZoom,
          hasCaption: this.hasCaption,
          hasCredit: this.hasSlottedCredit,
        };
    const { alt, zoom } = facts;
    const label = alt
      ? fill(this.zoomLabel || this.localize(strings, 'photo-credit.zoom'), { alt })
      : this.zoomLabel
        ? fill(this.zoomLabel, { alt: '' }).replace(/[\s:：]+$/, '')
        : this.localize(strings, 'photo-credit.zoom-untitled');
    const slot = html`<slot @slotchange=${this.readLightDom}></slot>`;
    const credit = this.renderCredit();
    const hasCredit = facts.hasCredit || credit !== nothing;
    return html`
      <figure part="figure">
        ${
          zoom
            ? html`<button
              type="button"
              class="media zoom"
              part="zoom"
              aria-label=${label}
              aria-haspopup="dialog"
              @click=${this.openZoom}
            >
              ${slot}<span class="zoom-icon" aria-hidden="true">${ZOOM_ICON}</span>
            </button>`
            : html`<div class="media">${slot}</div>`
        }
        <figcaption part="caption" ?hidden=${!facts.hasCaption && !hasCredit}>
          <slot name="caption" @slotchange=${this.readLightDom}></slot>
          <small part="credit" class="credit" ?hidden=${!hasCredit}
            ><slot name="credit" @slotchange=${this.readLightDom}>${credit}</slot></small
          >
        </figcaption>
      </figure>
      ${zoom ? this.renderDialog(alt, credit) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'photo-credit': PhotoCredit;
  }
  interface GlobalEventHandlersEventMap {
    'photo-credit-open': CustomEvent<PhotoCreditZoomDetail>;
    'photo-credit-close': CustomEvent<PhotoCreditZoomDetail>;
  }
}
