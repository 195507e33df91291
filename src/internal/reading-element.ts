import { LitElement, css, isServer, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { LightNode } from './light-dom.js';
import {
  languageOf,
  languageTag,
  localeReady,
  MALFORMED_STRINGS,
  onLocaleRegistered,
  stringsAttribute,
  translate,
  type StringTable,
  type Strings,
} from './locale.js';
import { firstRender, inTurn } from './schedule.js';
import { SERVER_RENDERED, serverContextOf } from './server-context.js';
import { tokens } from './tokens.js';
import { warnDeprecated, warnOnce } from './warn.js';

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
 *
 * A property set before the tag is defined (a framework that renders first) needs no code here:
 * lit's constructor moves such own properties aside and applies them through their accessors in
 * the first update (test/early-properties.test.ts holds every element to that).
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
   * Per-string attributes kept from before `strings`, each with the key (after the tag) that
   * replaces it: they still work, and warn once per page.
   */
  static deprecatedStrings: Record<string, string> = {};

  /**
   * True while the first update hydrates a server-rendered shadow root (lit's hydrate support
   * is loaded): that render must produce what the server produced, or the page's text would
   * keep the server's words while lit believes it shows others.
   */
  private hydrationPending = false;

  constructor() {
    super();
    // The mark lets the pre-upgrade style sheet leave server-rendered elements alone: a
    // parsed declarative shadow root leaves no trace in the light DOM that CSS could match.
    if (isServer) this.setAttribute(SERVER_RENDERED, '');
  }

  /**
   * Registers the class under `tag` unless that name is taken already (a page that loads the
   * CDN bundle and an npm copy must not throw). Returns the class now registered under `tag`,
   * or about to be: the CDN bundles register each element in a task of its own, right after
   * the bundle has run (`customElements.whenDefined()` tells when).
   */
  static define(
    tag: string = this.tag,
    registry: CustomElementRegistry = customElements,
  ): CustomElementConstructor {
    const existing = registry.get(tag);
    if (existing) return existing;
    inTurn(() => {
      if (!registry.get(tag)) registry.define(tag, this);
    }, tag);
    return this;
  }

  /**
   * This element's wording, as a JSON object of strings by key:
   * `strings='{"share-buttons.copy": "Copy address"}'`. The keys are those `registerLocale()`
   * takes for the whole page; each element's guide lists them.
   */
  @property({ converter: stringsAttribute }) strings: Partial<Strings> = {};

  /**
   * An update waits for the strings of the element's language when they are still being
   * fetched (the CDN bundle loads languages other than English on first need), so the reader
   * never sees English first. First renders share the main thread in short slices (see
   * `firstRender`); later updates run at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer) return super.scheduleUpdate();
    const strings = localeReady(this.language);
    if (strings) return strings.then(() => this.scheduleUpdate());
    if (this.hasUpdated) return super.scheduleUpdate();
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

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    const { tag, deprecatedStrings } = this.constructor as typeof ReadingElement;
    if (value && deprecatedStrings[name]) warnDeprecated(tag, name, `${tag}.${deprecatedStrings[name]}`);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRoot = this.shadowRoot;
    if (serverRoot) {
      // lit's hydrate support, when it ran before lit defined the elements, adds
      // `defer-hydration` to every element's observed attributes and hydrates the root. Without
      // it (the plain CDN bundle, or the support loaded too late) the server's content is
      // replaced in the same task, before anything paints, instead of being shown twice.
      const observed = (this.constructor as typeof ReadingElement).observedAttributes;
      this.hydrationPending = observed.includes('defer-hydration');
      if (!this.hydrationPending) serverRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (!this.hydrationPending) return;
    this.hydrationPending = false;
    // Now render with everything the browser knows (the page's address, the clock, the
    // measured article); only what differs from the server's rendering changes.
    void this.updateComplete.then(() => this.requestUpdate());
  }

  /**
   * True on the server and during the update that hydrates server-rendered HTML: render only
   * from attributes, the language and the light DOM, as the server did. Elements keep what
   * only a browser knows (the page's address, the clock, layout, storage) for later updates.
   */
  protected get rendersAsServer(): boolean {
    return isServer || this.hydrationPending;
  }

  /** True during the update that hydrates server-rendered HTML (never on the server). */
  protected get hydrating(): boolean {
    return this.hydrationPending;
  }

  /**
   * The element's children as a read-only view: the element itself in the browser; on the
   * server, the parsed HTML `reading-elements/ssr.js` hands over, or null when rendered
   * without it.
   */
  protected get lightDom(): LightNode | null {
    return isServer ? (serverContextOf(this)?.light ?? null) : this;
  }

  /**
   * The language this element speaks: closest `[lang]`, across shadow roots, then the document,
   * then `en`. On the server: its own `lang`, else the language `reading-elements/ssr.js` found
   * around it (or was given), else `en`.
   */
  protected get language(): string {
    if (!isServer) return languageOf(this);
    const own = this.getAttribute('lang');
    const lang = own?.trim() ? own : serverContextOf(this)?.lang;
    return lang ? languageTag(lang) : 'en';
  }

  /** A string in the element's language: the author's `strings` first, then the page's locales and the table. */
  protected localize<K extends string>(table: StringTable<K>, key: K): string {
    const own = this.strings;
    if (own && MALFORMED_STRINGS in own) {
      const value = (own as Record<symbol, string>)[MALFORMED_STRINGS];
      this.warn('strings', value, 'is not a JSON object of strings; using the defaults.');
    }
    const value = own?.[key];
    return typeof value === 'string' ? value : translate(table, this.language, key);
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
