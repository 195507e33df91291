import type { nothing, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ShareButtonsKey } from './share-buttons.strings.js';
import { mastodonHost } from './share-urls.js';

/** Where a reader's Mastodon server is kept, only after they tick "Remember my server". */
export const MASTODON_STORAGE_KEY = 'reading-elements:mastodon-instance';

/** A server the reader chose on this page without asking to keep it; gone when the page goes. */
let sessionServer = '';

/** Every connected element's controller: a server chosen (or forgotten) in one applies to all. */
const connected = new Set<MastodonServer>();

function storedServer(): string {
  try {
    return mastodonHost(localStorage.getItem(MASTODON_STORAGE_KEY) ?? '') ?? '';
  } catch {
    return '';
  }
}

function storeServer(host: string | null): void {
  try {
    if (host) localStorage.setItem(MASTODON_STORAGE_KEY, host);
    else localStorage.removeItem(MASTODON_STORAGE_KEY);
  } catch {
    // Storage blocked (private mode, sandboxed frame): the choice lasts for this page only.
  }
}

/** Makes `server` the reader's server for this page, in every element. */
function useServer(server: string, remembered: boolean): void {
  sessionServer = server;
  for (const controller of connected) {
    controller.server = server;
    controller.remembered = remembered;
    controller.element.requestUpdate();
  }
}

/**
 * The Mastodon server the reader chose, the same in every `<share-buttons>` on the page. It is
 * stored only when the reader asks for it.
 */
export class MastodonServer implements ReactiveController {
  /** The reader's server (remembered or for this page), or `''`. */
  server = '';
  /** True when the reader's server is kept in storage. */
  remembered = false;
  /** True from connecting until the next update has read the storage. */
  private unread = false;

  constructor(readonly element: ReactiveControllerHost) {
    element.addController(this);
  }

  /** Forgets the reader's server, on this page and in storage. */
  static forget(): void {
    storeServer(null);
    useServer('', false);
  }

  hostConnected(): void {
    connected.add(this);
    this.unread = true;
    this.element.requestUpdate();
  }

  hostUpdate(): void {
    // Read before the render that needs it, not on connecting: the first access to storage in
    // a page is slow (milliseconds), and share buttons at the end of an article render after
    // the first screen, in a task of their own.
    if (!this.unread) return;
    this.unread = false;
    const stored = storedServer();
    this.remembered = stored !== '';
    this.server = sessionServer || stored;
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Makes `server` the reader's server in every element; keeps it in storage when `remember`. */
  choose(server: string, remember: boolean): void {
    storeServer(remember ? server : null);
    useServer(server, remember);
  }
}

/**
 * All `<share-buttons>` knows of the dialog that asks for the reader's server (mastodon-dialog.ts),
 * so that the dialog's code can be loaded apart from the element's.
 */
export interface MastodonPrompt {
  /** Shows the dialog; a valid answer becomes the reader's server (see `MastodonServer`). */
  open(): void;
  /**
   * The dialog, in the element's language (`text` gives each string by key); nothing until a
   * reader first asks for it, so a server render never holds it.
   */
  render(text: (key: ShareButtonsKey) => string): TemplateResult | typeof nothing;
}
