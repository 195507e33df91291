import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  attributeOf,
  childElements,
  hasContent,
  hasDescendant,
  type LightNode,
} from '../internal/light-dom.js';
import { fill, translate } from '../internal/locale.js';
import { numberFormat, pluralRules } from '../internal/intl.js';
import { ReadingElement } from '../internal/reading-element.js';
import { isExternal, safeUrl } from '../internal/safe-url.js';
import { strings } from './category-chips.strings.js';
import { categoryHref } from './href-template.js';
import { styles } from './category-chips.styles.js';

/** The specificity tiers, broad to narrow; `exact` is the post's own category. */
export const CATEGORY_TIERS = ['exact', 'general', 'medium', 'specific', 'niche'] as const;
export type CategoryTier = (typeof CATEGORY_TIERS)[number];

/** One category as the frontmatter writes it: `{ "type": "niche", "name": "Deep Learning" }`. */
export interface CategoryItem {
  name: string;
  /** One of the tiers; anything else renders a plain chip. */
  type?: CategoryTier | string;
  /** Link for this chip; wins over `href-template`. */
  href?: string;
}

/** What `categories` accepts: names, items, or a mix. */
export type CategoryInput = string | CategoryItem;

export interface CategoryChipsToggleDetail {
  /** True when every chip is shown, false when only the first `max` are. */
  expanded: boolean;
  /** How many chips `max` hides while collapsed. */
  hidden: number;
}

/** A chip ready to render. */
interface Chip {
  name: string;
  tier: CategoryTier | undefined;
  href: string | null;
  target: string | null;
}

/** A category before its link is worked out. */
interface Entry {
  name: string;
  tier: CategoryTier | undefined;
  href: string | undefined;
  target: string | null;
}

function tierOf(type: unknown): CategoryTier | undefined {
  const value = typeof type === 'string' ? type.trim().toLowerCase() : '';
  return (CATEGORY_TIERS as readonly string[]).includes(value) ? (value as CategoryTier) : undefined;
}

/** Place in the specificity order: the tiers as listed, then chips without one. */
function rank(entry: Entry): number {
  return entry.tier ? CATEGORY_TIERS.indexOf(entry.tier) : CATEGORY_TIERS.length;
}

function cleanName(name: unknown): string {
  return typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
}

/** The `categories` attribute: a JSON array becomes an array; anything else stays the text written, to be judged (and warned about) when rendering. */
const categoriesConverter = {
  fromAttribute(value: string | null): CategoryInput[] | string | undefined {
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? (parsed as CategoryInput[]) : value;
    } catch {
      return value;
    }
  },
};

/**
 * Typed categories as chips, from broad to niche. Reads a JSON array from `categories` (the
 * blog frontmatter's `categories` line works unchanged) or, progressively, the links and list
 * items already written inside the element, which stay visible before the element upgrades and
 * without JavaScript.
 *
 * The chips render into the shadow root as `<ul role="list">` with one `<li>` per category;
 * the author's light DOM stays in the document (crawlers and copy keep it) but is not rendered
 * once the chips are, so nothing is shown or announced twice.
 *
 * @tagname category-chips
 * @summary Category chips with specificity tiers, links and a "+N more" button.
 *
 * @slot - Fallback content: links (`<a href>`) or list items (`<li>`) naming categories. Each
 *   may carry `data-type="exact|general|medium|specific|niche"`. Rendered as written only when
 *   it holds neither.
 *
 * @csspart list - The `<ul>` of chips.
 * @csspart chip - Every chip (an `<a>` when it links, a `<span>` otherwise).
 * @csspart chip-exact - Chips of the `exact` tier.
 * @csspart chip-general - Chips of the `general` tier.
 * @csspart chip-medium - Chips of the `medium` tier.
 * @csspart chip-specific - Chips of the `specific` tier.
 * @csspart chip-niche - Chips of the `niche` tier.
 * @csspart more - The "+N more" / "Show fewer" button.
 *
 * @cssprop [--category-chips-gap=0.375rem] - Space between chips.
 * @cssprop [--category-chips-radius=999px] - Corner radius of the chips.
 * @cssprop [--category-chips-color=var(--reading-text)] - Text of plain chips (no or unknown type).
 * @cssprop [--category-chips-background=var(--reading-surface)] - Background of plain chips.
 * @cssprop [--category-chips-border=var(--reading-border)] - Border colour of plain chips.
 * @cssprop [--category-chips-exact-color=var(--reading-surface)] - Text of `exact` chips.
 * @cssprop [--category-chips-exact-background=var(--reading-accent)] - Background of `exact` chips.
 * @cssprop [--category-chips-exact-border=var(--reading-accent)] - Border colour of `exact` chips.
 * @cssprop [--category-chips-general-color=var(--reading-text)] - Text of `general` chips.
 * @cssprop [--category-chips-general-background=transparent] - Background of `general` chips.
 * @cssprop [--category-chips-general-border=var(--reading-accent)] - Border colour of `general` chips.
 * @cssprop [--category-chips-medium-color=var(--reading-text)] - Text of `medium` chips.
 * @cssprop [--category-chips-medium-background=transparent] - Background of `medium` chips.
 * @cssprop [--category-chips-medium-border=var(--reading-muted)] - Border colour of `medium` chips.
 * @cssprop [--category-chips-specific-color=var(--reading-text)] - Text of `specific` chips.
 * @cssprop [--category-chips-specific-background=transparent] - Background of `specific` chips.
 * @cssprop [--category-chips-specific-border=var(--reading-muted)] - Border colour of `specific` chips.
 * @cssprop [--category-chips-niche-color=var(--reading-muted)] - Text of `niche` chips.
 * @cssprop [--category-chips-niche-background=transparent] - Background of `niche` chips.
 * @cssprop [--category-chips-niche-border=var(--reading-muted)] - Border colour of `niche` chips.
 *
 * @fires category-chips-toggle - When the reader shows all chips or fewer. `detail: { expanded, hidden }`.
 */
export class CategoryChips extends ReadingElement {
  static override tag = 'category-chips';
  static override styles = [ReadingElement.styles, styles];
  static override deprecatedStrings = { 'more-label': 'more', 'less-label': 'less' };

  /** The categories: an array of names or `{ name, type?, href? }` items; the attribute takes the same as JSON, or names separated by commas. */
  @property({ converter: categoriesConverter }) categories: CategoryInput[] | string | undefined;

  /** Orders the chips: `specificity` puts `exact` first, then general → niche, then untyped; empty keeps the given order. */
  @property() sort = '';

  /** How many chips to show before a "+N more" button; empty shows all. */
  @property({ type: Number }) max: number | undefined;

  /** Whether the chips hidden by `max` are shown. The "+N more" button toggles it. */
  @property({ type: Boolean }) expanded = false;

  /** Builds each chip's link: `{slug}` is a Unicode-aware slug of the name, `{name}` the URI-encoded name. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';

  /** Accessible name of the list; defaults to the localized "Categories". */
  @property() label = '';

  /** Text of the "+N more" button, with `{count}`. **Deprecated:** set `strings` with the key `category-chips.more` instead. */
  @property({ attribute: 'more-label' }) moreLabel = '';

  /** Text of the button once every chip is shown. **Deprecated:** set `strings` with the key `category-chips.less` instead. */
  @property({ attribute: 'less-label' }) lessLabel = '';

  /** The chips of the last render, and whether they came from the light DOM. */
  private chips: Chip[] = [];
  private fallback: 'chips' | 'slot' | 'none' = 'none';
  private observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The light DOM is the author's data when `categories` is missing or invalid: follow it.
    this.observer = new MutationObserver(this.onLightDomChange);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'data-type', 'target'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override willUpdate(): void {
    let entries = this.categories == null ? [] : this.entriesFromProperty(this.categories);
    this.fallback = 'chips';
    if (entries.length === 0) {
      entries = this.entriesFromLightDom();
      if (entries.length === 0) this.fallback = this.hasLightContent() ? 'slot' : 'none';
    }
    entries = this.unique(entries);
    if (this.sort === 'specificity') {
      // Array sorting is stable: ties keep the given order.
      entries.sort((a, b) => rank(a) - rank(b));
    } else if (this.sort) {
      this.warn('sort', this.sort, 'is not a known order (use "specificity"); keeping the given order.');
    }
    this.chips = entries.map((entry) => this.chipFor(entry));
  }

  private readonly onLightDomChange = (): void => {
    this.requestUpdate();
  };

  private async onToggle(): Promise<void> {
    const limit = this.limit();
    this.expanded = !this.expanded;
    this.emit<CategoryChipsToggleDetail>('category-chips-toggle', {
      expanded: this.expanded,
      hidden: Math.max(0, this.chips.length - limit),
    });
    if (!this.expanded) return;
    await this.updateComplete;
    // Take the reader to what was just revealed; the button stays last, as "Show fewer".
    const revealed = this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')[limit];
    revealed?.focus();
  }

  /** How many chips show while collapsed; Infinity without a valid `max`. */
  private limit(): number {
    const max = this.max;
    if (max === undefined || max === null) return Infinity;
    if (!Number.isInteger(max) || max < 1) {
      this.warn(
        'max',
        this.getAttribute('max') ?? max,
        'is not a whole number of at least 1; showing every chip.',
      );
      return Infinity;
    }
    return max;
  }

  private entriesFromProperty(input: CategoryInput[] | string): Entry[] {
    let list: unknown = input;
    if (typeof input === 'string' && !/^\s*[[{"]/.test(input)) {
      // Not JSON but a list as people write it: `categories="Tech, Innovation"`.
      list = input.split(',').filter((name) => name.trim());
    } else if (typeof input === 'string') {
      try {
        list = JSON.parse(input);
      } catch {
        this.warn(
          'categories',
          input,
          'is not valid JSON; showing the categories written inside the element instead.',
        );
        return [];
      }
    }
    if (!Array.isArray(list)) {
      this.warn(
        'categories',
        input,
        'is not an array of names or { name, type, href } items; showing the categories written inside the element instead.',
      );
      return [];
    }
    const entries: Entry[] = [];
    for (const item of list as unknown[]) {
      const record =
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : undefined;
      const name = cleanName(typeof item === 'string' ? item : record?.name);
      if (!name) {
        this.warn('categories', item, 'has an item without a name; it is left out.');
        continue;
      }
      const href = record?.href;
      entries.push({
        name,
        tier: tierOf(record?.type),
        href: typeof href === 'string' ? href : undefined,
        target: null,
      });
    }
    return entries;
  }

  /**
   * Links (`<a>`) and list items (`<li>`) the author wrote inside the element, in document order.
   * Read through the light-DOM view, so a server render sees the same list.
   */
  private entriesFromLightDom(): Entry[] {
    const entries: Entry[] = [];
    const walk = (node: LightNode, item: LightNode | null): void => {
      for (const element of childElements(node)) {
        const tag = element.localName;
        const isLink = tag === 'a';
        // A list item's link speaks for it.
        if (isLink || (tag === 'li' && !hasDescendant(element, 'a'))) {
          const name = cleanName(element.textContent);
          if (name) {
            const type =
              attributeOf(element, 'data-type') ?? (isLink && item ? attributeOf(item, 'data-type') : null);
            entries.push({
              name,
              tier: tierOf(type ?? undefined),
              href: isLink ? (attributeOf(element, 'href') ?? undefined) : undefined,
              target: isLink ? attributeOf(element, 'target') : null,
            });
          }
        }
        walk(element, tag === 'li' ? element : item);
      }
    };
    const light = this.lightDom;
    if (light) walk(light, null);
    return entries;
  }

  private hasLightContent(): boolean {
    const light = this.lightDom;
    return light !== null && hasContent(light);
  }

  /** The first of each name wins; names compare case-insensitively. */
  private unique(entries: Entry[]): Entry[] {
    const seen = new Set<string>();
    return entries.filter((entry) => {
      const key = entry.name.normalize('NFC').toLocaleLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  private chipFor(entry: Entry): Chip {
    let href: string | null = null;
    if (entry.href !== undefined) {
      href = safeUrl(entry.href);
      if (href === null)
        this.warn('href', entry.href, 'is not an http(s) or relative link; the chip is shown without it.');
    } else if (this.hrefTemplate) {
      href = safeUrl(categoryHref(this.hrefTemplate, entry.name));
      if (href === null)
        this.warn(
          'href-template',
          this.hrefTemplate,
          'does not build an http(s) or relative link; the chips are shown without links.',
        );
    }
    return { name: entry.name, tier: entry.tier, href, target: href ? entry.target : null };
  }

  private moreText(count: number): string {
    const lang = this.language;
    const number = numberFormat(lang).format(count);
    const own = this.moreLabel?.trim();
    if (own) return fill(own, { count: number });
    const general = this.localize(strings, 'category-chips.more');
    let template = general;
    if (pluralRules(lang).select(count) === 'one') {
      const one = this.localize(strings, 'category-chips.more-one');
      // A language that words the general form but not the singular keeps its own words, not English ones.
      const borrowed =
        one === translate(strings, 'en', 'category-chips.more-one') &&
        general !== translate(strings, 'en', 'category-chips.more');
      template = borrowed ? general : one;
    }
    return fill(template, { count: number });
  }

  /** One list item and its chip in one template: each binding level would add a node per chip. */
  private renderItem(chip: Chip, hidden: boolean, focusable: boolean) {
    const part = chip.tier ? `chip chip-${chip.tier}` : 'chip';
    if (chip.href) {
      const external = isExternal(chip.href);
      return html`<li class="item" ?hidden=${hidden}
        ><a
          class="chip"
          part=${part}
          data-type=${ifDefined(chip.tier)}
          href=${chip.href}
          target=${ifDefined(chip.target ?? undefined)}
          rel=${external ? 'tag noopener noreferrer' : 'tag'}
          >${chip.name}</a
        ></li
      >`;
    }
    return html`<li class="item" ?hidden=${hidden}
      ><span class="chip" part=${part} data-type=${ifDefined(chip.tier)} tabindex=${ifDefined(focusable ? -1 : undefined)}
        >${chip.name}</span
      ></li
    >`;
  }

  protected override render() {
    if (this.fallback === 'slot') return html`<slot></slot>`;
    if (this.fallback === 'none' || this.chips.length === 0) return nothing;
    const limit = this.limit();
    const hidden = Math.max(0, this.chips.length - limit);
    const collapsed = hidden > 0 && !this.expanded;
    const label = this.label?.trim() || this.localize(strings, 'category-chips.label');
    return html`<div class="base">
      <ul class="list" part="list" role="list" aria-label=${label} id="list">
        ${this.chips.map((chip, index) =>
          this.renderItem(chip, collapsed && index >= limit, hidden > 0 && index === limit),
        )}
      </ul>
      ${
        hidden > 0
          ? html`<button class="more" part="more" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="list" @click=${this.onToggle}>
            ${this.expanded ? this.lessLabel?.trim() || this.localize(strings, 'category-chips.less') : this.moreText(hidden)}
          </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'category-chips': CategoryChips;
  }
  interface GlobalEventHandlersEventMap {
    'category-chips-toggle': CustomEvent<CategoryChipsToggleDetail>;
  }
}
