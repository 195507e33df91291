import { nothing, type LitElement, type TemplateResult } from 'lit';
import type { MastodonPrompt, MastodonServer } from './mastodon.js';
import type { ShareButtonsKey } from './share-buttons.strings.js';

/**
 * The CDN bundle's stand-in for `MastodonDialog` (rollup.config.mjs swaps it in): the same
 * interface, but the dialog's code is fetched from beside the bundle the first time a reader
 * asks to share on Mastodon, and the dialog opens on that same click or key press. Few readers
 * ever open it, so the others never download it. npm modules import the dialog itself.
 */
export class MastodonDialog implements MastodonPrompt {
  private dialog: MastodonPrompt | undefined;
  private loading: Promise<MastodonPrompt> | undefined;

  constructor(
    private readonly element: LitElement,
    private readonly server: MastodonServer,
    private readonly onChosen: (host: string) => Promise<void>,
  ) {}

  open(): void {
    if (this.dialog) {
      this.dialog.open();
      return;
    }
    // The loaded dialog registers itself as the element's controller.
    this.loading ??= import('./mastodon-dialog.js').then(
      ({ MastodonDialog: Loaded }) => (this.dialog = new Loaded(this.element, this.server, this.onChosen)),
    );
    this.loading.then(
      (dialog) => dialog.open(),
      (error: unknown) => {
        // Offline, or the file is missing beside the bundle: the next press tries again.
        this.loading = undefined;
        console.warn('<share-buttons>: the Mastodon dialog could not be loaded.', error);
      },
    );
  }

  render(text: (key: ShareButtonsKey) => string): TemplateResult | typeof nothing {
    return this.dialog ? this.dialog.render(text) : nothing;
  }
}
