import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveArticle } from '../internal/article.js';
import { ReadingElement } from '../internal/reading-element.js';
import { ClickHold, clickedLink } from './click-hold.js';
import { ContentWatch } from './content-watch.js';
import { maxScroll, ScrollSpy } from './scroll-spy.js';
import { styles } from './table-of-contents.styles.js';
import { strings } from './table-of-contents.strings.js';
import {
  authorLinks,
  authorListHasNav,
  buildTree,
  DEFAULT_LEVELS,
  entriesFromHeadings,
  entriesFromLinks,
  parseLevels,
  sameTargets,
  signatureOf,
  type Entry,
  type TreeNode,
} from './toc-tree.js';

/**
 * A nested list of links to the article's headings that follows the reader: the section being
 * read is marked current, a click scrolls to its heading (below a sticky header when `offset`
 * says so) and moves focus there. The host gets the `empty` attribute (and hides itself) when
 * there are no headings to list.
 *
 * @tagname table-of-contents
 * @summary Table of contents with scroll-spy, for long articles.
 *
 * @slot - Optional: a server-rendered list of links to the headings (progressive mode: kept as it
 *   is; the current link gets `aria-current="location"` and `data-active`), or content shown
 *   above the generated list (a title, for instance).
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
  static override deprecatedStrings = { summary: 'summary' };

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

  /** Text of the disclosure's summary. **Deprecated:** set `strings` with the key `table-of-contents.summary` instead. */
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
  private readonly changes = new ContentWatch(() => this.rescan());
  private readonly spy = new ScrollSpy(() => this.updateCurrent());
  private readonly hold = new ClickHold(
    () => this.spy.lastPassed(),
    () => this.updateCurrent(),
  );

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
      this.spy.setOffset(this.offsetPx);
    }
    if ((changed as Map<PropertyKey, unknown>).has('current')) this.revealCurrent();
  }

  private readonly onClick = (event: MouseEvent): void => {
    const link = clickedLink(event);
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
    this.changes.watch(this.article, this);
    this.spy.watch(this.article);
    this.addEventListener('click', this.onClick);
    this.rescan();
  }

  private stop(): void {
    this.changes.stop();
    this.spy.stop();
    this.removeEventListener('click', this.onClick);
    this.hold.release();
    this.article = null;
    this.signature = '';
  }

  /** Reads the entries again (headings or the author's links); rebuilds only when something changed. */
  private rescan(): void {
    const article = this.article;
    if (!article) return;
    const links = authorLinks(this);
    // Progressive mode: an author's list of links to headings on the page (server-rendered) is
    // kept as it is; only the current-link marking and the click behaviour are added to it.
    const progressive = links.length > 0;
    const entries = progressive
      ? entriesFromLinks(this, links)
      : entriesFromHeadings(this, article, parseLevels(this.levels) ?? DEFAULT_LEVELS);
    const signature = signatureOf(progressive, entries);
    if (signature === this.signature && sameTargets(entries, this.entries)) return;
    this.signature = signature;
    this.markLinks();
    // A click's hold survives the rebuild when its heading is still listed.
    const heldHeading = this.entries[this.hold.index]?.heading;
    this.progressive = progressive;
    this.authorNav = progressive && this.querySelector('nav') !== null;
    this.entries = entries;
    this.toggleAttribute('empty', !progressive && entries.length === 0);
    this.hold.moveTo(heldHeading ? entries.findIndex((entry) => entry.heading === heldHeading) : -1);
    this.spy.track(
      entries.map((entry) => entry.heading),
      this.offsetPx,
    );
    this.current = -1;
    this.updateCurrent();
  }

  private updateCurrent(): void {
    const next = this.hold.current(this.spy.lastPassed());
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

    this.hold.hold(index);
    this.updateCurrent();

    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    if (!this.noHash) {
      const url = new URL(location.href);
      url.hash = entry.id;
      history.replaceState(history.state, '', url.href);
    }
    const target = Math.min(top, maxScroll());
    const distance = Math.abs(window.scrollY - target);
    window.scrollTo({ top, behavior: reduce ? 'instant' : 'smooth' });
    this.hold.waitForScrollEnd(target, reduce || distance < 1);
  }

  /** `offset` as a usable number of pixels: 0 when it is negative or not a finite number. */
  private get offsetPx(): number {
    return Number.isFinite(this.offset) && this.offset > 0 ? this.offset : 0;
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
    if (this.rendersAsServer ? authorListHasNav(this.lightDom) : this.authorNav) return body;
    return html`<nav part="nav" aria-label=${this.label || this.localize(strings, 'table-of-contents.label')}>${body}</nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'table-of-contents': TableOfContents;
  }
}
