// The zoom dialog of `<photo-credit>`: a modal view of the large image, its caption and credit.
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { lockScroll, unlockScroll } from './scroll-lock.js';

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
  /** The URL shown while the dialog is open; `''` when closed. */
  src = '';

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

  /** True when the dialog is rendered and closed, so `open()` would show it. */
  get canOpen(): boolean {
    return this.dialog !== null && !this.src;
  }

  /** Shows `src` in the dialog. */
  open(src: string): void {
    const dialog = this.dialog;
    if (!dialog || this.src) return;
    this.show(src);
    if (!dialog.open) dialog.showModal();
  }

  /** Closes the dialog (also the close button's click handler). */
  readonly close = (): void => {
    if (this.dialog?.open) this.dialog.close();
    else this.onClose();
  };

  /** The dialog, closed or open; the image and its text are rendered only while it is open. */
  render(view: ZoomView): TemplateResult {
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

  /** The page's scroll is locked while an image is shown. */
  private show(src: string): void {
    this.src = src;
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
    this.show('');
    if (this.element.isConnected) this.onClosed(src);
  };
}
