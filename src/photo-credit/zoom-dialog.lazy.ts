import { nothing, type LitElement, type TemplateResult } from 'lit';
import type { ZoomDialog as Loaded, ZoomView } from './zoom-dialog.js';
import { url as dialogUrl } from './zoom-dialog.url.js';

/** Failed fetches of the dialog's module on this page; a browser remembers a failed address. */
let failures = 0;
let loading: Promise<typeof Loaded | undefined> | undefined;

/** The dialog's class, fetched once for every element on the page; undefined when it failed. */
function loadDialog(): Promise<typeof Loaded | undefined> {
  // Chromium and Firefox answer a second import of an address that failed with the same
  // failure, without asking the network again: each retry asks for its own address.
  const address = failures ? `${dialogUrl}?retry=${failures}` : dialogUrl;
  return (loading ??= import(address).then(
    (module: { ZoomDialog: typeof Loaded }) => module.ZoomDialog,
    (error: unknown) => {
      // Offline, or the file is missing beside the bundle: the next press tries again.
      failures++;
      loading = undefined;
      console.warn('<photo-credit>: the zoom dialog could not be loaded.', error);
      return undefined;
    },
  ));
}

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
      const Dialog = await loadDialog();
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
