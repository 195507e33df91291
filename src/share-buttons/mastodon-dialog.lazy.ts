import { nothing, type LitElement, type TemplateResult } from 'lit';
import type { MastodonPrompt, MastodonServer } from './mastodon.js';
import { onFirstNeed } from '../internal/first-need.lazy.js';
import type { MastodonDialog as Loaded } from './mastodon-dialog.js';
import { url as dialogUrl } from './mastodon-dialog.url.js';
import type { ShareButtonsKey } from './share-buttons.strings.js';

/** The dialog's module, fetched once for every element on the page; undefined when it failed. */
const loadDialog = onFirstNeed<{ MastodonDialog: typeof Loaded }>(
  dialogUrl,
  '<share-buttons>: the Mastodon dialog could not be loaded.',
);

/**
 * The CDN bundle's stand-in for `MastodonDialog` (rollup.config.mjs swaps it in): the same
 * interface, but the dialog's code is fetched from beside the bundle the first time a reader
 * asks to share on Mastodon, and the dialog opens on that same click or key press. Few readers
 * ever open it, so the others never download it. npm modules import the dialog itself.
 */
export class MastodonDialog implements MastodonPrompt {
  private dialog: MastodonPrompt | undefined;
  private loading: Promise<void> | undefined;

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
    this.loading ??= loadDialog().then((module) => {
      this.loading = undefined;
      // Failed (the next press tries again), or the buttons left the page meanwhile.
      if (!module || !this.element.isConnected) return;
      // The loaded dialog registers itself as the element's controller.
      this.dialog ??= new module.MastodonDialog(this.element, this.server, this.onChosen);
      this.dialog.open();
    });
  }

  render(text: (key: ShareButtonsKey) => string): TemplateResult | typeof nothing {
    return this.dialog ? this.dialog.render(text) : nothing;
  }
}
