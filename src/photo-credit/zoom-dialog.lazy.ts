import { nothing, type LitElement, type TemplateResult } from 'lit';
import type { ZoomDialog as Loaded, ZoomView } from './zoom-dialog.js';
import { onFirstNeed } from '../internal/first-need.lazy.js';
import { url as dialogUrl } from './zoom-dialog.url.js';

/** The dialog's module, fetched once for every element on the page; undefined when it failed. */
const loadDialog = onFirstNeed<{ ZoomDialog: typeof Loaded }>(
  dialogUrl,
  '<photo-credit>: the zoom dialog could not be loaded.',
);

/**
 * The CDN bundle's stand-in for `ZoomDialog` (rollup.config.mjs swaps it in): the same
 * interface, but the dialog's code (and the scroll lock) is fetched from beside the bundle the
 * first time a reader asks to zoom, and the dialog opens on that same click or key press. Few
 * readers zoom, so the others never download it. npm modules import the dialog itself.
 */
export class ZoomDialog implements Pick<Loaded, 'src' | 'open' | 'close' | 'render'> {
  private dialog: Loaded | undefined;

  constructor(
    private readonly element: LitElement,
    private readonly onClosed: (src: string) => void,
  ) {}

  get src(): string {
    return this.dialog?.src ?? '';
  }

  async open(src: string): Promise<boolean> {
    if (!this.dialog) {
      const Dialog = (await loadDialog())?.ZoomDialog;
      if (!Dialog) return false;
      // The loaded dialog registers itself as the element's controller.
      this.dialog ??= new Dialog(this.element, this.onClosed);
    }
    return this.dialog.open(src);
  }

  readonly close = (): void => {
    this.dialog?.close();
  };

  render(view: ZoomView): TemplateResult | typeof nothing {
    return this.dialog ? this.dialog.render(view) : nothing;
  }
}
