import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { fill } from '../internal/locale.js';
import { ReadingElement } from '../internal/reading-element.js';
import { renderCredit } from './credit-line.js';
import { lightDomFacts, type FigureFacts } from './figure-facts.js';
import { strings, type PhotoCreditKey } from './photo-credit.strings.js';
import { styles } from './photo-credit.styles.js';
import { ZoomDialog } from './zoom-dialog.js';
import { zoomSource } from './zoom-source.js';

export interface PhotoCreditZoomDetail {
  /** The URL of the large image shown in the dialog. */
  src: string;
}

const ZOOM_ICON = html`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true" focusable="false"><circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21M10.5 7.5v6M7.5 10.5h6"/></svg>`;

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
  /** The image has no width and height and has not arrived: its box is kept (see the styles). */
  @state() private imagePending = false;

  @query('button.zoom') private zoomButton!: HTMLButtonElement | null;

  private observer: MutationObserver | undefined;
  private readonly zoom = new ZoomDialog(this, (src) => {
    this.zoomButton?.focus({ preventScroll: true });
    this.emit<PhotoCreditZoomDetail>('photo-credit-close', { src });
  });
  private readonly text = (key: PhotoCreditKey): string => this.localize(strings, key);

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
  }

  protected override firstUpdated(): void {
    this.readLightDom();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('zoomable') && !this.zoomable && this.zoom.src) this.closeZoom();
  }

  /**
   * Opens the zoom dialog (when `zoomable` and there is an image); resolves once it is open.
   * The dialog is rendered on first use, and the CDN bundle fetches its code then.
   */
  async openZoom(): Promise<void> {
    if (!this.canZoom || this.zoom.src) return;
    const src = this.image && zoomSource(this.image, this);
    if (!src) return;
    if (await this.zoom.open(src)) this.emit<PhotoCreditZoomDetail>('photo-credit-open', { src });
  }

  /** Closes the zoom dialog and returns focus to the image. */
  closeZoom(): void {
    this.zoom.close();
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
    this.imagePending = false;
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
    const sized = Number(image.getAttribute('width')) > 0 && Number(image.getAttribute('height')) > 0;
    // The box is the slotted image's, or its wrapper's (a link, a picture) for an image inside one.
    this.imagePending = !sized && !image.complete;
    // An image that fails to load keeps the box, its alt text inside, until it or its attributes change.
    if (this.imagePending) image.addEventListener('load', () => (this.imagePending = false), { once: true });
    if (!sized) {
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

  private get canZoom(): boolean {
    const image = this.image;
    if (!this.zoomable || !image) return false;
    const link = image.closest('a[href]');
    return !(link && this.contains(link));
  }

  /** The text of slotted content, for the dialog (slotted nodes cannot be shown twice). */
  private slotText(name: string): string {
    return this.slotted(name, true)
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** The zoom dialog; while open it repeats the caption and credit as text. */
  private renderZoom(alt: string, renderedCredit: ReturnType<typeof renderCredit>) {
    const open = this.zoom.src !== '';
    return this.zoom.render({
      alt,
      label: this.dialogLabel || this.localize(strings, 'photo-credit.dialog'),
      closeLabel: this.closeLabel || this.localize(strings, 'photo-credit.close'),
      caption: open && this.hasCaption ? this.slotText('caption') : '',
      credit: open && this.hasSlottedCredit ? this.slotText('credit') || nothing : renderedCredit,
    });
  }

  protected override render() {
    const facts: FigureFacts = this.rendersAsServer
      ? lightDomFacts(this.lightDom, this.zoomable)
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
    const credit = renderCredit(this, this.text);
    const hasCredit = facts.hasCredit || credit !== nothing;
    return html`
      <figure part="figure">
        ${
          zoom
            ? html`<button
              type="button"
              class="media zoom${this.imagePending ? ' pending' : ''}"
              part="zoom"
              aria-label=${label}
              aria-haspopup="dialog"
              @click=${this.openZoom}
            >
              ${slot}<span class="zoom-icon" aria-hidden="true">${ZOOM_ICON}</span>
            </button>`
            : html`<div class="media${this.imagePending ? ' pending' : ''}">${slot}</div>`
        }
        <figcaption part="caption" ?hidden=${!facts.hasCaption && !hasCredit}>
          <slot name="caption" @slotchange=${this.readLightDom}></slot>
          <small part="credit" class="credit" ?hidden=${!hasCredit}
            ><slot name="credit" @slotchange=${this.readLightDom}>${credit}</slot></small
          >
        </figcaption>
      </figure>
      ${zoom ? this.renderZoom(alt, credit) : nothing}
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
