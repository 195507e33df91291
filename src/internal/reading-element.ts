import { LitElement, css, isServer, type CSSResultGroup } from 'lit';
import { languageOf, onLocaleRegistered, translate, type StringTable } from './locale.js';
import { firstRender } from './schedule.js';
import { tokens } from './tokens.js';
import { warnOnce } from './warn.js';

/** Every live element, so a change of `lang` anywhere, or a new locale, re-renders them. */
const connected = new Set<ReadingElement>();
let langObserver: MutationObserver | undefined;
let stopListeningToLocales: (() => void) | undefined;

function refreshAll(): void {
  for (const element of connected) element.requestUpdate();
}

function watchLanguage(element: ReadingElement): void {
  connected.add(element);
  if (connected.size > 1) return;
  // One observer for the whole page: `lang` rarely changes, and when it does every element
  // that resolved its language from an ancestor must follow.
  langObserver = new MutationObserver(refreshAll);
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  stopListeningToLocales = onLocaleRegistered(refreshAll);
}

function unwatchLanguage(element: ReadingElement): void {
  connected.delete(element);
  if (connected.size > 0) return;
  langObserver?.disconnect();
  stopListeningToLocales?.();
  langObserver = undefined;
  stopListeningToLocales = undefined;
}

/** Every event the elements fire bubbles out of shadow roots and carries an object `detail`. */
function readingEvent<T extends object>(type: string, detail: T, cancelable: boolean): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

/**
 * The base of every reading element: shared host styles and design tokens, a guarded
 * `define()`, `emit()`, warnings, and the language the element speaks.
 */
export class ReadingElement extends LitElement {
  static override styles: CSSResultGroup = [
    tokens,
    css`
      :host {
        box-sizing: border-box;
      }
      :host *,
      :host *::before,
      :host *::after {
        box-sizing: inherit;
      }
      :host([hidden]) {
        display: none !important;
      }
    `,
  ];

  /** The tag the element registers under by default. Each element sets its own. */
  static tag = '';

  /**
   * Registers the class under `tag` unless that name is taken already (a page that loads the
   * CDN bundle and an npm copy must not throw). Returns the class now registered under `tag`.
   */
  static define(
    tag: string = this.tag,
    registry: CustomElementRegistry = customElements,
  ): CustomElementConstructor {
    const existing = registry.get(tag);
    if (existing) return existing;
    registry.define(tag, this);
    return this;
  }

  /** First renders share the main thread in short slices (see `firstRender`); later updates run at once. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    return firstRender(this, () => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    // Moved to another part of the page, or the page's lang changed while detached: the
    // language may differ now.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  /** The language this element speaks: closest `[lang]`, across shadow roots, then the document, then `en`. */
  protected get language(): string {
    return languageOf(this);
  }

  /** A string from the element's table in its language. */
  protected localize<K extends string>(table: StringTable<K>, key: K): string {
    return translate(table, this.language, key);
  }

  /** Dispatches a bubbling, composed event with an object `detail`; returns false if cancelled. */
  protected emit<T extends object>(type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(readingEvent(type, detail, options.cancelable ?? false));
  }

  /** Warns once per element and attribute, naming the element, the attribute and the value. */
  protected warn(attribute: string, value: unknown, problem: string): void {
    warnOnce(this, attribute, value, problem);
  }
}
