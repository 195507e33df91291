// The zoom dialog of `<photo-credit>`: a modal view of the large image, its caption and credit.
import {
  adoptStyles,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type LitElement,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { lockScroll, unlockScroll } from './scroll-lock.js';
import { styles } from './zoom-dialog.styles.js';

const CLOSE_ICON = html`<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18"/></svg>`;

/** What the element gives the dialog to show. */
export interface ZoomView {
  /** The image's alt text, for the large image. */
  alt: string;
  /** The dialog's accessible name. */
  label: string;
  /** The text of the close button. */
  closeLabel: string;
  /** The caption as text, or `''`; shown only while the dialog is open. */
  caption: string;
  /** The credit line, or `nothing`; shown only while the dialog is open. */
  credit: TemplateResult | string | typeof nothing;
}

/**
 * The modal dialog that shows the large image. The page's scroll is locked while it is open;
 * `onClosed` runs however it closed (Esc, the close button, a click outside, `close()`), unless
 * the element left the page.
 */
export class ZoomDialog implements ReactiveController {
  /** The URL shown while the dialog is open (or opening); `''` when closed. */
  src = '';
  /**
   * True once a reader asked to zoom. Until then the dialog is not rendered at all, on the
   * server as in the browser, so a server-rendered page and the bundle that takes it over
   * agree, and the CDN bundle can fetch this module on first use.
   */
  private asked = false;
  /** True from the moment the dialog shows an image until it closes. */
  private shown = false;

  constructor(
    private readonly element: LitElement,
    private readonly onClosed: (src: string) => void,
  ) {
    element.addController(this);
  }

  hostDisconnected(): void {
    if (!this.src) return;
    // The dialog's close event finds nothing left to do.
    this.show('');
    this.dialog?.close();
  }

  /**
   * Shows `src` in the dialog, rendering the dialog first if this is the first zoom. Resolves
   * true once the dialog is open; false when it was open already, was closed before it opened,
   * or the element is not on the page.
   */
  async open(src: string): Promise<boolean> {
    // The CDN bundle's stand-in calls this once the module arrived: the element may have left.
    if (this.src || !this.element.isConnected) return false;
    if (!this.asked) this.adoptStyles();
    this.asked = true;
    this.show(src);
    await this.element.updateComplete;
    const dialog = this.dialog;
    if (this.src !== src || !dialog) return false;
    if (!dialog.open) dialog.showModal();
    this.shown = true;
    return true;
  }

  /** Closes the dialog (also the close button's click handler). */
  readonly close = (): void => {
    if (this.dialog?.open) this.dialog.close();
    else this.onClose();
  };

  /**
   * The dialog, closed or open, once a reader asked to zoom; the image and its text are
   * rendered only while it is open.
   */
  render(view: ZoomView): TemplateResult | typeof nothing {
    if (!this.asked) return nothing;
    const open = this.src !== '';
    const hasText = view.caption !== '' || view.credit !== nothing;
    return html`<dialog part="dialog" aria-label=${view.label} @click=${this.onClick} @close=${this.onClose}>
      <div class="zoom-body">
        <button type="button" class="close" part="close" autofocus @click=${this.close}>
          ${CLOSE_ICON}<span>${view.closeLabel}</span>
        </button>
        ${open ? html`<img class="zoomed" src=${this.src} alt=${view.alt} />` : nothing}
        ${
          open && hasText
            ? html`<div class="zoom-text">
              ${view.caption ? html`<p class="zoom-caption">${view.caption}</p>` : nothing}
              ${view.credit !== nothing ? html`<p class="zoom-credit"><small>${view.credit}</small></p>` : nothing}
            </div>`
            : nothing
        }
      </div>
    </dialog>`;
  }

  /** Adds the dialog's styles to the element's shadow root, beside the element's own. */
  private adoptStyles(): void {
    const root = this.element.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    if (supportsAdoptingStyleSheets)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    else adoptStyles(root, [styles]);
  }

  /** The page's scroll is locked while an image is shown. */
  private show(src: string): void {
    this.src = src;
    if (!src) this.shown = false;
    this.element.requestUpdate();
    if (src) lockScroll();
    else unlockScroll();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.element.renderRoot.querySelector('dialog');
  }

  /**
   * A click on the dialog itself or on the box around its content, not on the image, its text or
   * the close button, is a click on the backdrop or beside the image.
   */
  private readonly onClick = (event: MouseEvent): void => {
    if ((event.target as Element).matches('dialog, .zoom-body')) this.close();
  };

  private readonly onClose = (): void => {
    const src = this.src;
    if (!src) return;
    const shown = this.shown;
    this.show('');
    // Closed before it opened: nothing was shown, so there is nothing to announce.
    if (shown && this.element.isConnected) this.onClosed(src);
  };
}
