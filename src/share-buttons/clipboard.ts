import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IconName } from './share-buttons.icons.js';
import type { ShareButtonsKey } from './share-buttons.strings.js';

/**
 * Writes `text` to the clipboard; resolves to whether that worked. Uses the Clipboard API, and
 * where it is missing or denied, the older way: select a hidden text field inside `root` and
 * ask the document to copy.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable in this context: try the selection fallback below.
    }
  }
  return copyWithSelection(text, root);
}

function copyWithSelection(text: string, root: ShadowRoot): boolean {
  const focused = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  area.className = 'clipboard';
  root.append(area);
  let copied: boolean;
  try {
    area.select();
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}

/** How long "Link copied" stays on the copy button, in milliseconds. */
export const COPIED_DURATION = 2000;

/**
 * What the copy button shows after a copy ("Link copied" or the failure) and what the polite
 * live region announces, for two seconds.
 */
export class CopyFeedback implements ReactiveController {
  /** Idle, showing "Link copied", or showing the failure. */
  state: 'idle' | 'copied' | 'failed' = 'idle';
  /** The message in the live region. */
  announcement = '';
  private resetTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly element: ReactiveControllerHost) {
    element.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = undefined;
    this.set('idle', '');
  }

  /** Shows the outcome of a copy and announces `message`. */
  async show(copied: boolean, message: string): Promise<void> {
    // Empty the live region first, so that the same message twice is announced twice.
    this.set(copied ? 'copied' : 'failed', '');
    await this.element.updateComplete;
    this.set(this.state, message);
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => {
      this.resetTimer = undefined;
      this.set('idle', '');
    }, COPIED_DURATION);
  }

  /** The copy button's label (a string key) and icon in the current state. */
  get look(): { key: ShareButtonsKey; icon: IconName } {
    const { state } = this;
    return state === 'copied'
      ? { key: 'share-buttons.copied', icon: 'check' }
      : state === 'failed'
        ? { key: 'share-buttons.copy-failed', icon: 'failed' }
        : { key: 'share-buttons.copy', icon: 'copy' };
  }

  private set(state: CopyFeedback['state'], announcement: string): void {
    this.state = state;
    this.announcement = announcement;
    this.element.requestUpdate();
  }
}
