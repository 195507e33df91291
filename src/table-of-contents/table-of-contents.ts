import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { elementById, resolveArticle } from '../internal/article.js';
import { ReadingElement } from '../internal/reading-element.js';
import { uniqueSlug } from '../internal/slug.js';
import { styles } from './table-of-contents.styles.js';
import { strings } from './table-of-contents.strings.js';

/** One entry of the contents: a heading and, in progressive mode, the author's link to it. */
interface Entry {
  heading: HTMLElement;
  id: string;
  text: string;
  level: number;
  /** The author's server-rendered link (progressive mode only). */
  link?: HTMLAnchorElement;
}

interface TreeNode {
  index: number;
  entry: Entry;
  children: TreeNode[];
}

const DEFAULT_LEVELS: readonly [number, number] = [2, 3];
/** A heading whose top is this close below the offset line counts as passed (sub-pixel scrolling). */
const TOLERANCE = 2;
/** Longest wait for the end of a scroll started by a click. */
const SCROLL_END_TIMEOUT = 1500;

/** The heading's text as a reader sees it, without hidden decorations (permalink marks). */
function headingText(heading: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (
        child instanceof Element &&
        child.getAttribute('aria-hidden') !== 'true' &&
        !child.hasAttribute('hidden')
      )
        walk(child);
    }
  };
  walk(heading);
  return text.replace(/\s+/g, ' ').trim();
}

function parseLevels(value: string): [number, number] | null {
  const match = /^\s*([1-6])\s*(?:-\s*([1-6])\s*)?$/.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return from <= to ? [from, to] : null;
}

/** Nests a flat, ordered list by level; a skipped level (h2 → h4) nests one step, not two. */
function buildTree(entries: Entry[]): TreeNode[] {
  const roots: TreeNode[] = [];
  const stack: TreeNode[] = [];
  entries.forEach((entry, index) => {
    const node: TreeNode = { index, entry, children: [] };
    while (stack.length && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  });
  return roots;
}

/** The same-document fragment a link points to, decoded, or null. */
function fragmentOf(link: HTMLAnchorElement): string | null {
  // `hash` is missing on an SVG link, empty for an unparsable href or a bare "#".
  const hash = link.hash?.slice(1);
  if (!hash || link.href.split('#')[0] !== location.href.split('#')[0]) return null;
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/**
 * A nested list of links to the article's headings that follows the reader: the section being
 * read is marked current, a click scrolls to its heading (below a sticky header when `offset`
 * says so) and moves focus there.
 *
 * Headings come from the element named in `for`, else the closest `article`, then `main`, then
 * the body. Headings without an id get a unique, stable slug id; existing ids are never changed.
 *
 * Progressive mode: when the element already contains links to headings on the page (a
 * server-rendered list), that list is kept as it is and only the behaviour is added: the current
 * link gets `aria-current="location"` and a `data-active` attribute to style it by.
 *
 * Which section is current is worked out with `IntersectionObserver` only, never a scroll
 * listener: a heading counts as passed once its top is above the `offset` line, and the current
 * section is the last heading passed. When the last sections are too short for their headings to
 * reach that line, the line slides down over the last screen of the page so that each of them
 * becomes current in turn and the last one is current at the bottom.
 *
 * The host gets the `empty` attribute (and hides itself) when there are no headings to list.
 *
 * @tagname table-of-contents
 * @summary Table of contents with scroll-spy, for long articles.
 *
 * @slot - Optional: a server-rendered list of links to the headings (progressive mode), or
 *   content shown above the generated list (a title, for instance).
 *
 * @csspart nav - The `<nav>` landmark around the list.
 * @csspart list - Each `<ol>`, the outer one and the nested ones.
 * @csspart link - Each link.
 * @csspart link-active - The link of the current section (it also has the part `link`).
 * @csspart details - The `<details>` disclosure when `collapsible` is set.
 * @csspart summary - The `<summary>` of the disclosure.
 *
 * @cssprop [--table-of-contents-indent=1rem] - Indent of each nested level.
 * @cssprop [--table-of-contents-active-color=var(--reading-accent)] - Colour of the current link and its marker.
 */
export class TableOfContents extends ReadingElement {
  static override tag = 'table-of-contents';
  static override styles = [ReadingElement.styles, styles];

  /** Id of the element whose headings are listed; the closest `article`, `main` or the body when empty. */
  @property() for = '';

  /** Heading levels to list: `"2-3"` (default), `"2-4"`, `"2"`. */
  @property() levels = '2-3';

  /** Height in pixels of a sticky header: headings land this far below the top, and count as passed there. */
  @property({ type: Number }) offset = 0;

  /** Accessible name of the navigation; a localized "Table of contents" when empty. */
  @property() label = '';

  /** Wraps the list in a disclosure (`<details>`) whose summary reads `summary`. */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  /** Whether the disclosure is open (with `collapsible`). Follows the reader's toggling. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Text of the disclosure's summary; a localized "Contents" when empty. */
  @property() summary = '';

  /** Leaves the address bar alone when an entry is clicked (by default the hash is replaced). */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;

  /** The entries, in document order. */
  @state() private entries: Entry[] = [];

  /** Index of the current entry, or -1 before the first heading. */
  @state() private current = -1;

  /** True when the author's light DOM holds the list (progressive mode). */
  @state() private progressive = false;

  /** True when the author's list comes with its own `<nav>`. */
  @state() private authorNav = false;

  private article: Element | null = null;
  private signature = '';
  private mutationObserver: MutationObserver | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private spies: IntersectionObserver[] = [];
  private spyKey = '';
  /** Whether each heading's top is above its line, as the observers last said. */
  private passed = new WeakMap<Element, boolean>();
  private rescanTimer = 0;
  private measureFrame = 0;
  /** The entry a click made current, kept until the scroll ends and the reader moves on. */
  private pinned = -1;
  /** What the observers said once the click's scroll ended; the pin lifts when that changes. */
  private pinBaseline: number | undefined;
  private stopWaitingForScrollEnd: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('offset') && this.offsetPx !== this.offset) {
      this.warn(
        'offset',
        this.getAttribute('offset') ?? this.offset,
        'is not a number of pixels (0 or more); using 0.',
      );
    }
    if (changed.has('levels') && !parseLevels(this.levels)) {
      this.warn('levels', this.levels, 'is not a heading range like "2-3"; using 2-3.');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.article || changed.has('for')) {
      this.start();
    } else if (changed.has('levels')) {
      this.rescan();
    } else if (changed.has('offset')) {
      this.measure();
    }
    if ((changed as Map<PropertyKey, unknown>).has('current')) this.revealCurrent();
  }

  private readonly onMutation = (): void => {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = window.setTimeout(() => this.rescan(), 50);
  };

  private readonly onResize = (): void => {
    if (this.measureFrame) return;
    this.measureFrame = requestAnimationFrame(() => {
      this.measureFrame = 0;
      this.measure();
    });
  };

  private readonly onIntersect = (records: IntersectionObserverEntry[]): void => {
    for (const record of records) this.passed.set(record.target, record.isIntersecting);
    this.updateCurrent();
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link) return;
    const index = this.progressive
      ? this.entries.findIndex((entry) => entry.link === link)
      : link.getRootNode() === this.renderRoot
        ? Number(link.dataset['index'] ?? -1)
        : -1;
    const entry = this.entries[index];
    if (!entry || !entry.heading.isConnected) return;
    event.preventDefault();
    this.goTo(index);
  };

  private readonly onToggle = (event: Event): void => {
    this.open = (event.target as HTMLDetailsElement).open;
  };

  private start(): void {
    this.stop();
    if (!this.isConnected) return;
    this.article = resolveArticle(this, this.for, () => document.body);
    this.mutationObserver = new MutationObserver(this.onMutation);
    const watch: MutationObserverInit = {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id', 'href', 'hidden'],
    };
    this.mutationObserver.observe(this.article, watch);
    this.mutationObserver.observe(this, watch);
    this.resizeObserver = new ResizeObserver(this.onResize);
    // The page's length decides where the last headings count as passed: the root and the body
    // (one of them keeps the viewport's height on pages styled `height: 100%`).
    this.resizeObserver.observe(this.article);
    this.resizeObserver.observe(document.documentElement);
    this.resizeObserver.observe(document.body);
    window.addEventListener('resize', this.onResize);
    this.addEventListener('click', this.onClick);
    this.rescan();
  }

  private stop(): void {
    this.mutationObserver?.disconnect();
    this.resizeObserver?.disconnect();
    this.mutationObserver = undefined;
    this.resizeObserver = undefined;
    this.disconnectSpies();
    window.removeEventListener('resize', this.onResize);
    this.removeEventListener('click', this.onClick);
    clearTimeout(this.rescanTimer);
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = 0;
    this.stopWaitingForScrollEnd?.();
    this.pinned = -1;
    this.pinBaseline = undefined;
    this.article = null;
    this.signature = '';
  }

  private disconnectSpies(): void {
    for (const spy of this.spies) spy.disconnect();
    this.spies = [];
    this.spyKey = '';
  }

  /** Reads the entries again (headings or the author's links); rebuilds only when something changed. */
  private rescan(): void {
    const article = this.article;
    if (!article) return;
    const authorLinks = [...this.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
      (link) => fragmentOf(link) !== null,
    );
    const progressive = authorLinks.length > 0;
    const entries = progressive ? this.entriesFromLinks(authorLinks) : this.entriesFromHeadings(article);
    const signature = `${progressive}\u0001${entries.map((entry) => `${entry.level}:${entry.id}:${entry.text}`).join('\u0001')}`;
    const sameHeadings =
      entries.length === this.entries.length &&
      entries.every(
        (entry, index) =>
          entry.heading === this.entries[index]!.heading && entry.link === this.entries[index]!.link,
      );
    if (signature === this.signature && sameHeadings) return;
    this.signature = signature;
    this.markLinks();
    // A click's hold survives the rebuild when its heading is still listed.
    const pinnedHeading = this.entries[this.pinned]?.heading;
    this.progressive = progressive;
    this.authorNav = progressive && this.querySelector('nav') !== null;
    this.entries = entries;
    this.toggleAttribute('empty', !progressive && entries.length === 0);
    this.pinned = pinnedHeading ? entries.findIndex((entry) => entry.heading === pinnedHeading) : -1;
    if (this.pinned < 0) this.pinBaseline = undefined;
    this.disconnectSpies();
    this.measure();
    this.current = -1;
    this.updateCurrent();
  }

  private entriesFromLinks(links: HTMLAnchorElement[]): Entry[] {
    const entries: Entry[] = [];
    for (const link of links) {
      const id = fragmentOf(link)!;
      const heading = elementById(this, id);
      if (!(heading instanceof HTMLElement)) continue;
      const level = Number(/^h([1-6])$/i.exec(heading.localName)?.[1] ?? 2);
      entries.push({ heading, id, text: headingText(link), level, link });
    }
    return entries;
  }

  private entriesFromHeadings(article: Element): Entry[] {
    const [from, to] = parseLevels(this.levels) ?? DEFAULT_LEVELS;
    const selector = Array.from({ length: to - from + 1 }, (_, i) => `h${from + i}`).join(',');
    const root = article.getRootNode() as Document | ShadowRoot;
    const taken = new Set<string>();
    const entries: Entry[] = [];
    for (const heading of article.querySelectorAll<HTMLElement>(selector)) {
      if (this.contains(heading) || heading.closest('table-of-contents')) continue;
      // Only what is left out inside the article counts: a hidden tab panel around the whole
      // article is the page's business, and the list is ready when it shows.
      const excluded = heading.closest('[hidden], [aria-hidden="true"], [data-toc-ignore]');
      if (excluded && excluded !== article && article.contains(excluded)) continue;
      const text = headingText(heading);
      if (!text) continue;
      if (!heading.id) {
        heading.id = uniqueSlug(
          text,
          (candidate) => taken.has(candidate) || root.getElementById(candidate) !== null,
        );
      }
      taken.add(heading.id);
      entries.push({
        heading,
        id: heading.id,
        text,
        level: Number(heading.localName.slice(1)),
        link: undefined,
      });
    }
    return entries;
  }

  /**
   * Works out where each heading counts as passed and (re)creates the observers when that
   * changed. Runs on start, on resize and when headings change, never per scroll frame.
   */
  private measure(): void {
    if (!this.article || !this.isConnected) return;
    const headings = this.entries.map((entry) => entry.heading);
    if (headings.length === 0) {
      this.disconnectSpies();
      return;
    }
    const offset = this.offsetPx;
    const viewport = document.documentElement.clientHeight;
    const maxScroll = this.maxScroll();
    const scrollY = window.scrollY;
    // Where each heading's top is when the page is scrolled to the very bottom.
    const atBottom = headings.map((heading) => heading.getBoundingClientRect().top + scrollY - maxScroll);
    const line = offset + TOLERANCE;
    // Headings that cannot reach the line even at the bottom of the page (short last sections):
    // over the last stretch of scrolling — after the last heading that can reach the line has
    // become current, and at most one screen — the line slides down to the bottom of the
    // viewport, so they become current one after the other and the last one at the bottom.
    let lastReachable = -1;
    atBottom.forEach((position, index) => {
      if (position <= offset) lastReachable = index;
    });
    const slideFrom = lastReachable >= 0 ? maxScroll + atBottom[lastReachable]! - offset : 0;
    const stretch = Math.max(0, Math.min(viewport - offset, maxScroll - slideFrom));
    const speed = stretch >= 1 ? (viewport - offset) / stretch : Infinity;
    const lines = atBottom.map((position) => {
      if (position <= offset || maxScroll < 1) return line;
      // Solving "top ≤ sliding line" for the heading's position at that moment.
      const at = Number.isFinite(speed) ? (speed * position + viewport) / (1 + speed) : position;
      return Math.max(line, Math.round(at) + TOLERANCE);
    });
    // A region from far above the page down to each heading's line: a heading intersects it
    // exactly when its top is above the line, however far the page jumps.
    const above = Math.ceil((maxScroll + 2 * viewport) / 10000) * 10000;
    const key = `${viewport}|${above}|${lines.join(',')}|${headings.length}`;
    if (key === this.spyKey) return;
    // One observer per line: the headings that reach the top share one.
    this.disconnectSpies();
    const spies = new Map<number, IntersectionObserver>();
    headings.forEach((heading, index) => {
      const position = lines[index]!;
      let spy = spies.get(position);
      if (!spy) {
        spy = new IntersectionObserver(this.onIntersect, {
          rootMargin: `${above}px 0px ${Math.round(position - viewport)}px 0px`,
        });
        spies.set(position, spy);
      }
      spy.observe(heading);
    });
    // The new observers report every heading at once; until then what the old ones said stands.
    this.spies = [...spies.values()];
    this.spyKey = key;
  }

  private computed(): number {
    let last = -1;
    this.entries.forEach((entry, index) => {
      if (this.passed.get(entry.heading)) last = index;
    });
    return last;
  }

  private updateCurrent(): void {
    const computed = this.computed();
    if (this.pinned >= 0 && this.pinBaseline !== undefined && computed !== this.pinBaseline) {
      this.pinned = -1;
      this.pinBaseline = undefined;
    }
    const next = this.pinned >= 0 ? this.pinned : computed;
    if (next === this.current) return;
    this.current = next;
    this.markLinks(this.entries[next]?.link);
  }

  /** Marks `active` among the author's links (progressive mode) and unmarks the others. */
  private markLinks(active?: HTMLAnchorElement): void {
    for (const { link } of this.entries) {
      if (!link) continue;
      if (link === active) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
      link.toggleAttribute('data-active', link === active);
    }
  }

  /** Keeps the current link in view when the element itself scrolls (a tall sticky sidebar). */
  private revealCurrent(): void {
    if (this.current < 0 || this.scrollHeight <= this.clientHeight + 1) return;
    const link = this.progressive
      ? this.entries[this.current]?.link
      : this.renderRoot.querySelector<HTMLElement>(`a[data-index="${this.current}"]`);
    if (!link) return;
    const box = this.getBoundingClientRect();
    const rect = link.getBoundingClientRect();
    if (rect.top < box.top) this.scrollTop -= box.top - rect.top + 8;
    else if (rect.bottom > box.bottom) this.scrollTop += rect.bottom - box.bottom + 8;
  }

  private goTo(index: number): void {
    const entry = this.entries[index]!;
    const heading = entry.heading;
    const offset = this.offsetPx;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const top = Math.max(0, heading.getBoundingClientRect().top + window.scrollY - offset);

    this.stopWaitingForScrollEnd?.();
    this.pinned = index;
    this.pinBaseline = undefined;
    this.updateCurrent();

    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    if (!this.noHash) {
      const url = new URL(location.href);
      url.hash = entry.id;
      history.replaceState(history.state, '', url.href);
    }
    const target = Math.min(top, this.maxScroll());
    const distance = Math.abs(window.scrollY - target);
    window.scrollTo({ top, behavior: reduce ? 'instant' : 'smooth' });
    this.waitForScrollEnd(target, reduce || distance < 1);
  }

  private maxScroll(): number {
    const scroller = document.scrollingElement ?? document.documentElement;
    return Math.max(0, scroller.scrollHeight - document.documentElement.clientHeight);
  }

  /** `offset` as a usable number of pixels: 0 when it is negative or not a finite number. */
  private get offsetPx(): number {
    return Number.isFinite(this.offset) && this.offset > 0 ? this.offset : 0;
  }

  /** Lifts the click's hold on the current entry once the scroll has ended (one-shot, not per frame). */
  private waitForScrollEnd(target: number, immediately: boolean): void {
    let timer = 0;
    let poll = 0;
    let frame = 0;
    const cleanup = (): void => {
      window.removeEventListener('scrollend', settle);
      clearTimeout(timer);
      clearInterval(poll);
      cancelAnimationFrame(frame);
    };
    const settle = (): void => {
      cleanup();
      // Let the observers report the final position before taking it as the baseline.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          // The reader took the scroll elsewhere before it arrived: what they see now counts.
          if (Math.abs(window.scrollY - target) > 2) this.pinned = -1;
          this.pinBaseline = this.computed();
          this.updateCurrent();
        });
      });
    };
    this.stopWaitingForScrollEnd = cleanup;
    if (immediately) {
      settle();
      return;
    }
    timer = window.setTimeout(settle, SCROLL_END_TIMEOUT);
    if ('onscrollend' in (window as object)) {
      window.addEventListener('scrollend', settle, { once: true });
    } else {
      // No scrollend event: check a few times a second until the page has arrived, or has
      // stopped moving (the reader took over) twice in a row.
      let last = window.scrollY;
      let still = 0;
      poll = window.setInterval(() => {
        const y = window.scrollY;
        still = Math.abs(y - last) < 0.5 ? still + 1 : 0;
        last = y;
        if (Math.abs(y - target) < 1 || still >= 2) settle();
      }, 120);
    }
  }

  private renderList(nodes: TreeNode[]): TemplateResult {
    return html`<ol part="list">
      ${nodes.map((node) => {
        const active = node.index === this.current;
        return html`<li>
          <a
            part=${active ? 'link link-active' : 'link'}
            href="#${node.entry.id}"
            data-index=${node.index}
            aria-current=${active ? 'location' : nothing}
            >${node.entry.text}</a
          >${node.children.length ? this.renderList(node.children) : nothing}
        </li>`;
      })}
    </ol>`;
  }

  protected override render() {
    const content = html`<slot></slot>${this.progressive || this.entries.length === 0 ? nothing : this.renderList(buildTree(this.entries))}`;
    const body = this.collapsible
      ? html`<details part="details" ?open=${this.open} @toggle=${this.onToggle}>
          <summary part="summary">${this.summary || this.localize(strings, 'table-of-contents.summary')}</summary>
          ${content}
        </details>`
      : content;
    if (this.authorNav) return body;
    return html`<nav part="nav" aria-label=${this.label || this.localize(strings, 'table-of-contents.label')}>${body}</nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'table-of-contents': TableOfContents;
  }
}
