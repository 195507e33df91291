import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { slotChildren } from '../internal/light-dom.js';
import { templateParts } from '../internal/locale.js';
import { ReadingElement } from '../internal/reading-element.js';
import { formatDate, parseDate } from '../internal/iso-date.js';
import { isExternal, safeUrl } from '../internal/safe-url.js';
import { styles } from './post-meta.styles.js';
import { strings, type Key } from './post-meta.strings.js';
import { relativePhrase, watchRelative } from './relative-date.js';

export type PostMetaDateStyle = 'full' | 'long' | 'medium' | 'short';
export type PostMetaAi = 'generated' | 'assisted' | 'edited';

const DATE_STYLES: readonly string[] = ['full', 'long', 'medium', 'short'];
const AI_KINDS: readonly string[] = ['generated', 'assisted', 'edited'];

/** A property's text, trimmed; frameworks may set numbers, `null` or `undefined`. */
const trimmedText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).trim();

/**
 * The line under an article's title: published and updated dates, author, reading time,
 * "Trending" and "Featured" badges, an AI disclosure, and a place for category chips.
 *
 * Dates are ISO 8601 (`2025-03-18T18:44:12.631Z`, or a calendar day `2025-03-18`) formatted in
 * the page's language. With `relative`, "3 days ago" is shown and the full date stays in the
 * text: read by screen readers, shown on devices without hover, and in a tooltip elsewhere.
 * The reading time is a `<reading-time>` element: given in `reading-time`, or measured from the
 * article the same way.
 *
 * @tagname post-meta
 * @summary Article meta line: dates, author, reading time, badges, AI disclosure.
 *
 * @slot categories - A `<category-chips>` (or any element), shown on a line of its own under the meta line.
 *
 * @csspart line - The wrapper of every item.
 * @csspart published - The published date (`<time>`).
 * @csspart updated - The updated date (`<time>`).
 * @csspart author - The author's name, a link when `author-href` is given.
 * @csspart reading-time - The `<reading-time>` element.
 * @csspart badge - Every badge (trending, featured, AI disclosure).
 * @csspart trending - The "Trending" badge.
 * @csspart featured - The "Featured" badge.
 * @csspart ai - The AI disclosure badge (a link when `disclosure-href` is given).
 *
 * @cssprop [--post-meta-color=var(--reading-muted)] - Text colour of the line.
 * @cssprop [--post-meta-font-size=0.875rem] - Font size of the line.
 * @cssprop [--post-meta-link-color=var(--reading-accent)] - Colour of links.
 * @cssprop [--post-meta-badge-color=var(--reading-text)] - Text colour of badges.
 * @cssprop [--post-meta-badge-background=var(--reading-surface)] - Background of badges.
 * @cssprop [--post-meta-badge-border=var(--reading-border)] - Border colour of badges.
 */
export class PostMeta extends ReadingElement {
  static override tag = 'post-meta';
  static override styles = [ReadingElement.styles, styles];
  static override deprecatedStrings = {
    'published-label': 'published',
    'updated-label': 'updated',
    'author-label': 'author',
    'trending-label': 'trending',
    'featured-label': 'featured',
    'ai-label': 'ai-generated',
  };

  /** Publication date, ISO 8601. */
  @property() published = '';

  /** Last update, ISO 8601 (attribute `updated`; `updated` is taken by lit's lifecycle). */
  @property({ attribute: 'updated' }) updatedDate = '';

  /** How dates are written: `full`, `long`, `medium` (default) or `short`, as in `Intl.DateTimeFormat`. */
  @property({ attribute: 'date-style' }) dateStyle: PostMetaDateStyle = 'medium';

  /** Show "3 days ago" instead of the date (the full date stays available). */
  @property({ type: Boolean }) relative = false;

  /** The author's name. */
  @property() author = '';

  /** A link for the author's name (http, https, mailto or relative). */
  @property({ attribute: 'author-href' }) authorHref = '';

  /** Reading time in minutes; empty or `auto` measures the article. No reading time when absent. */
  @property({ attribute: 'reading-time' }) readingTime: string | null = null;

  /** Id of the article to measure; else the closest `article`, `main`, or the body. */
  @property() for = '';

  /** Shows a "Trending" badge. */
  @property({ type: Boolean }) trending = false;

  /** Shows a "Featured" badge. */
  @property({ type: Boolean }) featured = false;

  /** The tool that wrote or helped write the article ("Gemini"); shows the AI disclosure. */
  @property({ attribute: 'generated-by' }) generatedBy = '';

  /** How the tool took part: `generated` (default), `assisted` or `edited`. Set alone, it shows the disclosure without a tool name. */
  @property() ai: PostMetaAi | null = null;

  /** A page explaining how the article was made; the disclosure links to it. */
  @property({ attribute: 'disclosure-href' }) disclosureHref = '';

  /** Replaces the published template; `{date}` stands for the date. **Deprecated:** set `strings` with the key `post-meta.published` instead. */
  @property({ attribute: 'published-label' }) publishedLabel = '';

  /** Replaces the updated template; `{date}` stands for the date. **Deprecated:** set `strings` with the key `post-meta.updated` instead. */
  @property({ attribute: 'updated-label' }) updatedLabel = '';

  /** Replaces the author template; `{author}` stands for the name. **Deprecated:** set `strings` with the key `post-meta.author` instead. */
  @property({ attribute: 'author-label' }) authorLabel = '';

  /** Replaces the word "Trending". **Deprecated:** set `strings` with the key `post-meta.trending` instead. */
  @property({ attribute: 'trending-label' }) trendingLabel = '';

  /** Replaces the word "Featured". **Deprecated:** set `strings` with the key `post-meta.featured` instead. */
  @property({ attribute: 'featured-label' }) featuredLabel = '';

  /** Replaces the disclosure text; `{model}` stands for `generated-by`. **Deprecated:** set `strings` with the key `post-meta.ai-generated` instead. */
  @property({ attribute: 'ai-label' }) aiLabel = '';

  /** Whether anything is assigned to the `categories` slot. */
  @state() private hasCategories = false;

  override connectedCallback(): void {
    super.connectedCallback();
    watchRelative(this, this.relative);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchRelative(this, false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('relative') && !isServer && this.isConnected) watchRelative(this, this.relative);
    if (changed.has('dateStyle') && !DATE_STYLES.includes(this.dateStyle)) {
      this.warn('date-style', this.dateStyle, 'is not full, long, medium or short; using medium.');
    }
    if (changed.has('ai') && this.ai != null && !AI_KINDS.includes(this.ai)) {
      this.warn('ai', this.ai, 'is not generated, assisted or edited; using generated.');
    }
    if (
      changed.has('readingTime') &&
      this.readingTime != null &&
      this.givenMinutes() === null &&
      !this.measuresReadingTime()
    ) {
      this.warn(
        'reading-time',
        this.readingTime,
        'is not a number of minutes; measuring the article instead.',
      );
    }
    for (const [name, attribute] of [
      ['authorHref', 'author-href'],
      ['disclosureHref', 'disclosure-href'],
    ] as const) {
      const value = this[name];
      if (changed.has(name) && value && safeUrl(value, { allowMailto: true }) === null) {
        this.warn(
          attribute,
          value,
          'is not an http, https, mailto or relative URL; showing text without a link.',
        );
      }
    }
  }

  protected override firstUpdated(): void {
    // A server-rendered slot was filled while the page was parsed, before any slotchange listener.
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="categories"]');
    this.hasCategories = (slot?.assignedNodes({ flatten: true }).length ?? 0) > 0;
  }

  private readonly onCategoriesChange = (event: Event): void => {
    this.hasCategories = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  };

  private showsCategories(): boolean {
    if (!this.rendersAsServer) return this.hasCategories;
    const light = this.lightDom;
    return light !== null && slotChildren(light, 'categories').length > 0;
  }

  private givenMinutes(): number | null {
    const text = trimmedText(this.readingTime);
    if (!text) return null;
    const minutes = Number(text);
    return Number.isFinite(minutes) && minutes >= 0 ? minutes : null;
  }

  private measuresReadingTime(): boolean {
    const text = trimmedText(this.readingTime).toLowerCase();
    return text === '' || text === 'auto';
  }

  private renderTemplate(key: Key, override: string, values: Record<string, unknown>): Array<unknown> {
    const template = override || this.localize(strings, key);
    return templateParts(template).map((part) =>
      typeof part === 'string' ? part : (values[part.name] ?? `{${part.name}}`),
    );
  }

  private renderDate(kind: 'published' | 'updated'): TemplateResult | typeof nothing {
    const value = trimmedText(kind === 'published' ? this.published : this.updatedDate);
    if (!value) return nothing;
    const parsed = parseDate(value);
    if (!parsed) {
      this.warn(kind, value, 'is not an ISO 8601 date (2025-03-18 or 2025-03-18T18:44:12Z); no date shown.');
      return nothing;
    }
    const lang = this.language;
    const style = DATE_STYLES.includes(this.dateStyle) ? this.dateStyle : 'medium';
    const full = formatDate(parsed, lang, style);
    const override = kind === 'published' ? this.publishedLabel : this.updatedLabel;
    // While hydrating, the phrase the server wrote stays on the page; an empty value here makes
    // the next render write today's phrase, which may differ from the server's day.
    const time = this.relative
      ? html`<time part=${kind} datetime=${value} title=${full}
          ><span class="relative">${this.hydrating ? '' : relativePhrase(parsed, Date.now(), lang)}</span
          ><span class="full"> (${full})</span></time
        >`
      : html`<time part=${kind} datetime=${value}>${full}</time>`;
    const key: Key = this.relative ? `post-meta.${kind}-relative` : `post-meta.${kind}`;
    return html`<span>${this.renderTemplate(key, override, { date: time })}</span>`;
  }

  private renderAuthor(): TemplateResult | typeof nothing {
    const name = trimmedText(this.author);
    if (!name) return nothing;
    const href = this.authorHref ? safeUrl(this.authorHref, { allowMailto: true }) : null;
    // dir="auto" isolates the name, so one in another script never reorders the line around it.
    const author = href
      ? html`<a part="author" dir="auto" href=${href} rel=${isExternal(href) ? 'author noopener noreferrer' : 'author'}>${name}</a>`
      : html`<span part="author" dir="auto">${name}</span>`;
    return html`<span>${this.renderTemplate('post-meta.author', this.authorLabel, { author })}</span>`;
  }

  private renderReadingTime(): TemplateResult | typeof nothing {
    if (this.readingTime == null) return nothing;
    // Its own lang: a server render cannot look across the shadow root for it.
    return html`<reading-time part="reading-time" lang=${this.language} .minutes=${this.givenMinutes() ?? undefined} .for=${this.for}></reading-time>`;
  }

  private renderDisclosure(): TemplateResult | typeof nothing {
    const model = trimmedText(this.generatedBy);
    if (!model && this.ai == null) return nothing;
    const kind = this.ai != null && AI_KINDS.includes(this.ai) ? this.ai : 'generated';
    const key: Key = model ? `post-meta.ai-${kind}` : `post-meta.ai-${kind}-plain`;
    const text = this.renderTemplate(key, this.aiLabel, { model: html`<bdi>${model}</bdi>` });
    const href = this.disclosureHref ? safeUrl(this.disclosureHref, { allowMailto: true }) : null;
    return href
      ? html`<a class="badge" part="badge ai" href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${text}</a>`
      : html`<span class="badge" part="badge ai">${text}</span>`;
  }

  protected override render() {
    const items = [
      this.renderDate('published'),
      this.renderDate('updated'),
      this.renderAuthor(),
      this.renderReadingTime(),
      this.trending
        ? html`<span class="badge" part="badge trending">${this.trendingLabel || this.localize(strings, 'post-meta.trending')}</span>`
        : nothing,
      this.featured
        ? html`<span class="badge" part="badge featured">${this.featuredLabel || this.localize(strings, 'post-meta.featured')}</span>`
        : nothing,
      this.renderDisclosure(),
    ].filter((item) => item !== nothing);
    // Plain spaces around the separators, so the items never run together when read aloud.
    return html`<div class="line" part="line">${items.map((item, index) =>
      index ? html` <span class="separator" aria-hidden="true">·</span> ${item}` : item,
    )}</div>
      <div class="categories" ?hidden=${!this.showsCategories()}>
        <slot name="categories" @slotchange=${this.onCategoriesChange}></slot>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'post-meta': PostMeta;
  }
}
