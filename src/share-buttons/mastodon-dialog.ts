import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { fill } from '../internal/locale.js';
import type { MastodonPrompt, MastodonServer } from './mastodon.js';
import type { ShareButtonsKey } from './share-buttons.strings.js';
import { mastodonHost } from './share-urls.js';

/**
 * The modal dialog that asks the reader for their Mastodon server, with "Remember my server".
 * A valid answer becomes the reader's server in every element (see `MastodonServer`).
 */
export class MastodonDialog implements ReactiveController, MastodonPrompt {
  /** True after the reader submitted something that is not a server name. */
  private error = false;
  /**
   * True once a reader asked for the dialog. Until then it is not rendered at all, on the
   * server as in the browser, so a server-rendered page and the bundle that takes it over
   * agree, and the CDN bundle can fetch this module on first use.
   */
  private asked = false;

  /** `onChosen` runs after the reader named a valid server and the dialog closed. */
  constructor(
    private readonly element: LitElement,
    private readonly server: MastodonServer,
    private readonly onChosen: (host: string) => Promise<void>,
  ) {
    element.addController(this);
  }

  hostDisconnected(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  open(): void {
    this.setError(false);
    if (this.asked) {
      this.dialog?.showModal();
      return;
    }
    this.asked = true;
    this.element.requestUpdate();
    void this.element.updateComplete.then(() => this.dialog?.showModal());
  }

  /** The dialog, in the element's language (`text` gives each string by key), once asked for. */
  render(text: (key: ShareButtonsKey) => string): TemplateResult | typeof nothing {
    if (!this.asked) return nothing;
    const error = this.error;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      <form novalidate @submit=${this.onSubmit}>
        <h2 id="title">${fill(text('share-buttons.share-on'), { network: 'Mastodon' })}</h2>
        <label for="server">${text('share-buttons.mastodon-server')}</label>
        <input
          id="server"
          name="server"
          type="text"
          inputmode="url"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          dir="ltr"
          placeholder="mastodon.social"
          aria-describedby=${error ? 'error' : nothing}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.server.server}
        />
        ${
          error
            ? html`<p id="error" class="error" role="alert">${text('share-buttons.mastodon-invalid')}</p>`
            : nothing
        }
        <label class="remember"
          ><input name="remember" type="checkbox" .checked=${this.server.remembered} />
          ${text('share-buttons.mastodon-remember')}</label
        >
        <div class="actions">
          <button part="button" class="button primary" type="submit">
            ${text('share-buttons.mastodon-share')}
          </button>
          <button part="button" class="button" type="button" @click=${this.onCancel}>
            ${text('share-buttons.mastodon-cancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.element.renderRoot.querySelector('dialog');
  }

  private setError(error: boolean): void {
    if (this.error === error) return;
    this.error = error;
    this.element.requestUpdate();
  }

  private readonly onClose = (): void => {
    this.setError(false);
  };

  private readonly onCancel = (): void => {
    this.dialog?.close();
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('server') as HTMLInputElement;
    const remember = (form.elements.namedItem('remember') as HTMLInputElement).checked;
    const host = mastodonHost(input.value);
    if (!host) {
      this.setError(true);
      input.focus();
      return;
    }
    this.setError(false);
    this.server.choose(host, remember);
    this.dialog?.close();
    await this.onChosen(host);
  };
}
